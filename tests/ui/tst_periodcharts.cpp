// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/storage/activitystore.h>
#include <core/storage/database.h>
#include <core/storage/store.h>
#include <ui/dashboard/chartsaving.h>
#include <ui/dashboard/periodchartswidget.h>
#include <ui/dashboard/periodseries.h>

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace CoopAtlas;

class tst_PeriodCharts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void quarterAndYearStarts();
    void countPerPeriodKeepsEmptyPeriods();
    void countPerPeriodSkipsOutsideAndUndated();
    void noLinksShowsMessage();
    void oneLinkDrawsOneBar();
    void chartSavesAsPngAndSvg();
    void keepLargestSeriesMergesTheRest();
    void periodTotalsSpreadOverPeriods();
    void projectHoldersStackedBySector();
    void workshopParticipantsStacked();
    void residenciesGroupedPerPeriod();
    void yearGranularityReadsAgain();
    void noActivityShowsMessages();
    void sectorChartSavesAsPngAndSvg();

private:
    QString addOrganisation(const QString &name);
    void addLink(const QString &type, const QDate &start);
    void addHolder(const QString &sector, const QDate &founded, const QString &kind = {});
    void showWidget();
    /// Labels and values of the bar sets of `chart`'s only series, one string per set.
    [[nodiscard]] QStringList barSets(Ui::PeriodChartsWidget::Chart chart) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Store> m_store;
    std::unique_ptr<Ui::PeriodChartsWidget> m_widget;
    QString m_first;
    QString m_second;
    int m_holders = 0;
};

void tst_PeriodCharts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Core::Database::open(m_dir->filePath(QStringLiteral("periods.sqlite")));
    QVERIFY(db.ok());
    m_store = std::make_unique<Core::Store>(std::move(db).value());
    m_first = addOrganisation(QStringLiteral("First"));
    m_second = addOrganisation(QStringLiteral("Second"));
}

void tst_PeriodCharts::cleanup()
{
    m_widget.reset();
    m_store.reset();
    m_dir.reset();
}

QString tst_PeriodCharts::addOrganisation(const QString &name)
{
    Core::Organisation org;
    org.name = name;
    org.kind = QStringLiteral("other");
    auto id = m_store->insertOrganisation(org);
    return id ? id.value() : QString();
}

void tst_PeriodCharts::addLink(const QString &type, const QDate &start)
{
    Core::Link link;
    link.fromId = m_first;
    link.toId = m_second;
    link.type = type;
    link.start = start;
    QVERIFY(m_store->insertLink(link).ok());
}

void tst_PeriodCharts::addHolder(const QString &sector, const QDate &founded, const QString &kind)
{
    Core::Organisation org;
    org.name = QStringLiteral("Holder %1").arg(++m_holders);
    org.kind = kind.isEmpty() ? QStringLiteral("project-holder") : kind;
    if (!sector.isEmpty())
        org.sectors = {sector};
    org.founded = founded;
    QVERIFY(m_store->insertOrganisation(org).ok());
}

void tst_PeriodCharts::showWidget()
{
    m_widget = std::make_unique<Ui::PeriodChartsWidget>();
    m_widget->resize(800, 400);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    QSignalSpy refreshed(m_widget.get(), &Ui::PeriodChartsWidget::refreshed);
    m_widget->setStore(m_store.get());
    QVERIFY(refreshed.wait(20000));
    m_widget->setPeriod(QDate(2024, 1, 1), QDate(2024, 12, 31), Ui::PeriodGranularity::Quarter);
    // The links are redrawn at once, but the workshop and residency counts are read again.
    QVERIFY(m_widget->isBusy());
    QVERIFY(refreshed.wait(20000));
    QVERIFY(!m_widget->isBusy());
}

