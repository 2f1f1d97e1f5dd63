// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkpainter.h"

#include <ui/network/networkcanvas.h>

#include <QFontMetrics>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace CoopAtlas::Ui {

namespace {

/// Alpha of nodes and links outside the selected neighbourhood.
constexpr int DimmedAlpha = 40;
constexpr int LabelWidthPixels = 160;
/// Node radius in layout units before a metric style scales it.
constexpr double BaseRadius = 0.18;
/// Laid-out labels kept between frames. The cache is emptied when it grows
/// past this, which bounds its memory on a large network.
constexpr qsizetype MaxCachedLabels = 4 * NetworkPainter::MaxLabels;

QColor dimmed(QColor colour)
{
    colour.setAlpha(DimmedAlpha);
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
    const QRectF picture(QPointF(0, 0), view.size);
    painter.fillRect(picture, m_canvas.palette().base());
    if (m_canvas.m_positions.isEmpty())
        return;
    // Nodes just outside the picture still show their rim and their labels.
    m_canvas.m_grid.pointsIn(layoutRect(view, picture.adjusted(-30, -30, 30, 30)), m_nodes);
    const bool detailed = isDetailed(view);
    painter.setRenderHint(QPainter::Antialiasing, detailed && quality == Quality::Full);
    paintEdges(painter, view, quality);
    if (detailed)
        paintNodesDetailed(painter, view);
    else
        paintNodesSimple(painter, view);
    if (view.zoom * BaseRadius >= LabelRadiusPixels && m_nodes.size() <= MaxLabels)
        paintLabels(painter, view);
}

void NetworkPainter::paintEdges(QPainter &painter, const NetworkView &view, Quality quality) const
{
    const QRectF visible = layoutRect(view, QRectF(QPointF(0, 0), view.size));
    const auto &edges = m_canvas.m_snapshot.edges();
    const auto &positions = m_canvas.m_positions;
    const int selected = m_canvas.selectedNode();
    // Lines are grouped by link type, and by whether they touch the selected
    // node, so that each group is one drawLines() call: buckets [0, types)
    // hold the normal lines and [types, 2 * types) the highlighted ones.
    const qsizetype types = std::max<qsizetype>(1, m_canvas.m_style.linkTypes().size());
    m_lines.resize(size_t(2 * types));
    for (std::vector<QLineF> &bucket : m_lines)
        bucket.clear();
    for (int edge = 0; edge < int(edges.size()); ++edge) {
        if (!m_canvas.m_edgeVisible.at(edge))
            continue;
        const Core::NetworkEdge &data = edges.at(edge);
        const QPointF &from = positions.at(data.from);
        const QPointF &to = positions.at(data.to);
        if (std::max(from.x(), to.x()) < visible.left()
            || std::min(from.x(), to.x()) > visible.right()
            || std::max(from.y(), to.y()) < visible.top()
            || std::min(from.y(), to.y()) > visible.bottom())
            continue;
        const QPointF start = view.mapFromLayout(from);
        const QPointF end = view.mapFromLayout(to);
        // A link shorter than a pixel is hidden under the nodes at its ends.
        if (std::abs(start.x() - end.x()) < 1.0 && std::abs(start.y() - end.y()) < 1.0)
            continue;
        const bool touches = selected >= 0 && (data.from == selected || data.to == selected);
        const qsizetype type = m_canvas.m_edgeTypes.at(edge);
        m_lines[size_t(touches ? types + type : type)].emplace_back(start, end);
    }
    const bool dashes = quality == Quality::Full && isDetailed(view);
    for (qsizetype type = 0; type < types; ++type) {
        const std::vector<QLineF> &lines = m_lines[size_t(type)];
        if (lines.empty())
            continue;
        QPen pen = m_canvas.m_style.linkPenAt(type, 1.0);
        if (!dashes)
            pen.setStyle(Qt::SolidLine); // dashes are invisible on short lines and slow
        if (selected >= 0)
            pen.setColor(dimmed(pen.color()));
        painter.setPen(pen);
        painter.drawLines(lines.data(), int(lines.size()));
    }
    for (qsizetype type = 0; type < types; ++type) {
        const std::vector<QLineF> &lines = m_lines[size_t(types + type)];
        if (lines.empty())
            continue;
        QPen pen = m_canvas.m_style.linkPenAt(type, 2.0);
        QColor colour = pen.color();
        colour.setAlpha(255);
        pen.setColor(colour);
        if (quality == Quality::Draft)
            pen.setStyle(Qt::SolidLine);
        painter.setPen(pen);
        painter.drawLines(lines.data(), int(lines.size()));
    }
}

void NetworkPainter::paintNodesSimple(QPainter &painter, const NetworkView &view) const
{
    // Filled squares without a pen take the raster engine's fast rectangle
    // path, unlike wide points, which are stroked one by one.
    const double side = std::max(2.0, 2.0 * view.zoom * BaseRadius);
    m_squares.clear();
    for (int node : std::as_const(m_nodes)) {
        if (!m_canvas.m_nodeVisible.at(node))
            continue;
        QRgb colour = m_canvas.m_nodeColours.at(node);
        if (m_canvas.isDimmed(node))
            colour = qRgba(qRed(colour), qGreen(colour), qBlue(colour), DimmedAlpha);
        const QPointF centre = view.mapFromLayout(m_canvas.m_positions.at(node));
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
        const QPointF centre = view.mapFromLayout(m_canvas.m_positions.at(node));
        const double radius = m_canvas.nodeRadius(node) * view.zoom;
        const LabelLayout &label = labelLayout(node, font);
        const QRectF box(
            centre.x() - label.width / 2.0, centre.y() + radius + 2, label.width, lineHeight);
        const bool overlaps
            = std::any_of(m_labelBoxes.cbegin(), m_labelBoxes.cend(), [&box](const QRectF &other) {
                  return other.intersects(box);
              });
        if (overlaps)
            continue;
        m_labelBoxes.append(box);
        painter.setPen(m_canvas.isDimmed(node) ? dimmed(text) : text);
        painter.drawStaticText(box.topLeft(), label.text);
    }
}

} // namespace CoopAtlas::Ui
