// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliexport.h"

#include "terminaltext.h"

#include <core/interchange/csvwriter.h>
#include <core/interchange/jsonbackup.h>
#include <core/interchange/listcsvexport.h>
#include <core/interchange/outputfile.h>
#include <core/interchange/vcardexport.h>
#include <core/storage/database.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

#include <cstdio>
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

int fail(const QString &message)
{
    err() << escapeControlCharacters(message) << '\n';
    err().flush();
    return ExitFailure;
}

int usage(const QString &message)
{
    // Messages echo option values, which may contain terminal control sequences.
    err() << escapeControlCharacters(message) << '\n';
    err().flush();
    return ExitUsage;
}

/// Parses the arguments of a subcommand whose usage line is `command`. Returns
/// the exit code when the command ends here: after --help or an invalid option.
std::optional<int>
parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command)
{
    const QCommandLineOption helpOption = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        return usage(parser.errorText());
    }
    if (parser.isSet(helpOption)) {
        QString help = parser.helpText();
        const qsizetype options = help.indexOf(QLatin1String("[options]"));
        if (options >= 0) {
            help.insert(options, command + u' ');
        }
        out() << help;
        if (!help.endsWith(u'\n')) {
            out() << '\n';
        }
        out().flush();
        return ExitSuccess;
    }
    return std::nullopt;
}

/// An error for a database that does not exist, so that no empty one is created.
std::optional<int> checkDatabaseExists(const QString &databasePath)
{
    if (QFileInfo::exists(databasePath)) {
        return std::nullopt;
    }
    return fail(CliText::tr("%1: the database does not exist. Give an existing CoopAtlas file "
                            "with --database before the command.")
                    .arg(databasePath));
}

std::optional<ListTable> listFromName(const QString &name)
{
    if (name == u"organisations") {
        return ListTable::Organisations;
    }
    if (name == u"people") {
        return ListTable::People;
    }
    if (name == u"links") {
        return ListTable::Links;
    }
    return std::nullopt;
}

int runExportCsv(const QStringList &arguments, const QString &databasePath)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Exports a record list as CSV: every column and every live row, sorted by "
                    "the first column. Cells that a spreadsheet would run as a formula start "
                    "with an apostrophe."));
    const QCommandLineOption listOption(QStringLiteral("list"),
                                        CliText::tr("List to export."),
                                        QStringLiteral("organisations|people|links"));
    const QCommandLineOption dialectOption(
        QStringLiteral("dialect"),
        CliText::tr("excel: UTF-8 with a byte order mark and \";\" between fields; plain: UTF-8 "
                    "and \",\". Default: excel for French, Dutch or German system languages, "
                    "else plain."),
        QStringLiteral("excel|plain"));
    const QCommandLineOption outputOption(
        QStringLiteral("output"),
        CliText::tr("CSV file to write. An existing file is replaced only once the whole output is "
                    "written; \"-\" (standard output) is rejected."),
        QStringLiteral("file"));
    parser.addOptions({listOption, dialectOption, outputOption});
    if (const auto exitCode = parse(parser, arguments, QStringLiteral("export csv"))) {
        return *exitCode;
    }
    if (!parser.isSet(listOption)) {
        return usage(
            CliText::tr("Give the list to export with --list organisations, people or links."));
    }
    const auto list = listFromName(parser.value(listOption));
    if (!list) {
        return usage(CliText::tr("--list takes organisations, people or links, not \"%1\".")
                         .arg(parser.value(listOption)));
    }
    std::optional<CsvDialect> dialect = defaultCsvDialect(QLocale().name());
    if (parser.isSet(dialectOption)) {
        dialect = csvDialectFromName(parser.value(dialectOption));
        if (!dialect) {
            return usage(CliText::tr("--dialect takes excel or plain, not \"%1\".")
                             .arg(parser.value(dialectOption)));
        }
    }
    if (!parser.isSet(outputOption)) {
        return usage(CliText::tr("Give the file to write with --output FILE."));
    }
    if (const auto missing = checkDatabaseExists(databasePath)) {
        return *missing;
    }
    ListCsvOptions options;
    options.query.table = *list;
    options.dialect = *dialect;
    auto rows = ListCsvExport().writeFile(databasePath, options, parser.value(outputOption));
    if (!rows) {
        return fail(CliText::tr("Export failed: %1").arg(rows.error().text()));
    }
    out() << CliText::tr("Exported %n row(s) to %1.", nullptr, int(*rows))
                 .arg(parser.value(outputOption))
          << '\n';
    return ExitSuccess;
}

