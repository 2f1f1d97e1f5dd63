// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analytics/metricstable.h>
#include <core/analytics/networkmetrics.h>
#include <core/analytics/networksnapshot.h>

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace CoopAtlas::Ui {

class MetricsTableModel;
class MetricsRowFilter;

/// Result of a background metrics run.
struct MetricsRun
{
    Core::NetworkMetrics metrics;
    QString error;
    bool cancelled = false;
};

/// Sortable table of the network metrics per node (degree, betweenness,
/// closeness, eigenvector, community, component), with a view choice for the
/// isolated project holders, the brokers and each cluster, and CSV export.
/// The metrics are computed on a worker thread with progress and Cancel.
class MetricsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MetricsPanel(QWidget *parent = nullptr);
    ~MetricsPanel() override;

    /// Computes the metrics of `snapshot` in the background.
    void compute(const Core::NetworkSnapshot &snapshot);
    void cancel();
    [[nodiscard]] bool isBusy() const { return m_watcher != nullptr; }

    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QComboBox *subsetCombo() const { return m_subset; }
    [[nodiscard]] MetricsTableModel *model() const { return m_model; }
    /// Saves every row of the chosen view (all nodes, a subset or a cluster) as
    /// CSV with `delimiter`, in the order shown. The error names the file.
    [[nodiscard]] Core::Result<void> exportCsv(const QString &path, QChar delimiter) const;

signals:
    /// New metrics are shown for the snapshot last given to compute().
    void computed(const Core::NetworkMetrics &metrics);

private:
    void finish();
    void fillSubsets();
    void fitColumns();
    void applySubset();
    void askExport();

    Core::NetworkSnapshot m_snapshot;
    MetricsTableModel *m_model;
    MetricsRowFilter *m_filter;
    QTableView *m_view;
    QComboBox *m_subset;
    QComboBox *m_delimiter;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QFutureWatcher<MetricsRun> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    std::shared_ptr<std::atomic<qint64>> m_done;
    std::shared_ptr<std::atomic<qint64>> m_total;
    QList<QFuture<MetricsRun>> m_cancelled;
    QTimer m_progressTimer;
};

} // namespace CoopAtlas::Ui
