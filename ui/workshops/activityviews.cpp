// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityviews.h"

#include <core/storage/activitystore.h>
#include <ui/calendar/calendarwidget.h>
#include <ui/calendar/timelinewidget.h>
#include <ui/logging.h>
#include <ui/mainwindow.h>
#include <ui/residencies/budgetpanel.h>
#include <ui/residencies/residenciespage.h>
#include <ui/residencies/residencyform.h>
#include <ui/residencies/residencylistmodel.h>
#include <ui/workshops/participantspanel.h>
#include <ui/workshops/workshopform.h>
#include <ui/workshops/workshoplistmodel.h>
#include <ui/workshops/workshopspage.h>

#include <QScrollArea>

#include <cstdlib>

namespace CoopAtlas::Ui {

namespace {

/// Scrolls the form that contains `widget` so that the widget is in view.
void scrollTo(QWidget *widget)
{
    for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(parent)) {
            scroll->ensureWidgetVisible(widget, 0, 0);
            return;
        }
    }
}

/// Rows of a list that are compared to choose the record shown in the form.
constexpr int RowsCompared = 50;

/// Ids of the first rows of a list model.
template <typename Model> QStringList firstIds(const Model &model)
{
    QStringList ids;
    for (int row = 0; row < std::min(model.rowCount(), RowsCompared); ++row)
        ids.append(model.idAt(row));
    return ids;
}

/// The id whose `weight` is largest, or an empty string when `ids` is empty.
template <typename Weight> QString heaviestId(const QStringList &ids, Weight weight)
{
    QString best;
    qsizetype bestWeight = -1;
    for (const QString &id : ids) {
        const qsizetype value = weight(id);
        if (value > bestWeight) {
            best = id;
            bestWeight = value;
        }
    }
    return best;
}

/// Ids of the workshops that the calendar shows.
QStringList visibleWorkshopIds(const CalendarWidget &calendar)
{
    QStringList ids;
    for (const CalendarEntry &entry : calendar.entries()) {
        if (calendar.isEntryVisible(entry.id) && !ids.contains(entry.id))
            ids.append(entry.id);
    }
    return ids;
}

/// Ids of the residencies that the timeline shows (rows of depth 0).
QStringList visibleResidencyIds(const TimelineWidget &timeline)
{
    QStringList ids;
    for (const TimelineRow &row : timeline.rows()) {
        if (row.depth == 0 && timeline.isRecordVisible(row.id) && !ids.contains(row.id))
            ids.append(row.id);
    }
    return ids;
}

} // namespace

QStringList activityViewNames()
{
    return {QStringLiteral("workshops"),
            QStringLiteral("workshops-month"),
            QStringLiteral("workshops-week"),
            QStringLiteral("residencies"),
            QStringLiteral("residencies-timeline"),
            QStringLiteral("knowledge"),
            QStringLiteral("obstacles")};
}

bool showActivityView(MainWindow &window, const QString &view, QDate date)
{
    if (!activityViewNames().contains(view) || !window.store())
        return false;
    if (view == QLatin1String("knowledge") || view == QLatin1String("obstacles")) {
        window.showSection(view == QLatin1String("knowledge") ? MainWindow::Section::Knowledge
                                                              : MainWindow::Section::Obstacles);
        qCInfo(lcUi) << "Showing the view" << view;
        return true;
    }
    const Core::ActivityStore activities(*window.store());
    if (!date.isValid())
        date = QDate::currentDate();
    if (view.startsWith(QLatin1String("workshops"))) {
        window.showSection(MainWindow::Section::Workshops);
        WorkshopsPage *page = window.workshopsPage();
        // A calendar view shows first the period, then one of its workshops in the form.
        if (view != QLatin1String("workshops")) {
            page->calendar()->setMode(view.endsWith(QLatin1String("week"))
                                          ? CalendarWidget::Mode::Week
                                          : CalendarWidget::Mode::Month);
            page->calendar()->setCurrentDate(date);
            page->setCalendarShown(true);
        }
        const QStringList ids = view == QLatin1String("workshops")
                                    ? firstIds(*page->listModel())
                                    : visibleWorkshopIds(*page->calendar());
        // The most participants first, then the workshop nearest to the date.
        const QString id = heaviestId(ids, [&](const QString &workshopId) {
            const auto participations = activities.participationsOf(workshopId);
            const auto workshop = activities.workshop(workshopId);
            const qint64 distance = workshop ? std::abs(workshop->start.date().daysTo(date)) : 0;
            return (participations ? participations->size() : 0) * 100000 - distance;
        });
        page->selectWorkshop(id);
        if (view == QLatin1String("workshops"))
            scrollTo(page->form()->participants());
    } else {
        window.showSection(MainWindow::Section::Residencies);
        ResidenciesPage *page = window.residenciesPage();
        const bool timeline = view == QLatin1String("residencies-timeline");
        if (timeline) {
            page->timeline()->setCurrentDate(date);
            page->setTimelineShown(true);
        }
        const QStringList ids
            = timeline ? visibleResidencyIds(*page->timeline()) : firstIds(*page->listModel());
        const QString id = heaviestId(ids, [&](const QString &residencyId) {
            // Budget lines first, then the larger cohort.
            const auto lines = activities.budgetLinesOf(residencyId);
            const auto stays = activities.staysOf(residencyId);
            return (lines ? lines->size() : 0) * 100 + (stays ? stays->size() : 0);
        });
        page->selectResidency(id);
        if (view == QLatin1String("residencies"))
            scrollTo(page->form()->budget());
    }
    qCInfo(lcUi) << "Showing the view" << view << "at" << date;
    return true;
}

} // namespace CoopAtlas::Ui
