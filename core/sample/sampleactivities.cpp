// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampleactivities.h"

#include <core/sample/sampledata.h>
#include <core/storage/activitystore.h>
#include <core/storage/store.h>

#include <QJsonObject>
#include <QTimeZone>

namespace CoopAtlas::Core {

namespace {

const QJsonObject SampleMark{{QStringLiteral("sample"), true}};

QString org(const char *name)
{
    return sampleOrganisationId(QString::fromUtf8(name));
}

QDateTime at(int year, int month, int day, int hour, int minute, const char *zone)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone(QByteArray(zone)));
}

/// Counts successful inserts and keeps the first error.
class Inserter
{
public:
    template <typename T> void check(const Result<T> &result)
    {
        if (!result && !m_error) {
            m_error = result.error();
        }
        if (result) {
            ++m_count;
        }
    }
    [[nodiscard]] const std::optional<Error> &error() const { return m_error; }
    [[nodiscard]] int count() const { return m_count; }

private:
    std::optional<Error> m_error;
    int m_count = 0;
};

struct WorkshopSpec
{
    const char *key;
    const char *title;
    const char *theme;
    const char *axis;
    QDateTime start;
    int hours;
    const char *status;
    const char *description;
};

void addPeople(Store &store, Inserter &inserter)
{
    for (const char *name : {"Camille Exemple", "Jo Voorbeeld", "Sam Example"}) {
        Person person;
        person.meta.id = sampleRecordId(RecordKind::Person, QString::fromUtf8(name));
        person.formattedName = QString::fromUtf8(name);
        person.notes = QStringLiteral("Invented person of the sample data set.");
        person.source = QStringLiteral("sample");
        person.extra = SampleMark;
        inserter.check(store.insertPerson(person));
    }
}

QString personId(const char *name)
{
    return sampleRecordId(RecordKind::Person, QString::fromUtf8(name));
}

QString projectHolderId(const char *key)
{
    return sampleRecordId(RecordKind::Organisation, QString::fromLatin1(key));
}

/// Inserts two invented organisations of kind "project-holder", the kind that
/// the obstacle view counts as affected.
void addProjectHolders(Store &store, Inserter &inserter)
{
    const std::pair<const char *, const char *> holders[] = {
        {"delivery", "Coursiers Exemple (projet de plateforme coopérative)"},
        {"care", "Soins Exemple (projet de plateforme coopérative)"},
    };
    for (const auto &[key, name] : holders) {
        Organisation organisation;
        organisation.meta.id = projectHolderId(key);
        organisation.name = QString::fromUtf8(name);
        organisation.kind = QStringLiteral("project-holder");
        organisation.locality = QStringLiteral("Bruxelles");
        organisation.country = QStringLiteral("BE");
        organisation.description = QStringLiteral("Invented project of the sample data set.");
        organisation.extra = SampleMark;
        inserter.check(store.insertOrganisation(organisation));
    }
}

void addWorkshops(ActivityStore &activities, Inserter &inserter)
{
    const WorkshopSpec specs[] = {
        {"legal-forms-2026",
         "Choisir sa forme juridique : société coopérative, ASBL ou agrément CNC",
         "legal-forms",
         "equip",
         at(2026, 2, 12, 14, 0, "Europe/Brussels"),
         3,
         "held",
         "Comparer les formes juridiques possibles pour une plateforme coopérative."},
        {"governance-2026",
         "Gouvernance partagée dans les plateformes coopératives",
         "cooperative-governance",
         "equip",
         at(2026, 3, 26, 9, 30, "Europe/Brussels"),
         3,
         "held",
         "Qui décide quoi entre travailleurs, utilisateurs et investisseurs ?"},
        {"data-2026",
         "Données ouvertes et protocoles communs entre coopératives",
         "data",
         "inform",
         at(2026, 10, 21, 18, 0, "Europe/Brussels"),
         2,
         "held",
         "Partager des données sans dépendre d'une plateforme dominante."},
        {"funding-2027",
         "Financer sa plateforme : fonds propres, finance solidaire et appels à projets",
         "funding",
         "equip",
         at(2027, 1, 21, 14, 0, "Europe/Brussels"),
         3,
         "confirmed",
         "Avec des financeurs de l'économie sociale bruxelloise."},
    };
    for (const WorkshopSpec &spec : specs) {
        Workshop workshop;
        workshop.meta.id = sampleRecordId(RecordKind::Workshop, QString::fromLatin1(spec.key));
        workshop.title = QString::fromUtf8(spec.title);
        workshop.theme = QString::fromLatin1(spec.theme);
        workshop.axis = QString::fromLatin1(spec.axis);
        workshop.start = spec.start.toUTC();
        workshop.end = spec.start.addSecs(spec.hours * 3600).toUTC();
        workshop.venue = QStringLiteral("SMart, Rue Emile Feron 70, 1060 Saint-Gilles");
        workshop.capacity = 2;
        workshop.organiserIds = {org("SMart"), org("Febecoop")};
        workshop.status = QString::fromLatin1(spec.status);
        workshop.description = QString::fromUtf8(spec.description);
        workshop.extra = SampleMark;
        inserter.check(activities.insertWorkshop(workshop));
    }
    Workshop day;
    day.meta.id = sampleRecordId(RecordKind::Workshop, QStringLiteral("network-day-2027"));
    day.title = QStringLiteral("Journée du réseau Platform Coop Brussels");
    day.theme = QStringLiteral("communication");
    day.axis = QStringLiteral("federate");
    day.allDay = true;
    day.start = at(2027, 2, 25, 0, 0, "Europe/Brussels").toUTC();
    day.end = day.start;
    day.venue = QStringLiteral("Bruxelles");
    day.organiserIds = {org("Febecoop")};
    day.extra = SampleMark;
    inserter.check(activities.insertWorkshop(day));
}

