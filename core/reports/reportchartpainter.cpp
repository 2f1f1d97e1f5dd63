// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportchartpainter.h"

#include "reporttablelayout.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace CoopAtlas::Core {

namespace {

const QColor CurrentColour(0x2e, 0x6d, 0xa4);
const QColor PreviousColour(0xa9, 0xc4, 0xe0);
const QColor AxisColour(0x55, 0x55, 0x55);
const QColor GridColour(0xdd, 0xdd, 0xdd);
/// Height of the two bars of one category and the gap under them, in millimetres.
constexpr qreal BarRowHeight = 11;

qsizetype maxValue(const QList<ReportFigure> &figures, qsizetype count)
{
    qsizetype maximum = 0;
    for (qsizetype i = 0; i < count; ++i) {
        maximum = std::max({maximum, figures.at(i).current(), figures.at(i).previous()});
    }
    return std::max<qsizetype>(maximum, 1);
}

/// A rounded step for about four grid lines between 0 and `maximum`.
qsizetype gridStep(qsizetype maximum)
{
    qsizetype step = 1;
    const qsizetype steps[] = {1, 2, 5};
    for (int power = 0; power < 9; ++power) {
        for (const qsizetype base : steps) {
            step = base * qsizetype(std::pow(10, power));
            if (maximum / step <= 4) {
                return step;
            }
        }
    }
    return step;
}

} // namespace

ReportChartPainter::ReportChartPainter(QFont font,
                                       qreal unit,
                                       QString currentLabel,
                                       QString previousLabel)
    : m_font(std::move(font))
    , m_unit(unit)
    , m_currentLabel(std::move(currentLabel))
    , m_previousLabel(std::move(previousLabel))
{}

qreal ReportChartPainter::legendHeight() const
{
    return 8 * m_unit;
}

void ReportChartPainter::drawLegend(QPainter &painter, QPointF topLeft) const
{
    const QFontMetricsF metrics(m_font, painter.device());
    const qreal box = 3.5 * m_unit;
    qreal x = topLeft.x();
    for (const auto &[colour, label] :
         {std::pair{CurrentColour, m_currentLabel}, std::pair{PreviousColour, m_previousLabel}}) {
        painter.fillRect(QRectF(x, topLeft.y(), box, box), colour);
        x += box + 1.5 * m_unit;
        painter.setPen(Qt::black);
        painter.drawText(QPointF(x, topLeft.y() + box - metrics.descent() / 2), label);
        x += metrics.horizontalAdvance(label) + 8 * m_unit;
    }
}

void ReportChartPainter::drawLabel(QPainter &painter,
                                   const QRectF &rect,
                                   const QString &label) const
{
    const QFontMetricsF metrics(m_font, painter.device());
    const int maxLines
        = std::max(1, int((rect.height() - metrics.height()) / metrics.lineSpacing()) + 1);
    const QStringList lines
        = ReportTableLayout::wrapText(label, m_font, painter.device(), rect.width(), maxLines);
    const qreal height = metrics.height() + qreal(lines.size() - 1) * metrics.lineSpacing();
    qreal top = rect.center().y() - height / 2;
    for (const QString &line : lines) {
        painter.drawText(QRectF(rect.left(), top, rect.width(), metrics.height()),
                         Qt::AlignRight | Qt::AlignTop,
                         line);
        top += metrics.lineSpacing();
    }
}

qreal ReportChartPainter::barChartHeight(qsizetype bars) const
{
    const qsizetype rows = std::min<qsizetype>(bars, MaxBars);
    return legendHeight() + qreal(rows) * BarRowHeight * m_unit + 2 * m_unit;
}

qsizetype ReportChartPainter::barsFitting(qreal height) const
{
    const qreal rows = (height - legendHeight() - 2 * m_unit) / (BarRowHeight * m_unit);
    return rows < 1 ? 0 : std::min<qsizetype>(qsizetype(rows), MaxBars);
}

qsizetype ReportChartPainter::barScale(const QList<ReportFigure> &figures)
{
    return maxValue(figures, std::min<qsizetype>(figures.size(), MaxBars));
}

