// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ui/network/networkscenepainter.h>
#include <ui/network/networkview.h>

#include <QFont>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QStaticText>

class QPainter;

namespace CoopAtlas::Ui {

class NetworkCanvas;

/// Paints a view of a NetworkCanvas: links, then nodes, then labels, with the
/// level of detail that the zoom allows. Used by the widget and by the PNG
/// and SVG export. Links and square points go through a NetworkScenePainter,
/// which also draws the cached tiles of the map.
///
/// The painter keeps its work buffers and the laid-out labels between frames,
/// so one instance lives as long as its canvas.
class NetworkPainter
{
public:
    /// Draft frames are drawn while the user pans, zooms or drags: without
    /// antialiasing and with solid lines in place of dashes. NodesOnly frames
    /// are drafts without links, shown while worker threads draw the tiles
    /// of the links (see NetworkImageCache).
    enum class Quality { Full, Draft, NodesOnly };

    explicit NetworkPainter(const NetworkCanvas &canvas)
        : m_canvas(canvas)
    {}

    void paint(QPainter &painter, const NetworkView &view, Quality quality = Quality::Full) const;
    /// Draws the nodes and labels of `view` over what `painter` already
    /// shows, without the background and the links.
    void paintNodes(QPainter &painter, const NetworkView &view, Quality quality) const;
    /// Line styles of the links in `view` at `quality`: dashes in full
    /// quality only, and for other links than the highlighted ones only when
    /// the view is detailed.
    [[nodiscard]] static NetworkScenePainter::LineStyles lineStyles(const NetworkView &view,
                                                                    Quality quality);
    /// Forgets the laid-out labels, after the node labels changed.
    void clearLabels() const;

    /// True when `view` draws nodes with outlines and shapes; false when it
    /// draws them as square points without labels.
    [[nodiscard]] static bool isDetailed(const NetworkView &view);

    /// Nodes drawn smaller than this many pixels are drawn as square points,
    /// without antialiasing, outlines or labels.
    static constexpr double DetailRadiusPixels = 3.0;
    /// Labels are drawn from this node radius in pixels, when at most
    /// MaxLabels nodes are visible.
    static constexpr double LabelRadiusPixels = 5.0;
    static constexpr int MaxLabels = 400;
    /// Minimum gap in pixels between a label and its node's outline. Larger
    /// nodes get a gap of a quarter of their radius.
    static constexpr double LabelGapPixels = 3.0;
    /// Node radius in layout units before a metric style scales it.
    static constexpr double BaseRadius = 0.18;

private:
    /// A label elided to the maximum label width, laid out once.
    struct LabelLayout
    {
        QStaticText text;
        double width = 0.0;
    };

    void paintNodesDetailed(QPainter &painter, const NetworkView &view) const;
    void paintLabels(QPainter &painter, const NetworkView &view) const;
    /// Box of the label of `node`: below, right of, left of or above the
    /// node, or at one of its corners. Takes the first place that overlaps
    /// neither a drawn label nor another node, else the place that covers
    /// the least of other nodes. Returns a null box when every place overlaps
    /// a drawn label.
    [[nodiscard]] QRectF
    placeLabel(const NetworkView &view, int node, double width, double height) const;
    /// Square pixels of `box` that cover visible nodes other than `own`,
    /// measured on their bounding squares; 0 when it overlaps none.
    [[nodiscard]] double nodeOverlap(const NetworkView &view, const QRectF &box, int own) const;
    const LabelLayout &labelLayout(int node, const QFont &font) const;

    const NetworkCanvas &m_canvas;
    // Buffers reused from frame to frame, so that a frame allocates nothing
    // once the first frames have grown them.
    NetworkScenePainter m_scenePainter;
    mutable QList<int> m_nodes; ///< nodes inside the view
    mutable QList<int> m_labelOrder;
    mutable QList<QRectF> m_labelBoxes;
    mutable QList<int> m_nearby;              ///< nodes near a label box
    mutable QHash<int, LabelLayout> m_labels; ///< laid-out labels by node
    mutable QFont m_labelFont;                ///< font of m_labels
};

} // namespace CoopAtlas::Ui
