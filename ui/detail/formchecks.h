// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>
#include <ui/detail/recordform.h>

namespace CoopAtlas::Ui {

// The forms apply the same rules as the store and the import: Core::validate().

[[nodiscard]] QList<FieldProblem> checkOrganisation(const Core::Organisation &org);
[[nodiscard]] QList<FieldProblem> checkPerson(const Core::Person &person);
[[nodiscard]] QList<FieldProblem> checkLink(const Core::Link &link);

} // namespace CoopAtlas::Ui
