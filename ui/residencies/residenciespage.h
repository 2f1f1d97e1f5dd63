// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

class ActivityFilterBar;
class CommandContext;
class ResidencyForm;
class ResidencyListModel;
class TimelineWidget;

/// The Residencies section: a filtered list or a timeline of residencies and their
/// cohort (a toolbar toggle switches), and the form of the selected residency.
class ResidenciesPage : public QWidget
{
    Q_OBJECT

public:
    ResidenciesPage(QUndoStack *undoStack, CommandContext *context, QWidget *parent = nullptr);

    void setStore(Core::Store *store);
    void setTimelineShown(bool shown);
    [[nodiscard]] bool isTimelineShown() const;
    void selectResidency(const QString &id);
    void newResidency();
    /// Asks for confirmation, then deletes the shown residency with its stays,
    /// visits and budget lines (one undoable command).
    void deleteResidency();
    bool confirmLeave();
    /// Reads the timeline's window again now.
    void reloadTimeline();

    [[nodiscard]] TimelineWidget *timeline() const { return m_timeline; }
    [[nodiscard]] QTableView *listView() const { return m_list; }
    [[nodiscard]] ResidencyListModel *listModel() const { return m_model; }
    [[nodiscard]] ResidencyForm *form() const { return m_form; }
    /// Search, city and status filters above the list.
    [[nodiscard]] ActivityFilterBar *filterBar() const { return m_filter; }
    /// Toolbar actions: "timelineView", "zoomMonth", "zoomQuarter", "zoomYear",
    /// "timelinePrevious", "timelineToday", "timelineNext", "newResidency", "deleteResidency".
    [[nodiscard]] QAction *action(const QString &name) const;

signals:
    void loadFailed(const QString &message);

private:
    void buildToolBar(QWidget *bar);
    void onListCurrentChanged();

    QUndoStack *m_undoStack;
    CommandContext *m_context;
    QPointer<Core::Store> m_store;
    ResidencyListModel *m_model;
    QTableView *m_list;
    TimelineWidget *m_timeline;
    QStackedWidget *m_views;
    ResidencyForm *m_form;
    QLabel *m_period;
    QWidget *m_navigationRow = nullptr; ///< timeline navigation and period, shown with the timeline
    ActivityFilterBar *m_filter;
    QTimer m_timelineTimer;
};

} // namespace CoopAtlas::Ui
