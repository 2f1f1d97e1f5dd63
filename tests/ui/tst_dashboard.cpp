// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshothelper.h"

#include <core/domain/communes.h>
#include <core/storage/database.h>
#include <core/storage/store.h>
#include <ui/dashboard/dashboardwidget.h>
#include <ui/dashboard/growthseries.h>
#include <ui/dashboard/periodchartswidget.h>
#include <ui/mainwindow.h>
#include <ui/storeopener.h>

#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace CoopAtlas;

class tst_Dashboard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void noDataShowsMessage();
    void onePointDrawsBar();
    void severalPointsDrawStackedAreas();
    void groupingByStage();
    void followsStoreChanges();
    void busyWhileReading();
    void newerRequestSupersedesOlder();
    void hiddenDashboardReadsNothing();
    void cumulativeGrowthFillsMonths();
    void undatedOrganisationsLeftOutAndCounted();
    void onlyUndatedOrganisationsShowNoData();
    void sampleDataScreenshots();

private:
    void addOrganisation(const QString &name,
                         const QString &kind,
                         const QDate &founded,
                         const QString &locality = {});
    [[nodiscard]] QString noDataText(const char *stackName) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Store> m_store;
    std::unique_ptr<Ui::DashboardWidget> m_dashboard;
};

void tst_Dashboard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Core::Database::open(m_dir->filePath(QStringLiteral("dashboard.sqlite")));
    QVERIFY(db.ok());
    m_store = std::make_unique<Core::Store>(std::move(db).value());
    m_dashboard = std::make_unique<Ui::DashboardWidget>();
    m_dashboard->setStore(m_store.get());
    m_dashboard->resize(1000, 600);
    m_dashboard->show();
}

void tst_Dashboard::cleanup()
{
    m_dashboard.reset();
    m_store.reset();
    m_dir.reset();
}

void tst_Dashboard::addOrganisation(const QString &name,
                                    const QString &kind,
                                    const QDate &founded,
                                    const QString &locality)
{
    Core::Organisation org;
    org.name = name;
    org.kind = kind;
    org.stage = QStringLiteral("launched");
    org.founded = founded;
    org.locality = locality;
    org.commune = Core::communeKeyFor(locality, QString());
    QVERIFY(m_store->insertOrganisation(org).ok());
}

QString tst_Dashboard::noDataText(const char *stackName) const
{
    auto *stack = m_dashboard->findChild<QStackedWidget *>(QLatin1String(stackName));
    auto *label = stack ? qobject_cast<QLabel *>(stack->currentWidget()) : nullptr;
    return label && label->isVisible() ? label->text() : QString();
}

void tst_Dashboard::noDataShowsMessage()
{
    QTRY_VERIFY(!m_dashboard->isBusy());
    QCOMPARE(m_dashboard->growthHasData(), false);
    QCOMPARE(m_dashboard->communeHasData(), false);
    QCOMPARE(noDataText("growth"), QStringLiteral("No data yet"));
    QCOMPARE(noDataText("communes"), QStringLiteral("No data yet"));
    QCOMPARE(m_dashboard->growthChart()->series().size(), 0);
    QCOMPARE(m_dashboard->growthChart()->axes().size(), 0);
    QCOMPARE(m_dashboard->undatedNote(), QString());
}

void tst_Dashboard::onePointDrawsBar()
{
    addOrganisation(QStringLiteral("Alpha"),
                    QStringLiteral("funder"),
                    QDate(2024, 3, 10),
                    QStringLiteral("Ixelles"));
    m_dashboard->refresh();
    QTRY_VERIFY(!m_dashboard->isBusy());
    QCOMPARE(m_dashboard->growthHasData(), true);
    QCOMPARE(noDataText("growth"), QString());
    const QList<QAbstractSeries *> series = m_dashboard->growthChart()->series();
    QCOMPARE(series.size(), 1);
    auto *bars = qobject_cast<QStackedBarSeries *>(series.first());
    QVERIFY(bars);
    QCOMPARE(bars->count(), 1);
    QCOMPARE(bars->barSets().first()->label(), QStringLiteral("Funder"));
    QCOMPARE(bars->barSets().first()->at(0), 1.0);

    QCOMPARE(m_dashboard->communeHasData(), true);
    const QList<QAbstractSeries *> communes = m_dashboard->communeChart()->series();
    QCOMPARE(communes.size(), 1);
    auto *communeBars = qobject_cast<QHorizontalBarSeries *>(communes.first());
    QVERIFY(communeBars);
    QCOMPARE(communeBars->barSets().first()->count(), 1);
    QCOMPARE(communeBars->barSets().first()->at(0), 1.0);
}

