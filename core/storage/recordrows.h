// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>

#include <QList>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

namespace CoopAtlas::Core::RecordRows {

/// One column of a record table and the value to write to it.
struct Column
{
    QString name;
    QVariant value;
};
using Row = QList<Column>;

// Rows hold every column of a record except the meta columns (id, created_*,
// updated_*, sync state), which the store writes itself. The column order is
// the same for every record, so one prepared statement serves them all.

Row organisationRow(const Organisation &org);
Row personRow(const Person &person);
/// fromName and toName are the current names of the endpoints, kept in the row for lists.
Row linkRow(const Link &link, const QString &fromName, const QString &toName);
Row noteRow(const Note &note);
Row termRow(const TaxonomyTerm &term);

Organisation readOrganisation(const QSqlRecord &record);
Person readPerson(const QSqlRecord &record);
Link readLink(const QSqlRecord &record);
Note readNote(const QSqlRecord &record);
TaxonomyTerm readTerm(const QSqlRecord &record);

/// UTC ISO 8601 text with milliseconds, as stored in created_at and updated_at.
QString timestampText(const QDateTime &time);
QDateTime timestampFromText(const QString &text);
/// "YYYY-MM-DD", or a null value for an invalid date.
QVariant dateValue(QDate date);
/// Sort key of a name, lowercase and without accents (see foldForMatching()).
QString sortKey(const QString &name);

} // namespace CoopAtlas::Core::RecordRows
