// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportgenerator.h"

#include "csvreportwriter.h"
#include "pdfreportwriter.h"
#include "xlsxreportwriter.h"

#include <core/interchange/outputfile.h>
#include <core/storage/database.h>
#include <core/storage/store.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>

namespace CoopAtlas::Core {

namespace {

Q_LOGGING_CATEGORY(lcReports, "coopatlas.core.reports")

// A class, not a helper function, so that lupdate files its strings under its context.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::ReportGenerator)
};

/// Progress given to computing; writing the file takes the rest.
constexpr int ComputeShare = 80;

Result<void>
writeReport(ReportData &data, const ReportTemplates &templates, const ReportRequest &request)
{
    switch (request.format) {
    case ReportFormat::Pdf:
        return PdfReportWriter::write(data, templates, request.outputPath);
    case ReportFormat::Xlsx:
        return XlsxReportWriter::write(data, templates, request.outputPath);
    case ReportFormat::Csv:
        break;
    }
    return CsvReportWriter::write(data, templates, request.outputPath);
}

} // namespace

std::optional<ReportFormat> reportFormatFromName(const QString &name)
{
    if (name == u"pdf") {
        return ReportFormat::Pdf;
    }
    if (name == u"xlsx") {
        return ReportFormat::Xlsx;
    }
    if (name == u"csv") {
        return ReportFormat::Csv;
    }
    return std::nullopt;
}

Result<ReportOutcome> generateReport(const ReportRequest &request,
                                     const ReportProgress &progress,
                                     const ReportCancelFlag &cancel)
{
    if (!QFileInfo(request.databasePath).isFile()) {
        return Error{
            Text::tr("The database file does not exist. Give the path of a CoopAtlas file."),
            request.databasePath};
    }
    if (request.outputPath.isEmpty()) {
        return Error{Text::tr("Give the file to write the report to."), {}};
    }
    Result<ReportTemplates> templates
        = ReportTemplates::load(request.language, request.templateFolder);
    if (!templates) {
        return templates.error();
    }
    if (auto distinct = checkOutputIsNotDatabase(request.outputPath, request.databasePath);
        !distinct) {
        return distinct.error();
    }
    Result<std::unique_ptr<Database>> database = Database::openReadOnly(request.databasePath);
    if (!database) {
        return database.error();
    }
    if (cancel) {
        (*database)->setCancelFlag(cancel);
    }
    Store store(std::move(database).value());
    ReportBuilder builder(store, *templates);
    builder.setCancelFlag(cancel);
    builder.setProgress([&progress](int percent) {
        if (progress) {
            progress(percent * ComputeShare / 100);
        }
    });
    Result<ReportData> data = builder.build(request.period);
    if (!data) {
        qCWarning(lcReports) << "Report not computed:" << data.error().text();
        return data.error();
    }
    data->warnings = templates->warnings() + data->warnings;
    if (cancel && cancel->load()) {
        return Error{Text::tr("The report was cancelled."), {}};
    }
    if (Result<void> written = writeReport(data.value(), *templates, request); !written) {
        return written.error();
    }
    if (progress) {
        progress(100);
    }
    qCInfo(lcReports) << "Report written to" << request.outputPath;
    return ReportOutcome{request.outputPath, data->isEmptyPeriod(), data->warnings};
}

} // namespace CoopAtlas::Core
