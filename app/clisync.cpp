// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisync.h"

#include <core/storage/database.h>
#include <core/storage/syncstore.h>
#include <core/sync/couchclient.h>
#include <core/sync/credentialstore.h>
#include <core/sync/merge.h>
#include <core/sync/syncengine.h>
#include <core/sync/tlstrust.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

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

QString tr(const char *text)
{
    return QCoreApplication::translate("coopatlas-cli", text);
}

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
    err() << message << '\n';
    err().flush();
    return ExitFailure;
}

std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption helpOption = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        parser.showHelp(ExitSuccess);
    }
    return std::nullopt;
}

QCommandLineOption databaseOption()
{
    return {QStringLiteral("database"), tr("SQLite database to use."), QStringLiteral("file")};
}

Result<std::unique_ptr<Database>> openDatabase(const QCommandLineParser &parser,
                                               const QString &databasePath)
{
    const QString path = parser.isSet(QStringLiteral("database"))
                             ? parser.value(QStringLiteral("database"))
                             : databasePath;
    return Database::open(path);
}

QString phaseName(SyncPhase phase)
{
    switch (phase) {
    case SyncPhase::Connecting:
        return tr("Connecting");
    case SyncPhase::Pulling:
        return tr("Receiving changes");
    case SyncPhase::Pushing:
        return tr("Sending changes");
    case SyncPhase::Finished:
        break;
    }
    return tr("Finished");
}

/// Saves the options given on the command line and reads the others from the file.
Result<ServerConfig> serverConfig(SyncStore &store, const QCommandLineParser &parser)
{
    const QList<QPair<QString, QString>> options{
        {QStringLiteral("server"), ServerUrlKey},
        {QStringLiteral("server-database"), ServerDatabaseKey},
        {QStringLiteral("user"), UserKey},
        {QStringLiteral("ca-file"), CaFileKey}};
    QHash<QString, QString> values;
    for (const auto &[option, key] : options) {
        if (parser.isSet(option)) {
            if (auto saved = store.setMetadata(key, parser.value(option)); !saved) {
                return saved.error();
            }
        }
        auto value = store.metadata(key);
        if (!value) {
            return value.error();
        }
        values.insert(key, *value);
    }
    ServerConfig config;
    config.url = QUrl(values.value(ServerUrlKey));
    config.database = values.value(ServerDatabaseKey);
    config.user = values.value(UserKey);
    config.caFile = values.value(CaFileKey);
    return config;
}

QString readPasswordLine()
{
    QTextStream input(stdin);
    return input.readLine();
}

void printSummary(const SyncSummary &summary)
{
    out() << tr("Received: %1").arg(summary.pulled) << '\n'
          << tr("Sent: %1").arg(summary.pushed) << '\n'
          << tr("Merged: %1").arg(summary.merged) << '\n'
          << tr("Conflicts: %1").arg(summary.conflicts) << '\n'
          << tr("Records rejected by the server: %1").arg(summary.recordErrors) << '\n';
    if (!summary.clockWarning.isEmpty()) {
        err() << tr("warning: %1").arg(summary.clockWarning) << '\n';
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
    if (summary.recordErrors > 0) {
        out() << tr("Some records were not sent; the server's reasons are kept with each record "
                    "and shown by \"coopatlas-cli conflicts\".")
              << '\n';
    }
}

QString valueText(const QJsonValue &value)
{
    if (value.isUndefined()) {
        return tr("(none)");
    }
    if (value.isString()) {
        return value.toString();
    }
    QJsonDocument document
        = value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(QJsonArray{value});
    QString text = QString::fromUtf8(document.toJson(QJsonDocument::Compact));
    if (!value.isObject()) {
        text = text.mid(1, text.size() - 2);
    }
    return text;
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
    parser.setApplicationDescription(
        tr("Sends the changes of the database to the CouchDB server and receives the changes "
           "of others. Options given are saved in the database for the next sync."));
    parser.addOptions({
        databaseOption(),
        {QStringLiteral("server"),
         tr("Server URL, such as https://couch.example.org:6984."),
         QStringLiteral("url")},
        {QStringLiteral("server-database"),
         tr("Database name on the server."),
         QStringLiteral("name")},
        {QStringLiteral("user"), tr("User name on the server."), QStringLiteral("name")},
        {QStringLiteral("ca-file"),
         tr("PEM file of a private certificate authority to trust."),
         QStringLiteral("file")},
        {QStringLiteral("password-stdin"),
         tr("Read the password from the first line of standard input instead of the "
            "system keychain.")},
    });
    if (const auto exitCode = parse(parser, arguments)) {
        return *exitCode;
    }
    auto db = openDatabase(parser, databasePath);
    if (!db) {
        return fail(tr("Sync failed: %1").arg(db.error().text()));
    }
    SyncStore store(**db);
    auto config = serverConfig(store, parser);
    if (!config) {
        return fail(tr("Sync failed: %1").arg(config.error().text()));
    }
    if (!config->url.isValid() || config->url.isEmpty() || config->database.isEmpty()
        || config->user.isEmpty()) {
        err() << tr("The server, its database and the user name are not all set for this file. "
                    "Give --server, --server-database and --user once; they are saved in the "
                    "file.")
              << '\n';
        return ExitUsage;
    }
    (*db)->setAuthor(config->user);

    QString password;
    if (parser.isSet(QStringLiteral("password-stdin"))) {
        password = readPasswordLine();
    } else {
        auto stored = CredentialStore::readPassword(CredentialStore::keyFor(*config));
        if (!stored) {
            return fail(tr("Sync failed: the password could not be read from the system "
                           "keychain: %1 Give it with --password-stdin instead.")
                            .arg(stored.error().text()));
        }
        password = *stored;
    }

    TlsTrust trust;
    CouchClient client(*config, password, &trust);
    SyncEngine engine(**db, client);
    SyncPhase lastPhase = SyncPhase::Finished;
    engine.setProgressCallback([&lastPhase](SyncPhase phase, qint64 done, qint64 total) {
        if (phase == SyncPhase::Finished || (phase == lastPhase && total == 0)) {
            return;
        }
        lastPhase = phase;
        out() << phaseName(phase);
        if (total > 0) {
            out() << QStringLiteral(": %1/%2").arg(done).arg(total);
        }
        out() << '\n';
        out().flush();
    });
    auto summary = engine.run();
    if (!summary) {
        out().flush();
        return fail(tr("Sync failed: %1").arg(summary.error().text()));
    }
    printSummary(*summary);
    return ExitSuccess;
}

int runConflicts(const QStringList &arguments, const QString &databasePath)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the records that changed here and on the server in different ways, and the "
           "records the server rejected."));
    parser.addOption(databaseOption());
    if (const auto exitCode = parse(parser, arguments)) {
        return *exitCode;
    }
    auto db = openDatabase(parser, databasePath);
    if (!db) {
        return fail(tr("Listing conflicts failed: %1").arg(db.error().text()));
    }
    SyncStore store(**db);
    auto conflicts = store.conflicts();
    if (!conflicts) {
        return fail(tr("Listing conflicts failed: %1").arg(conflicts.error().text()));
    }
    for (const SyncConflict &conflict : *conflicts) {
        out() << tr("%1 %2, changed on the server by %3:")
                     .arg(recordKindName(conflict.kind),
                          conflict.recordId,
                          conflict.remoteAuthor.isEmpty() ? tr("(unknown)") : conflict.remoteAuthor)
              << '\n';
        for (const QString &field : conflict.fields) {
            out() << tr("  %1: here \"%2\", on the server \"%3\"")
                         .arg(field,
                              valueText(fieldValue(conflict.local, field)),
                              valueText(fieldValue(conflict.remote, field)))
                  << '\n';
        }
        for (const QJsonObject &revision : conflict.conflictingRevisions) {
            out() << tr("  conflicting server revision %1 (--take %1):")
                         .arg(revision.value(QLatin1String("_rev")).toString())
                  << '\n';
            for (const QString &field : conflict.fields) {
                out() << tr("    %1: \"%2\"").arg(field, valueText(fieldValue(revision, field)))
                      << '\n';
            }
        }
    }
    auto errors = store.recordErrors();
    if (!errors) {
        return fail(tr("Listing conflicts failed: %1").arg(errors.error().text()));
    }
    for (const SyncRecordError &error : *errors) {
        if (error.code == QLatin1String("delete-refused")) {
            out() << tr("%1 restored: %2").arg(error.recordId, error.message) << '\n';
            continue;
        }
        out() << tr("%1 not sent (%2): %3").arg(error.recordId, error.code, error.message) << '\n';
    }
    out() << tr("Conflicts: %1").arg(conflicts->size()) << '\n'
          << tr("Records rejected by the server: %1").arg(errors->size()) << '\n';
    return ExitSuccess;
}

