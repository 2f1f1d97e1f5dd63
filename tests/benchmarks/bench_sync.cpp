// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The CoopAtlas side of the sync benchmark, run by tests/benchmarks/run.sh sync:
//   prepare  generates a store of N records and writes its documents, as
//            DocumentCodec encodes them, to a file of one JSON document a line
//            for PouchDB;
//   push     pushes a copy of that store to an empty database with SyncEngine;
//   pull     pulls a database into an empty store with SyncEngine;
//   files    generates a store of N knowledge-base resources, each with a
//            file of the given size. tests/benchmarks/sync/run-file-pull.sh
//            pushes it and measures the memory of pulling it.
// push and pull print one JSON line with the wall time of SyncEngine::run(),
// which includes logging in and the pull or push that finds nothing to do.
#include "generator.h"

#include <core/domain/activities.h>
#include <core/storage/activitystore.h>
#include <core/storage/database.h>
#include <core/storage/store.h>
#include <core/storage/syncstore.h>
#include <core/sync/couchclient.h>
#include <core/sync/documentcodec.h>
#include <core/sync/syncengine.h>
#include <core/sync/tlstrust.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>

using namespace CoopAtlas;

namespace {

constexpr int ExitMissed = 1;
constexpr int ExitBroken = 2;
// Upper bound of export pages per kind (of 1,000 documents each).
constexpr int MaxExportPages = 10000;

struct Options
{
    QString store;
    QString exportFile;
    QString database;
    qint64 records = 100000;
    qint64 expected = 0;
    int batch = 500;
    qint64 fileBytes = 8 * 1024 * 1024;
};

int broken(const QString &message)
{
    std::fprintf(stderr, "bench_sync: %s\n", qPrintable(message));
    return ExitBroken;
}

/// Inserts `count` records: 40 % organisations, 30 % people, 20 % links
/// between the organisations and 10 % notes about them.
bool generateStore(Core::Store &store, qint64 count)
{
    const qint64 organisations = std::max<qint64>(2, count * 4 / 10);
    const qint64 people = count * 3 / 10;
    const qint64 links = count * 2 / 10;
    const qint64 notes = count - organisations - people - links;
    Bench::Generator generator;
    Core::Transaction transaction(store.database());
    for (qint64 i = 0; i < organisations; ++i) {
        if (!store.insertOrganisation(generator.organisation(i))) {
            return false;
        }
    }
    for (qint64 i = 0; i < people; ++i) {
        if (!store.insertPerson(generator.person(i))) {
            return false;
        }
    }
    for (qint64 i = 0; i < links; ++i) {
        if (!store.insertLink(generator.link(i, organisations))) {
            return false;
        }
    }
    for (qint64 i = 0; i < notes; ++i) {
        if (!store.insertNote(generator.note(i, organisations))) {
            return false;
        }
    }
    return transaction.commit().ok();
}

/// Writes every dirty record of the store as one compact JSON document a line,
/// without `_rev` (none of them was ever synced). Returns the number written or -1.
qint64 exportDocuments(Core::Database &db, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return -1;
    }
    Core::SyncStore syncStore(db);
    qint64 written = 0;
    const Core::RecordKind kinds[] = {Core::RecordKind::Taxonomy,
                                      Core::RecordKind::Organisation,
                                      Core::RecordKind::Person,
                                      Core::RecordKind::Link,
                                      Core::RecordKind::Note};
    for (Core::RecordKind kind : kinds) {
        QString after;
        for (int page = 0; page < MaxExportPages; ++page) {
            auto documents = syncStore.dirtyDocuments(kind, after, 1000);
            if (!documents) {
                return -1;
            }
            if (documents->isEmpty()) {
                break;
            }
            for (const Core::LocalDocument &local : std::as_const(*documents)) {
                QJsonObject document = local.document;
                document.remove(QStringLiteral("_rev"));
                file.write(QJsonDocument(document).toJson(QJsonDocument::Compact));
                file.write("\n");
                ++written;
            }
            const QString lastId
                = documents->constLast().document.value(QLatin1String("_id")).toString();
            const auto parsed = Core::DocumentCodec::parseDocumentId(lastId);
            after = parsed ? parsed->second : QString();
        }
    }
    file.close();
    return file.error() == QFile::NoError ? written : -1;
}

