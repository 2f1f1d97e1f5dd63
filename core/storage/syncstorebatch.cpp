// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SyncStore: records that a pull inserts many at a time.
#include "syncstore.h"

#include <core/storage/syncstore_p.h>

#include <QSqlRecord>

namespace CoopAtlas::Core {

using namespace SyncStoreText;

Result<bool> SyncStore::hasRecord(RecordKind kind, const QString &id)
{
    auto found = rows(
        QStringLiteral("SELECT 1 FROM ") + tableOf(kind) + QStringLiteral(" WHERE id = ?"), {id});
    if (!found) {
        return found.error();
    }
    return !found->isEmpty();
}

Result<bool> SyncStore::insertRemoteBatch(const QList<QJsonObject> &documents)
{
    if (documents.isEmpty()) {
        return true;
    }
    QList<SyncDocumentRow> batch;
    batch.reserve(documents.size());
    for (const QJsonObject &document : documents) {
        auto decoded = DocumentCodec::decode(document);
        if (!decoded) {
            return false;
        }
        auto row = documentRow(
            *decoded, false, document, document.value(QLatin1String("_rev")).toString());
        if (!row) {
            return row.error();
        }
        if (!batch.isEmpty()
            && (row->kind != batch.first().kind || row->names != batch.first().names)) {
            return false;
        }
        batch.append(std::move(*row));
    }
    for (qsizetype start = 0; start < batch.size(); start += InsertBatchRows) {
        if (auto inserted = insertRows(batch.first().kind, batch.mid(start, InsertBatchRows));
            !inserted) {
            return inserted.error();
        }
    }
    if (batch.first().displayName.isNull()) {
        return true;
    }
    if (auto updated = updateLinkEndsOf(batch); !updated) {
        return updated.error();
    }
    return true;
}

/// Inserts rows with the same columns in one statement. Plain INSERT, never
/// INSERT OR REPLACE, because the row count triggers would not see the
/// implicit delete.
Result<void> SyncStore::insertRows(RecordKind kind, const QList<SyncDocumentRow> &batch)
{
    const QStringList &names = batch.first().names;
    const QString placeholders
        = QStringLiteral("(?") + QStringLiteral(", ?").repeated(names.size()) + QLatin1Char(')');
    QStringList tuples;
    tuples.fill(placeholders, batch.size());
    const QString sql = QStringLiteral("INSERT INTO %1 (%2, id) VALUES %3")
                            .arg(tableOf(kind),
                                 names.join(QStringLiteral(", ")),
                                 tuples.join(QStringLiteral(", ")));
    QVariantList values;
    values.reserve(batch.size() * (names.size() + 1));
    for (const SyncDocumentRow &row : batch) {
        values += row.values;
    }
    if (auto written = execute(sql, values); !written) {
        return Error{written.error().message,
                     DocumentCodec::documentId(kind, batch.first().id) + QStringLiteral(" ...")};
    }
    return {};
}

/// Writes the names of newly inserted organisations or people into the links
/// that already refer to them, such as a link pulled before its organisation.
Result<void> SyncStore::updateLinkEndsOf(const QList<SyncDocumentRow> &batch)
{
    QHash<QString, QString> names;
    for (const SyncDocumentRow &row : batch) {
        names.insert(row.id, row.displayName);
    }
    for (qsizetype start = 0; start < batch.size(); start += InsertBatchRows) {
        const qsizetype count = qMin<qsizetype>(InsertBatchRows, batch.size() - start);
        const QString list = QStringLiteral("?") + QStringLiteral(", ?").repeated(count - 1);
        QVariantList ids;
        for (qsizetype i = start; i < start + count; ++i) {
            ids.append(batch.at(i).id);
        }
        auto linked = rows(QStringLiteral("SELECT from_id FROM links WHERE from_id IN (%1) "
                                          "UNION SELECT to_id FROM links WHERE to_id IN (%1)")
                               .arg(list),
                           ids + ids);
        if (!linked) {
            return linked.error();
        }
        for (const QSqlRecord &record : *linked) {
            const QString id = record.value(0).toString();
            if (auto updated = updateLinkEnds(id, names.value(id)); !updated) {
                return updated;
            }
        }
    }
    return {};
}

} // namespace CoopAtlas::Core
