// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analytics/networksnapshot.h>
#include <core/analytics/runcontrol.h>
#include <core/result.h>

#include <QList>
#include <QtGlobal>

#include <optional>

namespace CoopAtlas::Core {

enum class CommunityMethod {
    Louvain, ///< igraph_community_multilevel (modularity, resolution 1)
    Leiden   ///< igraph_community_leiden with the modularity objective
};

struct MetricsOptions
{
    /// Treats links as directed for betweenness and closeness. Communities,
    /// components and eigenvector centrality always use the undirected graph.
    bool directed = false;
    /// Number of brokers listed in NetworkMetrics::brokers.
    int brokerCount = 10;
    CommunityMethod communityMethod = CommunityMethod::Louvain;
    /// Seed of igraph's random number generator, so that the communities are
    /// the same from run to run for the same snapshot.
    quint64 seed = 20261204;
    /// When set, betweenness only counts shortest paths of at most this length
    /// (igraph_betweenness_cutoff), which bounds the time on large networks.
    std::optional<double> betweennessCutoff;
    /// Skips closeness, eigenvector centrality and communities (betweenness,
    /// degree and components are always computed).
    bool betweennessOnly = false;
};

/// A community (cluster) found by the community detection.
struct NetworkCluster
{
    int id = 0;         ///< community number, 0 for the largest
    QList<int> members; ///< node indexes, ascending
};

/// Metrics of every node of a snapshot, indexed like NetworkSnapshot::nodes().
struct NetworkMetrics
{
    QList<int> degree; ///< number of edges at the node (a self-link counts twice)
    /// Shortest paths through the node, igraph_betweenness unnormalised. For
    /// undirected graphs each unordered pair of ends counts once.
    QList<double> betweenness;
    /// Closeness from igraph_closeness, normalised: 1 / mean distance to the
    /// nodes the node can reach. 0 for a node without edges.
    QList<double> closeness;
    /// Eigenvector centrality scaled so that the largest is 1, or 0 for every
    /// node when the network has no edge.
    QList<double> eigenvector;
    QList<int> community; ///< NetworkCluster::id of each node, or -1 when not computed
    QList<int> component; ///< connected component, 0 for the largest
    int componentCount = 0;
    double modularity = 0.0; ///< of the community split, or 0 when not computed

    QList<NetworkCluster> clusters; ///< largest first, then by smallest member index
    /// Node indexes with the highest betweenness, at most
    /// MetricsOptions::brokerCount, highest first. Nodes with a betweenness of 0
    /// are never brokers. Ties are ordered by node index (that is, by id).
    QList<int> brokers;
    /// Isolated project holders, ascending node indexes: organisations of kind
    /// "project-holder" with no edge of type "supports" or "funds", in either
    /// direction, whose other end is an organisation of kind
    /// "support-organisation" or "funder". Only the edges of the snapshot count,
    /// so a date filter applies. Links to people and links of other types do
    /// not count as support.
    QList<int> isolatedProjectHolders;
};

/// Computes the metrics of `snapshot` through igraph.
///
/// Thread-safe: igraph 0.10 as packaged by Debian is built without thread
/// safety, so every igraph call of CoopAtlas runs under one process-wide lock,
/// and two analytics runs on two threads take turns. `control.cancel` is
/// checked by igraph's interruption handler inside the long loops (betweenness
/// per source node).
[[nodiscard]] Result<NetworkMetrics> computeNetworkMetrics(const NetworkSnapshot &snapshot,
                                                           const MetricsOptions &options = {},
                                                           const RunControl &control = {});

/// True when node `node` is an isolated project holder as NetworkMetrics
/// defines it.
[[nodiscard]] bool isIsolatedProjectHolder(const NetworkSnapshot &snapshot, int node);

} // namespace CoopAtlas::Core