void tst_Dashboard::severalPointsDrawStackedAreas()
{
    addOrganisation(QStringLiteral("Alpha"), QStringLiteral("funder"), QDate(2024, 1, 5));
    addOrganisation(QStringLiteral("Beta"), QStringLiteral("project-holder"), QDate(2024, 3, 1));
    addOrganisation(QStringLiteral("Gamma"), QStringLiteral("project-holder"), QDate(2024, 6, 30));
    m_dashboard->refresh();
    QTRY_VERIFY(!m_dashboard->isBusy());
    QCOMPARE(m_dashboard->growthHasData(), true);
    const QList<QAbstractSeries *> series = m_dashboard->growthChart()->series();
    QCOMPARE(series.size(), 2);
    auto *lower = qobject_cast<QAreaSeries *>(series.at(0));
    auto *upper = qobject_cast<QAreaSeries *>(series.at(1));
    QVERIFY(lower);
    QVERIFY(upper);
    // January to June: six months, cumulative and stacked.
    QCOMPARE(upper->upperSeries()->count(), 6);
    QCOMPARE(lower->upperSeries()->at(0).y(), 1.0);
    QCOMPARE(upper->upperSeries()->at(0).y(), 1.0);
    QCOMPARE(upper->upperSeries()->at(2).y(), 2.0);
    QCOMPARE(upper->upperSeries()->at(5).y(), 3.0);
    QCOMPARE(upper->lowerSeries(), lower->upperSeries());
    QCOMPARE(m_dashboard->communeHasData(), false);
}

void tst_Dashboard::groupingByStage()
{
    addOrganisation(QStringLiteral("Alpha"), QStringLiteral("funder"), QDate(2024, 1, 5));
    addOrganisation(QStringLiteral("Beta"), QStringLiteral("project-holder"), QDate(2024, 3, 1));
    m_dashboard->groupingCombo()->setCurrentIndex(1);
    QTRY_VERIFY(!m_dashboard->isBusy());
    const QList<QAbstractSeries *> series = m_dashboard->growthChart()->series();
    QCOMPARE(series.size(), 1);
    QCOMPARE(series.first()->name(), QStringLiteral("Launched"));
}

void tst_Dashboard::followsStoreChanges()
{
    QTRY_VERIFY(!m_dashboard->isBusy());
    QCOMPARE(m_dashboard->growthHasData(), false);
    addOrganisation(QStringLiteral("Alpha"), QStringLiteral("funder"), QDate(2024, 1, 5));
    QTRY_COMPARE(m_dashboard->growthHasData(), true);
}

void tst_Dashboard::busyWhileReading()
{
    QTRY_VERIFY(!m_dashboard->isBusy());
    m_dashboard->refresh();
    QVERIFY(m_dashboard->isBusy());
    QCOMPARE(noDataText("growth"), QStringLiteral("Reading the data…"));
    QCOMPARE(noDataText("communes"), QStringLiteral("Reading the data…"));
    QTRY_VERIFY(!m_dashboard->isBusy());
    QCOMPARE(noDataText("growth"), QStringLiteral("No data yet"));
    QCOMPARE(noDataText("communes"), QStringLiteral("No data yet"));
}

void tst_Dashboard::newerRequestSupersedesOlder()
{
    QTRY_VERIFY(!m_dashboard->isBusy());
    addOrganisation(QStringLiteral("Alpha"),
                    QStringLiteral("funder"),
                    QDate(2024, 1, 5),
                    QStringLiteral("Ixelles"));
    QSignalSpy refreshed(m_dashboard.get(), &Ui::DashboardWidget::refreshed);
    m_dashboard->refresh();
    m_dashboard->groupingCombo()->setCurrentIndex(1);
    QTRY_VERIFY(!m_dashboard->isBusy());
    // Only the grouping by stage was drawn, and the communes of the first request too.
    QCOMPARE(refreshed.count(), 1);
    const QList<QAbstractSeries *> series = m_dashboard->growthChart()->series();
    QCOMPARE(series.size(), 1);
    auto *bars = qobject_cast<QStackedBarSeries *>(series.first());
    QVERIFY(bars);
    QCOMPARE(bars->barSets().first()->label(), QStringLiteral("Launched"));
    QCOMPARE(m_dashboard->communeHasData(), true);
}

void tst_Dashboard::hiddenDashboardReadsNothing()
{
    addOrganisation(QStringLiteral("Alpha"), QStringLiteral("funder"), QDate(2024, 1, 5));
    Ui::DashboardWidget hidden;
    QSignalSpy refreshed(&hidden, &Ui::DashboardWidget::refreshed);
    hidden.setStore(m_store.get());
    addOrganisation(QStringLiteral("Beta"), QStringLiteral("funder"), QDate(2024, 2, 5));
    QCoreApplication::processEvents();
    QVERIFY(!hidden.isBusy());
    QCOMPARE(refreshed.count(), 0);
    QCOMPARE(hidden.growthHasData(), false);

    hidden.resize(800, 500);
    hidden.show();
    QVERIFY(hidden.isBusy());
    QTRY_COMPARE(refreshed.count(), 1);
    QCOMPARE(hidden.growthHasData(), true);
}

