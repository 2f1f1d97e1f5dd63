// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Store: tombstones, lists, search and dashboard queries.
#include <core/logging.h>
#include <core/storage/activitystore.h>
#include <core/storage/listsql.h>
#include <core/storage/searchexpression.h>
#include <core/storage/store.h>
#include <core/storage/store_p.h>

namespace CoopAtlas::Core {

using namespace RecordRows;

namespace {

QStringList firstColumn(const QList<QSqlRecord> &rows)
{
    QStringList values;
    for (const QSqlRecord &row : rows) {
        values.append(row.value(0).toString());
    }
    return values;
}

/// Growth points from rows of (month "YYYY-MM", series key, count).
Result<QList<GrowthPoint>> growthPoints(const Result<QList<QSqlRecord>> &rows)
{
    if (!rows) {
        return rows.error();
    }
    QList<GrowthPoint> points;
    for (const QSqlRecord &row : *rows) {
        const QDate period
            = QDate::fromString(row.value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
        points.append({period, row.value(1).toString(), row.value(2).toInt()});
    }
    return points;
}

} // namespace

// --- Tombstones --------------------------------------------------------------

Result<QList<QPair<RecordKind, QString>>> Store::Private::dependentIds(RecordKind kind,
                                                                       const QString &id)
{
    QStringList links;
    if (kind == RecordKind::Organisation || kind == RecordKind::Person) {
        auto rows = records(QStringLiteral("SELECT id FROM links WHERE from_id = ? AND deleted = 0 "
                                           "UNION ALL "
                                           "SELECT id FROM links WHERE to_id = ? AND deleted = 0"),
                            {id, id});
        if (!rows) {
            return rows.error();
        }
        links = firstColumn(*rows);
    }
    auto activityDependents = activityDependentIds(kind, id);
    if (!activityDependents) {
        return activityDependents.error();
    }
    auto participantDependents = participantDependentIds(kind, id);
    if (!participantDependents) {
        return participantDependents.error();
    }
    QList<QPair<RecordKind, QString>> dependents = *activityDependents + *participantDependents;
    QStringList noted{id};
    for (const QString &link : links) {
        dependents.append({RecordKind::Link, link});
    }
    for (const auto &participantDependent : *participantDependents) {
        noted.append(participantDependent.second);
    }
    for (const QString &recordId : noted + links) {
        auto rows = records(QStringLiteral("SELECT id FROM notes WHERE record_id = ? "
                                           "AND deleted = 0"),
                            {recordId});
        if (!rows) {
            return rows.error();
        }
        for (const QString &note : firstColumn(*rows)) {
            dependents.append({RecordKind::Note, note});
        }
    }
    return dependents;
}

Result<void> Store::Private::setDeleted(const QString &table, const QString &id, bool deleted)
{
    const QString now = timestampText(QDateTime::currentDateTimeUtc());
    const QString sql
        = QStringLiteral("UPDATE ") + table
          + QStringLiteral(" SET deleted = ?, deleted_at = ?, updated_at = ") + nextUpdatedAtSql()
          + QStringLiteral(", updated_by = ?, dirty = 1 WHERE id = ? AND deleted = ?");
    auto changed = execute(sql,
                           {deleted ? 1 : 0,
                            deleted ? QVariant(now) : QVariant(),
                            now,
                            db.author(),
                            id,
                            deleted ? 0 : 1});
    if (!changed) {
        return changed.error();
    }
    if (*changed == 0) {
        const QString message = deleted ? tr("Record %1 was not found in %2 or is already deleted. "
                                             "Reload the list and try again.")
                                        : tr("Record %1 was not found in %2 or is not deleted, so "
                                             "there is nothing to restore.");
        return Error{message.arg(id, table), id};
    }
    return {};
}

Result<QStringList> Store::remove(RecordKind kind, const QString &id)
{
    Transaction transaction(*m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    auto dependents = d->dependentIds(kind, id);
    if (!dependents) {
        return dependents.error();
    }
    auto places = d->registeredPlaces(kind, id);
    if (!places) {
        return places.error();
    }
    QStringList ids;
    for (const auto &[touchedKind, touched] : QList{qMakePair(kind, id)} + *dependents) {
        if (auto done = d->setDeleted(tableFor(touchedKind), touched, true); !done) {
            return done.error();
        }
        d->queueChange(touchedKind, touched);
        ids.append(touched);
    }
    // The places of a removed participant go to the first ones waiting.
    QHash<QString, QStringList> promotions;
    for (const auto &[participation, workshop] : *places) {
        auto promoted = ActivityStore(*this).promoteWaiting(workshop);
        if (!promoted) {
            return promoted.error();
        }
        promotions.insert(participation, *promoted);
    }
    if (kind == RecordKind::Taxonomy) {
        d->termKeys.clear();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    d->promotedOnRemoval.insert(promotions);
    return ids;
}

Result<void> Store::restore(const QStringList &ids)
{
    Transaction transaction(*m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    if (auto undone = d->undoPromotions(ids); !undone) {
        return undone;
    }
    for (const QString &id : ids) {
        auto described = describe(id);
        if (!described) {
            return described.error();
        }
        if (auto done = d->setDeleted(tableFor(described->first), id, false); !done) {
            return done.error();
        }
        d->queueChange(described->first, id);
        if (described->first == RecordKind::Participation) {
            if (auto fitted = d->fitRestoredRegistration(id); !fitted) {
                return fitted;
            }
        }
    }
    // A link or note may only come back together with the records it is about.
    for (const QString &id : ids) {
        if (auto restoredLink = link(id); restoredLink) {
            for (const QString &end : {restoredLink->fromId, restoredLink->toId}) {
                if (auto endpoint = d->liveEndpoint(end); !endpoint) {
                    return endpoint.error();
                }
            }
        } else if (auto restoredNote = note(id); restoredNote) {
            if (auto checked = d->checkNote(*restoredNote); !checked) {
                return checked.error();
            }
        } else if (auto described = describe(id); described) {
            if (auto checked = d->checkActivityParent(described->first, id); !checked) {
                return checked.error();
            }
        }
    }
    d->termKeys.clear();
    return transaction.commit();
}

Result<QPair<RecordKind, QString>> Store::describe(const QString &id) const
{
    static const QHash<RecordKind, QString> nameSql{
        {RecordKind::Organisation, QStringLiteral("SELECT name FROM organisations WHERE id = ?")},
        {RecordKind::Person, QStringLiteral("SELECT formatted_name FROM persons WHERE id = ?")},
        {RecordKind::Link,
         QStringLiteral("SELECT coalesce(from_name, '') || ' – ' || type || ' – ' || "
                        "coalesce(to_name, '') FROM links WHERE id = ?")},
        {RecordKind::Note, QStringLiteral("SELECT substr(text, 1, 80) FROM notes WHERE id = ?")},
        {RecordKind::Taxonomy, QStringLiteral("SELECT label_en FROM taxonomy WHERE id = ?")},
    };
    for (RecordKind kind : AllRecordKinds) {
        auto name = d->scalar(nameSql.value(kind, activityNameSql(kind)), {id});
        if (!name) {
            return name.error();
        }
        if (!name->isNull()) {
            return qMakePair(kind, name->toString());
        }
    }
    return Error{tr("No record with id %1 exists in this file. It may come from another data "
                    "file.")
                     .arg(id),
                 id};
}

// --- Lists -------------------------------------------------------------------

QStringList Store::listColumns(ListTable table)
{
    return ListSql::columnTitles(table);
}

Result<qint64> Store::count(const ListQuery &query) const
{
    const QString matchExpression = ftsMatchExpression(query.filterText);
    if (ListSql::isUnfiltered(query, matchExpression)) {
        return d->liveCount(ListSql::tableName(query.table));
    }
    const auto statement = ListSql::countStatement(query, matchExpression);
    auto value = d->scalar(statement.sql, statement.values);
    if (!value) {
        return value.error();
    }
    return value->toLongLong();
}

namespace {

/// Appends the rows of a page statement (see ListSql::pageStatement) to `page`.
void appendListRows(QSqlQuery &rows, ListTable table, qsizetype sortKeySize, QList<ListRow> &page)
{
    const int columns = int(Store::listColumns(table).size());
    while (rows.next()) {
        ListRow row{rows.value(0).toString(), {}, {}};
        row.values.reserve(columns);
        for (int column = 0; column < columns; ++column) {
            row.values.append(ListSql::displayValue(table, column, rows.value(column + 1)));
        }
        row.sortKey.reserve(sortKeySize);
        for (int term = 0; term < sortKeySize; ++term) {
            row.sortKey.append(rows.value(columns + 1 + term));
        }
        page.append(row);
    }
    rows.finish();
}

} // namespace

Result<QList<ListRow>> Store::page(const ListQuery &query, qint64 offset, int limit) const
{
    const auto statement
        = ListSql::pageStatement(query, ftsMatchExpression(query.filterText), offset, limit);
    auto result = d->run(statement.sql, statement.values);
    if (!result) {
        return result.error();
    }
    QList<ListRow> page;
    appendListRows(**result, query.table, ListSql::sortKeySize(query), page);
    return page;
}

Result<QList<ListRow>>
Store::pageAfter(const ListQuery &query, const QVariantList &sortKey, int limit) const
{
    if (sortKey.isEmpty()) {
        return page(query, 0, limit);
    }
    const qsizetype keySize = ListSql::sortKeySize(query);
    if (sortKey.size() != keySize) {
        qCWarning(lcDb) << "Sort key of" << sortKey.size() << "values for a list sorted by"
                        << keySize << "terms";
        return Error{tr("The list position does not belong to the list's sort order. Reload "
                        "the list."),
                     {}};
    }
    QList<ListRow> page;
    for (ListSql::Statement &statement : ListSql::pageAfterStatements(
             query, ftsMatchExpression(query.filterText), sortKey, limit)) {
        if (page.size() >= limit) {
            break;
        }
        statement.values.last() = limit - int(page.size());
        auto result = d->run(statement.sql, statement.values);
        if (!result) {
            return result.error();
        }
        appendListRows(**result, query.table, keySize, page);
    }
    return page;
}

// --- Search ------------------------------------------------------------------

Result<QList<SearchHit>> Store::search(const QString &text, int limit) const
{
    const QString expression = ftsMatchExpression(text);
    if (expression.isEmpty()) {
        return QList<SearchHit>{};
    }
    // Title matches weigh ten times more than body matches.
    // NOTE: bm25 ranks every match before LIMIT applies. A one-letter prefix that
    // matched 2.2 million rows took 1.5 s in bench_store's generated file.
    auto rows = d->records(QStringLiteral("SELECT kind, record_id, title, "
                                          "snippet(search_index, -1, '', '', '…', 12) "
                                          "FROM search_index WHERE search_index MATCH ? "
                                          "ORDER BY bm25(search_index, 0, 0, 10.0, 1.0) LIMIT ?"),
                           {expression, limit});
    if (!rows) {
        return rows.error();
    }
    QList<SearchHit> hits;
    for (const QSqlRecord &row : *rows) {
        SearchHit hit;
        hit.id = row.value(1).toString();
        hit.kind = recordKindFromName(row.value(0).toString()).value_or(RecordKind::Note);
        hit.title = row.value(2).toString();
        hit.snippet = row.value(3).toString();
        if (hit.kind == RecordKind::Note) {
            auto about = note(hit.id);
            auto target = about ? describe(about->recordId) : about.error();
            hit.title = target ? tr("Note on %1").arg(target->second) : tr("Note");
        }
        hits.append(hit);
    }
    return hits;
}

// --- Dashboard ---------------------------------------------------------------

Result<QList<GrowthPoint>> Store::organisationGrowth(const QString &vocabulary) const
{
    QString column;
    if (vocabulary == QLatin1String(Vocabulary::OrganisationKind)) {
        column = QStringLiteral("kind");
    } else if (vocabulary == QLatin1String(Vocabulary::Stage)) {
        column = QStringLiteral("stage");
    } else {
        return Error{tr("Growth can be shown by kind or by stage, not by \"%1\".").arg(vocabulary),
                     vocabulary};
    }
    // NOTE: this scans every live organisation, about 1.5 s for 1,000,000 rows
    // in bench_store on a 2-core machine, so large files need a worker thread.
    return growthPoints(d->records(QStringLiteral("SELECT substr(founded, 1, 7) AS month, "
                                                  "coalesce(%1, '') AS series, count(*) "
                                                  "FROM organisations WHERE deleted = 0 "
                                                  "AND length(founded) >= 7 "
                                                  "GROUP BY month, series ORDER BY month, series")
                                       .arg(column),
                                   {}));
}

Result<QList<GrowthPoint>> Store::foundingsBySector(const QString &kind) const
{
    // sectors is a JSON array of term keys, so its first element is the first sector.
    return growthPoints(
        d->records(QStringLiteral("SELECT substr(founded, 1, 7) AS month, "
                                  "coalesce(json_extract(sectors, '$[0]'), '') AS series, "
                                  "count(*) FROM organisations WHERE deleted = 0 AND kind = ? "
                                  "AND length(founded) >= 7 "
                                  "GROUP BY month, series ORDER BY month, series"),
                   {kind}));
}

Result<qint64> Store::undatedOrganisationCount(const QString &kind) const
{
    const QString sql = QStringLiteral("SELECT count(*) FROM organisations WHERE deleted = 0 "
                                       "AND coalesce(length(founded), 0) < 7");
    auto value = kind.isEmpty() ? d->scalar(sql, {})
                                : d->scalar(sql + QStringLiteral(" AND kind = ?"), {kind});
    if (!value) {
        return value.error();
    }
    return value->toLongLong();
}

Result<QList<QPair<QString, int>>> Store::countsByCommune() const
{
    auto rows = d->records(QStringLiteral("SELECT commune, count(*) FROM organisations "
                                          "WHERE deleted = 0 AND commune <> '' "
                                          "GROUP BY commune ORDER BY commune"),
                           {});
    if (!rows) {
        return rows.error();
    }
    QList<QPair<QString, int>> counts;
    for (const QSqlRecord &row : *rows) {
        counts.append({row.value(0).toString(), row.value(1).toInt()});
    }
    return counts;
}

Result<qint64> Store::Private::liveCount(const QString &table)
{
    auto value
        = scalar(QStringLiteral("SELECT live FROM record_counts WHERE table_name = ?"), {table});
    if (!value) {
        return value.error();
    }
    if (value->isNull()) {
        return Error{tr("The data file has no row count for the table %1, so the file may be "
                        "damaged. Open a backup copy of the file.")
                         .arg(table),
                     table};
    }
    return value->toLongLong();
}

Result<qint64> Store::totalCount(RecordKind kind) const
{
    if (kind == RecordKind::Organisation || kind == RecordKind::Person
        || kind == RecordKind::Link) {
        return d->liveCount(tableFor(kind));
    }
    auto value = d->scalar(QStringLiteral("SELECT count(*) FROM ") + tableFor(kind)
                               + QStringLiteral(" WHERE deleted = 0"),
                           {});
    if (!value) {
        return value.error();
    }
    return value->toLongLong();
}

} // namespace CoopAtlas::Core
