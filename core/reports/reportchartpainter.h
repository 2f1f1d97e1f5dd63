// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/reports/reportdata.h>

#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace CoopAtlas::Core {

/// Draws the charts of an activity report with QPainter paths, so that they
/// stay vectors on a PDF device. Lengths are in device pixels; `unit` is the
/// number of device pixels per millimetre.
class ReportChartPainter
{
public:
    ReportChartPainter(QFont font, qreal unit, QString currentLabel, QString previousLabel);

    /// Maximum number of categories in a bar chart. The table lists every category.
    static constexpr int MaxBars = 25;

    /// Height of a bar chart of `bars` categories, with its legend.
    [[nodiscard]] qreal barChartHeight(qsizetype bars) const;
    /// Number of categories whose bars and legend fit in `height`, or 0 when not even one fits.
    [[nodiscard]] qsizetype barsFitting(qreal height) const;
    /// Maximum count of the first MaxBars figures in either period, at least 1.
    [[nodiscard]] static qsizetype barScale(const QList<ReportFigure> &figures);
    /// Horizontal bars: for each figure one bar for this period and one for the
    /// previous, at most MaxBars of them. A bar as long as the drawing allows
    /// represents the count `scale`, so that the parts of a chart split across pages
    /// share one scale. With `scale` 0 the largest count drawn sets it.
    void drawBarChart(QPainter &painter,
                      const QRectF &area,
                      const QList<ReportFigure> &figures,
                      qsizetype scale = 0) const;

    [[nodiscard]] qreal lineChartHeight() const;
    /// One line for this period and one (dashed) for the previous, a point per figure.
    void
    drawLineChart(QPainter &painter, const QRectF &area, const QList<ReportFigure> &figures) const;

private:
    void drawLegend(QPainter &painter, QPointF topLeft) const;
    /// Draws a category's label right-aligned in `rect`, on as many lines as fit
    /// its height. The last line is elided when the label needs more.
    void drawLabel(QPainter &painter, const QRectF &rect, const QString &label) const;
    [[nodiscard]] qreal legendHeight() const;

    QFont m_font;
    qreal m_unit;
    QString m_currentLabel;
    QString m_previousLabel;
};

} // namespace CoopAtlas::Core
