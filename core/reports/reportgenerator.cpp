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
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>

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

std::string nativePath(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

/// Moves every file of `from` into the existing folder `to`, replacing files of
/// the same names. Stops at the first failure and returns its description.
QString moveFiles(const QDir &from, const QDir &to)
{
    const QStringList names = from.entryList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : names) {
        std::error_code failure;
        std::filesystem::rename(
            nativePath(from.filePath(name)), nativePath(to.filePath(name)), failure);
        if (failure) {
            qCWarning(lcReports) << "Report file" << name << "not moved to" << to.path() << ":"
                                 << failure.message().c_str();
            return QString::fromStdString(failure.message());
        }
    }
    return {};
}

/// Writes the CSV files of a report into a temporary folder next to the
/// destination folder, then moves them into the destination when no cancel
/// came. Files of an earlier report in the destination are replaced only then,
/// and a cancelled or failed report leaves the destination as it was.
Result<void> writeCsvAndPlace(ReportData &data,
                              const ReportTemplates &templates,
                              const QString &outputPath,
                              const ReportProgress &progress,
                              const ReportCancelFlag &cancel)
{
    QString folder = QDir::cleanPath(QDir(outputPath).absolutePath());
    // A symbolic link to a folder gets the temporary folder beside its target,
    // on the target's file system.
    if (const QString target = QFileInfo(folder).canonicalFilePath(); !target.isEmpty()) {
        folder = target;
    }
    const QFileInfo destination(folder);
    if (destination.exists() && !destination.isDir()) {
        return Error{Text::tr("%1 is a file, but a CSV report is a folder of files. Choose a "
                              "folder.")
                         .arg(QDir::toNativeSeparators(folder)),
                     {}};
    }
    const QString parent = destination.absolutePath();
    if (!QDir().mkpath(parent)) {
        return Error{Text::tr("The folder %1 cannot be created. Check the path and that you may "
                              "write there.")
                         .arg(QDir::toNativeSeparators(parent)),
                     {}};
    }
    // In the parent folder, so that the files reach the destination by a
    // rename on the same file system.
    QTemporaryDir staging(parent + u'/' + destination.fileName() + QStringLiteral(".part-XXXXXX"));
    if (!staging.isValid()) {
        qCWarning(lcReports) << "No temporary folder in" << parent << ":" << staging.errorString();
        return Error{Text::tr("The CSV report cannot be written because the folder %1 does not "
                              "allow new files (%2). Check that you may write there, or choose "
                              "another folder.")
                         .arg(QDir::toNativeSeparators(parent), staging.errorString()),
                     {}};
    }
    // Each file written moves the progress above ComputeShare, and 100 comes
    // only once the files are in place.
    const ReportProgress writingProgress = [&progress](int percent) {
        if (progress) {
            progress(ComputeShare + 1 + percent * (98 - ComputeShare) / 100);
        }
    };
    if (Result<void> written
        = CsvReportWriter::write(data, templates, staging.path(), writingProgress, cancel);
        !written) {
        // The writer names the files it wrote; the user chose the destination folder.
        Error error = written.error();
        const QString nativeStaging = QDir::toNativeSeparators(staging.path());
        error.message.replace(nativeStaging, QDir::toNativeSeparators(folder));
        error.message.replace(staging.path(), folder);
        error.context.replace(staging.path(), folder);
        return error;
    }
    if (cancel && cancel->load()) {
        return Error{Text::tr("The report was cancelled."), {}};
    }
    if (!QDir().mkpath(folder)) {
        return Error{Text::tr("The folder %1 cannot be created. Check the path and that you may "
                              "write there.")
                         .arg(QDir::toNativeSeparators(folder)),
                     {}};
    }
    // NOTE: the files move one by one, so a move that fails after the first one
    // leaves the files moved until then in the destination. Such a failure
    // needs, for example, a subfolder named like a report file, or a change of
    // the folder's permissions during the moves.
    if (const QString failure = moveFiles(QDir(staging.path()), QDir(folder)); !failure.isEmpty()) {
        return Error{Text::tr("The CSV files cannot be moved into the folder %1 (%2). Check that "
                              "you may write in that folder, or choose another one.")
                         .arg(QDir::toNativeSeparators(folder), failure),
                     {}};
    }
    return {};
}

/// Writes a PDF or XLSX report next to its destination and moves it there
/// only when no cancel came during the writing, so that a cancelled report
/// leaves the destination as it was. A CSV report goes through
/// writeCsvAndPlace() for the same reason.
Result<void> writeAndPlace(ReportData &data,
                           const ReportTemplates &templates,
                           const ReportRequest &request,
                           const ReportProgress &progress,
                           const ReportCancelFlag &cancel)
{
    if (request.format == ReportFormat::Csv) {
        return writeCsvAndPlace(data, templates, request.outputPath, progress, cancel);
    }
    // The writers reject "-" and a folder with their own messages.
    if (request.outputPath == u"-" || QFileInfo(request.outputPath).isDir()) {
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
    std::filesystem::rename(
        nativePath(partial.outputPath), nativePath(request.outputPath), failure);
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
    if (Result<void> written = writeAndPlace(data.value(), *templates, request, progress, cancel);
        !written) {
        return written.error();
    }
    if (progress) {
        progress(100);
    }
    qCInfo(lcReports) << "Report written to" << request.outputPath;
    return ReportOutcome{request.outputPath, data->isEmptyPeriod(), data->warnings};
}

} // namespace CoopAtlas::Core
