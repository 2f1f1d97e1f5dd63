// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SyncStore: conflicts, obsolete revisions, per-record errors and metadata.
#include <core/storage/syncstore.h>
#include <core/storage/syncstore_p.h>
#include <core/sync/documentcodec.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>

namespace CoopAtlas::Core {

using namespace RecordRows;
using namespace SyncStoreText;

namespace {

QString losingRevisionsText(const SyncConflict &conflict)
{
    QJsonArray losing;
    for (const QString &revision : conflict.losingRevisions) {
        QJsonValue entry(revision);
        for (const QJsonObject &document : conflict.conflictingRevisions) {
            if (document.value(QLatin1String("_rev")).toString() == revision) {
                entry = document;
            }
        }
        losing.append(entry);
    }
    return QString::fromUtf8(QJsonDocument(losing).toJson(QJsonDocument::Compact));
}

SyncConflict readConflict(const QSqlRecord &row)
{
    SyncConflict conflict;
    conflict.recordId = row.value(QStringLiteral("record_id")).toString();
    conflict.kind = recordKindFromName(row.value(QStringLiteral("kind")).toString())
                        .value_or(RecordKind::Organisation);
    conflict.local = objectFromText(row.value(QStringLiteral("local_json")).toString());
    conflict.remote = objectFromText(row.value(QStringLiteral("remote_json")).toString());
    conflict.base = objectFromText(row.value(QStringLiteral("base_json")).toString());
    conflict.remoteRevision = row.value(QStringLiteral("remote_rev")).toString();
    conflict.remoteAuthor = row.value(QStringLiteral("remote_author")).toString();
    // losing_revs is a JSON array of revisions, each a string or, for a
    // revision the user can choose, the revision's document.
    const QJsonArray losing
        = QJsonDocument::fromJson(row.value(QStringLiteral("losing_revs")).toString().toUtf8())
              .array();
    for (const QJsonValue &value : losing) {
        if (value.isObject()) {
            conflict.conflictingRevisions.append(value.toObject());
            conflict.losingRevisions.append(
                value.toObject().value(QLatin1String("_rev")).toString());
        } else {
            conflict.losingRevisions.append(value.toString());
        }
    }
    conflict.fields = listFromText(row.value(QStringLiteral("fields")).toString());
    conflict.detectedAt = timestampFromText(row.value(QStringLiteral("detected_at")).toString());
    return conflict;
}

} // namespace

// --- Conflicts ---------------------------------------------------------------

Result<void> SyncStore::saveConflict(const SyncConflict &conflict)
{
    return execute(
        QStringLiteral("INSERT INTO sync_conflicts (record_id, kind, local_json, remote_json, "
                       "base_json, remote_rev, remote_author, losing_revs, fields, detected_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (record_id) DO UPDATE "
                       "SET local_json = excluded.local_json, remote_json = excluded.remote_json, "
                       "base_json = excluded.base_json, remote_rev = excluded.remote_rev, "
                       "remote_author = excluded.remote_author, "
                       "losing_revs = excluded.losing_revs, fields = excluded.fields"),
        {conflict.recordId,
         recordKindName(conflict.kind),
         jsonText(conflict.local),
         jsonText(conflict.remote),
         conflict.base.isEmpty() ? QVariant() : QVariant(jsonText(conflict.base)),
         conflict.remoteRevision,
         conflict.remoteAuthor,
         losingRevisionsText(conflict),
         jsonText(conflict.fields),
         timestampOrNow(conflict.detectedAt)});
}

Result<QList<SyncConflict>> SyncStore::conflicts()
{
    auto found
        = rows(QStringLiteral("SELECT * FROM sync_conflicts ORDER BY detected_at, record_id"), {});
    if (!found) {
        return found.error();
    }
    QList<SyncConflict> list;
    for (const QSqlRecord &row : *found) {
        list.append(readConflict(row));
    }
    return list;
}

Result<std::optional<SyncConflict>> SyncStore::conflict(const QString &recordId)
{
    auto found
        = rows(QStringLiteral("SELECT * FROM sync_conflicts WHERE record_id = ?"), {recordId});
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return std::optional<SyncConflict>();
    }
    return std::optional<SyncConflict>(readConflict(found->constFirst()));
}

