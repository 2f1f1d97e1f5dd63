// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportfixture.h"

#include <core/storage/activitystore.h>
#include <core/storage/database.h>
#include <core/storage/store.h>

#include <QTimeZone>

#include <tuple>

using namespace CoopAtlas::Core;

namespace ReportFixture {

namespace {

/// Adds the resource K1 (recorded today, so outside both periods) and the barriers B1
/// (raised 2026-02-15, status "raised", with a recommendation) and B2 (raised
/// 2025-11-03, status "open").
bool addKnowledge(ActivityStore &activities, QHash<QString, QString> &ids)
{
    Resource resource;
    resource.title = QStringLiteral("Statute template");
    const Result<QString> resourceId = activities.insertResource(resource);
    if (!resourceId) {
        qWarning("%s", qPrintable(resourceId.error().text()));
        return false;
    }
    ids.insert(QStringLiteral("K1"), *resourceId);
    for (const auto &[name, raised, status, recommendation] :
         {std::tuple{"B1", QDate(2026, 2, 15), "raised", "Open public procurement to co-ops"},
          std::tuple{"B2", QDate(2025, 11, 3), "open", ""}}) {
        Barrier barrier;
        barrier.title = QStringLiteral("Barrier %1").arg(QLatin1String(name));
        barrier.raisedOn = raised;
        barrier.status = QLatin1String(status);
        barrier.recommendation = QLatin1String(recommendation);
        const Result<QString> id = activities.insertBarrier(barrier);
        if (!id) {
            qWarning("%s", qPrintable(id.error().text()));
            return false;
        }
        ids.insert(QLatin1String(name), *id);
    }
    return true;
}

/// Adds the people P1 and P2 and the held workshop W1 on 2026-02-10. In W1, P1 registered
/// and attended, H1 registered and was absent, and P2 cancelled. Also adds the planned
/// workshop W2 and the Berlin residency R1 (2026-03-01 to 2026-03-10) with P1's stay and
/// one budget line.
bool addActivities(Store &store, QHash<QString, QString> &ids)
{
    ActivityStore activities(store);
    for (const char *name : {"P1", "P2"}) {
        Person person;
        person.formattedName = QStringLiteral("Zoë %1").arg(QLatin1String(name));
        const Result<QString> id = store.insertPerson(person);
        if (!id) {
            qWarning("%s", qPrintable(id.error().text()));
            return false;
        }
        ids.insert(QLatin1String(name), *id);
    }
    const QTimeZone brussels("Europe/Brussels");
    for (const auto &[name, day, status] :
         {std::tuple{"W1", 10, "held"}, std::tuple{"W2", 20, "planned"}}) {
        Workshop workshop;
        workshop.title = QStringLiteral("Workshop %1").arg(QLatin1String(name));
        workshop.start = QDateTime(QDate(2026, 2, day), QTime(14, 0), brussels).toUTC();
        workshop.end = workshop.start.addSecs(7200);
        workshop.status = QLatin1String(status);
        workshop.axis = QStringLiteral("equip");
        const Result<QString> id = activities.insertWorkshop(workshop);
        if (!id) {
            qWarning("%s", qPrintable(id.error().text()));
            return false;
        }
        ids.insert(QLatin1String(name), *id);
    }
    for (const auto &[name, participant, registration, attendance] :
         {std::tuple{"A1", "P1", "registered", "attended"},
          std::tuple{"A2", "H1", "registered", "absent"},
          std::tuple{"A3", "P2", "cancelled", "unknown"}}) {
        Participation participation;
        participation.workshopId = ids.value(QStringLiteral("W1"));
        participation.participantId = ids.value(QLatin1String(participant));
        participation.registration = QLatin1String(registration);
        participation.attendance = QLatin1String(attendance);
        const Result<ParticipationWrite> written = activities.insertParticipation(participation);
        if (!written) {
            qWarning("%s", qPrintable(written.error().text()));
            return false;
        }
        ids.insert(QLatin1String(name), written->id);
    }
    Residency residency;
    residency.title = QStringLiteral("Berlin spring residency");
    residency.city = QStringLiteral("berlin");
    residency.start = QDate(2026, 3, 1);
    residency.end = QDate(2026, 3, 10);
    const Result<QString> residencyId = activities.insertResidency(residency);
    if (!residencyId) {
        qWarning("%s", qPrintable(residencyId.error().text()));
        return false;
    }
    ids.insert(QStringLiteral("R1"), *residencyId);
    Stay stay;
    stay.residencyId = *residencyId;
    stay.personId = ids.value(QStringLiteral("P1"));
    stay.arrival = QDate(2026, 3, 1);
    stay.departure = QDate(2026, 3, 10);
    BudgetLine line;
    line.residencyId = *residencyId;
    line.label = QStringLiteral("Travel");
    line.plannedCents = 120000;
    line.actualCents = 98050;
    const Result<QString> stayId = activities.insertStay(stay);
    const Result<QString> lineId = activities.insertBudgetLine(line);
    if (!stayId || !lineId) {
        qWarning("%s", qPrintable((stayId ? lineId.error() : stayId.error()).text()));
        return false;
    }
    return addKnowledge(activities, ids);
}

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
    return addActivities(store, ids) ? ids : QHash<QString, QString>();
}

} // namespace ReportFixture