int runResolve(const QStringList &arguments, const QString &databasePath)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Resolves the sync conflict of one record. With local or remote, the conflicting "
           "fields take the values of this file (local) or of the server (remote), and changes "
           "made on one side only are kept. With a revision id listed by \"coopatlas-cli "
           "conflicts\", that whole server revision is kept. The next sync sends the "
           "result."));
    parser.addOption(databaseOption());
    parser.addOption({QStringLiteral("take"),
                      tr("Version to keep: local, remote or a conflicting revision id."),
                      QStringLiteral("local|remote|revision")});
    parser.addPositionalArgument(QStringLiteral("id"),
                                 tr("Id of the record, as listed by "
                                    "\"coopatlas-cli conflicts\"."));
    if (const auto exitCode = parse(parser, arguments)) {
        return *exitCode;
    }
    const QString take = parser.value(QStringLiteral("take"));
    if (parser.positionalArguments().size() != 1 || take.isEmpty()) {
        err() << tr("Give one record id and --take local, --take remote or --take with a "
                    "conflicting revision id. See: coopatlas-cli resolve --help")
              << '\n';
        return ExitUsage;
    }
    const QString id = parser.positionalArguments().constFirst();
    auto db = openDatabase(parser, databasePath);
    if (!db) {
        return fail(tr("Resolving failed: %1").arg(db.error().text()));
    }
    SyncStore store(**db);
    auto user = store.metadata(UserKey);
    (*db)->setAuthor(user && !user->isEmpty() ? *user : QStringLiteral("coopatlas-cli"));
    auto conflict = store.conflict(id);
    if (!conflict) {
        return fail(tr("Resolving failed: %1").arg(conflict.error().text()));
    }
    if (!conflict->has_value()) {
        return fail(tr("Resolving failed: no open conflict for the record %1. List them with "
                       "\"coopatlas-cli conflicts\".")
                        .arg(id));
    }
    const std::optional<QJsonObject> chosen = chosenVersion(**conflict, take);
    if (!chosen) {
        err() << tr("The record %1 has no version %2. Give --take local, --take remote or one of "
                    "the revision ids listed by \"coopatlas-cli conflicts\".")
                     .arg(id, take)
              << '\n';
        return ExitUsage;
    }
    if (auto resolved = store.resolveConflict(id, *chosen); !resolved) {
        return fail(tr("Resolving failed: %1").arg(resolved.error().text()));
    }
    out() << tr("Resolved %1 with the %2 version. Sync to send it.").arg(id, take) << '\n';
    return ExitSuccess;
}

} // namespace CoopAtlas::Cli