void addParticipations(ActivityStore &activities, Inserter &inserter)
{
    struct Spec
    {
        const char *workshop;
        const char *person;
        const char *role;
        const char *attendance;
    };
    const Spec specs[] = {
        {"legal-forms-2026", "Camille Exemple", "participant", "attended"},
        {"legal-forms-2026", "Jo Voorbeeld", "participant", "absent"},
        {"legal-forms-2026", "Sam Example", "participant", "unknown"},
        {"governance-2026", "Jo Voorbeeld", "speaker", "attended"},
        {"governance-2026", "Sam Example", "participant", "attended"},
        {"data-2026", "Camille Exemple", "facilitator", "attended"},
        {"funding-2027", "Sam Example", "participant", "unknown"},
    };
    QDateTime registered(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC);
    for (const Spec &spec : specs) {
        Participation participation;
        participation.meta.id = sampleRecordId(RecordKind::Participation,
                                               QString::fromLatin1(spec.workshop) + u'/'
                                                   + QString::fromUtf8(spec.person));
        participation.workshopId
            = sampleRecordId(RecordKind::Workshop, QString::fromLatin1(spec.workshop));
        participation.participantId = personId(spec.person);
        participation.role = QString::fromLatin1(spec.role);
        participation.attendance = QString::fromLatin1(spec.attendance);
        participation.registeredAt = registered;
        participation.extra = SampleMark;
        registered = registered.addSecs(3600);
        inserter.check(activities.insertParticipation(participation));
    }
    Followup followup;
    followup.meta.id = sampleRecordId(RecordKind::Followup, QStringLiteral("governance-report"));
    followup.workshopId = sampleRecordId(RecordKind::Workshop, QStringLiteral("governance-2026"));
    followup.title = QStringLiteral("Envoyer la synthèse et les modèles de règlement d'ordre "
                                    "intérieur aux participants");
    followup.ownerId = personId("Jo Voorbeeld");
    followup.due = QDate(2026, 4, 10);
    followup.done = QDate(2026, 4, 8);
    followup.extra = SampleMark;
    inserter.check(activities.insertFollowup(followup));
}

struct BudgetSpec
{
    const char *label;
    const char *category;
    qint64 planned;
    std::optional<qint64> actual;
};

void addResidency(ActivityStore &activities,
                  Inserter &inserter,
                  const Residency &residency,
                  const QList<BudgetSpec> &budget)
{
    inserter.check(activities.insertResidency(residency));
    for (const BudgetSpec &spec : budget) {
        BudgetLine line;
        line.meta.id = sampleRecordId(RecordKind::BudgetLine,
                                      residency.meta.id + u'/' + QString::fromUtf8(spec.label));
        line.residencyId = residency.meta.id;
        line.label = QString::fromUtf8(spec.label);
        line.category = QString::fromLatin1(spec.category);
        line.plannedCents = spec.planned;
        line.actualCents = spec.actual;
        line.extra = SampleMark;
        inserter.check(activities.insertBudgetLine(line));
    }
}