int runExportVCard(const QStringList &arguments, const QString &databasePath)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Exports people and organisations as vCards, organisations first, each "
                    "sorted by name. Each card has the UID urn:uuid:ID with the record's id, and "
                    "an organisation has its kind as X-COOPATLAS-KIND, its stage, sectors, "
                    "founding and closing dates as X-COOPATLAS-STAGE, X-COOPATLAS-SECTORS, "
                    "X-COOPATLAS-FOUNDED and X-COOPATLAS-CLOSED, and its tags as CATEGORIES, so "
                    "that importing the file again updates the same records instead of adding "
                    "copies. Values are "
                    "written exactly, except that vCard text has no escape for a carriage "
                    "return: a CR or CRLF inside a value is written as a line break and reads "
                    "back as LF."));
    const QCommandLineOption versionOption(QStringLiteral("version"),
                                           CliText::tr("vCard version (default: 4.0)."),
                                           QStringLiteral("4.0|3.0"),
                                           QStringLiteral("4.0"));
    const QCommandLineOption kindOption(
        QStringLiteral("kind"),
        CliText::tr("Export only people or only organisations (default: both)."),
        QStringLiteral("person|organisation"));
    const QCommandLineOption outputOption(
        QStringLiteral("output"),
        CliText::tr("vCard file to write. An existing file is replaced only once the whole output "
                    "is written; \"-\" (standard output) is rejected."),
        QStringLiteral("file"));
    parser.addOptions({versionOption, kindOption, outputOption});
    if (const auto exitCode = parse(parser, arguments, QStringLiteral("export vcard"))) {
        return *exitCode;
    }
    VCardExportOptions options;
    const auto version = vCardVersionFromName(parser.value(versionOption));
    if (!version) {
        return usage(CliText::tr("--version takes 4.0 or 3.0, not \"%1\".")
                         .arg(parser.value(versionOption)));
    }
    options.version = *version;
    if (parser.isSet(kindOption)) {
        const QString kind = parser.value(kindOption);
        if (kind != u"person" && kind != u"organisation") {
            return usage(CliText::tr("--kind takes person or organisation, not \"%1\".").arg(kind));
        }
        options.people = kind == u"person";
        options.organisations = kind == u"organisation";
    }
    if (!parser.isSet(outputOption)) {
        return usage(CliText::tr("Give the file to write with --output FILE."));
    }
    if (const auto missing = checkDatabaseExists(databasePath)) {
        return *missing;
    }
    auto cards = VCardExport().writeFile(databasePath, options, parser.value(outputOption));
    if (!cards) {
        return fail(CliText::tr("Export failed: %1").arg(cards.error().text()));
    }
    out() << CliText::tr("Exported %n card(s) to %1.", nullptr, int(*cards))
                 .arg(parser.value(outputOption))
          << '\n';
    return ExitSuccess;
}

} // namespace

int runExport(const QStringList &arguments, const QString &databasePath)
{
    const QString format = arguments.value(1);
    // The format's parser skips its first argument, so "export csv ..." loses "export".
    const QStringList rest = arguments.mid(1);
    if (format == u"csv") {
        return runExportCsv(rest, databasePath);
    }
    if (format == u"vcard") {
        return runExportVCard(rest, databasePath);
    }
    if (format == u"--help" || format == u"-h" || format == u"help") {
        out() << CliText::tr("Usage: coopatlas-cli export csv|vcard [options]\n"
                             "  csv    Export a record list as CSV.\n"
                             "  vcard  Export people and organisations as vCards.\n"
                             "See: coopatlas-cli export csv --help")
              << '\n';
        return ExitSuccess;
    }
    return usage(
        CliText::tr("Give the format to export: csv or vcard. See: coopatlas-cli export --help"));
}

int runBackup(const QStringList &arguments, const QString &databasePath)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Writes a full backup of the database as JSON: every table and row, and the "
                    "schema version. Restore it with: coopatlas-cli restore BACKUP --database "
                    "NEWFILE"));
    const QCommandLineOption outputOption(
        QStringLiteral("output"),
        CliText::tr("Backup file to write. An existing file is replaced only once the whole output "
                    "is written; \"-\" (standard output) is rejected."),
        QStringLiteral("file"));
    parser.addOption(outputOption);
    if (const auto exitCode = parse(parser, arguments, QStringLiteral("backup"))) {
        return *exitCode;
    }
    if (!parser.isSet(outputOption)) {
        return usage(CliText::tr("Give the file to write with --output FILE."));
    }
    if (const auto missing = checkDatabaseExists(databasePath)) {
        return *missing;
    }
    auto db = Database::openReadOnly(databasePath);
    if (!db) {
        return fail(CliText::tr("Backup failed: %1").arg(db.error().text()));
    }
    auto rows = JsonBackup().write(**db, parser.value(outputOption));
    if (!rows) {
        return fail(CliText::tr("Backup failed: %1").arg(rows.error().text()));
    }
    out() << CliText::tr("Backed up %n row(s) to %1.", nullptr, int(*rows))
                 .arg(parser.value(outputOption))
          << '\n';
    return ExitSuccess;
}

int runRestore(const QStringList &arguments, const QString &globalDatabasePath)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Restores a JSON backup into a new database file. A backup of an older "
                    "schema version is migrated. Nothing is written when the backup is invalid."));
    parser.addPositionalArgument(QStringLiteral("backup"), CliText::tr("Backup file to read."));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        CliText::tr("New database file to create; it must not exist. It may also be given "
                    "before the command."),
        QStringLiteral("file"));
    parser.addOption(databaseOption);
    if (const auto exitCode = parse(parser, arguments, QStringLiteral("restore"))) {
        return *exitCode;
    }
    if (parser.positionalArguments().size() != 1) {
        return usage(
            CliText::tr("Give exactly one backup file. See: coopatlas-cli restore --help"));
    }
    const QString target
        = parser.isSet(databaseOption) ? parser.value(databaseOption) : globalDatabasePath;
    if (target.isEmpty()) {
        return usage(CliText::tr("Give the new database file with --database FILE."));
    }
    auto rows = JsonBackup().restore(parser.positionalArguments().constFirst(), target);
    if (!rows) {
        return fail(CliText::tr("Restore failed: %1").arg(rows.error().text()));
    }
    out() << CliText::tr("Restored %n row(s) into %1.", nullptr, int(*rows)).arg(target) << '\n';
    return ExitSuccess;
}

} // namespace CoopAtlas::Cli
