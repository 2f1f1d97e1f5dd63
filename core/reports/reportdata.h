// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/reports/reportperiod.h>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CoopAtlas::Core {

/// One figure of a report, for the period and the previous period, with the
/// ids of the records counted so that every number can be traced.
struct ReportFigure
{
    QString key;   ///< stable key: a term key, a commune key, a month "YYYY-MM" or a record id
    QString label; ///< text shown in the report's language
    QStringList currentIds;
    QStringList previousIds;

    [[nodiscard]] qsizetype current() const { return currentIds.size(); }
    [[nodiscard]] qsizetype previous() const { return previousIds.size(); }
};

/// A value of a section that is not a count of records, such as a rate or an
/// amount. The PDF prints it in the section's introduction, and the XLSX and
/// CSV writers give it a row of its own.
struct ReportMeasure
{
    QString key;   ///< stable key: "attendance-rate", "budget-planned", "budget-actual"
    QString label; ///< text shown in the report's language, with the unit
    /// Digits after the decimal point: the values are rounded to them, so that
    /// every format shows the same number.
    int decimals = 0;
    std::optional<double> current; ///< empty when the period gives nothing to measure
    std::optional<double> previous;
    /// Text for an empty value, in the report's language.
    QString notMeasured;
    /// The records the value is computed from.
    QStringList currentIds;
    QStringList previousIds;
};

/// Chart drawn under a section's table.
enum class ReportChart { None, Bars, Line };

/// One topic of the report: a table of figures, each compared with the previous period.
struct ReportSection
{
    QString key; ///< stable key, also the CSV file name: "summary", "sectors", ...
    QString title;
    QString introduction;
    QString nameHeader; ///< header of the first column
    QList<ReportFigure> figures;
    QList<ReportMeasure> measures;
    ReportChart chart = ReportChart::None;

    /// True when any figure counts a record in either period.
    [[nodiscard]] bool hasActivity() const;
};

/// Everything an activity report shows, in one language.
struct ReportData
{
    ReportPeriod period;
    ReportPeriod previousPeriod;
    QString language; ///< "en", "fr" or "nl"
    QDateTime generatedAt;
    QList<ReportSection> sections;
    /// Display names of the records whose ids the figures hold.
    QHash<QString, QString> recordNames;
    /// Problems met while computing or writing, in the report's language.
    QStringList warnings;

    /// True when no section counts any record in the period.
    [[nodiscard]] bool isEmptyPeriod() const;
};

} // namespace CoopAtlas::Core
