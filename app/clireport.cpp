// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clireport.h"

#include "terminaltext.h"

#include <core/reports/reportgenerator.h>

#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <optional>

namespace CoopAtlas::Cli {

namespace {

using namespace CoopAtlas::Core;

constexpr int ExitSuccess = 0;
constexpr int ExitFailure = 1;
constexpr int ExitUsage = 2;

class CliText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Cli)
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usage(const QString &message)
{
    err() << message << '\n';
    return ExitUsage;
}

/// The period from --year, --quarter or --from and --to, or an error message.
Result<ReportPeriod> periodFrom(const QCommandLineParser &parser)
{
    const bool year = parser.isSet(QStringLiteral("year"));
    const bool quarter = parser.isSet(QStringLiteral("quarter"));
    const bool range = parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to"));
    if (int(year) + int(quarter) + int(range) != 1) {
        return Error{CliText::tr("Give one period: --year YYYY, --quarter YYYY-Qn, or --from "
                                 "DATE --to DATE."),
                     {}};
    }
    if (year) {
        bool ok = false;
        const int value = parser.value(QStringLiteral("year")).toInt(&ok);
        return ok ? ReportPeriod::year(value)
                  : Result<ReportPeriod>(Error{CliText::tr("Write the year as YYYY, such as 2026."),
                                               parser.value(QStringLiteral("year"))});
    }
    if (quarter) {
        return ReportPeriod::quarter(parser.value(QStringLiteral("quarter")));
    }
    if (!parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to"))) {
        return Error{CliText::tr("Give both --from and --to."), {}};
    }
    return ReportPeriod::range(parser.value(QStringLiteral("from")),
                               parser.value(QStringLiteral("to")));
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        CliText::tr("Writes the activity report for the Region for a period and the period of "
                    "the same length before it. CSV writes a folder with one file per table."));
    parser.addOptions(
        {{QStringLiteral("year"),
          CliText::tr("Report on a calendar year."),
          QStringLiteral("YYYY")},
         {QStringLiteral("quarter"),
          CliText::tr("Report on a calendar quarter."),
          QStringLiteral("YYYY-Qn")},
         {QStringLiteral("from"), CliText::tr("First day of the period."), QStringLiteral("DATE")},
         {QStringLiteral("to"), CliText::tr("Last day of the period."), QStringLiteral("DATE")},
         {QStringLiteral("format"),
          CliText::tr("File format. Default: from the extension of --output (.pdf or .xlsx); "
                      "required for CSV and for other names. A format that differs from the "
                      "extension is rejected."),
          QStringLiteral("pdf|xlsx|csv")},
         {QStringLiteral("lang"),
          CliText::tr("Language of the report."),
          QStringLiteral("fr|nl|en"),
          QStringLiteral("en")},
         {QStringLiteral("output"),
          CliText::tr("File to write (a folder for CSV). An existing file is replaced only once "
                      "the whole output is written; \"-\" (standard output) is rejected."),
          QStringLiteral("FILE")}});
}

QtMessageHandler previousMessageHandler = nullptr;

/// Passes on the messages of CoopAtlas's own logging categories, whose filter
/// rules cli.cpp sets, and fatal messages. Other messages come from Qt or a
/// library and are dropped, because the report command prints its own
/// sentence for every failure.
void printOwnMessagesOnly(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    const bool own
        = context.category != nullptr
          && std::strncmp(context.category, "coopatlas.", std::strlen("coopatlas.")) == 0;
    if ((own || type == QtFatalMsg) && previousMessageHandler != nullptr) {
        previousMessageHandler(type, context, text);
    }
}

/// The help of the report command. QCommandLineParser's usage line names only
/// the program, so its first line is replaced by the command's own usage.
QString helpText(const QCommandLineParser &parser)
{
    QString help = parser.helpText();
    const qsizetype lineEnd = help.indexOf(u'\n');
    help.replace(0,
                 lineEnd < 0 ? help.size() : lineEnd,
                 CliText::tr("Usage: coopatlas-cli [--database FILE] report (--year YYYY | "
                             "--quarter YYYY-Qn | --from DATE --to DATE) --output FILE "
                             "[options]"));
    return help;
}

} // namespace

std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    bool report = false;
    bool verbose = false;
    for (int i = 1; i < argc && !report; ++i) {
        report = std::strcmp(argv[i], "report") == 0;
        verbose = verbose || std::strcmp(argv[i], "--verbose") == 0;
    }
    if (!report) {
        return std::make_unique<QCoreApplication>(argc, argv);
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    if (!verbose) {
        // Before the QGuiApplication, whose constructor already warns, for
        // example "XDG_RUNTIME_DIR not set" when the variable is missing.
        previousMessageHandler = qInstallMessageHandler(&printOwnMessagesOnly);
    }
    return std::make_unique<QGuiApplication>(argc, argv);
}

int runReport(const QStringList &arguments, const QString &databasePath)
{
    QCommandLineParser parser;
    const QCommandLineOption helpOption = parser.addHelpOption();
    addOptions(parser);
    if (!parser.parse(arguments)) {
        return usage(parser.errorText());
    }
    if (parser.isSet(helpOption)) {
        out() << helpText(parser);
        return ExitSuccess;
    }
    const Result<ReportPeriod> period = periodFrom(parser);
    if (!period) {
        return usage(escapeControlCharacters(period.error().text()));
    }
    ReportRequest request;
    request.databasePath = databasePath;
    request.period = *period;
    request.language = parser.value(QStringLiteral("lang"));
    request.outputPath = parser.value(QStringLiteral("output"));
    if (!ReportTemplates::languages().contains(request.language)) {
        return usage(CliText::tr("Choose the language fr, nl or en."));
    }
    if (request.outputPath.isEmpty()) {
        return usage(CliText::tr("Give the file to write with --output FILE."));
    }
    const QString outputPath = parser.value(QStringLiteral("output"));
    const QString extension = QFileInfo(outputPath).suffix().toLower();
    const bool knownExtension = extension == u"pdf" || extension == u"xlsx";
    QString formatName = parser.value(QStringLiteral("format"));
    if (!parser.isSet(QStringLiteral("format"))) {
        if (!knownExtension) {
            return usage(CliText::tr("Give the format with --format pdf, xlsx or csv, or end "
                                     "the --output name with .pdf or .xlsx."));
        }
        formatName = extension;
    }
    const auto format = reportFormatFromName(formatName);
    if (!format) {
        return usage(CliText::tr("Choose the format pdf, xlsx or csv."));
    }
    if (knownExtension && formatName.toLower() != extension) {
        return usage(escapeControlCharacters(
            CliText::tr("--format %1 does not match the extension of %2. Change one of them.")
                .arg(formatName, outputPath)));
    }
    request.format = *format;
    const Result<ReportOutcome> outcome = generateReport(request);
    if (!outcome) {
        err() << escapeControlCharacters(
            CliText::tr("Report failed: %1").arg(outcome.error().text()))
              << '\n';
        return ExitFailure;
    }
    for (const QString &warning : outcome->warnings) {
        err() << escapeControlCharacters(CliText::tr("warning: %1").arg(warning)) << '\n';
    }
    if (outcome->emptyPeriod) {
        out() << CliText::tr("No activity in this period.") << '\n';
    }
    out() << CliText::tr("Report written to %1").arg(escapeControlCharacters(outcome->outputPath))
          << '\n';
    return ExitSuccess;
}

} // namespace CoopAtlas::Cli
