// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "periodseries.h"

#include <QSet>

#include <algorithm>

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

PeriodCounts countPerPeriod(const QList<QPair<QDate, QString>> &events,
                            const QDate &from,
                            const QDate &to,
                            PeriodGranularity granularity)
{
    PeriodCounts result;
    if (!from.isValid() || !to.isValid() || from > to)
        return result;
    const QDate last = periodStart(to, granularity);
    QDate first = periodStart(from, granularity);
    for (QDate period = last; period >= first && result.periods.size() < MaxPeriods;
         period
         = granularity == PeriodGranularity::Quarter ? period.addMonths(-3) : period.addYears(-1))
        result.periods.prepend(period);
    first = result.periods.first();
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

} // namespace CoopAtlas::Ui
