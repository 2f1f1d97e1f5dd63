// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshopspage.h"

#include <core/storage/activitystore.h>
#include <ui/calendar/calendarwidget.h>
#include <ui/commands/activitycommands.h>
#include <ui/commands/recordcommands.h>
#include <ui/logging.h>
#include <ui/workshops/activityfilterbar.h>
#include <ui/workshops/attendancepanel.h>
#include <ui/workshops/workshopform.h>
#include <ui/workshops/workshoplistmodel.h>
#include <ui/workshops/workshoptext.h>

#include <QAction>
#include <QActionGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

namespace {

QColor statusColour(const QString &status)
{
    if (status == QLatin1String("confirmed"))
        return QColor(0xb7, 0xe1, 0xcd);
    if (status == QLatin1String("held"))
        return QColor(0xd0, 0xd7, 0xe5);
    return QColor(0xc6, 0xda, 0xfc); // planned
}

CalendarEntry entryOf(const Core::Workshop &workshop)
{
    CalendarEntry entry;
    entry.id = workshop.meta.id;
    entry.title = workshop.title;
    // Timed workshops sit at Brussels time, where the organisations work, so that
    // a Tokyo evening shows as a Brussels morning. All-day ones keep their own dates.
    const QTimeZone gridZone("Europe/Brussels");
    const QTimeZone ownZone(workshop.timeZone.toUtf8());
    entry.zone = workshop.allDay && ownZone.isValid() ? ownZone : gridZone;
    entry.start = workshop.start;
    entry.end = std::max(workshop.end, workshop.start);
    entry.allDay = workshop.allDay;
    entry.firstDay = workshop.start.toTimeZone(entry.zone).date();
    entry.lastDay = std::max(entry.firstDay, workshop.end.toTimeZone(entry.zone).date());
    entry.cancelled = workshop.status == QLatin1String("cancelled");
    entry.color = statusColour(workshop.status);
    entry.toolTip = workshop.title + u'\n' + workshopWhenText(workshop);
    if (!workshop.allDay && ownZone.isValid() && ownZone.id() != gridZone.id()) {
        const QLocale locale;
        const QString format = QStringLiteral("HH:mm");
        const QString from = locale.toString(entry.localStart().time(), format);
        const QString to = locale.toString(entry.localEnd().time(), format);
        entry.toolTip += u'\n' + WorkshopsPage::tr("%1–%2 in Brussels").arg(from, to);
    }
    if (!workshop.venue.isEmpty())
        entry.toolTip += u'\n' + workshop.venue;
    entry.toolTip += u'\n' + Core::ActivityKeys::label(workshop.status);
    return entry;
}

} // namespace

