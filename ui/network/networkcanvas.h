// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analytics/networkmetrics.h>
#include <core/analytics/networksnapshot.h>
#include <core/result.h>
#include <ui/network/networkimagecache.h>
#include <ui/network/networkpainter.h>
#include <ui/network/networkscene.h>
#include <ui/network/networkstyle.h>
#include <ui/network/spatialgrid.h>

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <optional>

namespace CoopAtlas::Ui {

/// Draws a network snapshot at given positions and handles zoom, pan, selection
/// and dragging.
///
/// One widget paints only the nodes and links inside the visible rectangle
/// each frame, found through a SpatialGrid, instead of one graphics item per
/// node. Zoomed out (nodes smaller than 3 pixels) it draws square points and
/// thin lines without antialiasing or labels, batched by colour and link type.
/// Worker threads draw the links, and the square points when zoomed out,
/// into tiles of the area around the view, which panning and zooming reuse
/// (see NetworkImageCache). Detailed nodes and labels are drawn over them in
/// every frame. While the user pans, zooms or
/// drags, frames are drafts without antialiasing or dashes. The full-quality
/// frame follows once SettleMs pass without a move and without a draft
/// frame. Filters by kind, sector, link type and date hide nodes and links
/// without moving the others.
class NetworkCanvas : public QWidget
{
    Q_OBJECT

public:
    enum class NodeStyle { Kind, Stage, Degree, Betweenness, Community };
    Q_ENUM(NodeStyle)

    explicit NetworkCanvas(QWidget *parent = nullptr);

    /// Shows `snapshot` with `positions` (indexed like its nodes, in layout units).
    void setNetwork(const Core::NetworkSnapshot &snapshot, const QList<QPointF> &positions);
    [[nodiscard]] const Core::NetworkSnapshot &snapshot() const { return m_snapshot; }
    [[nodiscard]] const QList<QPointF> &positions() const { return m_positions; }
    [[nodiscard]] const NetworkStyle &style() const { return m_style; }
    void setMetrics(const Core::NetworkMetrics &metrics);
    [[nodiscard]] const Core::NetworkMetrics &metrics() const { return m_metrics; }

    void setNodeStyle(NodeStyle style);
    [[nodiscard]] NodeStyle nodeStyle() const { return m_nodeStyle; }
    /// Colour and radius (in layout units) of node `node` in the current style.
    [[nodiscard]] QColor nodeColour(int node) const;
    [[nodiscard]] double nodeRadius(int node) const;

    /// Filters; an empty key shows everything. The kind "person" selects people.
    void setKindFilter(const QString &kind);
    void setSectorFilter(const QString &sector);
    void setLinkTypeFilter(const QString &type);
    /// Shows only the links active on `date` (NetworkEdge::isActiveOn), or all.
    void setActiveDate(std::optional<QDate> date);
    [[nodiscard]] std::optional<QDate> activeDate() const { return m_activeDate; }
    [[nodiscard]] bool isNodeVisible(int node) const;
    [[nodiscard]] bool isEdgeVisible(int edge) const;

    /// Selects a node (-1 clears): it and its neighbours through visible links
    /// are highlighted, the rest is dimmed.
    void selectNode(int node);
    [[nodiscard]] int selectedNode() const { return m_selected; }
    [[nodiscard]] bool isHighlighted(int node) const;
    [[nodiscard]] bool isDimmed(int node) const;
    /// Selects a node and centres the view on it.
    void focusNode(int node);

    /// Moves a node to `position` (layout units) and pins it there.
    void pinNode(int node, const QPointF &position);
    void setPinnedPositions(const QHash<QString, QPointF> &pinned);
    [[nodiscard]] QHash<QString, QPointF> pinnedPositions() const;
    [[nodiscard]] bool isPinned(int node) const;

