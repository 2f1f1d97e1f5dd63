// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncstore.h"

#include <core/logging.h>
#include <core/storage/recordrows.h>
#include <core/sync/documentcodec.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlRecord>

namespace CoopAtlas::Core {

using namespace RecordRows;

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("CoopAtlas::Core::SyncStore", text);
}

QString tableOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Organisation:
        return QStringLiteral("organisations");
    case RecordKind::Person:
        return QStringLiteral("persons");
    case RecordKind::Link:
        return QStringLiteral("links");
    case RecordKind::Note:
        return QStringLiteral("notes");
    case RecordKind::Taxonomy:
        break;
    }
    return QStringLiteral("taxonomy");
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString jsonText(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QJsonObject objectFromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QStringList listFromText(const QString &text)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const auto &value : array) {
        list.append(value.toString());
    }
    return list;
}

QJsonObject withoutRevision(QJsonObject document)
{
    document.remove(QStringLiteral("_rev"));
    return document;
}

SyncRecord readRecord(RecordKind kind, const QSqlRecord &row)
{
    switch (kind) {
    case RecordKind::Organisation:
        return readOrganisation(row);
    case RecordKind::Person:
        return readPerson(row);
    case RecordKind::Link:
        return readLink(row);
    case RecordKind::Note:
        return readNote(row);
    case RecordKind::Taxonomy:
        break;
    }
    return readTerm(row);
}

QString timestampOrNow(const QDateTime &time)
{
    return timestampText(time.isValid() ? time : QDateTime::currentDateTimeUtc());
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
    conflict.losingRevisions = listFromText(row.value(QStringLiteral("losing_revs")).toString());
    conflict.fields = listFromText(row.value(QStringLiteral("fields")).toString());
    conflict.detectedAt = timestampFromText(row.value(QStringLiteral("detected_at")).toString());
    return conflict;
}

} // namespace

SyncStore::SyncStore(Database &db)
    : m_db(db)
{}

// --- Statement helpers -------------------------------------------------------

Result<QSqlQuery *> SyncStore::run(const QString &sql, const QVariantList &values)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            qCWarning(lcSync) << "Could not prepare" << sql << query.lastError().text();
            return Error{
                translate("Could not prepare a database query: %1.").arg(query.lastError().text()),
                m_db.path()};
        }
        it = m_statements.insert(sql, query);
    }
    QSqlQuery &query = it.value();
    for (int i = 0; i < values.size(); ++i) {
        query.bindValue(i, values.at(i));
    }
    if (!query.exec()) {
        const QSqlError failure = query.lastError();
        query.finish();
        qCWarning(lcSync) << "Statement failed:" << failure.text() << sql.left(120);
        return Error{
            translate("A database statement failed. %1").arg(Database::describeError(failure)),
            m_db.path()};
    }
    return &query;
}

Result<QList<QSqlRecord>> SyncStore::rows(const QString &sql, const QVariantList &values)
{
    auto query = run(sql, values);
    if (!query) {
        return query.error();
    }
    QList<QSqlRecord> records;
    while ((*query)->next()) {
        records.append((*query)->record());
    }
    (*query)->finish();
    return records;
}

Result<void> SyncStore::execute(const QString &sql, const QVariantList &values)
{
    auto query = run(sql, values);
    if (!query) {
        return query.error();
    }
    (*query)->finish();
    return {};
}

// --- Reading -----------------------------------------------------------------

LocalDocument SyncStore::readLocal(RecordKind kind, const QSqlRecord &row)
{
    LocalDocument local;
    local.document = DocumentCodec::encode(readRecord(kind, row));
    local.base = objectFromText(row.value(QStringLiteral("synced_json")).toString());
    local.dirty = row.value(QStringLiteral("dirty")).toBool();
    local.hasConflict = row.value(QStringLiteral("has_conflict")).toBool();
    return local;
}

Result<std::optional<LocalDocument>> SyncStore::localDocument(RecordKind kind, const QString &id)
{
    auto found = rows(QStringLiteral("SELECT t.*, EXISTS (SELECT 1 FROM sync_conflicts c "
                                     "WHERE c.record_id = t.id) AS has_conflict FROM ")
                          + tableOf(kind) + QStringLiteral(" t WHERE t.id = ?"),
                      {id});
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return std::optional<LocalDocument>();
    }
    return std::optional<LocalDocument>(readLocal(kind, found->constFirst()));
}

