// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/storage/activitystore.h>
#include <core/storage/database.h>
#include <core/storage/migration.h>
#include <core/storage/store.h>

#include <QTemporaryDir>
#include <QTest>

using namespace CoopAtlas::Core;

/// The filters of the activity lists, run by SQLite on a real store file:
/// search text, theme, city, status, language, tag and barrier kind.
class tst_ActivityFilters : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void workshopSearchMatchesVenueAndTheme();
    void workshopThemeAndStatusFilters();
    void themeLabelChangeReindexesWorkshops();
    void residencySearchAndCityFilter();
    void resourceLanguageAndTagFilters();
    void barrierKindFilterAndList();
    void barrierCountsFollowFilter();
    void barrierPagesBySeverityAndDomain();
    void versionFiveFileIndexesPlaces();

private:
    QString addWorkshop(const QString &title,
                        const QString &theme,
                        const QString &venue,
                        const QString &status);
    QString addResidency(const QString &title,
                         const QString &city,
                         const QString &cityName,
                         const QString &status);
    QString addResource(const QString &title, const QString &language, const QStringList &tags);
    QString addBarrier(const QString &title,
                       const QString &kind,
                       const QString &domain,
                       const QString &status,
                       const QStringList &affected);
    /// Titles of the first page of `query`, in list order.
    QStringList titles(const ActivityListQuery &query) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ActivityStore> m_activities;
    int m_fileNumber = 0;
    int m_workshops = 0;
};

namespace {

ActivityListQuery queryOf(RecordKind kind, const QString &text = QString())
{
    ActivityListQuery query;
    query.kind = kind;
    query.filterText = text;
    return query;
}

} // namespace

void tst_ActivityFilters::init()
{
    QVERIFY(m_dir.isValid());
    auto db = Database::open(
        m_dir.filePath(QStringLiteral("filters-%1.coopatlas").arg(++m_fileNumber)));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().text()));
    m_store = std::make_unique<Store>(std::move(db).value());
    m_activities = std::make_unique<ActivityStore>(*m_store);
    m_workshops = 0;
}

void tst_ActivityFilters::cleanup()
{
    m_activities.reset();
    m_store.reset();
}

QString tst_ActivityFilters::addWorkshop(const QString &title,
                                         const QString &theme,
                                         const QString &venue,
                                         const QString &status)
{
    Workshop workshop;
    workshop.title = title;
    workshop.theme = theme;
    workshop.axis = QStringLiteral("equip");
    workshop.venue = venue;
    workshop.status = status;
    // One day apart, in the order of insertion.
    workshop.start = QDateTime(QDate(2026, 3, 10 + m_workshops++), QTime(9, 0), Qt::UTC);
    workshop.end = workshop.start.addSecs(3 * 3600);
    auto id = m_activities->insertWorkshop(workshop);
    if (!id) {
        qWarning() << "insertWorkshop failed:" << id.error().text();
        return {};
    }
    return *id;
}

QString tst_ActivityFilters::addResidency(const QString &title,
                                          const QString &city,
                                          const QString &cityName,
                                          const QString &status)
{
    Residency residency;
    residency.title = title;
    residency.city = city;
    residency.cityName = cityName;
    residency.timeZone = QStringLiteral("Europe/Lisbon");
    residency.status = status;
    residency.start = QDate(2026, 6, 1);
    residency.end = QDate(2026, 6, 12);
    auto id = m_activities->insertResidency(residency);
    if (!id) {
        qWarning() << "insertResidency failed:" << id.error().text();
        return {};
    }
    return *id;
}

QString tst_ActivityFilters::addResource(const QString &title,
                                         const QString &language,
                                         const QStringList &tags)
{
    Resource resource;
    resource.title = title;
    resource.language = language;
    resource.tags = tags;
    auto id = m_activities->insertResource(resource);
    if (!id) {
        qWarning() << "insertResource failed:" << id.error().text();
        return {};
    }
    return *id;
}

