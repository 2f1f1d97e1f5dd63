// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace CoopAtlas::Ui {

/// Label in the UI language of a field key of Core::ColumnMapping::fieldKeys(),
/// or the key itself when it is not known here.
[[nodiscard]] QString importFieldLabel(const QString &key);

} // namespace CoopAtlas::Ui
