// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkpainter.h"

#include <ui/network/networkcanvas.h>
#include <ui/network/networkscene.h>

#include <QFontMetrics>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace CoopAtlas::Ui {

namespace {

constexpr int LabelWidthPixels = 160;
/// Laid-out labels kept between frames. The cache is emptied when it grows
/// past this, which bounds its memory on a large network.
constexpr qsizetype MaxCachedLabels = 4 * NetworkPainter::MaxLabels;

QColor dimmed(QColor colour)
{
    colour.setAlpha(NetworkScenePainter::DimmedAlpha);
    return colour;
}

QRectF layoutRect(const NetworkView &view, const QRectF &pictureRect)
{
    return QRectF(view.mapToLayout(pictureRect.topLeft()),
                  view.mapToLayout(pictureRect.bottomRight()))
        .normalized();
}

} // namespace

bool NetworkPainter::isDetailed(const NetworkView &view)
{
    return view.zoom * BaseRadius >= DetailRadiusPixels;
}

void NetworkPainter::clearLabels() const
{
    m_labels.clear();
}

void NetworkPainter::paint(QPainter &painter, const NetworkView &view, Quality quality) const
{
    painter.fillRect(QRectF(QPointF(0, 0), view.size), m_canvas.palette().base());
    if (m_canvas.m_positions.isEmpty())
        return;
    if (quality != Quality::NodesOnly) {
        const bool detailed = isDetailed(view);
        painter.setRenderHint(QPainter::Antialiasing, detailed && quality == Quality::Full);
        m_scenePainter.paintEdges(painter, m_canvas.scene(), view, lineStyles(view, quality));
    }
    paintNodes(painter, view, quality);
}

NetworkScenePainter::LineStyles NetworkPainter::lineStyles(const NetworkView &view, Quality quality)
{
    NetworkScenePainter::LineStyles styles;
    styles.dashedLinks = quality == Quality::Full && isDetailed(view);
    styles.dashedHighlights = quality == Quality::Full;
    return styles;
}

void NetworkPainter::paintNodes(QPainter &painter, const NetworkView &view, Quality quality) const
{
    if (m_canvas.m_positions.isEmpty())
        return;
    // Nodes just outside the picture still show their rim and their labels.
    const QRectF picture(QPointF(0, 0), view.size);
    m_canvas.m_grid.pointsIn(layoutRect(view, picture.adjusted(-30, -30, 30, 30)), m_nodes);
    const bool detailed = isDetailed(view);
    painter.setRenderHint(QPainter::Antialiasing, detailed && quality == Quality::Full);
    if (detailed)
        paintNodesDetailed(painter, view);
    else
        m_scenePainter.paintSquares(painter, m_canvas.scene(), view, m_nodes);
    if (view.zoom * BaseRadius >= LabelRadiusPixels && m_nodes.size() <= MaxLabels)
        paintLabels(painter, view);
}

void NetworkPainter::paintNodesDetailed(QPainter &painter, const NetworkView &view) const
{
    const QColor outline = m_canvas.palette().text().color();
    for (int node : std::as_const(m_nodes)) {
        if (!m_canvas.m_nodeVisible.at(node))
            continue;
        const bool dim = m_canvas.isDimmed(node);
        const QColor fill = QColor::fromRgba(m_canvas.m_nodeColours.at(node));
        QPen pen(dim ? dimmed(outline) : outline, node == m_canvas.selectedNode() ? 2.5 : 0.8);
        if (m_canvas.isPinned(node))
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(dim ? dimmed(fill) : fill);
        const QPointF centre = view.mapFromLayout(m_canvas.m_positions.at(node));
        const double radius = m_canvas.nodeRadius(node) * view.zoom;
        if (m_canvas.m_snapshot.nodes().at(node).isOrganisation())
            painter.drawEllipse(centre, radius, radius);
        else
            painter.drawRect(
                QRectF(centre - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius)));
    }
}

const NetworkPainter::LabelLayout &NetworkPainter::labelLayout(int node, const QFont &font) const
{
    if (font != m_labelFont || m_labels.size() >= MaxCachedLabels) {
        m_labels.clear();
        m_labelFont = font;
    }
    auto found = m_labels.find(node);
    if (found != m_labels.end())
        return found.value();
    const QFontMetrics metrics(font);
    const QString label = metrics.elidedText(
        m_canvas.m_snapshot.nodes().at(node).label, Qt::ElideRight, LabelWidthPixels);
    LabelLayout layout;
    layout.text.setText(label);
    layout.text.setTextFormat(Qt::PlainText);
    layout.text.prepare(QTransform(), font);
    layout.width = metrics.horizontalAdvance(label);
    return m_labels.insert(node, layout).value();
}

