// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkrows.h"

#include <core/storage/jsonfields.h>

#include <QCoreApplication>
#include <QSqlQuery>

namespace CoopAtlas::Core {

namespace {

// A class, not a helper function, so that lupdate files its strings under its context.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::NetworkRows)
};

/// Runs `sql` forward-only and calls `visit` for each row until it returns false.
Result<void>
forEachRow(Database &db, const QString &sql, const std::function<bool(const QSqlQuery &)> &visit)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        return Error{Text::tr("Reading the network failed. %1")
                         .arg(Database::describeError(query.lastError())),
                     db.path()};
    }
    while (query.next()) {
        if (!visit(query)) {
            return Error{Text::tr("Reading the network was cancelled."), db.path()};
        }
    }
    if (query.lastError().isValid()) {
        return Error{Text::tr("Reading the network failed. %1")
                         .arg(Database::describeError(query.lastError())),
                     db.path()};
    }
    return {};
}

} // namespace

Result<void> NetworkRows::readOrganisations(const std::function<bool(const Organisation &)> &visit)
{
    Organisation org;
    return forEachRow(m_db,
                      QStringLiteral("SELECT id, name, kind, stage, sectors, tags, commune "
                                     "FROM organisations WHERE deleted = 0"),
                      [&](const QSqlQuery &row) {
                          org.meta.id = row.value(0).toString();
                          org.name = row.value(1).toString();
                          org.kind = row.value(2).toString();
                          org.stage = row.value(3).toString();
                          org.sectors = JsonFields::toStringList(row.value(4).toString());
                          org.tags = JsonFields::toStringList(row.value(5).toString());
                          org.commune = row.value(6).toString();
                          return visit(org);
                      });
}

Result<void> NetworkRows::readPersons(const std::function<bool(const Person &)> &visit)
{
    Person person;
    return forEachRow(m_db,
                      QStringLiteral("SELECT id, formatted_name FROM persons WHERE deleted = 0"),
                      [&](const QSqlQuery &row) {
                          person.meta.id = row.value(0).toString();
                          person.formattedName = row.value(1).toString();
                          return visit(person);
                      });
}

Result<void> NetworkRows::readLinks(const std::function<bool(const Link &)> &visit)
{
    Link link;
    return forEachRow(m_db,
                      QStringLiteral("SELECT id, from_id, to_id, type, start_date, end_date "
                                     "FROM links WHERE deleted = 0"),
                      [&](const QSqlQuery &row) {
                          link.meta.id = row.value(0).toString();
                          link.fromId = row.value(1).toString();
                          link.toId = row.value(2).toString();
                          link.type = row.value(3).toString();
                          link.start = QDate::fromString(row.value(4).toString(), Qt::ISODate);
                          link.end = QDate::fromString(row.value(5).toString(), Qt::ISODate);
                          return visit(link);
                      });
}

} // namespace CoopAtlas::Core
