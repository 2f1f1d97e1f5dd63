// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportfixture.h"

#include <core/reports/reportbuilder.h>
#include <core/storage/database.h>
#include <core/storage/store.h>

#include <QTemporaryDir>
#include <QTest>

using namespace CoopAtlas::Core;

class tst_ReportBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testPeriods();
    void testPeriodErrors();
    void testSummary();
    void testSectors();
    void testCommunesInFrench();
    void testOrganisations();
    void testLinkTypes();
    void testGrowth();
    void testWorkshops();
    void testResidencies();
    void testResourcesAndBarriers();
    void testEmptyPeriod();
    void testRecordNames();
    void cancelledWhenFlagSet();

private:
    [[nodiscard]] ReportData build(const ReportPeriod &period, const QString &language = {});
    [[nodiscard]] QStringList ids(const QStringList &shortNames) const;
    [[nodiscard]] static const ReportSection &section(const ReportData &data, const QString &key);
    [[nodiscard]] static const ReportFigure &figure(const ReportSection &section,
                                                    const QString &key);

    QTemporaryDir m_dir;
    QString m_path;
    QHash<QString, QString> m_ids;
};

void tst_ReportBuilder::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("report.sqlite"));
    m_ids = ReportFixture::createStore(m_path);
    QCOMPARE(m_ids.size(), 25);
}

ReportData tst_ReportBuilder::build(const ReportPeriod &period, const QString &language)
{
    auto database = Database::open(m_path);
    if (!database) {
        qWarning("%s", qPrintable(database.error().text()));
        return {};
    }
    Store store(std::move(database).value());
    const auto templates
        = ReportTemplates::load(language.isEmpty() ? QStringLiteral("en") : language, {});
    if (!templates) {
        return {};
    }
    ReportBuilder builder(store, *templates);
    Result<ReportData> data = builder.build(period);
    return data ? std::move(data).value() : ReportData{};
}

QStringList tst_ReportBuilder::ids(const QStringList &shortNames) const
{
    QStringList list;
    for (const QString &name : shortNames) {
        list.append(m_ids.value(name));
    }
    list.sort();
    return list;
}

const ReportSection &tst_ReportBuilder::section(const ReportData &data, const QString &key)
{
    static const ReportSection none;
    for (const ReportSection &candidate : data.sections) {
        if (candidate.key == key) {
            return candidate;
        }
    }
    return none;
}

const ReportFigure &tst_ReportBuilder::figure(const ReportSection &section, const QString &key)
{
    static const ReportFigure none;
    for (const ReportFigure &candidate : section.figures) {
        if (candidate.key == key) {
            return candidate;
        }
    }
    return none;
}

void tst_ReportBuilder::testPeriods()
{
    const ReportPeriod quarter = *ReportPeriod::quarter(QStringLiteral("2026-Q1"));
    QCOMPARE(quarter.from, QDate(2026, 1, 1));
    QCOMPARE(quarter.to, QDate(2026, 3, 31));
    QCOMPARE(quarter.previous().from, QDate(2025, 10, 1));
    QCOMPARE(quarter.previous().to, QDate(2025, 12, 31));
    QCOMPARE(quarter.name(), QStringLiteral("2026-Q1"));
    const ReportPeriod year = *ReportPeriod::year(2024);
    QCOMPARE(year.previous().from, QDate(2023, 1, 1));
    QCOMPARE(year.previous().to, QDate(2023, 12, 31));
    const ReportPeriod range
        = *ReportPeriod::range(QStringLiteral("2026-03-01"), QStringLiteral("2026-03-10"));
    QCOMPARE(range.days(), 10);
    QCOMPARE(range.previous().from, QDate(2026, 2, 19));
    QCOMPARE(range.previous().to, QDate(2026, 2, 28));
}

void tst_ReportBuilder::testPeriodErrors()
{
    QVERIFY(!ReportPeriod::quarter(QStringLiteral("2026-Q5")).ok());
    QVERIFY(!ReportPeriod::quarter(QStringLiteral("2026Q1")).ok());
    QVERIFY(!ReportPeriod::year(12).ok());
    QVERIFY(!ReportPeriod::range(QStringLiteral("2026-03-10"), QStringLiteral("2026-03-01")).ok());
    QVERIFY(!ReportPeriod::range(QStringLiteral("2026-02-30"), QStringLiteral("2026-03-01")).ok());
    QVERIFY(!ReportPeriod::range(QStringLiteral("2026-10-01x"), QStringLiteral("2026-12-31")).ok());
    QVERIFY(
        !ReportPeriod::range(QStringLiteral("2026-10-01"), QStringLiteral("2026-12-31 junk")).ok());
}

