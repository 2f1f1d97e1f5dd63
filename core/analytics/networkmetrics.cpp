// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkmetrics.h"

#include <core/analytics/analyticslogging.h>
#include <core/analytics/igraphsession.h>

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace CoopAtlas::Core {

namespace {

/// Renumbers group ids so that 0 is the largest group, and a tie goes to the
/// group with the smallest member index. Returns the groups with their members.
QList<NetworkCluster> renumberGroups(QList<int> &membership)
{
    QHash<int, NetworkCluster> groups;
    for (int node = 0; node < membership.size(); ++node) {
        NetworkCluster &group = groups[membership.at(node)];
        group.members.append(node);
    }
    QList<NetworkCluster> ordered = groups.values();
    std::sort(ordered.begin(), ordered.end(), [](const NetworkCluster &a, const NetworkCluster &b) {
        if (a.members.size() != b.members.size()) {
            return a.members.size() > b.members.size();
        }
        return a.members.constFirst() < b.members.constFirst();
    });
    for (int id = 0; id < ordered.size(); ++id) {
        ordered[id].id = id;
        for (const int node : std::as_const(ordered.at(id).members)) {
            membership[node] = id;
        }
    }
    return ordered;
}

QList<int> topBrokers(const QList<double> &betweenness, int count)
{
    QList<int> order(betweenness.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return betweenness.at(a) > betweenness.at(b);
    });
    QList<int> brokers;
    for (const int node : std::as_const(order)) {
        if (brokers.size() >= count || betweenness.at(node) <= 0.0) {
            break;
        }
        brokers.append(node);
    }
    return brokers;
}

Result<void> computeBetweenness(IgraphSession &session,
                                const IgraphGraph &graph,
                                const MetricsOptions &options,
                                NetworkMetrics &metrics)
{
    IgraphVector values;
    const igraph_error_t code
        = options.betweennessCutoff
              ? igraph_betweenness_cutoff(graph.get(),
                                          values.get(),
                                          igraph_vss_all(),
                                          options.directed,
                                          nullptr,
                                          *options.betweennessCutoff)
              : igraph_betweenness(
                  graph.get(), values.get(), igraph_vss_all(), options.directed, nullptr);
    if (auto checked = session.check(code, QStringLiteral("igraph_betweenness")); !checked) {
        return checked;
    }
    metrics.betweenness = values.toList();
    return {};
}

Result<void> computeCloseness(IgraphSession &session,
                              const IgraphGraph &graph,
                              const MetricsOptions &options,
                              NetworkMetrics &metrics)
{
    IgraphVector values;
    const igraph_error_t code = igraph_closeness(graph.get(),
                                                 values.get(),
                                                 nullptr,
                                                 nullptr,
                                                 igraph_vss_all(),
                                                 options.directed ? IGRAPH_OUT : IGRAPH_ALL,
                                                 nullptr,
                                                 true);
    if (auto checked = session.check(code, QStringLiteral("igraph_closeness")); !checked) {
        return checked;
    }
    metrics.closeness = values.toList();
    // igraph gives NaN to a node that reaches no other node.
    for (double &value : metrics.closeness) {
        if (std::isnan(value)) {
            value = 0.0;
        }
    }
    return {};
}

Result<void> computeEigenvector(IgraphSession &session,
                                const IgraphGraph &undirected,
                                qsizetype edgeCount,
                                NetworkMetrics &metrics)
{
    if (edgeCount == 0) {
        metrics.eigenvector = QList<double>(metrics.degree.size(), 0.0);
        return {};
    }
    IgraphVector values;
    igraph_real_t eigenvalue = 0;
    const igraph_error_t code = igraph_eigenvector_centrality(
        undirected.get(), values.get(), &eigenvalue, false, true, nullptr, nullptr);
    if (auto checked = session.check(code, QStringLiteral("igraph_eigenvector_centrality"));
        !checked) {
        return checked;
    }
    metrics.eigenvector = values.toList();
    return {};
}

Result<void> computeCommunities(IgraphSession &session,
                                const IgraphGraph &undirected,
                                const MetricsOptions &options,
                                NetworkMetrics &metrics)
{
    IgraphIntVector membership;
    igraph_error_t code = IGRAPH_SUCCESS;
    if (options.communityMethod == CommunityMethod::Leiden && !metrics.degree.isEmpty()) {
        // Modularity as Leiden's quality: node weights are the degrees and the
        // resolution is 1 / (2m), as igraph's documentation gives it.
        IgraphVector nodeWeights(igraph_integer_t(metrics.degree.size()));
        double twiceEdges = 0;
        for (int i = 0; i < metrics.degree.size(); ++i) {
            VECTOR(*nodeWeights.get())[i] = metrics.degree.at(i);
            twiceEdges += metrics.degree.at(i);
        }
        igraph_integer_t clusters = 0;
        code = igraph_community_leiden(undirected.get(),
                                       nullptr,
                                       nodeWeights.get(),
                                       twiceEdges > 0 ? 1.0 / twiceEdges : 1.0,
                                       0.01,
                                       false,
                                       -1,
                                       membership.get(),
                                       &clusters,
                                       nullptr);
    } else {
        code = igraph_community_multilevel(
            undirected.get(), nullptr, 1.0, membership.get(), nullptr, nullptr);
    }
    if (auto checked = session.check(code, QStringLiteral("community detection")); !checked) {
        return checked;
    }
    metrics.community = membership.toList();
    metrics.clusters = renumberGroups(metrics.community);
    igraph_real_t modularity = 0;
    code = igraph_modularity(undirected.get(), membership.get(), nullptr, 1.0, false, &modularity);
    if (auto checked = session.check(code, QStringLiteral("igraph_modularity")); !checked) {
        return checked;
    }
    metrics.modularity = std::isnan(modularity) ? 0.0 : modularity;
    return {};
}

Result<void>
computeComponents(IgraphSession &session, const IgraphGraph &undirected, NetworkMetrics &metrics)
{
    IgraphIntVector membership;
    igraph_integer_t count = 0;
    const igraph_error_t code = igraph_connected_components(
        undirected.get(), membership.get(), nullptr, &count, IGRAPH_WEAK);
    if (auto checked = session.check(code, QStringLiteral("igraph_connected_components"));
        !checked) {
        return checked;
    }
    metrics.component = membership.toList();
    metrics.componentCount = int(count);
    renumberGroups(metrics.component);
    return {};
}

QList<int> degrees(const NetworkSnapshot &snapshot)
{
    QList<int> degree(snapshot.nodeCount(), 0);
    for (const NetworkEdge &edge : snapshot.edges()) {
        ++degree[edge.from];
        ++degree[edge.to];
    }
    return degree;
}

Result<void> runPhases(IgraphSession &session,
                       const NetworkSnapshot &snapshot,
                       const MetricsOptions &options,
                       NetworkMetrics &metrics)
{
    IgraphGraph undirected;
    if (auto built = undirected.build(session, snapshot, false); !built) {
        return built;
    }
    IgraphGraph directed;
    if (options.directed) {
        if (auto built = directed.build(session, snapshot, true); !built) {
            return built;
        }
    }
    const IgraphGraph &paths = options.directed ? directed : undirected;
    const int phases = options.betweennessOnly ? 1 : 4;
    session.beginPhase(0, phases);
    if (auto done = computeBetweenness(session, paths, options, metrics); !done) {
        return done;
    }
    if (auto done = computeComponents(session, undirected, metrics); !done) {
        return done;
    }
    if (options.betweennessOnly) {
        return {};
    }
    session.beginPhase(1, phases);
    if (auto done = computeCloseness(session, paths, options, metrics); !done) {
        return done;
    }
    session.beginPhase(2, phases);
    if (auto done = computeEigenvector(session, undirected, snapshot.edgeCount(), metrics); !done) {
        return done;
    }
    session.beginPhase(3, phases);
    return computeCommunities(session, undirected, options, metrics);
}

} // namespace