int prepare(const Options &options)
{
    QFile::remove(options.store);
    auto opened = Core::Database::open(options.store);
    if (!opened) {
        return broken(opened.error().text());
    }
    Core::Store store(std::move(opened).value());
    QElapsedTimer timer;
    timer.start();
    if (!generateStore(store, options.records)) {
        return broken(QStringLiteral("could not generate the records in %1").arg(options.store));
    }
    const qint64 documents = exportDocuments(store.database(), options.exportFile);
    if (documents < 0) {
        return broken(
            QStringLiteral("could not export the documents to %1").arg(options.exportFile));
    }
    std::printf("{\"prepared\":%lld,\"documents\":%lld,\"seconds\":%.1f}\n",
                options.records,
                documents,
                static_cast<double>(timer.elapsed()) / 1000.0);
    return 0;
}

/// Bytes from a linear congruential generator started at `seed`. They do not
/// compress, so the server stores and sends them all.
QByteArray patternBytes(qint64 size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    quint32 state = seed;
    for (qint64 i = 0; i < size; ++i) {
        state = state * 1664525U + 1013904223U;
        data[i] = static_cast<char>(state >> 24);
    }
    return data;
}

/// Writes a new store of `--records` resources, each with its own file of
/// `--file-bytes` bytes.
int files(const Options &options)
{
    QFile::remove(options.store);
    auto opened = Core::Database::open(options.store);
    if (!opened) {
        return broken(opened.error().text());
    }
    Core::Store store(std::move(opened).value());
    Core::ActivityStore activities(store);
    for (qint64 i = 0; i < options.records; ++i) {
        Core::Resource resource;
        resource.title = QStringLiteral("Guide %1").arg(i + 1);
        resource.kind = QStringLiteral("guide");
        auto id = activities.insertResource(resource);
        if (!id) {
            return broken(id.error().text());
        }
        auto attached = activities.attachResourceFile(
            *id,
            QStringLiteral("guide-%1.pdf").arg(i + 1),
            QStringLiteral("application/pdf"),
            patternBytes(options.fileBytes, static_cast<quint32>(i + 1)));
        if (!attached) {
            return broken(attached.error().text());
        }
    }
    std::printf("{\"resources\":%lld,\"file_bytes\":%lld}\n", options.records, options.fileBytes);
    return 0;
}

Core::ServerConfig serverConfig(const Options &options)
{
    Core::ServerConfig config;
    config.url = QUrl(qEnvironmentVariable("COOPATLAS_TEST_URL"));
    config.caFile = qEnvironmentVariable("COOPATLAS_TEST_CA_FILE");
    config.user = qEnvironmentVariable("COOPATLAS_BENCH_USER");
    config.database = options.database;
    config.batchSize = options.batch;
    config.pageSize = options.batch;
    config.timeoutMs = 120000;
    return config;
}

/// Runs one sync of the store at `path`, prints its result as one JSON line and
/// returns the exit code.
int timedSync(const QString &path, const Options &options, const char *direction)
{
    auto opened = Core::Database::open(path);
    if (!opened) {
        return broken(opened.error().text());
    }
    Core::TlsTrust trust(Core::TlsTrust::Storage::Memory);
    Core::CouchClient client(
        serverConfig(options), qEnvironmentVariable("COOPATLAS_BENCH_PASSWORD"), &trust);
    Core::SyncEngine engine(*opened.value(), client);
    QElapsedTimer timer;
    timer.start();
    auto summary = engine.run();
    const double milliseconds = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (!summary) {
        return broken(
            QStringLiteral("%1 failed: %2").arg(QLatin1String(direction), summary.error().text()));
    }
    const int moved = qstrcmp(direction, "push") == 0 ? summary->pushed : summary->pulled;
    std::printf("{\"side\":\"coopatlas\",\"direction\":\"%s\",\"docs_written\":%d,"
                "\"merged\":%d,\"errors\":%d,\"milliseconds\":%.0f}\n",
                direction,
                moved,
                summary->merged,
                summary->recordErrors,
                milliseconds);
    std::fflush(stdout);
    if (moved + summary->merged < options.expected || summary->recordErrors > 0) {
        std::fprintf(stderr,
                     "bench_sync: %s moved %d documents, expected %lld\n",
                     direction,
                     moved + summary->merged,
                     options.expected);
        return ExitMissed;
    }
    return 0;
}

