// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportperiod.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace CoopAtlas::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CoopAtlas::Core::ReportPeriod", text);
}

// Years outside this range are typing errors rather than report periods.
constexpr int FirstYear = 1900;
constexpr int LastYear = 2999;

} // namespace

Result<ReportPeriod> ReportPeriod::year(int year)
{
    if (year < FirstYear || year > LastYear) {
        return Error{tr("The year must lie between 1900 and 2999."), QString::number(year)};
    }
    return ReportPeriod{Kind::Year, QDate(year, 1, 1), QDate(year, 12, 31)};
}

Result<ReportPeriod> ReportPeriod::quarter(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-[Qq]([1-4])$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return Error{tr("Write the quarter as YYYY-Qn, such as 2026-Q2."), text};
    }
    const int year = match.captured(1).toInt();
    if (year < FirstYear || year > LastYear) {
        return Error{tr("The year must lie between 1900 and 2999."), text};
    }
    const int firstMonth = (match.captured(2).toInt() - 1) * 3 + 1;
    const QDate from(year, firstMonth, 1);
    return ReportPeriod{Kind::Quarter, from, from.addMonths(3).addDays(-1)};
}

namespace {

/// The date written as exactly YYYY-MM-DD, or a null date. QDate::fromString()
/// alone ignores text after the tenth character ("2026-10-01x").
QDate strictIsoDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(text).hasMatch()) {
        return {};
    }
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace

Result<ReportPeriod> ReportPeriod::range(const QString &fromText, const QString &toText)
{
    const QDate from = strictIsoDate(fromText.trimmed());
    if (!from.isValid()) {
        return Error{tr("Write the start date as YYYY-MM-DD."), fromText};
    }
    const QDate to = strictIsoDate(toText.trimmed());
    if (!to.isValid()) {
        return Error{tr("Write the end date as YYYY-MM-DD."), toText};
    }
    return range(from, to);
}

Result<ReportPeriod> ReportPeriod::range(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid()) {
        return Error{tr("Give both a start and an end date."), {}};
    }
    if (to < from) {
        return Error{tr("The end date comes before the start date: swap them."),
                     from.toString(Qt::ISODate) + u" – " + to.toString(Qt::ISODate)};
    }
    if (from.year() < FirstYear || to.year() > LastYear) {
        return Error{tr("The dates must lie between 1900 and 2999."), {}};
    }
    return ReportPeriod{Kind::Range, from, to};
}

ReportPeriod ReportPeriod::previous() const
{
    switch (kind) {
    case Kind::Year:
        return ReportPeriod{kind, from.addYears(-1), from.addDays(-1)};
    case Kind::Quarter:
        return ReportPeriod{kind, from.addMonths(-3), from.addDays(-1)};
    case Kind::Range:
        break;
    }
    return ReportPeriod{kind, from.addDays(-days()), from.addDays(-1)};
}

QString ReportPeriod::name() const
{
    switch (kind) {
    case Kind::Year:
        return QString::number(from.year());
    case Kind::Quarter:
        return QStringLiteral("%1-Q%2").arg(from.year()).arg((from.month() - 1) / 3 + 1);
    case Kind::Range:
        break;
    }
    return from.toString(Qt::ISODate) + u" – " + to.toString(Qt::ISODate);
}

} // namespace CoopAtlas::Core
