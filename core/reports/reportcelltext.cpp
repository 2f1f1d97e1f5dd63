// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcelltext.h"

namespace CoopAtlas::Core {

QString removeControlCharacters(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t code = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            result.append(c);
            result.append(text.at(++i));
            continue;
        }
        const bool control
            = (code < 0x20 && code != u'\t' && code != u'\n') || (code >= 0x7f && code <= 0x9f);
        if (control || c.isSurrogate() || code == 0xfffe || code == 0xffff) {
            continue;
        }
        result.append(c);
    }
    return result;
}

QString cutToCellLength(const QString &text)
{
    if (text.size() <= MaxCellLength) {
        return text;
    }
    qsizetype length = MaxCellLength;
    if (text.at(length - 1).isHighSurrogate()) {
        --length;
    }
    return text.left(length);
}

QString cellName(int row, int column)
{
    QString letters;
    int rest = column + 1;
    for (int i = 0; i < 4 && rest > 0; ++i) {
        letters.prepend(QChar(u'A' + (rest - 1) % 26));
        rest = (rest - 1) / 26;
    }
    return letters + QString::number(row + 1);
}

} // namespace CoopAtlas::Core
