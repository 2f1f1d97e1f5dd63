// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// coopatlas-cli: the headless front end. Each subcommand is one function that
// parses its own options; add new ones (sync, report, export, backup) to
// subcommands().
#include "clicalendar.h"
#include "cliexport.h"
#include "clireport.h"
#include "clisync.h"

#include <core/import/importjob.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <optional>

namespace CoopAtlas::Cli {

namespace {

using namespace CoopAtlas::Core;

constexpr int ExitSuccess = 0;
constexpr int ExitFailure = 1; ///< the command ran and failed, such as an import of an invalid file
constexpr int ExitUsage = 2;   ///< unknown command or invalid option

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

/// Options shared by every subcommand, given before the subcommand name.
struct GlobalOptions
{
    QString databasePath;
    /// True when --database was given, so that restore may take it as its target.
    bool databaseGiven = false;
};

using CommandFunction = int (*)(const QStringList &arguments, const GlobalOptions &options);

struct Subcommand
{
    const char *name;
    const char *summary;
    CommandFunction run;
};

std::optional<DuplicateDecision> decisionFromText(const QString &text)
{
    if (text == u"skip") {
        return DuplicateDecision::Skip;
    }
    if (text == u"merge") {
        return DuplicateDecision::Merge;
    }
    if (text == u"keep") {
        return DuplicateDecision::KeepBoth;
    }
    return std::nullopt;
}

void printSummary(const ImportSummary &summary, const ImportPreview &preview)
{
    if (summary.dryRun) {
        out() << CliText::tr("Dry run: nothing was written. The import would give:") << '\n';
    }
    out() << CliText::tr("Created: %1").arg(summary.created) << '\n';
    if (summary.updated > 0) {
        out() << CliText::tr("Updated: %1").arg(summary.updated) << '\n';
    }
    out() << CliText::tr("Merged: %1").arg(summary.merged) << '\n'
          << CliText::tr("Skipped: %1").arg(summary.skipped) << '\n';
    for (const SkippedRow &row : summary.skippedRows) {
        out() << CliText::tr("  line %1: %2 (%3)").arg(row.line).arg(row.name, row.reason) << '\n';
    }
    for (const QString &warning : summary.warnings) {
        err() << CliText::tr("warning: %1").arg(warning) << '\n';
    }
    if (preview.mapping) {
        out() << CliText::tr("Column mapping: %1")
                     .arg(preview.mapping->preset.isEmpty() ? CliText::tr("from file")
                                                            : preview.mapping->preset)
              << '\n';
    }
}

/// Parses `arguments` like QCommandLineParser::process(), but an invalid
/// option returns ExitUsage, where process() would exit with 1. Returns
/// nothing when the arguments are valid. After --help, prints the help with
/// `command` in its usage line and returns ExitSuccess, or exits through
/// QCommandLineParser::showHelp() when `command` is empty.
std::optional<int> parseArguments(QCommandLineParser &parser,
                                  const QCommandLineOption &helpOption,
                                  const QStringList &arguments,
                                  const QString &command = {})
{
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (!parser.isSet(helpOption)) {
        return std::nullopt;
    }
    if (command.isEmpty()) {
        parser.showHelp(ExitSuccess);
    }
    QString help = parser.helpText();
    if (const qsizetype options = help.indexOf(QLatin1String("[options]")); options >= 0) {
        help.insert(options, command + u' ');
    }
    out() << help;
    out().flush();
    return ExitSuccess;
}

int reportFailure(const Error &error)
{
    err() << CliText::tr("Import failed: %1").arg(error.text()) << '\n';
    return ExitFailure;
}

int runImport(const QStringList &arguments, const GlobalOptions &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Imports a CSV or vCard file into the database. The "
                    "whole file is written in one transaction, or nothing."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 CliText::tr("CSV or vCard file to import."));
    const QCommandLineOption mappingOption(
        QStringLiteral("mapping"),
        CliText::tr(
            "Column mapping (JSON) for a CSV file, instead of the format found from its header."),
        QStringLiteral("file.json"));
    const QCommandLineOption duplicateOption(
        QStringLiteral("on-duplicate"),
        CliText::tr(
            "What to do with a likely duplicate: skip (default), merge (fill empty fields of the "
            "existing record) or keep (create both)."),
        QStringLiteral("skip|merge|keep"),
        QStringLiteral("skip"));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"), CliText::tr("Report what would be imported; write nothing."));
    parser.addOptions({mappingOption, duplicateOption, dryRunOption});
    if (const auto exitCode
        = parseArguments(parser, helpOption, arguments, QStringLiteral("import"))) {
        return *exitCode;
    }

