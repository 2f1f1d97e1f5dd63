// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisync.h"

#include "terminaltext.h"

#include <core/storage/database.h>
#include <core/storage/syncstore.h>
#include <core/sync/couchclient.h>
#include <core/sync/credentialstore.h>
#include <core/sync/merge.h>
#include <core/sync/syncengine.h>
#include <core/sync/tlstrust.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace CoopAtlas::Cli {

namespace {

using namespace CoopAtlas::Core;

constexpr int ExitSuccess = 0;
constexpr int ExitFailure = 1;
constexpr int ExitUsage = 2;

// Metadata keys of the file's sync settings. None of them is a secret: the
// password stays in the system keychain or comes from standard input.
const QString ServerUrlKey = QStringLiteral("sync_server_url");
const QString ServerDatabaseKey = QStringLiteral("sync_server_database");
const QString UserKey = QStringLiteral("sync_user");
const QString CaFileKey = QStringLiteral("sync_ca_file");

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

/// Prints `message`, in which server and record values may appear, and returns ExitFailure.
int fail(const QString &message)
{
    err() << escapeControlCharacters(message) << '\n';
    err().flush();
    return ExitFailure;
}

/// Parses the arguments of a subcommand (the first is its name). Returns the exit code when
/// the command ends here: after --help, or after an invalid option.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption helpOption = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        // QCommandLineParser's usage line names only the program: put the command in it.
        QString help = parser.helpText();
        const qsizetype options = help.indexOf(QLatin1String("[options]"));
        const qsizetype lineEnd = help.indexOf(u'\n');
        if (options >= 0 && options < lineEnd) {
            help.replace(
                0,
                options,
                CliText::tr("Usage: coopatlas-cli [--database FILE] %1 ").arg(arguments.value(0)));
        }
        out() << help;
        out().flush();
        return ExitSuccess;
    }
    return std::nullopt;
}

QCommandLineOption databaseOption()
{
    return {
        QStringLiteral("database"), CliText::tr("SQLite database to use."), QStringLiteral("file")};
}

Result<std::unique_ptr<Database>> openDatabase(const QCommandLineParser &parser,
                                               const QString &databasePath)
{
    const QString path = parser.isSet(QStringLiteral("database"))
                             ? parser.value(QStringLiteral("database"))
                             : databasePath;
    return Database::open(path);
}

/// One progress line of a sync, or an empty string when there is nothing to print.
QString progressLine(const ServerConfig &config,
                     const SyncSummary &soFar,
                     SyncPhase phase,
                     qint64 done,
                     qint64 total)
{
    switch (phase) {
    case SyncPhase::Connecting:
        return CliText::tr("Connecting to %1, database “%2”.")
            .arg(config.url.toString(), config.database);
    case SyncPhase::Pulling:
        return total > 0 ? CliText::tr("Receiving changes: %1 of %2.").arg(done).arg(total)
                         : QString();
    case SyncPhase::Pushing:
        if (total == 0) {
            return {};
        }
        if (soFar.recordErrors == 0) {
            return CliText::tr("Sending changes: %1 of %2 sent.").arg(soFar.pushed).arg(total);
        }
        return CliText::tr("Sending changes: %1 of %2 sent, %3 rejected by the server.")
            .arg(soFar.pushed)
            .arg(total)
            .arg(soFar.recordErrors);
    case SyncPhase::Finished:
        break;
    }
    return {};
}

/// Returns the line that explains why a sync receives every change again, or an empty string.
QString pullRestartLine(PullRestart restart)
{
    switch (restart) {
    case PullRestart::DatabaseChanged:
        return CliText::tr("The server database changed since the last sync (it was moved or "
                           "restored), so the sync receives every change again from the "
                           "beginning and merges it with this file.");
    case PullRestart::CheckpointRejected:
        return CliText::tr("The server did not accept the position saved by the last sync, so "
                           "the sync receives every change again from the beginning and merges "
                           "it with this file.");
    case PullRestart::None:
        break;
    }
    return {};
}

