// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "periodchartswidget.h"

#include <core/analytics/networkloader.h>
#include <ui/dashboard/chartsaving.h>
#include <ui/logging.h>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>

namespace CoopAtlas::Ui {

namespace {

enum Page { ChartPage, NoDataPage };

Core::NetworkSnapshot readSnapshot(const QString &path,
                                   const std::shared_ptr<std::atomic_bool> &cancel)
{
    auto loaded = Core::loadNetworkSnapshot(path, {}, TermLabels::uiLanguage(), {cancel, {}});
    if (!loaded) {
        if (!cancel->load())
            qCWarning(lcUi) << "Reading the links for the dashboard failed:"
                            << loaded.error().text();
        return {};
    }
    return std::move(loaded).value();
}

} // namespace

PeriodChartsWidget::PeriodChartsWidget(QWidget *parent)
    : QWidget(parent)
    , m_from(new QDateEdit(QDate(QDate::currentDate().year() - 4, 1, 1), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_granularity(new QComboBox(this))
    , m_linkType(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_linksView(new QChartView(this))
{
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_granularity->addItem(tr("Per quarter"), int(PeriodGranularity::Quarter));
    m_granularity->addItem(tr("Per year"), int(PeriodGranularity::Year));
    m_linkType->addItem(tr("All link types"), QString());
    m_linksView->setRenderHint(QPainter::Antialiasing);
    m_linksView->setChart(new QChart);
    addChartSaveMenu(m_linksView, tr("links-per-period"));
    auto *message = new QLabel(tr("No link starts in this period"), this);
    message->setAlignment(Qt::AlignCenter);
    message->setObjectName(QStringLiteral("noLinks"));
    m_stack->insertWidget(ChartPage, m_linksView);
    m_stack->insertWidget(NoDataPage, message);
    m_stack->setCurrentIndex(NoDataPage);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Links started from"), this));
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(tr("to"), this));
    controls->addWidget(m_to);
    controls->addWidget(m_granularity);
    controls->addWidget(m_linkType);
    controls->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_stack, 1);
    connect(m_from, &QDateEdit::dateChanged, this, &PeriodChartsWidget::redraw);
    connect(m_to, &QDateEdit::dateChanged, this, &PeriodChartsWidget::redraw);
    connect(m_granularity, &QComboBox::currentIndexChanged, this, &PeriodChartsWidget::redraw);
    connect(m_linkType, &QComboBox::currentIndexChanged, this, &PeriodChartsWidget::redraw);
}

PeriodChartsWidget::~PeriodChartsWidget()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_watcher)
        m_cancelled.append(m_watcher->future());
    for (QFuture<Core::NetworkSnapshot> &future : m_cancelled)
        future.waitForFinished();
}

void PeriodChartsWidget::setStore(Core::Store *store)
{
    m_store = store;
    if (store)
        m_labels.reload(*store);
    refresh();
}

void PeriodChartsWidget::refresh()
{
    if (m_watcher) {
        m_cancel->store(true);
        m_cancelled.append(m_watcher->future());
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    if (!m_store) {
        m_snapshot = {};
        redraw();
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher = new QFutureWatcher<Core::NetworkSnapshot>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_snapshot = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        redraw();
    });
    m_watcher->setFuture(QtConcurrent::run(readSnapshot, m_store->database().path(), m_cancel));
}

void PeriodChartsWidget::setPeriod(const QDate &from,
                                   const QDate &to,
                                   PeriodGranularity granularity)
{
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    const QSignalBlocker granularityBlocker(m_granularity);
    m_from->setDate(from);
    m_to->setDate(to);
    m_granularity->setCurrentIndex(m_granularity->findData(int(granularity)));
    redraw();
}

bool PeriodChartsWidget::linksHaveData() const
{
    return m_stack->currentIndex() == ChartPage;
}

void PeriodChartsWidget::redraw()
{
    const QString typeVocabulary = QLatin1String(Core::Vocabulary::LinkType);
    const QString chosenType = m_linkType->currentData().toString();
    QList<QPair<QDate, QString>> events;
    QStringList types;
    for (const Core::NetworkEdge &edge : m_snapshot.edges()) {
        if (!types.contains(edge.type))
            types.append(edge.type);
        if (chosenType.isEmpty() || edge.type == chosenType)
            events.append({edge.start, edge.type});
    }
    std::sort(types.begin(), types.end());
    {
        const QSignalBlocker blocker(m_linkType);
        m_linkType->clear();
        m_linkType->addItem(tr("All link types"), QString());
        for (const QString &type : std::as_const(types))
            m_linkType->addItem(m_labels.label(typeVocabulary, type), type);
        m_linkType->setCurrentIndex(std::max(0, m_linkType->findData(chosenType)));
    }
    const auto granularity = PeriodGranularity(m_granularity->currentData().toInt());
    m_counts = countPerPeriod(events, m_from->date(), m_to->date(), granularity);
    auto *chart = new QChart;
    chart->setTitle(granularity == PeriodGranularity::Quarter ? tr("Links started per quarter")
                                                              : tr("Links started per year"));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (!m_counts.isEmpty()) {
        auto *series = new QStackedBarSeries;
        int maximum = 0;
        QList<int> totals(m_counts.periods.size(), 0);
        for (const QString &type : std::as_const(m_counts.series)) {
            auto *set = new QBarSet(m_labels.label(typeVocabulary, type));
            const QList<int> &values = m_counts.counts.value(type);
            for (int i = 0; i < int(values.size()); ++i) {
                set->append(values.at(i));
                totals[i] += values.at(i);
                maximum = std::max(maximum, totals.at(i));
            }
            series->append(set);
        }
        chart->addSeries(series);
        auto *periods = new QBarCategoryAxis;
        for (const QDate &period : std::as_const(m_counts.periods))
            // The year above the quarter keeps "2022 Q1" whole in narrow bar slots.
            periods->append(periodLabel(period, granularity).replace(u' ', QStringLiteral("<br>")));
        chart->addAxis(periods, Qt::AlignBottom);
        series->attachAxis(periods);
        auto *counts = new QValueAxis;
        counts->setRange(0, std::max(1, maximum));
        counts->setLabelFormat(QStringLiteral("%.0f"));
        if (maximum <= 10)
            counts->setTickCount(std::max(2, maximum + 1));
        chart->addAxis(counts, Qt::AlignLeft);
        series->attachAxis(counts);
    }
    m_linksView->setChart(chart);
    m_stack->setCurrentIndex(m_counts.isEmpty() ? NoDataPage : ChartPage);
    emit refreshed();
}

} // namespace CoopAtlas::Ui
