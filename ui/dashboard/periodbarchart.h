// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ui/dashboard/periodseries.h>

#include <QColor>
#include <QString>

#include <functional>

class QChart;
class QChartView;

namespace CoopAtlas::Ui {

/// Colour of the n-th series of a dashboard chart, from ten distinct colours
/// that repeat from the eleventh series on.
[[nodiscard]] QColor chartSeriesColour(qsizetype index);

/// A new chart with the dashboard's settings: no animation, numbers in the UI
/// locale and the legend at the bottom.
[[nodiscard]] QChart *newDashboardChart(const QString &title);

/// Shows `chart` in `view` and deletes the chart shown before, whose ownership
/// QChartView::setChart() gives up.
void replaceChart(QChartView *view, QChart *chart);

/// Arrangement of the bars of a period chart.
enum class BarLayout {
    Stacked, ///< one bar per period, a segment per series (parts of one whole)
    Grouped  ///< one bar per series side by side (different measures)
};

/// A bar chart of `counts` with one bar set per series, labelled by `label`,
/// periods on the horizontal axis and whole numbers on the vertical axis.
/// The caller shows a message instead when `counts` is empty.
[[nodiscard]] QChart *periodBarChart(const PeriodCounts &counts,
                                     PeriodGranularity granularity,
                                     const QString &title,
                                     const std::function<QString(const QString &)> &label,
                                     BarLayout layout);

} // namespace CoopAtlas::Ui
