// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built coopatlas-cli executable as a user would, on real files.
#include <core/storage/database.h>
#include <core/storage/store.h>
#include <core/storage/syncstore.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace CoopAtlas::Core;

namespace {

const QString CliPath = QStringLiteral(COOPATLAS_CLI_PATH);
const QString DotcoopPath = QStringLiteral(TESTS_DATA_DIR "/directories/dotcoop-expected.csv");

// dotcoop-expected.csv has 5208 data rows: 29 of them have an empty name and
// 50 are likely duplicates of an earlier row in the file.
constexpr int DotcoopCreated = 5129;
constexpr int DotcoopRows = 5208;

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs coopatlas-cli with `arguments` in `folder` (the current one when empty), writes
/// `input` to its standard input and closes it, and waits at most 60 seconds. The
/// program runs in the POSIX locale `locale`, which selects the language of its messages.
CliRun runCli(const QStringList &arguments,
              const QString &folder = {},
              const QByteArray &input = {},
              const QString &locale = QStringLiteral("C.UTF-8"))
{
    QProcess process;
    process.setWorkingDirectory(folder);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Keeps the default database, used when --database is missing, out of the user's folder.
    environment.insert(QStringLiteral("XDG_DATA_HOME"), QDir::tempPath());
    // Qt takes the message language from LANGUAGE before LC_ALL.
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("LC_ALL"), locale);
    process.setProcessEnvironment(environment);
    process.start(CliPath, arguments);
    process.write(input);
    process.closeWriteChannel();
    CliRun run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

std::unique_ptr<Store> openStore(const QString &path)
{
    auto db = Database::open(path);
    if (!db) {
        qWarning() << db.error().text();
        return nullptr;
    }
    return std::make_unique<Store>(std::move(db).value());
}

/// Returns the metadata value `key` of the store file, or "(failed)".
QString metadataOf(const QString &storePath, const QString &key)
{
    auto db = Database::open(storePath);
    if (!db) {
        return QStringLiteral("(failed)");
    }
    SyncStore store(**db);
    const Result<QString> value = store.metadata(key);
    return value ? *value : QStringLiteral("(failed)");
}

// An OSC sequence that sets the terminal title, a screen clear, a colour and a
// right-to-left override, as a hostile server or editor could store them.
const QString HostileText = QStringLiteral("Evil \x1b]0;TITLE\x07\x1b[2J\x1b[31mred \u202eabc");
const QString EscapedText
    = QStringLiteral("Evil \\x1b]0;TITLE\\x07\\x1b[2J\\x1b[31mred \\u202eabc");

QStringList syncArguments(const QString &storePath, const QString &server)
{
    return {QStringLiteral("--database"),
            storePath,
            QStringLiteral("sync"),
            QStringLiteral("--server"),
            server,
            QStringLiteral("--server-database"),
            QStringLiteral("coop"),
            QStringLiteral("--user"),
            QStringLiteral("marie"),
            QStringLiteral("--password-stdin")};
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void importDotcoopDirectory();
    void importTwiceCreatesNothing();
    void brokenFileLeavesStoreUnchanged_data();
    void brokenFileLeavesStoreUnchanged();
    void usageErrorExitsTwo_data();
    void usageErrorExitsTwo();
    void conflictsEscapeControlCharacters();
    void invalidServerUrlIsNamedAndNotSaved_data();
    void invalidServerUrlIsNamedAndNotSaved();
    void emptyPasswordOnStdinStopsBeforeConnecting();
    void relativeCaFileIsSavedAbsolute();
    void missingCaFileIsNotSaved();
    void helpCommandPrintsUsage_data();
    void helpCommandPrintsUsage();
    void messagesFollowSystemLanguage_data();
    void messagesFollowSystemLanguage();

private:
    QTemporaryDir m_dir;
};

void tst_Cli::importDotcoopDirectory()
{
    QVERIFY(m_dir.isValid());
    const QString storePath = m_dir.filePath(QStringLiteral("first.sqlite"));

    const CliRun run
        = runCli({QStringLiteral("--database"), storePath, QStringLiteral("import"), DotcoopPath});

    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("Created: %1\nMerged: 0\nSkipped: %2\n")
                                    .arg(DotcoopCreated)
                                    .arg(DotcoopRows - DotcoopCreated)),
             qPrintable(run.out.left(200)));
    QVERIFY(run.out.contains(QStringLiteral("  line 2896:  (The name is empty.)\n")));
    QVERIFY(run.out.contains(
        QStringLiteral("  line 5159: FEVECTA (likely duplicate of \"FEVECTA\" (same name and "
                       "address cl arzobispo mayoral 46002); skipped)\n")));
    QVERIFY(run.out.endsWith(QStringLiteral("Column mapping: essglobal\n")));
    QCOMPARE(run.err, QString());

    auto store = openStore(storePath);
    QVERIFY(store);
    QCOMPARE(store->totalCount(RecordKind::Organisation).value(), qint64(DotcoopCreated));
    QCOMPARE(store->totalCount(RecordKind::Person).value(), qint64(0));
    const auto found = store->organisationsByNamePrefix(QStringLiteral("encirca"));
    QVERIFY(found.ok());
    QCOMPARE(found->size(), 1);
    const Organisation &encirca = found->first();
    QCOMPARE(encirca.name, QStringLiteral("EnCirca Inc."));
    QCOMPARE(encirca.country, QStringLiteral("United States"));
    QCOMPARE(encirca.websites,
             QStringList({QStringLiteral("http://taxi.coop"), QStringLiteral("http://get.coop")}));
    QCOMPARE(encirca.source, QStringLiteral("dotcoop-expected.csv"));
}

