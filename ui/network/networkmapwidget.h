// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analytics/networksnapshot.h>
#include <core/storage/store.h>
#include <ui/models/termlabels.h>

#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSlider;

namespace CoopAtlas::Ui {

class NetworkCanvas;
class NetworkLegend;

/// Result of a background load and layout of the network map.
struct NetworkMapData
{
    Core::NetworkSnapshot snapshot;
    QList<QPointF> positions;
    QString error;          ///< why loading or the layout failed; empty on success
    bool cancelled = false; ///< the Cancel button stopped the run
};

/// The network map: a NetworkCanvas with its controls (node style, filters by
/// kind, sector and link type, a date slider that replays the network from the
/// dated links, search, Fit, Lay Out Again, PNG and SVG export) and a legend.
///
/// The snapshot and its layout are computed on a worker thread with their own
/// database connection; a progress bar with Cancel shows meanwhile. Dragging a
/// node pins it: the pin is saved in the store file (see networkpins.h) and
/// the next layout keeps the node where it was dropped.
class NetworkMapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit NetworkMapWidget(QWidget *parent = nullptr);
    ~NetworkMapWidget() override;

    void setStore(Core::Store *store);
    /// Reads the network from the store and lays it out from the stored pins
    /// and the current positions.
    void reload();
    /// Lays out the current snapshot again, keeping the pinned nodes.
    void relayout();
    void cancel();
    [[nodiscard]] bool isBusy() const { return m_watcher != nullptr; }

    [[nodiscard]] NetworkCanvas *canvas() const { return m_canvas; }
    [[nodiscard]] QSlider *dateSlider() const { return m_dateSlider; }
    [[nodiscard]] QCheckBox *dateCheck() const { return m_dateCheck; }
    [[nodiscard]] QLineEdit *searchEdit() const { return m_search; }
    [[nodiscard]] QComboBox *styleCombo() const { return m_style; }
    /// Date that slider position `value` stands for.
    [[nodiscard]] QDate dateForSlider(int value) const;
    [[nodiscard]] int sliderForDate(const QDate &date) const;
    /// Selects and centres the first node whose label contains `text`,
    /// ignoring case. Returns false when none does.
    bool focusLabel(const QString &text);

    /// Asks for a file name and saves the view as PNG or SVG.
    void exportImage();

signals:
    /// A new snapshot and layout are shown.
    void networkChanged();
    /// Double click on a node: show the record.
    void openRecordRequested(CoopAtlas::Core::RecordKind kind, const QString &id);

private:
    void buildControls();
    void start(bool reloadSnapshot);
    void finish();
    void applyData(const NetworkMapData &data);
    /// Selects node `id` of the new snapshot again, centred when its new
    /// position is out of view, or clears the selection when `id` is gone.
    void keepSelection(const QString &id);
    void fillFilters();
    void updateDateRange();
    void applyDate();
    void savePin(const QString &id, const QPointF &position);
    void showMessage(const QString &text);

    QPointer<Core::Store> m_store;
    TermLabels m_labels;
    NetworkCanvas *m_canvas;
    NetworkLegend *m_legend;
    QComboBox *m_style = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_sector = nullptr;
    QComboBox *m_linkType = nullptr;
    QCheckBox *m_dateCheck = nullptr;
    QSlider *m_dateSlider = nullptr;
    QLabel *m_dateLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    QDate m_firstDate;
    QFutureWatcher<NetworkMapData> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    std::shared_ptr<std::atomic<qint64>> m_progressDone;
    std::shared_ptr<std::atomic<qint64>> m_progressTotal;
    QList<QFuture<NetworkMapData>> m_cancelled; ///< cancelled runs that may still run
    QTimer m_progressTimer;
};

} // namespace CoopAtlas::Ui
