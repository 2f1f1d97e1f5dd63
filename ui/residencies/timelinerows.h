// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>
#include <ui/calendar/timelinewidget.h>

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

/// Reads the residencies with a day in [first, last] and builds the timeline
/// rows: one per residency (its id), then one per cohort member (also the
/// residency's id, so that a click selects the residency). A member booked
/// elsewhere at the same time (another stay, or a workshop they are registered
/// for) gets a warning and the clashing days.
[[nodiscard]] Core::Result<QList<TimelineRow>>
loadTimelineRows(Core::Store &store, QDate first, QDate last);

} // namespace CoopAtlas::Ui
