// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicalendar.h"

#include "terminaltext.h"

#include <core/interchange/calendarmapping.h>
#include <core/interchange/outputfile.h>
#include <core/storage/activitystore.h>
#include <core/storage/database.h>
#include <core/storage/store.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
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
    err() << message << '\n';
    err().flush();
    return ExitUsage;
}

struct CalendarOptions
{
    QString databasePath;
    QString outputPath;
    CalendarSelection selection;
    bool allowEmpty = false; ///< write a calendar without items when nothing matches
};

/// The date of a --from or --to option, a null date when it is absent, or a
/// message that names the value. The whole value must be YYYY-MM-DD, because
/// QDate::fromString() ignores text after the tenth character.
Result<QDate> dateOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option)) {
        return QDate();
    }
    const QString text = parser.value(option);
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString name = QStringLiteral("--") + option.names().constFirst();
    if (!pattern.match(text).hasMatch()) {
        return Error{CliText::tr("%1 \"%2\" is not a date: write it as YYYY-MM-DD, such as "
                                 "2026-03-29.")
                         .arg(name, escapeControlCharacters(text)),
                     QString()};
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        return Error{
            CliText::tr("%1 %2: that day does not exist. Check the month and day.").arg(name, text),
            QString()};
    }
    return date;
}

/// Reads the options into `options`, or returns the exit code when the command ends here.
std::optional<int>
parseOptions(const QStringList &arguments, const QString &databasePath, CalendarOptions &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Writes workshops and residencies as one iCalendar (.ics) file: timed "
                    "workshops in their own time zone, all-day workshops and residencies as "
                    "dates. Without a filter every live item is written. When no item "
                    "matches, nothing is written and the exit status is 1, unless "
                    "--allow-empty is given."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"), CliText::tr("CoopAtlas file to read."), QStringLiteral("file"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"),
        CliText::tr("First day (YYYY-MM-DD, local time) that an item must reach."),
        QStringLiteral("date"));
    const QCommandLineOption toOption(
        QStringLiteral("to"),
        CliText::tr("Last day (YYYY-MM-DD, local time, included) on which an item may start."),
        QStringLiteral("date"));
    const QCommandLineOption kindOption(QStringLiteral("kind"),
                                        CliText::tr("Write only workshops or only residencies."),
                                        QStringLiteral("workshop|residency"));
    const QCommandLineOption idOption(
        QStringLiteral("id"),
        CliText::tr("Write only this workshop or residency; give it once per item."),
        QStringLiteral("uuid"));
    const QCommandLineOption outputOption(
        QStringLiteral("output"),
        CliText::tr("iCalendar file to write. An existing file is replaced only once the whole "
                    "output is written; \"-\" (standard output) is rejected."),
        QStringLiteral("file"));
    const QCommandLineOption allowEmptyOption(
        QStringLiteral("allow-empty"),
        CliText::tr("Write a calendar without items, with exit status 0, when no item matches."));
    parser.addOptions({databaseOption,
                       fromOption,
                       toOption,
                       kindOption,
                       idOption,
                       outputOption,
                       allowEmptyOption});
    if (!parser.parse(arguments)) {
        return usage(parser.errorText());
    }
    if (parser.isSet(helpOption)) {
        QString help = parser.helpText();
        help.replace(QLatin1String("[options]"), QLatin1String("calendar [options]"));
        out() << help;
        out().flush();
        return ExitSuccess;
    }
    options.databasePath
        = parser.isSet(databaseOption) ? parser.value(databaseOption) : databasePath;
    options.outputPath = parser.value(outputOption);
    if (options.outputPath.isEmpty()) {
        return usage(CliText::tr("Give the file to write with --output FILE."));
    }
    const auto from = dateOption(parser, fromOption);
    const auto to = dateOption(parser, toOption);
    if (!from) {
        return usage(from.error().message);
    }
    if (!to) {
        return usage(to.error().message);
    }
    if (from->isValid() && to->isValid() && *to < *from) {
        return usage(CliText::tr("--to %1 is before --from %2. Swap the two dates.")
                         .arg(to->toString(Qt::ISODate), from->toString(Qt::ISODate)));
    }
    options.selection.from = *from;
    options.selection.to = *to;
    if (parser.isSet(kindOption)) {
        const QString kind = parser.value(kindOption);
        if (kind != QLatin1String("workshop") && kind != QLatin1String("residency")) {
            return usage(CliText::tr("--kind takes workshop or residency, not \"%1\".").arg(kind));
        }
        options.selection.kind = recordKindFromName(kind);
    }
    options.selection.ids = parser.values(idOption);
    options.allowEmpty = parser.isSet(allowEmptyOption);
    return std::nullopt;
}

Result<int> writeCalendar(const CalendarOptions &options)
{
    if (auto distinct = checkOutputIsNotDatabase(options.outputPath, options.databasePath);
        !distinct) {
        return distinct.error();
    }
    auto db = Database::openReadOnly(options.databasePath);
    if (!db) {
        return db.error();
    }
    Store store(std::move(db).value());
    const ActivityStore activities(store);
    auto items = calendarItems(activities, options.selection);
    if (!items) {
        return items.error();
    }
    auto text = writeICalendar(*items);
    if (!text) {
        return text.error();
    }
    OutputFile file(options.outputPath);
    if (auto opened = file.open(); !opened) {
        return opened.error();
    }
    if (items->isEmpty() && !options.allowEmpty) {
        return 0; // the destructor of OutputFile discards the temporary file
    }
    file.write(*text);
    if (auto committed = file.commit(); !committed) {
        return committed.error();
    }
    return int(items->size());
}

} // namespace

int runCalendar(const QStringList &arguments, const QString &databasePath)
{
    CalendarOptions options;
    if (const auto exitCode = parseOptions(arguments, databasePath, options)) {
        return *exitCode;
    }
    if (!QFileInfo::exists(options.databasePath)) {
        return fail(CliText::tr("%1: the database does not exist. Give an existing CoopAtlas "
                                "file with --database.")
                        .arg(options.databasePath));
    }
    auto written = writeCalendar(options);
    if (!written) {
        return fail(CliText::tr("Calendar export failed: %1").arg(written.error().text()));
    }
    if (*written == 0 && !options.allowEmpty) {
        return fail(CliText::tr("No workshop or residency matches the filters, so %1 was not "
                                "written. Widen --from, --to, --kind or --id, or give "
                                "--allow-empty to write an empty calendar.")
                        .arg(options.outputPath));
    }
    out() << CliText::tr("Wrote %n calendar item(s) to %1.", nullptr, *written)
                 .arg(options.outputPath)
          << '\n';
    out().flush();
    return ExitSuccess;
}

} // namespace CoopAtlas::Cli
