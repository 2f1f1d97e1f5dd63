// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/reports/reportdata.h>
#include <core/reports/reporttemplates.h>
#include <core/result.h>

namespace CoopAtlas::Core {

/// Writes an activity report as an A4 PDF through QPdfWriter at 300 dpi. The PDF
/// has a title page, contents with page numbers, the definitions, and one
/// section per topic with its table and a vector chart. A table's header row
/// repeats on each page, and every page ends with "n / N". Text is set in DejaVu Sans, with Symbola
/// for symbols and emoji that DejaVu lacks; both are embedded as subsets.
/// Needs a QGuiApplication (fonts); safe to call on a worker thread.
class PdfReportWriter
{
public:
    [[nodiscard]] static Result<void>
    write(const ReportData &data, const ReportTemplates &templates, const QString &path);
};

} // namespace CoopAtlas::Core