Result<void> SyncStore::removeConflict(const QString &recordId)
{
    return execute(QStringLiteral("DELETE FROM sync_conflicts WHERE record_id = ?"), {recordId});
}

Result<void>
SyncStore::resolveConflict(const QString &recordId, QJsonObject chosen, const QByteArray &fileData)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    auto open = conflict(recordId);
    if (!open) {
        return open.error();
    }
    if (!open->has_value()) {
        return Error{
            SyncStoreMessages::tr("No open sync conflict exists for this record. It may have been "
                                  "resolved already; run a sync to see the current state."),
            recordId};
    }
    const SyncConflict &found = **open;
    chosen.insert(QStringLiteral("_id"), DocumentCodec::documentId(found.kind, recordId));
    chosen.insert(QStringLiteral("_rev"), found.remoteRevision);
    chosen.insert(QStringLiteral("updated_at"), timestampText(QDateTime::currentDateTimeUtc()));
    chosen.insert(QStringLiteral("updated_by"), m_db.author());
    if (auto written = writeDocument(chosen, true, found.remote, found.remoteRevision); !written) {
        return written;
    }
    if (found.kind == RecordKind::Resource) {
        auto settled = settleResourceFile(
            recordId, [&fileData](const QString &sha256) -> Result<std::optional<QByteArray>> {
                const QByteArray digest
                    = QCryptographicHash::hash(fileData, QCryptographicHash::Sha256).toHex();
                return digest == sha256.toLatin1() ? std::optional<QByteArray>(fileData)
                                                   : std::nullopt;
            });
        if (!settled) {
            return settled.error();
        }
        if (!*settled) {
            // SyncEngine::resolveConflict() reads a chosen file that this
            // computer lacks from the server and passes it as `fileData`.
            return Error{
                SyncStoreMessages::tr(
                    "The file “%1” of the chosen version is not stored on this computer, so the "
                    "conflict stays open. Keep this computer's file, then attach “%1” again if "
                    "you have it.")
                    .arg(chosen.value(QLatin1String("file_name")).toString()),
                recordId};
        }
    }
    if (auto saved = addObsoleteRevisions(recordId, found.losingRevisions); !saved) {
        return saved;
    }
    if (auto removed
        = execute(QStringLiteral("DELETE FROM sync_conflicts WHERE record_id = ?"), {recordId});
        !removed) {
        return removed;
    }
    return transaction.commit();
}

Result<QStringList> SyncStore::obsoleteRevisions(const QString &recordId)
{
    auto found = rows(QStringLiteral("SELECT rev FROM sync_obsolete_revisions WHERE record_id = ? "
                                     "ORDER BY rev"),
                      {recordId});
    if (!found) {
        return found.error();
    }
    QStringList revisions;
    for (const QSqlRecord &row : *found) {
        revisions.append(row.value(0).toString());
    }
    return revisions;
}

Result<void> SyncStore::addObsoleteRevisions(const QString &recordId, const QStringList &revisions)
{
    for (const QString &revision : revisions) {
        if (auto saved = execute(QStringLiteral("INSERT OR IGNORE INTO sync_obsolete_revisions "
                                                "(record_id, rev) VALUES (?, ?)"),
                                 {recordId, revision});
            !saved) {
            return saved;
        }
    }
    return {};
}

Result<void> SyncStore::forgetObsoleteRevision(const QString &recordId, const QString &revision)
{
    return execute(
        QStringLiteral("DELETE FROM sync_obsolete_revisions WHERE record_id = ? AND rev = ?"),
        {recordId, revision});
}

// --- Errors and metadata -----------------------------------------------------