QStringList tst_PeriodCharts::barSets(Ui::PeriodChartsWidget::Chart chart) const
{
    QStringList sets;
    const QList<QAbstractSeries *> series = m_widget->chartView(chart)->chart()->series();
    if (series.size() != 1)
        return {QStringLiteral("%1 series").arg(series.size())};
    const auto *bars = qobject_cast<QAbstractBarSeries *>(series.first());
    if (!bars)
        return {QStringLiteral("not a bar series")};
    for (const QBarSet *set : bars->barSets()) {
        QStringList values;
        for (int i = 0; i < set->count(); ++i)
            values.append(QString::number(set->at(i)));
        sets.append(set->label() + u' ' + values.join(u','));
    }
    return sets;
}

void tst_PeriodCharts::quarterAndYearStarts()
{
    using Ui::PeriodGranularity;
    QCOMPARE(Ui::periodStart(QDate(2024, 5, 17), PeriodGranularity::Quarter), QDate(2024, 4, 1));
    QCOMPARE(Ui::periodStart(QDate(2024, 12, 31), PeriodGranularity::Quarter), QDate(2024, 10, 1));
    QCOMPARE(Ui::periodStart(QDate(2024, 5, 17), PeriodGranularity::Year), QDate(2024, 1, 1));
    QCOMPARE(Ui::periodLabel(QDate(2024, 4, 1), PeriodGranularity::Quarter),
             QStringLiteral("2024 Q2"));
    QCOMPARE(Ui::periodLabel(QDate(2024, 1, 1), PeriodGranularity::Year), QStringLiteral("2024"));
}

void tst_PeriodCharts::countPerPeriodKeepsEmptyPeriods()
{
    const QList<QPair<QDate, QString>> events{{QDate(2024, 1, 10), QStringLiteral("supports")},
                                              {QDate(2024, 3, 31), QStringLiteral("supports")},
                                              {QDate(2024, 10, 1), QStringLiteral("funds")}};
    const Ui::PeriodCounts counts = Ui::countPerPeriod(
        events, QDate(2024, 1, 1), QDate(2024, 12, 31), Ui::PeriodGranularity::Quarter);
    QCOMPARE(counts.periods.size(), 4);
    QCOMPARE(counts.periods.first(), QDate(2024, 1, 1));
    QCOMPARE(counts.series, QStringList({QStringLiteral("funds"), QStringLiteral("supports")}));
    QCOMPARE(counts.counts.value(QStringLiteral("supports")), QList<int>({2, 0, 0, 0}));
    QCOMPARE(counts.counts.value(QStringLiteral("funds")), QList<int>({0, 0, 0, 1}));
}

void tst_PeriodCharts::countPerPeriodSkipsOutsideAndUndated()
{
    const QList<QPair<QDate, QString>> events{{QDate(2023, 12, 31), QStringLiteral("supports")},
                                              {QDate(), QStringLiteral("supports")},
                                              {QDate(2025, 1, 1), QStringLiteral("supports")}};
    const Ui::PeriodCounts counts = Ui::countPerPeriod(
        events, QDate(2024, 1, 1), QDate(2024, 12, 31), Ui::PeriodGranularity::Year);
    QCOMPARE(counts.periods, QList<QDate>({QDate(2024, 1, 1)}));
    QVERIFY(counts.isEmpty());
    QVERIFY(Ui::countPerPeriod(
                events, QDate(2024, 2, 1), QDate(2024, 1, 1), Ui::PeriodGranularity::Year)
                .periods.isEmpty());
}

void tst_PeriodCharts::noLinksShowsMessage()
{
    addLink(QStringLiteral("supports"), QDate(2020, 5, 1));
    showWidget();
    QVERIFY(!m_widget->linksHaveData());
    QVERIFY(m_widget->linkCounts().isEmpty());
}

void tst_PeriodCharts::oneLinkDrawsOneBar()
{
    addLink(QStringLiteral("supports"), QDate(2024, 5, 1));
    showWidget();
    QVERIFY(m_widget->linksHaveData());
    const QList<QAbstractSeries *> series = m_widget->linksView()->chart()->series();
    QCOMPARE(series.size(), 1);
    auto *bars = qobject_cast<QStackedBarSeries *>(series.first());
    QVERIFY(bars);
    QCOMPARE(bars->count(), 1);
    QCOMPARE(bars->barSets().first()->count(), 4);
    QCOMPARE(bars->barSets().first()->at(1), 1.0);
    QCOMPARE(bars->barSets().first()->at(0), 0.0);
}

