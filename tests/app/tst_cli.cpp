// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built coopatlas-cli executable as a user would, on real files.
#include <core/storage/database.h>
#include <core/storage/store.h>

#include <QFile>
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

/// Runs coopatlas-cli with `arguments` and waits at most 60 seconds.
CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Keeps the default database, used when --database is missing, out of the user's folder.
    environment.insert(QStringLiteral("XDG_DATA_HOME"), QDir::tempPath());
    process.setProcessEnvironment(environment);
    process.start(CliPath, arguments);
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
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("export")} << QStringLiteral("Unknown command \"export\".\n");
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

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