QString tst_ActivityFilters::addBarrier(const QString &title,
                                        const QString &kind,
                                        const QString &domain,
                                        const QString &status,
                                        const QStringList &affected)
{
    Barrier barrier;
    barrier.title = title;
    barrier.kind = kind;
    barrier.domain = domain;
    barrier.status = status;
    barrier.affectedOrganisationIds = affected;
    auto id = m_activities->insertBarrier(barrier);
    if (!id) {
        qWarning() << "insertBarrier failed:" << id.error().text();
        return {};
    }
    return *id;
}

QStringList tst_ActivityFilters::titles(const ActivityListQuery &query) const
{
    QStringList found;
    const auto page = m_activities->page(query, 0, 50);
    if (!page) {
        qWarning() << "page failed:" << page.error().text();
        return found;
    }
    for (const ListRow &row : page.value()) {
        found.append(row.values.at(0).toString());
    }
    return found;
}

void tst_ActivityFilters::workshopSearchMatchesVenueAndTheme()
{
    addWorkshop(QStringLiteral("Statuts coopératifs"),
                QStringLiteral("legal-forms"),
                QStringLiteral("MundoB, Rue d'Edimbourg 26, Ixelles"),
                QStringLiteral("planned"));
    addWorkshop(QStringLiteral("Financer sa plateforme"),
                QStringLiteral("funding"),
                QStringLiteral("Maison de la Participation, Saint-Gilles"),
                QStringLiteral("held"));
    addWorkshop(QStringLiteral("Données ouvertes"),
                QStringLiteral("data"),
                QStringLiteral("Hub, Bruxelles"),
                QStringLiteral("cancelled"));

    QCOMPARE(titles(queryOf(RecordKind::Workshop, QStringLiteral("ixelles"))),
             QStringList{QStringLiteral("Statuts coopératifs")});
    QCOMPARE(titles(queryOf(RecordKind::Workshop, QStringLiteral("SAINT gilles"))),
             QStringList{QStringLiteral("Financer sa plateforme")});
    // Theme labels in French and Dutch, and a title without its accents.
    QCOMPARE(titles(queryOf(RecordKind::Workshop, QStringLiteral("juridiques"))),
             QStringList{QStringLiteral("Statuts coopératifs")});
    QCOMPARE(titles(queryOf(RecordKind::Workshop, QStringLiteral("financiering"))),
             QStringList{QStringLiteral("Financer sa plateforme")});
    QCOMPARE(titles(queryOf(RecordKind::Workshop, QStringLiteral("donnees"))),
             QStringList{QStringLiteral("Données ouvertes")});
    // Every word must match, the last one as a prefix.
    QCOMPARE(titles(queryOf(RecordKind::Workshop, QStringLiteral("hub brux"))),
             QStringList{QStringLiteral("Données ouvertes")});
    QCOMPARE(
        m_activities->count(queryOf(RecordKind::Workshop, QStringLiteral("hub ixelles"))).value(),
        0);
    QCOMPARE(m_activities->count(queryOf(RecordKind::Workshop, QStringLiteral("financ"))).value(),
             1);
}

void tst_ActivityFilters::workshopThemeAndStatusFilters()
{
    addWorkshop(QStringLiteral("Gouvernance I"),
                QStringLiteral("cooperative-governance"),
                QStringLiteral("Bruxelles"),
                QStringLiteral("held"));
    addWorkshop(QStringLiteral("Gouvernance II"),
                QStringLiteral("cooperative-governance"),
                QStringLiteral("Bruxelles"),
                QStringLiteral("planned"));
    addWorkshop(QStringLiteral("Outils libres"),
                QStringLiteral("technology"),
                QStringLiteral("Bruxelles"),
                QStringLiteral("held"));

    ActivityListQuery query = queryOf(RecordKind::Workshop);
    query.termFilter = QStringLiteral("cooperative-governance");
    QCOMPARE(titles(query),
             (QStringList{QStringLiteral("Gouvernance I"), QStringLiteral("Gouvernance II")}));
    query.status = QStringLiteral("held");
    QCOMPARE(titles(query), QStringList{QStringLiteral("Gouvernance I")});
    QCOMPARE(m_activities->count(query).value(), 1);
    query.termFilter.clear();
    QCOMPARE(titles(query),
             (QStringList{QStringLiteral("Gouvernance I"), QStringLiteral("Outils libres")}));
    query.filterText = QStringLiteral("bruxelles outils");
    QCOMPARE(titles(query), QStringList{QStringLiteral("Outils libres")});
    query.status = QStringLiteral("cancelled");
    QCOMPARE(m_activities->count(query).value(), 0);
}

