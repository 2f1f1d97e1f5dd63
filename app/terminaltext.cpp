// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminaltext.h"

#include <QList>
#include <QStringView>

namespace CoopAtlas::Cli {

namespace {

bool isControl(char32_t codePoint)
{
    return codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f);
}

// Characters that reorder or break the displayed line: ALM, LRM, RLM, LRE to RLO, LRI to
// PDI, and the line and paragraph separators.
bool isLayoutControl(char32_t codePoint)
{
    return codePoint == 0x061c || codePoint == 0x200e || codePoint == 0x200f
           || (codePoint >= 0x2028 && codePoint <= 0x202e)
           || (codePoint >= 0x2066 && codePoint <= 0x2069);
}

} // namespace

QString escapeControlCharacters(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    const QList<uint> codePoints = QStringView(text).toUcs4();
    for (const uint value : codePoints) {
        const auto codePoint = static_cast<char32_t>(value);
        if (isControl(codePoint)) {
            escaped += QStringLiteral("\\x%1").arg(
                static_cast<uint>(codePoint), 2, 16, QLatin1Char('0'));
        } else if (isLayoutControl(codePoint)) {
            escaped += QStringLiteral("\\u%1").arg(
                static_cast<uint>(codePoint), 4, 16, QLatin1Char('0'));
        } else {
            escaped += QString::fromUcs4(&codePoint, 1);
        }
    }
    return escaped;
}

} // namespace CoopAtlas::Cli
