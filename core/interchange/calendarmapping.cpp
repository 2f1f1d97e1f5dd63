// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarmapping.h"

#include <core/interchange/exportlogging.h>
#include <core/storage/activitystore.h>

#include <QCoreApplication>
#include <QTimeZone>

namespace CoopAtlas::Core {

namespace {

class CalendarText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::CalendarMapping)
};

QString cityText(const Residency &residency)
{
    return residency.city == QLatin1String("other") ? residency.cityName
                                                    : ActivityKeys::label(residency.city);
}

QDateTime localStart(QDate day)
{
    return day.isValid() ? QDateTime(day, QTime(0, 0)) : QDateTime();
}

bool wanted(const CalendarSelection &selection, RecordKind kind)
{
    return !selection.kind || *selection.kind == kind;
}

/// Adds the items of `selection.ids`, which name workshops or residencies.
Result<void> addSelectedIds(const ActivityStore &store,
                            const CalendarSelection &selection,
                            QList<CalendarItem> &workshops,
                            QList<CalendarItem> &residencies)
{
    for (const QString &id : selection.ids) {
        if (auto workshop = store.workshop(id); workshop && !workshop->meta.deleted) {
            if (wanted(selection, RecordKind::Workshop)) {
                workshops.append(calendarItem(*workshop));
            }
            continue;
        }
        if (auto residency = store.residency(id); residency && !residency->meta.deleted) {
            if (wanted(selection, RecordKind::Residency)) {
                residencies.append(calendarItem(*residency));
            }
            continue;
        }
        return Error{CalendarText::tr("No workshop or residency with id %1 exists (it may have "
                                      "been deleted). Check the id, or leave out --id to export "
                                      "every item.")
                         .arg(id),
                     id};
    }
    return {};
}

} // namespace

QString calendarStatus(const QString &statusKey)
{
    if (statusKey == QLatin1String("planned")) {
        return QStringLiteral("TENTATIVE");
    }
    if (statusKey == QLatin1String("cancelled")) {
        return QStringLiteral("CANCELLED");
    }
    if (ActivityKeys::workshopStatuses().contains(statusKey)
        || ActivityKeys::residencyStatuses().contains(statusKey)) {
        return QStringLiteral("CONFIRMED");
    }
    return {};
}

CalendarItem calendarItem(const Workshop &workshop)
{
    CalendarItem item;
    item.recordId = workshop.meta.id;
    item.sequence = workshop.calendarSequence;
    item.summary = workshop.title;
    item.description = workshop.description;
    item.location = workshop.venue;
    if (!workshop.theme.isEmpty()) {
        item.categories = {workshop.theme};
    }
    item.status = calendarStatus(workshop.status);
    item.lastModified = workshop.meta.updatedAt;
    QTimeZone zone(workshop.timeZone.toUtf8());
    if (!zone.isValid()) {
        // The stored times are UTC instants, so the item keeps its true time in UTC.
        qCWarning(lcExport) << "Workshop" << workshop.meta.id << "has the unknown time zone"
                            << workshop.timeZone << "and is exported in UTC";
        zone = QTimeZone::utc();
    }
    if (workshop.allDay) {
        item.allDay = true;
        item.startDate = workshop.start.toTimeZone(zone).date();
        item.endDate = workshop.end.toTimeZone(zone).date();
        return item;
    }
    item.timeZone = zone == QTimeZone::utc() ? QByteArray() : workshop.timeZone.toUtf8();
    // The writer reads the date and time of these values as wall time in timeZone.
    // NOTE: a time in the hour that repeats when clocks go back (02:00-03:00 on the
    // last Sunday of October in Brussels) is written as a wall time, which
    // calendar programs read as its first occurrence.
    item.start = workshop.start.toTimeZone(zone);
    item.end = workshop.end.toTimeZone(zone);
    return item;
}

CalendarItem calendarItem(const Residency &residency)
{
    CalendarItem item;
    item.recordId = residency.meta.id;
    item.sequence = residency.calendarSequence;
    item.summary = residency.title;
    item.description = residency.objectives.isEmpty()
                           ? residency.description
                           : residency.objectives + QStringLiteral("\n\n") + residency.description;
    item.description = item.description.trimmed();
    item.location = cityText(residency);
    item.status = calendarStatus(residency.status);
    item.lastModified = residency.meta.updatedAt;
    item.allDay = true;
    item.startDate = residency.start;
    item.endDate = residency.end;
    return item;
}

Result<QList<CalendarItem>> calendarItems(const ActivityStore &store,
                                          const CalendarSelection &selection)
{
    QList<CalendarItem> workshops;
    QList<CalendarItem> residencies;
    if (!selection.ids.isEmpty()) {
        if (auto added = addSelectedIds(store, selection, workshops, residencies); !added) {
            return added.error();
        }
        return workshops + residencies;
    }
    // Open sides cover the years 1000 to 9000. They are set in UTC because
    // local times of distant years use historic offsets.
    const QDate from = selection.from.isValid() ? selection.from : QDate(1000, 1, 1);
    const QDate to = selection.to.isValid() ? selection.to : QDate(9000, 12, 31);
    const QDateTime fromTime
        = selection.from.isValid() ? localStart(from) : QDateTime(from, QTime(0, 0), Qt::UTC);
    const QDateTime toTime
        = selection.to.isValid() ? localStart(to.addDays(1)) : QDateTime(to, QTime(0, 0), Qt::UTC);
    if (wanted(selection, RecordKind::Workshop)) {
        auto found = store.workshopsBetween(fromTime, toTime);
        if (!found) {
            return found.error();
        }
        for (const Workshop &workshop : *found) {
            workshops.append(calendarItem(workshop));
        }
    }
    if (wanted(selection, RecordKind::Residency)) {
        auto found = store.residenciesBetween(from, to);
        if (!found) {
            return found.error();
        }
        for (const Residency &residency : *found) {
            residencies.append(calendarItem(residency));
        }
    }
    return workshops + residencies;
}

} // namespace CoopAtlas::Core
