// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/reports/reportdata.h>
#include <core/reports/reporttemplates.h>
#include <core/result.h>

namespace CoopAtlas::Core {

/// Writes an activity report as an XLSX workbook through libxlsxwriter: a first
/// sheet with the period, definitions and warnings, then for each section a sheet
/// of its figures and a sheet of the records behind each figure. Counts are
/// number cells, every text a string cell (never a formula); header rows are
/// bold and frozen. Control characters are removed, and a text longer than a
/// cell can contain is cut, with a warning appended to `data.warnings` and listed on
/// the first sheet.
class XlsxReportWriter
{
public:
    [[nodiscard]] static Result<void>
    write(ReportData &data, const ReportTemplates &templates, const QString &path);
};

} // namespace CoopAtlas::Core
