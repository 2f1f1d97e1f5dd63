// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplenetwork.h"

#include <core/logging.h>
#include <core/sample/sampleactivities.h>
#include <core/sample/sampledata.h>
#include <core/storage/store.h>

#include <QCoreApplication>
#include <QHash>

namespace CoopAtlas::Core {

namespace {

struct RoleSpec
{
    const char *name;
    const char *kind;
    const char *stage;  ///< project holders only
    const char *sector; ///< project holders only
    const char *founded;
    const char *closed;
};

// Illustrative roles. Only organisations whose name says they are networks get "network".
constexpr RoleSpec Roles[] = {
    {"SMart", "support-organisation", "", "", "", ""},
    {"Smart Coop", "support-organisation", "", "", "", ""},
    {"Febecoop", "support-organisation", "", "", "", ""},
    {"LabCOOP SCCL", "support-organisation", "", "", "", ""},
    {"Tandem Social", "support-organisation", "", "", "", ""},
    {"SEIRA Fundacio per a la innovacio i projeccio del cooperativisme",
     "support-organisation",
     "",
     "",
     "",
     ""},
    {"AGBeratung - Projekte beraten Projekte", "support-organisation", "", "", "", ""},
    {"NewB", "funder", "", "", "", ""},
    {"CITIZENFUND", "funder", "", "", "", ""},
    {"F'in Common scrl", "funder", "", "", "", ""},
    {"NV/SA Crelan", "funder", "", "", "", ""},
    {"FUNDACIO CATALUNYA-LA PEDRERA", "funder", "", "", "", ""},
    {"KreditUnion für Selbsthilfe und Solidarität eG", "funder", "", "", "", ""},
    {"Netzwerk Selbsthilfe e.V.", "funder", "", "", "", ""},
    {"Cooperatives Europe", "network", "", "", "", ""},
    {"International Co-operative Alliance", "network", "", "", "", ""},
    {"CECOP - CICOPA Europe aisbl", "network", "", "", "", ""},
    {"European Association of Cooperative Banks", "network", "", "", "", ""},
    {"Rescoop Wallonie ASBL", "network", "", "", "", ""},
    {"The Mobility Factory SCE", "project-holder", "scaling", "mobility", "2019-03-01", ""},
    {"Nubo", "project-holder", "launched", "digital-services", "2020-09-01", ""},
    {"Medor SCRL FS", "project-holder", "launched", "media", "2019-10-01", ""},
    {"farm.coop SCRL", "project-holder", "launched", "food", "2020-04-01", ""},
    {"shortcircuit", "project-holder", "prototype", "food", "2023-02-01", ""},
    {"QL QUARTIERLIBRE", "project-holder", "prototype", "housing", "2022-05-01", ""},
    {"Humancipatio", "project-holder", "idea", "care", "2025-01-01", ""},
    {"Champs Libres", "project-holder", "launched", "digital-services", "2019-06-01", ""},
    {"Cytomine", "project-holder", "scaling", "digital-services", "2021-03-01", ""},
    {"Dynamo Coop", "project-holder", "launched", "logistics", "2021-06-01", ""},
    {"AteliersVelocoop", "project-holder", "paused", "mobility", "2020-02-01", ""},
    {"ENERGIRIS", "project-holder", "launched", "energy", "2021-11-01", ""},
    {"Emissions Zero", "project-holder", "scaling", "energy", "2019-09-01", ""},
    {"Les Petits Producteurs SCRLFs", "project-holder", "launched", "food", "2022-01-01", ""},
    {"CINECITE SCRL", "project-holder", "prototype", "culture", "2024-03-01", ""},
    {"Graines de vie", "project-holder", "idea", "food", "2025-09-01", ""},
    {"Recyclo scrl", "project-holder", "closed", "circular-economy", "2020-06-01", "2024-06-30"},
    {"OpenFlow", "project-holder", "prototype", "digital-services", "2023-09-01", ""},
    {"Cobea Coop scrl", "project-holder", "launched", "creative-work", "2022-10-01", ""},
    {"Quatre-Quarts", "project-holder", "idea", "education", "2026-02-01", ""},
    {"TouchTime", "project-holder", "prototype", "creative-work", "2024-11-01", ""},
    {"femprocomuns SCCL", "project-holder", "launched", "digital-services", "2019-04-01", ""},
    {"Colectic, SCCL", "project-holder", "launched", "education", "2020-01-01", ""},
    {"La Ciutat Invisible SCCL", "project-holder", "launched", "media", "2021-01-01", ""},
    {"Xarxa integral de professionals i usuaries",
     "project-holder",
     "scaling",
     "care",
     "2022-07-01",
     ""},
    {"Fairmondo", "project-holder", "launched", "digital-services", "2019-05-01", ""},
    {"Fahrwerk", "project-holder", "launched", "logistics", "2019-08-01", ""},
    {"Kreuzberger Taxi-Genossenschaft", "project-holder", "launched", "mobility", "2020-11-01", ""},
    {"Quartiermeister", "project-holder", "scaling", "food", "2020-02-01", ""},
};

struct LinkSpec
{
    const char *from;
    const char *type;
    const char *to;
    const char *start;
    const char *end;
};

constexpr auto Smart = "SMart";
constexpr auto Febecoop = "Febecoop";
constexpr auto NewB = "NewB";
constexpr auto Citizenfund = "CITIZENFUND";
constexpr auto FinCommon = "F'in Common scrl";
constexpr auto CoopEurope = "Cooperatives Europe";
constexpr auto CoopCat = "Confederació de Cooperatives de Catalunya (CoopCat)";
constexpr auto Mobility = "The Mobility Factory SCE";
constexpr auto FarmCoop = "farm.coop SCRL";
constexpr auto Producers = "Les Petits Producteurs SCRLFs";
constexpr auto Quartier = "QL QUARTIERLIBRE";
constexpr auto Cinecite = "CINECITE SCRL";
constexpr auto Femprocomuns = "femprocomuns SCCL";
constexpr auto Colectic = "Colectic, SCCL";
constexpr auto CiutatInvisible = "La Ciutat Invisible SCCL";
constexpr auto Xarxa = "Xarxa integral de professionals i usuaries";
constexpr auto Netz = "NETZ für Selbstverwaltung und Kooperation Berlin-Brandenburg e.V.";
constexpr auto AgBeratung = "AGBeratung - Projekte beraten Projekte";
constexpr auto Selbsthilfe = "Netzwerk Selbsthilfe e.V.";
constexpr auto Taxi = "Kreuzberger Taxi-Genossenschaft";
constexpr auto Dgrv = "DGRV - Deutscher Genossenschafts- und Raiffeisenverband e.V.";

// Illustrative links. An empty end date means that the link is ongoing.
constexpr LinkSpec Links[] = {
    // Brussels: support organisations and their project holders.
    {"Smart Coop", "partners-with", Smart, "2019-01-15", ""},
    {Smart, "member-of", "CECOP - CICOPA Europe aisbl", "2019-02-01", ""},
    {Smart, "supports", Mobility, "2019-05-01", ""},
    {Smart, "supports", "Champs Libres", "2019-09-01", ""},
    {Smart, "supports", "Medor SCRL FS", "2019-11-15", "2021-12-31"},
    {Smart, "supports", "Dynamo Coop", "2021-09-01", ""},
    {Smart, "supports", "Cobea Coop scrl", "2022-11-01", ""},
    {Smart, "hosts", "Cobea Coop scrl", "2023-01-01", ""},
    {Smart, "supports", Cinecite, "2024-04-15", ""},
    {Smart, "hosts", Cinecite, "2024-05-01", ""},
    {Smart, "hosts", "Humancipatio", "2025-02-01", ""},
    {Smart, "supports", "Humancipatio", "2025-03-01", ""},
    {"Smart Coop", "supports", "Humancipatio", "2026-03-01", ""},
    {Febecoop, "member-of", CoopEurope, "2019-01-01", ""},
    {Febecoop, "member-of", "International Co-operative Alliance", "2019-01-01", ""},
    {Febecoop, "supports", FarmCoop, "2020-05-01", ""},
    {Febecoop, "mentors", FarmCoop, "2020-06-01", "2021-06-30"},
    {Febecoop, "supports", "Recyclo scrl", "2020-09-01", "2024-06-30"},
    {Febecoop, "supports", "Nubo", "2020-10-01", ""},
    {Febecoop, "mentors", "Nubo", "2021-01-15", "2022-12-31"},
    {Febecoop, "supports", "ENERGIRIS", "2022-01-10", ""},
    {Febecoop, "supports", Producers, "2022-03-01", ""},
    {Febecoop, "supports", Quartier, "2022-06-01", ""},
    {Febecoop, "mentors", Quartier, "2022-09-01", ""},
    {Febecoop, "supports", "shortcircuit", "2023-03-01", ""},
    {Febecoop, "supports", "OpenFlow", "2023-10-01", ""},
    {Febecoop, "hosts", "OpenFlow", "2025-01-15", ""},
    {Mobility, "member-of", Febecoop, "2019-06-01", ""},
    {"Medor SCRL FS", "member-of", Febecoop, "2020-01-15", ""},
    {"Champs Libres", "member-of", Febecoop, "2020-03-01", ""},
    {FarmCoop, "member-of", Febecoop, "2020-09-01", ""},
    {"Nubo", "member-of", Febecoop, "2021-02-01", ""},
    {"ENERGIRIS", "member-of", Febecoop, "2022-04-01", ""},
    {Producers, "member-of", Febecoop, "2022-06-01", ""},
    {NewB, "member-of", Febecoop, "2019-03-01", ""},
    {"Emissions Zero", "member-of", "Rescoop Wallonie ASBL", "2019-10-01", ""},
    {"ENERGIRIS", "member-of", "Rescoop Wallonie ASBL", "2021-12-01", ""},
    // Funders.
    {NewB, "funds", Mobility, "2020-02-01", ""},
    {NewB, "funds", FarmCoop, "2021-03-01", ""},
    {NewB, "funds", "Dynamo Coop", "2022-02-01", ""},
    {NewB, "funds", "ENERGIRIS", "2022-09-01", ""},
    {NewB, "funds", Producers, "2023-05-01", ""},
    {NewB, "funds", "Nubo", "2026-02-01", ""},
    {FinCommon, "partners-with", NewB, "2021-01-01", ""},
    {FinCommon, "funds", "AteliersVelocoop", "2020-04-01", "2023-03-31"},
    {FinCommon, "funds", "Nubo", "2021-05-01", ""},
    {FinCommon, "funds", "OpenFlow", "2024-01-15", ""},
    {FinCommon, "funds", Cinecite, "2024-09-01", ""},
    {Citizenfund, "funds", "Medor SCRL FS", "2020-06-01", "2022-06-30"},
    {Citizenfund, "funds", Quartier, "2023-01-15", ""},
    {Citizenfund, "funds", "shortcircuit", "2024-02-01", ""},
    {Citizenfund, "funds", "Humancipatio", "2025-06-01", ""},
    {Citizenfund, "funds", Cinecite, "2026-01-15", ""},
    {"NV/SA Crelan", "funds", "Emissions Zero", "2020-01-10", ""},
    {"NV/SA Crelan", "funds", Producers, "2022-02-01", ""},
    // Project holders among themselves.
    {Mobility, "partners-with", "AteliersVelocoop", "2020-05-01", "2023-06-30"},
    {Mobility, "mentors", "Dynamo Coop", "2021-07-01", "2022-06-30"},
    {Mobility, "partners-with", "Dynamo Coop", "2021-10-01", ""},
    {"Nubo", "partners-with", "Champs Libres", "2021-04-01", ""},
    {"ENERGIRIS", "partners-with", "Emissions Zero", "2022-05-01", ""},
    {FarmCoop, "partners-with", Producers, "2022-04-15", ""},
    {FarmCoop, "partners-with", "shortcircuit", "2023-06-01", ""},
    {"Champs Libres", "mentors", "OpenFlow", "2023-11-01", ""},
    {"Nubo", "partners-with", "OpenFlow", "2024-03-01", ""},
    {"Medor SCRL FS", "partners-with", Cinecite, "2024-06-01", ""},
    // Barcelona.
    {CoopCat, "member-of", CoopEurope, "2019-01-01", ""},
    {CoopCat, "supports", Femprocomuns, "2019-05-01", ""},
    {Femprocomuns, "member-of", CoopCat, "2019-06-01", ""},
    {CoopCat, "supports", Colectic, "2020-02-01", ""},
    {Colectic, "member-of", CoopCat, "2020-03-01", ""},
    {Femprocomuns, "partners-with", Colectic, "2020-06-01", ""},
    {"SEIRA Fundacio per a la innovacio i projeccio del cooperativisme",
     "supports",
     Femprocomuns,
     "2020-10-01",
     ""},
    {"LabCOOP SCCL", "mentors", CiutatInvisible, "2021-02-01", "2022-01-31"},
    {"Tandem Social", "supports", CiutatInvisible, "2021-03-01", ""},
    {"FUNDACIO CATALUNYA-LA PEDRERA", "funds", Colectic, "2021-03-01", "2023-02-28"},
    {"LabCOOP SCCL", "mentors", Xarxa, "2022-09-01", ""},
    {"FUNDACIO CATALUNYA-LA PEDRERA", "funds", Xarxa, "2023-01-01", ""},
    // Berlin.
    {Dgrv, "member-of", CoopEurope, "2019-01-01", ""},
    {AgBeratung, "supports", "Fahrwerk", "2019-07-01", ""},
    {"Die Dezentrale", "partners-with", Netz, "2019-08-01", ""},
    {Selbsthilfe, "funds", "Fairmondo", "2019-11-01", "2021-10-31"},
    {"Fahrwerk", "member-of", Netz, "2020-01-15", ""},
    {AgBeratung, "supports", "Quartiermeister", "2020-03-01", ""},
    {"Quartiermeister", "member-of", Netz, "2021-04-01", ""},
    {Selbsthilfe, "funds", Taxi, "2021-05-01", ""},
    {"KreditUnion für Selbsthilfe und Solidarität eG", "funds", "Fahrwerk", "2022-03-01", ""},
    {"Fahrwerk", "partners-with", Taxi, "2022-06-01", ""},
    // Brokers between the three cities.
    {Smart, "partners-with", CoopCat, "2022-10-01", ""},
    {Smart, "hosts", Colectic, "2025-04-01", ""},
    {"Nubo", "partners-with", Femprocomuns, "2023-04-01", ""},
    {"Dynamo Coop", "partners-with", "Fahrwerk", "2023-09-01", ""},
    {Febecoop, "partners-with", Dgrv, "2024-05-01", ""},
    {Mobility, "partners-with", Taxi, "2024-10-01", ""},
};

QDate dateOf(const char *text)
{
    return QDate::fromString(QString::fromLatin1(text), Qt::ISODate);
}

Error missingOrganisation(const char *name)
{
    return Error{QCoreApplication::translate(
                     "CoopAtlas::Core::SampleData",
                     "A sample link names the organisation \"%1\", which is not in the sample "
                     "data set. Rebuild CoopAtlas with a matching sample data set.")
                     .arg(QString::fromUtf8(name)),
                 QStringLiteral("samplenetwork.cpp")};
}

} // namespace

int sampleRoleCount()
{
    return static_cast<int>(std::size(Roles));
}

int sampleLinkCount()
{
    return static_cast<int>(std::size(Links));
}

void applySampleRoles(QList<Organisation> &organisations)
{
    QHash<QString, const RoleSpec *> roles;
    for (const RoleSpec &role : Roles) {
        roles.insert(QString::fromUtf8(role.name), &role);
    }
    for (Organisation &org : organisations) {
        const RoleSpec *role = roles.value(org.name);
        if (role == nullptr) {
            continue;
        }
        org.kind = QString::fromLatin1(role->kind);
        if (*role->stage != '\0') {
            org.stage = QString::fromLatin1(role->stage);
            org.sectors = {QString::fromLatin1(role->sector)};
            org.founded = dateOf(role->founded);
            org.closed = dateOf(role->closed);
        }
    }
}

Result<int> insertSampleLinks(Store &store)
{
    int count = 0;
    for (const LinkSpec &spec : Links) {
        const QString from = QString::fromUtf8(spec.from);
        const QString to = QString::fromUtf8(spec.to);
        Link link;
        link.meta.id = sampleRecordId(RecordKind::Link,
                                      from + u'/' + QString::fromLatin1(spec.type) + u'/' + to);
        link.fromId = sampleOrganisationId(from);
        link.toId = sampleOrganisationId(to);
        link.type = QString::fromLatin1(spec.type);
        link.start = dateOf(spec.start);
        link.end = dateOf(spec.end);
        link.note = QStringLiteral("Illustrative link of the sample data set.");
        link.source = QStringLiteral("sample");
        for (const char *name : {spec.from, spec.to}) {
            if (!store.organisation(sampleOrganisationId(QString::fromUtf8(name)))) {
                qCWarning(lcSample) << "Sample link" << from << spec.type << to
                                    << "names an organisation that is not in the store:" << name;
                return missingOrganisation(name);
            }
        }
        const Result<QString> id = store.insertLink(std::move(link));
        if (!id) {
            qCWarning(lcSample) << "Inserting the sample link" << from << spec.type << to
                                << "failed:" << id.error().text();
            return id.error();
        }
        ++count;
    }
    return count;
}

} // namespace CoopAtlas::Core
