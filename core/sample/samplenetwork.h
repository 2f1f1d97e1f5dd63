// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>
#include <core/result.h>

#include <QList>

namespace CoopAtlas::Core {

class Store;

/// Number of sample organisations that applySampleRoles() gives a role.
[[nodiscard]] int sampleRoleCount();

/// Number of links that insertSampleLinks() inserts.
[[nodiscard]] int sampleLinkCount();

/// Gives some sample organisations, found by name, an illustrative kind
/// (support organisation, funder, network, project holder); project holders
/// also get a stage, a sector and a founding date between 2019 and 2026. The
/// roles are made for the demonstration: they are not facts about the
/// organisations. Organisations not in the table keep their values.
void applySampleRoles(QList<Organisation> &organisations);

/// Inserts the illustrative links between sample organisations (supports,
/// funds, partners with, member of, mentors, hosts), dated 2019 to 2026, some
/// ended. Each link has the id sampleRecordId(RecordKind::Link, key), the key
/// made of the two names and the type, so that every file that loads the
/// sample data set gives a link the same id. Needs the sample organisations in
/// the store. Returns the number of links inserted; stops at the first error.
[[nodiscard]] Result<int> insertSampleLinks(Store &store);

} // namespace CoopAtlas::Core
