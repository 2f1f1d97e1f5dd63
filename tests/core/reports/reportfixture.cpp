// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportfixture.h"

#include <core/storage/database.h>
#include <core/storage/store.h>

using namespace CoopAtlas::Core;

namespace ReportFixture {

namespace {

struct OrganisationRow
{
    const char *shortName;
    const char *kind;
    const char *sectors; ///< comma-separated term keys
    const char *stage;
    const char *commune;
    const char *model;
};

struct LinkRow
{
    const char *shortName;
    const char *from;
    const char *to;
    const char *type;
    QDate start;
    QDate end;
};

} // namespace

QString organisationName(const QString &shortName)
{
    // Names with letters outside Latin-1 and an emoji, as the PDF must draw them.
    static const QHash<QString, QString> names{
        {QStringLiteral("H1"), QStringLiteral("Ølstad Mobility")},
        {QStringLiteral("H2"), QStringLiteral("Łódź Food Co-op")},
        {QStringLiteral("H3"), QStringLiteral("Ősz Platform 🚲")},
        {QStringLiteral("H4"), QStringLiteral("Řeka Culture · Lab")},
        {QStringLiteral("S1"), QStringLiteral("SAW-B")},
        {QStringLiteral("S2"), QStringLiteral("Febecoop · Łódź Ősz Řeka 🤝")},
        {QStringLiteral("F1"), QStringLiteral("Région de Bruxelles-Capitale")}};
    return names.value(shortName);
}

QHash<QString, QString> createStore(const QString &path)
{
    auto database = Database::open(path);
    if (!database) {
        return {};
    }
    Store store(std::move(database).value());
    const QList<OrganisationRow> organisations{
        {"H1", "project-holder", "mobility,food", "launched", "ixelles", "worker-owned"},
        {"H2", "project-holder", "food", "idea", "saint-gilles", "user-owned"},
        {"H3", "project-holder", "", "prototype", "", ""},
        {"H4", "project-holder", "culture", "paused", "anderlecht", "user-owned"},
        {"S1", "support-organisation", "", "", "", ""},
        {"S2", "support-organisation", "", "", "", ""},
        {"F1", "funder", "", "", "", ""}};
    QHash<QString, QString> ids;
    for (const OrganisationRow &row : organisations) {
        Organisation org;
        org.name = organisationName(QLatin1String(row.shortName));
        org.kind = QLatin1String(row.kind);
        org.sectors = QString::fromLatin1(row.sectors).split(u',', Qt::SkipEmptyParts);
        org.stage = QLatin1String(row.stage);
        org.commune = QLatin1String(row.commune);
        org.cooperativeModel = QLatin1String(row.model);
        const Result<QString> id = store.insertOrganisation(org);
        if (!id) {
            qWarning("%s", qPrintable(id.error().text()));
            return {};
        }
        ids.insert(QLatin1String(row.shortName), *id);
    }
    const QList<LinkRow> links{
        {"L1", "S1", "H1", "supports", QDate(2026, 2, 1), {}},
        {"L2", "F1", "H1", "funds", QDate(2025, 11, 1), QDate(2026, 1, 15)},
        {"L3", "S2", "H2", "supports", QDate(2026, 3, 10), {}},
        {"L4", "S1", "H3", "supports", QDate(2024, 6, 1), {}},
        {"L5", "S2", "H4", "supports", QDate(2025, 10, 1), QDate(2025, 12, 31)},
        {"L6", "H1", "H2", "partners-with", QDate(2026, 1, 20), {}},
        {"L7", "S1", "S2", "supports", QDate(2026, 2, 2), {}}};
    for (const LinkRow &row : links) {
        Link link;
        link.fromId = ids.value(QLatin1String(row.from));
        link.toId = ids.value(QLatin1String(row.to));
        link.type = QLatin1String(row.type);
        link.start = row.start;
        link.end = row.end;
        const Result<QString> id = store.insertLink(link);
        if (!id) {
            qWarning("%s", qPrintable(id.error().text()));
            return {};
        }
        ids.insert(QLatin1String(row.shortName), *id);
    }
    return ids;
}

} // namespace ReportFixture