WorkshopsPage::WorkshopsPage(QUndoStack *undoStack, CommandContext *context, QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
    , m_context(context)
    , m_model(new WorkshopListModel(this))
    , m_list(new QTableView(this))
    , m_calendar(new CalendarWidget(this))
    , m_views(new QStackedWidget(this))
    , m_form(new WorkshopForm(undoStack, context, this))
    , m_attendance(new AttendancePanel(this))
    , m_tabs(new QTabWidget(this))
    , m_period(new QLabel(this))
    , m_filter(new ActivityFilterBar(Core::RecordKind::Workshop, this))
{
    setObjectName(QStringLiteral("workshopsPage"));
    m_list->setObjectName(QStringLiteral("workshopList"));
    m_list->setAccessibleName(tr("Workshops"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->setVisible(false);
    // The title keeps room for about 30 characters and the other columns fit
    // their contents. The list scrolls sideways when they need more width.
    QHeaderView *header = m_list->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(WorkshopListModel::Title, QHeaderView::Interactive);
    header->resizeSection(WorkshopListModel::Title, m_list->fontMetrics().averageCharWidth() * 30);
    header->setStretchLastSection(true);
    m_list->setWordWrap(false);
    auto *listPage = new QWidget;
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filter);
    listLayout->addWidget(m_list, 1);
    m_views->addWidget(listPage);
    m_views->addWidget(m_calendar);

    auto *formScroll = new QScrollArea;
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setMinimumWidth(420);
    m_tabs->addTab(formScroll, tr("Workshop"));
    m_tabs->addTab(m_attendance, tr("Attendance"));

    auto *toolBar = new QWidget;
    buildToolBar(toolBar);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(toolBar);
    leftLayout->addWidget(m_views, 1);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    // The form gets the larger part because its date rows, organiser buttons and
    // tables are wider than 500 px; the list elides its columns instead.
    splitter->setSizes({480, 680});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_calendarTimer.setSingleShot(true);
    m_calendarTimer.setInterval(0);
    connect(&m_calendarTimer, &QTimer::timeout, this, &WorkshopsPage::reloadCalendar);
    connect(m_model, &WorkshopListModel::loadFailed, this, &WorkshopsPage::loadFailed);
    connect(m_filter, &ActivityFilterBar::filterChanged, m_model, &WorkshopListModel::setFilter);
    connect(m_list->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &WorkshopsPage::onListCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_form->workshopId());
        if (row >= 0) {
            const QSignalBlocker blocker(m_list->selectionModel());
            m_list->selectRow(row);
        }
    });
    connect(m_calendar, &CalendarWidget::rangeChanged, this, [this] {
        updatePeriodLabel();
        reloadCalendar();
        clearFormOutsideCalendar();
    });
    connect(m_calendar, &CalendarWidget::entrySelected, this, [this](const QString &id) {
        if (!id.isEmpty() && id != m_form->workshopId() && confirmLeave())
            m_form->showWorkshop(id);
    });
    connect(m_calendar, &CalendarWidget::entryActivated, this, [this](const QString &id) {
        selectWorkshop(id);
        m_tabs->setCurrentIndex(0);
        m_form->titleEdit()->setFocus();
    });
    connect(m_form, &WorkshopForm::saved, this, &WorkshopsPage::selectWorkshop);
    updatePeriodLabel();
    setCalendarShown(false);
}