void tst_PeriodCharts::chartSavesAsPngAndSvg()
{
    addLink(QStringLiteral("supports"), QDate(2024, 5, 1));
    showWidget();
    const QString png = m_dir->filePath(QStringLiteral("chart.png"));
    const QString svg = m_dir->filePath(QStringLiteral("chart.svg"));
    QVERIFY(Ui::saveChart(m_widget->linksView(), png).ok());
    QVERIFY(Ui::saveChart(m_widget->linksView(), svg).ok());
    QVERIFY(!QImage(png).isNull());
    QVERIFY(QSvgRenderer(svg).isValid());
    QVERIFY(!Ui::saveChart(m_widget->linksView(), m_dir->filePath(QStringLiteral("no/chart.png")))
                 .ok());
}

void tst_PeriodCharts::keepLargestSeriesMergesTheRest()
{
    Ui::PeriodCounts counts;
    counts.periods = {QDate(2024, 1, 1), QDate(2024, 4, 1)};
    counts.series
        = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
    counts.counts.insert(QStringLiteral("a"), {1, 0});
    counts.counts.insert(QStringLiteral("b"), {2, 2});
    counts.counts.insert(QStringLiteral("c"), {0, 1});
    counts.counts.insert(QStringLiteral("d"), {0, 3});
    const Ui::PeriodCounts two = Ui::keepLargestSeries(counts, 2, QStringLiteral("other"));
    QCOMPARE(two.series,
             QStringList({QStringLiteral("b"), QStringLiteral("d"), QStringLiteral("other")}));
    QCOMPARE(two.counts.value(QStringLiteral("b")), QList<int>({2, 2}));
    QCOMPARE(two.counts.value(QStringLiteral("other")), QList<int>({1, 1}));
    QCOMPARE(two.periods, counts.periods);
    // Merging a single series into "other" would only rename it.
    const Ui::PeriodCounts three = Ui::keepLargestSeries(counts, 3, QStringLiteral("other"));
    QCOMPARE(
        three.series,
        QStringList(
            {QStringLiteral("b"), QStringLiteral("d"), QStringLiteral("a"), QStringLiteral("c")}));
}

void tst_PeriodCharts::periodTotalsSpreadOverPeriods()
{
    const QList<Ui::PeriodTotal> totals{{QDate(2024, 2, 1), QStringLiteral("x"), 2},
                                        {QDate(2024, 3, 1), QStringLiteral("x"), 1},
                                        {QDate(2024, 8, 1), QStringLiteral("y"), 4},
                                        {QDate(2025, 1, 1), QStringLiteral("x"), 9},
                                        {QDate(2024, 5, 1), QStringLiteral("z"), 0}};
    const Ui::PeriodCounts counts
        = Ui::periodTotals(totals,
                           QDate(2024, 1, 1),
                           QDate(2024, 12, 31),
                           Ui::PeriodGranularity::Quarter,
                           {QStringLiteral("y"), QStringLiteral("x"), QStringLiteral("z")});
    QCOMPARE(counts.periods.size(), 4);
    QCOMPARE(counts.series, QStringList({QStringLiteral("y"), QStringLiteral("x")}));
    QCOMPARE(counts.counts.value(QStringLiteral("x")), QList<int>({3, 0, 0, 0}));
    QCOMPARE(counts.counts.value(QStringLiteral("y")), QList<int>({0, 0, 4, 0}));
    QVERIFY(!counts.counts.contains(QStringLiteral("z")));
}