void tst_ActivityFilters::themeLabelChangeReindexesWorkshops()
{
    addWorkshop(QStringLiteral("Atelier du jeudi"),
                QStringLiteral("data"),
                QStringLiteral("Molenbeek"),
                QStringLiteral("planned"));
    QCOMPARE(m_activities->count(queryOf(RecordKind::Workshop, QStringLiteral("commons"))).value(),
             0);
    TaxonomyTerm term;
    for (const TaxonomyTerm &candidate :
         m_store->terms(QLatin1String(Vocabulary::WorkshopTheme)).value()) {
        if (candidate.key == QLatin1String("data")) {
            term = candidate;
        }
    }
    QCOMPARE(term.labelEn, QStringLiteral("Data"));
    term.labelEn = QStringLiteral("Data commons");
    QVERIFY(m_store->updateTerm(term).ok());
    QCOMPARE(titles(queryOf(RecordKind::Workshop, QStringLiteral("commons"))),
             QStringList{QStringLiteral("Atelier du jeudi")});
    // The venue is still indexed after the theme's index row was rewritten.
    QCOMPARE(titles(queryOf(RecordKind::Workshop, QStringLiteral("molenbeek"))),
             QStringList{QStringLiteral("Atelier du jeudi")});
}

void tst_ActivityFilters::residencySearchAndCityFilter()
{
    addResidency(QStringLiteral("Plattform-Kooperativen"),
                 QStringLiteral("berlin"),
                 QString(),
                 QStringLiteral("confirmed"));
    addResidency(QStringLiteral("Cooperatives de plataforma"),
                 QStringLiteral("barcelona"),
                 QString(),
                 QStringLiteral("planned"));
    addResidency(QStringLiteral("Économie sociale"),
                 QStringLiteral("other"),
                 QStringLiteral("Lisboa"),
                 QStringLiteral("cancelled"));

    QCOMPARE(titles(queryOf(RecordKind::Residency, QStringLiteral("Berlin"))),
             QStringList{QStringLiteral("Plattform-Kooperativen")});
    QCOMPARE(titles(queryOf(RecordKind::Residency, QStringLiteral("lisb"))),
             QStringList{QStringLiteral("Économie sociale")});
    QCOMPARE(titles(queryOf(RecordKind::Residency, QStringLiteral("economie"))),
             QStringList{QStringLiteral("Économie sociale")});
    ActivityListQuery query = queryOf(RecordKind::Residency);
    query.city = QStringLiteral("barcelona");
    QCOMPARE(titles(query), QStringList{QStringLiteral("Cooperatives de plataforma")});
    query.city = QStringLiteral("other");
    QCOMPARE(titles(query), QStringList{QStringLiteral("Économie sociale")});
    query.status = QStringLiteral("confirmed");
    QCOMPARE(m_activities->count(query).value(), 0);
    query.city.clear();
    QCOMPARE(titles(query), QStringList{QStringLiteral("Plattform-Kooperativen")});
}

