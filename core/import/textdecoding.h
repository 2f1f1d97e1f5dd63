// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace CoopAtlas::Core {

/// Text encodings that import files come in.
enum class TextEncoding { Utf8, Utf8WithBom, Utf16LE, Utf16BE, Windows1252 };

/// Detects the encoding of a whole file: a byte-order mark first, then UTF-16
/// without a mark (every other byte NUL in the first line), then valid UTF-8,
/// else Windows-1252.
[[nodiscard]] TextEncoding detectEncoding(const QByteArray &bytes);

/// Decodes bytes in the given encoding, skipping a byte-order mark.
[[nodiscard]] QString decodeText(const QByteArray &bytes, TextEncoding encoding);

/// Decodes Windows-1252, which is ISO-8859-1 with printable characters in 0x80-0x9F.
[[nodiscard]] QString decodeWindows1252(QByteArrayView bytes);

/// True when the bytes are valid UTF-8.
[[nodiscard]] bool isValidUtf8(QByteArrayView bytes);

/// True when the bytes contain NUL characters although they are not UTF-16.
[[nodiscard]] bool looksBinary(const QByteArray &bytes, TextEncoding encoding);

/// Line number, counted from 1, of the first NUL byte, or 0 when there is none.
[[nodiscard]] qsizetype lineOfFirstNul(const QByteArray &bytes);

/// Name of the encoding for messages ("UTF-8", "Windows-1252", ...).
[[nodiscard]] QString encodingName(TextEncoding encoding);

} // namespace CoopAtlas::Core