Result<QList<LocalDocument>>
SyncStore::dirtyDocuments(RecordKind kind, const QString &afterId, int limit)
{
    auto found = rows(QStringLiteral("SELECT t.*, 0 AS has_conflict FROM ") + tableOf(kind)
                          + QStringLiteral(" t WHERE t.dirty = 1 AND t.id > ? "
                                           "AND NOT EXISTS (SELECT 1 FROM sync_conflicts c "
                                           "WHERE c.record_id = t.id) "
                                           "AND NOT EXISTS (SELECT 1 FROM sync_errors e "
                                           "WHERE e.record_id = t.id AND e.code = 'too_large' "
                                           "AND e.record_updated_at = t.updated_at) "
                                           "ORDER BY t.id LIMIT ?"),
                      {afterId.isNull() ? QStringLiteral("") : afterId, limit});
    if (!found) {
        return found.error();
    }
    QList<LocalDocument> documents;
    documents.reserve(found->size());
    for (const QSqlRecord &row : *found) {
        documents.append(readLocal(kind, row));
    }
    return documents;
}

Result<qint64> SyncStore::dirtyCount()
{
    qint64 total = 0;
    for (RecordKind kind : {RecordKind::Taxonomy,
                            RecordKind::Organisation,
                            RecordKind::Person,
                            RecordKind::Link,
                            RecordKind::Note}) {
        auto found = rows(QStringLiteral("SELECT count(*) FROM ") + tableOf(kind)
                              + QStringLiteral(" WHERE dirty = 1"),
                          {});
        if (!found) {
            return found.error();
        }
        total += found->constFirst().value(0).toLongLong();
    }
    return total;
}

// --- Writing records ---------------------------------------------------------

Result<QString> SyncStore::endpointName(const QString &id)
{
    auto found = rows(QStringLiteral("SELECT name FROM organisations WHERE id = ? UNION ALL "
                                     "SELECT formatted_name FROM persons WHERE id = ?"),
                      {id, id});
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? QString() : found->constFirst().value(0).toString();
}

Result<void> SyncStore::updateLinkEnds(const QString &id, const QString &name)
{
    if (auto from = execute(QStringLiteral("UPDATE links SET from_name = ?, from_sort = ? "
                                           "WHERE from_id = ? AND from_name IS NOT ?"),
                            {name, sortKey(name), id, name});
        !from) {
        return from;
    }
    return execute(QStringLiteral("UPDATE links SET to_name = ?, to_sort = ? "
                                  "WHERE to_id = ? AND to_name IS NOT ?"),
                   {name, sortKey(name), id, name});
}

Result<void> SyncStore::writeDocument(const QJsonObject &document,
                                      bool dirty,
                                      const QJsonObject &synced,
                                      const QString &revision)
{
    auto decoded = DocumentCodec::decode(document);
    if (!decoded) {
        return decoded.error();
    }
    const SyncRecord &record = *decoded;
    const RecordMeta &meta = metaOf(record);
    const RecordKind kind = kindOf(record);
    const QString table = tableOf(kind);

    Row row;
    QString displayName;
    if (const auto *org = std::get_if<Organisation>(&record)) {
        row = organisationRow(*org);
        displayName = org->name;
    } else if (const auto *person = std::get_if<Person>(&record)) {
        row = personRow(*person);
        displayName = person->formattedName;
    } else if (const auto *link = std::get_if<Link>(&record)) {
        auto fromName = endpointName(link->fromId);
        auto toName = endpointName(link->toId);
        if (!fromName || !toName) {
            return !fromName ? fromName.error() : toName.error();
        }
        row = linkRow(*link, *fromName, *toName);
    } else if (const auto *note = std::get_if<Note>(&record)) {
        row = noteRow(*note);
    } else {
        row = termRow(std::get<TaxonomyTerm>(record));
    }
    const QString updatedAt = timestampOrNow(meta.updatedAt);
    row += {
        {QStringLiteral("created_at"), timestampOrNow(meta.createdAt)},
        {QStringLiteral("updated_at"), updatedAt},
        {QStringLiteral("created_by"), meta.createdBy},
        {QStringLiteral("updated_by"), meta.updatedBy},
        {QStringLiteral("deleted"), meta.deleted ? 1 : 0},
        {QStringLiteral("deleted_at"), meta.deleted ? QVariant(updatedAt) : QVariant()},
        {QStringLiteral("server_rev"), revision.isEmpty() ? QVariant() : QVariant(revision)},
        {QStringLiteral("dirty"), dirty ? 1 : 0},
        {QStringLiteral("synced_json"), synced.isEmpty() ? QVariant() : QVariant(jsonText(synced))},
    };

    auto existing = rows(QStringLiteral("SELECT 1 FROM ") + table + QStringLiteral(" WHERE id = ?"),
                         {meta.id});
    if (!existing) {
        return existing.error();
    }
    QStringList names;
    QVariantList values;
    for (const Column &column : row) {
        names.append(column.name);
        values.append(column.value);
    }
    values.append(meta.id);
    // Plain INSERT or UPDATE, never INSERT OR REPLACE: the row count triggers
    // would not see the implicit delete.
    QString sql;
    if (existing->isEmpty()) {
        sql = QStringLiteral("INSERT INTO %1 (%2, id) VALUES (?%3)")
                  .arg(table,
                       names.join(QStringLiteral(", ")),
                       QStringLiteral(", ?").repeated(names.size()));
    } else {
        sql = QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                  .arg(table, names.join(QStringLiteral(" = ?, ")));
    }
    if (auto written = execute(sql, values); !written) {
        return Error{written.error().message, DocumentCodec::documentId(kind, meta.id)};
    }
    if (!displayName.isNull()) {
        return updateLinkEnds(meta.id, displayName);
    }
    return {};
}

