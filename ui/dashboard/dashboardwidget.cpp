// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardwidget.h"

#include <ui/dashboard/chartsaving.h>
#include <ui/dashboard/growthseries.h>
#include <ui/dashboard/periodbarchart.h>
#include <ui/dashboard/periodchartswidget.h>
#include <ui/logging.h>

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>

namespace CoopAtlas::Ui {

namespace {

enum StackPage { ChartPage, NoDataPage, LoadingPage };

QLabel *stackMessage(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *message = new QLabel(text, parent);
    message->setAlignment(Qt::AlignCenter);
    QFont font = message->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    message->setFont(font);
    message->setObjectName(objectName);
    return message;
}

QStackedWidget *chartStack(QChartView *view, QWidget *parent)
{
    auto *stack = new QStackedWidget(parent);
    stack->insertWidget(ChartPage, view);
    stack->insertWidget(
        NoDataPage,
        stackMessage(DashboardWidget::tr("No data yet"), QStringLiteral("noData"), stack));
    stack->insertWidget(
        LoadingPage,
        stackMessage(DashboardWidget::tr("Reading the data…"), QStringLiteral("loading"), stack));
    return stack;
}

/// A value axis from zero that shows whole numbers only.
QValueAxis *countAxis(int maximum)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, qMax(1, maximum));
    axis->setLabelFormat(QStringLiteral("%.0f"));
    if (maximum <= 10)
        axis->setTickCount(qMax(2, maximum + 1)); // one tick per whole number
    else
        axis->applyNiceNumbers();
    return axis;
}

/// One stacked bar for the single month of data: an area would have zero width.
void addSingleMonth(QChart *chart,
                    const CumulativeGrowth &growth,
                    const std::function<QString(const QString &)> &label)
{
    auto *series = new QStackedBarSeries;
    int total = 0;
    for (const QString &key : growth.series) {
        auto *set = new QBarSet(label(key));
        set->setColor(chartSeriesColour(series->count()));
        const int value = growth.totals.value(key).value(0);
        set->append(value);
        total += value;
        series->append(set);
    }
    chart->addSeries(series);
    auto *months = new QBarCategoryAxis;
    months->append(QLocale().toString(growth.months.first(), QStringLiteral("MMM yyyy")));
    chart->addAxis(months, Qt::AlignBottom);
    series->attachAxis(months);
    QValueAxis *counts = countAxis(total);
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
}

void addStackedAreas(QChart *chart,
                     const CumulativeGrowth &growth,
                     const std::function<QString(const QString &)> &label)
{
    auto *time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("MMM yyyy"));
    // Qt cuts the first label, such as the French "mars 2019", to "mars 20..." otherwise.
    time->setTruncateLabels(false);
    time->setRange(growth.months.first().startOfDay(), growth.months.last().startOfDay());
    time->setTickCount(qMin(8, int(growth.months.size())));
    chart->addAxis(time, Qt::AlignBottom);
    QList<int> base(growth.months.size(), 0);
    QLineSeries *lower = nullptr;
    for (const QString &key : growth.series) {
        const QList<int> &totals = growth.totals[key];
        auto *upper = new QLineSeries;
        for (qsizetype i = 0; i < growth.months.size(); ++i) {
            base[i] += totals.at(i);
            upper->append(double(growth.months.at(i).startOfDay().toMSecsSinceEpoch()), base.at(i));
        }
        auto *area = new QAreaSeries(upper, lower);
        area->setName(label(key));
        area->setColor(chartSeriesColour(chart->series().size()));
        area->setBorderColor(area->color().darker(120));
        chart->addSeries(area);
        area->attachAxis(time);
        lower = upper;
    }
    QValueAxis *counts = countAxis(base.isEmpty() ? 0 : base.last());
    chart->addAxis(counts, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series())
        series->attachAxis(counts);
}

} // namespace

