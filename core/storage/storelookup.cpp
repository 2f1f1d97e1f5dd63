// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Candidate lookups for duplicate detection during import.
#include "store_p.h"

namespace CoopAtlas::Core {

namespace {

// sort_name contains foldForMatching(name), so a prefix is a range on the
// organisations_by_name / persons_by_name indexes. U+FFFF sorts after every
// other character of the Basic Multilingual Plane in SQLite's binary collation.
// NOTE: a name whose character after the prefix lies outside that plane is missed.
QVariantList prefixRange(const QString &foldedPrefix, int limit)
{
    return {foldedPrefix, QString(foldedPrefix + QChar(0xFFFF)), limit};
}

} // namespace

Result<QList<Organisation>> Store::organisationsByNamePrefix(const QString &foldedPrefix,
                                                             int limit) const
{
    auto rows = d->records(QStringLiteral("SELECT * FROM organisations WHERE deleted = 0 "
                                          "AND sort_name >= ? AND sort_name < ? "
                                          "ORDER BY sort_name, id LIMIT ?"),
                           prefixRange(foldedPrefix, limit));
    if (!rows) {
        return rows.error();
    }
    QList<Organisation> organisations;
    organisations.reserve(rows->size());
    for (const QSqlRecord &row : *rows) {
        organisations.append(RecordRows::readOrganisation(row));
    }
    return organisations;
}

Result<QList<Person>> Store::personsByNamePrefix(const QString &foldedPrefix, int limit) const
{
    auto rows = d->records(QStringLiteral("SELECT * FROM persons WHERE deleted = 0 "
                                          "AND sort_name >= ? AND sort_name < ? "
                                          "ORDER BY sort_name, id LIMIT ?"),
                           prefixRange(foldedPrefix, limit));
    if (!rows) {
        return rows.error();
    }
    QList<Person> persons;
    persons.reserve(rows->size());
    for (const QSqlRecord &row : *rows) {
        persons.append(RecordRows::readPerson(row));
    }
    return persons;
}

} // namespace CoopAtlas::Core
