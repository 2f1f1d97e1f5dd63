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

/// One ORDER BY term of a list page.
struct SortTerm
{
    QString column;  ///< the stored column, selected into the sort key
    QString ordered; ///< the term as ordered and compared, with its collation
    bool nullable = true;
};

/// The ORDER BY terms of the query, the row id last.
QList<SortTerm> sortTerms(const ListQuery &query)
{
    // Columns declared NOT NULL in the record tables; the others may hold NULL.
    static const QStringList notNull{
        QStringLiteral("sort_name"), QStringLiteral("type"), QStringLiteral("rowid")};
    QStringList order = sortColumn(query).order;
    order.append(QStringLiteral("rowid"));
    QList<SortTerm> terms;
    for (const QString &term : std::as_const(order)) {
        const QString column = term.section(u' ', 0, 0);
        terms.append({column, term, !notNull.contains(column)});
    }
    return terms;
}

/// The SELECT and FROM part of a page query, with the sort key after the columns.
QString selectClause(const ListQuery &query)
{
    QStringList selected{QStringLiteral("id")};
    for (const ListColumn &column : columns(query.table)) {
        selected.append(column.select);
    }
    for (const SortTerm &term : sortTerms(query)) {
        selected.append(term.column);
    }
    return QStringLiteral("SELECT ") + selected.join(QStringLiteral(", "))
           + QStringLiteral(" FROM ") + tableName(query.table);
}

QString orderClause(const ListQuery &query)
{
    const QString direction
        = query.sortOrder == Qt::DescendingOrder ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QStringList order;
    for (const SortTerm &term : sortTerms(query)) {
        order.append(term.ordered + direction);
    }
    return QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", "));
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
    Statement statement = whereClause(query, matchExpression, true);
    statement.sql = selectClause(query) + statement.sql + orderClause(query)
                    + QStringLiteral(" LIMIT ? OFFSET ?");
    statement.values.append(limit);
    statement.values.append(offset);
    return statement;
}

qsizetype sortKeySize(const ListQuery &query)
{
    return sortTerms(query).size();
}

QList<Statement> pageAfterStatements(const ListQuery &query,
                                     const QString &matchExpression,
                                     const QVariantList &sortKey,
                                     int limit)
{
    // The rows after the key (v1, ..., vn) come in groups. First come the rows
    // equal to v1..vn-1 whose term n follows vn, then the rows equal to
    // v1..vn-2 whose term n-1 follows vn-1, and so on. The rows whose first
    // term follows v1 come last. Each group is one statement with equality on
    // a prefix of the sort index and a range on the next term, so SQLite seeks
    // the index instead of walking it from the start as OFFSET does. A single
    // row value comparison is not enough, because it is NULL as soon as it
    // meets a NULL term, and SQLite sorts NULLs first in ascending order and
    // last in descending order.
    const QList<SortTerm> terms = sortTerms(query);
    Q_ASSERT(sortKey.size() == terms.size());
    const bool descending = query.sortOrder == Qt::DescendingOrder;

    // The condition of each group, in the order of the groups.
    QList<Statement> groups;
    const auto addGroup = [&](qsizetype term, const QString &condition, const QVariantList &bound) {
        Statement group;
        for (qsizetype i = 0; i < term; ++i) {
            if (sortKey.at(i).isNull()) {
                group.sql += terms.at(i).ordered + QStringLiteral(" IS NULL AND ");
            } else {
                group.sql += terms.at(i).ordered + QStringLiteral(" = ? AND ");
                group.values.append(sortKey.at(i));
            }
        }
        group.sql += terms.at(term).ordered + condition;
        group.values.append(bound);
        groups.append(group);
    };
    for (qsizetype term = qMin(terms.size(), sortKey.size()) - 1; term >= 0; --term) {
        const QVariant &value = sortKey.at(term);
        if (!descending) {
            if (!value.isNull()) {
                addGroup(term, QStringLiteral(" > ?"), {value});
            } else if (terms.at(term).nullable) {
                addGroup(term, QStringLiteral(" IS NOT NULL"), {});
            }
        } else if (!value.isNull()) {
            addGroup(term, QStringLiteral(" < ?"), {value});
            if (terms.at(term).nullable) {
                addGroup(term, QStringLiteral(" IS NULL"), {});
            }
        }
    }
    if (groups.isEmpty()) {
        return {};
    }
    // With a text filter, SQLite reads the matches of the full-text index and
    // sorts them for every statement, so one statement with the groups joined
    // by OR costs less than one statement per group.
    if (!matchExpression.isEmpty()) {
        QStringList conditions;
        Statement any;
        for (const Statement &group : std::as_const(groups)) {
            conditions.append(u'(' + group.sql + u')');
            any.values.append(group.values);
        }
        any.sql = u'(' + conditions.join(QStringLiteral(" OR ")) + u')';
        groups = {any};
    }

    const Statement where = whereClause(query, matchExpression, true);
    const QString select = selectClause(query);
    const QString order = orderClause(query) + QStringLiteral(" LIMIT ?");
    QList<Statement> statements;
    for (const Statement &group : std::as_const(groups)) {
        Statement statement{select + where.sql + QStringLiteral(" AND ") + group.sql + order,
                            where.values};
        statement.values.append(group.values);
        statement.values.append(limit);
        statements.append(statement);
    }
    return statements;
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
