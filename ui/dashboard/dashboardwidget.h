// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/storage/store.h>
#include <ui/dashboard/dashboardloader.h>
#include <ui/models/termlabels.h>

#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QStackedWidget;

namespace CoopAtlas::Ui {

class PeriodChartsWidget;

/// Growth of the ecosystem. One chart shows the organisations by founding
/// date, cumulative per month and stacked by kind or stage, and states how many
/// organisations it leaves out for lack of a founding date. Others show the
/// organisations per Brussels commune and events per quarter or year
/// (PeriodChartsWidget). Each chart shows a message instead of empty axes, and
/// saves as PNG or SVG from its context menu.
///
/// The data is read on a worker thread through its own connection to the store
/// file, because the queries scan every organisation. A newer request cancels
/// an older one, and the widget shows a busy state meanwhile. A hidden
/// dashboard reads nothing until it is shown.
class DashboardWidget : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardWidget(QWidget *parent = nullptr);
    ~DashboardWidget() override;

    void setStore(Core::Store *store);
    /// Starts reading the data again; both charts are redrawn when it arrives.
    void refresh();
    /// True while a reading started by refresh() or a grouping change runs.
    [[nodiscard]] bool isBusy() const { return m_watcher != nullptr; }

    [[nodiscard]] QComboBox *groupingCombo() const { return m_grouping; }
    [[nodiscard]] QChart *growthChart() const;
    [[nodiscard]] QChart *communeChart() const;
    /// True when the growth chart is shown, false when its "No data yet" message is.
    [[nodiscard]] bool growthHasData() const;
    [[nodiscard]] bool communeHasData() const;
    /// Text under the growth chart about organisations without a founding
    /// date, or an empty string when every organisation has one.
    [[nodiscard]] QString undatedNote() const;
    [[nodiscard]] PeriodChartsWidget *periodCharts() const { return m_periods; }

signals:
    /// The charts were redrawn with the data of the latest request.
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void requestData();
    void cancelRequest();
    void setBusy(bool busy);
    void applyData(const DashboardData &result, const QString &vocabulary);
    void showGrowth(const QList<Core::GrowthPoint> &points, const QString &vocabulary);
    void showUndated(qint64 count);
    void showCommunes(QList<QPair<QString, int>> counts);

    QPointer<Core::Store> m_store;
    TermLabels m_labels;
    QTimer m_refreshTimer;
    bool m_stale = true;
    bool m_communesPending = true;                      ///< the commune chart waits for a reading
    QFutureWatcher<DashboardData> *m_watcher = nullptr; ///< the running request
    std::shared_ptr<std::atomic_bool> m_cancel;         ///< cancel flag of m_watcher
    /// Cancelled readings that may still run. The destructor waits for them,
    /// because QApplication finalizes the statements of open connections.
    QList<QFuture<DashboardData>> m_cancelled;
    QComboBox *m_grouping;
    QLabel *m_busy;
    QLabel *m_undated; ///< organisations without a founding date, under the growth chart
    QStackedWidget *m_growthStack;
    QStackedWidget *m_communeStack;
    QChartView *m_growthView;
    QChartView *m_communeView;
    PeriodChartsWidget *m_periods;
};

} // namespace CoopAtlas::Ui