DashboardWidget::DashboardWidget(QWidget *parent)
    : QWidget(parent)
    , m_grouping(new QComboBox(this))
    , m_busy(new QLabel(tr("Updating the charts…"), this))
    , m_undated(new QLabel(this))
    , m_growthView(new QChartView(this))
    , m_communeView(new QChartView(this))
    , m_periods(new PeriodChartsWidget(this))
{
    m_grouping->addItem(tr("By kind"), QString::fromLatin1(Core::Vocabulary::OrganisationKind));
    m_grouping->addItem(tr("By stage"), QString::fromLatin1(Core::Vocabulary::Stage));
    m_grouping->setAccessibleName(tr("Group organisations"));
    m_growthView->setRenderHint(QPainter::Antialiasing);
    m_communeView->setRenderHint(QPainter::Antialiasing);
    replaceChart(m_growthView, newDashboardChart(tr("Organisations over time")));
    replaceChart(m_communeView, newDashboardChart(tr("Organisations per commune")));
    m_growthStack = chartStack(m_growthView, this);
    m_communeStack = chartStack(m_communeView, this);
    m_growthStack->setObjectName(QStringLiteral("growth"));
    m_communeStack->setObjectName(QStringLiteral("communes"));
    addChartSaveMenu(m_growthView, tr("organisations-over-time"));
    addChartSaveMenu(m_communeView, tr("organisations-per-commune"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Organisations over time:"), this));
    controls->addWidget(m_grouping);
    controls->addStretch();
    m_busy->setObjectName(QStringLiteral("busy"));
    m_busy->setVisible(false);
    controls->addWidget(m_busy);
    m_undated->setObjectName(QStringLiteral("undated"));
    m_undated->setWordWrap(true);
    m_undated->setVisible(false);
    auto *growth = new QVBoxLayout;
    growth->addWidget(m_growthStack, 1);
    growth->addWidget(m_undated);
    auto *charts = new QHBoxLayout;
    charts->addLayout(growth, 3);
    charts->addWidget(m_communeStack, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(charts, 1);
    layout->addWidget(m_periods, 1);

    // Bursts of changes (an undo that restores many records) redraw once.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(100);
    connect(&m_refreshTimer, &QTimer::timeout, this, &DashboardWidget::refresh);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &DashboardWidget::requestData);
    refresh();
}

DashboardWidget::~DashboardWidget()
{
    // The destructor of QApplication finalizes the statements of every open
    // connection, so no reading may outlive the widget. Cancelled readings stop
    // at SQLite's next progress check.
    cancelRequest();
    for (QFuture<DashboardData> &future : m_cancelled)
        future.waitForFinished();
}

void DashboardWidget::setStore(Core::Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    cancelRequest();
    m_store = store;
    if (m_store) {
        connect(m_store, &Core::Store::changed, this, &DashboardWidget::scheduleRefresh);
        connect(m_store, &Core::Store::reloaded, this, &DashboardWidget::scheduleRefresh);
    }
    // The growth queries read every organisation: a hidden dashboard waits until shown.
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void DashboardWidget::scheduleRefresh()
{
    if (isVisible())
        m_refreshTimer.start();
    else
        m_stale = true;
}

void DashboardWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardWidget::refresh()
{
    m_refreshTimer.stop();
    m_stale = false;
    m_communesPending = true;
    if (m_store)
        m_labels.reload(*m_store);
    m_periods->setStore(m_store);
    requestData();
}

void DashboardWidget::requestData()
{
    cancelRequest();
    const QString vocabulary = m_grouping->currentData().toString();
    if (!m_store) {
        DashboardData empty;
        empty.hasCommunes = true;
        applyData(empty, vocabulary);
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher = new QFutureWatcher<DashboardData>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, m_watcher, &QObject::deleteLater);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this, vocabulary] {
        const DashboardData result = m_watcher->result();
        m_watcher = nullptr;
        m_cancel.reset();
        setBusy(false);
        if (!result.cancelled)
            applyData(result, vocabulary);
    });
    m_watcher->setFuture(QtConcurrent::run(
        readDashboardData, m_store->database().path(), vocabulary, m_communesPending, m_cancel));
    setBusy(true);
}

void DashboardWidget::cancelRequest()
{
    if (!m_watcher)
        return;
    // The old watcher deletes itself when its reading stops; its result is dropped.
    disconnect(m_watcher, nullptr, this, nullptr);
    m_cancel->store(true);
    m_cancelled.removeIf([](const QFuture<DashboardData> &future) { return future.isFinished(); });
    m_cancelled.append(m_watcher->future());
    m_watcher = nullptr;
    m_cancel.reset();
    setBusy(false);
}

void DashboardWidget::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    for (QStackedWidget *stack : {m_growthStack, m_communeStack}) {
        if (busy && stack->currentIndex() == NoDataPage)
            stack->setCurrentIndex(LoadingPage);
        else if (!busy && stack->currentIndex() == LoadingPage)
            stack->setCurrentIndex(NoDataPage);
    }
}