    if (parser.positionalArguments().size() != 1) {
        err() << CliText::tr("Give exactly one file to import. See: coopatlas-cli import --help")
              << '\n';
        return ExitUsage;
    }
    const auto decision = decisionFromText(parser.value(duplicateOption));
    if (!decision) {
        err() << CliText::tr("--on-duplicate takes skip, merge or keep, not \"%1\".")
                     .arg(parser.value(duplicateOption))
              << '\n';
        return ExitUsage;
    }
    ImportJob job(options.databasePath);
    job.setDryRun(parser.isSet(dryRunOption));
    if (parser.isSet(mappingOption)) {
        auto mapping = ColumnMapping::load(parser.value(mappingOption));
        if (!mapping) {
            return reportFailure(mapping.error());
        }
        job.setMapping(*mapping);
    }
    auto preview = job.analyse(parser.positionalArguments().constFirst());
    if (!preview) {
        return reportFailure(preview.error());
    }
    auto summary = job.commit(*preview, {}, *decision);
    if (!summary) {
        return reportFailure(summary.error());
    }
    printSummary(*summary, *preview);
    return ExitSuccess;
}

const QList<Subcommand> &subcommands()
{
    static const QList<Subcommand> commands = {
        {"import", QT_TRANSLATE_NOOP("CoopAtlas::Cli", "Import a CSV or vCard file."), &runImport},
        {"sync",
         QT_TRANSLATE_NOOP("CoopAtlas::Cli", "Sync the database with the CouchDB server."),
         [](const QStringList &arguments, const GlobalOptions &options) {
             return CoopAtlas::Cli::runSync(arguments, options.databasePath);
         }},
        {"conflicts",
         QT_TRANSLATE_NOOP("CoopAtlas::Cli", "List sync conflicts and rejected records."),
         [](const QStringList &arguments, const GlobalOptions &options) {
             return CoopAtlas::Cli::runConflicts(arguments, options.databasePath);
         }},
        {"resolve",
         QT_TRANSLATE_NOOP("CoopAtlas::Cli", "Keep the local or the remote side of a conflict."),
         [](const QStringList &arguments, const GlobalOptions &options) {
             return CoopAtlas::Cli::runResolve(arguments, options.databasePath);
         }},
        {"calendar",
         QT_TRANSLATE_NOOP("CoopAtlas::Cli", "Export workshops and residencies as iCalendar."),
         [](const QStringList &arguments, const GlobalOptions &options) {
             return CoopAtlas::Cli::runCalendar(arguments, options.databasePath);
         }},
        {"report",
         QT_TRANSLATE_NOOP("CoopAtlas::Cli", "Write the activity report as PDF, XLSX or CSV."),
         [](const QStringList &arguments, const GlobalOptions &options) {
             return CoopAtlas::Cli::runReport(arguments, options.databasePath);
         }},
        {"export",
         QT_TRANSLATE_NOOP("CoopAtlas::Cli", "Export a list as CSV, or contacts as vCards."),
         [](const QStringList &arguments, const GlobalOptions &options) {
             return CoopAtlas::Cli::runExport(arguments, options.databasePath);
         }},
        {"backup",
         QT_TRANSLATE_NOOP("CoopAtlas::Cli", "Write a full JSON backup of the database."),
         [](const QStringList &arguments, const GlobalOptions &options) {
             return CoopAtlas::Cli::runBackup(arguments, options.databasePath);
         }},
        {"restore",
         QT_TRANSLATE_NOOP("CoopAtlas::Cli", "Restore a JSON backup into a new database file."),
         [](const QStringList &arguments, const GlobalOptions &options) {
             return CoopAtlas::Cli::runRestore(
                 arguments, options.databaseGiven ? options.databasePath : QString());
         }},
    };
    return commands;
}

QString defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("coopatlas.sqlite"));
}

