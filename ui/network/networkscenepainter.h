// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineF>
#include <QList>
#include <QRectF>
#include <QRgb>

#include <atomic>
#include <utility>
#include <vector>

class QPainter;

namespace CoopAtlas::Ui {

struct NetworkScene;
struct NetworkView;

/// Paints the links and the square points of a NetworkScene in batches: one
/// drawLines() call per pen and one drawRects() call per colour. It reads
/// nothing but its arguments, so the widget and a worker thread drawing the
/// cached picture each use their own instance and get the same pixels.
///
/// The instance keeps its work buffers between frames, so that a frame
/// allocates nothing once the first frames have grown them.
class NetworkScenePainter
{
public:
    /// Line styles of the links: when false, dashed link types are drawn as
    /// solid lines, which is faster and looks the same on short lines.
    struct LineStyles
    {
        bool dashedLinks = false;
        bool dashedHighlights = false;
    };

    /// Draws the visible links of `scene` inside `view`. Links that touch the
    /// selected node are drawn last, twice as wide and opaque; the others are
    /// dimmed while a node is selected. Returns false, leaving the picture
    /// unfinished, when `cancel` is set before the last batch. When `edges`
    /// is given, only those links are drawn, in increasing order of index.
    /// When `area` is given, only the links that cross that rectangle of the
    /// view's pixels are drawn; otherwise those that cross the view.
    bool paintEdges(QPainter &painter,
                    const NetworkScene &scene,
                    const NetworkView &view,
                    LineStyles styles,
                    const std::atomic_bool *cancel = nullptr,
                    const std::vector<int> *edges = nullptr,
                    const QRectF *area = nullptr) const;
    /// Draws each visible node of `nodes` as a filled square without outline,
    /// two pixels wide at least.
    void paintSquares(QPainter &painter,
                      const NetworkScene &scene,
                      const NetworkView &view,
                      const QList<int> &nodes) const;

    /// Alpha of nodes and links outside the selected neighbourhood.
    static constexpr int DimmedAlpha = 40;

private:
    void sortEdges(const NetworkScene &scene,
                   const NetworkView &view,
                   const std::vector<int> *edges,
                   const QRectF &area) const;
    void addEdge(const NetworkScene &scene,
                 const NetworkView &view,
                 const QRectF &visible,
                 int edge) const;

    mutable std::vector<std::vector<QLineF>> m_lines; ///< lines per pen
    mutable std::vector<std::pair<QRgb, QRectF>> m_squares;
    mutable std::vector<QRectF> m_rects;
};

} // namespace CoopAtlas::Ui
