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

/// Sets an illustrative kind on the sample organisations of the role table,
/// found by name. Project holders also get a stage, a sector and a founding
/// date between 2019 and 2026. The roles are made for the demonstration and
/// are not facts about the organisations. Other organisations are unchanged.
void applySampleRoles(QList<Organisation> &organisations);

/// Inserts the illustrative links between sample organisations (supports,
/// funds, partners with, member of, mentors, hosts), which start between 2019
/// and 2026. Some have ended. A link's id is sampleRecordId(RecordKind::Link,
/// "<from>/<type>/<to>") with the two organisation names, so every file that
/// loads the sample data set gives the link the same id. Needs the sample
/// organisations in the store and stops at the first error. Returns the
/// number of links inserted.
[[nodiscard]] Result<int> insertSampleLinks(Store &store);

} // namespace CoopAtlas::Core