void tst_Dashboard::cumulativeGrowthFillsMonths()
{
    const QList<Core::GrowthPoint> points{
        {QDate(2023, 11, 1), QStringLiteral("a"), 2},
        {QDate(2024, 2, 1), QStringLiteral("b"), 1},
        {QDate(2024, 2, 1), QStringLiteral("a"), 3},
        {QDate(), QStringLiteral("a"), 9},
    };
    const Ui::CumulativeGrowth growth = Ui::cumulativeGrowth(points);
    QCOMPARE(growth.months.size(), 4);
    QCOMPARE(growth.months.first(), QDate(2023, 11, 1));
    QCOMPARE(growth.months.last(), QDate(2024, 2, 1));
    QCOMPARE(growth.series, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(growth.totals.value(QStringLiteral("a")), QList<int>({2, 2, 2, 5}));
    QCOMPARE(growth.totals.value(QStringLiteral("b")), QList<int>({0, 0, 0, 1}));
    QCOMPARE(Ui::cumulativeGrowth({}).months.size(), 0);
}

void tst_Dashboard::undatedOrganisationsLeftOutAndCounted()
{
    addOrganisation(QStringLiteral("Alpha"), QStringLiteral("funder"), QDate(2024, 1, 5));
    addOrganisation(QStringLiteral("Beta"), QStringLiteral("funder"), QDate(2024, 3, 1));
    addOrganisation(QStringLiteral("Gamma"), QStringLiteral("funder"), QDate());
    addOrganisation(QStringLiteral("Delta"), QStringLiteral("network"), QDate());
    m_dashboard->refresh();
    QTRY_VERIFY(!m_dashboard->isBusy());
    QCOMPARE(m_dashboard->growthHasData(), true);
    // The undated ones are not drawn at the month they were recorded.
    const QList<QAbstractSeries *> series = m_dashboard->growthChart()->series();
    QCOMPARE(series.size(), 1);
    auto *area = qobject_cast<QAreaSeries *>(series.first());
    QVERIFY(area);
    QCOMPARE(area->upperSeries()->count(), 3);
    QCOMPARE(area->upperSeries()->at(2).y(), 2.0);
    QCOMPARE(m_dashboard->undatedNote(),
             QStringLiteral("Organisations without a founding date, not shown: 2"));

    QSignalSpy refreshed(m_dashboard.get(), &Ui::DashboardWidget::refreshed);
    addOrganisation(QStringLiteral("Epsilon"), QStringLiteral("funder"), QDate(2024, 2, 1));
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 20000);
    auto *redrawn = qobject_cast<QAreaSeries *>(m_dashboard->growthChart()->series().value(0));
    QVERIFY(redrawn);
    QCOMPARE(redrawn->upperSeries()->at(2).y(), 3.0);
    QCOMPARE(m_dashboard->undatedNote(),
             QStringLiteral("Organisations without a founding date, not shown: 2"));
}

void tst_Dashboard::onlyUndatedOrganisationsShowNoData()
{
    addOrganisation(QStringLiteral("Gamma"), QStringLiteral("funder"), QDate());
    m_dashboard->refresh();
    QTRY_VERIFY(!m_dashboard->isBusy());
    QCOMPARE(m_dashboard->growthHasData(), false);
    QCOMPARE(noDataText("growth"), QStringLiteral("No data yet"));
    QCOMPARE(m_dashboard->undatedNote(),
             QStringLiteral("Organisations without a founding date, not shown: 1"));
}

/// Saves dashboard.png (the main window on the dashboard) and one picture per
/// tab of the period charts, of the bundled sample data set, into the folder
/// named by COOPATLAS_SCREENSHOT_DIR; skipped when it is not set.
void tst_Dashboard::sampleDataScreenshots()
{
    const QString folder = Tests::screenshotFolder();
    if (folder.isEmpty())
        QSKIP("COOPATLAS_SCREENSHOT_DIR is not set");
    m_dashboard.reset();
    const std::unique_ptr<Ui::MainWindow> window
        = Tests::showSampleWindow(m_dir->filePath(QStringLiteral("sample.sqlite")));
    QVERIFY(window);
    QVERIFY(Tests::saveDashboardScreenshot(*window, folder));

    Ui::PeriodChartsWidget *periods = window->dashboard()->periodCharts();
    using Chart = Ui::PeriodChartsWidget::Chart;
    const QList<QPair<Chart, QString>> tabs{
        {Chart::ProjectHolders, QStringLiteral("dashboard-project-holders.png")},
        {Chart::Workshops, QStringLiteral("dashboard-workshops.png")},
        {Chart::Residencies, QStringLiteral("dashboard-residencies.png")}};
    for (const auto &[chart, name] : tabs) {
        periods->showChart(chart);
        QTest::qWait(200);
        QVERIFY(periods->grab().save(QDir(folder).filePath(name)));
    }
}

QTEST_MAIN(tst_Dashboard)
#include "tst_dashboard.moc"
