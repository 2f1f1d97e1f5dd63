// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkscenepainter.h"

#include <ui/network/networkpainter.h>
#include <ui/network/networkscene.h>
#include <ui/network/networkview.h>

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace CoopAtlas::Ui {

namespace {

/// Lines per drawLines() call. Between two calls a worker checks whether its
/// picture was cancelled, so a cancelled picture stops within one batch.
constexpr size_t LinesPerBatch = 4096;

QColor dimmed(QColor colour)
{
    colour.setAlpha(NetworkScenePainter::DimmedAlpha);
    return colour;
}

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

/// Draws `lines` in batches of LinesPerBatch. Returns false when cancelled.
bool drawLines(QPainter &painter, const std::vector<QLineF> &lines, const std::atomic_bool *cancel)
{
    for (size_t first = 0; first < lines.size(); first += LinesPerBatch) {
        if (cancelled(cancel))
            return false;
        const size_t count = std::min(LinesPerBatch, lines.size() - first);
        painter.drawLines(lines.data() + first, int(count));
    }
    return true;
}

} // namespace

void NetworkScenePainter::sortEdges(const NetworkScene &scene,
                                    const NetworkView &view,
                                    const std::vector<int> *edges,
                                    const QRectF &area) const
{
    const QRectF visible
        = QRectF(view.mapToLayout(area.topLeft()), view.mapToLayout(area.bottomRight()))
              .normalized();
    // Lines are grouped by link type, and by whether they touch the selected
    // node, so that each group is one batch: buckets [0, types) contain the
    // normal lines and [types, 2 * types) the highlighted ones.
    const qsizetype types = std::max<qsizetype>(1, scene.style.linkTypes().size());
    m_lines.resize(size_t(2 * types));
    for (std::vector<QLineF> &bucket : m_lines)
        bucket.clear();
    if (edges) {
        for (int edge : *edges)
            addEdge(scene, view, visible, edge);
    } else {
        for (int edge = 0; edge < int(scene.edges.size()); ++edge)
            addEdge(scene, view, visible, edge);
    }
}

void NetworkScenePainter::addEdge(const NetworkScene &scene,
                                  const NetworkView &view,
                                  const QRectF &visible,
                                  int edge) const
{
    if (!scene.edgeVisible.at(edge))
        return;
    const Core::NetworkEdge &data = scene.edges.at(edge);
    const QPointF &from = scene.positions.at(data.from);
    const QPointF &to = scene.positions.at(data.to);
    if (std::max(from.x(), to.x()) < visible.left() || std::min(from.x(), to.x()) > visible.right()
        || std::max(from.y(), to.y()) < visible.top()
        || std::min(from.y(), to.y()) > visible.bottom())
        return;
    const QPointF start = view.mapFromLayout(from);
    const QPointF end = view.mapFromLayout(to);
    // A link shorter than a pixel is hidden under the nodes at its ends.
    if (std::abs(start.x() - end.x()) < 1.0 && std::abs(start.y() - end.y()) < 1.0)
        return;
    const bool touches
        = scene.selected >= 0 && (data.from == scene.selected || data.to == scene.selected);
    const qsizetype types = qsizetype(m_lines.size() / 2);
    const qsizetype type = scene.edgeTypes.at(edge);
    m_lines[size_t(touches ? types + type : type)].emplace_back(start, end);
}

bool NetworkScenePainter::paintEdges(QPainter &painter,
                                     const NetworkScene &scene,
                                     const NetworkView &view,
                                     LineStyles styles,
                                     const std::atomic_bool *cancel,
                                     const std::vector<int> *edges,
                                     const QRectF *area) const
{
    sortEdges(scene, view, edges, area ? *area : QRectF(QPointF(0, 0), view.size));
    const qsizetype types = qsizetype(m_lines.size() / 2);
    for (qsizetype type = 0; type < types; ++type) {
        const std::vector<QLineF> &lines = m_lines[size_t(type)];
        if (lines.empty())
            continue;
        QPen pen = scene.style.linkPenAt(type, 1.0);
        if (!styles.dashedLinks)
            pen.setStyle(Qt::SolidLine);
        if (scene.selected >= 0)
            pen.setColor(dimmed(pen.color()));
        painter.setPen(pen);
        if (!drawLines(painter, lines, cancel))
            return false;
    }
    for (qsizetype type = 0; type < types; ++type) {
        const std::vector<QLineF> &lines = m_lines[size_t(types + type)];
        if (lines.empty())
            continue;
        QPen pen = scene.style.linkPenAt(type, 2.0);
        QColor colour = pen.color();
        colour.setAlpha(255);
        pen.setColor(colour);
        if (!styles.dashedHighlights)
            pen.setStyle(Qt::SolidLine);
        painter.setPen(pen);
        if (!drawLines(painter, lines, cancel))
            return false;
    }
    return !cancelled(cancel);
}

void NetworkScenePainter::paintSquares(QPainter &painter,
                                       const NetworkScene &scene,
                                       const NetworkView &view,
                                       const QList<int> &nodes) const
{
    // Filled squares without a pen take the raster engine's fast rectangle
    // path, unlike wide points, which are stroked one by one.
    const double side = std::max(2.0, 2.0 * view.zoom * NetworkPainter::BaseRadius);
    m_squares.clear();
    for (int node : nodes) {
        if (!scene.nodeVisible.at(node))
            continue;
        QRgb colour = scene.nodeColours.at(node);
        if (scene.isDimmed(node))
            colour = qRgba(qRed(colour), qGreen(colour), qBlue(colour), DimmedAlpha);
        const QPointF centre = view.mapFromLayout(scene.positions.at(node));
        m_squares.emplace_back(colour,
                               QRectF(centre.x() - side / 2, centre.y() - side / 2, side, side));
    }
    // One drawRects() call per colour.
    std::sort(m_squares.begin(), m_squares.end(), [](const auto &a, const auto &b) {
        return a.first < b.first;
    });
    painter.setPen(Qt::NoPen);
    for (size_t first = 0; first < m_squares.size();) {
        const QRgb colour = m_squares[first].first;
        m_rects.clear();
        size_t next = first;
        for (; next < m_squares.size() && m_squares[next].first == colour; ++next)
            m_rects.push_back(m_squares[next].second);
        painter.setBrush(QColor::fromRgba(colour));
        painter.drawRects(m_rects.data(), int(m_rects.size()));
        first = next;
    }
}

} // namespace CoopAtlas::Ui
