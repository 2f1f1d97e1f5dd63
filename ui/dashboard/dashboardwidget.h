// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/storage/store.h>
#include <ui/models/termlabels.h>

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QStackedWidget;

namespace CoopAtlas::Ui {

/// Growth of the ecosystem: organisations over time, cumulative per month and
/// stacked by kind or stage, and organisations per Brussels commune. Each chart
/// shows "No data yet" instead of empty axes.
class DashboardWidget : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardWidget(QWidget *parent = nullptr);

    void setStore(Core::Store *store);
    /// Reads the data again and redraws both charts.
    void refresh();

    [[nodiscard]] QComboBox *groupingCombo() const { return m_grouping; }
    [[nodiscard]] QChart *growthChart() const;
    [[nodiscard]] QChart *communeChart() const;
    /// True when the growth chart is shown, false when its "No data yet" message is.
    [[nodiscard]] bool growthHasData() const;
    [[nodiscard]] bool communeHasData() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void refreshGrowth();
    void refreshCommunes();

    QPointer<Core::Store> m_store;
    TermLabels m_labels;
    QTimer m_refreshTimer;
    bool m_stale = true;
    QComboBox *m_grouping;
    QStackedWidget *m_growthStack;
    QStackedWidget *m_communeStack;
    QChartView *m_growthView;
    QChartView *m_communeView;
};

} // namespace CoopAtlas::Ui