/// Returns the problem of a --server value, or an empty string when it is a valid server
/// URL: https, a host, an optional port and an optional path prefix (such as /couch for
/// a reverse proxy that serves CouchDB below it), without user, query or fragment.
QString serverUrlProblem(const QString &value)
{
    const QUrl url(value, QUrl::StrictMode);
    const QString quotedValue = escapeControlCharacters(value);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()
        || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        return CliText::tr("The server URL “%1” is not valid: give it as "
                           "https://HOST[:PORT][/PATH] with --server.")
            .arg(quotedValue);
    }
    return {};
}

/// Returns the value of an option as it is saved, or the reason why it cannot be saved.
Result<QString> checkedOptionValue(const QString &option, const QString &value)
{
    if (option == QLatin1String("ca-file")) {
        if (value.isEmpty()) {
            return value; // clears the setting
        }
        const QFileInfo file(value);
        if (!file.isFile()) {
            return Error{CliText::tr("The CA certificate file “%1” does not exist: give the path "
                                     "of the server's CA certificate (PEM) with --ca-file.")
                             .arg(escapeControlCharacters(file.absoluteFilePath())),
                         {}};
        }
        return file.absoluteFilePath();
    }
    const QString trimmed = value.trimmed();
    if (option == QLatin1String("server")) {
        if (const QString problem = serverUrlProblem(trimmed); !problem.isEmpty()) {
            return Error{problem, {}};
        }
    }
    return trimmed;
}

/// Reads the server settings saved in the file. Fails with ExitUsage and a message when
/// the saved URL is not valid.
Result<ServerConfig> savedServerConfig(SyncStore &store, int &exitCode)
{
    exitCode = ExitFailure;
    QHash<QString, QString> values;
    for (const QString &key : {ServerUrlKey, ServerDatabaseKey, UserKey, CaFileKey}) {
        auto value = store.metadata(key);
        if (!value) {
            return value.error();
        }
        values.insert(key, *value);
    }
    const QString savedUrl = values.value(ServerUrlKey);
    if (const QString problem = serverUrlProblem(savedUrl);
        !savedUrl.isEmpty() && !problem.isEmpty()) {
        exitCode = ExitUsage;
        return Error{problem, {}};
    }
    ServerConfig config;
    config.url = QUrl(savedUrl, QUrl::StrictMode);
    config.database = values.value(ServerDatabaseKey);
    config.user = values.value(UserKey);
    config.caFile = values.value(CaFileKey);
    return config;
}

/// Saves the options given on the command line and reads the others from the file.
/// Fails with ExitUsage and a message when a value given or saved is not valid.
Result<ServerConfig> serverConfig(SyncStore &store, const QCommandLineParser &parser, int &exitCode)
{
    exitCode = ExitFailure;
    const QList<QPair<QString, QString>> options{
        {QStringLiteral("server"), ServerUrlKey},
        {QStringLiteral("server-database"), ServerDatabaseKey},
        {QStringLiteral("user"), UserKey},
        {QStringLiteral("ca-file"), CaFileKey}};
    // Every value given is checked before any is saved.
    QHash<QString, QString> given;
    for (const auto &[option, key] : options) {
        if (parser.isSet(option)) {
            const Result<QString> checked = checkedOptionValue(option, parser.value(option));
            if (!checked) {
                exitCode = ExitUsage;
                return checked.error();
            }
            given.insert(key, *checked);
        }
    }
    for (auto value = given.constBegin(); value != given.constEnd(); ++value) {
        if (auto saved = store.setMetadata(value.key(), value.value()); !saved) {
            return saved.error();
        }
    }
    return savedServerConfig(store, exitCode);
}

/// Returns the SHA-256 fingerprint as lowercase hex without separators, or an empty string
/// when `text` is not 64 hex digits (with optional colons or spaces between them).
QString normalisedFingerprint(const QString &text)
{
    QString hex = text.toLower();
    hex.remove(u':');
    hex.remove(u' ');
    const bool isHex = std::all_of(hex.cbegin(), hex.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
    return isHex && hex.size() == 64 ? hex : QString();
}

QString groupedFingerprint(const QString &hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2) {
        pairs << hex.mid(i, 2).toUpper();
    }
    return pairs.join(u':');
}

