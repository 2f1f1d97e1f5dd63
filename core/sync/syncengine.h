// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>
#include <core/storage/syncstore.h>
#include <core/sync/stagedfiles.h>

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QLockFile>
#include <QSet>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace CoopAtlas::Core {

class CouchClient;
struct ChangesPage;
class Database;
struct MergeResult;

/// Reason for a pull that read every change from the start although a checkpoint was saved.
enum class PullRestart {
    None,
    /// The server database has another identity than the one of the checkpoint,
    /// as after a move to a new server or cluster by replication, or a restore.
    DatabaseChanged,
    /// The server rejected the checkpoint as a `since` value (HTTP 400).
    CheckpointRejected,
};

/// Counts of one finished sync run.
struct SyncSummary
{
    int pulled = 0;       ///< server documents written to the local file unchanged
    int pushed = 0;       ///< local records the server accepted
    int merged = 0;       ///< records merged field by field without a conflict
    int conflicts = 0;    ///< conflicts open after the run (new and older ones)
    int recordErrors = 0; ///< records the server rejected in this run
    /// Documents received from the server in this run that this file could not
    /// read or store (kept as record errors with the code "unreadable").
    int unreadable = 0;
    /// Resources whose file has not been received from the server after this
    /// run (see SyncEngine::missingResourceFiles()).
    int missingFiles = 0;
    /// Merged-away vocabulary terms removed from the server in this run.
    int termsRemoved = 0;
    /// Records that the server database lacked although this file had synced
    /// them, as after a restore from an older backup, marked in this run to be
    /// sent again as new documents.
    int missingOnServer = 0;
    /// Records whose pulled revision was older than the one this file last
    /// synced (the server went back to an older revision, as after a restore).
    /// This file's values were kept and sent again on top of the server's revision.
    int newerHere = 0;
    /// Set when the pull read every change from the start in place of the
    /// saved checkpoint. Records already up to date are not counted as pulled.
    PullRestart pullRestart = PullRestart::None;
    qint64 clockSkewSeconds = 0;
    /// Non-empty when the server clock differs from the local one by over 5 minutes.
    QString clockWarning;
};

enum class SyncPhase { Connecting, Pulling, Pushing, Finished };

/// Synchronises one store file with one CouchDB database.
///
/// run() connects, pulls the server's changes since the saved checkpoint
/// (each page applied and the checkpoint saved in one transaction), merges
/// remote changes into records that are dirty here, then pushes dirty records
/// in batches with their base revision. Conflicts that cannot be merged are
/// kept in the file for the user and never overwrite anything. A lock file next
/// to the store file keeps two syncs of the same file from running at once. A
/// lock left by a process that died counts as released (QLockFile checks the
/// process id in it). The engine works on its
/// own connection and runs on the thread that owns it and the client.
class SyncEngine
{
public:
    using ProgressCallback = std::function<void(SyncPhase phase, qint64 done, qint64 total)>;

    SyncEngine(Database &ownConnection, CouchClient &client);
    ~SyncEngine();
    SyncEngine(const SyncEngine &) = delete;
    SyncEngine &operator=(const SyncEngine &) = delete;

    /// Sets a flag that stops the run at the next request or page once true.
    /// The flag must outlive the engine.
    void setCancelFlag(const std::atomic_bool *flag);
    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    /// Sets a function called after each committed transaction that changed
    /// records, so that the GUI can reload (Store::notifyReloaded()).
    void setChangesCallback(std::function<void()> callback) { m_changed = std::move(callback); }

    [[nodiscard]] Result<SyncSummary> run();
    /// Counts of the run so far, for progress callbacks (such as records sent
    /// and rejected while pushing).
    [[nodiscard]] const SyncSummary &summarySoFar() const { return m_summary; }

    /// Resolves the open conflict of `recordId` with `chosen`, as
    /// SyncStore::resolveConflict() does. When `chosen` is a resource whose
    /// file this computer lacks, first reads that file from the server, by a
    /// revision of the conflict that names its SHA-256, and stores it with the
    /// resolution. When the read fails, the conflict stays open and the
    /// returned error states that.
    [[nodiscard]] Result<void> resolveConflict(const QString &recordId, const QJsonObject &chosen);
    /// True when resolveConflict() would read a file from the server for this
    /// resolution: `recordId` is a resource with an open conflict, and the file
    /// that `chosen` names is not stored in the file of `store`.
    [[nodiscard]] static Result<bool>
    resolutionReadsFile(SyncStore &store, const QString &recordId, const QJsonObject &chosen);

    /// Metadata key of the resources whose file a pull has not received: a JSON
    /// object from resource id to the SHA-256 of the file the record names.
    static constexpr const char *MissingFilesKey = "sync_missing_files";
    /// Resources whose file has not been received from the server yet, by id,
    /// each with the SHA-256 (lowercase hex) of the file that the record names.
    /// Such a resource keeps its previous file bytes, or none, and every sync
    /// reads its file once more until the bytes arrive.
    [[nodiscard]] static Result<QHash<QString, QString>> missingResourceFiles(SyncStore &store);

