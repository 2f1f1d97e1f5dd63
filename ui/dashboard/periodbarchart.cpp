// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "periodbarchart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLocale>
#include <QPointer>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <iterator>

namespace CoopAtlas::Ui {

QColor chartSeriesColour(qsizetype index)
{
    static const QColor colours[] = {QColor(0x3b7dd8),
                                     QColor(0xe8833a),
                                     QColor(0x4caf50),
                                     QColor(0xc0392b),
                                     QColor(0x8e6bbf),
                                     QColor(0x8d6e63),
                                     QColor(0xe377c2),
                                     QColor(0x7f8c8d),
                                     QColor(0xb5bd3c),
                                     QColor(0x17a2b8)};
    return colours[index % qsizetype(std::size(colours))];
}

QChart *newDashboardChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    // Axis and bar labels follow the UI locale (group separators, digits).
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void replaceChart(QChartView *view, QChart *chart)
{
    // A guarded pointer, in case a Qt version deletes the previous chart itself.
    const QPointer<QChart> previous = view->chart();
    view->setChart(chart);
    if (previous && previous != chart)
        delete previous.data();
}

QChart *periodBarChart(const PeriodCounts &counts,
                       PeriodGranularity granularity,
                       const QString &title,
                       const std::function<QString(const QString &)> &label,
                       BarLayout layout)
{
    QChart *chart = newDashboardChart(title);
    if (counts.isEmpty())
        return chart;
    QAbstractBarSeries *series = layout == BarLayout::Stacked
                                     ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                                     : static_cast<QAbstractBarSeries *>(new QBarSeries);
    QList<int> totals(counts.periods.size(), 0);
    int maximum = 0;
    for (const QString &key : counts.series) {
        auto *set = new QBarSet(label(key));
        set->setColor(chartSeriesColour(series->count()));
        set->setBorderColor(set->color().darker(120));
        const QList<int> values = counts.counts.value(key);
        for (qsizetype i = 0; i < counts.periods.size(); ++i) {
            const int value = values.value(i);
            set->append(value);
            totals[i] += value;
            maximum = std::max(maximum, layout == BarLayout::Stacked ? totals.at(i) : value);
        }
        series->append(set);
    }
    chart->addSeries(series);
    auto *periods = new QBarCategoryAxis;
    for (const QDate &period : counts.periods)
        // The year above the quarter keeps "2022 Q1" whole in narrow bar slots.
        periods->append(periodLabel(period, granularity).replace(u' ', QStringLiteral("<br>")));
    chart->addAxis(periods, Qt::AlignBottom);
    series->attachAxis(periods);
    auto *values = new QValueAxis;
    values->setRange(0, std::max(1, maximum));
    values->setLabelFormat(QStringLiteral("%.0f"));
    if (maximum <= 10)
        values->setTickCount(std::max(2, maximum + 1)); // one tick per whole number
    else
        values->applyNiceNumbers();
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    return chart;
}

} // namespace CoopAtlas::Ui
