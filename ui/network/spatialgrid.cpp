// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spatialgrid.h"

#include <QtMath>

#include <algorithm>

namespace CoopAtlas::Ui {

namespace {

/// Upper bound on cells per side, so that a degenerate spread of points
/// cannot allocate an unbounded grid.
constexpr int MaxCellsPerSide = 2048;

QRectF boundsOf(const QList<QPointF> &points)
{
    if (points.isEmpty())
        return QRectF(0, 0, 1, 1);
    double left = points.first().x();
    double right = left;
    double top = points.first().y();
    double bottom = top;
    for (const QPointF &point : points) {
        left = std::min(left, point.x());
        right = std::max(right, point.x());
        top = std::min(top, point.y());
        bottom = std::max(bottom, point.y());
    }
    // A margin keeps the points on the right and bottom edges inside the last cell.
    return QRectF(QPointF(left, top), QPointF(right, bottom)).adjusted(-1, -1, 1, 1);
}

} // namespace

void SpatialGrid::build(const QList<QPointF> &points)
{
    m_points = points;
    m_bounds = boundsOf(points);
    const double area = m_bounds.width() * m_bounds.height();
    const double cellsWanted = std::max(1.0, double(points.size()) / 4.0);
    m_cellSize = std::max(1e-6, qSqrt(area / cellsWanted));
    m_columns = std::clamp(int(qCeil(m_bounds.width() / m_cellSize)), 1, MaxCellsPerSide);
    m_rows = std::clamp(int(qCeil(m_bounds.height() / m_cellSize)), 1, MaxCellsPerSide);
    m_cellSize = std::max(m_bounds.width() / m_columns, m_bounds.height() / m_rows);
    m_cells = QList<QList<int>>(qsizetype(m_columns) * m_rows);
    for (int i = 0; i < int(points.size()); ++i)
        m_cells[cellOf(points.at(i))].append(i);
}

void SpatialGrid::move(int index, const QPointF &position)
{
    if (index < 0 || index >= int(m_points.size()))
        return;
    m_cells[cellOf(m_points.at(index))].removeOne(index);
    m_points[index] = position;
    // A point dragged outside the bounds lands in the nearest border cell,
    // where pointsIn() and nearest() still find it through the distance check.
    m_cells[cellOf(position)].append(index);
}

int SpatialGrid::cellColumn(double x) const
{
    return std::clamp(int((x - m_bounds.left()) / m_cellSize), 0, m_columns - 1);
}

int SpatialGrid::cellRow(double y) const
{
    return std::clamp(int((y - m_bounds.top()) / m_cellSize), 0, m_rows - 1);
}

int SpatialGrid::cellOf(const QPointF &point) const
{
    return cellRow(point.y()) * m_columns + cellColumn(point.x());
}

QList<int> SpatialGrid::pointsIn(const QRectF &rect) const
{
    QList<int> found;
    pointsIn(rect, found);
    return found;
}

void SpatialGrid::pointsIn(const QRectF &rect, QList<int> &found) const
{
    found.clear();
    if (m_points.isEmpty())
        return;
    const int firstColumn = cellColumn(rect.left());
    const int lastColumn = cellColumn(rect.right());
    const int firstRow = cellRow(rect.top());
    const int lastRow = cellRow(rect.bottom());
    for (int row = firstRow; row <= lastRow; ++row) {
        for (int column = firstColumn; column <= lastColumn; ++column) {
            for (int index : m_cells.at(row * m_columns + column)) {
                if (rect.contains(m_points.at(index)))
                    found.append(index);
            }
        }
    }
}

int SpatialGrid::nearest(const QPointF &position, double radius) const
{
    const QRectF area(position - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius));
    int best = -1;
    double bestDistance = radius * radius;
    for (int index : pointsIn(area)) {
        const QPointF delta = m_points.at(index) - position;
        const double distance = QPointF::dotProduct(delta, delta);
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = index;
        }
    }
    return best;
}

} // namespace CoopAtlas::Ui
