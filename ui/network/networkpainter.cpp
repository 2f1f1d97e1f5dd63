// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkpainter.h"

#include <ui/network/networkcanvas.h>

#include <QFontMetrics>
#include <QHash>
#include <QPainter>

#include <algorithm>

namespace CoopAtlas::Ui {

namespace {

/// Alpha of nodes and links outside the selected neighbourhood.
constexpr int DimmedAlpha = 40;
constexpr int LabelWidthPixels = 160;

QColor dimmed(QColor colour)
{
    colour.setAlpha(DimmedAlpha);
    return colour;
}

} // namespace

void NetworkPainter::paint(QPainter &painter, const QRect &viewport) const
{
    painter.fillRect(viewport, m_canvas.palette().base());
    if (m_canvas.m_positions.isEmpty())
        return;
    // Nodes just outside the viewport still show their rim and their labels.
    const QRect margin = viewport.adjusted(-30, -30, 30, 30);
    const QList<int> nodes = m_canvas.nodesInView(margin);
    const bool detailed = m_canvas.zoom() * 0.18 >= DetailRadiusPixels;
    painter.setRenderHint(QPainter::Antialiasing, detailed);
    paintEdges(painter, nodes, detailed);
    if (detailed)
        paintNodesDetailed(painter, nodes);
    else
        paintNodesSimple(painter, nodes);
    if (m_canvas.zoom() * 0.18 >= LabelRadiusPixels && nodes.size() <= MaxLabels)
        paintLabels(painter, nodes);
}

void NetworkPainter::paintEdges(QPainter &painter, const QList<int> &nodes, bool detailed) const
{
    Q_UNUSED(nodes)
    const QRectF view = QRectF(m_canvas.mapToLayout(QPointF(0, 0)),
                               m_canvas.mapToLayout(QPointF(m_canvas.width(), m_canvas.height())))
                            .normalized();
    const auto &edges = m_canvas.m_snapshot.edges();
    const auto &positions = m_canvas.m_positions;
    const bool selecting = m_canvas.selectedNode() >= 0;
    // Lines grouped by link type, and by whether they touch the selected node,
    // so that each group is one drawLines() call.
    QHash<QString, QList<QLineF>> normal;
    QHash<QString, QList<QLineF>> highlighted;
    for (int edge = 0; edge < int(edges.size()); ++edge) {
        const Core::NetworkEdge &data = edges.at(edge);
        const QPointF &from = positions.at(data.from);
        const QPointF &to = positions.at(data.to);
        if (std::max(from.x(), to.x()) < view.left() || std::min(from.x(), to.x()) > view.right()
            || std::max(from.y(), to.y()) < view.top()
            || std::min(from.y(), to.y()) > view.bottom())
            continue;
        if (!m_canvas.isEdgeVisible(edge))
            continue;
        const QLineF line(m_canvas.mapFromLayout(from), m_canvas.mapFromLayout(to));
        const bool touches
            = selecting
              && (data.from == m_canvas.selectedNode() || data.to == m_canvas.selectedNode());
        (touches ? highlighted : normal)[data.type].append(line);
    }
    for (auto it = normal.cbegin(); it != normal.cend(); ++it) {
        QPen pen = m_canvas.m_style.linkPen(it.key(), 1.0);
        if (!detailed)
            pen.setStyle(Qt::SolidLine); // dashes are invisible on short lines and slow
        if (selecting)
            pen.setColor(dimmed(pen.color()));
        painter.setPen(pen);
        painter.drawLines(it.value());
    }
    for (auto it = highlighted.cbegin(); it != highlighted.cend(); ++it) {
        QPen pen = m_canvas.m_style.linkPen(it.key(), 2.0);
        QColor colour = pen.color();
        colour.setAlpha(255);
        pen.setColor(colour);
        painter.setPen(pen);
        painter.drawLines(it.value());
    }
}

void NetworkPainter::paintNodesSimple(QPainter &painter, const QList<int> &nodes) const
{
    // Filled squares without a pen take the raster engine's fast rectangle
    // path, unlike wide points, which are stroked one by one.
    const double side = std::max(2.0, 2.0 * m_canvas.zoom() * 0.18);
    QHash<QRgb, QList<QRectF>> byColour;
    for (int node : nodes) {
        if (!m_canvas.isNodeVisible(node))
            continue;
        QColor colour = m_canvas.nodeColour(node);
        if (m_canvas.isDimmed(node))
            colour = dimmed(colour);
        const QPointF centre = m_canvas.mapFromLayout(m_canvas.m_positions.at(node));
        byColour[colour.rgba()].append(
            QRectF(centre.x() - side / 2, centre.y() - side / 2, side, side));
    }
    painter.setPen(Qt::NoPen);
    for (auto it = byColour.cbegin(); it != byColour.cend(); ++it) {
        painter.setBrush(QColor::fromRgba(it.key()));
        painter.drawRects(it.value().constData(), int(it.value().size()));
    }
}

void NetworkPainter::paintNodesDetailed(QPainter &painter, const QList<int> &nodes) const
{
    const QColor outline = m_canvas.palette().text().color();
    for (int node : nodes) {
        if (!m_canvas.isNodeVisible(node))
            continue;
        const bool dim = m_canvas.isDimmed(node);
        QColor fill = m_canvas.nodeColour(node);
        QPen pen(dim ? dimmed(outline) : outline, node == m_canvas.selectedNode() ? 2.5 : 0.8);
        if (m_canvas.isPinned(node))
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(dim ? dimmed(fill) : fill);
        const QPointF centre = m_canvas.mapFromLayout(m_canvas.m_positions.at(node));
        const double radius = m_canvas.nodeRadius(node) * m_canvas.zoom();
        if (m_canvas.m_snapshot.nodes().at(node).isOrganisation())
            painter.drawEllipse(centre, radius, radius);
        else
            painter.drawRect(
                QRectF(centre - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius)));
    }
}

void NetworkPainter::paintLabels(QPainter &painter, const QList<int> &nodes) const
{
    const QFontMetrics metrics(painter.font());
    const QColor text = m_canvas.palette().text().color();
    // Labels of the highlighted nodes come first. A label that would overlap
    // one already drawn is left out, so that every label shown can be read.
    QList<int> ordered;
    ordered.reserve(nodes.size());
    for (int node : nodes) {
        if (m_canvas.isNodeVisible(node) && !m_canvas.isDimmed(node))
            ordered.append(node);
    }
    for (int node : nodes) {
        if (m_canvas.isNodeVisible(node) && m_canvas.isDimmed(node))
            ordered.append(node);
    }
    QList<QRectF> drawn;
    drawn.reserve(ordered.size());
    for (int node : std::as_const(ordered)) {
        const QPointF centre = m_canvas.mapFromLayout(m_canvas.m_positions.at(node));
        const double radius = m_canvas.nodeRadius(node) * m_canvas.zoom();
        const QString label = metrics.elidedText(
            m_canvas.m_snapshot.nodes().at(node).label, Qt::ElideRight, LabelWidthPixels);
        const double width = metrics.horizontalAdvance(label);
        const QRectF box(
            centre.x() - width / 2.0, centre.y() + radius + 2, width, metrics.height());
        const bool overlaps
            = std::any_of(drawn.cbegin(), drawn.cend(), [&box](const QRectF &other) {
                  return other.intersects(box);
              });
        if (overlaps)
            continue;
        drawn.append(box);
        painter.setPen(m_canvas.isDimmed(node) ? dimmed(text) : text);
        painter.drawText(box, Qt::AlignHCenter | Qt::AlignTop, label);
    }
}

} // namespace CoopAtlas::Ui