void tst_Cli::importTwiceCreatesNothing()
{
    QVERIFY(m_dir.isValid());
    const QString storePath = m_dir.filePath(QStringLiteral("twice.sqlite"));
    const QStringList arguments{
        QStringLiteral("--database"), storePath, QStringLiteral("import"), DotcoopPath};
    QCOMPARE(runCli(arguments).exitCode, 0);

    const CliRun again = runCli(arguments);

    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.startsWith(
                 QStringLiteral("Created: 0\nMerged: 0\nSkipped: %1\n").arg(DotcoopRows)),
             qPrintable(again.out.left(200)));
    QVERIFY(again.out.contains(
        QStringLiteral("  line 2: EnCirca Inc. (already present in the database)\n")));
    auto store = openStore(storePath);
    QVERIFY(store);
    QCOMPARE(store->totalCount(RecordKind::Organisation).value(), qint64(DotcoopCreated));
}

void tst_Cli::brokenFileLeavesStoreUnchanged_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expectedContext");

    QTest::newRow("vcard without END") << QStringLiteral("broken.vcf")
                                       << QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna "
                                                     "Peeters\r\nEND:VCARD\r\nBEGIN:VCARD\r\n"
                                                     "VERSION:3.0\r\nFN:Jan Janssens\r\n")
                                       << QStringLiteral("broken.vcf, line 5: ");
    // The start of a PNG file: the first NUL byte is on the third line.
    QTest::newRow("binary file") << QStringLiteral("picture.csv")
                                 << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 24)
                                 << QStringLiteral("picture.csv, line 3: ");
}

void tst_Cli::brokenFileLeavesStoreUnchanged()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, expectedContext);
    QVERIFY(m_dir.isValid());
    const QString storePath = m_dir.filePath(QStringLiteral("unchanged-%1.sqlite").arg(fileName));
    QCOMPARE(
        runCli({QStringLiteral("--database"), storePath, QStringLiteral("import"), DotcoopPath})
            .exitCode,
        0);
    const QByteArray before = fileBytes(storePath);
    QVERIFY(!before.isEmpty());
    const QString brokenPath = m_dir.filePath(fileName);
    QVERIFY(writeFile(brokenPath, content));

    const CliRun run
        = runCli({QStringLiteral("--database"), storePath, QStringLiteral("import"), brokenPath});

    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("Import failed: ") + expectedContext),
             qPrintable(run.err));
    QCOMPARE(run.out, QString());
    QVERIFY(fileBytes(storePath) == before);
}

void tst_Cli::usageErrorExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("no command") << QStringList() << QStringLiteral("Give a command.\n");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                     << QStringLiteral("Unknown command \"frobnicate\".\n");
    QTest::newRow("unknown global option")
        << QStringList{QStringLiteral("--colour"), QStringLiteral("import"), DotcoopPath}
        << QStringLiteral("Unknown option 'colour'.\n");
    QTest::newRow("unknown import option")
        << QStringList{QStringLiteral("import"), QStringLiteral("--merge-all"), DotcoopPath}
        << QStringLiteral("Unknown option 'merge-all'.\n");
    QTest::newRow("import without file")
        << QStringList{QStringLiteral("import")}
        << QStringLiteral("Give exactly one file to import. See: coopatlas-cli import --help\n");
    QTest::newRow("invalid duplicate action")
        << QStringList{QStringLiteral("import"),
                       QStringLiteral("--on-duplicate"),
                       QStringLiteral("replace"),
                       DotcoopPath}
        << QStringLiteral("--on-duplicate takes skip, merge or keep, not \"replace\".\n");
}