void WorkshopsPage::buildToolBar(QWidget *bar)
{
    // Two rows keep the French and Dutch labels within the list's width. The
    // first has the record and view actions, the second the calendar's navigation.
    auto *toolBar = new QToolBar(bar);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->setAccessibleName(tr("Workshop tools"));
    auto *navigation = new QToolBar(bar);
    navigation->setToolButtonStyle(Qt::ToolButtonTextOnly);
    navigation->setAccessibleName(tr("Calendar navigation"));
    const auto add =
        [this](QToolBar *target, const QString &name, const QString &text, QKeySequence key) {
            QAction *action = target->addAction(text);
            action->setObjectName(name);
            action->setShortcut(key);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            if (!key.isEmpty())
                action->setToolTip(tr("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
            addAction(action);
            return action;
        };
    connect(add(toolBar, QStringLiteral("newWorkshop"), tr("New Workshop"), {}),
            &QAction::triggered,
            this,
            &WorkshopsPage::newWorkshop);
    connect(add(toolBar, QStringLiteral("deleteWorkshop"), tr("Delete"), {}),
            &QAction::triggered,
            this,
            &WorkshopsPage::deleteWorkshop);
    toolBar->addSeparator();
    QAction *calendarView = add(toolBar,
                                QStringLiteral("calendarView"),
                                tr("Calendar"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    calendarView->setCheckable(true);
    connect(calendarView, &QAction::toggled, this, &WorkshopsPage::setCalendarShown);
    auto *modes = new QActionGroup(this);
    QAction *month = add(toolBar,
                         QStringLiteral("monthView"),
                         tr("Month"),
                         QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    QAction *week = add(toolBar,
                        QStringLiteral("weekView"),
                        tr("Week"),
                        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_W));
    for (QAction *action : {month, week}) {
        action->setCheckable(true);
        modes->addAction(action);
    }
    month->setChecked(true);
    connect(month, &QAction::triggered, this, [this] {
        m_calendar->setMode(CalendarWidget::Mode::Month);
        setCalendarShown(true);
    });
    connect(week, &QAction::triggered, this, [this] {
        m_calendar->setMode(CalendarWidget::Mode::Week);
        setCalendarShown(true);
    });
    connect(m_calendar, &CalendarWidget::rangeChanged, this, [this, month, week] {
        (m_calendar->mode() == CalendarWidget::Mode::Month ? month : week)->setChecked(true);
    });
    connect(add(navigation,
                QStringLiteral("previous"),
                tr("Previous"),
                QKeySequence(Qt::ALT | Qt::Key_PageUp)),
            &QAction::triggered,
            m_calendar,
            &CalendarWidget::showPrevious);
    connect(
        add(navigation, QStringLiteral("today"), tr("Today"), QKeySequence(Qt::ALT | Qt::Key_Home)),
        &QAction::triggered,
        m_calendar,
        &CalendarWidget::showToday);
    connect(add(navigation,
                QStringLiteral("next"),
                tr("Next"),
                QKeySequence(Qt::ALT | Qt::Key_PageDown)),
            &QAction::triggered,
            m_calendar,
            &CalendarWidget::showNext);
    QFont font = m_period->font();
    font.setBold(true);
    m_period->setFont(font);
    m_navigationRow = new QWidget(bar);
    auto *navigationLayout = new QHBoxLayout(m_navigationRow);
    navigationLayout->setContentsMargins(0, 0, 0, 0);
    navigationLayout->addWidget(navigation);
    navigationLayout->addStretch();
    navigationLayout->addWidget(m_period);
    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_navigationRow);
}

QAction *WorkshopsPage::action(const QString &name) const
{
    return findChild<QAction *>(name);
}

void WorkshopsPage::setStore(Core::Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_filter->setStore(store);
    m_model->setStore(store);
    m_form->setStore(store);
    m_attendance->setStore(store);
    if (m_store) {
        connect(
            m_store, &Core::Store::changed, this, [this](Core::RecordKind kind, const QString &id) {
                if (kind == Core::RecordKind::Workshop) {
                    m_calendarTimer.start();
                    // An undo or redo changed the shown workshop: show its stored state.
                    if (id == m_form->workshopId() && !m_form->isModified()) {
                        if (!m_form->showWorkshop(id))
                            m_form->clear();
                    }
                }
            });
        connect(m_store, &Core::Store::reloaded, &m_calendarTimer, qOverload<>(&QTimer::start));
    }
    reloadCalendar();
}

void WorkshopsPage::setCalendarShown(bool shown)
{
    m_views->setCurrentIndex(shown ? 1 : 0);
    if (QAction *toggle = action(QStringLiteral("calendarView")); toggle->isChecked() != shown)
        toggle->setChecked(shown);
    for (const char *name : {"previous", "today", "next"})
        action(QLatin1String(name))->setEnabled(shown);
    m_navigationRow->setVisible(shown);
    if (shown)
        reloadCalendar();
}

bool WorkshopsPage::isCalendarShown() const
{
    return m_views->currentWidget() == m_calendar;
}

void WorkshopsPage::reloadCalendar()
{
    m_calendarTimer.stop();
    QList<CalendarEntry> entries;
    if (m_store) {
        // One day more on each side covers every zone's offset from UTC.
        const QDateTime from(m_calendar->firstVisibleDay().addDays(-1), QTime(0, 0), Qt::UTC);
        const QDateTime to(m_calendar->lastVisibleDay().addDays(2), QTime(0, 0), Qt::UTC);
        const Core::ActivityStore activities(*m_store);
        const auto workshops = activities.workshopsBetween(from, to);
        if (workshops) {
            for (const Core::Workshop &workshop : workshops.value())
                entries.append(entryOf(workshop));
        } else {
            qCWarning(lcUiModel) << "Reading the workshops of the calendar failed:"
                                 << workshops.error().text();
        }
    }
    m_calendar->setEntries(entries);
    const QSignalBlocker blocker(m_calendar);
    m_calendar->setSelectedId(m_form->workshopId());
}

void WorkshopsPage::updatePeriodLabel()
{
    m_period->setText(m_calendar->periodTitle());
}

void WorkshopsPage::clearFormOutsideCalendar()
{
    const QString id = m_form->workshopId();
    // A form with unsaved changes keeps its workshop, so that no edit is lost.
    if (id.isEmpty() || m_form->isModified() || m_calendar->isEntryVisible(id))
        return;
    qCDebug(lcUi) << "Workshop" << id << "is outside the shown period: clearing the form";
    m_form->clear();
    const QSignalBlocker listBlocker(m_list->selectionModel());
    m_list->selectionModel()->clear();
    const QSignalBlocker calendarBlocker(m_calendar);
    m_calendar->setSelectedId(QString());
}

void WorkshopsPage::onListCurrentChanged()
{
    const QString id = m_model->idAt(m_list->currentIndex().row());
    if (id.isEmpty() || id == m_form->workshopId())
        return;
    if (!confirmLeave()) {
        const QSignalBlocker blocker(m_list->selectionModel());
        const int row = m_model->rowOf(m_form->workshopId());
        if (row >= 0)
            m_list->selectRow(row);
        return;
    }
    m_form->showWorkshop(id);
    const QSignalBlocker blocker(m_calendar);
    m_calendar->setSelectedId(id);
}

void WorkshopsPage::selectWorkshop(const QString &id)
{
    if (id.isEmpty() || !m_store)
        return;
    if (id != m_form->workshopId() || m_form->isModified())
        m_form->showWorkshop(id);
    m_model->refresh();
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->selectRow(row);
    }
    const QSignalBlocker blocker(m_calendar);
    m_calendar->setSelectedId(id);
}

void WorkshopsPage::newWorkshop()
{
    if (!m_store || !confirmLeave())
        return;
    const QDate day = isCalendarShown()
                          ? std::max(m_calendar->today(), m_calendar->firstVisibleDay())
                          : QDate();
    m_form->showNew(day);
    m_tabs->setCurrentIndex(0);
}

void WorkshopsPage::deleteWorkshop()
{
    const QString id = m_form->workshopId();
    if (!m_store || id.isEmpty())
        return;
    const Core::ActivityStore activities(*m_store);
    const auto participations = activities.participationsOf(id);
    const auto followups = activities.followupsOf(id);
    const int participantCount = participations ? int(participations->size()) : 0;
    const int followupCount = followups ? int(followups->size()) : 0;
    const QString title = m_form->workshop().title;
    QString question = tr("Delete the workshop \"%1\"?").arg(title);
    if (participantCount > 0)
        question
            += u' ' + tr("Its %n participation(s) will be deleted too.", nullptr, participantCount);
    if (followupCount > 0)
        question
            += u' ' + tr("Its %n follow-up action(s) will be deleted too.", nullptr, followupCount);
    question += u' ' + tr("You can undo this with Edit > Undo.");
    if (QMessageBox::question(this,
                              tr("Delete Workshop"),
                              question,
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    qCInfo(lcUiEdit) << "Deleting workshop" << id;
    m_undoStack->push(new DeleteActivityCommand(m_context, Core::RecordKind::Workshop, id, title));
    m_form->clear();
}

bool WorkshopsPage::confirmLeave()
{
    if (!m_form->isModified() || !m_form->isEnabled())
        return true;
    const auto answer = QMessageBox::question(
        this,
        tr("Unsaved Workshop"),
        tr("The workshop \"%1\" has unsaved changes. Save them before leaving?")
            .arg(m_form->workshop().title),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
        QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        if (m_form->save())
            return true;
        // The form marks the problems, and this notice explains why the next record did not open.
        QMessageBox::warning(this,
                             tr("Workshop Not Saved"),
                             tr("The changes to the workshop \"%1\" could not be saved, so it "
                                "stays open. Correct the fields marked in the form, or press "
                                "Revert, and try again.")
                                 .arg(m_form->workshop().title));
        return false;
    }
    return answer == QMessageBox::Discard;
}

} // namespace CoopAtlas::Ui
