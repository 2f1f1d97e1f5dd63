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
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <filesystem>
#include <system_error>

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

/// Writes a PDF or XLSX report next to its destination and moves it there
/// only when no cancel came during the writing, so that a cancelled report
/// leaves the destination as it was. A CSV report is a folder of files,
/// written in place.
// TODO: a cancel that comes while the CSV files are written leaves the files
// written so far in the folder.
Result<void> writeAndPlace(ReportData &data,
                           const ReportTemplates &templates,
                           const ReportRequest &request,
                           const ReportCancelFlag &cancel)
{
    // The writers reject "-" and a folder with their own messages.
    if (request.format == ReportFormat::Csv || request.outputPath == u"-"
        || QFileInfo(request.outputPath).isDir()) {
        return writeReport(data, templates, request);
    }
    ReportRequest partial = request;
    partial.outputPath = request.outputPath + QStringLiteral(".part");
    if (Result<void> written = writeReport(data, templates, partial); !written) {
        QFile::remove(partial.outputPath);
        // The writers name the file they wrote; the user chose the other name.
        Error error = written.error();
        error.message.replace(partial.outputPath, request.outputPath);
        error.context.replace(partial.outputPath, request.outputPath);
        return error;
    }
    if (cancel && cancel->load()) {
        QFile::remove(partial.outputPath);
        return Error{Text::tr("The report was cancelled."), {}};
    }
    std::error_code failure;
    std::filesystem::rename(QFile::encodeName(partial.outputPath).toStdString(),
                            QFile::encodeName(request.outputPath).toStdString(),
                            failure);
    if (failure) {
        qCWarning(lcReports) << "Report not moved to" << request.outputPath << ":"
                             << failure.message().c_str();
        QFile::remove(partial.outputPath);
        return Error{Text::tr("The report cannot be saved under this name (%1). Choose another "
                              "file or folder.")
                         .arg(QString::fromStdString(failure.message())),
                     request.outputPath};
    }
    return {};
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
    if (Result<void> written = writeAndPlace(data.value(), *templates, request, cancel); !written) {
        return written.error();
    }
    if (progress) {
        progress(100);
    }
    qCInfo(lcReports) << "Report written to" << request.outputPath;
    return ReportOutcome{request.outputPath, data->isEmptyPeriod(), data->warnings};
}

} // namespace CoopAtlas::Core