QString commandList()
{
    QString text = CliText::tr("Commands:") + u'\n';
    for (const Subcommand &command : subcommands()) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(command.name).leftJustified(10),
                         CliText::tr(command.summary));
    }
    return text;
}

/// Installs the CoopAtlas translation for the system language, or the English
/// one (for plural forms) when there is none, and Qt's own translation, which
/// covers the messages of QCommandLineParser.
void installTranslations(QCoreApplication &app)
{
    const QLocale locale = QLocale::system();
    QLocale::setDefault(locale);
    const QString folder = QStringLiteral(":/i18n");
    const QString prefix = QStringLiteral("_");
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(locale, QStringLiteral("coopatlas"), prefix, folder)
        || appTranslator->load(QStringLiteral("coopatlas_en"), folder)) {
        QCoreApplication::installTranslator(appTranslator);
    }
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale,
                           QStringLiteral("qtbase"),
                           prefix,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    }
}

/// Runs the command line of the application: global options, then one subcommand.
int run()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("CoopAtlas from the command line.") + u'\n'
                                     + commandList());
    const QCommandLineOption helpOption = parser.addHelpOption();
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        CliText::tr(
            "SQLite database to use (default: coopatlas.sqlite in the application data folder)."),
        QStringLiteral("file"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           CliText::tr("Log progress messages to standard error."));
    parser.addOptions({databaseOption, verboseOption});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 CliText::tr("Command to run, see above."));
    if (const auto exitCode = parseArguments(parser, helpOption, QCoreApplication::arguments())) {
        return *exitCode;
    }

    if (!parser.isSet(verboseOption)) {
        // Errors reach the user through the command's own output on stderr.
        // Categories declared without a level, such as coopatlas.core.interchange,
        // also let debug messages through unless a rule stops them.
        QLoggingCategory::setFilterRules(QStringLiteral(
            "coopatlas.*.debug=false\ncoopatlas.*.info=false\ncoopatlas.*.warning=false"));
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err() << CliText::tr("Give a command.") << '\n' << commandList();
        return ExitUsage;
    }
    GlobalOptions options;
    options.databasePath
        = parser.isSet(databaseOption) ? parser.value(databaseOption) : defaultDatabasePath();
    options.databaseGiven = parser.isSet(databaseOption);
    // "help" prints this help, and "help COMMAND" the help of that command.
    const bool isHelp = positional.constFirst() == QLatin1String("help");
    if (isHelp && positional.size() == 1) {
        out() << parser.helpText();
        return ExitSuccess;
    }
    const QString name = isHelp ? positional.at(1) : positional.constFirst();
    for (const Subcommand &command : subcommands()) {
        if (isHelp && name == QLatin1String(command.name)) {
            // "help export csv" gives the help of "export csv", not of "export".
            QStringList arguments = positional.mid(1);
            arguments.append(QStringLiteral("--help"));
            return command.run(arguments, options);
        }
        if (positional.constFirst() == QLatin1String(command.name)) {
            // The subcommand parser skips its first argument, the command name.
            return command.run(positional, options);
        }
    }
    err() << CliText::tr("Unknown command \"%1\".").arg(name) << '\n' << commandList();
    return ExitUsage;
}

} // namespace

} // namespace CoopAtlas::Cli

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = CoopAtlas::Cli::createApplication(argc, argv);
    // The GUI uses the same names, so both find the same default database.
    QCoreApplication::setOrganizationName(QStringLiteral("CoopAtlas"));
    QCoreApplication::setApplicationName(QStringLiteral("CoopAtlas"));
    CoopAtlas::Cli::installTranslations(*app);
    return CoopAtlas::Cli::run();
}