void tst_ReportBuilder::testSummary()
{
    const ReportData data = build(*ReportPeriod::quarter(QStringLiteral("2026-Q1")));
    const ReportSection &summary = section(data, QStringLiteral("summary"));
    QCOMPARE(summary.figures.size(), 6);
    const auto check = [&](const char *key, const QStringList &now, const QStringList &before) {
        const ReportFigure &row = figure(summary, QLatin1String(key));
        QCOMPARE(row.currentIds, ids(now));
        QCOMPARE(row.previousIds, ids(before));
    };
    using L = QStringList;
    check("supported", L{u"H1"_qs, u"H2"_qs, u"H3"_qs}, L{u"H1"_qs, u"H3"_qs, u"H4"_qs});
    check("new", L{u"H2"_qs}, L{u"H1"_qs, u"H4"_qs});
    check("supported-to-date",
          L{u"H1"_qs, u"H2"_qs, u"H3"_qs, u"H4"_qs},
          L{u"H1"_qs, u"H3"_qs, u"H4"_qs});
    check("support-organisations", L{u"S1"_qs, u"S2"_qs}, L{u"S1"_qs, u"S2"_qs});
    check("funders", L{u"F1"_qs}, L{u"F1"_qs});
    check("links-created", L{u"L1"_qs, u"L3"_qs, u"L6"_qs, u"L7"_qs}, L{u"L2"_qs, u"L5"_qs});
    QCOMPARE(figure(summary, QStringLiteral("supported")).label,
             QStringLiteral("Project holders supported"));
    QCOMPARE(figure(summary, QStringLiteral("new")).current(), 1);
    QCOMPARE(figure(summary, QStringLiteral("new")).previous(), 2);
}

void tst_ReportBuilder::testSectors()
{
    const ReportData data = build(*ReportPeriod::quarter(QStringLiteral("2026-Q1")));
    const ReportSection &sectors = section(data, QStringLiteral("sectors"));
    QStringList keys;
    for (const ReportFigure &row : sectors.figures) {
        keys.append(row.key);
    }
    // Sorted by English label, the row without a sector last.
    QCOMPARE(keys, QStringList({u"culture"_qs, u"food"_qs, u"mobility"_qs, u"unknown"_qs}));
    QCOMPARE(figure(sectors, QStringLiteral("food")).currentIds, ids({u"H1"_qs, u"H2"_qs}));
    QCOMPARE(figure(sectors, QStringLiteral("food")).previousIds, ids({u"H1"_qs}));
    QCOMPARE(figure(sectors, QStringLiteral("culture")).current(), 0);
    QCOMPARE(figure(sectors, QStringLiteral("culture")).previousIds, ids({u"H4"_qs}));
    QCOMPARE(figure(sectors, QStringLiteral("unknown")).currentIds, ids({u"H3"_qs}));
    QCOMPARE(figure(sectors, QStringLiteral("unknown")).label,
             QStringLiteral("Sector not recorded"));
    QCOMPARE(sectors.chart, ReportChart::Bars);
}

void tst_ReportBuilder::testCommunesInFrench()
{
    const ReportData data
        = build(*ReportPeriod::quarter(QStringLiteral("2026-Q1")), QStringLiteral("fr"));
    const ReportSection &communes = section(data, QStringLiteral("communes"));
    QCOMPARE(communes.title, QStringLiteral("Porteurs de projet par commune"));
    QStringList labels;
    for (const ReportFigure &row : communes.figures) {
        labels.append(row.label);
    }
    QCOMPARE(labels,
             QStringList({u"Anderlecht"_qs,
                          u"Ixelles"_qs,
                          u"Saint-Gilles"_qs,
                          u"Hors de Bruxelles ou non renseignée"_qs}));
    QCOMPARE(figure(communes, QStringLiteral("ixelles")).currentIds, ids({u"H1"_qs}));
    const ReportSection &stages = section(data, QStringLiteral("stages"));
    QCOMPARE(figure(stages, QStringLiteral("idea")).label, QStringLiteral("Idée"));
    QCOMPARE(figure(stages, QStringLiteral("idea")).currentIds, ids({u"H2"_qs}));
    QCOMPARE(figure(stages, QStringLiteral("paused")).previousIds, ids({u"H4"_qs}));
}

