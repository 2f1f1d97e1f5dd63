// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace CoopAtlas::Ui {

/// One item of the calendar widget. A timed item is placed at its local time
/// in `zone`, whatever the time zone of the computer. An all-day item covers
/// the days from firstDay to lastDay (inclusive) and is shown in the top band.
struct CalendarEntry
{
    QString id;
    QString title;
    QDateTime start; ///< timed items: the start instant
    QDateTime end;   ///< timed items: the end instant, not before start
    QTimeZone zone;  ///< time zone the item is shown in (IANA id)
    bool allDay = false;
    QDate firstDay;         ///< all-day items: first day
    QDate lastDay;          ///< all-day items: last day, inclusive
    bool cancelled = false; ///< drawn struck through
    QColor color;           ///< background; invalid for the palette's highlight colour
    QString toolTip;

    /// Local start in the item's zone (timed items).
    [[nodiscard]] QDateTime localStart() const { return start.toTimeZone(zone); }
    /// Local end in the item's zone (timed items).
    [[nodiscard]] QDateTime localEnd() const { return end.toTimeZone(zone); }
};

} // namespace CoopAtlas::Ui
