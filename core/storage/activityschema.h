// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>
#include <core/storage/seedterms.h>

#include <QList>
#include <QSqlDatabase>

namespace CoopAtlas::Core {

/// Schema step 5: the tables of workshops, participations, follow-ups,
/// residencies, stays, visits, budget lines, resources (with their file bytes
/// in resource_files) and barriers, their list indexes and search triggers,
/// and the terms of the workshop-theme, resource-kind and barrier-domain
/// vocabularies.
Result<void> addActivityTables(QSqlDatabase &db);

/// Schema step 6: the search index also covers a workshop's venue and the
/// labels of its theme, and a residency's description and city, so that the
/// lists find them by their places and themes. Rewrites the index rows of the
/// existing workshops and residencies.
Result<void> indexActivityPlaces(QSqlDatabase &db);

/// Built-in terms of the vocabularies that step 5 adds, in display order.
const QList<SeedTerm> &activitySeedTerms();

} // namespace CoopAtlas::Core
