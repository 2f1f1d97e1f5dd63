// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "growthseries.h"

namespace CoopAtlas::Ui {

namespace {

QDate monthOf(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}

} // namespace

CumulativeGrowth cumulativeGrowth(const QList<Core::GrowthPoint> &points)
{
    CumulativeGrowth growth;
    QDate first;
    QDate last;
    QMap<QString, QMap<QDate, int>> perMonth;
    for (const Core::GrowthPoint &point : points) {
        if (!point.period.isValid())
            continue;
        const QDate month = monthOf(point.period);
        if (!first.isValid() || month < first)
            first = month;
        if (!last.isValid() || month > last)
            last = month;
        if (!growth.series.contains(point.series))
            growth.series.append(point.series);
        perMonth[point.series][month] += point.count;
    }
    if (!first.isValid())
        return growth;
    // Bounded by the span of the data: one entry per month from first to last.
    for (QDate month = first; month <= last; month = month.addMonths(1))
        growth.months.append(month);
    for (const QString &series : std::as_const(growth.series)) {
        QList<int> totals;
        totals.reserve(growth.months.size());
        int total = 0;
        for (const QDate &month : std::as_const(growth.months)) {
            total += perMonth[series].value(month);
            totals.append(total);
        }
        growth.totals.insert(series, totals);
    }
    return growth;
}

} // namespace CoopAtlas::Ui
