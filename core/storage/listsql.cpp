// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listsql.h"

#include <core/storage/recordrows.h>

#include <QCoreApplication>

namespace CoopAtlas::Core::ListSql {

namespace {

enum class ValueType { Text, Date, Timestamp };

/// One list column: the selected column, the ORDER BY terms that an index of
/// the table covers (see the list indexes of the schema, version 2), and its
/// value type. The row id is the last ORDER BY term of every list.
struct ListColumn
{
    const char *title;
    QString select;
    QStringList order;
    ValueType type = ValueType::Text;
};

QStringList terms(const char *first, const char *second, const char *third = nullptr)
{
    QStringList list{QLatin1String(first), QLatin1String(second)};
    if (third != nullptr) {
        list.append(QLatin1String(third));
    }
    return list;
}

const QList<ListColumn> &columns(ListTable table)
{
    static const QList<ListColumn> organisations{
        {QT_TRANSLATE_NOOP("CoopAtlas::Core::Store", "Name"),
         QStringLiteral("name"),
         {QStringLiteral("sort_name")}},
        {QT_TRANSLATE_NOOP("CoopAtlas::Core::Store", "Kind"),
         QStringLiteral("kind"),
         terms("kind", "sort_name")},
        {QT_TRANSLATE_NOOP("CoopAtlas::Core::Store", "Stage"),
         QStringLiteral("stage"),
         terms("stage", "sort_name", "kind")},
        {QT_TRANSLATE_NOOP("CoopAtlas::Core::Store", "Commune"),
         QStringLiteral("commune"),
         terms("commune", "sort_name", "kind")},
        {QT_TRANSLATE_NOOP("CoopAtlas::Core::Store", "Locality"),
         QStringLiteral("locality"),
         terms("locality COLLATE NOCASE", "sort_name", "kind")},
        {QT_TRANSLATE_NOOP("CoopAtlas::Core::Store", "Country"),
         QStringLiteral("country"),
         terms("country COLLATE NOCASE", "sort_name", "kind")},
        {QT_TRANSLATE_NOOP("CoopAtlas::Core::Store", "Founded"),
         QStringLiteral("founded"),
         terms("founded", "sort_name", "kind"),
         ValueType::Date},
        {QT_TRANSLATE_NOOP("CoopAtlas::Core::Store", "Updated"),
         QStringLiteral("updated_at"),
         terms("updated_at", "sort_name", "kind"),
         ValueType::Timestamp},
    };
    static const QList<ListColumn> people{
        {QT_TRANSLATE_NOOP("CoopAtlas::Core::Store", "Name"),
         QStringLiteral("formatted_name"),
         {QStringLiteral("sort_name")}},
        {QT_TRANSLATE_NOOP("CoopAtlas::Core::Store", "Organisation"),
         QStringLiteral("organisation_name"),
         terms("organisation_name COLLATE NOCASE", "sort_name")},
        {QT_TRANSLATE_NOOP("CoopAtlas::Core::Store", "E-mail"),
         QStringLiteral("email"),
         terms("email COLLATE NOCASE", "sort_name")},
        {QT_TRANSLATE_NOOP("CoopAtlas::Core::Store", "Phone"),
         QStringLiteral("phone"),
         terms("phone", "sort_name")},
        {QT_TRANSLATE_NOOP("CoopAtlas::Core::Store", "Updated"),
         QStringLiteral("updated_at"),
         terms("updated_at", "sort_name"),
         ValueType::Timestamp},
    };
    static const QList<ListColumn> links{
        {QT_TRANSLATE_NOOP("CoopAtlas::Core::Store", "From"),
         QStringLiteral("from_name"),
         terms("from_sort", "to_sort")},
        {QT_TRANSLATE_NOOP("CoopAtlas::Core::Store", "Type"),
         QStringLiteral("type"),
         terms("type", "from_sort")},
        {QT_TRANSLATE_NOOP("CoopAtlas::Core::Store", "To"),
         QStringLiteral("to_name"),
         terms("to_sort", "from_sort", "type")},
        {QT_TRANSLATE_NOOP("CoopAtlas::Core::Store", "Start"),
         QStringLiteral("start_date"),
         terms("start_date", "from_sort", "type"),
         ValueType::Date},
        {QT_TRANSLATE_NOOP("CoopAtlas::Core::Store", "End"),
         QStringLiteral("end_date"),
         terms("end_date", "from_sort", "type"),
         ValueType::Date},
    };
    switch (table) {
    case ListTable::People:
        return people;
    case ListTable::Links:
        return links;
    case ListTable::Organisations:
        break;
    }
    return organisations;
}

QString searchKind(ListTable table)
{
    switch (table) {
    case ListTable::People:
        return QStringLiteral("person");
    case ListTable::Links:
        return QStringLiteral("link");
    case ListTable::Organisations:
        break;
    }
    return QStringLiteral("organisation");
}

/// People lists have no kind column, so they ignore the kind filter.
bool hasKindFilter(const ListQuery &query)
{
    return !query.kindFilter.isEmpty() && query.table != ListTable::People;
}

bool hasRecordFilter(const ListQuery &query)
{
    return !query.recordFilter.isEmpty() && query.table == ListTable::Links;
}

/// `forPage` is true for the page query, false for the count.
Statement whereClause(const ListQuery &query, const QString &matchExpression, bool forPage)
{
    Statement where{QStringLiteral(" WHERE deleted = 0"), {}};
    if (hasKindFilter(query)) {
        // The kind and type indexes also order by name (column 0), so they serve
        // a page sorted by columns 0 and 1. For any other sort column, a unary +
        // keeps SQLite from filtering through the kind index and then sorting all
        // matches: it walks the sort column's index and skips other kinds instead.
        const bool kindIndexOrders = query.sortColumn == 0 || query.sortColumn == 1;
        const QString plus = forPage && !kindIndexOrders ? QStringLiteral("+") : QString();
        where.sql += QStringLiteral(" AND ") + plus
                     + (query.table == ListTable::Links ? QStringLiteral("type = ?")
                                                        : QStringLiteral("kind = ?"));
        where.values.append(query.kindFilter);
    }
    if (hasRecordFilter(query)) {
        where.sql += QStringLiteral(" AND id IN (SELECT id FROM links WHERE from_id = ? "
                                    "UNION ALL SELECT id FROM links WHERE to_id = ?)");
        where.values.append(query.recordFilter);
        where.values.append(query.recordFilter);
    }
    if (!matchExpression.isEmpty()) {
        where.sql += QStringLiteral(" AND id IN (SELECT record_id FROM search_index "
                                    "WHERE search_index MATCH ? AND kind = '")
                     + searchKind(query.table) + QStringLiteral("')");
        where.values.append(matchExpression);
    }
    return where;
}

const ListColumn &sortColumn(const ListQuery &query)
{
    const QList<ListColumn> &list = columns(query.table);
    const bool valid = query.sortColumn >= 0 && query.sortColumn < list.size();
    return list.at(valid ? query.sortColumn : 0);
}

} // namespace

QString tableName(ListTable table)
{
    switch (table) {
    case ListTable::People:
        return QStringLiteral("persons");
    case ListTable::Links:
        return QStringLiteral("links");
    case ListTable::Organisations:
        break;
    }
    return QStringLiteral("organisations");
}

bool isUnfiltered(const ListQuery &query, const QString &matchExpression)
{
    return matchExpression.isEmpty() && !hasKindFilter(query) && !hasRecordFilter(query);
}

QStringList columnTitles(ListTable table)
{
    QStringList titles;
    for (const ListColumn &column : columns(table)) {
        titles.append(QCoreApplication::translate("CoopAtlas::Core::Store", column.title));
    }
    return titles;
}

Statement countStatement(const ListQuery &query, const QString &matchExpression)
{
    Statement where = whereClause(query, matchExpression, false);
    where.sql = QStringLiteral("SELECT count(*) FROM ") + tableName(query.table) + where.sql;
    return where;
}

Statement
pageStatement(const ListQuery &query, const QString &matchExpression, qint64 offset, int limit)
{
    QStringList selected{QStringLiteral("id")};
    for (const ListColumn &column : columns(query.table)) {
        selected.append(column.select);
    }
    const QString direction
        = query.sortOrder == Qt::DescendingOrder ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QStringList order = sortColumn(query).order;
    order.append(QStringLiteral("rowid"));
    for (QString &term : order) {
        term += direction;
    }

    Statement statement = whereClause(query, matchExpression, true);
    statement.sql = QStringLiteral("SELECT ") + selected.join(QStringLiteral(", "))
                    + QStringLiteral(" FROM ") + tableName(query.table) + statement.sql
                    + QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", "))
                    + QStringLiteral(" LIMIT ? OFFSET ?");
    // TODO: keyset paging (continue after the sort key and rowid of the last row
    // shown). OFFSET walks the index up to the offset, which took 40-200 ms at
    // offset 900,000 of 1,000,000 rows in bench_store on a 2-core machine.
    statement.values.append(limit);
    statement.values.append(offset);
    return statement;
}

QVariant displayValue(ListTable table, int column, const QVariant &stored)
{
    if (stored.isNull() || column < 0 || column >= columns(table).size()) {
        return stored;
    }
    switch (columns(table).at(column).type) {
    case ValueType::Date:
        return QDate::fromString(stored.toString(), Qt::ISODate);
    case ValueType::Timestamp:
        return RecordRows::timestampFromText(stored.toString());
    case ValueType::Text:
        break;
    }
    return stored;
}

} // namespace CoopAtlas::Core::ListSql
