// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkwindow.h"

#include <core/storage/store.h>
#include <ui/mainwindow.h>
#include <ui/network/metricspanel.h>
#include <ui/network/networkcanvas.h>
#include <ui/network/networkmapwidget.h>
#include <ui/network/suggestionspanel.h>

#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

namespace {

/// Delay between a change in the store and reading the network again, so that
/// a burst of changes gives one reading.
constexpr int ReloadDelayMs = 1000;

} // namespace

NetworkWindow::NetworkWindow(Core::Store *store,
                             QUndoStack *undoStack,
                             CommandContext *context,
                             QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_store(store)
    , m_map(new NetworkMapWidget(this))
    , m_suggestions(new SuggestionsPanel(undoStack, context, this))
    , m_metrics(new MetricsPanel(this))
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Network – CoopAtlas"));
    setObjectName(QStringLiteral("networkWindow"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_map);
    splitter->addWidget(m_suggestions);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({900, 340});
    m_tabs->addTab(splitter, tr("Map"));
    m_tabs->addTab(m_metrics, tr("Metrics"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    resize(1200, 780);

    connect(m_map, &NetworkMapWidget::networkChanged, this, [this] {
        m_suggestions->setSnapshot(m_map->canvas()->snapshot());
        m_metrics->compute(m_map->canvas()->snapshot());
    });
    connect(m_map->canvas(), &NetworkCanvas::selectionChanged, this, [this](int node) {
        const auto &nodes = m_map->canvas()->snapshot().nodes();
        m_suggestions->showFor(node >= 0 ? nodes.at(node).id : QString());
    });
    connect(m_metrics, &MetricsPanel::computed, m_map->canvas(), &NetworkCanvas::setMetrics);
    connect(
        m_map, &NetworkMapWidget::openRecordRequested, this, &NetworkWindow::openRecordRequested);

    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(ReloadDelayMs);
    connect(&m_reloadTimer, &QTimer::timeout, m_map, &NetworkMapWidget::reload);
    if (store) {
        connect(store, &Core::Store::changed, this, [this](Core::RecordKind kind) {
            if (kind == Core::RecordKind::Organisation || kind == Core::RecordKind::Person
                || kind == Core::RecordKind::Link)
                m_reloadTimer.start();
        });
        connect(store, &Core::Store::reloaded, &m_reloadTimer, qOverload<>(&QTimer::start));
        connect(store, &QObject::destroyed, this, &QWidget::close);
    }
    m_map->setStore(store);
}

NetworkWindow *showNetworkWindow(MainWindow &window)
{
    if (!window.store())
        return nullptr;
    auto *network = window.findChild<NetworkWindow *>(QString(), Qt::FindDirectChildrenOnly);
    if (!network || network->store() != window.store()) {
        if (network)
            network->close();
        network = new NetworkWindow(
            window.store(), window.undoStack(), window.commandContext(), &window);
        network->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(network,
                         &NetworkWindow::openRecordRequested,
                         &window,
                         [&window](Core::RecordKind kind, const QString &id) {
                             window.revealRecord(kind, id);
                             window.raise();
                             window.activateWindow();
                         });
    }
    network->show();
    network->raise();
    network->activateWindow();
    return network;
}

} // namespace CoopAtlas::Ui
