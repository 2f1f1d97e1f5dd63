// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace CoopAtlas::Core {

/// Length of the periods of ActivityStore's per-period counts.
enum class PeriodLength { Quarter, Year };

/// First day of the quarter or year that contains `date`, or an invalid date
/// when `date` is invalid.
[[nodiscard]] QDate periodStartOf(QDate date, PeriodLength length);

/// Held workshops of one period and the distinct participants of those workshops.
struct WorkshopPeriodCount
{
    QDate period;          ///< first day of the quarter or year
    int workshops = 0;     ///< held workshops that start in the period
    int people = 0;        ///< distinct people registered for or attending them
    int organisations = 0; ///< distinct organisations registered for or attending them
};

/// Residencies that start in one period and the distinct people of their stays.
struct ResidencyPeriodCount
{
    QDate period; ///< first day of the quarter or year
    int residencies = 0;
    int participants = 0; ///< distinct people with a live stay in those residencies
};

} // namespace CoopAtlas::Core
