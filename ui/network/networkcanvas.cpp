// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkcanvas.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QtMath>

#include <algorithm>

namespace CoopAtlas::Ui {

namespace {

constexpr double MinZoom = 0.01;
constexpr double MaxZoom = 2000.0;
/// Node radius in layout units; metric styles scale it up to three times.
constexpr double BaseRadius = 0.18;
/// Pixels around a node that still count as a hit.
constexpr double HitSlack = 3.0;

} // namespace

NetworkCanvas::NetworkCanvas(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setMinimumSize(200, 150);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Network map"));
    m_settleTimer.setSingleShot(true);
    m_settleTimer.setInterval(SettleMs);
    connect(&m_settleTimer, &QTimer::timeout, this, &NetworkCanvas::settle);
    connect(&m_imageCache, &NetworkImageCache::pictureReady, this, [this] { update(); });
}

void NetworkCanvas::setNetwork(const Core::NetworkSnapshot &snapshot,
                               const QList<QPointF> &positions)
{
    Q_ASSERT(positions.size() == snapshot.nodeCount());
    m_snapshot = snapshot;
    m_positions = positions;
    m_metrics = {};
    m_style.assign(snapshot);
    m_edgeTypes.resize(snapshot.edgeCount());
    for (qsizetype edge = 0; edge < snapshot.edgeCount(); ++edge)
        m_edgeTypes[edge] = m_style.linkTypeIndex(snapshot.edges().at(edge).type);
    m_grid.build(positions);
    m_degree = QList<int>(snapshot.nodeCount(), 0);
    for (const Core::NetworkEdge &edge : snapshot.edges()) {
        ++m_degree[edge.from];
        ++m_degree[edge.to];
    }
    QSet<int> pinned;
    for (int node : std::as_const(m_pinned)) {
        if (node < positions.size())
            pinned.insert(node);
    }
    m_pinned = pinned;
    if (m_selected >= snapshot.nodeCount())
        m_selected = -1;
    updateVisibility();
    updateNeighbourhood();
    updateDegreeMaximum();
    updateNodeColours();
    m_painter.clearLabels();
    m_imageCache.clear();
    invalidatePicture();
}

void NetworkCanvas::setMetrics(const Core::NetworkMetrics &metrics)
{
    if (metrics.betweenness.size() != m_snapshot.nodeCount())
        return;
    m_metrics = metrics;
    updateDegreeMaximum();
    updateNodeColours();
    invalidatePicture();
}

void NetworkCanvas::setNodeStyle(NodeStyle style)
{
    m_nodeStyle = style;
    updateDegreeMaximum();
    updateNodeColours();
    invalidatePicture();
}

void NetworkCanvas::updateDegreeMaximum()
{
    m_maxMetric = 1.0;
    if (m_nodeStyle == NodeStyle::Degree) {
        for (int value : std::as_const(m_degree))
            m_maxMetric = std::max(m_maxMetric, double(value));
    } else if (m_nodeStyle == NodeStyle::Betweenness) {
        for (double value : std::as_const(m_metrics.betweenness))
            m_maxMetric = std::max(m_maxMetric, value);
    }
}

void NetworkCanvas::updateNodeColours()
{
    m_nodeColours.resize(m_snapshot.nodeCount());
    for (int node = 0; node < int(m_nodeColours.size()); ++node)
        m_nodeColours[node] = nodeColour(node).rgba();
}

QColor NetworkCanvas::nodeColour(int node) const
{
    const Core::NetworkNode &nodeData = m_snapshot.nodes().at(node);
    switch (m_nodeStyle) {
    case NodeStyle::Kind:
        return m_style.kindColour(nodeData);
    case NodeStyle::Stage:
        return m_style.stageColour(nodeData);
    case NodeStyle::Degree:
    case NodeStyle::Betweenness:
        return NetworkStyle::scaleColour((nodeRadius(node) / BaseRadius - 1.0) / 2.0);
    case NodeStyle::Community:
        if (node < m_metrics.community.size() && m_metrics.community.at(node) >= 0)
            return NetworkStyle::paletteColour(m_metrics.community.at(node));
        return QColor(Qt::gray);
    }
    return QColor(Qt::gray);
}

double NetworkCanvas::nodeRadius(int node) const
{
    double value = 0.0;
    if (m_nodeStyle == NodeStyle::Degree) {
        value = double(m_degree.value(node));
    } else if (m_nodeStyle == NodeStyle::Betweenness && node < m_metrics.betweenness.size()) {
        value = m_metrics.betweenness.at(node);
    } else {
        return m_snapshot.nodes().at(node).isOrganisation() ? BaseRadius : BaseRadius * 0.7;
    }
    // The area grows with the value: radius from 1x to 3x the base.
    return BaseRadius * (1.0 + 2.0 * qSqrt(std::clamp(value / m_maxMetric, 0.0, 1.0)));
}

void NetworkCanvas::setKindFilter(const QString &kind)
{
    m_kindFilter = kind;
    updateVisibility();
    updateNeighbourhood();
    invalidatePicture();
}

void NetworkCanvas::setSectorFilter(const QString &sector)
{
    m_sectorFilter = sector;
    updateVisibility();
    updateNeighbourhood();
    invalidatePicture();
}

void NetworkCanvas::setLinkTypeFilter(const QString &type)
{
    m_linkTypeFilter = type;
    updateVisibility();
    updateNeighbourhood();
    invalidatePicture();
}

void NetworkCanvas::setActiveDate(std::optional<QDate> date)
{
    m_activeDate = date;
    updateVisibility();
    updateNeighbourhood();
    invalidatePicture();
}

bool NetworkCanvas::isNodeVisible(int node) const
{
    return node >= 0 && node < m_nodeVisible.size() && m_nodeVisible.at(node);
}

bool NetworkCanvas::isEdgeVisible(int edge) const
{
    return edge >= 0 && edge < m_edgeVisible.size() && m_edgeVisible.at(edge);
}

void NetworkCanvas::updateVisibility()
{
    m_nodeVisible.resize(m_snapshot.nodeCount());
    for (int node = 0; node < int(m_nodeVisible.size()); ++node)
        m_nodeVisible[node] = filterKeepsNode(node);
    m_edgeVisible.resize(m_snapshot.edgeCount());
    for (int edge = 0; edge < int(m_edgeVisible.size()); ++edge)
        m_edgeVisible[edge] = filterKeepsEdge(edge);
}

bool NetworkCanvas::filterKeepsNode(int node) const
{
    const Core::NetworkNode &nodeData = m_snapshot.nodes().at(node);
    if (!m_kindFilter.isEmpty()) {
        const bool person = m_kindFilter == QLatin1String("person");
        if (person != !nodeData.isOrganisation() || (!person && nodeData.kind != m_kindFilter))
            return false;
    }
    return m_sectorFilter.isEmpty() || nodeData.sectors.contains(m_sectorFilter);
}

bool NetworkCanvas::filterKeepsEdge(int edge) const
{
    const Core::NetworkEdge &edgeData = m_snapshot.edges().at(edge);
    if (!m_linkTypeFilter.isEmpty() && edgeData.type != m_linkTypeFilter)
        return false;
    if (m_activeDate && !edgeData.isActiveOn(*m_activeDate))
        return false;
    return isNodeVisible(edgeData.from) && isNodeVisible(edgeData.to);
}

void NetworkCanvas::selectNode(int node)
{
    if (node < -1 || node >= m_snapshot.nodeCount())
        node = -1;
    m_selected = node;
    updateNeighbourhood();
    invalidatePicture();
    emit selectionChanged(node);
}

void NetworkCanvas::updateNeighbourhood()
{
    m_neighbourhood.clear();
    if (m_selected < 0)
        return;
    m_neighbourhood.insert(m_selected);
    const QList<int> edges = m_snapshot.edgesOf(m_selected);
    for (int edge : edges) {
        if (!isEdgeVisible(edge))
            continue;
        const Core::NetworkEdge &edgeData = m_snapshot.edges().at(edge);
        m_neighbourhood.insert(edgeData.from == m_selected ? edgeData.to : edgeData.from);
    }
}

bool NetworkCanvas::isHighlighted(int node) const
{
    return m_neighbourhood.contains(node);
}

bool NetworkCanvas::isDimmed(int node) const
{
    return m_selected >= 0 && !m_neighbourhood.contains(node);
}

void NetworkCanvas::focusNode(int node)
{
    if (node < 0 || node >= m_positions.size())
        return;
    m_centre = m_positions.at(node);
    m_zoom = std::max(m_zoom, 60.0);
    selectNode(node);
}

void NetworkCanvas::pinNode(int node, const QPointF &position)
{
    if (node < 0 || node >= m_positions.size())
        return;
    m_positions[node] = position;
    m_grid.move(node, position);
    m_pinned.insert(node);
    invalidatePicture();
}

void NetworkCanvas::setPinnedPositions(const QHash<QString, QPointF> &pinned)
{
    m_pinned.clear();
    for (auto it = pinned.cbegin(); it != pinned.cend(); ++it) {
        const int node = m_snapshot.indexOf(it.key());
        if (node >= 0)
            m_pinned.insert(node);
    }
    invalidatePicture();
}

QHash<QString, QPointF> NetworkCanvas::pinnedPositions() const
{
    QHash<QString, QPointF> pinned;
    for (int node : std::as_const(m_pinned))
        pinned.insert(m_snapshot.nodes().at(node).id, m_positions.at(node));
    return pinned;
}

bool NetworkCanvas::isPinned(int node) const
{
    return m_pinned.contains(node);
}

void NetworkCanvas::zoomBy(double factor, const QPointF &anchor)
{
    const QPointF before = mapToLayout(anchor);
    m_zoom = std::clamp(m_zoom * factor, MinZoom, MaxZoom);
    // Keep the layout point under the anchor where it was.
    m_centre += before - mapToLayout(anchor);
    startInteraction();
    update();
}

void NetworkCanvas::zoomIn()
{
    zoomBy(WheelStep * WheelStep, rect().center());
}

void NetworkCanvas::zoomOut()
{
    zoomBy(1.0 / (WheelStep * WheelStep), rect().center());
}

void NetworkCanvas::fitToView()
{
    double left = 0.0;
    double top = 0.0;
    double right = 0.0;
    double bottom = 0.0;
    for (qsizetype i = 0; i < m_positions.size(); ++i) {
        const QPointF &point = m_positions.at(i);
        left = i == 0 ? point.x() : std::min(left, point.x());
        right = i == 0 ? point.x() : std::max(right, point.x());
        top = i == 0 ? point.y() : std::min(top, point.y());
        bottom = i == 0 ? point.y() : std::max(bottom, point.y());
    }
    // One layout unit of margin keeps the outer nodes and their labels inside.
    const QRectF bounds = QRectF(QPointF(left, top), QPointF(right, bottom)).adjusted(-1, -1, 1, 1);
    m_centre = bounds.center();
    const double fit = std::min(width() / bounds.width(), height() / bounds.height());
    m_zoom = std::clamp(fit * 0.95, MinZoom, MaxZoom);
    update();
}

void NetworkCanvas::panBy(const QPointF &delta)
{
    m_centre -= delta / m_zoom;
    startInteraction();
    update();
}

NetworkView NetworkCanvas::view() const
{
    return NetworkView{m_centre, m_zoom, QSizeF(size())};
}

NetworkScene NetworkCanvas::scene() const
{
    NetworkScene scene;
    scene.positions = m_positions;
    scene.edges = m_snapshot.edges();
    scene.nodeColours = m_nodeColours;
    scene.nodeVisible = m_nodeVisible;
    scene.edgeVisible = m_edgeVisible;
    scene.edgeTypes = m_edgeTypes;
    scene.style = m_style;
    scene.selected = m_selected;
    scene.neighbourhood = m_neighbourhood;
    scene.background = palette().base();
    return scene;
}

void NetworkCanvas::invalidatePicture()
{
    ++m_pictureVersion;
    update();
}

void NetworkCanvas::startInteraction()
{
    m_interacting = true;
    m_settleTimer.start();
}

void NetworkCanvas::settle()
{
    m_interacting = false;
    update();
}

QPointF NetworkCanvas::mapToLayout(const QPointF &widgetPoint) const
{
    return view().mapToLayout(widgetPoint);
}

QPointF NetworkCanvas::mapFromLayout(const QPointF &layoutPoint) const
{
    return view().mapFromLayout(layoutPoint);
}

QList<int> NetworkCanvas::nodesInView(const QRectF &widgetRect) const
{
    const QRectF area(mapToLayout(widgetRect.topLeft()), mapToLayout(widgetRect.bottomRight()));
    return m_grid.pointsIn(area.normalized());
}

int NetworkCanvas::nodeAt(const QPointF &widgetPoint) const
{
    // Largest radius in any style is three times the base.
    const double radius = 3.0 * BaseRadius + HitSlack / m_zoom;
    const QPointF point = mapToLayout(widgetPoint);
    const QRectF area(point - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius));
    int best = -1;
    double bestDistance = 0.0;
    for (int node : m_grid.pointsIn(area)) {
        if (!isNodeVisible(node))
            continue;
        const double distance = QLineF(point, m_positions.at(node)).length();
        if (distance > nodeRadius(node) + HitSlack / m_zoom)
            continue;
        if (best < 0 || distance < bestDistance) {
            best = node;
            bestDistance = distance;
        }
    }
    return best;
}