/// Inserts the stay of `person` in `residency`; the first stay of a residency
/// keeps the id it had when each residency had one stay.
void addStay(ActivityStore &activities,
             Inserter &inserter,
             const Residency &residency,
             const char *person,
             bool first)
{
    Stay stay;
    stay.meta.id = sampleRecordId(RecordKind::Stay,
                                  first ? residency.meta.id
                                        : residency.meta.id + u'/' + QString::fromUtf8(person));
    stay.residencyId = residency.meta.id;
    stay.personId = personId(person);
    stay.arrival = residency.start;
    stay.departure = residency.end;
    stay.extra = SampleMark;
    inserter.check(activities.insertStay(stay));
}

void addResidencies(ActivityStore &activities, Inserter &inserter)
{
    Residency berlin;
    berlin.meta.id = sampleRecordId(RecordKind::Residency, QStringLiteral("berlin-2026"));
    berlin.title = QStringLiteral("Résidence croisée Berlin 2026");
    berlin.city = QStringLiteral("berlin");
    berlin.hostIds = {org("DGRV - Deutscher Genossenschafts- und Raiffeisenverband e.V.")};
    berlin.start = QDate(2026, 5, 18);
    berlin.end = QDate(2026, 5, 22);
    berlin.status = QStringLiteral("completed");
    berlin.objectives = QStringLiteral("Découvrir l'accompagnement des coopératives de "
                                       "plateforme à Berlin et nouer des partenariats.");
    berlin.extra = SampleMark;
    addResidency(activities,
                 inserter,
                 berlin,
                 {{"Train Bruxelles–Berlin aller-retour", "travel", 42000, 38950},
                  {"Hébergement 4 nuits", "accommodation", 56000, 61200},
                  {"Indemnités de séjour", "subsistence", 20000, std::nullopt}});
    Visit visit;
    addStay(activities, inserter, berlin, "Camille Exemple", true);
    visit.meta.id = sampleRecordId(RecordKind::Visit, QStringLiteral("berlin-2026-dgrv"));
    visit.residencyId = berlin.meta.id;
    visit.title = QStringLiteral("Rencontre avec la fédération coopérative");
    visit.kind = QStringLiteral("meeting");
    visit.start = at(2026, 5, 19, 10, 0, "Europe/Berlin").toUTC();
    visit.end = at(2026, 5, 19, 12, 0, "Europe/Berlin").toUTC();
    visit.timeZone = QStringLiteral("Europe/Berlin");
    visit.hostOrganisationId = berlin.hostIds.constFirst();
    visit.extra = SampleMark;
    inserter.check(activities.insertVisit(visit));

    Residency barcelona;
    barcelona.meta.id = sampleRecordId(RecordKind::Residency, QStringLiteral("barcelona-2026"));
    barcelona.title = QStringLiteral("Résidence croisée Barcelone 2026");
    barcelona.city = QStringLiteral("barcelona");
    barcelona.hostIds = {org("Confederació de Cooperatives de Catalunya (CoopCat)")};
    barcelona.start = QDate(2026, 10, 19);
    barcelona.end = QDate(2026, 10, 23);
    barcelona.status = QStringLiteral("completed");
    barcelona.objectives = QStringLiteral("Étudier l'écosystème coopératif catalan et ses "
                                          "outils de financement.");
    barcelona.extra = SampleMark;
    addResidency(activities,
                 inserter,
                 barcelona,
                 {{"Vols Bruxelles–Barcelone", "travel", 38000, 35500},
                  {"Hébergement 4 nuits", "accommodation", 48000, 48000},
                  {"Location de salle", "venue", 15000, 0}});
    // Camille also facilitates the data workshop in Brussels on 21 October:
    // the timeline shows this double booking.
    addStay(activities, inserter, barcelona, "Sam Example", true);
    addStay(activities, inserter, barcelona, "Camille Exemple", false);
    addStay(activities, inserter, barcelona, "Jo Voorbeeld", false);
}