/// Trusts the certificate that the failed run was shown when its fingerprint is `expected`.
/// Returns an empty string once trusted, else the message of the failure.
QString trustShownCertificate(TlsTrust &trust,
                              const ServerConfig &config,
                              const SyncFailure &failure,
                              const QString &expected)
{
    const QString shown = failure.certificateFingerprint.toLower();
    if (shown != expected) {
        return CliText::tr(
                   "Sync failed: the server's certificate has the SHA-256 fingerprint %1, not the "
                   "one given with --trust-fingerprint (%2). It was not trusted: check the "
                   "fingerprint with the server administrator.")
            .arg(groupedFingerprint(shown), groupedFingerprint(expected));
    }
    trust.trust(config.url.host(), config.url.port(443), shown);
    out() << CliText::tr("Trusted the certificate with the SHA-256 fingerprint %1 for %2.")
                 .arg(groupedFingerprint(shown), config.url.host())
          << '\n';
    return {};
}

/// Returns the options of coopatlas-cli sync that fix a failure of this kind, or "".
QString optionHint(SyncFailureKind kind)
{
    switch (kind) {
    case SyncFailureKind::UntrustedCertificate:
        return CliText::tr(
            "Give the server's CA certificate with --ca-file FILE, or the fingerprint that "
            "the server administrator confirmed with --trust-fingerprint SHA256.");
    case SyncFailureKind::Tls:
        return CliText::tr("Check the values of --server and --ca-file.");
    case SyncFailureKind::Unauthorized:
        return CliText::tr("Give the password with --password-stdin, and check --user.");
    case SyncFailureKind::NotFound:
        return CliText::tr("Check the value of --server-database.");
    case SyncFailureKind::Offline:
    case SyncFailureKind::BadReply:
        return CliText::tr("Check the value of --server.");
    default:
        return {};
    }
}

QString readPasswordLine()
{
    QTextStream input(stdin);
    return input.readLine();
}

/// Reads the server settings saved in the file and the password, from standard input
/// with --password-stdin or else from the system keychain, for a resolution that reads
/// a file from the server. Fails with the exit code to return and a message.
Result<void> serverClient(SyncStore &store,
                          const QCommandLineParser &parser,
                          ServerConfig &config,
                          QString &password,
                          int &exitCode)
{
    auto saved = savedServerConfig(store, exitCode);
    if (!saved) {
        return saved.error();
    }
    config = *saved;
    exitCode = ExitUsage;
    if (config.url.isEmpty() || config.database.isEmpty() || config.user.isEmpty()) {
        return Error{CliText::tr("the chosen version's file is read from the server, but the "
                                 "server, its database and the user name are not all set for "
                                 "this file. Set them with \"coopatlas-cli sync\" first."),
                     {}};
    }
    if (parser.isSet(QStringLiteral("password-stdin"))) {
        password = readPasswordLine();
        if (password.isEmpty()) {
            return Error{CliText::tr("no password on standard input. Give the password as the "
                                     "first line of standard input, or leave out "
                                     "--password-stdin to use the system keychain."),
                         {}};
        }
        return {};
    }
    exitCode = ExitFailure;
    auto stored = CredentialStore::readPassword(CredentialStore::keyFor(config));
    if (!stored) {
        return Error{CliText::tr("the password could not be read from the system keychain: %1 "
                                 "Give it with --password-stdin instead.")
                         .arg(stored.error().text()),
                     {}};
    }
    password = *stored;
    return {};
}

