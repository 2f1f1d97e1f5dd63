// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRect>

class QPainter;

namespace CoopAtlas::Ui {

class NetworkCanvas;

/// Paints the visible part of a NetworkCanvas: links, then nodes, then labels,
/// with the level of detail that the zoom allows. Used by the widget and by the
/// PNG and SVG export.
class NetworkPainter
{
public:
    explicit NetworkPainter(const NetworkCanvas &canvas)
        : m_canvas(canvas)
    {}

    void paint(QPainter &painter, const QRect &viewport) const;

    /// Nodes drawn smaller than this many pixels are drawn as square points,
    /// without antialiasing, outlines or labels.
    static constexpr double DetailRadiusPixels = 3.0;
    /// Labels are drawn from this node radius in pixels, when at most
    /// MaxLabels nodes are visible.
    static constexpr double LabelRadiusPixels = 5.0;
    static constexpr int MaxLabels = 400;

private:
    void paintEdges(QPainter &painter, const QList<int> &nodes, bool detailed) const;
    void paintNodesSimple(QPainter &painter, const QList<int> &nodes) const;
    void paintNodesDetailed(QPainter &painter, const QList<int> &nodes) const;
    void paintLabels(QPainter &painter, const QList<int> &nodes) const;

    const NetworkCanvas &m_canvas;
};

} // namespace CoopAtlas::Ui