void DashboardWidget::applyData(const DashboardData &result, const QString &vocabulary)
{
    // readDashboardData() logged a failed reading, and its charts show no data.
    showGrowth(result.error.isEmpty() ? result.growth : QList<Core::GrowthPoint>(), vocabulary);
    showUndated(result.error.isEmpty() ? result.undated : 0);
    if (result.hasCommunes || !result.error.isEmpty()) {
        showCommunes(result.error.isEmpty() ? result.communes : QList<QPair<QString, int>>());
        m_communesPending = false;
    }
    emit refreshed();
}

void DashboardWidget::showGrowth(const QList<Core::GrowthPoint> &points, const QString &vocabulary)
{
    const CumulativeGrowth growth = cumulativeGrowth(points);
    auto *chart = newDashboardChart(tr("Organisations over time"));
    const auto label = [this, vocabulary](const QString &key) {
        return key.isEmpty() ? tr("(not set)") : m_labels.label(vocabulary, key);
    };
    if (growth.months.size() == 1)
        addSingleMonth(chart, growth, label);
    else if (growth.months.size() > 1)
        addStackedAreas(chart, growth, label);
    replaceChart(m_growthView, chart);
    m_growthStack->setCurrentIndex(growth.months.isEmpty() ? NoDataPage : ChartPage);
}

void DashboardWidget::showUndated(qint64 count)
{
    m_undated->setText(
        tr("Organisations without a founding date, not shown: %1").arg(QLocale().toString(count)));
    m_undated->setVisible(count > 0);
}

QString DashboardWidget::undatedNote() const
{
    return m_undated->isHidden() ? QString() : m_undated->text();
}

void DashboardWidget::showCommunes(QList<QPair<QString, int>> counts)
{
    counts.removeIf([](const QPair<QString, int> &entry) {
        return entry.first.isEmpty() || entry.second <= 0;
    });
    // Ascending, so that the largest commune is drawn at the top.
    std::sort(counts.begin(), counts.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second < b.second : a.first > b.first;
    });
    auto *chart = newDashboardChart(tr("Organisations per commune"));
    chart->legend()->setVisible(false);
    if (!counts.isEmpty()) {
        auto *set = new QBarSet(tr("Organisations"));
        auto *communes = new QBarCategoryAxis;
        int maximum = 0;
        for (const auto &[key, count] : std::as_const(counts)) {
            set->append(count);
            communes->append(TermLabels::communeName(key));
            maximum = qMax(maximum, count);
        }
        auto *series = new QHorizontalBarSeries;
        series->append(set);
        series->setLabelsVisible(true);
        chart->addSeries(series);
        chart->addAxis(communes, Qt::AlignLeft);
        series->attachAxis(communes);
        QValueAxis *values = countAxis(maximum);
        chart->addAxis(values, Qt::AlignBottom);
        series->attachAxis(values);
    }
    replaceChart(m_communeView, chart);
    m_communeStack->setCurrentIndex(counts.isEmpty() ? NoDataPage : ChartPage);
}

QChart *DashboardWidget::growthChart() const
{
    return m_growthView->chart();
}

QChart *DashboardWidget::communeChart() const
{
    return m_communeView->chart();
}

bool DashboardWidget::growthHasData() const
{
    return m_growthStack->currentIndex() == ChartPage;
}

bool DashboardWidget::communeHasData() const
{
    return m_communeStack->currentIndex() == ChartPage;
}

} // namespace CoopAtlas::Ui