void printSummary(const SyncSummary &summary)
{
    out() << CliText::tr("Received: %1").arg(summary.pulled) << '\n'
          << CliText::tr("Sent: %1").arg(summary.pushed) << '\n'
          << CliText::tr("Merged: %1").arg(summary.merged) << '\n'
          << CliText::tr("Conflicts: %1").arg(summary.conflicts) << '\n'
          << CliText::tr("Records rejected by the server: %1").arg(summary.recordErrors) << '\n'
          << CliText::tr("Received but not stored: %1").arg(summary.unreadable) << '\n';
    if (summary.missingFiles > 0) {
        out() << CliText::tr("Files not yet received from the server: %1. Each sync reads "
                             "them again.")
                     .arg(summary.missingFiles)
              << '\n';
    }
    if (summary.missingOnServer > 0) {
        out() << QCoreApplication::translate(
            "coopatlas-cli",
            "%n record(s) synced earlier were missing on the server, as after a restore from "
            "an older backup, and were sent again.",
            nullptr,
            summary.missingOnServer)
              << '\n';
    }
    if (summary.newerHere > 0) {
        out() << QCoreApplication::translate(
            "coopatlas-cli",
            "%n record(s) were newer here than on the server, which went back to older "
            "values, and were sent again.",
            nullptr,
            summary.newerHere)
              << '\n';
    }
    if (!summary.clockWarning.isEmpty()) {
        err() << CliText::tr("warning: %1").arg(escapeControlCharacters(summary.clockWarning))
              << '\n';
    }
    if (summary.conflicts > 0) {
        out() << QCoreApplication::translate(
            "coopatlas-cli",
            "%n record(s) changed here and on the server in different ways. Open "
            "CoopAtlas and choose the values to keep, or list them with "
            "\"coopatlas-cli conflicts\" and keep one side with \"coopatlas-cli resolve "
            "ID --take local|remote\".",
            nullptr,
            summary.conflicts)
              << '\n';
    }
    if (summary.unreadable > 0) {
        out() << CliText::tr(
            "Some records received from the server could not be read or stored here; "
            "they are left out, and the reasons are shown by \"coopatlas-cli "
            "conflicts\".")
              << '\n';
    }
    if (summary.recordErrors > 0) {
        out() << CliText::tr(
            "Some records were not sent; the server's reasons are kept with each record "
            "and shown by \"coopatlas-cli conflicts\".")
              << '\n';
    }
}

QString valueText(const QJsonValue &value)
{
    if (value.isUndefined()) {
        return CliText::tr("(none)");
    }
    if (value.isString()) {
        return escapeControlCharacters(value.toString());
    }
    QJsonDocument document
        = value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(QJsonArray{value});
    QString text = QString::fromUtf8(document.toJson(QJsonDocument::Compact));
    if (!value.isObject()) {
        text = text.mid(1, text.size() - 2);
    }
    return escapeControlCharacters(text);
}

QJsonValue fieldValue(const QJsonObject &document, const QString &field)
{
    if (field.startsWith(QLatin1String("extra."))) {
        return document.value(QLatin1String("extra")).toObject().value(field.mid(6));
    }
    return document.value(field);
}

/// The version of the conflict named by --take: local, remote or a conflicting revision id.
std::optional<QJsonObject> chosenVersion(const SyncConflict &conflict, const QString &take)
{
    // Only the conflicting fields are decided; changes made on one side only stay.
    if (take == QLatin1String("local")) {
        return resolveConflictingFields(
            conflict.base, conflict.local, conflict.remote, ConflictSide::Local);
    }
    if (take == QLatin1String("remote")) {
        return resolveConflictingFields(
            conflict.base, conflict.local, conflict.remote, ConflictSide::Remote);
    }
    for (const QJsonObject &revision : conflict.conflictingRevisions) {
        if (revision.value(QLatin1String("_rev")).toString() == take) {
            return revision;
        }
    }
    return std::nullopt;
}

} // namespace

