// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/import/importjob.h>
#include <core/result.h>

namespace CoopAtlas::Core {

class Store;

/// Turns the term values of the organisations of a CSV preview into term keys:
/// kind, stage, cooperative model and sectors. A value that is a term key stays
/// as it is. A value equal to a term's English, French or Dutch label (ignoring
/// case and accents), as CoopAtlas's list exports write them, becomes that
/// term's key. When the columns were mapped by their titles (the preset
/// "header-names"), any other value moves to the custom field named after its
/// column, so that the store does not reject the record. The first five such
/// values of a column get a warning each, and one more warning counts the rest.
/// With other mappings the value stays, and the store rejects it.
/// vCard previews are left as they are.
[[nodiscard]] Result<void> resolveCsvTermValues(const Store &store, ImportPreview &preview);

} // namespace CoopAtlas::Core
