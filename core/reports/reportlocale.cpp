// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportlocale.h"

namespace CoopAtlas::Core {

QLocale reportLocale(const QString &language)
{
    if (language == u"fr") {
        return QLocale(QLocale::French, QLocale::Belgium);
    }
    if (language == u"nl") {
        return QLocale(QLocale::Dutch, QLocale::Belgium);
    }
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QCollator reportCollator(const QString &language)
{
    QCollator collator(reportLocale(language));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

QString reportMonthName(QDate month, const QString &language)
{
    return reportLocale(language).toString(month, QStringLiteral("MMMM yyyy"));
}

QString reportDate(QDate date, const QString &language)
{
    return reportLocale(language).toString(date, QStringLiteral("d MMMM yyyy"));
}

QString reportChange(qsizetype current, qsizetype previous)
{
    const qsizetype change = current - previous;
    if (change > 0) {
        return u'+' + QString::number(change);
    }
    if (change < 0) {
        // U+2212 MINUS SIGN, so that a spreadsheet cell never starts with '-'.
        return QChar(0x2212) + QString::number(-change);
    }
    return QStringLiteral("0");
}

} // namespace CoopAtlas::Core
