// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analytics/networksnapshot.h>
#include <core/result.h>

#include <QList>
#include <QString>

namespace CoopAtlas::Core {

/// The parts of a suggestion's score, each between 0 and 1.
struct SuggestionScore
{
    /// Share of the project holder's sectors that the candidate works in.
    double sectorOverlap = 0.0;
    /// Share of the project holders the candidate already supports or funds
    /// that are at the project holder's stage.
    double stageFit = 0.0;
    /// Share of the project holder's sectors and tags found in the candidate's
    /// tags (the services it offers).
    double services = 0.0;
    /// Share of the similar project holders (at least one sector in common)
    /// that the candidate supports or funds, where those at the same stage count double.
    double peers = 0.0;
    /// Share of the project holder's neighbours that have a link with the candidate.
    double neighbours = 0.0;
};

/// Weights of the score parts in Suggestion::score.
struct SuggestionWeights
{
    double sectorOverlap = 0.25;
    double stageFit = 0.10;
    double services = 0.15;
    double peers = 0.35;
    double neighbours = 0.15;
};

/// A support organisation or funder that a project holder has no link with yet.
struct Suggestion
{
    int candidate = -1; ///< node index of the support organisation or funder
    QString candidateId;
    QString candidateLabel;
    /// Link to create on acceptance: from the candidate to the project holder,
    /// of this type ("supports" for a support organisation, "funds" for a funder).
    QString linkType;
    QString fromId; ///< the candidate
    QString toId;   ///< the project holder
    SuggestionScore parts;
    double score = 0.0; ///< weighted sum of the parts, between 0 and 1
    /// One translated sentence giving the strongest reason, such as
    /// "Supports 3 of the 5 project holders in the same sectors (housing, mobility)."
    QString reason;
};

struct SuggestionOptions
{
    int limit = 10; ///< maximum number of suggestions returned
    SuggestionWeights weights;
};

/// Ranks the support organisations and funders of `snapshot` that have no
/// edge of any type with the project holder `projectHolderId`, highest score
/// first (ties by node index). Candidates with a score of 0 are left out.
/// Fails when the id is not a project holder of the snapshot.
[[nodiscard]] Result<QList<Suggestion>> suggestPartners(const NetworkSnapshot &snapshot,
                                                        const QString &projectHolderId,
                                                        const SuggestionOptions &options = {});

} // namespace CoopAtlas::Core
