// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

namespace CoopAtlas::Ui {

enum class PeriodGranularity { Quarter, Year };

/// Counts per period and series, for bar charts of events such as links started.
struct PeriodCounts
{
    QList<QDate> periods; ///< first day of each period from `from` to `to`, in order
    QStringList series;   ///< series keys, sorted
    /// counts[series][i]: events of the series in periods[i].
    QMap<QString, QList<int>> counts;

    [[nodiscard]] bool isEmpty() const { return series.isEmpty(); }
};

/// First day of the quarter or year that contains `date`.
[[nodiscard]] QDate periodStart(const QDate &date, PeriodGranularity granularity);
/// Short label of the period that starts on `start`: "2024 Q1" or "2024".
[[nodiscard]] QString periodLabel(const QDate &start, PeriodGranularity granularity);

/// Counts `events` (date, series key) per period between `from` and `to`,
/// both inclusive. Events with an invalid date or outside the range are left
/// out. Periods without events are kept, so that the bars line up with time.
/// At most 400 periods are listed; a longer range is cut at its start.
[[nodiscard]] PeriodCounts countPerPeriod(const QList<QPair<QDate, QString>> &events,
                                          const QDate &from,
                                          const QDate &to,
                                          PeriodGranularity granularity);

} // namespace CoopAtlas::Ui