void tst_ActivityFilters::resourceLanguageAndTagFilters()
{
    addResource(QStringLiteral("Guide des statuts"),
                QStringLiteral("fr"),
                {QStringLiteral("Gouvernance"), QStringLiteral("statuts")});
    addResource(QStringLiteral("Handleiding bestuur"),
                QStringLiteral("nl"),
                {QStringLiteral("gouvernance")});
    addResource(QStringLiteral("Toolkit"), QStringLiteral("en"), {QStringLiteral("tools")});
    addResource(QStringLiteral("Boîte à outils"), QStringLiteral("fr"), {QStringLiteral("outils")});

    ActivityListQuery query = queryOf(RecordKind::Resource);
    query.language = QStringLiteral("fr");
    QCOMPARE(titles(query),
             (QStringList{QStringLiteral("Boîte à outils"), QStringLiteral("Guide des statuts")}));
    query.language.clear();
    query.tag = QStringLiteral("GOUVERNANCE");
    QCOMPARE(
        titles(query),
        (QStringList{QStringLiteral("Guide des statuts"), QStringLiteral("Handleiding bestuur")}));
    QCOMPARE(m_activities->count(query).value(), 2);
    query.language = QStringLiteral("nl");
    QCOMPARE(titles(query), QStringList{QStringLiteral("Handleiding bestuur")});
    // A tag matches whole, after trimming.
    query.language.clear();
    query.tag = QStringLiteral("  statuts ");
    QCOMPARE(titles(query), QStringList{QStringLiteral("Guide des statuts")});
    query.tag = QStringLiteral("gouv");
    QCOMPARE(m_activities->count(query).value(), 0);
    // The search text combines with the language and the tag.
    query.tag.clear();
    query.filterText = QStringLiteral("outils");
    QCOMPARE(m_activities->count(query).value(), 1);
    query.filterText = QStringLiteral("tool"); // the English toolkit only
    QCOMPARE(m_activities->count(query).value(), 1);
    query.language = QStringLiteral("fr");
    QCOMPARE(m_activities->count(query).value(), 0);
    query.filterText = QStringLiteral("boite");
    query.tag = QStringLiteral("outils");
    QCOMPARE(titles(query), QStringList{QStringLiteral("Boîte à outils")});
}

void tst_ActivityFilters::barrierKindFilterAndList()
{
    addBarrier(QStringLiteral("TVA des plateformes"),
               QStringLiteral("obstacle"),
               QStringLiteral("tax"),
               QStringLiteral("open"),
               {});
    addBarrier(QStringLiteral("Clauses sociales"),
               QStringLiteral("opportunity"),
               QStringLiteral("public-procurement"),
               QStringLiteral("raised"),
               {});
    addBarrier(QStringLiteral("Accès au crédit"),
               QStringLiteral("obstacle"),
               QStringLiteral("funding"),
               QStringLiteral("raised"),
               {});

    ActivityListQuery query = queryOf(RecordKind::Barrier);
    query.barrierKind = QStringLiteral("obstacle");
    QCOMPARE(
        titles(query),
        (QStringList{QStringLiteral("Accès au crédit"), QStringLiteral("TVA des plateformes")}));
    const auto obstacles = m_activities->barriers(query, std::nullopt, 0, 10);
    QVERIFY(obstacles.ok());
    QCOMPARE(obstacles->size(), 2);
    QCOMPARE(obstacles->at(0).title, QStringLiteral("Accès au crédit"));
    QCOMPARE(obstacles->at(0).domain, QStringLiteral("funding"));
    QCOMPARE(obstacles->at(0).status, QStringLiteral("raised"));
    QCOMPARE(obstacles->at(1).title, QStringLiteral("TVA des plateformes"));
    QCOMPARE(m_activities->barriers(query, std::nullopt, 0, 1)->size(), 1);
    query.status = QStringLiteral("raised");
    QCOMPARE(titles(query), QStringList{QStringLiteral("Accès au crédit")});
    query.barrierKind.clear();
    QCOMPARE(m_activities->barriers(query, std::nullopt, 0, 10)->size(), 2);
    QVERIFY(!m_activities->barriers(queryOf(RecordKind::Workshop), std::nullopt, 0, 10).ok());
}

