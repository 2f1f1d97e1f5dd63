// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace CoopAtlas::Cli {

/// Returns `text` with every character that a terminal could act on written as an escape.
/// C0 and C1 control characters and DEL become \xHH, so ESC, CSI and OSC sequences lose
/// their effect. Bidirectional formatting characters and the line and paragraph separators
/// become \uHHHH. Used on every server or record value that coopatlas-cli prints.
QString escapeControlCharacters(const QString &text);

} // namespace CoopAtlas::Cli