void ReportChartPainter::drawBarChart(QPainter &painter,
                                      const QRectF &area,
                                      const QList<ReportFigure> &figures,
                                      qsizetype scale) const
{
    painter.save();
    painter.setFont(m_font);
    drawLegend(painter, area.topLeft());
    const QFontMetricsF metrics(m_font, painter.device());
    const qsizetype rows = std::min<qsizetype>(figures.size(), MaxBars);
    const qreal labelWidth = area.width() * 0.34;
    const qreal valueWidth = metrics.horizontalAdvance(QStringLiteral("00000"));
    const qreal barsLeft = area.left() + labelWidth + 2 * m_unit;
    const qreal barsWidth = area.right() - barsLeft - valueWidth;
    const qreal maximum = qreal(scale > 0 ? scale : maxValue(figures, rows));
    const qreal barHeight = 4 * m_unit;
    qreal y = area.top() + legendHeight();
    for (qsizetype i = 0; i < rows; ++i) {
        const ReportFigure &figure = figures.at(i);
        painter.setPen(Qt::black);
        drawLabel(painter, QRectF(area.left(), y, labelWidth, 2 * barHeight), figure.label);
        const qsizetype values[] = {figure.current(), figure.previous()};
        const QColor colours[] = {CurrentColour, PreviousColour};
        for (int bar = 0; bar < 2; ++bar) {
            const qreal top = y + bar * barHeight;
            const qreal length = barsWidth * qreal(values[bar]) / maximum;
            QPainterPath path;
            path.addRect(QRectF(barsLeft, top + 0.3 * m_unit, length, barHeight - 0.6 * m_unit));
            painter.fillPath(path, colours[bar]);
            painter.setPen(AxisColour);
            painter.drawText(QRectF(barsLeft + length + m_unit, top, valueWidth, barHeight),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             QString::number(values[bar]));
        }
        y += BarRowHeight * m_unit;
    }
    painter.setPen(QPen(AxisColour, 0.3 * m_unit));
    painter.drawLine(QPointF(barsLeft, area.top() + legendHeight()), QPointF(barsLeft, y));
    painter.restore();
}

qreal ReportChartPainter::lineChartHeight() const
{
    return legendHeight() + 80 * m_unit;
}

void ReportChartPainter::drawLineChart(QPainter &painter,
                                       const QRectF &area,
                                       const QList<ReportFigure> &figures) const
{
    if (figures.isEmpty()) {
        return;
    }
    painter.save();
    painter.setFont(m_font);
    painter.setRenderHint(QPainter::Antialiasing);
    drawLegend(painter, area.topLeft());
    const QFontMetricsF metrics(m_font, painter.device());
    const qsizetype maximum = maxValue(figures, figures.size());
    const qsizetype step = gridStep(maximum);
    const qsizetype top = (maximum + step - 1) / step * step;
    const QRectF plot(area.left() + metrics.horizontalAdvance(QStringLiteral("0000")) + m_unit,
                      area.top() + legendHeight() + 2 * m_unit,
                      area.width() - metrics.horizontalAdvance(QStringLiteral("0000")) - 3 * m_unit,
                      area.height() - legendHeight() - 2 * m_unit - 2.5 * metrics.height());
    for (qsizetype value = 0; value <= top; value += step) {
        const qreal y = plot.bottom() - plot.height() * qreal(value) / qreal(top);
        painter.setPen(QPen(value == 0 ? AxisColour : GridColour, 0.25 * m_unit));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(AxisColour);
        painter.drawText(QRectF(area.left(),
                                y - metrics.height() / 2,
                                plot.left() - area.left() - m_unit,
                                metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(value));
    }
    const qreal dx = figures.size() > 1 ? plot.width() / qreal(figures.size() - 1) : 0;
    const auto pointAt = [&](qsizetype i, qsizetype value) {
        const qreal x = figures.size() > 1 ? plot.left() + dx * qreal(i) : plot.center().x();
        return QPointF(x, plot.bottom() - plot.height() * qreal(value) / qreal(top));
    };
    // Labels of at most twelve months fit under the axis; longer periods label every nth.
    const qsizetype labelEvery = (figures.size() + 11) / 12;
    for (qsizetype i = 0; i < figures.size(); i += labelEvery) {
        const QPointF point = pointAt(i, 0);
        const QString label = figures.at(i).key;
        painter.drawText(
            QRectF(point.x() - 12 * m_unit, plot.bottom() + m_unit, 24 * m_unit, metrics.height()),
            Qt::AlignHCenter | Qt::AlignTop,
            label);
    }
    for (int series = 1; series >= 0; --series) {
        QPainterPath path;
        for (qsizetype i = 0; i < figures.size(); ++i) {
            const ReportFigure &figure = figures.at(i);
            const QPointF point = pointAt(i, series == 0 ? figure.current() : figure.previous());
            if (i == 0) {
                path.moveTo(point);
            } else {
                path.lineTo(point);
            }
            QPainterPath dot;
            dot.addEllipse(point, 0.9 * m_unit, 0.9 * m_unit);
            painter.fillPath(dot, series == 0 ? CurrentColour : PreviousColour);
        }
        QPen pen(series == 0 ? CurrentColour : PreviousColour, 0.6 * m_unit);
        pen.setStyle(series == 0 ? Qt::SolidLine : Qt::DashLine);
        painter.strokePath(path, pen);
    }
    painter.restore();
}

} // namespace CoopAtlas::Core
