// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/storage/database.h>
#include <core/storage/store.h>
#include <ui/dashboard/chartsaving.h>
#include <ui/dashboard/periodchartswidget.h>
#include <ui/dashboard/periodseries.h>

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QImage>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

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

private:
    QString addOrganisation(const QString &name);
    void addLink(const QString &type, const QDate &start);
    void showWidget();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Store> m_store;
    std::unique_ptr<Ui::PeriodChartsWidget> m_widget;
    QString m_first;
    QString m_second;
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

QTEST_MAIN(tst_PeriodCharts)
#include "tst_periodcharts.moc"
