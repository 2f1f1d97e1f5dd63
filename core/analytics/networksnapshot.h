// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CoopAtlas::Core {

/// Organisation kind and link type term keys that the network analytics rely on
/// (seeded taxonomy keys, see core/storage/seedterms.cpp).
namespace NetworkTerms {
inline constexpr auto ProjectHolder = "project-holder";
inline constexpr auto SupportOrganisation = "support-organisation";
inline constexpr auto Funder = "funder";
inline constexpr auto Supports = "supports";
inline constexpr auto Funds = "funds";
} // namespace NetworkTerms

/// A vertex of the network: one live organisation or person.
struct NetworkNode
{
    enum class Type { Organisation, Person };

    QString id;
    Type type = Type::Organisation;
    QString kind;        ///< organisation kind term key; empty for people
    QString stage;       ///< stage term key; empty for people
    QStringList sectors; ///< sector term keys; empty for people
    QStringList tags;    ///< free tags of an organisation (services it offers); empty for people
    QString commune;     ///< Brussels commune key; empty for people and outside Brussels
    QString label;       ///< organisation name or person's formatted name

    [[nodiscard]] bool isOrganisation() const { return type == Type::Organisation; }
    [[nodiscard]] bool isOfKind(const char *kindKey) const
    {
        return type == Type::Organisation && kind == QLatin1String(kindKey);
    }
};

/// An edge of the network: one live link. Links are directed (`from` supports
/// `to`), but the metrics treat them as undirected unless MetricsOptions sets directed.
struct NetworkEdge
{
    QString id;
    int from = -1; ///< index of the source in NetworkSnapshot::nodes()
    int to = -1;   ///< index of the target in NetworkSnapshot::nodes()
    QString type;  ///< link type term key
    QDate start;   ///< invalid when the link has no start date
    QDate end;     ///< invalid while the link is ongoing

    /// True when the link counts at `date`: its start is missing or on or before
    /// `date`, and its end is missing or on or after `date`. Both ends are
    /// inclusive: a link that starts and ends on `date` is active on that day.
    [[nodiscard]] bool isActiveOn(const QDate &date) const;
};

/// Filter of the nodes and links that a snapshot keeps. Empty lists mean "all".
struct NetworkFilter
{
    bool includeOrganisations = true;
    bool includePeople = true;
    /// Organisation kind keys to keep. People are not affected.
    QStringList organisationKinds;
    /// Sector keys: an organisation is kept when it has at least one of them.
    /// People are not affected.
    QStringList sectors;
    /// Link type keys to keep.
    QStringList linkTypes;
    /// When set, only links active on that date are kept (see NetworkEdge::isActiveOn).
    std::optional<QDate> activeOn;
    /// Drops the nodes that have no edge left once the other filters ran.
    bool dropUnlinkedNodes = false;
};

/// An immutable graph of organisations, people and links, cheap to copy
/// (implicitly shared lists).
///
/// Nodes are sorted by id and edges by id, so that the same data always gives
/// the same vertex and edge numbering in igraph, and therefore the same
/// results from seeded algorithms. Edges whose ends are not both nodes of the
/// snapshot are dropped at construction; self-links are kept.
class NetworkSnapshot
{
public:
    /// Edge ends as record ids, resolved to node indexes by the constructor.
    struct EdgeRecord
    {
        QString id;
        QString fromId;
        QString toId;
        QString type;
        QDate start;
        QDate end;
    };

    NetworkSnapshot() = default;
    NetworkSnapshot(QList<NetworkNode> nodes, const QList<EdgeRecord> &edges);

    [[nodiscard]] const QList<NetworkNode> &nodes() const { return m_nodes; }
    [[nodiscard]] const QList<NetworkEdge> &edges() const { return m_edges; }
    [[nodiscard]] qsizetype nodeCount() const { return m_nodes.size(); }
    [[nodiscard]] qsizetype edgeCount() const { return m_edges.size(); }
    /// Index of the node with `id`, or -1.
    [[nodiscard]] int indexOf(const QString &id) const { return m_index.value(id, -1); }
    /// Indexes of the edges that start or end at node `node`, in edge order.
    [[nodiscard]] QList<int> edgesOf(int node) const;

    /// A new snapshot with only what `filter` keeps.
    [[nodiscard]] NetworkSnapshot filtered(const NetworkFilter &filter) const;

    /// Display labels of sector keys (filled by the loader in the UI language);
    /// a key without a label is shown as the key itself.
    void setSectorLabels(QHash<QString, QString> labels) { m_sectorLabels = std::move(labels); }
    [[nodiscard]] QString sectorLabel(const QString &key) const
    {
        return m_sectorLabels.value(key, key);
    }
    [[nodiscard]] const QHash<QString, QString> &sectorLabels() const { return m_sectorLabels; }
    /// Display labels of organisation kind keys, filled like the sector labels.
    void setKindLabels(QHash<QString, QString> labels) { m_kindLabels = std::move(labels); }
    [[nodiscard]] QString kindLabel(const QString &key) const
    {
        return m_kindLabels.value(key, key);
    }

private:
    QList<NetworkNode> m_nodes;
    QList<NetworkEdge> m_edges;
    QHash<QString, int> m_index;
    /// Edge indexes per node, in CSR form: edges of node i are
    /// m_incidence[m_incidenceStart[i] .. m_incidenceStart[i + 1]).
    QList<int> m_incidenceStart;
    QList<int> m_incidence;
    QHash<QString, QString> m_sectorLabels;
    QHash<QString, QString> m_kindLabels;

    void buildIndexes();
};

} // namespace CoopAtlas::Core