int runSync(const QStringList &arguments, const QString &databasePath)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Sends the changes of the database to the CouchDB server and receives the changes "
        "of others. Options given are saved in the database for the next sync."));
    parser.addOptions({
        databaseOption(),
        {QStringLiteral("server"),
         CliText::tr("Server URL, such as https://couch.example.org:6984."),
         QStringLiteral("url")},
        {QStringLiteral("server-database"),
         CliText::tr("Database name on the server."),
         QStringLiteral("name")},
        {QStringLiteral("user"), CliText::tr("User name on the server."), QStringLiteral("name")},
        {QStringLiteral("ca-file"),
         CliText::tr("PEM file of a private certificate authority to trust."),
         QStringLiteral("file")},
        {QStringLiteral("trust-fingerprint"),
         CliText::tr(
             "Trust the server's certificate, such as a self-signed one, if its SHA-256 "
             "fingerprint is this one (64 hex digits, colons allowed). Get it from the server "
             "administrator."),
         QStringLiteral("sha256")},
        {QStringLiteral("password-stdin"),
         CliText::tr("Read the password from the first line of standard input instead of the "
                     "system keychain.")},
    });
    if (const auto exitCode = parse(parser, arguments)) {
        return *exitCode;
    }
    auto db = openDatabase(parser, databasePath);
    if (!db) {
        return fail(CliText::tr("Sync failed: %1").arg(db.error().text()));
    }
    SyncStore store(**db);
    int configExitCode = ExitFailure;
    auto config = serverConfig(store, parser, configExitCode);
    if (!config) {
        fail(CliText::tr("Sync failed: %1").arg(config.error().text()));
        return configExitCode;
    }
    if (config->url.isEmpty() || config->database.isEmpty() || config->user.isEmpty()) {
        err() << CliText::tr(
            "The server, its database and the user name are not all set for this file. "
            "Give --server, --server-database and --user once; they are saved in the "
            "file.")
              << '\n';
        return ExitUsage;
    }
    (*db)->setAuthor(config->user);
    QString fingerprint;
    if (parser.isSet(QStringLiteral("trust-fingerprint"))) {
        fingerprint = normalisedFingerprint(parser.value(QStringLiteral("trust-fingerprint")));
        if (fingerprint.isEmpty()) {
            err() << CliText::tr(
                         "The fingerprint “%1” is not a SHA-256 fingerprint: give its 64 hex "
                         "digits with --trust-fingerprint.")
                         .arg(escapeControlCharacters(
                             parser.value(QStringLiteral("trust-fingerprint"))))
                  << '\n';
            return ExitUsage;
        }
    }

    QString password;
    if (parser.isSet(QStringLiteral("password-stdin"))) {
        password = readPasswordLine();
        if (password.isEmpty()) {
            err() << CliText::tr(
                "Sync failed: no password on standard input. Give the password as the "
                "first line of standard input, or leave out --password-stdin to use the "
                "system keychain.")
                  << '\n';
            return ExitUsage;
        }
    } else {
        auto stored = CredentialStore::readPassword(CredentialStore::keyFor(*config));
        if (!stored) {
            return fail(CliText::tr("Sync failed: the password could not be read from the system "
                                    "keychain: %1 Give it with --password-stdin instead.")
                            .arg(stored.error().text()));
        }
        password = *stored;
    }

    TlsTrust trust;
    CouchClient client(*config, password, &trust);
    client.setRetryNotice([](const QString &problem, qint64 waitMs) {
        err() << escapeControlCharacters(
            CliText::tr("%1; trying again in %2 s").arg(problem).arg((waitMs + 999) / 1000))
              << '\n';
        err().flush();
    });
    SyncEngine engine(**db, client);
    bool restartShown = false;
    engine.setProgressCallback(
        [&engine, &config, &restartShown](SyncPhase phase, qint64 done, qint64 total) {
            if (phase == SyncPhase::Pulling && !restartShown) {
                const QString restart = pullRestartLine(engine.summarySoFar().pullRestart);
                if (!restart.isEmpty()) {
                    restartShown = true;
                    out() << escapeControlCharacters(restart) << '\n';
                }
            }
            const QString line = progressLine(*config, engine.summarySoFar(), phase, done, total);
            if (!line.isEmpty()) {
                out() << escapeControlCharacters(line) << '\n';
                out().flush();
            }
        });
    auto summary = engine.run();
    if (!summary && !fingerprint.isEmpty()
        && client.lastFailure().kind == SyncFailureKind::UntrustedCertificate) {
        // The certificate check fails before the password is sent, so a second run is safe.
        const QString problem
            = trustShownCertificate(trust, *config, client.lastFailure(), fingerprint);
        if (!problem.isEmpty()) {
            return fail(problem);
        }
        summary = engine.run();
    }
    if (!summary) {
        out().flush();
        fail(CliText::tr("Sync failed: %1").arg(summary.error().text()));
        if (const QString hint = optionHint(client.lastFailure().kind); !hint.isEmpty()) {
            err() << hint << '\n';
        }
        return ExitFailure;
    }
    printSummary(*summary);
    return ExitSuccess;
}

