// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QHash>
#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QRgb>
#include <QSizeF>
#include <QStaticText>

#include <utility>
#include <vector>

class QPainter;

namespace CoopAtlas::Ui {

class NetworkCanvas;

/// The part of the layout that one picture shows.
struct NetworkView
{
    QPointF centre;    ///< layout point at the centre of the picture
    double zoom = 1.0; ///< pixels per layout unit
    QSizeF size;       ///< picture size in logical pixels

    [[nodiscard]] QPointF mapFromLayout(const QPointF &layoutPoint) const
    {
        return QPointF(size.width() / 2.0, size.height() / 2.0) + (layoutPoint - centre) * zoom;
    }
    [[nodiscard]] QPointF mapToLayout(const QPointF &picturePoint) const
    {
        return centre + (picturePoint - QPointF(size.width() / 2.0, size.height() / 2.0)) / zoom;
    }
};

/// Paints a view of a NetworkCanvas: links, then nodes, then labels, with the
/// level of detail that the zoom allows. Used by the widget, by its cached
/// picture of the whole layout and by the PNG and SVG export.
///
/// The painter keeps its work buffers and the laid-out labels between frames,
/// so one instance lives as long as its canvas.
class NetworkPainter
{
public:
    /// Draft frames are drawn while the user pans, zooms or drags: without
    /// antialiasing and with solid lines in place of dashes.
    enum class Quality { Full, Draft };

    explicit NetworkPainter(const NetworkCanvas &canvas)
        : m_canvas(canvas)
    {}

    void paint(QPainter &painter, const NetworkView &view, Quality quality = Quality::Full) const;
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

private:
    /// A label elided to the maximum label width, laid out once.
    struct LabelLayout
    {
        QStaticText text;
        double width = 0.0;
    };

    void paintEdges(QPainter &painter, const NetworkView &view, Quality quality) const;
    void paintNodesSimple(QPainter &painter, const NetworkView &view) const;
    void paintNodesDetailed(QPainter &painter, const NetworkView &view) const;
    void paintLabels(QPainter &painter, const NetworkView &view) const;
    const LabelLayout &labelLayout(int node, const QFont &font) const;

    const NetworkCanvas &m_canvas;
    // Buffers reused from frame to frame, so that a frame allocates nothing
    // once the first frames have grown them.
    mutable QList<int> m_nodes;                       ///< nodes inside the view
    mutable std::vector<std::vector<QLineF>> m_lines; ///< lines per pen
    mutable std::vector<std::pair<QRgb, QRectF>> m_squares;
    mutable std::vector<QRectF> m_rects;
    mutable QList<int> m_labelOrder;
    mutable QList<QRectF> m_labelBoxes;
    mutable QHash<int, LabelLayout> m_labels; ///< laid-out labels by node
    mutable QFont m_labelFont;                ///< font of m_labels
};

} // namespace CoopAtlas::Ui
