// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/activities.h>
#include <core/result.h>

#include <variant>

namespace CoopAtlas::Core {
class ActivityStore;
struct ParticipationWrite;
} // namespace CoopAtlas::Core

namespace CoopAtlas::Ui {

/// A workshop or residency record, or one of their dependants, as edited by
/// the workshop and residency views.
using ActivityRecord = std::variant<Core::Workshop,
                                    Core::Participation,
                                    Core::Followup,
                                    Core::Residency,
                                    Core::Stay,
                                    Core::Visit,
                                    Core::BudgetLine>;

[[nodiscard]] Core::RecordKind kindOf(const ActivityRecord &record);
[[nodiscard]] QString idOf(const ActivityRecord &record);
[[nodiscard]] Core::RecordMeta &metaOf(ActivityRecord &record);
/// Name shown in undo texts: the title or label; the kind's name for
/// participations and stays.
[[nodiscard]] QString displayNameOf(const ActivityRecord &record);

/// Reads a record of one of the kinds of ActivityRecord, tombstones included.
[[nodiscard]] Core::Result<ActivityRecord>
loadActivity(const Core::ActivityStore &store, Core::RecordKind kind, const QString &id);
/// Inserts a record; for a participation, `written` receives the stored state.
[[nodiscard]] Core::Result<QString> insertActivity(Core::ActivityStore &store,
                                                   const ActivityRecord &record,
                                                   Core::ParticipationWrite *written = nullptr);
/// Updates a record; for a participation, `written` receives the stored state.
[[nodiscard]] Core::Result<void> updateActivity(Core::ActivityStore &store,
                                                const ActivityRecord &record,
                                                Core::ParticipationWrite *written = nullptr);

} // namespace CoopAtlas::Ui
