// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>

#include <QDate>
#include <QString>

namespace CoopAtlas::Core {

/// The dates an activity report covers, both ends included.
struct ReportPeriod
{
    enum class Kind { Year, Quarter, Range };

    Kind kind = Kind::Range;
    QDate from;
    QDate to;

    /// A calendar year, such as 2026.
    [[nodiscard]] static Result<ReportPeriod> year(int year);
    /// A calendar quarter written "YYYY-Qn", such as "2026-Q2".
    [[nodiscard]] static Result<ReportPeriod> quarter(const QString &text);
    /// From and to dates written "YYYY-MM-DD"; `to` must not come before `from`.
    [[nodiscard]] static Result<ReportPeriod> range(const QString &fromText, const QString &toText);
    [[nodiscard]] static Result<ReportPeriod> range(QDate from, QDate to);

    [[nodiscard]] bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    [[nodiscard]] qint64 days() const { return from.daysTo(to) + 1; }
    [[nodiscard]] bool contains(QDate date) const
    {
        return date.isValid() && date >= from && date <= to;
    }
    /// The period of the same kind just before this one: the previous calendar
    /// year or quarter, or the same number of days that end the day before `from`.
    [[nodiscard]] ReportPeriod previous() const;
    /// "2026", "2026-Q2" or "2026-01-15 – 2026-03-31".
    [[nodiscard]] QString name() const;
};

} // namespace CoopAtlas::Core
