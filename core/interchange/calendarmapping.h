// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/activities.h>
#include <core/interchange/icalendarwriter.h>
#include <core/result.h>

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace CoopAtlas::Core {

class ActivityStore;

/// iCalendar STATUS of a workshop or residency status key: planned gives
/// TENTATIVE, cancelled CANCELLED, every other known status CONFIRMED, and an
/// unknown key no status.
QString calendarStatus(const QString &statusKey);

/// The event of a workshop: timed in its own zone, or all-day on its local days.
/// UID "<id>@coopatlas", SEQUENCE its calendar sequence, LOCATION the venue.
CalendarItem calendarItem(const Workshop &workshop);
/// The all-day event of a residency from its first to its last day (the writer
/// makes the end exclusive). LOCATION is the city.
CalendarItem calendarItem(const Residency &residency);

/// Selection of the records that a calendar export contains. Dates are days in the local time
/// of this computer; an unset date leaves that side open.
struct CalendarSelection
{
    QDate from;
    QDate to;                       ///< included
    std::optional<RecordKind> kind; ///< Workshop or Residency; both when empty
    QStringList ids;                ///< only these records when not empty
};

/// The live workshops and residencies of `selection`, workshops first, each by start.
/// Fails naming the id when an id is neither a workshop nor a residency.
Result<QList<CalendarItem>> calendarItems(const ActivityStore &store,
                                          const CalendarSelection &selection);

} // namespace CoopAtlas::Core