void tst_Cli::usageErrorExitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedError);
    QVERIFY(m_dir.isValid());
    const QString storePath = m_dir.filePath(QStringLiteral("usage.sqlite"));

    const CliRun run = runCli(QStringList{QStringLiteral("--database"), storePath} + arguments);

    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(expectedError), qPrintable(run.err));
    QCOMPARE(run.out, QString());
    QVERIFY(!QFile::exists(storePath));
}

void tst_Cli::conflictsEscapeControlCharacters()
{
    QVERIFY(m_dir.isValid());
    const QString storePath = m_dir.filePath(QStringLiteral("hostile.sqlite"));
    {
        auto db = Database::open(storePath);
        QVERIFY(db);
        SyncStore store(**db);
        SyncConflict conflict;
        conflict.recordId = QStringLiteral("0190a0b0-0000-7000-8000-0000000000e1");
        conflict.local = QJsonObject{{QStringLiteral("name"), QStringLiteral("Here")}};
        conflict.remote = QJsonObject{{QStringLiteral("name"), HostileText}};
        conflict.remoteAuthor = HostileText;
        conflict.fields = QStringList{QStringLiteral("name")};
        QVERIFY(store.saveConflict(conflict));
        SyncRecordError error;
        error.recordId = QStringLiteral("0190a0b0-0000-7000-8000-0000000000e2");
        error.code = QStringLiteral("forbidden");
        error.message = HostileText;
        QVERIFY(store.saveRecordError(error));
    }

    const CliRun run
        = runCli({QStringLiteral("--database"), storePath, QStringLiteral("conflicts")});

    QCOMPARE(run.exitCode, 0);
    QVERIFY2(!run.out.contains(QChar(0x1b)), qPrintable(run.out));
    QVERIFY(!run.out.contains(QChar(0x07)));
    QVERIFY(!run.out.contains(QChar(0x202e)));
    QVERIFY2(run.out.contains(QStringLiteral(", changed on the server by ") + EscapedText + u':'),
             qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("  name: here \"Here\", on the server \"") + EscapedText
                             + u'"'));
    QVERIFY(run.out.contains(QStringLiteral("0190a0b0-0000-7000-8000-0000000000e2 not sent "
                                            "(forbidden): ")
                             + EscapedText + u'\n'));
}

void tst_Cli::invalidServerUrlIsNamedAndNotSaved_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("no scheme") << QStringLiteral("127.0.0.1:41018")
                               << QStringLiteral("Sync failed: The server URL “127.0.0.1:41018” "
                                                 "is not valid: give it as "
                                                 "https://HOST[:PORT][/PATH] with --server.\n");
    QTest::newRow("http") << QStringLiteral("http://127.0.0.1:41018")
                          << QStringLiteral("Sync failed: The server URL “http://127.0.0.1:41018” "
                                            "is not valid: give it as https://HOST[:PORT][/PATH] "
                                            "with --server.\n");
    QTest::newRow("database as a query")
        << QStringLiteral("https://127.0.0.1:33361/?db=coop")
        << QStringLiteral("Sync failed: The server URL “https://127.0.0.1:33361/?db=coop” is not "
                          "valid: give it as https://HOST[:PORT][/PATH] with --server.\n");
    QTest::newRow("control character")
        << QStringLiteral("https://127.0.0.1\x1b[2J")
        << QStringLiteral("Sync failed: The server URL “https://127.0.0.1\\x1b[2J” is not valid: "
                          "give it as https://HOST[:PORT][/PATH] with --server.\n");
}

void tst_Cli::invalidServerUrlIsNamedAndNotSaved()
{
    QFETCH(QString, server);
    QFETCH(QString, expectedError);
    QVERIFY(m_dir.isValid());
    const QString storePath = m_dir.filePath(QStringLiteral("badurl.sqlite"));

    const CliRun run = runCli(syncArguments(storePath, server), {}, "Secr3t\n");

    QCOMPARE(run.err, expectedError);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(metadataOf(storePath, QStringLiteral("sync_server_url")), QString());
}