void tst_ActivityFilters::barrierCountsFollowFilter()
{
    const auto holder = [this](const QString &name, const QString &kind) {
        Organisation org;
        org.name = name;
        org.kind = kind;
        return m_store->insertOrganisation(org).value();
    };
    const QString coopA = holder(QStringLiteral("Coop A"), QStringLiteral("project-holder"));
    const QString coopB = holder(QStringLiteral("Coop B"), QStringLiteral("project-holder"));
    const QString coopC = holder(QStringLiteral("Coop C"), QStringLiteral("project-holder"));
    const QString funder = holder(QStringLiteral("Fonds"), QStringLiteral("funder"));
    addBarrier(QStringLiteral("Agrément CNC"),
               QStringLiteral("obstacle"),
               QStringLiteral("legal"),
               QStringLiteral("open"),
               {coopA, funder});
    addBarrier(QStringLiteral("Statut d'entreprise sociale"),
               QStringLiteral("opportunity"),
               QStringLiteral("legal"),
               QStringLiteral("raised"),
               {coopA, coopB});
    addBarrier(QStringLiteral("Coopératives de fait"),
               QStringLiteral("obstacle"),
               QStringLiteral("legal"),
               QStringLiteral("raised"),
               {coopC});
    addBarrier(QStringLiteral("Sans organisation"),
               QStringLiteral("obstacle"),
               QString(),
               QStringLiteral("open"),
               {});

    const auto all = m_activities->barrierDomainCounts().value();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).domain, QString());
    QCOMPARE(all.at(0).barriers, 1);
    QCOMPARE(all.at(0).projectHolders, 0);
    QCOMPARE(all.at(1).domain, QStringLiteral("legal"));
    QCOMPARE(all.at(1).barriers, 3);
    QCOMPARE(all.at(1).projectHolders, 3);

    const auto obstacles = m_activities->barrierDomainCounts(QStringLiteral("obstacle")).value();
    QCOMPARE(obstacles.size(), 2);
    QCOMPARE(obstacles.at(1).barriers, 2);
    QCOMPARE(obstacles.at(1).projectHolders, 2); // Coop A and Coop C

    const auto raised
        = m_activities->barrierDomainCounts(QString(), QStringLiteral("raised")).value();
    QCOMPARE(raised.size(), 1);
    QCOMPARE(raised.at(0).domain, QStringLiteral("legal"));
    QCOMPARE(raised.at(0).barriers, 2);
    QCOMPARE(raised.at(0).projectHolders, 3);

    const auto raisedObstacles
        = m_activities->barrierDomainCounts(QStringLiteral("obstacle"), QStringLiteral("raised"))
              .value();
    QCOMPARE(raisedObstacles.size(), 1);
    QCOMPARE(raisedObstacles.at(0).barriers, 1);
    QCOMPARE(raisedObstacles.at(0).projectHolders, 1);

    // A deleted project holder no longer counts.
    QVERIFY(m_store->remove(RecordKind::Organisation, coopC).ok());
    QCOMPARE(m_activities->barrierDomainCounts().value().at(1).projectHolders, 2);
}

