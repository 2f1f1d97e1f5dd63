// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "periodchartswidget.h"

#include <ui/dashboard/periodbarchart.h>
#include <ui/dashboard/periodchartpage.h>
#include <ui/logging.h>

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace CoopAtlas::Ui {

namespace {

const QString PeopleSeries = QStringLiteral("people");
const QString OrganisationsSeries = QStringLiteral("organisations");
const QString ResidenciesSeries = QStringLiteral("residencies");
const QString ParticipantsSeries = QStringLiteral("participants");

Core::PeriodLength periodLength(PeriodGranularity granularity)
{
    return granularity == PeriodGranularity::Year ? Core::PeriodLength::Year
                                                  : Core::PeriodLength::Quarter;
}

PeriodGranularity granularityOf(const PeriodRequest &request)
{
    return request.length == Core::PeriodLength::Year ? PeriodGranularity::Year
                                                      : PeriodGranularity::Quarter;
}

} // namespace

const QString PeriodChartsWidget::OtherSectors = QStringLiteral("*other-sectors");

PeriodChartsWidget::PeriodChartsWidget(QWidget *parent)
    : QWidget(parent)
    , m_from(new QDateEdit(QDate(QDate::currentDate().year() - 4, 1, 1), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_granularity(new QComboBox(this))
    , m_linkType(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
{
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_granularity->addItem(tr("Per quarter"), int(PeriodGranularity::Quarter));
    m_granularity->addItem(tr("Per year"), int(PeriodGranularity::Year));
    m_linkType->addItem(tr("All link types"), QString());
    m_linkType->setObjectName(QStringLiteral("linkType"));

    m_pages[int(Chart::Links)]
        = new PeriodChartPage(tr("No link starts in this period"), tr("links-per-period"), this);
    m_pages[int(Chart::ProjectHolders)] = new PeriodChartPage(
        tr("No project holder was founded in this period"), tr("project-holders-per-period"), this);
    m_pages[int(Chart::Workshops)]
        = new PeriodChartPage(tr("No participant of a held workshop in this period"),
                              tr("workshop-participants-per-period"),
                              this);
    m_pages[int(Chart::Residencies)] = new PeriodChartPage(
        tr("No residency starts in this period"), tr("residencies-per-period"), this);
    page(Chart::Links)->controls()->addWidget(new QLabel(tr("Link type:"), this));
    page(Chart::Links)->controls()->addWidget(m_linkType);
    page(Chart::Links)->controls()->addStretch();
    m_tabs->addTab(page(Chart::Links), tr("Links"));
    m_tabs->addTab(page(Chart::ProjectHolders), tr("New project holders"));
    m_tabs->addTab(page(Chart::Workshops), tr("Workshop participants"));
    m_tabs->addTab(page(Chart::Residencies), tr("Residencies"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Events from"), this));
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(tr("to"), this));
    controls->addWidget(m_to);
    controls->addWidget(m_granularity);
    controls->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_tabs, 1);
    connect(m_from, &QDateEdit::dateChanged, this, &PeriodChartsWidget::periodChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &PeriodChartsWidget::periodChanged);
    connect(
        m_granularity, &QComboBox::currentIndexChanged, this, &PeriodChartsWidget::periodChanged);
    connect(m_linkType, &QComboBox::currentIndexChanged, this, &PeriodChartsWidget::drawLinks);
}

PeriodChartsWidget::~PeriodChartsWidget()
{
    cancelRequest();
    for (QFuture<PeriodData> &future : m_cancelled)
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
    requestData(true);
}

void PeriodChartsWidget::requestData(bool withNetwork)
{
    // A period change must not drop the links that a pending refresh() reads.
    const bool networkPending = m_watcher && m_watcherReadsNetwork;
    cancelRequest();
    if (!m_store) {
        m_data = {};
        m_dataRequest = {};
        redraw();
        emit refreshed();
        return;
    }
    PeriodRequest request;
    request.from = m_from->date();
    request.to = m_to->date();
    request.length = periodLength(granularity());
    request.withNetwork = withNetwork || networkPending;
    m_watcherReadsNetwork = request.withNetwork;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher = new QFutureWatcher<PeriodData>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this, request] {
        const PeriodData read = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        m_cancel.reset();
        if (!read.cancelled)
            applyData(read, request);
    });
    m_watcher->setFuture(
        QtConcurrent::run(readPeriodData, m_store->database().path(), request, m_cancel));
}

void PeriodChartsWidget::cancelRequest()
{
    if (!m_watcher)
        return;
    // The old watcher's result is dropped, and the watcher is deleted with this
    // widget at the latest.
    m_cancel->store(true);
    m_watcher->disconnect(this);
    m_cancelled.removeIf([](const QFuture<PeriodData> &future) { return future.isFinished(); });
    m_cancelled.append(m_watcher->future());
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_cancel.reset();
}

void PeriodChartsWidget::applyData(const PeriodData &read, const PeriodRequest &request)
{
    // readPeriodData() logged a failed reading, and its charts then show no data.
    const bool failed = !read.error.isEmpty();
    if (read.hasNetwork || (failed && request.withNetwork)) {
        m_data.network = failed ? Core::NetworkSnapshot() : read.network;
        m_data.holderFoundings = failed ? QList<Core::GrowthPoint>() : read.holderFoundings;
        m_data.undatedHolders = failed ? 0 : read.undatedHolders;
    }
    m_data.workshops = failed ? QList<Core::WorkshopPeriodCount>() : read.workshops;
    m_data.residencies = failed ? QList<Core::ResidencyPeriodCount>() : read.residencies;
    m_dataRequest = request;
    redraw();
    emit refreshed();
}

void PeriodChartsWidget::periodChanged()
{
    // Links and founding dates are at hand, but the activity counts are read again.
    drawLinks();
    drawProjectHolders();
    requestData(false);
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
    periodChanged();
}

void PeriodChartsWidget::showChart(Chart chart)
{
    m_tabs->setCurrentWidget(page(chart));
}

PeriodGranularity PeriodChartsWidget::granularity() const
{
    return PeriodGranularity(m_granularity->currentData().toInt());
}

PeriodChartPage *PeriodChartsWidget::page(Chart chart) const
{
    return m_pages.at(std::size_t(chart));
}

QChartView *PeriodChartsWidget::chartView(Chart chart) const
{
    return page(chart)->view();
}

bool PeriodChartsWidget::hasData(Chart chart) const
{
    return page(chart)->hasData();
}

const PeriodCounts &PeriodChartsWidget::counts(Chart chart) const
{
    return m_counts.at(std::size_t(chart));
}

QString PeriodChartsWidget::note(Chart chart) const
{
    const QLabel *label = page(chart)->note();
    return label->isHidden() ? QString() : label->text();
}

void PeriodChartsWidget::setPage(Chart chart, const PeriodCounts &counts, QChart *drawn)
{
    m_counts[std::size_t(chart)] = counts;
    page(chart)->setChart(drawn, !counts.isEmpty());
}

void PeriodChartsWidget::redraw()
{
    drawLinks();
    drawProjectHolders();
    drawWorkshops();
    drawResidencies();
}

void PeriodChartsWidget::fillLinkTypes()
{
    QStringList types;
    for (const Core::NetworkEdge &edge : m_data.network.edges()) {
        if (!types.contains(edge.type))
            types.append(edge.type);
    }
    std::sort(types.begin(), types.end());
    const QString chosen = m_linkType->currentData().toString();
    const QSignalBlocker blocker(m_linkType);
    m_linkType->clear();
    m_linkType->addItem(tr("All link types"), QString());
    for (const QString &type : std::as_const(types))
        m_linkType->addItem(m_labels.label(QLatin1String(Core::Vocabulary::LinkType), type), type);
    m_linkType->setCurrentIndex(std::max(0, m_linkType->findData(chosen)));
}

void PeriodChartsWidget::drawLinks()
{
    fillLinkTypes();
    const QString chosenType = m_linkType->currentData().toString();
    QList<QPair<QDate, QString>> events;
    for (const Core::NetworkEdge &edge : m_data.network.edges()) {
        if (chosenType.isEmpty() || edge.type == chosenType)
            events.append({edge.start, edge.type});
    }
    const PeriodCounts counts = countPerPeriod(events, m_from->date(), m_to->date(), granularity());
    const QString title = granularity() == PeriodGranularity::Quarter
                              ? tr("Links started per quarter")
                              : tr("Links started per year");
    const auto label = [this](const QString &type) {
        return m_labels.label(QLatin1String(Core::Vocabulary::LinkType), type);
    };
    setPage(Chart::Links,
            counts,
            periodBarChart(counts, granularity(), title, label, BarLayout::Stacked));
}

void PeriodChartsWidget::drawProjectHolders()
{
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    QList<PeriodTotal> totals;
    QStringList sectors;
    for (const Core::GrowthPoint &point : std::as_const(m_data.holderFoundings)) {
        // Founding dates are read per month: a month that overlaps the range counts whole.
        if (point.period > to || point.period.addMonths(1) <= from)
            continue;
        totals.append({point.period, point.series, point.count});
        if (!sectors.contains(point.series))
            sectors.append(point.series);
    }
    const PeriodCounts counts = keepLargestSeries(
        periodTotals(totals, from, to, granularity(), sectors), ShownSectors, OtherSectors);
    const QString title = granularity() == PeriodGranularity::Quarter
                              ? tr("Project holders founded per quarter, by sector")
                              : tr("Project holders founded per year, by sector");
    const auto label = [this](const QString &sector) {
        if (sector == OtherSectors)
            return tr("Other sectors");
        if (sector.isEmpty())
            return tr("No sector");
        return m_labels.label(QLatin1String(Core::Vocabulary::Sector), sector);
    };
    setPage(Chart::ProjectHolders,
            counts,
            periodBarChart(counts, granularity(), title, label, BarLayout::Stacked));
    QString note = tr("Each project holder counts once, under its first sector.");
    if (m_data.undatedHolders > 0)
        note += u' '
                + tr("Project holders without a founding date, not shown: %1.")
                      .arg(QLocale().toString(m_data.undatedHolders));
    page(Chart::ProjectHolders)->setNote(note);
}

void PeriodChartsWidget::drawWorkshops()
{
    QList<PeriodTotal> totals;
    int held = 0;
    for (const Core::WorkshopPeriodCount &count : std::as_const(m_data.workshops)) {
        totals.append({count.period, PeopleSeries, count.people});
        totals.append({count.period, OrganisationsSeries, count.organisations});
        held += count.workshops;
    }
    const PeriodCounts counts = periodTotals(totals,
                                             m_dataRequest.from,
                                             m_dataRequest.to,
                                             granularityOf(m_dataRequest),
                                             {PeopleSeries, OrganisationsSeries});
    const QString title = granularityOf(m_dataRequest) == PeriodGranularity::Quarter
                              ? tr("Workshop participants per quarter")
                              : tr("Workshop participants per year");
    const auto label = [](const QString &series) {
        return series == PeopleSeries ? tr("People") : tr("Organisations");
    };
    setPage(Chart::Workshops,
            counts,
            periodBarChart(counts, granularityOf(m_dataRequest), title, label, BarLayout::Stacked));
    page(Chart::Workshops)
        ->setNote(tr("Distinct people and organisations registered for or attending held "
                     "workshops. Each counts once per period. Held workshops: %1.")
                      .arg(QLocale().toString(held)));
}

void PeriodChartsWidget::drawResidencies()
{
    QList<PeriodTotal> totals;
    for (const Core::ResidencyPeriodCount &count : std::as_const(m_data.residencies)) {
        totals.append({count.period, ResidenciesSeries, count.residencies});
        totals.append({count.period, ParticipantsSeries, count.participants});
    }
    const PeriodCounts counts = periodTotals(totals,
                                             m_dataRequest.from,
                                             m_dataRequest.to,
                                             granularityOf(m_dataRequest),
                                             {ResidenciesSeries, ParticipantsSeries});
    const QString title = granularityOf(m_dataRequest) == PeriodGranularity::Quarter
                              ? tr("Residencies per quarter")
                              : tr("Residencies per year");
    const auto label = [](const QString &series) {
        return series == ResidenciesSeries ? tr("Residencies started") : tr("Participants");
    };
    setPage(Chart::Residencies,
            counts,
            periodBarChart(counts, granularityOf(m_dataRequest), title, label, BarLayout::Grouped));
    page(Chart::Residencies)
        ->setNote(tr("A residency counts in the period of its first day, and cancelled "
                     "residencies are left out. Participants are the distinct people of their "
                     "stays."));
}

} // namespace CoopAtlas::Ui