void tst_ReportBuilder::testOrganisations()
{
    const ReportData data = build(*ReportPeriod::quarter(QStringLiteral("2026-Q1")));
    const ReportSection &organisations = section(data, QStringLiteral("organisations"));
    QStringList labels;
    for (const ReportFigure &row : organisations.figures) {
        labels.append(row.label);
    }
    // Collation puts "Région" between "Febecoop" and "SAW-B", case-insensitively.
    QCOMPARE(labels,
             QStringList({u"Febecoop · Łódź Ősz Řeka 🤝"_qs,
                          u"Région de Bruxelles-Capitale"_qs,
                          u"SAW-B"_qs}));
    QCOMPARE(figure(organisations, m_ids.value(u"S1"_qs)).currentIds, ids({u"H1"_qs, u"H3"_qs}));
    QCOMPARE(figure(organisations, m_ids.value(u"S1"_qs)).previousIds, ids({u"H3"_qs}));
    QCOMPARE(figure(organisations, m_ids.value(u"S2"_qs)).previousIds, ids({u"H4"_qs}));
}

void tst_ReportBuilder::testLinkTypes()
{
    const ReportData data = build(*ReportPeriod::quarter(QStringLiteral("2026-Q1")));
    const ReportSection &types = section(data, QStringLiteral("link-types"));
    QCOMPARE(types.figures.size(), 3);
    QCOMPARE(figure(types, QStringLiteral("supports")).currentIds,
             ids({u"L1"_qs, u"L3"_qs, u"L7"_qs}));
    QCOMPARE(figure(types, QStringLiteral("supports")).previousIds, ids({u"L5"_qs}));
    QCOMPARE(figure(types, QStringLiteral("funds")).current(), 0);
    QCOMPARE(figure(types, QStringLiteral("funds")).previousIds, ids({u"L2"_qs}));
    QCOMPARE(figure(types, QStringLiteral("partners-with")).label, QStringLiteral("Partners with"));
}

void tst_ReportBuilder::testGrowth()
{
    const ReportData data = build(*ReportPeriod::quarter(QStringLiteral("2026-Q1")));
    const ReportSection &growth = section(data, QStringLiteral("growth"));
    QCOMPARE(growth.figures.size(), 3);
    QCOMPARE(growth.figures.at(0).key, QStringLiteral("2026-01"));
    QCOMPARE(growth.figures.at(0).label, QStringLiteral("January 2026"));
    QCOMPARE(growth.figures.at(0).current(), 0);
    QCOMPARE(growth.figures.at(0).previousIds, ids({u"H4"_qs}));
    QCOMPARE(growth.figures.at(1).previousIds, ids({u"H1"_qs}));
    QCOMPARE(growth.figures.at(2).currentIds, ids({u"H2"_qs}));
    QCOMPARE(growth.figures.at(2).previous(), 0);
    QCOMPARE(growth.chart, ReportChart::Line);
}

void tst_ReportBuilder::testWorkshops()
{
    const ReportData data = build(*ReportPeriod::quarter(QStringLiteral("2026-Q1")));
    const ReportSection &workshops = section(data, QStringLiteral("workshops"));
    QCOMPARE(workshops.figures.size(), 5);
    QCOMPARE(figure(workshops, QStringLiteral("workshops-held")).currentIds, ids({u"W1"_qs}));
    QCOMPARE(figure(workshops, QStringLiteral("workshops-held")).previous(), 0);
    QCOMPARE(figure(workshops, QStringLiteral("registrations")).currentIds,
             ids({u"A1"_qs, u"A2"_qs}));
    QCOMPARE(figure(workshops, QStringLiteral("attended")).currentIds, ids({u"A1"_qs}));
    QCOMPARE(figure(workshops, QStringLiteral("participant-people")).currentIds, ids({u"P1"_qs}));
    QCOMPARE(figure(workshops, QStringLiteral("participant-organisations")).currentIds,
             ids({u"H1"_qs}));
    QVERIFY(workshops.introduction.endsWith(
        QStringLiteral("Attendance rate (attended / registered): 50 % this period, not measured "
                       "(no registration) in the previous period.")));
    // The rate of the introduction, as a value for the XLSX and CSV writers.
    QCOMPARE(workshops.measures.size(), 1);
    const ReportMeasure &rate = workshops.measures.constFirst();
    QCOMPARE(rate.key, u"attendance-rate"_qs);
    QCOMPARE(rate.current, std::optional<double>(50.0));
    QCOMPARE(rate.previous, std::optional<double>());
    QCOMPARE(rate.currentIds, ids({u"A1"_qs, u"A2"_qs}));
    QCOMPARE(data.recordNames.value(m_ids.value(u"W1"_qs)), QStringLiteral("Workshop W1"));
}

