// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace CoopAtlas::Core {

/// True when `text` contains an HTML start or end tag such as "<p>", "<br/>" or "</li>".
[[nodiscard]] bool containsHtmlTags(const QString &text);

/// Converts an HTML fragment to plain text without QtGui: drops tags, comments
/// and the content of script and style elements, and decodes character
/// references (&amp;, &nbsp;, &#39;, &#x27; and the common named ones). Runs of
/// whitespace, no-break spaces included, become one space. Paragraphs, headings
/// and lists are separated by a blank line, <br> and table rows start a new
/// line, and each list item starts a line with "- ". An unknown named reference
/// is kept as written.
[[nodiscard]] QString htmlToPlainText(const QString &html);

} // namespace CoopAtlas::Core