QRectF
NetworkPainter::placeLabel(const NetworkView &view, int node, double width, double height) const
{
    const QPointF centre = view.mapFromLayout(m_canvas.m_positions.at(node));
    const double radius = m_canvas.nodeRadius(node) * view.zoom;
    // The gap grows with the node, and clears the widest outline (2.5
    // pixels, of the selected node).
    const double gap = std::max(LabelGapPixels, radius * 0.25) + 1.25;
    const double side = radius + gap;
    // The corner places touch the circle at 45 degrees.
    const double corner = radius * M_SQRT1_2 + gap;
    const double left = centre.x() - width / 2.0;
    const double top = centre.y() - height / 2.0;
    // Top-left corners of the label below, right of, left of and above the
    // node, then at its corners, in order of preference.
    const std::array<QPointF, 8> places{
        QPointF(left, centre.y() + side),
        QPointF(centre.x() + side, top),
        QPointF(centre.x() - side - width, top),
        QPointF(left, centre.y() - side - height),
        QPointF(centre.x() + corner, centre.y() + corner),
        QPointF(centre.x() - corner - width, centre.y() + corner),
        QPointF(centre.x() + corner, centre.y() - corner - height),
        QPointF(centre.x() - corner - width, centre.y() - corner - height),
    };
    QRectF best;
    double bestOverlap = 0.0;
    for (const QPointF &place : places) {
        const QRectF box(place, QSizeF(width, height));
        const bool coversLabel
            = std::any_of(m_labelBoxes.cbegin(), m_labelBoxes.cend(), [&box](const QRectF &other) {
                  return other.intersects(box);
              });
        if (coversLabel)
            continue;
        const double overlap = nodeOverlap(view, box, node);
        if (overlap == 0.0)
            return box;
        if (best.isNull() || overlap < bestOverlap) {
            best = box;
            bestOverlap = overlap;
        }
    }
    // When every place overlaps other nodes, the label goes to the place
    // that covers the least of them.
    return best;
}

double NetworkPainter::nodeOverlap(const NetworkView &view, const QRectF &box, int own) const
{
    // Metric styles draw nodes up to three times the base radius.
    const double reach = 3.0 * BaseRadius * view.zoom + 1.0;
    m_canvas.m_grid.pointsIn(layoutRect(view, box.adjusted(-reach, -reach, reach, reach)),
                             m_nearby);
    double overlap = 0.0;
    for (int other : std::as_const(m_nearby)) {
        if (other == own || !m_canvas.m_nodeVisible.at(other))
            continue;
        const QPointF centre = view.mapFromLayout(m_canvas.m_positions.at(other));
        const double radius = m_canvas.nodeRadius(other) * view.zoom + 1.0;
        // Distance from the centre to the nearest point of the box. People
        // are squares, which the box overlaps when both axes overlap.
        const double dx = std::max({box.left() - centre.x(), 0.0, centre.x() - box.right()});
        const double dy = std::max({box.top() - centre.y(), 0.0, centre.y() - box.bottom()});
        const bool square = !m_canvas.m_snapshot.nodes().at(other).isOrganisation();
        if (square ? (dx < radius && dy < radius) : (dx * dx + dy * dy < radius * radius)) {
            const QRectF bounds(centre - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius));
            const QRectF covered = bounds.intersected(box);
            overlap += covered.width() * covered.height();
        }
    }
    return overlap;
}

void NetworkPainter::paintLabels(QPainter &painter, const NetworkView &view) const
{
    const QFont font = painter.font();
    const int lineHeight = QFontMetrics(font).height();
    const QColor text = m_canvas.palette().text().color();
    // Labels of the highlighted nodes come first. A label that would overlap
    // one already drawn is left out, so that every label shown can be read.
    m_labelOrder.clear();
    for (int node : std::as_const(m_nodes)) {
        if (m_canvas.m_nodeVisible.at(node) && !m_canvas.isDimmed(node))
            m_labelOrder.append(node);
    }
    for (int node : std::as_const(m_nodes)) {
        if (m_canvas.m_nodeVisible.at(node) && m_canvas.isDimmed(node))
            m_labelOrder.append(node);
    }
    m_labelBoxes.clear();
    for (int node : std::as_const(m_labelOrder)) {
        const LabelLayout &label = labelLayout(node, font);
        const QRectF box = placeLabel(view, node, label.width, lineHeight);
        if (box.isNull())
            continue;
        m_labelBoxes.append(box);
        painter.setPen(m_canvas.isDimmed(node) ? dimmed(text) : text);
        painter.drawStaticText(box.topLeft(), label.text);
    }
}

} // namespace CoopAtlas::Ui