bool isIsolatedProjectHolder(const NetworkSnapshot &snapshot, int node)
{
    if (node < 0 || node >= snapshot.nodeCount()
        || !snapshot.nodes().at(node).isOfKind(NetworkTerms::ProjectHolder)) {
        return false;
    }
    const QList<int> edges = snapshot.edgesOf(node);
    return std::none_of(edges.cbegin(), edges.cend(), [&](int e) {
        const NetworkEdge &edge = snapshot.edges().at(e);
        if (edge.type != QLatin1String(NetworkTerms::Supports)
            && edge.type != QLatin1String(NetworkTerms::Funds)) {
            return false;
        }
        const NetworkNode &other = snapshot.nodes().at(edge.from == node ? edge.to : edge.from);
        return other.isOfKind(NetworkTerms::SupportOrganisation)
               || other.isOfKind(NetworkTerms::Funder);
    });
}

Result<NetworkMetrics> computeNetworkMetrics(const NetworkSnapshot &snapshot,
                                             const MetricsOptions &options,
                                             const RunControl &control)
{
    qCInfo(lcAnalytics) << "Computing the metrics of" << snapshot.nodeCount() << "nodes and"
                        << snapshot.edgeCount() << "edges";
    QElapsedTimer timer;
    timer.start();
    NetworkMetrics metrics;
    metrics.degree = degrees(snapshot);
    metrics.community = QList<int>(snapshot.nodeCount(), -1);
    {
        IgraphSession session(control);
        if (session.isCancelled()) {
            return IgraphSession::cancelledError();
        }
        session.seed(options.seed);
        if (auto done = runPhases(session, snapshot, options, metrics); !done) {
            if (!control.isCancelled()) {
                qCWarning(lcAnalytics) << "Network metrics failed:" << done.error().text();
            }
            return done.error();
        }
    }
    if (options.betweennessOnly) {
        metrics.closeness = QList<double>(snapshot.nodeCount(), 0.0);
        metrics.eigenvector = QList<double>(snapshot.nodeCount(), 0.0);
    }
    metrics.brokers = topBrokers(metrics.betweenness, options.brokerCount);
    for (int node = 0; node < snapshot.nodeCount(); ++node) {
        if (isIsolatedProjectHolder(snapshot, node)) {
            metrics.isolatedProjectHolders.append(node);
        }
    }
    control.report(100, 100);
    qCInfo(lcAnalytics) << "Metrics computed in" << timer.elapsed() << "ms";
    return metrics;
}

} // namespace CoopAtlas::Core
