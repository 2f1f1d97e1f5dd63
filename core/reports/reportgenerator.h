// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/reports/reportbuilder.h>
#include <core/reports/reportperiod.h>
#include <core/result.h>

#include <QString>
#include <QStringList>

#include <optional>

namespace CoopAtlas::Core {

enum class ReportFormat { Pdf, Xlsx, Csv };

/// "pdf", "xlsx" or "csv" to a format.
[[nodiscard]] std::optional<ReportFormat> reportFormatFromName(const QString &name);

/// Period, language, format and output path of a report.
struct ReportRequest
{
    QString databasePath; ///< an existing CoopAtlas SQLite file
    ReportPeriod period;
    QString language = QStringLiteral("en"); ///< "en", "fr" or "nl"
    ReportFormat format = ReportFormat::Pdf;
    /// The file to write, or for CSV the folder that receives one file per table.
    QString outputPath;
    /// Folder with <lang>/report.txt files that replace the bundled wording;
    /// ReportTemplates::defaultOverrideFolder() by default, none when empty.
    QString templateFolder = ReportTemplates::defaultOverrideFolder();
};

struct ReportOutcome
{
    QString outputPath;
    bool emptyPeriod = false;
    QStringList warnings;
};

/// Opens its own connection to the database, computes the report and writes it.
/// Runs on the calling thread; ReportJob runs it on a worker thread. Progress
/// goes from 0 to 100. The PDF format needs a QGuiApplication.
[[nodiscard]] Result<ReportOutcome> generateReport(const ReportRequest &request,
                                                   const ReportProgress &progress = {},
                                                   const ReportCancelFlag &cancel = {});

} // namespace CoopAtlas::Core
