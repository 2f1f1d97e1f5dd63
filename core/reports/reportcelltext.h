// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace CoopAtlas::Core {

/// Maximum number of characters (UTF-16 code units) in a spreadsheet cell.
inline constexpr qsizetype MaxCellLength = 32767;

/// Removes the control characters that spreadsheet files cannot hold (C0 except
/// tab and line feed, DEL, C1) and unpaired surrogates.
[[nodiscard]] QString removeControlCharacters(const QString &text);

/// Cuts `text` to MaxCellLength code units without splitting a surrogate pair.
[[nodiscard]] QString cutToCellLength(const QString &text);

// guardCsvFormula() is in <core/interchange/csvwriter.h>.

/// The spreadsheet name of a cell: column letters and row number, both from 0
/// here ("A1" for 0, 0).
[[nodiscard]] QString cellName(int row, int column);

} // namespace CoopAtlas::Core
