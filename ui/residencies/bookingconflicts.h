// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace CoopAtlas::Ui {

/// A period in which a person is booked somewhere: a stay in a residency or a
/// registration for a workshop.
struct Booking
{
    QString id; ///< stay or participation id
    QString personId;
    QString place; ///< residency or workshop title, for the message
    QDate first;
    QDate last; ///< included
    bool isStay = true;
};

/// The clashes of one stay with the person's other bookings.
struct BookingConflict
{
    QString message;                 ///< translated: names each other booking and its dates
    QList<QPair<QDate, QDate>> days; ///< overlapping days, for the hatched part of the bar
};

/// Finds, for each stay, the other stays and the workshop registrations of
/// the same person whose days overlap it. Keys are stay ids; stays without a
/// clash are absent.
[[nodiscard]] QHash<QString, BookingConflict> findBookingConflicts(const QList<Booking> &bookings);

} // namespace CoopAtlas::Ui
