// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>
#include <core/result.h>

namespace CoopAtlas::Core {

class Store;

/// Id of a sample activity record: a name-based UUID (version 5) of
/// "<kind>/<key>" in the namespace of the sample organisation ids, so that
/// every file that loads the sample data set gives the record the same id.
[[nodiscard]] QString sampleRecordId(RecordKind kind, const QString &key);

/// Inserts the sample workshops (with example participants and follow-ups),
/// the residencies in Berlin and Barcelona (with programme and budget), the
/// knowledge-base resources, two project holders and the obstacles and
/// opportunities. The records are illustrations, marked "sample": true in
/// their custom fields, and the three people and two project holders are
/// invented. Needs the sample organisations SMart, Febecoop,
/// DGRV and CoopCat in the store. Returns the number of records inserted.
[[nodiscard]] Result<int> insertSampleActivities(Store &store);

} // namespace CoopAtlas::Core
