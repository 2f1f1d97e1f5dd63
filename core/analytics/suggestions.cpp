// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestions.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace CoopAtlas::Core {

namespace {

constexpr auto UnscannedContext = "CoopAtlas::Core::Suggestions";

/// The project holder under study, with what the scores need about it.
struct Holder
{
    int node = -1;
    QSet<QString> sectors;
    QSet<QString> needs;         ///< sectors and tags, matched against the candidates' tags
    QSet<int> linked;            ///< every node it has an edge with
    QList<int> similar;          ///< other project holders with at least one sector in common
    QSet<QString> commonSectors; ///< sectors shared with at least one similar holder
};

bool isSupportLink(const NetworkEdge &edge)
{
    return edge.type == QLatin1String(NetworkTerms::Supports)
           || edge.type == QLatin1String(NetworkTerms::Funds);
}

bool isCandidate(const NetworkNode &node)
{
    return node.isOfKind(NetworkTerms::SupportOrganisation) || node.isOfKind(NetworkTerms::Funder);
}

QSet<int> neighboursOf(const NetworkSnapshot &snapshot, int node)
{
    QSet<int> neighbours;
    for (const int e : snapshot.edgesOf(node)) {
        const NetworkEdge &edge = snapshot.edges().at(e);
        neighbours.insert(edge.from == node ? edge.to : edge.from);
    }
    neighbours.remove(node);
    return neighbours;
}

/// Project holders that `candidate` supports or funds.
QSet<int> supportedHolders(const NetworkSnapshot &snapshot, int candidate)
{
    QSet<int> holders;
    for (const int e : snapshot.edgesOf(candidate)) {
        const NetworkEdge &edge = snapshot.edges().at(e);
        const int other = edge.from == candidate ? edge.to : edge.from;
        if (isSupportLink(edge)
            && snapshot.nodes().at(other).isOfKind(NetworkTerms::ProjectHolder)) {
            holders.insert(other);
        }
    }
    return holders;
}

Holder describeHolder(const NetworkSnapshot &snapshot, int node)
{
    Holder holder;
    holder.node = node;
    const NetworkNode &self = snapshot.nodes().at(node);
    holder.sectors = QSet<QString>(self.sectors.cbegin(), self.sectors.cend());
    holder.needs = holder.sectors;
    holder.needs.unite(QSet<QString>(self.tags.cbegin(), self.tags.cend()));
    holder.linked = neighboursOf(snapshot, node);
    for (int other = 0; other < snapshot.nodeCount(); ++other) {
        const NetworkNode &peer = snapshot.nodes().at(other);
        if (other == node || !peer.isOfKind(NetworkTerms::ProjectHolder)) {
            continue;
        }
        const QSet<QString> shared
            = QSet<QString>(peer.sectors.cbegin(), peer.sectors.cend()).intersect(holder.sectors);
        if (!shared.isEmpty()) {
            holder.similar.append(other);
            holder.commonSectors.unite(shared);
        }
    }
    return holder;
}

double share(qsizetype part, qsizetype whole)
{
    return whole > 0 ? double(part) / double(whole) : 0.0;
}

struct PeerCounts
{
    int supported = 0; ///< similar holders the candidate supports or funds
    double weighted = 0.0;
};

PeerCounts
countPeers(const NetworkSnapshot &snapshot, const Holder &holder, const QSet<int> &supported)
{
    PeerCounts counts;
    const QString &stage = snapshot.nodes().at(holder.node).stage;
    double weightTotal = 0.0;
    for (const int peer : holder.similar) {
        const double weight
            = (!stage.isEmpty() && snapshot.nodes().at(peer).stage == stage) ? 2.0 : 1.0;
        weightTotal += weight;
        if (supported.contains(peer)) {
            ++counts.supported;
            counts.weighted += weight;
        }
    }
    counts.weighted = weightTotal > 0 ? counts.weighted / weightTotal : 0.0;
    return counts;
}

SuggestionScore scoreCandidate(const NetworkSnapshot &snapshot,
                               const Holder &holder,
                               int candidate,
                               PeerCounts &peers)
{
    const NetworkNode &node = snapshot.nodes().at(candidate);
    SuggestionScore parts;
    const QSet<QString> sectors(node.sectors.cbegin(), node.sectors.cend());
    parts.sectorOverlap
        = share(QSet<QString>(sectors).intersect(holder.sectors).size(), holder.sectors.size());
    const QSet<QString> tags(node.tags.cbegin(), node.tags.cend());
    parts.services = share(QSet<QString>(tags).intersect(holder.needs).size(), holder.needs.size());
    const QSet<int> supported = supportedHolders(snapshot, candidate);
    const QString &stage = snapshot.nodes().at(holder.node).stage;
    const auto sameStage = std::count_if(supported.cbegin(), supported.cend(), [&](int other) {
        return !stage.isEmpty() && snapshot.nodes().at(other).stage == stage;
    });
    parts.stageFit = share(sameStage, supported.size());
    peers = countPeers(snapshot, holder, supported);
    parts.peers = peers.weighted;
    const QSet<int> candidateNeighbours = neighboursOf(snapshot, candidate);
    parts.neighbours = share(QSet<int>(holder.linked).intersect(candidateNeighbours).size(),
                             holder.linked.size());
    return parts;
}

double weightedScore(const SuggestionScore &parts, const SuggestionWeights &weights)
{
    const double total = weights.sectorOverlap + weights.stageFit + weights.services + weights.peers
                         + weights.neighbours;
    if (total <= 0.0) {
        return 0.0;
    }
    return (parts.sectorOverlap * weights.sectorOverlap + parts.stageFit * weights.stageFit
            + parts.services * weights.services + parts.peers * weights.peers
            + parts.neighbours * weights.neighbours)
           / total;
}

/// Sector labels of `keys`, sorted by label and joined with ", ".
QString sectorList(const NetworkSnapshot &snapshot, const QSet<QString> &keys)
{
    QStringList labels;
    for (const QString &key : keys) {
        labels.append(snapshot.sectorLabel(key));
    }
    std::sort(labels.begin(), labels.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    return labels.join(QStringLiteral(", "));
}

QString peerReason(const NetworkSnapshot &snapshot,
                   const Holder &holder,
                   bool funder,
                   const PeerCounts &peers)
{
    const QString sectors = sectorList(snapshot, holder.commonSectors);
    const QString text = funder
                             ? QCoreApplication::translate(
                                 "CoopAtlas::Core::Suggestions",
                                 "Funds %1 of the %n project holders in the same sectors (%2).",
                                 nullptr,
                                 int(holder.similar.size()))
                             : QCoreApplication::translate(
                                 "CoopAtlas::Core::Suggestions",
                                 "Supports %1 of the %n project holders in the same sectors (%2).",
                                 nullptr,
                                 int(holder.similar.size()));
    return text.arg(QString::number(peers.supported), sectors);
}

/// One sentence for the score part that contributes most.
QString reasonFor(const NetworkSnapshot &snapshot,
                  const Holder &holder,
                  const Suggestion &suggestion,
                  const SuggestionWeights &weights,
                  const PeerCounts &peers)
{
    const SuggestionScore &parts = suggestion.parts;
    const NetworkNode &candidate = snapshot.nodes().at(suggestion.candidate);
    const bool funder = candidate.isOfKind(NetworkTerms::Funder);
    const QList<std::pair<double, int>> contributions{
        {parts.peers * weights.peers, 0},
        {parts.sectorOverlap * weights.sectorOverlap, 1},
        {parts.services * weights.services, 2},
        {parts.neighbours * weights.neighbours, 3},
        {parts.stageFit * weights.stageFit, 4},
    };
    // The first of equal contributions wins, in the order of the list above.
    const auto strongest
        = std::max_element(contributions.cbegin(),
                           contributions.cend(),
                           [](const auto &a, const auto &b) { return a.first < b.first; });
    const QSet<QString> candidateSectors(candidate.sectors.cbegin(), candidate.sectors.cend());
    const QSet<QString> candidateTags(candidate.tags.cbegin(), candidate.tags.cend());
    switch (strongest->second) {
    case 0:
        return peerReason(snapshot, holder, funder, peers);
    case 1:
        return QCoreApplication::translate("CoopAtlas::Core::Suggestions",
                                           "Works in the same sectors (%1).")
            .arg(sectorList(snapshot, QSet<QString>(candidateSectors).intersect(holder.sectors)));
    case 2:
        return QCoreApplication::translate("CoopAtlas::Core::Suggestions",
                                           "Offers services that match its needs (%1).")
            .arg(sectorList(snapshot, QSet<QString>(candidateTags).intersect(holder.needs)));
    case 3:
        // TODO: lupdate 6.4.2 hangs on this call when its context is a literal, so lupdate does
        // not see this sentence and it shows untranslated.
        return QCoreApplication::translate(
            UnscannedContext,
            "Is linked to %n of the organisations and people this project holder works with.",
            nullptr,
            int(std::lround(parts.neighbours * double(holder.linked.size()))));
    default:
        return QCoreApplication::translate("CoopAtlas::Core::Suggestions",
                                           "Already works with project holders at the same stage.");
    }
}

} // namespace

Result<QList<Suggestion>> suggestPartners(const NetworkSnapshot &snapshot,
                                          const QString &projectHolderId,
                                          const SuggestionOptions &options)
{
    const int node = snapshot.indexOf(projectHolderId);
    if (node < 0 || !snapshot.nodes().at(node).isOfKind(NetworkTerms::ProjectHolder)) {
        return Error{QCoreApplication::translate("CoopAtlas::Core::Suggestions",
                                                 "No suggestions: %1 is not a project holder of "
                                                 "the network shown. Choose a project holder, "
                                                 "or clear the filters.")
                         .arg(node < 0 ? projectHolderId : snapshot.nodes().at(node).label),
                     projectHolderId};
    }
    const Holder holder = describeHolder(snapshot, node);
    QList<Suggestion> ranked;
    for (int candidate = 0; candidate < snapshot.nodeCount(); ++candidate) {
        const NetworkNode &other = snapshot.nodes().at(candidate);
        if (!isCandidate(other) || holder.linked.contains(candidate)) {
            continue;
        }
        Suggestion suggestion;
        PeerCounts peers;
        suggestion.parts = scoreCandidate(snapshot, holder, candidate, peers);
        suggestion.score = weightedScore(suggestion.parts, options.weights);
        if (suggestion.score <= 0.0) {
            continue;
        }
        suggestion.candidate = candidate;
        suggestion.candidateId = other.id;
        suggestion.candidateLabel = other.label;
        suggestion.linkType = QLatin1String(
            other.isOfKind(NetworkTerms::Funder) ? NetworkTerms::Funds : NetworkTerms::Supports);
        suggestion.fromId = other.id;
        suggestion.toId = projectHolderId;
        suggestion.reason = reasonFor(snapshot, holder, suggestion, options.weights, peers);
        ranked.append(suggestion);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Suggestion &a, const Suggestion &b) {
        return a.score > b.score;
    });
    if (ranked.size() > options.limit) {
        ranked.resize(std::max(options.limit, 0));
    }
    return ranked;
}

} // namespace CoopAtlas::Core