void tst_PeriodCharts::projectHoldersStackedBySector()
{
    const QString food = QStringLiteral("food");
    addHolder(food, QDate(2024, 2, 10));
    addHolder(food, QDate(2024, 2, 20));
    addHolder(food, QDate(2024, 5, 1));
    addHolder(QStringLiteral("mobility"), QDate(2024, 4, 2));
    addHolder(QStringLiteral("mobility"), QDate(2024, 11, 11));
    for (const char *sector : {"housing", "culture", "care", "energy", "finance", "media"})
        addHolder(QLatin1String(sector), QDate(2024, 7, 1));
    addHolder(QString(), QDate(2024, 8, 1));
    addHolder(food, QDate());                                     // no founding date
    addHolder(food, QDate(2023, 12, 31));                         // before the period
    addHolder(food, QDate(2024, 2, 1), QStringLiteral("funder")); // not a project holder
    showWidget();

    using Chart = Ui::PeriodChartsWidget::Chart;
    QVERIFY(m_widget->hasData(Chart::ProjectHolders));
    // Six sectors apart, largest first with ties by key, and the rest as "Other sectors".
    QCOMPARE(barSets(Chart::ProjectHolders),
             QStringList({QStringLiteral("Food 2,1,0,0"),
                          QStringLiteral("Mobility 0,1,0,1"),
                          QStringLiteral("No sector 0,0,1,0"),
                          QStringLiteral("Care 0,0,1,0"),
                          QStringLiteral("Culture 0,0,1,0"),
                          QStringLiteral("Energy 0,0,1,0"),
                          QStringLiteral("Other sectors 0,0,3,0")}));
    QVERIFY(qobject_cast<QStackedBarSeries *>(
        m_widget->chartView(Chart::ProjectHolders)->chart()->series().first()));
    QCOMPARE(m_widget->chartView(Chart::ProjectHolders)->chart()->title(),
             QStringLiteral("Project holders founded per quarter, by sector"));
    QCOMPARE(m_widget->note(Chart::ProjectHolders),
             QStringLiteral("Each project holder counts once, under its first sector. Project "
                            "holders without a founding date, not shown: 1."));
}

void tst_PeriodCharts::workshopParticipantsStacked()
{
    Core::Person person;
    person.formattedName = QStringLiteral("Ana");
    const auto ana = m_store->insertPerson(person);
    QVERIFY(ana.ok());
    Core::ActivityStore activities(*m_store);
    Core::Workshop workshop;
    workshop.title = QStringLiteral("Statutes");
    workshop.theme = QStringLiteral("legal-forms");
    workshop.axis = QStringLiteral("equip");
    workshop.status = QStringLiteral("held");
    workshop.start = QDateTime(QDate(2024, 5, 10), QTime(10, 0), QTimeZone("Europe/Brussels"));
    workshop.end = workshop.start.addSecs(7200);
    const auto workshopId = activities.insertWorkshop(workshop);
    QVERIFY(workshopId.ok());
    for (const QString &participant : {*ana, m_first}) {
        Core::Participation participation;
        participation.workshopId = *workshopId;
        participation.participantId = participant;
        QVERIFY(activities.insertParticipation(participation).ok());
    }
    showWidget();

    using Chart = Ui::PeriodChartsWidget::Chart;
    QVERIFY(m_widget->hasData(Chart::Workshops));
    QCOMPARE(
        barSets(Chart::Workshops),
        QStringList({QStringLiteral("People 0,1,0,0"), QStringLiteral("Organisations 0,1,0,0")}));
    QVERIFY(qobject_cast<QStackedBarSeries *>(
        m_widget->chartView(Chart::Workshops)->chart()->series().first()));
    QVERIFY(m_widget->note(Chart::Workshops).endsWith(QStringLiteral("Held workshops: 1.")));
    QVERIFY(!m_widget->hasData(Chart::Residencies));
}