int runConflicts(const QStringList &arguments, const QString &databasePath)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Lists the records that changed here and on the server in different ways, and the "
        "records the server rejected."));
    parser.addOption(databaseOption());
    if (const auto exitCode = parse(parser, arguments)) {
        return *exitCode;
    }
    auto db = openDatabase(parser, databasePath);
    if (!db) {
        return fail(CliText::tr("Listing conflicts failed: %1").arg(db.error().text()));
    }
    SyncStore store(**db);
    auto conflicts = store.conflicts();
    if (!conflicts) {
        return fail(CliText::tr("Listing conflicts failed: %1").arg(conflicts.error().text()));
    }
    for (const SyncConflict &conflict : *conflicts) {
        out() << CliText::tr("%1 %2, changed on the server by %3:")
                     .arg(recordKindName(conflict.kind),
                          escapeControlCharacters(conflict.recordId),
                          conflict.remoteAuthor.isEmpty()
                              ? CliText::tr("(unknown)")
                              : escapeControlCharacters(conflict.remoteAuthor))
              << '\n';
        for (const QString &field : conflict.fields) {
            out() << CliText::tr("  %1: here \"%2\", on the server \"%3\"")
                         .arg(escapeControlCharacters(field),
                              valueText(fieldValue(conflict.local, field)),
                              valueText(fieldValue(conflict.remote, field)))
                  << '\n';
        }
        for (const QJsonObject &revision : conflict.conflictingRevisions) {
            out() << CliText::tr("  conflicting server revision %1 (--take %1):")
                         .arg(escapeControlCharacters(
                             revision.value(QLatin1String("_rev")).toString()))
                  << '\n';
            for (const QString &field : conflict.fields) {
                out() << CliText::tr("    %1: \"%2\"")
                             .arg(escapeControlCharacters(field),
                                  valueText(fieldValue(revision, field)))
                      << '\n';
            }
        }
    }
    auto errors = store.recordErrors();
    if (!errors) {
        return fail(CliText::tr("Listing conflicts failed: %1").arg(errors.error().text()));
    }
    qsizetype unreadable = 0;
    for (const SyncRecordError &error : *errors) {
        if (error.code == QLatin1String("unreadable")) {
            ++unreadable;
            out() << CliText::tr("%1 received from the server but not stored: %2")
                         .arg(escapeControlCharacters(error.recordId),
                              escapeControlCharacters(error.message))
                  << '\n';
            continue;
        }
        if (error.code == QLatin1String("delete-refused")) {
            out() << CliText::tr("%1 restored: %2")
                         .arg(escapeControlCharacters(error.recordId),
                              escapeControlCharacters(error.message))
                  << '\n';
            continue;
        }
        out() << CliText::tr("%1 not sent (%2): %3")
                     .arg(escapeControlCharacters(error.recordId),
                          escapeControlCharacters(error.code),
                          escapeControlCharacters(error.message))
              << '\n';
    }
    out() << CliText::tr("Conflicts: %1").arg(conflicts->size()) << '\n'
          << CliText::tr("Records rejected by the server: %1").arg(errors->size() - unreadable)
          << '\n'
          << CliText::tr("Received but not stored: %1").arg(unreadable) << '\n';
    return ExitSuccess;
}