void addResources(ActivityStore &activities, Inserter &inserter)
{
    struct Spec
    {
        const char *key;
        const char *title;
        const char *kind;
        const char *url;
        const char *language;
        const char *summary;
        QStringList tags;
    };
    const Spec specs[] = {
        {"ica-identity",
         "Statement on the Cooperative Identity",
         "legal-text",
         "https://www.ica.coop/en/cooperatives/cooperative-identity",
         "en",
         "The definition, values and seven principles of cooperatives.",
         {QStringLiteral("principles"), QStringLiteral("governance")}},
        {"platform-coop",
         "Platform Cooperativism Consortium",
         "tool",
         "https://platform.coop",
         "en",
         "Directory, research and courses about platform cooperatives.",
         {QStringLiteral("directory"), QStringLiteral("research")}},
        {"statuts-modele",
         "Modèle de statuts pour une société coopérative de plateforme",
         "template",
         "",
         "fr",
         "Statuts commentés : catégories de membres, droit de vote, affectation du résultat.",
         {QStringLiteral("statuts"), QStringLiteral("gouvernance")}},
        {"gids-financiering",
         "Gids: financiering van coöperatieve platformen in Brussel",
         "guide",
         "",
         "nl",
         "Overzicht van eigen vermogen, solidaire financiering en projectoproepen.",
         {QStringLiteral("financiering")}},
    };
    for (const Spec &spec : specs) {
        Resource resource;
        resource.meta.id = sampleRecordId(RecordKind::Resource, QString::fromLatin1(spec.key));
        resource.title = QString::fromUtf8(spec.title);
        resource.kind = QString::fromLatin1(spec.kind);
        resource.url = QString::fromLatin1(spec.url);
        resource.language = QString::fromLatin1(spec.language);
        resource.summary = QString::fromUtf8(spec.summary);
        resource.tags = spec.tags;
        resource.extra = SampleMark;
        inserter.check(activities.insertResource(resource));
    }
}

void addBarriers(ActivityStore &activities, Inserter &inserter)
{
    struct Spec
    {
        const char *key;
        const char *title;
        const char *kind;
        const char *domain;
        const char *severity;
        const char *status;
        const char *recommendation;
        const char *authority;
    };
    const Spec specs[] = {
        {"procurement",
         "Les petites coopératives accèdent difficilement aux marchés publics",
         "obstacle",
         "public-procurement",
         "high",
         "raised",
         "Allotir les marchés et ajouter des clauses sociales favorisant l'économie sociale.",
         "Région de Bruxelles-Capitale"},
        {"cnc-platforms",
         "L'agrément coopératif est mal adapté aux membres-utilisateurs des plateformes",
         "obstacle",
         "legal",
         "medium",
         "open",
         "Préciser les conditions d'agrément pour les coopératives multi-parties prenantes.",
         ""},
        {"sba-call",
         "Appel à projets pour l'économie sociale et les plateformes coopératives",
         "opportunity",
         "funding",
         "low",
         "in-progress",
         "Mieux faire connaître l'appel aux porteurs de projet du réseau.",
         "Région de Bruxelles-Capitale"},
    };
    for (const Spec &spec : specs) {
        Barrier barrier;
        barrier.meta.id = sampleRecordId(RecordKind::Barrier, QString::fromLatin1(spec.key));
        barrier.title = QString::fromUtf8(spec.title);
        barrier.kind = QString::fromLatin1(spec.kind);
        barrier.domain = QString::fromLatin1(spec.domain);
        barrier.severity = QString::fromLatin1(spec.severity);
        barrier.status = QString::fromLatin1(spec.status);
        barrier.recommendation = QString::fromUtf8(spec.recommendation);
        barrier.authority = QString::fromUtf8(spec.authority);
        barrier.affectedOrganisationIds = {org("SMart")};
        if (barrier.kind == QLatin1String("obstacle")) {
            barrier.affectedOrganisationIds << projectHolderId("delivery")
                                            << projectHolderId("care");
        }
        barrier.extra = SampleMark;
        inserter.check(activities.insertBarrier(barrier));
    }
}

} // namespace

QString sampleRecordId(RecordKind kind, const QString &key)
{
    return sampleOrganisationId(recordKindName(kind) + u'/' + key);
}

Result<int> insertSampleActivities(Store &store)
{
    ActivityStore activities(store);
    Inserter inserter;
    addPeople(store, inserter);
    addProjectHolders(store, inserter);
    addWorkshops(activities, inserter);
    addParticipations(activities, inserter);
    addResidencies(activities, inserter);
    addResources(activities, inserter);
    addBarriers(activities, inserter);
    if (inserter.error()) {
        return *inserter.error();
    }
    return inserter.count();
}

} // namespace CoopAtlas::Core