void tst_ReportBuilder::testResidencies()
{
    const ReportData data = build(*ReportPeriod::quarter(QStringLiteral("2026-Q1")));
    const ReportSection &residencies = section(data, QStringLiteral("residencies"));
    QCOMPARE(residencies.figures.size(), 2);
    QCOMPARE(figure(residencies, QStringLiteral("residencies")).currentIds, ids({u"R1"_qs}));
    QCOMPARE(figure(residencies, QStringLiteral("residency-participants")).currentIds,
             ids({u"P1"_qs}));
    QCOMPARE(figure(residencies, QStringLiteral("residency-participants")).previous(), 0);
    QVERIFY2(residencies.introduction.endsWith(
                 QStringLiteral("Budget of these residencies: €1,200.00 planned, €980.50 spent.")),
             qPrintable(residencies.introduction));
    QCOMPARE(residencies.measures.size(), 2);
    QCOMPARE(residencies.measures.at(0).key, u"budget-planned"_qs);
    QCOMPARE(residencies.measures.at(0).current, std::optional<double>(1200.0));
    QCOMPARE(residencies.measures.at(0).previous, std::optional<double>(0.0));
    QCOMPARE(residencies.measures.at(1).key, u"budget-actual"_qs);
    QCOMPARE(residencies.measures.at(1).current, std::optional<double>(980.5));
    QCOMPARE(residencies.measures.at(1).currentIds, ids({u"R1"_qs}));
    QCOMPARE(data.recordNames.value(m_ids.value(u"P1"_qs)), QStringLiteral("Zoë P1"));
}

void tst_ReportBuilder::testResourcesAndBarriers()
{
    const ReportData data = build(*ReportPeriod::quarter(QStringLiteral("2026-Q1")));
    const ReportSection &resources = section(data, QStringLiteral("resources"));
    QCOMPARE(resources.figures.size(), 1);
    QCOMPARE(resources.figures.at(0).current(), 0);
    const ReportData today
        = build(*ReportPeriod::range(QDate::currentDate(), QDate::currentDate()));
    QCOMPARE(section(today, QStringLiteral("resources")).figures.at(0).currentIds, ids({u"K1"_qs}));
    const ReportSection &barriers = section(data, QStringLiteral("barriers"));
    QCOMPARE(barriers.figures.size(), 5);
    QCOMPARE(figure(barriers, QStringLiteral("raised")).currentIds, ids({u"B1"_qs}));
    QCOMPARE(figure(barriers, QStringLiteral("open")).current(), 0);
    QCOMPARE(figure(barriers, QStringLiteral("open")).previousIds, ids({u"B2"_qs}));
    QCOMPARE(figure(barriers, QStringLiteral("recommendations")).currentIds, ids({u"B1"_qs}));
    QCOMPARE(figure(barriers, QStringLiteral("recommendations")).previous(), 0);
    QCOMPARE(figure(barriers, QStringLiteral("raised")).label,
             QStringLiteral("Raised with an authority"));
}

void tst_ReportBuilder::testEmptyPeriod()
{
    const ReportData data = build(*ReportPeriod::year(2010));
    QVERIFY(data.isEmptyPeriod());
    QCOMPARE(data.sections.size(), 12);
    for (const ReportSection &candidate : data.sections) {
        QVERIFY2(candidate.key == u"summary" || candidate.key == u"growth"
                     || candidate.key == u"workshops" || candidate.key == u"residencies"
                     || candidate.key == u"resources" || candidate.key == u"barriers"
                     || candidate.figures.isEmpty(),
                 qPrintable(candidate.key));
        QVERIFY(!candidate.hasActivity());
    }
    QCOMPARE(section(data, QStringLiteral("growth")).figures.size(), 12);
    QVERIFY(!build(*ReportPeriod::quarter(QStringLiteral("2026-Q1"))).isEmptyPeriod());
}

void tst_ReportBuilder::testRecordNames()
{
    const ReportData data = build(*ReportPeriod::quarter(QStringLiteral("2026-Q1")));
    QCOMPARE(data.recordNames.value(m_ids.value(u"H3"_qs)), QStringLiteral("Ősz Platform 🚲"));
    QCOMPARE(data.recordNames.value(m_ids.value(u"L1"_qs)),
             QStringLiteral("SAW-B → Ølstad Mobility"));
}

void tst_ReportBuilder::cancelledWhenFlagSet()
{
    auto database = Database::open(m_path);
    QVERIFY(database.ok());
    Store store(std::move(database).value());
    const auto templates = ReportTemplates::load(QStringLiteral("en"), {});
    QVERIFY(templates.ok());
    ReportBuilder builder(store, *templates);
    builder.setCancelFlag(std::make_shared<std::atomic_bool>(true));
    const Result<ReportData> data = builder.build(*ReportPeriod::year(2026));
    QVERIFY(!data.ok());
    QCOMPARE(data.error().message, QStringLiteral("The report was cancelled."));
}

QTEST_GUILESS_MAIN(tst_ReportBuilder)
#include "tst_reportbuilder.moc"
