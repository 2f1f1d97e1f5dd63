// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinerows.h"

#include <core/storage/activitystore.h>
#include <ui/residencies/bookingconflicts.h>
#include <ui/workshops/activityfields.h>

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace CoopAtlas::Ui {

namespace {

QColor cityColour(const QString &city)
{
    if (city == QLatin1String("berlin"))
        return QColor(0x35, 0x84, 0xe4);
    if (city == QLatin1String("barcelona"))
        return QColor(0xe6, 0x61, 0x00);
    return QColor(0x81, 0x3d, 0x9c);
}

QString cityText(const Core::Residency &residency)
{
    return residency.city == QLatin1String("other") ? residency.cityName
                                                    : Core::ActivityKeys::label(residency.city);
}

/// Registrations for workshops that touch the window, as bookings.
Core::Result<QList<Booking>>
workshopBookings(const Core::ActivityStore &activities, QDate first, QDate last)
{
    QList<Booking> bookings;
    const QDateTime from(first.addDays(-1), QTime(0, 0), Qt::UTC);
    const QDateTime to(last.addDays(2), QTime(0, 0), Qt::UTC);
    auto workshops = activities.workshopsBetween(from, to);
    if (!workshops)
        return workshops.error();
    for (const Core::Workshop &workshop : workshops.value()) {
        if (workshop.status == QLatin1String("cancelled"))
            continue;
        auto participations = activities.participationsOf(workshop.meta.id);
        if (!participations)
            return participations.error();
        QTimeZone zone(workshop.timeZone.toUtf8());
        if (!zone.isValid())
            zone = QTimeZone::systemTimeZone();
        for (const Core::Participation &participation : participations.value()) {
            if (participation.registration != QLatin1String("registered"))
                continue;
            bookings.append({participation.meta.id,
                             participation.participantId,
                             workshop.title,
                             workshop.start.toTimeZone(zone).date(),
                             workshop.end.toTimeZone(zone).date(),
                             false});
        }
    }
    return bookings;
}

} // namespace

Core::Result<QList<TimelineRow>> loadTimelineRows(Core::Store &store, QDate first, QDate last)
{
    const Core::ActivityStore activities(store);
    auto residencies = activities.residenciesBetween(first, last);
    if (!residencies)
        return residencies.error();
    // Stays of other residencies that touch the window can clash with the shown ones.
    auto allStays = activities.staysBetween(first, last);
    if (!allStays)
        return allStays.error();
    auto bookings = workshopBookings(activities, first, last);
    if (!bookings)
        return bookings.error();
    QHash<QString, QString> titles;
    for (const Core::Residency &residency : residencies.value())
        titles.insert(residency.meta.id, residency.title);
    for (const Core::Stay &stay : allStays.value()) {
        if (!titles.contains(stay.residencyId)) {
            const auto other = activities.residency(stay.residencyId);
            titles.insert(stay.residencyId, other ? other->title : stay.residencyId);
        }
        bookings->append({stay.meta.id,
                          stay.personId,
                          titles.value(stay.residencyId),
                          stay.arrival,
                          stay.departure,
                          true});
    }
    const QHash<QString, BookingConflict> conflicts = findBookingConflicts(bookings.value());

    const QLocale locale;
    QList<TimelineRow> rows;
    for (const Core::Residency &residency : residencies.value()) {
        TimelineRow head;
        head.id = residency.meta.id;
        head.label = QCoreApplication::translate("CoopAtlas::Ui::TimelineRows", "%1 (%2)")
                         .arg(residency.title, cityText(residency));
        head.start = residency.start;
        head.end = residency.end;
        head.color = cityColour(residency.city);
        head.toolTip = head.label;
        rows.append(head);
        auto stays = activities.staysOf(residency.meta.id);
        if (!stays)
            return stays.error();
        for (const Core::Stay &stay : stays.value()) {
            TimelineRow row;
            row.id = residency.meta.id;
            row.depth = 1;
            row.label = recordName(&store, stay.personId);
            row.start = stay.arrival;
            row.end = stay.departure;
            row.color = head.color;
            row.toolTip = QCoreApplication::translate("CoopAtlas::Ui::TimelineRows",
                                                      "%1: arrives %2, leaves %3")
                              .arg(row.label,
                                   locale.toString(stay.arrival, QLocale::ShortFormat),
                                   locale.toString(stay.departure, QLocale::ShortFormat));
            if (!stay.organisationId.isEmpty())
                row.toolTip += u'\n' + recordName(&store, stay.organisationId);
            const auto conflict = conflicts.constFind(stay.meta.id);
            if (conflict != conflicts.constEnd()) {
                row.warning = conflict->message;
                row.conflicts = conflict->days;
            }
            rows.append(row);
        }
    }
    return rows;
}

} // namespace CoopAtlas::Ui