void tst_PeriodCharts::residenciesGroupedPerPeriod()
{
    Core::ActivityStore activities(*m_store);
    Core::Residency residency;
    residency.title = QStringLiteral("Berlin");
    residency.city = QStringLiteral("berlin");
    residency.start = QDate(2024, 9, 1);
    residency.end = QDate(2024, 9, 10);
    const auto residencyId = activities.insertResidency(residency);
    QVERIFY(residencyId.ok());
    for (const QString &name : {QStringLiteral("Ana"), QStringLiteral("Ben")}) {
        Core::Person person;
        person.formattedName = name;
        const auto id = m_store->insertPerson(person);
        QVERIFY(id.ok());
        Core::Stay stay;
        stay.residencyId = *residencyId;
        stay.personId = *id;
        stay.arrival = QDate(2024, 9, 1);
        stay.departure = QDate(2024, 9, 10);
        QVERIFY(activities.insertStay(stay).ok());
    }
    showWidget();

    using Chart = Ui::PeriodChartsWidget::Chart;
    QVERIFY(m_widget->hasData(Chart::Residencies));
    QCOMPARE(barSets(Chart::Residencies),
             QStringList({QStringLiteral("Residencies started 0,0,1,0"),
                          QStringLiteral("Participants 0,0,2,0")}));
    auto *grouped = qobject_cast<QBarSeries *>(
        m_widget->chartView(Chart::Residencies)->chart()->series().first());
    QVERIFY(grouped);
    QCOMPARE(m_widget->chartView(Chart::Residencies)->chart()->title(),
             QStringLiteral("Residencies per quarter"));
}

void tst_PeriodCharts::yearGranularityReadsAgain()
{
    Core::ActivityStore activities(*m_store);
    for (const QDate &start : {QDate(2023, 3, 1), QDate(2024, 9, 1), QDate(2024, 10, 1)}) {
        Core::Residency residency;
        residency.title = start.toString(Qt::ISODate);
        residency.city = QStringLiteral("barcelona");
        residency.start = start;
        residency.end = start.addDays(5);
        QVERIFY(activities.insertResidency(residency).ok());
    }
    showWidget();
    QSignalSpy refreshed(m_widget.get(), &Ui::PeriodChartsWidget::refreshed);
    m_widget->setPeriod(QDate(2023, 1, 1), QDate(2024, 12, 31), Ui::PeriodGranularity::Year);
    QVERIFY(refreshed.wait(20000));
    using Chart = Ui::PeriodChartsWidget::Chart;
    QCOMPARE(barSets(Chart::Residencies), QStringList({QStringLiteral("Residencies started 1,2")}));
    QCOMPARE(m_widget->counts(Chart::Residencies).periods,
             QList<QDate>({QDate(2023, 1, 1), QDate(2024, 1, 1)}));
    QCOMPARE(m_widget->chartView(Chart::Residencies)->chart()->title(),
             QStringLiteral("Residencies per year"));
}

void tst_PeriodCharts::noActivityShowsMessages()
{
    showWidget();
    using Chart = Ui::PeriodChartsWidget::Chart;
    for (const Chart chart :
         {Chart::Links, Chart::ProjectHolders, Chart::Workshops, Chart::Residencies}) {
        QVERIFY(!m_widget->hasData(chart));
        QVERIFY(m_widget->counts(chart).isEmpty());
        QCOMPARE(m_widget->chartView(chart)->chart()->series().size(), 0);
    }
    QCOMPARE(m_widget->note(Chart::ProjectHolders),
             QStringLiteral("Each project holder counts once, under its first sector."));
}

void tst_PeriodCharts::sectorChartSavesAsPngAndSvg()
{
    addHolder(QStringLiteral("food"), QDate(2024, 2, 10));
    showWidget();
    using Chart = Ui::PeriodChartsWidget::Chart;
    m_widget->showChart(Chart::ProjectHolders);
    QChartView *view = m_widget->chartView(Chart::ProjectHolders);
    QVERIFY(view->isVisible());
    const QString png = m_dir->filePath(QStringLiteral("sectors.png"));
    const QString svg = m_dir->filePath(QStringLiteral("sectors.svg"));
    QVERIFY(Ui::saveChart(view, png).ok());
    QVERIFY(Ui::saveChart(view, svg).ok());
    const QImage image(png);
    QCOMPARE(image.width(), int(view->width() * view->devicePixelRatio()));
    QCOMPARE(image.height(), int(view->height() * view->devicePixelRatio()));
    QVERIFY(QSvgRenderer(svg).isValid());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("Project holders founded per quarter, by sector"));
    QVERIFY(text.contains("Food"));
}

QTEST_MAIN(tst_PeriodCharts)
#include "tst_periodcharts.moc"
