// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>
#include <core/result.h>
#include <core/storage/database.h>
#include <core/sync/documentcodec.h>

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace CoopAtlas::Core {

struct SyncDocumentRow;

/// A record as the sync engine reads it: its current document, the last synced
/// version (the base of a three-way merge) and its sync state.
struct LocalDocument
{
    QJsonObject document; ///< encoded record, with `_rev` = the server revision last seen
    QJsonObject base;     ///< last synced document, empty when never synced
    bool dirty = false;
    bool hasConflict = false;
};

/// A change that could not be merged: both sides and their base, kept until a
/// user resolves it. The local record stays as it was.
struct SyncConflict
{
    QString recordId;
    RecordKind kind = RecordKind::Organisation;
    QJsonObject local;
    QJsonObject remote;
    QJsonObject base;
    QString remoteRevision;
    QString remoteAuthor; ///< updated_by of the remote version
    /// Server revisions that lost a server-side conflict, deleted when resolved.
    QStringList losingRevisions;
    /// Content of the losing revisions of an unmerged server-side conflict, each
    /// with its `_rev`, so that the user can choose one of them too.
    QList<QJsonObject> conflictingRevisions;
    QStringList fields; ///< conflicting field names
    QDateTime detectedAt;
};

/// The last push failure of one record.
struct SyncRecordError
{
    QString recordId;
    /// "too_large", "forbidden", "delete-refused" (a rejected deletion undone
    /// from the server's copy), "invalid", "duplicate", "unreadable" (a pulled
    /// document, see SyncStore::UnreadableCode), ...
    QString code;
    QString message;
    qint64 sizeLimit = -1; ///< bytes, for "too_large" when the server stated one
    QDateTime at;
};

/// Sync state of a store file: dirty records, applying server documents,
/// conflicts, per-record errors and the pull checkpoint, on one Database
/// connection (the sync engine's own). Writes here bypass the undo stack and
/// the Store's change signals: after a sync the GUI calls Store::notifyReloaded().
/// Methods other than resolveConflict() run their statements without a
/// transaction of their own, so callers wrap related writes in a Transaction.
class SyncStore
{
public:
    explicit SyncStore(Database &db);
    SyncStore(const SyncStore &) = delete;
    SyncStore &operator=(const SyncStore &) = delete;

    [[nodiscard]] Database &database() { return m_db; }

    /// The record with the given kind and id, deleted ones included, or nothing.
    [[nodiscard]] Result<std::optional<LocalDocument>> localDocument(RecordKind kind,
                                                                     const QString &id);
    /// Up to `limit` dirty records of `kind` with an id after `afterId`, ordered
    /// by id, leaving out records with an open conflict and records the server
    /// rejected as too large or forbidden that have not changed since.
    [[nodiscard]] Result<QList<LocalDocument>>
    dirtyDocuments(RecordKind kind, const QString &afterId, int limit);
    /// Number of records of every kind that the next push sends: the dirty ones
    /// that dirtyDocuments() returns, for progress.
    [[nodiscard]] Result<qint64> dirtyCount();

    /// Writes a server document as the local record: dirty = 0, server_rev =
    /// `_rev`, synced_json = the document. Inserts the record when it is new.
    [[nodiscard]] Result<void> applyRemote(const QJsonObject &document);
    /// The ids among `ids` of the records of `kind` that the file has, deleted
    /// or not, read with one query per ExistenceQueryIds ids.
    [[nodiscard]] Result<QSet<QString>> existingRecordIds(RecordKind kind, const QStringList &ids);
    static constexpr int ExistenceQueryIds = 100;
    /// Inserts server documents of one kind whose records this file does not
    /// have, as applyRemote() does for each, with one INSERT statement per
    /// InsertBatchRows documents, or fewer when their values would exceed
    /// SQLite's default limit of 32,766 bound values. SQLite's FTS5 writes its
    /// pending index data at every statement, so this costs far less than one
    /// INSERT per document.
    /// `texts` is empty or has one entry per document: the document's JSON text
    /// as the server sent it, stored as the last synced version in place of
    /// encoding the document again. The caller guarantees that a text parses to
    /// its document; an empty entry is encoded from the document.
    /// Returns false without writing when a document does not decode or is of
    /// another kind, so that the caller applies the documents one at a time.
    /// Fails as a whole on a constraint, such as a record that exists.
    [[nodiscard]] Result<bool> insertRemoteBatch(const QList<QJsonObject> &documents,
                                                 const QList<QByteArray> &texts = {});
    static constexpr int InsertBatchRows = 512;
    /// Marks a record removed from the server (`_deleted`) as a clean local
    /// tombstone at the removal's revision.
    [[nodiscard]] Result<void>
    applyRemoval(RecordKind kind, const QString &id, const QString &revision);
    /// Writes a merged document that still has to be pushed: dirty = 1,
    /// server_rev and synced_json from `remote`.
    [[nodiscard]] Result<void> writeMerged(const QJsonObject &merged, const QJsonObject &remote);
    /// Records that `pushed` was stored as revision `revision`. The record
    /// becomes clean only when it still contains exactly what was pushed, so an
    /// edit made during the push stays dirty. Returns true when it became clean.
    [[nodiscard]] Result<bool> markPushed(const QJsonObject &pushed, const QString &revision);
    /// Drops the server revision of a record and marks it dirty, so that the
    /// next push sends it as a new document. For a record that the server
    /// database lacks, such as after a restore from an older backup. The last
    /// synced version stays as the base of merges.
    [[nodiscard]] Result<void> forgetServerRevision(RecordKind kind, const QString &id);
    /// Starts an empty list of the record ids that a pull received, in a
    /// temporary table of this connection. SQLite keeps temporary tables in a
    /// file unless `temp_store` is MEMORY, so a large pull does not fill memory.
    [[nodiscard]] Result<void> startPulledIds();
    /// Adds the record ids of `documentIds` to the list of startPulledIds().
    /// Ids that are not record document ids are left out.
    [[nodiscard]] Result<void> addPulledIds(const QStringList &documentIds);
    /// Marks every live record that has a server revision, no open conflict,
    /// and an id that is not in the list of startPulledIds() as
    /// forgetServerRevision() does, and empties the list. For the end of a pull
    /// that read every change from the start: such a record is missing on the
    /// server. Returns the ids of the marked records.
    [[nodiscard]] Result<QStringList> forgetRevisionsNotPulled();

    /// Id of the term other than `exceptId` with the given vocabulary and key,
    /// deleted terms included, or a null string when there is none.
    [[nodiscard]] Result<QString>
    termIdWithKey(const QString &vocabulary, const QString &key, const QString &exceptId);
    /// Removes a term row and its sync bookkeeping from the file, for a term
    /// merged into another term with the same vocabulary and key. Records refer
    /// to terms by vocabulary key, so none of them changes.
    [[nodiscard]] Result<void> removeMergedTerm(const QString &id);
    /// Label fields of a vocabulary term document, one per language.
    [[nodiscard]] static QStringList termLabelFields();
    /// Copies into the term document `kept` each label of the term document
    /// `mergedAway` whose field is empty in `kept`, so that merging two terms
    /// keeps a label that only one of them has. Returns the copied fields.
    [[nodiscard]] static QStringList copyMissingTermLabels(QJsonObject &kept,
                                                           const QJsonObject &mergedAway);
    /// Writes `document` as a local change of its record still to be sent:
    /// dirty = 1, with the server revision of `document` (`_rev`) and `base`
    /// as the last synced version, empty for a record never synced.
    [[nodiscard]] Result<void> writeLocalChange(const QJsonObject &document,
                                                const QJsonObject &base);

    [[nodiscard]] Result<void> saveConflict(const SyncConflict &conflict);
    [[nodiscard]] Result<QList<SyncConflict>> conflicts();
    [[nodiscard]] Result<std::optional<SyncConflict>> conflict(const QString &recordId);
    /// Removes a conflict that a later remote change made mergeable.
    [[nodiscard]] Result<void> removeConflict(const QString &recordId);
    /// Writes `chosen` (a document with the content the user chose or edited)
    /// as a local user write: updated_at now, updated_by the connection's
    /// author, dirty = 1, based on the conflict's remote revision. Remembers the
    /// conflict's losing revisions for deletion on the server and removes the
    /// conflict, all in one transaction. For a resource, the stored file bytes
    /// follow `chosen` in the same transaction: they are removed when it names
    /// no file, and `fileData` is stored when its SHA-256 is the one `chosen`
    /// names. Fails and keeps the conflict open when `chosen` names a file
    /// whose bytes are neither stored nor in `fileData`
    /// (SyncEngine::resolveConflict() reads them from the server).
    [[nodiscard]] Result<void>
    resolveConflict(const QString &recordId, QJsonObject chosen, const QByteArray &fileData = {});

    /// Revisions to delete on the server (`_deleted` with `resolved_into`).
    [[nodiscard]] Result<QStringList> obsoleteRevisions(const QString &recordId);
    [[nodiscard]] Result<void> addObsoleteRevisions(const QString &recordId,
                                                    const QStringList &revisions);
    [[nodiscard]] Result<void> forgetObsoleteRevision(const QString &recordId,
                                                      const QString &revision);

    /// Replaces the push error of a record.
    [[nodiscard]] Result<void> saveRecordError(const SyncRecordError &error);
    [[nodiscard]] Result<void> clearRecordError(const QString &recordId);
    /// Removes the error of a record only when it has the given code.
    [[nodiscard]] Result<void> clearRecordError(const QString &recordId, const QString &code);
    /// Code of the error kept for a pulled document that this file could not
    /// read or store. Its record id is the id part of the document id.
    static constexpr const char *UnreadableCode = "unreadable";
    /// Removes the push errors with the given code from every record.
    [[nodiscard]] Result<void> clearRecordErrors(const QString &code);
    [[nodiscard]] Result<QList<SyncRecordError>> recordErrors();

    /// SHA-256 (lowercase hex) of the file bytes stored for a resource, or an
    /// empty string when it has none.
    [[nodiscard]] Result<QString> storedResourceFileSha256(const QString &resourceId);
    /// Bytes of a resource's file; an empty array when it has none.
    [[nodiscard]] Result<QByteArray> resourceFileData(const QString &resourceId);
    /// Returns the fetched bytes of a resource's file with the given SHA-256
    /// (lowercase hex), or nothing when they were not fetched.
    using FetchedFile = std::function<Result<std::optional<QByteArray>>(const QString &sha256)>;
    /// Makes the stored bytes of a resource match its `file_sha256` column after
    /// a pull or a resolution: removes them when the resource has no file, and
    /// else stores the bytes that `fetched` returns for the column's value.
    /// Calls `fetched`, when it is not null, at most once. Returns false when
    /// the resource names a file whose bytes are neither stored nor fetched.
    [[nodiscard]] Result<bool> settleResourceFile(const QString &resourceId,
                                                  const FetchedFile &fetched);

    /// Pages that the write-ahead log of this connection reaches before a
    /// commit copies it into the file (SQLite's wal_autocheckpoint, 1000 by
    /// default), or 0 when automatic checkpoints are off.
    [[nodiscard]] Result<int> checkpointPages();
    [[nodiscard]] Result<void> setCheckpointPages(int pages);

    /// Value stored under `key` in the file's metadata, or a null string.
    [[nodiscard]] Result<QString> metadata(const QString &key);
    [[nodiscard]] Result<void> setMetadata(const QString &key, const QString &value);

    /// Metadata key of the roles the server gave the user at the last sync.
    static constexpr const char *ServerRolesKey = "sync_roles";
    /// Roles of the user at the last sync (ServerSession::roles), empty when
    /// this file has never connected.
    [[nodiscard]] Result<QStringList> serverRoles();
    [[nodiscard]] Result<void> setServerRoles(const QStringList &roles);
    /// True when `roles` let the user delete records on the server: the role
    /// coopatlas_admin or the server admin role _admin. A database admin named in
    /// the database's security object may delete too, which roles do not show.
    [[nodiscard]] static bool rolesAllowDeleting(const QStringList &roles);

private:
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &values);
    Result<QList<QSqlRecord>> rows(const QString &sql, const QVariantList &values);
    Result<void> execute(const QString &sql, const QVariantList &values);
    Result<void> writeDocument(const QJsonObject &document,
                               bool dirty,
                               const QJsonObject &synced,
                               const QString &revision);
    /// `syncedText`, when not empty, is the JSON text of `synced` to store.
    Result<SyncDocumentRow> documentRow(const SyncRecord &record,
                                        bool dirty,
                                        const QJsonObject &synced,
                                        const QString &revision,
                                        const QByteArray &syncedText = {});
    Result<void> insertRows(RecordKind kind, const QList<SyncDocumentRow> &batch);
    Result<bool> insertRowsDirectly(const QString &sql, const QList<SyncDocumentRow> &batch);
    Result<void> updateLinkEndsOf(const QList<SyncDocumentRow> &batch);
    Result<void> updateLinkEnds(const QString &id, const QString &name);
    Result<QString> endpointName(const QString &id);
    LocalDocument readLocal(RecordKind kind, const QSqlRecord &row);

    Database &m_db;
    QHash<QString, QSqlQuery> m_statements;
    struct DirectStatements;
    /// Statements that insertRowsDirectly() prepared, finalized with the SyncStore.
    std::shared_ptr<DirectStatements> m_directStatements;
};

} // namespace CoopAtlas::Core
