// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QTabWidget;
class QUndoStack;

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

class CommandContext;
class MainWindow;
class MetricsPanel;
class NetworkMapWidget;
class SuggestionsPanel;

/// Window of the network analytics: the map with the suggestions for the
/// selected project holder beside it, and the metrics table on a second tab.
/// It reads the network again a second after the store changes, and closes
/// when its store is destroyed.
class NetworkWindow : public QWidget
{
    Q_OBJECT

public:
    NetworkWindow(Core::Store *store,
                  QUndoStack *undoStack,
                  CommandContext *context,
                  QWidget *parent = nullptr);

    [[nodiscard]] Core::Store *store() const { return m_store; }
    [[nodiscard]] NetworkMapWidget *map() const { return m_map; }
    [[nodiscard]] MetricsPanel *metrics() const { return m_metrics; }
    [[nodiscard]] SuggestionsPanel *suggestions() const { return m_suggestions; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }

signals:
    void openRecordRequested(CoopAtlas::Core::RecordKind kind, const QString &id);

private:
    QPointer<Core::Store> m_store;
    NetworkMapWidget *m_map;
    SuggestionsPanel *m_suggestions;
    MetricsPanel *m_metrics;
    QTabWidget *m_tabs;
    QTimer m_reloadTimer;
};

/// Shows the network window of `window`'s store, creating it on first use.
/// A double click on a node shows the record in the window's detail pane.
/// Returns nullptr when no store is open.
NetworkWindow *showNetworkWindow(MainWindow &window);

} // namespace CoopAtlas::Ui
