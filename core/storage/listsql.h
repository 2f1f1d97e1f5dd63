// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/storage/store.h>

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace CoopAtlas::Core::ListSql {

/// SQL text and the values to bind to its placeholders, in order.
struct Statement
{
    QString sql;
    QVariantList values;
};

/// Translated column titles of a list, in the order of ListRow::values.
QStringList columnTitles(ListTable table);

/// Table name of a list.
QString tableName(ListTable table);
/// True when the query selects every live row of its table: no text filter, and
/// no kind or record filter that applies to the table.
bool isUnfiltered(const ListQuery &query, const QString &matchExpression);

/// `matchExpression` is ftsMatchExpression(query.filterText), or empty for no text filter.
Statement countStatement(const ListQuery &query, const QString &matchExpression);
/// Selects the id, one value per column, then the sort key (ListRow::sortKey),
/// in the query's sort order.
Statement
pageStatement(const ListQuery &query, const QString &matchExpression, qint64 offset, int limit);
/// Number of values in the sort key of a row of `query`.
qsizetype sortKeySize(const ListQuery &query);
/// Statements that select, one after the other, the rows that follow the row
/// with `sortKey` in the query's sort order, with the columns of
/// pageStatement(). Each ends with "LIMIT ?", whose value (`limit`) is the
/// last one bound, so that the caller can lower it for the next statement.
/// `sortKey` must have sortKeySize(query) values.
QList<Statement> pageAfterStatements(const ListQuery &query,
                                     const QString &matchExpression,
                                     const QVariantList &sortKey,
                                     int limit);

/// Converts a stored value of a list column to what a view shows (dates to QDate,
/// timestamps to QDateTime in UTC, text as it is).
QVariant displayValue(ListTable table, int column, const QVariant &stored);

} // namespace CoopAtlas::Core::ListSql