Core::Result<void> NetworkCanvas::savePng(const QString &path) const
{
    QImage image(size() * devicePixelRatioF(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatioF());
    {
        QPainter painter(&image);
        m_painter.paint(painter, view());
    }
    if (!image.save(path, "PNG")) {
        return Core::Error{tr("The PNG image could not be written. Check that the folder exists "
                              "and that you may write to it."),
                           QDir::toNativeSeparators(path)};
    }
    return {};
}

Core::Result<void> NetworkCanvas::saveSvg(const QString &path) const
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size());
    generator.setViewBox(rect());
    generator.setTitle(tr("Network map"));
    {
        QPainter painter;
        if (!painter.begin(&generator)) {
            return Core::Error{tr("The SVG file could not be written. Check that the folder "
                                  "exists and that you may write to it."),
                               QDir::toNativeSeparators(path)};
        }
        m_painter.paint(painter, view());
    }
    if (QFileInfo(path).size() == 0) {
        return Core::Error{tr("The SVG file is empty after writing. Check the free disk space."),
                           QDir::toNativeSeparators(path)};
    }
    return {};
}

void NetworkCanvas::changeEvent(QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::PaletteChange || type == QEvent::FontChange || type == QEvent::StyleChange)
        invalidatePicture();
    QWidget::changeEvent(event);
}

void NetworkCanvas::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    const NetworkView current = view();
    // A dragged node changes the picture at every move, so it is drawn directly.
    const bool draggingNode = m_dragNode >= 0 && m_dragMoved;
    if (draggingNode || !m_imageCache.paint(painter, *this, m_painter, current)) {
        m_painter.paint(painter,
                        current,
                        m_interacting ? NetworkPainter::Quality::Draft
                                      : NetworkPainter::Quality::Full);
    }
    // The pause before the full-quality frame also counts from the end of each
    // draft frame. Otherwise a draft slower than SettleMs would be followed at
    // once by a full-quality frame while the user is still moving.
    if (m_interacting)
        m_settleTimer.start();
}

} // namespace CoopAtlas::Ui
