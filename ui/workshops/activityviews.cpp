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

/// The id among the first rows whose `weight` is largest.
template <typename Model, typename Weight> QString heaviestId(const Model &model, Weight weight)
{
    QString best;
    qsizetype bestWeight = -1;
    for (int row = 0; row < std::min(model.rowCount(), RowsCompared); ++row) {
        const QString id = model.idAt(row);
        const qsizetype value = weight(id);
        if (value > bestWeight) {
            best = id;
            bestWeight = value;
        }
    }
    return best;
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
        // The most participants first, then the workshop nearest to the date.
        const QString id = heaviestId(*page->listModel(), [&](const QString &workshopId) {
            const auto participations = activities.participationsOf(workshopId);
            const auto workshop = activities.workshop(workshopId);
            const qint64 distance = workshop ? std::abs(workshop->start.date().daysTo(date)) : 0;
            return (participations ? participations->size() : 0) * 100000 - distance;
        });
        page->selectWorkshop(id);
        if (view == QLatin1String("workshops"))
            scrollTo(page->form()->participants());
        if (view != QLatin1String("workshops")) {
            page->calendar()->setMode(view.endsWith(QLatin1String("week"))
                                          ? CalendarWidget::Mode::Week
                                          : CalendarWidget::Mode::Month);
            page->calendar()->setCurrentDate(date);
            page->setCalendarShown(true);
        }
    } else {
        window.showSection(MainWindow::Section::Residencies);
        ResidenciesPage *page = window.residenciesPage();
        const QString id = heaviestId(*page->listModel(), [&](const QString &residencyId) {
            // Budget lines first, then the larger cohort.
            const auto lines = activities.budgetLinesOf(residencyId);
            const auto stays = activities.staysOf(residencyId);
            return (lines ? lines->size() : 0) * 100 + (stays ? stays->size() : 0);
        });
        page->selectResidency(id);
        if (view == QLatin1String("residencies"))
            scrollTo(page->form()->budget());
        if (view == QLatin1String("residencies-timeline")) {
            page->timeline()->setCurrentDate(date);
            page->setTimelineShown(true);
        }
    }
    qCInfo(lcUi) << "Showing the view" << view << "at" << date;
    return true;
}

} // namespace CoopAtlas::Ui
