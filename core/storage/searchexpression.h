// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace CoopAtlas::Core {

/// Builds an FTS5 MATCH expression from words a user typed. Every word becomes a
/// quoted string (so that FTS5 operators, brackets and quotes in the input are
/// plain text), all words must match, and the last word matches as a prefix.
/// Words without a letter or digit are dropped. Returns an empty string when
/// no word is left; the caller must then not run the MATCH.
QString ftsMatchExpression(const QString &userText);

} // namespace CoopAtlas::Core
