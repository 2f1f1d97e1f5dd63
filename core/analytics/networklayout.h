// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analytics/networksnapshot.h>
#include <core/analytics/runcontrol.h>
#include <core/result.h>

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>

namespace CoopAtlas::Core {

struct LayoutOptions
{
    /// Fruchterman-Reingold iterations for a layout from scratch. A layout
    /// that starts from previous positions runs a quarter of them, at a lower
    /// start temperature, so that the picture moves little.
    int iterations = 300;
    /// Seed of igraph's random number generator: the same snapshot, options
    /// and seed give the same positions on every run.
    quint64 seed = 20261204;
    /// Nodes that stay exactly at these positions, by node id. Ids that are
    /// not in the snapshot are ignored.
    QHash<QString, QPointF> pinned;
    /// Positions of an earlier layout, by node id, used as the start; nodes
    /// without one start near their placed neighbours.
    QHash<QString, QPointF> previous;
};

/// Positions of the nodes, indexed like NetworkSnapshot::nodes(). The
/// coordinates are igraph's: about one unit between linked nodes, centred near
/// the origin for a layout from scratch. The view scales them. Pinned and
/// previous positions are read in the same coordinates.
struct NetworkLayout
{
    QList<QPointF> positions;
    int iterationsRun = 0;

    /// Positions by node id, for LayoutOptions::previous of the next run.
    [[nodiscard]] QHash<QString, QPointF> byId(const NetworkSnapshot &snapshot) const;
};

/// Computes a force-directed layout (igraph_layout_fruchterman_reingold, with
/// the grid variant above 1,000 nodes) on the calling thread; run it on a
/// worker thread. `control.cancel` is checked before every iteration and
/// `control.progress` gets the iterations done. Runs under the same
/// process-wide igraph lock as computeNetworkMetrics().
[[nodiscard]] Result<NetworkLayout> computeNetworkLayout(const NetworkSnapshot &snapshot,
                                                         const LayoutOptions &options = {},
                                                         const RunControl &control = {});

} // namespace CoopAtlas::Core