    /// Pixels per layout unit.
    [[nodiscard]] double zoom() const { return m_zoom; }
    /// Centre, zoom and size of the picture that the widget shows.
    [[nodiscard]] NetworkView view() const;
    /// True from a pan, zoom or node drag until SettleMs pass without another
    /// one and without a painted frame.
    [[nodiscard]] bool isInteracting() const { return m_interacting; }
    /// Milliseconds without a pan, zoom, drag or painted frame after which the
    /// map is drawn in full quality again.
    static constexpr int SettleMs = 150;
    /// Zoom factor of one wheel step. The zoom shortcuts make two steps.
    static constexpr double WheelStep = 1.15;
    /// Counter increased on every change that alters the picture other than
    /// the view: data, style, metrics, filters, date, selection, positions and
    /// palette.
    [[nodiscard]] quint64 pictureVersion() const { return m_pictureVersion; }
    /// The cached tiles of the map, for diagnostics and tests.
    [[nodiscard]] const NetworkImageCache &imageCache() const { return m_imageCache; }
    /// Copy of the values that links and square points are drawn from, which
    /// a worker thread may read while the canvas changes.
    [[nodiscard]] NetworkScene scene() const;
    /// Multiplies the zoom by `factor`, keeping the point under `anchor` (widget
    /// coordinates) in place.
    void zoomBy(double factor, const QPointF &anchor);
    void zoomIn();
    void zoomOut();
    void fitToView();
    /// Moves the picture by `delta` pixels.
    void panBy(const QPointF &delta);
    [[nodiscard]] QPointF mapToLayout(const QPointF &widgetPoint) const;
    [[nodiscard]] QPointF mapFromLayout(const QPointF &layoutPoint) const;
    /// Visible node under `widgetPoint`, or -1.
    [[nodiscard]] int nodeAt(const QPointF &widgetPoint) const;
    /// Nodes whose positions are inside the widget, visible or filtered out.
    [[nodiscard]] QList<int> nodesInView(const QRectF &widgetRect) const;

    /// Saves the current view as a PNG or SVG file; the error names the file.
    [[nodiscard]] Core::Result<void> savePng(const QString &path) const;
    [[nodiscard]] Core::Result<void> saveSvg(const QString &path) const;

signals:
    void selectionChanged(int node);
    /// Double click on a node.
    void nodeActivated(int node);
    /// The user dropped a dragged node: it is pinned at `position`.
    void nodePinned(const QString &id, const QPointF &position);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    friend class NetworkPainter;
    void updateNeighbourhood();
    void updateDegreeMaximum();
    void updateVisibility();
    void updateNodeColours();
    /// Records a change of the picture and schedules a repaint.
    void invalidatePicture();
    /// Draws drafts until SettleMs pass without another call or painted frame.
    void startInteraction();
    void settle();
    [[nodiscard]] bool filterKeepsNode(int node) const;
    [[nodiscard]] bool filterKeepsEdge(int edge) const;

    Core::NetworkSnapshot m_snapshot;
    Core::NetworkMetrics m_metrics;
    QList<QPointF> m_positions;
    QList<int> m_degree; ///< links at each node, a self-link counting twice
    SpatialGrid m_grid;
    NetworkStyle m_style;
    NodeStyle m_nodeStyle = NodeStyle::Kind;
    double m_maxMetric = 1.0;
    QString m_kindFilter;
    QString m_sectorFilter;
    QString m_linkTypeFilter;
    std::optional<QDate> m_activeDate;
    int m_selected = -1;
    QSet<int> m_neighbourhood; ///< selected node and its neighbours
    QSet<int> m_pinned;
    // Per node and per edge values that every frame reads, updated when the
    // data, style or filters change.
    QList<QRgb> m_nodeColours;
    QList<bool> m_nodeVisible;
    QList<bool> m_edgeVisible;
    QList<qsizetype> m_edgeTypes; ///< index of each link type in m_style.linkTypes()
    NetworkPainter m_painter{*this};
    NetworkImageCache m_imageCache;
    QTimer m_settleTimer;
    quint64 m_pictureVersion = 0;
    bool m_interacting = false;
    QPointF m_centre; ///< layout point shown at the widget centre
    double m_zoom = 40.0;
    int m_dragNode = -1;
    bool m_panning = false;
    bool m_dragMoved = false;
    QPointF m_lastMouse;
};

} // namespace CoopAtlas::Ui
