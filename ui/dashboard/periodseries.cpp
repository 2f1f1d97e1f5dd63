// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "periodseries.h"

#include <QSet>

#include <algorithm>
#include <numeric>

namespace CoopAtlas::Ui {

namespace {

/// Bound on the periods of one chart: 100 years of quarters.
constexpr int MaxPeriods = 400;

} // namespace

QDate periodStart(const QDate &date, PeriodGranularity granularity)
{
    if (!date.isValid())
        return {};
    if (granularity == PeriodGranularity::Year)
        return QDate(date.year(), 1, 1);
    return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
}

QString periodLabel(const QDate &start, PeriodGranularity granularity)
{
    if (granularity == PeriodGranularity::Year)
        return QString::number(start.year());
    return QStringLiteral("%1 Q%2").arg(start.year()).arg((start.month() - 1) / 3 + 1);
}

QList<QDate> periodsBetween(const QDate &from, const QDate &to, PeriodGranularity granularity)
{
    QList<QDate> periods;
    if (!from.isValid() || !to.isValid() || from > to)
        return periods;
    const QDate first = periodStart(from, granularity);
    for (QDate period = periodStart(to, granularity);
         period >= first && periods.size() < MaxPeriods;
         period
         = granularity == PeriodGranularity::Quarter ? period.addMonths(-3) : period.addYears(-1))
        periods.prepend(period);
    return periods;
}

PeriodCounts countPerPeriod(const QList<QPair<QDate, QString>> &events,
                            const QDate &from,
                            const QDate &to,
                            PeriodGranularity granularity)
{
    PeriodCounts result;
    result.periods = periodsBetween(from, to, granularity);
    if (result.periods.isEmpty())
        return result;
    const QDate first = result.periods.first();
    QSet<QString> keys;
    for (const auto &[date, key] : events) {
        if (date.isValid() && date >= std::max(from, first) && date <= to)
            keys.insert(key);
    }
    result.series = QStringList(keys.cbegin(), keys.cend());
    std::sort(result.series.begin(), result.series.end());
    for (const QString &key : std::as_const(result.series))
        result.counts.insert(key, QList<int>(result.periods.size(), 0));
    for (const auto &[date, key] : events) {
        if (!date.isValid() || date < std::max(from, first) || date > to)
            continue;
        const QDate start = periodStart(date, granularity);
        const auto index = std::lower_bound(result.periods.cbegin(), result.periods.cend(), start)
                           - result.periods.cbegin();
        ++result.counts[key][index];
    }
    return result;
}

PeriodCounts periodTotals(const QList<PeriodTotal> &totals,
                          const QDate &from,
                          const QDate &to,
                          PeriodGranularity granularity,
                          const QStringList &series)
{
    PeriodCounts result;
    result.periods = periodsBetween(from, to, granularity);
    QMap<QString, QList<int>> counts;
    for (const PeriodTotal &total : totals) {
        const QDate start = periodStart(total.period, granularity);
        const qsizetype index = result.periods.indexOf(start);
        if (index < 0 || !series.contains(total.series))
            continue;
        QList<int> &values = counts[total.series];
        values.resize(result.periods.size(), 0);
        values[index] += total.count;
    }
    for (const QString &key : series) {
        const QList<int> values = counts.value(key);
        if (std::any_of(values.cbegin(), values.cend(), [](int value) { return value != 0; })) {
            result.series.append(key);
            result.counts.insert(key, values);
        }
    }
    return result;
}

PeriodCounts keepLargestSeries(const PeriodCounts &counts, int keep, const QString &otherKey)
{
    QList<QPair<int, QString>> sums;
    for (const QString &key : counts.series) {
        const QList<int> values = counts.counts.value(key);
        sums.append({std::accumulate(values.cbegin(), values.cend(), 0), key});
    }
    std::sort(sums.begin(), sums.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    PeriodCounts result;
    result.periods = counts.periods;
    const bool merge = sums.size() > keep + 1;
    QList<int> other(counts.periods.size(), 0);
    for (qsizetype i = 0; i < sums.size(); ++i) {
        const QString &key = sums.at(i).second;
        if (!merge || i < keep) {
            result.series.append(key);
            result.counts.insert(key, counts.counts.value(key));
            continue;
        }
        const QList<int> values = counts.counts.value(key);
        for (qsizetype period = 0; period < values.size(); ++period)
            other[period] += values.at(period);
    }
    if (merge) {
        result.series.append(otherKey);
        result.counts.insert(otherKey, other);
    }
    return result;
}

} // namespace CoopAtlas::Ui
