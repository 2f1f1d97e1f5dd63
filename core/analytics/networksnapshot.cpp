// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networksnapshot.h"

#include <algorithm>

namespace CoopAtlas::Core {

bool NetworkEdge::isActiveOn(const QDate &date) const
{
    const bool started = !start.isValid() || start <= date;
    const bool notEnded = !end.isValid() || end >= date;
    return started && notEnded;
}

NetworkSnapshot::NetworkSnapshot(QList<NetworkNode> nodes, const QList<EdgeRecord> &edges)
    : m_nodes(std::move(nodes))
{
    std::sort(m_nodes.begin(), m_nodes.end(), [](const NetworkNode &a, const NetworkNode &b) {
        return a.id < b.id;
    });
    m_index.reserve(m_nodes.size());
    for (int i = 0; i < m_nodes.size(); ++i) {
        m_index.insert(m_nodes.at(i).id, i);
    }
    QList<const EdgeRecord *> sorted;
    sorted.reserve(edges.size());
    for (const EdgeRecord &edge : edges) {
        sorted.append(&edge);
    }
    std::sort(sorted.begin(), sorted.end(), [](const EdgeRecord *a, const EdgeRecord *b) {
        return a->id < b->id;
    });
    m_edges.reserve(sorted.size());
    for (const EdgeRecord *edge : std::as_const(sorted)) {
        const int from = indexOf(edge->fromId);
        const int to = indexOf(edge->toId);
        if (from < 0 || to < 0) {
            continue;
        }
        m_edges.append({edge->id, from, to, edge->type, edge->start, edge->end});
    }
    buildIndexes();
}

void NetworkSnapshot::buildIndexes()
{
    const qsizetype nodeCount = m_nodes.size();
    m_incidenceStart = QList<int>(nodeCount + 1, 0);
    for (const NetworkEdge &edge : std::as_const(m_edges)) {
        ++m_incidenceStart[edge.from + 1];
        if (edge.to != edge.from) {
            ++m_incidenceStart[edge.to + 1];
        }
    }
    for (qsizetype i = 0; i < nodeCount; ++i) {
        m_incidenceStart[i + 1] += m_incidenceStart[i];
    }
    m_incidence = QList<int>(m_incidenceStart.constLast(), 0);
    QList<int> next(m_incidenceStart.begin(), m_incidenceStart.end() - 1);
    for (int e = 0; e < m_edges.size(); ++e) {
        const NetworkEdge &edge = m_edges.at(e);
        m_incidence[next[edge.from]++] = e;
        if (edge.to != edge.from) {
            m_incidence[next[edge.to]++] = e;
        }
    }
}

QList<int> NetworkSnapshot::edgesOf(int node) const
{
    if (node < 0 || node >= m_nodes.size()) {
        return {};
    }
    return m_incidence.mid(m_incidenceStart.at(node),
                           m_incidenceStart.at(node + 1) - m_incidenceStart.at(node));
}

namespace {

bool keepsNode(const NetworkNode &node, const NetworkFilter &filter)
{
    if (!node.isOrganisation()) {
        return filter.includePeople;
    }
    if (!filter.includeOrganisations) {
        return false;
    }
    if (!filter.organisationKinds.isEmpty() && !filter.organisationKinds.contains(node.kind)) {
        return false;
    }
    if (filter.sectors.isEmpty()) {
        return true;
    }
    return std::any_of(node.sectors.cbegin(), node.sectors.cend(), [&](const QString &sector) {
        return filter.sectors.contains(sector);
    });
}

bool keepsEdge(const NetworkEdge &edge, const NetworkFilter &filter)
{
    if (!filter.linkTypes.isEmpty() && !filter.linkTypes.contains(edge.type)) {
        return false;
    }
    return !filter.activeOn.has_value() || edge.isActiveOn(*filter.activeOn);
}

} // namespace

NetworkSnapshot NetworkSnapshot::filtered(const NetworkFilter &filter) const
{
    QList<bool> keptNodes(m_nodes.size(), false);
    for (int i = 0; i < m_nodes.size(); ++i) {
        keptNodes[i] = keepsNode(m_nodes.at(i), filter);
    }
    QList<int> keptEdges;
    QList<bool> linked(m_nodes.size(), false);
    for (int e = 0; e < m_edges.size(); ++e) {
        const NetworkEdge &edge = m_edges.at(e);
        if (keptNodes.at(edge.from) && keptNodes.at(edge.to) && keepsEdge(edge, filter)) {
            keptEdges.append(e);
            linked[edge.from] = true;
            linked[edge.to] = true;
        }
    }
    NetworkSnapshot result;
    QList<int> newIndex(m_nodes.size(), -1);
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (keptNodes.at(i) && (!filter.dropUnlinkedNodes || linked.at(i))) {
            newIndex[i] = int(result.m_nodes.size());
            result.m_index.insert(m_nodes.at(i).id, newIndex[i]);
            result.m_nodes.append(m_nodes.at(i));
        }
    }
    result.m_edges.reserve(keptEdges.size());
    for (const int e : std::as_const(keptEdges)) {
        NetworkEdge edge = m_edges.at(e);
        edge.from = newIndex.at(edge.from);
        edge.to = newIndex.at(edge.to);
        result.m_edges.append(edge);
    }
    result.m_sectorLabels = m_sectorLabels;
    result.m_kindLabels = m_kindLabels;
    result.buildIndexes();
    return result;
}

} // namespace CoopAtlas::Core
