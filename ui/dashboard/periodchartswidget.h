// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analytics/networksnapshot.h>
#include <core/storage/store.h>
#include <ui/dashboard/periodseries.h>
#include <ui/models/termlabels.h>

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class QChartView;
class QComboBox;
class QDateEdit;
class QStackedWidget;

namespace CoopAtlas::Ui {

/// Links started per quarter or year, stacked by link type, for a chosen
/// period and link type. The network is read on a worker thread through its
/// own connection. When no link starts in the period, a message replaces the
/// empty axes, and a single period is drawn as one bar.
// TODO: new project holders per period by sector, and workshop participants and
// residencies per period, are not charted yet.
class PeriodChartsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PeriodChartsWidget(QWidget *parent = nullptr);
    ~PeriodChartsWidget() override;

    void setStore(Core::Store *store);
    void refresh();
    [[nodiscard]] bool isBusy() const { return m_watcher != nullptr; }

    /// Sets the period and granularity and redraws.
    void setPeriod(const QDate &from, const QDate &to, PeriodGranularity granularity);
    [[nodiscard]] QChartView *linksView() const { return m_linksView; }
    [[nodiscard]] bool linksHaveData() const;
    [[nodiscard]] const PeriodCounts &linkCounts() const { return m_counts; }

signals:
    void refreshed();

private:
    void redraw();

    QPointer<Core::Store> m_store;
    TermLabels m_labels;
    Core::NetworkSnapshot m_snapshot;
    PeriodCounts m_counts;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_granularity;
    QComboBox *m_linkType;
    QStackedWidget *m_stack;
    QChartView *m_linksView;
    QFutureWatcher<Core::NetworkSnapshot> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<QFuture<Core::NetworkSnapshot>> m_cancelled;
};

} // namespace CoopAtlas::Ui