Result<void> SyncStore::saveRecordError(const SyncRecordError &error)
{
    // QtSql counts every placeholder, so the id is bound once per use.
    const QString &id = error.recordId;
    return execute(
        QStringLiteral("INSERT INTO sync_errors (record_id, code, message, size_limit, "
                       "record_updated_at, at) VALUES (?, ?, ?, ?, "
                       "(SELECT updated_at FROM organisations WHERE id = ? UNION ALL "
                       "SELECT updated_at FROM persons WHERE id = ? UNION ALL "
                       "SELECT updated_at FROM links WHERE id = ? UNION ALL "
                       "SELECT updated_at FROM notes WHERE id = ? UNION ALL "
                       "SELECT updated_at FROM taxonomy WHERE id = ? UNION ALL "
                       "SELECT updated_at FROM workshops WHERE id = ? UNION ALL "
                       "SELECT updated_at FROM participations WHERE id = ? UNION ALL "
                       "SELECT updated_at FROM followups WHERE id = ? UNION ALL "
                       "SELECT updated_at FROM residencies WHERE id = ? UNION ALL "
                       "SELECT updated_at FROM stays WHERE id = ? UNION ALL "
                       "SELECT updated_at FROM visits WHERE id = ? UNION ALL "
                       "SELECT updated_at FROM budget_lines WHERE id = ? UNION ALL "
                       "SELECT updated_at FROM resources WHERE id = ? UNION ALL "
                       "SELECT updated_at FROM barriers WHERE id = ?), ?) "
                       "ON CONFLICT (record_id) DO UPDATE SET code = excluded.code, "
                       "message = excluded.message, size_limit = excluded.size_limit, "
                       "record_updated_at = excluded.record_updated_at, at = excluded.at"),
        {id,
         error.code,
         error.message,
         error.sizeLimit >= 0 ? QVariant(error.sizeLimit) : QVariant(),
         id,
         id,
         id,
         id,
         id,
         id,
         id,
         id,
         id,
         id,
         id,
         id,
         id,
         id,
         timestampOrNow(error.at)});
}

Result<void> SyncStore::clearRecordError(const QString &recordId)
{
    return execute(QStringLiteral("DELETE FROM sync_errors WHERE record_id = ?"), {recordId});
}

Result<void> SyncStore::clearRecordError(const QString &recordId, const QString &code)
{
    return execute(QStringLiteral("DELETE FROM sync_errors WHERE record_id = ? AND code = ?"),
                   {recordId, code});
}

Result<void> SyncStore::clearRecordErrors(const QString &code)
{
    return execute(QStringLiteral("DELETE FROM sync_errors WHERE code = ?"), {code});
}

Result<QList<SyncRecordError>> SyncStore::recordErrors()
{
    auto found = rows(QStringLiteral("SELECT * FROM sync_errors ORDER BY at, record_id"), {});
    if (!found) {
        return found.error();
    }
    QList<SyncRecordError> errors;
    for (const QSqlRecord &row : *found) {
        SyncRecordError error;
        error.recordId = row.value(QStringLiteral("record_id")).toString();
        error.code = row.value(QStringLiteral("code")).toString();
        error.message = row.value(QStringLiteral("message")).toString();
        const QVariant limit = row.value(QStringLiteral("size_limit"));
        error.sizeLimit = limit.isNull() ? -1 : limit.toLongLong();
        error.at = timestampFromText(row.value(QStringLiteral("at")).toString());
        errors.append(error);
    }
    return errors;
}

Result<QString> SyncStore::metadata(const QString &key)
{
    auto found = rows(QStringLiteral("SELECT value FROM metadata WHERE key = ?"), {key});
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? QString() : found->constFirst().value(0).toString();
}

Result<void> SyncStore::setMetadata(const QString &key, const QString &value)
{
    return execute(QStringLiteral("INSERT INTO metadata (key, value) VALUES (?, ?) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                   {key, value});
}

Result<QStringList> SyncStore::serverRoles()
{
    auto saved = metadata(QLatin1String(ServerRolesKey));
    if (!saved) {
        return saved.error();
    }
    return listFromText(*saved);
}

Result<void> SyncStore::setServerRoles(const QStringList &roles)
{
    return setMetadata(QLatin1String(ServerRolesKey), jsonText(roles));
}

bool SyncStore::rolesAllowDeleting(const QStringList &roles)
{
    return roles.contains(QLatin1String("coopatlas_admin"))
           || roles.contains(QLatin1String("_admin"));
}

} // namespace CoopAtlas::Core
