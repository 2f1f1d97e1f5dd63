// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "amounts.h"

#include <QCoreApplication>

#include <algorithm>

namespace CoopAtlas::Core {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::Amounts)
};

// Maximum number of euro digits in an amount: MaxAmountCents is 10 digits of euros.
constexpr int MaxEuroDigits = 10;

Error notAnAmount(const QString &text, const QString &label, const QLocale &locale)
{
    return Error{Text::tr("\"%1\" is not an amount in euros for %2. Type a number such as %3.")
                     .arg(text, label, formatAmount(125'050, locale)),
                 label};
}

bool isAllDigits(QStringView part)
{
    return std::all_of(part.begin(), part.end(), [](QChar c) { return c.isDigit(); });
}

/// The amount without currency signs, with every kind of space as ' '.
QString cleaned(const QString &text)
{
    QString result = text;
    result.remove(QStringLiteral("€"));
    result.remove(QStringLiteral("EUR"), Qt::CaseInsensitive);
    for (QChar &c : result) {
        if (c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F)) {
            c = u' ';
        }
    }
    return result.trimmed();
}

/// The decimal separator of `number` (digits, '.', ',' and ' '), or a null QChar.
QChar decimalSeparatorOf(const QString &number, const QLocale &locale)
{
    const qsizetype dots = number.count(u'.');
    const qsizetype commas = number.count(u',');
    if (dots > 0 && commas > 0) {
        return number.lastIndexOf(u'.') > number.lastIndexOf(u',') ? QChar(u'.') : QChar(u',');
    }
    if (dots + commas != 1) {
        return {};
    }
    const QChar separator = dots == 1 ? QChar(u'.') : QChar(u',');
    const qsizetype after = number.size() - number.indexOf(separator) - 1;
    const bool mayBeGroup
        = after == 3 && !number.contains(u' ') && locale.decimalPoint() != QString(separator);
    return mayBeGroup ? QChar() : separator;
}

/// Digits of an integer part written with one kind of group separator, or a
/// null string when the groups are misplaced.
QString groupedDigits(const QString &integer)
{
    QChar group;
    for (QChar c : integer) {
        if (c.isDigit()) {
            continue;
        }
        if (!group.isNull() && c != group) {
            return {};
        }
        group = c;
    }
    if (group.isNull()) {
        return integer.isEmpty() ? QStringLiteral("0") : integer;
    }
    const QStringList groups = integer.split(group);
    const QString &first = groups.constFirst();
    if (first.isEmpty() || first.size() > 3 || first.startsWith(u'0')) {
        return {};
    }
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (groups.at(i).size() != 3 || !isAllDigits(groups.at(i))) {
            return {};
        }
    }
    return groups.join(QString());
}

} // namespace

Result<qint64> parseAmount(const QString &text, const QString &fieldLabel, const QLocale &locale)
{
    QString number = cleaned(text);
    if (number.startsWith(u'-') || number.startsWith(locale.negativeSign())) {
        return Error{Text::tr("The amount \"%1\" in %2 is negative. Enter zero or more.")
                         .arg(text.trimmed(), fieldLabel),
                     fieldLabel};
    }
    if (number.startsWith(u'+')) {
        number = number.mid(1).trimmed();
    }
    const bool known = std::all_of(number.begin(), number.end(), [](QChar c) {
        return c.isDigit() || c == u'.' || c == u',' || c == u' ';
    });
    if (number.isEmpty() || !known) {
        return notAnAmount(text.trimmed(), fieldLabel, locale);
    }
    const QChar decimal = decimalSeparatorOf(number, locale);
    const qsizetype at = decimal.isNull() ? -1 : number.lastIndexOf(decimal);
    const QString fraction = at < 0 ? QString() : number.mid(at + 1);
    if (!isAllDigits(fraction)) {
        return notAnAmount(text.trimmed(), fieldLabel, locale);
    }
    if (fraction.size() > 2) {
        return Error{Text::tr("The amount \"%1\" in %2 has more than 2 decimals. Type euros and "
                              "cents, such as %3.")
                         .arg(text.trimmed(), fieldLabel, formatAmount(125'050, locale)),
                     fieldLabel};
    }
    QString euros = groupedDigits(at < 0 ? number : number.left(at));
    if (euros.isNull() || (at == 0 && fraction.isEmpty())) {
        return notAnAmount(text.trimmed(), fieldLabel, locale);
    }
    while (euros.size() > 1 && euros.startsWith(u'0')) {
        euros.remove(0, 1);
    }
    const Error tooLarge{Text::tr("The amount \"%1\" in %2 is above the largest amount, %3. Check "
                                  "the amount.")
                             .arg(text.trimmed(), fieldLabel, formatAmount(MaxAmountCents, locale)),
                         fieldLabel};
    if (euros.size() > MaxEuroDigits) {
        return tooLarge;
    }
    const qint64 cents = euros.toLongLong() * 100 + fraction.leftJustified(2, u'0').toLongLong();
    if (cents > MaxAmountCents) {
        return tooLarge;
    }
    return cents;
}

QString formatAmount(qint64 cents, const QLocale &locale)
{
    // Exact for every amount up to 2^53 cents, far above MaxAmountCents.
    return locale.toCurrencyString(double(cents) / 100.0, QStringLiteral("€"), 2);
}

} // namespace CoopAtlas::Core
