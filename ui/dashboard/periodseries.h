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
    QStringList series;   ///< series keys, sorted unless a function below says otherwise
    /// counts[series][i]: events of the series in periods[i].
    QMap<QString, QList<int>> counts;

    [[nodiscard]] bool isEmpty() const { return series.isEmpty(); }
};

/// First day of the quarter or year that contains `date`.
[[nodiscard]] QDate periodStart(const QDate &date, PeriodGranularity granularity);
/// Short label of the period that starts on `start`: "2024 Q1" or "2024".
[[nodiscard]] QString periodLabel(const QDate &start, PeriodGranularity granularity);

/// A count already summed for one period and series.
struct PeriodTotal
{
    QDate period;   ///< any day of the period
    QString series; ///< series key
    int count = 0;
};

/// First days of the periods from the one that contains `from` to the one that
/// contains `to`, in order. Empty when either date is invalid or `from` > `to`.
/// At most 400 periods are listed; a longer range is cut at its start.
[[nodiscard]] QList<QDate>
periodsBetween(const QDate &from, const QDate &to, PeriodGranularity granularity);

/// Counts `events` (date, series key) per period between `from` and `to`,
/// both inclusive. Events with an invalid date or outside the range are left
/// out. Periods without events are kept, so that the bars line up with time.
/// At most 400 periods are listed; a longer range is cut at its start.
[[nodiscard]] PeriodCounts countPerPeriod(const QList<QPair<QDate, QString>> &events,
                                          const QDate &from,
                                          const QDate &to,
                                          PeriodGranularity granularity);

/// Spreads `totals` over the periods between `from` and `to` (see
/// periodsBetween()). Totals of a period outside them are left out, and totals
/// of the same period and series are added. Keeps the series in the order of
/// `series`, leaving out those that count nothing in these periods.
[[nodiscard]] PeriodCounts periodTotals(const QList<PeriodTotal> &totals,
                                        const QDate &from,
                                        const QDate &to,
                                        PeriodGranularity granularity,
                                        const QStringList &series);

/// Sorts the series by their sum over all periods, largest first (ties by
/// key), and merges all but the first `keep` of them into one series keyed
/// `otherKey`, listed last. Nothing is merged when only one series would be.
[[nodiscard]] PeriodCounts
keepLargestSeries(const PeriodCounts &counts, int keep, const QString &otherKey);

} // namespace CoopAtlas::Ui
