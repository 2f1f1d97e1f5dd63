// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricspanel.h"

#include <ui/network/metricstablemodel.h>
#include <ui/network/networklogging.h>

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace CoopAtlas::Ui {

namespace {

enum Subset { AllNodes = -3, IsolatedHolders = -2, Brokers = -1 };

/// Maximum width of a column fitted to its cells, in average character widths.
/// The header title always fits, and the user can still widen a column.
constexpr int MaxColumnChars = 40;

MetricsRun runMetrics(const Core::NetworkSnapshot &snapshot,
                      const std::shared_ptr<std::atomic_bool> &cancel,
                      const std::shared_ptr<std::atomic<qint64>> &done,
                      const std::shared_ptr<std::atomic<qint64>> &total)
{
    MetricsRun run;
    Core::RunControl control{cancel, [done, total](qint64 stepDone, qint64 stepTotal) {
                                 total->store(stepTotal);
                                 done->store(stepDone);
                             }};
    auto metrics = Core::computeNetworkMetrics(snapshot, {}, control);
    if (!metrics) {
        run.cancelled = cancel->load();
        run.error = metrics.error().text();
        return run;
    }
    run.metrics = std::move(metrics).value();
    return run;
}

} // namespace

MetricsPanel::MetricsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new MetricsTableModel(this))
    , m_filter(new MetricsRowFilter(this))
    , m_view(new QTableView(this))
    , m_subset(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(Qt::UserRole);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(Core::MetricsTable::Name, Qt::AscendingOrder);
    m_view->setObjectName(QStringLiteral("metricsView"));
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setVisible(false);
    m_subset->setObjectName(QStringLiteral("subset"));
    connect(m_subset, &QComboBox::currentIndexChanged, this, &MetricsPanel::applySubset);
    m_delimiter->addItem(tr("Comma separated"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon separated"), QStringLiteral(";"));
    auto *exportButton = new QPushButton(tr("Export CSV..."), this);
    exportButton->setObjectName(QStringLiteral("exportCsv"));
    connect(exportButton, &QPushButton::clicked, this, &MetricsPanel::askExport);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, &MetricsPanel::cancel);
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        m_progress->setRange(0, int(std::max<qint64>(1, m_total->load())));
        m_progress->setValue(int(m_done->load()));
    });

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_subset, 1);
    top->addWidget(m_delimiter);
    top->addWidget(exportButton);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
}

MetricsPanel::~MetricsPanel()
{
    cancel();
    for (QFuture<MetricsRun> &future : m_cancelled)
        future.waitForFinished();
}

void MetricsPanel::compute(const Core::NetworkSnapshot &snapshot)
{
    cancel();
    m_snapshot = snapshot;
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_done = std::make_shared<std::atomic<qint64>>(0);
    m_total = std::make_shared<std::atomic<qint64>>(1);
    qCInfo(lcUiNetwork) << "Computing the metrics of" << snapshot.nodeCount() << "nodes";
    m_watcher = new QFutureWatcher<MetricsRun>(this);
    connect(m_watcher, &QFutureWatcher<MetricsRun>::finished, this, &MetricsPanel::finish);
    m_watcher->setFuture(QtConcurrent::run(runMetrics, snapshot, m_cancelFlag, m_done, m_total));
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_progressTimer.start();
    m_status->setText(tr("Computing the metrics…"));
}

void MetricsPanel::cancel()
{
    if (!m_watcher)
        return;
    qCInfo(lcUiNetwork) << "Cancelling the metrics";
    m_cancelFlag->store(true);
    m_cancelled.append(m_watcher->future());
    m_watcher->disconnect(this);
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_progressTimer.stop();
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_status->setText(tr("Cancelled. The metrics are computed again when the network changes."));
}

void MetricsPanel::finish()
{
    const MetricsRun run = m_watcher->result();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_progressTimer.stop();
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    if (run.cancelled)
        return;
    if (!run.error.isEmpty()) {
        qCWarning(lcUiNetwork) << "Computing the metrics failed:" << run.error;
        m_status->setText(tr("The metrics could not be computed: %1").arg(run.error));
        return;
    }
    m_model->setTable(Core::MetricsTable(m_snapshot, run.metrics));
    fillSubsets();
    fitColumns();
    m_status->setText(tr("%1 components, %2 clusters, modularity %3")
                          .arg(QLocale().toString(run.metrics.componentCount),
                               QLocale().toString(run.metrics.clusters.size()),
                               QLocale().toString(run.metrics.modularity, 'f', 3)));
    emit computed(run.metrics);
}

void MetricsPanel::fillSubsets()
{
    const Core::NetworkMetrics &metrics = m_model->table().metrics();
    const QSignalBlocker blocker(m_subset);
    m_subset->clear();
    m_subset->addItem(tr("All nodes (%1)").arg(m_model->rowCount()), int(AllNodes));
    m_subset->addItem(
        tr("Isolated project holders (%1)").arg(metrics.isolatedProjectHolders.size()),
        int(IsolatedHolders));
    m_subset->addItem(tr("Brokers (%1)").arg(metrics.brokers.size()), int(Brokers));
    for (const Core::NetworkCluster &cluster : metrics.clusters) {
        m_subset->addItem(
            tr("Cluster %1 (%2 members)").arg(cluster.id + 1).arg(cluster.members.size()),
            cluster.id);
    }
    applySubset();
}

void MetricsPanel::fitColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    const int maxCells = m_view->fontMetrics().averageCharWidth() * MaxColumnChars;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        // Fits the title and the cells, then keeps a long name from taking the row.
        m_view->resizeColumnToContents(column);
        const int title = header->sectionSizeHint(column);
        const int fitted = std::min(header->sectionSize(column), maxCells);
        header->resizeSection(column, std::max(title, fitted));
    }
}

void MetricsPanel::applySubset()
{
    const Core::NetworkMetrics &metrics = m_model->table().metrics();
    const int subset = m_subset->currentData().toInt();
    const auto toSet = [](const QList<int> &rows) {
        return QSet<int>(rows.cbegin(), rows.cend());
    };
    if (subset == IsolatedHolders) {
        m_filter->setRows(toSet(metrics.isolatedProjectHolders));
    } else if (subset == Brokers) {
        m_filter->setRows(toSet(metrics.brokers));
    } else if (subset >= 0) {
        QSet<int> members;
        for (const Core::NetworkCluster &cluster : metrics.clusters) {
            if (cluster.id == subset)
                members = toSet(cluster.members);
        }
        m_filter->setRows(members);
    } else {
        m_filter->setRows(std::nullopt);
    }
}

Core::Result<void> MetricsPanel::exportCsv(const QString &path, QChar delimiter) const
{
    return m_model->table().saveCsv(path, delimiter, m_filter->sourceRows());
}

void MetricsPanel::askExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Metrics"), tr("network-metrics.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QChar delimiter = m_delimiter->currentData().toString().at(0);
    auto saved = exportCsv(path, delimiter);
    if (!saved) {
        qCWarning(lcUiNetwork) << "Exporting the metrics failed:" << saved.error().text();
        QMessageBox::warning(this, tr("Metrics Not Exported"), saved.error().text());
    }
}

} // namespace CoopAtlas::Ui