void tst_ActivityFilters::barrierPagesBySeverityAndDomain()
{
    const QString low = addBarrier(QStringLiteral("Accès aux données"),
                                   QStringLiteral("obstacle"),
                                   QStringLiteral("legal"),
                                   QStringLiteral("open"),
                                   {});
    const QString critical = addBarrier(QStringLiteral("Zonage des entrepôts"),
                                        QStringLiteral("obstacle"),
                                        QStringLiteral("legal"),
                                        QStringLiteral("open"),
                                        {});
    const QString medium = addBarrier(QStringLiteral("Bail commercial"),
                                      QStringLiteral("obstacle"),
                                      QStringLiteral("legal"),
                                      QStringLiteral("open"),
                                      {});
    const QString withoutDomain = addBarrier(QStringLiteral("Bénévolat non reconnu"),
                                             QStringLiteral("obstacle"),
                                             QString(),
                                             QStringLiteral("open"),
                                             {});
    const QString tax = addBarrier(QStringLiteral("TVA des plateformes"),
                                   QStringLiteral("opportunity"),
                                   QStringLiteral("tax"),
                                   QStringLiteral("open"),
                                   {});
    for (const auto &[id, severity] :
         {qMakePair(low, QStringLiteral("low")), qMakePair(critical, QStringLiteral("critical"))}) {
        Barrier barrier = m_activities->barrier(id).value();
        barrier.severity = severity;
        QVERIFY(m_activities->updateBarrier(barrier).ok());
    }
    const auto ids = [](const Result<QList<Barrier>> &barriers) {
        QStringList list;
        for (const Barrier &barrier : barriers.value())
            list.append(barrier.meta.id);
        return list;
    };

    // Most severe first, whatever the title: critical, medium (the default), low.
    const ActivityListQuery query = queryOf(RecordKind::Barrier);
    QCOMPARE(ids(m_activities->barriers(query, QStringLiteral("legal"), 0, 10)),
             (QStringList{critical, medium, low}));
    QCOMPARE(ids(m_activities->barriers(query, QStringLiteral("legal"), 1, 1)),
             QStringList{medium});
    QCOMPARE(ids(m_activities->barriers(query, QStringLiteral("legal"), 3, 10)), QStringList());
    QCOMPARE(ids(m_activities->barriers(query, QString(), 0, 10)), QStringList{withoutDomain});
    QCOMPARE(ids(m_activities->barriers(query, QStringLiteral("tax"), 0, 10)), QStringList{tax});
    // Without a domain: every domain, medium ones by title.
    QCOMPARE(ids(m_activities->barriers(query, std::nullopt, 0, 10)),
             (QStringList{critical, medium, withoutDomain, tax, low}));
    ActivityListQuery opportunities = query;
    opportunities.barrierKind = QStringLiteral("opportunity");
    QCOMPARE(ids(m_activities->barriers(opportunities, QStringLiteral("legal"), 0, 10)),
             QStringList());
}

void tst_ActivityFilters::versionFiveFileIndexesPlaces()
{
    const QString path = m_dir.filePath(QStringLiteral("v5.coopatlas"));
    {
        auto db = Database::open(path, schemaMigrations().mid(0, 5));
        QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().text()));
        QCOMPARE((*db)->schemaVersion(), 5);
        Store store(std::move(db).value());
        ActivityStore activities(store);
        Workshop workshop;
        workshop.title = QStringLiteral("Atelier d'avant");
        workshop.axis = QStringLiteral("equip");
        workshop.theme = QStringLiteral("legal-forms");
        workshop.venue = QStringLiteral("Maison de quartier, Molenbeek");
        workshop.start = QDateTime(QDate(2026, 2, 3), QTime(9, 0), Qt::UTC);
        workshop.end = workshop.start.addSecs(3600);
        QVERIFY(activities.insertWorkshop(workshop).ok());
        Residency residency;
        residency.title = QStringLiteral("Résidence d'avant");
        residency.city = QStringLiteral("other");
        residency.cityName = QStringLiteral("Lisboa");
        residency.timeZone = QStringLiteral("Europe/Lisbon");
        residency.start = QDate(2026, 2, 1);
        residency.end = QDate(2026, 2, 7);
        QVERIFY(activities.insertResidency(residency).ok());
        QCOMPARE(
            activities.count(queryOf(RecordKind::Workshop, QStringLiteral("molenbeek"))).value(),
            0);
    }
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().text()));
    QCOMPARE((*db)->schemaVersion(), 6);
    Store store(std::move(db).value());
    ActivityStore activities(store);
    QCOMPARE(activities.count(queryOf(RecordKind::Workshop, QStringLiteral("molenbeek"))).value(),
             1);
    QCOMPARE(
        activities.count(queryOf(RecordKind::Workshop, QStringLiteral("rechtsvormen"))).value(), 1);
    QCOMPARE(activities.count(queryOf(RecordKind::Residency, QStringLiteral("lisboa"))).value(), 1);
    // Each record has one index row: the title still finds it once.
    QCOMPARE(store.search(QStringLiteral("avant")).value().size(), 2);
}

QTEST_GUILESS_MAIN(tst_ActivityFilters)
#include "tst_activityfilters.moc"
