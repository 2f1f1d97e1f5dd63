// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkpainter.h"

#include <ui/network/networkcanvas.h>
#include <ui/network/networkscene.h>

#include <QFontMetrics>
#include <QPainter>

#include <algorithm>
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
