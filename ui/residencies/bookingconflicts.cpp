// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingconflicts.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace CoopAtlas::Ui {

QHash<QString, BookingConflict> findBookingConflicts(const QList<Booking> &bookings)
{
    QHash<QString, QList<const Booking *>> byPerson;
    for (const Booking &booking : bookings) {
        if (!booking.personId.isEmpty() && booking.first.isValid() && booking.last.isValid())
            byPerson[booking.personId].append(&booking);
    }
    const QLocale locale;
    QHash<QString, BookingConflict> conflicts;
    for (const QList<const Booking *> &own : std::as_const(byPerson)) {
        for (const Booking *stay : own) {
            if (!stay->isStay)
                continue;
            for (const Booking *other : own) {
                if (other == stay || other->last < stay->first || other->first > stay->last)
                    continue;
                BookingConflict &conflict = conflicts[stay->id];
                const QString dates
                    = QCoreApplication::translate("CoopAtlas::Ui::BookingConflicts", "%1 – %2")
                          .arg(locale.toString(other->first, QLocale::ShortFormat),
                               locale.toString(other->last, QLocale::ShortFormat));
                const QString line
                    = other->isStay
                          ? QCoreApplication::translate("CoopAtlas::Ui::BookingConflicts",
                                                        "Also staying in \"%1\" (%2).")
                                .arg(other->place, dates)
                          : QCoreApplication::translate("CoopAtlas::Ui::BookingConflicts",
                                                        "Also registered for the workshop "
                                                        "\"%1\" (%2).")
                                .arg(other->place, dates);
                conflict.message += conflict.message.isEmpty() ? line : u'\n' + line;
                conflict.days.append(
                    {std::max(stay->first, other->first), std::min(stay->last, other->last)});
            }
        }
    }
    return conflicts;
}

} // namespace CoopAtlas::Ui