int push(const Options &options)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("push.sqlite"));
    if (!dir.isValid() || !QFile::copy(options.store, copy)) {
        return broken(QStringLiteral("could not copy %1").arg(options.store));
    }
    return timedSync(copy, options, "push");
}

int pull(const Options &options)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        return broken(QStringLiteral("could not create a temporary folder"));
    }
    return timedSync(dir.filePath(QStringLiteral("pull.sqlite")), options, "pull");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CoopAtlas side of the sync benchmark"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("prepare, push, pull or files"));
    const QCommandLineOption storeOption(
        QStringLiteral("store"), QStringLiteral("Store file."), QStringLiteral("file"));
    const QCommandLineOption exportOption(QStringLiteral("export"),
                                          QStringLiteral("Document file for PouchDB (prepare)."),
                                          QStringLiteral("file"));
    const QCommandLineOption recordsOption(QStringLiteral("records"),
                                           QStringLiteral("Records to generate (prepare)."),
                                           QStringLiteral("count"),
                                           QStringLiteral("100000"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"), QStringLiteral("Server database."), QStringLiteral("name"));
    const QCommandLineOption batchOption(QStringLiteral("batch"),
                                         QStringLiteral("Documents per request."),
                                         QStringLiteral("count"),
                                         QStringLiteral("500"));
    const QCommandLineOption expectOption(QStringLiteral("expect"),
                                          QStringLiteral("Documents that must move."),
                                          QStringLiteral("count"),
                                          QStringLiteral("0"));
    const QCommandLineOption fileBytesOption(QStringLiteral("file-bytes"),
                                             QStringLiteral("Bytes of each file (files)."),
                                             QStringLiteral("bytes"),
                                             QStringLiteral("8388608"));
    parser.addOptions({storeOption,
                       exportOption,
                       recordsOption,
                       databaseOption,
                       batchOption,
                       expectOption,
                       fileBytesOption});
    parser.process(app);

    Options options;
    options.store = parser.value(storeOption);
    options.exportFile = parser.value(exportOption);
    options.records = parser.value(recordsOption).toLongLong();
    options.database = parser.value(databaseOption);
    options.batch = parser.value(batchOption).toInt();
    options.expected = parser.value(expectOption).toLongLong();
    options.fileBytes = parser.value(fileBytesOption).toLongLong();
    const QString command = parser.positionalArguments().value(0);
    if (options.batch < 1 || options.records < 2 || options.records > 10000000) {
        return broken(QStringLiteral("--batch must be positive and --records from 2 to 10000000"));
    }
    if (command == QLatin1String("prepare") && !options.store.isEmpty()
        && !options.exportFile.isEmpty()) {
        return prepare(options);
    }
    if (command == QLatin1String("push") && !options.store.isEmpty()
        && !options.database.isEmpty()) {
        return push(options);
    }
    if (command == QLatin1String("pull") && !options.database.isEmpty()) {
        return pull(options);
    }
    if (command == QLatin1String("files") && !options.store.isEmpty()) {
        if (options.fileBytes < 0 || options.fileBytes > Core::MaxResourceFileBytes) {
            return broken(QStringLiteral("--file-bytes must be from 0 to %1")
                              .arg(Core::MaxResourceFileBytes));
        }
        return files(options);
    }
    return broken(QStringLiteral("usage: bench_sync prepare --store FILE --export FILE "
                                 "[--records N] | push --store FILE --database NAME | pull "
                                 "--database NAME [--batch N] [--expect N] | files --store FILE "
                                 "[--records N] [--file-bytes B]"));
}