    /// Metadata key of the pull checkpoint for the client's server and database.
    [[nodiscard]] static QString checkpointKey(const QString &serverUrl, const QString &database);
    /// Metadata key of the identity of the server database that the checkpoint
    /// of checkpointKey() belongs to.
    [[nodiscard]] static QString checkpointIdentityKey(const QString &serverUrl,
                                                       const QString &database);
    /// Id of the server's `_local` document that identifies a database. It contains
    /// a random id in the field "database_id", made by the first client or by
    /// coopatlas-server-setup init. Replication does not copy `_local` documents,
    /// so a database filled by replication or from a JSON backup gets a new
    /// identity. Database files copied from a running node keep it.
    static constexpr const char *DatabaseIdentityDocument = "_local/coopatlas-database";
    /// Metadata key of the vocabulary terms merged into another term whose
    /// documents are still live on the server: a JSON object from document id to
    /// the last revision seen.
    static constexpr const char *MergedTermsKey = "sync_merged_terms";
    /// Path of the lock file that guards syncs of the store file at `databasePath`.
    [[nodiscard]] static QString lockFilePath(const QString &databasePath);
    /// Name of the CouchDB attachment that carries the file of a resource.
    static constexpr const char *ResourceAttachmentName = "file";

private:
    /// Reads the identity of the server database, creating it when missing, and
    /// drops the checkpoint when it belongs to a database with another identity.
    Result<void> checkDatabaseIdentity();
    /// The "database_id" of DatabaseIdentityDocument, or an empty string when
    /// the account may not read or create it, or when the stored value is not
    /// 1 to 128 characters from [A-Za-z0-9._-].
    Result<QString> serverDatabaseIdentity();
    Result<void> pull();
    Result<void> startFullPull(const QString &fullPullKey, bool resumed);
    /// Ends a pull from the start: resendRecordsNotPulled(), and clears the
    /// note that such a pull is under way.
    Result<void> finishFullPull(const QString &fullPullKey);
    /// Pulls the changes after `since`. Sets `sinceRejected` when the server
    /// rejected `since` itself (HTTP 400 naming the parameter).
    Result<void> pullChanges(const QByteArray &since, bool &sinceRejected);
    Result<void> stalledFeed(const QByteArray &lastSeq, int pages);
    /// Files fetched for one page, by resource id and SHA-256, staged on disk
    /// until the page's transaction stores them.
    using ResourceFiles = StagedFiles;
    Result<void> applyPage(const ChangesPage &page, const ResourceFiles &files);
    /// Reads from the server and stages the files of the resources in
    /// `documents` whose SHA-256 differs from the bytes stored here. These are
    /// the files of the pulled revisions and of their live conflicting
    /// revisions, because merging a server-side conflict can choose the file of
    /// any of them. At most one file is in memory at a time.
    Result<ResourceFiles> fetchResourceFiles(const QList<QJsonObject> &documents);
    /// The pulled revision of a resource followed by its live conflicting revisions.
    Result<QList<QJsonObject>> fileRevisions(const QJsonObject &document);
    /// Reads the attachment "file" of `revision` (a resource document with
    /// `_id` and `_rev`) and checks it against the revision's `file_sha256`.
    Result<QByteArray> fetchResourceFile(const QJsonObject &revision);
    /// Reads the file with `sha256` from a revision of `conflict` that names it.
    Result<QByteArray> fetchConflictFile(const SyncConflict &conflict, const QString &sha256);
    /// Stores the fetched files of the resources in `documents` once the page
    /// is applied, and fails when a resource would name bytes this file lacks.
    Result<void> settleResourceFiles(const QList<QJsonObject> &documents,
                                     const ResourceFiles &files);
    /// SHA-256 of the file that the stored resource `resourceId` names, or empty.
    Result<QString> namedFileSha256(const QString &resourceId);
    Result<void> loadMissingFiles();
    void markFileMissing(const QString &resourceId, const QString &sha256);
    void clearFileMissing(const QString &resourceId);
    /// Writes the marks of files not received to the file's metadata when they changed.
    Result<void> saveMissingFiles();
    /// Reads once the file of each resource marked as not received that no page
    /// of this sync brought.
    Result<void> retryMissingFiles();
    Result<void> retryMissingFile(const QString &resourceId);
    /// True when the bytes of the file that `document` names are stored here or
    /// among the files fetched for the page being applied.
    Result<bool> hasFileBytes(const QJsonObject &document);
    Result<void> applyNewRecords(const QList<QJsonObject> &documents,
                                 const QList<QByteArray> &texts);
    Result<void> applySingle(const QJsonObject &doc);
    Result<void> applyIncoming(QJsonObject remote);
    Result<void> setAsideUnreadable(const QJsonObject &document, const QString &message);
    Result<void> clearUnreadable(const QString &recordId);
    Result<void> loadUnreadableIds();
    Result<bool> mergeDuplicateTerm(const QJsonObject &remote, const QString &id);
    Result<void> loadMergedTerms();
    /// Remembers the server document of a term merged into another one, so that
    /// the sync of a user who may delete removes it from the server.
    void rememberMergedTerm(const QString &documentId, const QString &revision);
    void forgetMergedTerm(const QString &documentId);
    Result<void> saveMergedTerms();
    /// Removes the documents of merged-away terms from the server when the
    /// session's roles allow deleting; does nothing for other users.
    Result<void> removeMergedTerms();
    Result<QJsonObject> resolveServerConflicts(const QJsonObject &winner,
                                               const QJsonObject &base,
                                               QStringList &losingRevisions,
                                               bool &clean,
                                               const LocalDocument *dirtyLocal);
    Result<void> applyRemoval(const std::pair<RecordKind, QString> &record,
                              const QString &revision);
    /// Keeps the values of `local` in place of a pulled revision older than
    /// the one `local` last synced, and marks them to be sent on top of it.
    Result<void> keepNewerLocal(const LocalDocument &local, const QJsonObject &remote);
    /// Marks every record that a pull from the start did not receive to be
    /// sent again as a new document (SyncStore::forgetRevisionsNotPulled()).
    Result<void> resendRecordsNotPulled();
    Result<void> applyToDirty(const LocalDocument &local,
                              const QJsonObject &remote,
                              const QStringList &losingRevisions);
    Result<void> recordConflict(const QJsonObject &local,
                                const QJsonObject &remote,
                                const QJsonObject &base,
                                const MergeResult &merge,
                                const QStringList &losingRevisions,
                                const QString &remoteRevision = {},
                                const QList<QJsonObject> &conflictingRevisions = {});

