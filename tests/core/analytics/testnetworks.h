// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Small hand-made networks for the analytics tests.
#pragma once

#include <core/analytics/networksnapshot.h>

#include <QStringList>

namespace CoopAtlas::Core::TestNetworks {

/// Node ids "n00", "n01", ...: sorting by id keeps the creation order, so node
/// index i is the i-th node created.
inline QString nodeId(int index)
{
    return QStringLiteral("n%1").arg(index, 2, 10, QLatin1Char('0'));
}

inline NetworkNode organisation(int index,
                                const QString &kind = QStringLiteral("other"),
                                const QStringList &sectors = {},
                                const QString &stage = {})
{
    NetworkNode node;
    node.id = nodeId(index);
    node.kind = kind;
    node.sectors = sectors;
    node.stage = stage;
    node.label = QStringLiteral("Organisation %1").arg(index);
    return node;
}

/// Builds a snapshot of `nodeCount` organisations of kind "other" and the
/// undirected pairs `edges`, each of type "partners-with".
inline NetworkSnapshot graph(int nodeCount, const QList<std::pair<int, int>> &edges)
{
    QList<NetworkNode> nodes;
    for (int i = 0; i < nodeCount; ++i) {
        nodes.append(organisation(i));
    }
    QList<NetworkSnapshot::EdgeRecord> records;
    for (int e = 0; e < edges.size(); ++e) {
        records.append({QStringLiteral("e%1").arg(e, 3, 10, QLatin1Char('0')),
                        nodeId(edges.at(e).first),
                        nodeId(edges.at(e).second),
                        QStringLiteral("partners-with"),
                        {},
                        {}});
    }
    return NetworkSnapshot(nodes, records);
}

/// Star: node 0 in the middle, linked to nodes 1 to `leaves`.
inline NetworkSnapshot star(int leaves)
{
    QList<std::pair<int, int>> edges;
    for (int i = 1; i <= leaves; ++i) {
        edges.append({0, i});
    }
    return graph(leaves + 1, edges);
}

/// Path 0 - 1 - ... - (length - 1).
inline NetworkSnapshot path(int length)
{
    QList<std::pair<int, int>> edges;
    for (int i = 0; i + 1 < length; ++i) {
        edges.append({i, i + 1});
    }
    return graph(length, edges);
}

/// Two cliques of `size` nodes (0 .. size-1 and size .. 2*size-1) joined by
/// one bridge between node size-1 and node size.
inline NetworkSnapshot barbell(int size)
{
    QList<std::pair<int, int>> edges;
    for (int offset : {0, size}) {
        for (int a = 0; a < size; ++a) {
            for (int b = a + 1; b < size; ++b) {
                edges.append({offset + a, offset + b});
            }
        }
    }
    edges.append({size - 1, size});
    return graph(2 * size, edges);
}

} // namespace CoopAtlas::Core::TestNetworks