Result<void> SyncStore::applyRemote(const QJsonObject &document)
{
    return writeDocument(
        document, false, document, document.value(QLatin1String("_rev")).toString());
}

Result<void> SyncStore::applyRemoval(RecordKind kind, const QString &id, const QString &revision)
{
    return execute(QStringLiteral("UPDATE ") + tableOf(kind)
                       + QStringLiteral(" SET deleted = 1, deleted_at = coalesce(deleted_at, ?), "
                                        "dirty = 0, server_rev = ?, synced_json = NULL "
                                        "WHERE id = ?"),
                   {timestampText(QDateTime::currentDateTimeUtc()), revision, id});
}

Result<void> SyncStore::writeMerged(const QJsonObject &merged, const QJsonObject &remote)
{
    return writeDocument(merged, true, remote, remote.value(QLatin1String("_rev")).toString());
}

Result<bool> SyncStore::markPushed(const QJsonObject &pushed, const QString &revision)
{
    const auto parsed
        = DocumentCodec::parseDocumentId(pushed.value(QLatin1String("_id")).toString());
    if (!parsed) {
        return Error{translate("The pushed document has no valid id."), {}};
    }
    auto local = localDocument(parsed->first, parsed->second);
    if (!local) {
        return local.error();
    }
    QJsonObject stored = pushed;
    stored.insert(QStringLiteral("_rev"), revision);
    if (auto cleared = clearRecordError(parsed->second); !cleared) {
        return cleared.error();
    }
    const bool unchanged
        = local->has_value() && withoutRevision((*local)->document) == withoutRevision(pushed);
    if (unchanged) {
        if (auto written = execute(QStringLiteral("UPDATE ") + tableOf(parsed->first)
                                       + QStringLiteral(" SET dirty = 0, server_rev = ?, "
                                                        "synced_json = ? WHERE id = ?"),
                                   {revision, jsonText(stored), parsed->second});
            !written) {
            return written.error();
        }
        return true;
    }
    // Edited during the push: the server now contains `stored`, which becomes the
    // base of the next merge, and the record stays dirty.
    if (auto written = execute(QStringLiteral("UPDATE ") + tableOf(parsed->first)
                                   + QStringLiteral(" SET server_rev = ?, synced_json = ? "
                                                    "WHERE id = ?"),
                               {revision, jsonText(stored), parsed->second});
        !written) {
        return written.error();
    }
    return false;
}

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
         jsonText(conflict.losingRevisions),
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

Result<void> SyncStore::resolveConflict(const QString &recordId, QJsonObject chosen)
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
        return Error{translate("No open sync conflict exists for this record. It may have been "
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
                       "SELECT updated_at FROM taxonomy WHERE id = ?), ?) "
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
         timestampOrNow(error.at)});
}

Result<void> SyncStore::clearRecordError(const QString &recordId)
{
    return execute(QStringLiteral("DELETE FROM sync_errors WHERE record_id = ?"), {recordId});
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

} // namespace CoopAtlas::Core
