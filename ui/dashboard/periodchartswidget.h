// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analytics/networksnapshot.h>
#include <core/storage/store.h>
#include <ui/dashboard/periodloader.h>
#include <ui/dashboard/periodseries.h>
#include <ui/models/termlabels.h>

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <array>
#include <atomic>
#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QTabWidget;

namespace CoopAtlas::Ui {

class PeriodChartPage;

/// Charts of events per quarter or year in a chosen range of dates, one per
/// tab. The tabs show links started, stacked by link type (with a link type
/// filter), and project holders founded, stacked by their first sector. Two
/// more show the distinct workshop participants, and the residencies started
/// with their participants.
///
/// The data is read on a worker thread through its own connections. A change
/// of the dates or the granularity reads the workshop and residency counts
/// again, while the links and founding dates are read again only by refresh().
/// A chart without data in the range shows a message instead of empty axes.
class PeriodChartsWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Chart { Links, ProjectHolders, Workshops, Residencies };

    /// Key of the series that keepLargestSeries() merges the smaller sectors into.
    static const QString OtherSectors;
    /// Number of sectors that the project holders chart shows apart.
    static constexpr int ShownSectors = 6;

    explicit PeriodChartsWidget(QWidget *parent = nullptr);
    ~PeriodChartsWidget() override;

    void setStore(Core::Store *store);
    /// Reads every chart's data again.
    void refresh();
    [[nodiscard]] bool isBusy() const { return m_watcher != nullptr; }

    /// Sets the period and granularity and redraws.
    void setPeriod(const QDate &from, const QDate &to, PeriodGranularity granularity);
    /// Shows the tab of `chart`.
    void showChart(Chart chart);
    [[nodiscard]] QChartView *chartView(Chart chart) const;
    [[nodiscard]] bool hasData(Chart chart) const;
    /// Numbers drawn by `chart`, by series key.
    [[nodiscard]] const PeriodCounts &counts(Chart chart) const;
    /// Text under `chart`, or an empty string when none is shown.
    [[nodiscard]] QString note(Chart chart) const;

    [[nodiscard]] QChartView *linksView() const { return chartView(Chart::Links); }
    [[nodiscard]] bool linksHaveData() const { return hasData(Chart::Links); }
    [[nodiscard]] const PeriodCounts &linkCounts() const { return counts(Chart::Links); }

signals:
    /// The charts were redrawn with the data of the latest reading.
    void refreshed();

private:
    void requestData(bool withNetwork);
    void cancelRequest();
    void applyData(const PeriodData &read, const PeriodRequest &request);
    void periodChanged();
    [[nodiscard]] PeriodGranularity granularity() const;
    void redraw();
    void drawLinks();
    void drawProjectHolders();
    void drawWorkshops();
    void drawResidencies();
    void fillLinkTypes();
    void setPage(Chart chart, const PeriodCounts &counts, QChart *drawn);
    [[nodiscard]] PeriodChartPage *page(Chart chart) const;

    QPointer<Core::Store> m_store;
    TermLabels m_labels;
    PeriodData m_data;
    PeriodRequest m_dataRequest; ///< the dates and period length of the counts in m_data
    std::array<PeriodCounts, 4> m_counts;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_granularity;
    QComboBox *m_linkType;
    QTabWidget *m_tabs;
    std::array<PeriodChartPage *, 4> m_pages{};
    QFutureWatcher<PeriodData> *m_watcher = nullptr; ///< the running reading
    bool m_watcherReadsNetwork = false;              ///< m_watcher reads the links too
    std::shared_ptr<std::atomic_bool> m_cancel;
    /// Cancelled readings that may still run. The destructor waits for them.
    QList<QFuture<PeriodData>> m_cancelled;
};

} // namespace CoopAtlas::Ui
