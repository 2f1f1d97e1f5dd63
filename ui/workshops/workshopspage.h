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
class QTabWidget;
class QUndoStack;

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

class ActivityFilterBar;
class AttendancePanel;
class CalendarWidget;
class CommandContext;
class WorkshopForm;
class WorkshopListModel;

/// The Workshops section: a filtered list or a month/week calendar of
/// workshops (a toolbar toggle switches), the form of the selected workshop,
/// and the attendance rates.
class WorkshopsPage : public QWidget
{
    Q_OBJECT

public:
    WorkshopsPage(QUndoStack *undoStack, CommandContext *context, QWidget *parent = nullptr);

    void setStore(Core::Store *store);
    /// Shows the calendar (true) or the list (false).
    void setCalendarShown(bool shown);
    [[nodiscard]] bool isCalendarShown() const;
    /// Shows a workshop in the form and selects it in the list and calendar.
    void selectWorkshop(const QString &id);
    void newWorkshop();
    /// Asks for confirmation, then deletes the shown workshop with its
    /// participations and follow-ups (one undoable command).
    void deleteWorkshop();
    /// Asks whether to drop unsaved changes of the form; true when nothing is lost.
    bool confirmLeave();

    [[nodiscard]] CalendarWidget *calendar() const { return m_calendar; }
    [[nodiscard]] QTableView *listView() const { return m_list; }
    [[nodiscard]] WorkshopListModel *listModel() const { return m_model; }
    [[nodiscard]] WorkshopForm *form() const { return m_form; }
    [[nodiscard]] AttendancePanel *attendance() const { return m_attendance; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    /// Search, theme and status filters above the list.
    [[nodiscard]] ActivityFilterBar *filterBar() const { return m_filter; }
    /// Toolbar actions: "calendarView", "monthView", "weekView", "previous", "today", "next",
    /// "newWorkshop", "deleteWorkshop".
    [[nodiscard]] QAction *action(const QString &name) const;
    /// Reads the workshops of the calendar's range again now.
    void reloadCalendar();

signals:
    void loadFailed(const QString &message);

private:
    void buildToolBar(QWidget *bar);
    void onListCurrentChanged();
    void updatePeriodLabel();
    void clearFormOutsideCalendar();

    QUndoStack *m_undoStack;
    CommandContext *m_context;
    QPointer<Core::Store> m_store;
    WorkshopListModel *m_model;
    QTableView *m_list;
    CalendarWidget *m_calendar;
    QStackedWidget *m_views;
    WorkshopForm *m_form;
    AttendancePanel *m_attendance;
    QTabWidget *m_tabs;
    QLabel *m_period;
    QWidget *m_navigationRow = nullptr; ///< calendar navigation and period, shown with the calendar
    ActivityFilterBar *m_filter;
    QTimer m_calendarTimer;
};

} // namespace CoopAtlas::Ui
