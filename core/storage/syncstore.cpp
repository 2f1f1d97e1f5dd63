// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncstore.h"

#include <core/logging.h>
#include <core/storage/recordrows.h>
#include <core/storage/syncstore_p.h>
#include <core/sync/documentcodec.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlRecord>

namespace CoopAtlas::Core {

using namespace RecordRows;
using namespace SyncStoreText;

namespace {

/// SQL condition on a record table aliased `t`: dirty, without an open
/// conflict, and not rejected by the server as too large or forbidden since its
/// last change (such a record is sent again only once it changes).
QString pushableCondition()
{
    return QStringLiteral("t.dirty = 1 AND NOT EXISTS (SELECT 1 FROM sync_conflicts c "
                          "WHERE c.record_id = t.id) "
                          "AND NOT EXISTS (SELECT 1 FROM sync_errors e "
                          "WHERE e.record_id = t.id AND e.code IN ('too_large', 'forbidden') "
                          "AND e.record_updated_at = t.updated_at)");
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
    case RecordKind::Workshop:
    case RecordKind::Participation:
    case RecordKind::Followup:
    case RecordKind::Residency:
    case RecordKind::Stay:
    case RecordKind::Visit:
    case RecordKind::BudgetLine:
    case RecordKind::Resource:
    case RecordKind::Barrier:
        return readActivityRecord(kind, row);
    }
    return readTerm(row);
}

/// The encoded record with two things that its columns cannot hold, taken from
/// the last synced version. These are the top-level fields that this version of
/// CoopAtlas does not know (written by a newer version or a script) and the text
/// of a timestamp that has the same time in another ISO 8601 form. So pushing
/// an edit sends them back unchanged.
QJsonObject withSyncedOnlyFields(QJsonObject document, const QJsonObject &synced)
{
    for (auto it = synced.begin(); it != synced.end(); ++it) {
        if (!it.key().startsWith(QLatin1Char('_')) && !document.contains(it.key())) {
            document.insert(it.key(), it.value());
        }
    }
    for (const QString &field : {QStringLiteral("created_at"), QStringLiteral("updated_at")}) {
        const QString syncedText = synced.value(field).toString();
        const QDateTime syncedTime = timestampFromText(syncedText);
        if (syncedTime.isValid()
            && syncedTime == timestampFromText(document.value(field).toString())) {
            document.insert(field, syncedText);
        }
    }
    return document;
}

/// The value of the synced_json column for `synced`: null for an empty
/// document, else `text` when given, else the encoded document.
QVariant syncedJson(const QJsonObject &synced, const QByteArray &text)
{
    if (synced.isEmpty()) {
        return {};
    }
    return text.isEmpty() ? jsonText(synced) : QString::fromUtf8(text);
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
            return Error{SyncStoreMessages::tr("Could not prepare a database query: %1.")
                             .arg(query.lastError().text()),
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
        return Error{SyncStoreMessages::tr("A database statement failed. %1")
                         .arg(Database::describeError(failure)),
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
    local.base = objectFromText(row.value(QStringLiteral("synced_json")).toString());
    local.document = withSyncedOnlyFields(DocumentCodec::encode(readRecord(kind, row)), local.base);
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
                          + QStringLiteral(" t WHERE ") + pushableCondition()
                          + QStringLiteral(" AND t.id > ? ORDER BY t.id LIMIT ?"),
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
    for (RecordKind kind : AllRecordKinds) {
        auto found = rows(QStringLiteral("SELECT count(*) FROM ") + tableOf(kind)
                              + QStringLiteral(" t WHERE ") + pushableCondition(),
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

Result<SyncDocumentRow> SyncStore::documentRow(const SyncRecord &record,
                                               bool dirty,
                                               const QJsonObject &synced,
                                               const QString &revision,
                                               const QByteArray &syncedText)
{
    const RecordMeta &meta = metaOf(record);
    bool normalised = false;
    SyncDocumentRow result;
    result.kind = kindOf(record);
    result.id = meta.id;
    Row row;
    if (const auto *org = std::get_if<Organisation>(&record)) {
        row = organisationRow(*org);
        result.displayName = org->name;
    } else if (const auto *person = std::get_if<Person>(&record)) {
        row = personRow(*person);
        result.displayName = person->formattedName;
    } else if (const auto *link = std::get_if<Link>(&record)) {
        auto fromName = endpointName(link->fromId);
        auto toName = endpointName(link->toId);
        if (!fromName || !toName) {
            return !fromName ? fromName.error() : toName.error();
        }
        row = linkRow(*link, *fromName, *toName);
    } else if (const auto *note = std::get_if<Note>(&record)) {
        row = noteRow(*note);
    } else if (auto activity = activitySyncRow(record, normalised)) {
        row = *activity;
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
        {QStringLiteral("dirty"), dirty || normalised ? 1 : 0},
        {QStringLiteral("synced_json"), syncedJson(synced, syncedText)},
    };
    result.names.reserve(row.size());
    result.values.reserve(row.size() + 1);
    for (const Column &column : row) {
        result.names.append(column.name);
        result.values.append(column.value);
    }
    result.values.append(meta.id);
    return result;
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
    auto row = documentRow(*decoded, dirty, synced, revision);
    if (!row) {
        return row.error();
    }
    const QString table = tableOf(row->kind);
    auto existing = rows(QStringLiteral("SELECT 1 FROM ") + table + QStringLiteral(" WHERE id = ?"),
                         {row->id});
    if (!existing) {
        return existing.error();
    }
    // Plain INSERT or UPDATE, never INSERT OR REPLACE: the row count triggers
    // would not see the implicit delete.
    QString sql;
    if (existing->isEmpty()) {
        sql = QStringLiteral("INSERT INTO %1 (%2, id) VALUES (?%3)")
                  .arg(table,
                       row->names.join(QStringLiteral(", ")),
                       QStringLiteral(", ?").repeated(row->names.size()));
    } else {
        sql = QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                  .arg(table, row->names.join(QStringLiteral(" = ?, ")));
    }
    if (auto written = execute(sql, row->values); !written) {
        return Error{written.error().message, DocumentCodec::documentId(row->kind, row->id)};
    }
    if (!row->displayName.isNull()) {
        return updateLinkEnds(row->id, row->displayName);
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

QStringList SyncStore::termLabelFields()
{
    return {QStringLiteral("label_en"), QStringLiteral("label_fr"), QStringLiteral("label_nl")};
}

QStringList SyncStore::copyMissingTermLabels(QJsonObject &kept, const QJsonObject &mergedAway)
{
    QStringList copied;
    for (const QString &field : termLabelFields()) {
        const QString label = mergedAway.value(field).toString();
        if (!label.isEmpty() && kept.value(field).toString().isEmpty()) {
            kept.insert(field, label);
            copied.append(field);
        }
    }
    return copied;
}

Result<void> SyncStore::writeLocalChange(const QJsonObject &document, const QJsonObject &base)
{
    return writeDocument(document, true, base, document.value(QLatin1String("_rev")).toString());
}

Result<QString>
SyncStore::termIdWithKey(const QString &vocabulary, const QString &key, const QString &exceptId)
{
    auto found = rows(QStringLiteral("SELECT id FROM taxonomy WHERE vocabulary = ? AND key = ? "
                                     "AND id <> ?"),
                      {vocabulary, key, exceptId});
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? QString() : found->constFirst().value(0).toString();
}

Result<void> SyncStore::removeMergedTerm(const QString &id)
{
    for (const QString &sql : {QStringLiteral("DELETE FROM sync_conflicts WHERE record_id = ?"),
                               QStringLiteral("DELETE FROM sync_errors WHERE record_id = ?"),
                               QStringLiteral("DELETE FROM sync_obsolete_revisions "
                                              "WHERE record_id = ?"),
                               QStringLiteral("DELETE FROM taxonomy WHERE id = ?")}) {
        if (auto removed = execute(sql, {id}); !removed) {
            return removed;
        }
    }
    return {};
}

Result<void> SyncStore::writeMerged(const QJsonObject &merged, const QJsonObject &remote)
{
    return writeDocument(merged, true, remote, remote.value(QLatin1String("_rev")).toString());
}

Result<void> SyncStore::forgetServerRevision(RecordKind kind, const QString &id)
{
    return execute(QStringLiteral("UPDATE ") + tableOf(kind)
                       + QStringLiteral(" SET dirty = 1, server_rev = NULL WHERE id = ?"),
                   {id});
}

Result<void> SyncStore::startPulledIds()
{
    if (auto created = execute(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS sync_pulled_ids "
                                              "(id TEXT PRIMARY KEY) WITHOUT ROWID"),
                               {});
        !created) {
        return created;
    }
    return execute(QStringLiteral("DELETE FROM temp.sync_pulled_ids"), {});
}

Result<void> SyncStore::addPulledIds(const QStringList &documentIds)
{
    for (const QString &documentId : documentIds) {
        const auto parsed = DocumentCodec::parseDocumentId(documentId);
        if (!parsed) {
            continue;
        }
        if (auto added
            = execute(QStringLiteral("INSERT OR IGNORE INTO temp.sync_pulled_ids (id) VALUES (?)"),
                      {parsed->second});
            !added) {
            return added;
        }
    }
    return {};
}

Result<QStringList> SyncStore::forgetRevisionsNotPulled()
{
    // Deleted records are left out: sending a deletion again needs the
    // administrator role, and a record deleted everywhere needs no copy.
    const QString missing = QStringLiteral(
        " t WHERE t.server_rev IS NOT NULL AND t.deleted = 0 "
        "AND NOT EXISTS (SELECT 1 FROM temp.sync_pulled_ids p WHERE p.id = t.id) "
        "AND NOT EXISTS (SELECT 1 FROM sync_conflicts c WHERE c.record_id = t.id)");
    QStringList forgotten;
    for (RecordKind kind : AllRecordKinds) {
        auto found = rows(QStringLiteral("SELECT t.id FROM ") + tableOf(kind) + missing, {});
        if (!found) {
            return found.error();
        }
        if (found->isEmpty()) {
            continue;
        }
        for (const QSqlRecord &row : std::as_const(*found)) {
            forgotten.append(row.value(0).toString());
        }
        if (auto marked = execute(QStringLiteral("UPDATE ") + tableOf(kind)
                                      + QStringLiteral(" SET dirty = 1, server_rev = NULL "
                                                       "WHERE id IN (SELECT t.id FROM ")
                                      + tableOf(kind) + missing + QLatin1Char(')'),
                                  {});
            !marked) {
            return marked.error();
        }
    }
    if (auto cleared = execute(QStringLiteral("DELETE FROM temp.sync_pulled_ids"), {}); !cleared) {
        return cleared.error();
    }
    return forgotten;
}

Result<bool> SyncStore::markPushed(const QJsonObject &pushed, const QString &revision)
{
    const auto parsed
        = DocumentCodec::parseDocumentId(pushed.value(QLatin1String("_id")).toString());
    if (!parsed) {
        return Error{SyncStoreMessages::tr("The pushed document has no valid id."), {}};
    }
    QJsonObject stored = pushed;
    stored.insert(QStringLiteral("_rev"), revision);
    if (auto cleared = clearRecordError(parsed->second); !cleared) {
        return cleared.error();
    }
    // Every write of a record through the Store stores a strictly newer
    // updated_at (see nextUpdatedAtSql()), so a row that still has the pushed
    // updated_at contains what was pushed. Such a row becomes clean without being
    // read and encoded again, which is most of the cost of a large push.
    const QString pushedUpdatedAt = pushed.value(QLatin1String("updated_at")).toString();
    if (!pushedUpdatedAt.isEmpty()) {
        auto marked = run(QStringLiteral("UPDATE ") + tableOf(parsed->first)
                              + QStringLiteral(" SET dirty = 0, server_rev = ?, synced_json = ? "
                                               "WHERE id = ? AND updated_at = ?"),
                          {revision, jsonText(stored), parsed->second, pushedUpdatedAt});
        if (!marked) {
            return marked.error();
        }
        const int affected = (*marked)->numRowsAffected();
        (*marked)->finish();
        if (affected == 1) {
            return true;
        }
    }
    auto local = localDocument(parsed->first, parsed->second);
    if (!local) {
        return local.error();
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

} // namespace CoopAtlas::Core