    Result<void> rememberRoles(const QStringList &roles);

    Result<void> push();
    Result<bool> pushKind(RecordKind kind);
    Result<void> pushBatch(const QList<LocalDocument> &batch);
    /// The document to push with its file as the attachment "file": the bytes
    /// when the server lacks them, else a stub. Nothing when the file is over
    /// MaxResourceFileBytes or its bytes are missing (a record error is saved).
    Result<std::optional<QJsonObject>> withResourceFile(const LocalDocument &local,
                                                        QJsonObject document);
    /// Pushes `batch` again with the bytes of each file in place of a stub,
    /// once, after the server rejected a stub whose attachment it lacks.
    Result<void> resendWithFileBytes(const QList<LocalDocument> &batch);
    void reportPushed(qsizetype records);
    Result<void> handlePushResult(const LocalDocument &local,
                                  const QString &rev,
                                  const QString &error,
                                  const QString &reason);
    Result<void> handlePushConflict(const LocalDocument &pushed);
    /// Makes the next push pass send `pushed` as a new document, without its
    /// base revision, because the server database has no document of that id.
    Result<void> resendMissingDocument(const LocalDocument &pushed);
    Result<void> undoRejectedDeletion(const LocalDocument &pushed, const QString &reason);
    Result<void> deleteObsoleteRevisions(const QString &documentId, const QString &newRevision);
    Result<void> saveError(const QJsonObject &document,
                           const QString &code,
                           const QString &message,
                           qint64 sizeLimit = -1);

    Result<void> checkCancelled();
    void report(SyncPhase phase, qint64 done, qint64 total);
    void announceChanges();

    Database &m_db;
    CouchClient &m_client;
    SyncStore m_store;
    const std::atomic_bool *m_cancel = nullptr;
    ProgressCallback m_progress;
    std::function<void()> m_changed;
    SyncSummary m_summary;
    QString m_checkpointKey;
    /// Roles of the session of this run (ServerSession::roles).
    QStringList m_roles;
    /// Merged-away term documents by id, with their revision (see MergedTermsKey).
    QHash<QString, QString> m_mergedTerms;
    bool m_mergedTermsChanged = false;
    qint64 m_pushDone = 0;
    qint64 m_pushTotal = 0;
    bool m_retryPush = false;
    /// True while resendWithFileBytes() runs: files go as bytes, never as stubs.
    bool m_sendFileBytes = false;
    bool m_changesPending = false;
    /// True while a pull that reads every change from the start records the
    /// ids it receives (SyncStore::addPulledIds()).
    bool m_trackPulledIds = false;
    /// Files fetched for the page being applied, else null.
    const ResourceFiles *m_pageFiles = nullptr;
    /// Record ids with an "unreadable" error, read when a pull starts.
    QSet<QString> m_unreadableIds;
    /// Files not received, as missingResourceFiles() returns them, read when a sync starts.
    QHash<QString, QString> m_missingFiles;
    bool m_missingFilesChanged = false;
    /// Resources whose file this sync has already requested, so that each is read once per sync.
    QSet<QString> m_filesRequested;
};

} // namespace CoopAtlas::Core
