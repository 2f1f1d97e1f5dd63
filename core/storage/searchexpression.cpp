// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchexpression.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace CoopAtlas::Core {

QString ftsMatchExpression(const QString &userText)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QStringList phrases;
    const QStringList words = userText.split(whitespace, Qt::SkipEmptyParts);
    for (QString word : words) {
        const bool hasText
            = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        if (!hasText) {
            continue;
        }
        // Inside an FTS5 string a double quote is written twice.
        word.replace(QLatin1Char('"'), QLatin1String("\"\""));
        phrases.append(QLatin1Char('"') + word + QLatin1Char('"'));
    }
    if (phrases.isEmpty()) {
        return {};
    }
    phrases.last().append(QLatin1Char('*'));
    return phrases.join(QLatin1Char(' '));
}

} // namespace CoopAtlas::Core
