// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

namespace CoopAtlas::Ui {

/// A uniform grid over points, for hit tests and for finding the points inside
/// the visible rectangle without scanning every point. The cell size is chosen
/// so that a cell holds about four points on average.
class SpatialGrid
{
public:
    /// Indexes `points`; point i keeps index i.
    void build(const QList<QPointF> &points);
    /// Moves point `index` to `position` (after a drag).
    void move(int index, const QPointF &position);

    /// Indexes of the points inside `rect`, in no particular order.
    [[nodiscard]] QList<int> pointsIn(const QRectF &rect) const;
    /// Replaces the contents of `found` with the indexes of the points inside
    /// `rect`, reusing its memory.
    void pointsIn(const QRectF &rect, QList<int> &found) const;
    /// Index of the point nearest to `position` within `radius`, or -1.
    [[nodiscard]] int nearest(const QPointF &position, double radius) const;
    [[nodiscard]] QRectF bounds() const { return m_bounds; }

private:
    [[nodiscard]] int cellColumn(double x) const;
    [[nodiscard]] int cellRow(double y) const;
    [[nodiscard]] int cellOf(const QPointF &point) const;

    QList<QPointF> m_points;
    QList<QList<int>> m_cells;
    QRectF m_bounds;
    double m_cellSize = 1.0;
    int m_columns = 1;
    int m_rows = 1;
};

} // namespace CoopAtlas::Ui
