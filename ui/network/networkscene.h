// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analytics/networksnapshot.h>
#include <ui/network/networkstyle.h>

#include <QBrush>
#include <QList>
#include <QPointF>
#include <QRgb>
#include <QSet>

namespace CoopAtlas::Ui {

/// Copy of the values that the links and the square points of a frame read,
/// taken from a NetworkCanvas. The lists are implicitly shared, so a copy
/// costs a few reference counts, and a worker thread can paint from it while
/// the canvas changes its own lists.
struct NetworkScene
{
    QList<QPointF> positions; ///< per node, in layout units
    QList<Core::NetworkEdge> edges;
    QList<QRgb> nodeColours;
    QList<bool> nodeVisible;
    QList<bool> edgeVisible;
    QList<qsizetype> edgeTypes; ///< index of each link type in style.linkTypes()
    NetworkStyle style;
    int selected = -1;
    QSet<int> neighbourhood; ///< selected node and its neighbours
    QBrush background;

    /// True when a node is selected and `node` is not in its neighbourhood.
    [[nodiscard]] bool isDimmed(int node) const
    {
        return selected >= 0 && !neighbourhood.contains(node);
    }
};

} // namespace CoopAtlas::Ui
