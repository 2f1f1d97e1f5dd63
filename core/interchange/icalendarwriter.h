// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace CoopAtlas::Core {

/// One event of an iCalendar export (a workshop, a residency), independent of the records.
struct CalendarItem
{
    QString recordId; // UUID: UID is "<recordId>@coopatlas"
    int sequence = 0; // SEQUENCE, raised by the caller when the item changed
    QString summary, description, location, url;
    QStringList categories;
    bool allDay = false;
    QDate startDate, endDate; // all-day: inclusive last day; written as DATE with exclusive end
    QDateTime start, end;     // timed: local wall time in timeZone
    QByteArray timeZone;      // IANA id, e.g. Europe/Brussels; empty = UTC
    QString status;           // TENTATIVE, CONFIRMED, CANCELLED or empty
    QDateTime lastModified;   // UTC, for DTSTAMP/LAST-MODIFIED
};

/// Writes `items` as one iCalendar (RFC 5545) object with METHOD:PUBLISH: one VEVENT per
/// item and one VTIMEZONE per time zone used. The text is UTF-8 with CRLF line endings and
/// lines folded at 75 octets.
///
/// For timed items only the date and the time of `start` and `end` are read, as the wall
/// time in `timeZone`, or in UTC if `timeZone` is empty. Their own time spec is ignored.
/// An all-day item with a null `endDate` lasts one day.
/// `productId` replaces the default PRODID "-//CoopAtlas//CoopAtlas <version>//EN".
///
/// Returns an Error naming the item and the field for an empty summary, an invalid record id,
/// date or URL, an end before the start, a wall time skipped by a clock change, an unknown
/// time zone id, an unknown status or a negative sequence.
Result<QByteArray> writeICalendar(const QList<CalendarItem> &items, QString productId = {});

} // namespace CoopAtlas::Core