void tst_Cli::emptyPasswordOnStdinStopsBeforeConnecting()
{
    QVERIFY(m_dir.isValid());
    const QString storePath = m_dir.filePath(QStringLiteral("nopassword.sqlite"));

    // Port 1 on 127.0.0.1 refuses connections, so a request would fail differently.
    const CliRun run = runCli(syncArguments(storePath, QStringLiteral(" https://127.0.0.1:1/ ")));

    QCOMPARE(run.err,
             QStringLiteral("Sync failed: no password on standard input. Give the password as "
                            "the first line of standard input, or leave out --password-stdin to "
                            "use the system keychain.\n"));
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QCOMPARE(metadataOf(storePath, QStringLiteral("sync_server_url")),
             QStringLiteral("https://127.0.0.1:1/"));
}

void tst_Cli::relativeCaFileIsSavedAbsolute()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("certs")));
    const QString folder = m_dir.filePath(QStringLiteral("certs"));
    QVERIFY(writeFile(folder + QStringLiteral("/ca.crt"), "not read before the password\n"));
    const QString storePath = m_dir.filePath(QStringLiteral("relca.sqlite"));

    const CliRun run
        = runCli(syncArguments(storePath, QStringLiteral("https://127.0.0.1:1"))
                     + QStringList{QStringLiteral("--ca-file"), QStringLiteral("ca.crt")},
                 folder);

    QCOMPARE(run.exitCode, 2);
    QCOMPARE(metadataOf(storePath, QStringLiteral("sync_ca_file")),
             QFileInfo(folder + QStringLiteral("/ca.crt")).absoluteFilePath());
}

void tst_Cli::missingCaFileIsNotSaved()
{
    QVERIFY(m_dir.isValid());
    const QString storePath = m_dir.filePath(QStringLiteral("noca.sqlite"));

    const CliRun run
        = runCli(syncArguments(storePath, QStringLiteral("https://127.0.0.1:1"))
                     + QStringList{QStringLiteral("--ca-file"), QStringLiteral("missing-ca.crt")},
                 m_dir.path(),
                 "Secr3t\n");

    QCOMPARE(run.err,
             QStringLiteral("Sync failed: The CA certificate file “%1” does not exist: give the "
                            "path of the server's CA certificate (PEM) with --ca-file.\n")
                 .arg(QDir(m_dir.path()).absoluteFilePath(QStringLiteral("missing-ca.crt"))));
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(metadataOf(storePath, QStringLiteral("sync_ca_file")), QString());
    QCOMPARE(metadataOf(storePath, QStringLiteral("sync_server_url")), QString());
}

void tst_Cli::helpCommandPrintsUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedStart");

    QTest::newRow("help") << QStringList{QStringLiteral("help")} << QStringLiteral("Usage: ");
    QTest::newRow("sync --help") << QStringList{QStringLiteral("sync"), QStringLiteral("--help")}
                                 << QStringLiteral(
                                        "Usage: coopatlas-cli [--database FILE] sync [options]\n");
    QTest::newRow("help resolve")
        << QStringList{QStringLiteral("help"), QStringLiteral("resolve")}
        << QStringLiteral("Usage: coopatlas-cli [--database FILE] resolve [options] id\n");
    // QCommandLineParser names the program as it was started.
    QTest::newRow("import --help")
        << QStringList{QStringLiteral("import"), QStringLiteral("--help")}
        << QStringLiteral("Usage: %1 import [options] file\n").arg(CliPath);
    QTest::newRow("help import")
        << QStringList{QStringLiteral("help"), QStringLiteral("import")}
        << QStringLiteral("Usage: %1 import [options] file\n").arg(CliPath);
}

void tst_Cli::helpCommandPrintsUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedStart);

    const CliRun run = runCli(arguments);

    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(expectedStart), qPrintable(run.out));
    QCOMPARE(run.err, QString());
}

void tst_Cli::messagesFollowSystemLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expectedStart");

    QTest::newRow("French") << QStringLiteral("fr_BE.UTF-8")
                            << QStringLiteral("L'import a échoué\u00a0: ");
    QTest::newRow("Dutch") << QStringLiteral("nl_BE.UTF-8") << QStringLiteral("Import mislukt: ");
    QTest::newRow("German, no translation")
        << QStringLiteral("de_DE.UTF-8") << QStringLiteral("Import failed: ");
}

void tst_Cli::messagesFollowSystemLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, expectedStart);
    QVERIFY(m_dir.isValid());
    const QString storePath = m_dir.filePath(QStringLiteral("language.sqlite"));
    const QString missingPath = m_dir.filePath(QStringLiteral("missing.csv"));

    const CliRun run
        = runCli({QStringLiteral("--database"), storePath, QStringLiteral("import"), missingPath},
                 {},
                 {},
                 locale);

    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(expectedStart + missingPath), qPrintable(run.err));
    QCOMPARE(run.out, QString());
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