int runResolve(const QStringList &arguments, const QString &databasePath)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Resolves the sync conflict of one record. With local or remote, the conflicting "
        "fields take the values of this file (local) or of the server (remote), and changes "
        "made on one side only are kept. With a revision id listed by \"coopatlas-cli "
        "conflicts\", that whole server revision is kept. When the kept version names a "
        "file that this database lacks, the file is read from the server saved by "
        "\"coopatlas-cli sync\". The next sync sends the result."));
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("password-stdin"),
                      CliText::tr("Read the password from the first line of standard input "
                                  "instead of the system keychain, when the chosen version's "
                                  "file is read from the server.")});
    parser.addOption({QStringLiteral("take"),
                      CliText::tr("Version to keep: local, remote or a conflicting revision id."),
                      QStringLiteral("local|remote|revision")});
    parser.addPositionalArgument(QStringLiteral("id"),
                                 CliText::tr("Id of the record, as listed by "
                                             "\"coopatlas-cli conflicts\"."));
    if (const auto exitCode = parse(parser, arguments)) {
        return *exitCode;
    }
    const QString take = parser.value(QStringLiteral("take"));
    if (parser.positionalArguments().size() != 1 || take.isEmpty()) {
        err() << CliText::tr("Give one record id and --take local, --take remote or --take with a "
                             "conflicting revision id. See: coopatlas-cli resolve --help")
              << '\n';
        return ExitUsage;
    }
    const QString id = parser.positionalArguments().constFirst();
    auto db = openDatabase(parser, databasePath);
    if (!db) {
        return fail(CliText::tr("Resolving failed: %1").arg(db.error().text()));
    }
    SyncStore store(**db);
    auto user = store.metadata(UserKey);
    (*db)->setAuthor(user && !user->isEmpty() ? *user : QStringLiteral("coopatlas-cli"));
    auto conflict = store.conflict(id);
    if (!conflict) {
        return fail(CliText::tr("Resolving failed: %1").arg(conflict.error().text()));
    }
    if (!conflict->has_value()) {
        return fail(
            CliText::tr("Resolving failed: no open conflict for the record %1. List them with "
                        "\"coopatlas-cli conflicts\".")
                .arg(id));
    }
    const std::optional<QJsonObject> chosen = chosenVersion(**conflict, take);
    if (!chosen) {
        err() << CliText::tr(
                     "The record %1 has no version %2. Give --take local, --take remote or one of "
                     "the revision ids listed by \"coopatlas-cli conflicts\".")
                     .arg(escapeControlCharacters(id), escapeControlCharacters(take))
              << '\n';
        return ExitUsage;
    }
    auto readsFile = SyncEngine::resolutionReadsFile(store, id, *chosen);
    if (!readsFile) {
        return fail(CliText::tr("Resolving failed: %1").arg(readsFile.error().text()));
    }
    ServerConfig config;
    QString password;
    if (*readsFile) {
        // Only a resolution that reads a file from the server needs the server.
        int configExitCode = ExitFailure;
        auto saved = serverClient(store, parser, config, password, configExitCode);
        if (!saved) {
            fail(CliText::tr("Resolving failed: %1").arg(saved.error().text()));
            return configExitCode;
        }
    }
    TlsTrust trust;
    CouchClient client(config, password, &trust);
    SyncEngine engine(**db, client);
    if (auto resolved = engine.resolveConflict(id, *chosen); !resolved) {
        fail(CliText::tr("Resolving failed: %1").arg(resolved.error().text()));
        if (const QString hint = optionHint(client.lastFailure().kind); !hint.isEmpty()) {
            err() << hint << '\n';
        }
        return ExitFailure;
    }
    out() << CliText::tr("Resolved %1 with the %2 version. Sync to send it.")
                 .arg(escapeControlCharacters(id), escapeControlCharacters(take))
          << '\n';
    return ExitSuccess;
}

} // namespace CoopAtlas::Cli
