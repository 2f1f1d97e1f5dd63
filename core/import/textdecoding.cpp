// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoding.h"

#include <QStringDecoder>

#include <array>
#include <optional>

namespace CoopAtlas::Core {

namespace {

// Code points of Windows-1252 bytes 0x80-0x9F. The five unassigned bytes (0x81,
// 0x8D, 0x8F, 0x90, 0x9D) decode to the ISO-8859-1 control code of the same value.
constexpr std::array<char16_t, 32> Windows1252High
    = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
       0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
       0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

bool startsWith(const QByteArray &bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < qsizetype(prefix.size())) {
        return false;
    }
    qsizetype i = 0;
    for (const unsigned char c : prefix) {
        if (static_cast<unsigned char>(bytes.at(i++)) != c) {
            return false;
        }
    }
    return true;
}

// UTF-16 without a byte-order mark: in the first 200 bytes of mostly ASCII text,
// the NUL bytes sit at even offsets (big-endian) or odd offsets (little-endian).
std::optional<TextEncoding> detectUnmarkedUtf16(const QByteArray &bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size() & ~qsizetype(1), 200);
    if (n < 4) {
        return std::nullopt;
    }
    qsizetype evenNuls = 0;
    qsizetype oddNuls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (bytes.at(i) == '\0') {
            (i % 2 == 0 ? evenNuls : oddNuls) += 1;
        }
    }
    const qsizetype pairs = n / 2;
    if (evenNuls * 10 >= pairs * 6 && oddNuls * 10 < pairs) {
        return TextEncoding::Utf16BE;
    }
    if (oddNuls * 10 >= pairs * 6 && evenNuls * 10 < pairs) {
        return TextEncoding::Utf16LE;
    }
    return std::nullopt;
}

} // namespace

bool isValidUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString ignored = decoder.decode(bytes);
    return !decoder.hasError();
}

TextEncoding detectEncoding(const QByteArray &bytes)
{
    if (startsWith(bytes, {0xEF, 0xBB, 0xBF})) {
        return TextEncoding::Utf8WithBom;
    }
    if (startsWith(bytes, {0xFF, 0xFE})) {
        return TextEncoding::Utf16LE;
    }
    if (startsWith(bytes, {0xFE, 0xFF})) {
        return TextEncoding::Utf16BE;
    }
    if (const auto utf16 = detectUnmarkedUtf16(bytes)) {
        return *utf16;
    }
    return isValidUtf8(bytes) ? TextEncoding::Utf8 : TextEncoding::Windows1252;
}

QString decodeWindows1252(QByteArrayView bytes)
{
    QString text;
    text.resize(bytes.size());
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        *out++ = (byte >= 0x80 && byte < 0xA0) ? QChar(Windows1252High[byte - 0x80])
                                               : QChar(char16_t(byte));
    }
    return text;
}

QString decodeText(const QByteArray &bytes, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
    case TextEncoding::Utf8WithBom: {
        QStringDecoder decoder(QStringDecoder::Utf8);
        return decoder.decode(bytes);
    }
    case TextEncoding::Utf16LE: {
        QStringDecoder decoder(QStringDecoder::Utf16LE);
        return decoder.decode(bytes);
    }
    case TextEncoding::Utf16BE: {
        QStringDecoder decoder(QStringDecoder::Utf16BE);
        return decoder.decode(bytes);
    }
    case TextEncoding::Windows1252:
        return decodeWindows1252(bytes);
    }
    return {};
}

bool looksBinary(const QByteArray &bytes, TextEncoding encoding)
{
    if (encoding == TextEncoding::Utf16LE || encoding == TextEncoding::Utf16BE) {
        return false;
    }
    return bytes.contains('\0');
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf8WithBom:
        return QStringLiteral("UTF-8 with BOM");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

qsizetype lineOfFirstNul(const QByteArray &bytes)
{
    const qsizetype position = bytes.indexOf('\0');
    if (position < 0) {
        return 0;
    }
    return QByteArrayView(bytes).first(position).count('\n') + 1;
}

} // namespace CoopAtlas::Core
