// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/reports/reportbuilder.h>
#include <core/reports/reportdata.h>
#include <core/reports/reporttemplates.h>
#include <core/result.h>

namespace CoopAtlas::Core {

/// Writes an activity report as a folder of CSV files (RFC 4180, comma, UTF-8
/// with a byte order mark so that spreadsheet programs detect the encoding):
/// <section>.csv with the figures of each section, and <section>-records.csv
/// with the records behind them. The folder is created when missing; files of
/// the same names in it are replaced. Text cells that start with =, +, -, @,
/// tab or carriage return get a leading apostrophe; counts are plain integers.
class CsvReportWriter
{
public:
    /// Calls `progress` after each file with the share of files written, and
    /// stops with a "cancelled" error after the first file written once
    /// `cancel` is set. The files written until then stay in the folder.
    [[nodiscard]] static Result<void> write(const ReportData &data,
                                            const ReportTemplates &templates,
                                            const QString &folder,
                                            const ReportProgress &progress = {},
                                            const ReportCancelFlag &cancel = {});
    /// One CSV line (with CRLF) of already guarded or numeric cells.
    [[nodiscard]] static QByteArray line(const QStringList &cells);
};

} // namespace CoopAtlas::Core
