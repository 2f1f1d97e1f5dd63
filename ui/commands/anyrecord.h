// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>
#include <core/result.h>

#include <variant>

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

/// Any record that the user edits, creates or deletes from the window.
using AnyRecord = std::variant<Core::Organisation, Core::Person, Core::Link, Core::Note>;

[[nodiscard]] Core::RecordKind kindOf(const AnyRecord &record);
[[nodiscard]] QString idOf(const AnyRecord &record);
[[nodiscard]] Core::RecordMeta &metaOf(AnyRecord &record);
/// Name shown for the record: organisation name, person name, link type, note text.
[[nodiscard]] QString displayNameOf(const AnyRecord &record);

/// Reads a record of the given kind (Organisation, Person, Link or Note).
[[nodiscard]] Core::Result<AnyRecord>
loadRecord(const Core::Store &store, Core::RecordKind kind, const QString &id);
[[nodiscard]] Core::Result<QString> insertRecord(Core::Store &store, const AnyRecord &record);
[[nodiscard]] Core::Result<void> updateRecord(Core::Store &store, const AnyRecord &record);

} // namespace CoopAtlas::Ui
