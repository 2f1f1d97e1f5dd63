// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the export, backup and restore commands of the built coopatlas-cli on a
// temporary store filled from a real vCard file.
#include <core/import/csvreader.h>
#include <core/import/vcardparser.h>
#include <core/interchange/jsonbackup.h>
#include <core/storage/database.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace CoopAtlas::Core;

namespace {

const QString CliPath = QStringLiteral(COOPATLAS_CLI_PATH);
// Five people.
const QString PeoplePath = QStringLiteral(TESTS_DATA_DIR "/contacts/kcontacts_vcard10.vcf");
// One organisation, "SOME COMPANY", marked with X-ABShowAs:COMPANY.
const QString CompanyPath
    = QStringLiteral(TESTS_DATA_DIR "/contacts/kcontacts_vcardwithitemasapplesupport.vcf");

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs coopatlas-cli with `arguments` in the C.UTF-8 locale and waits at most 60
/// seconds. A positive `maxFileSize` limits the size of every file that the
/// process writes (RLIMIT_FSIZE), so that writing past it fails with EFBIG.
CliRun runCli(const QStringList &arguments, rlim_t maxFileSize = 0)
{
    QProcess process;
    if (maxFileSize > 0) {
        process.setChildProcessModifier([maxFileSize] {
            const struct rlimit limit
            {
                maxFileSize, maxFileSize
            };
            ::setrlimit(RLIMIT_FSIZE, &limit);
            ::signal(SIGXFSZ, SIG_IGN);
        });
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), QDir::tempPath());
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
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

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_CliExport : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void testCsvExcelDialect();
    void testCsvPlainDialect();
    void testCsvInvalidList();
    void testVCardExport();
    void testVCardKindPerson();
    void testBackupAndRestore();
    void testRestoreRejectsExistingFile();
    void testMissingDatabase();
    void testHelpTexts_data();
    void testHelpTexts();
    void helpCommandGivesFormatHelp_data();
    void helpCommandGivesFormatHelp();
    void vCardHelpStatesNormalisation();
    void vCardReimportMatchesRecords();
    void calendarLogsOnlyWhenVerbose();
    void restoreWriteFailureMessage();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_database;
};

void tst_CliExport::init()
{
    QVERIFY(m_dir.isValid());
    m_database = path(
        QStringLiteral("store-%1.coopatlas").arg(QLatin1String(QTest::currentTestFunction())));
    for (const QString &file : {PeoplePath, CompanyPath}) {
        const CliRun run
            = runCli({QStringLiteral("--database"), m_database, QStringLiteral("import"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
}

void tst_CliExport::testCsvExcelDialect()
{
    const QString output = path(QStringLiteral("people-excel.csv"));
    const CliRun run = runCli({QStringLiteral("--database"),
                               m_database,
                               QStringLiteral("export"),
                               QStringLiteral("csv"),
                               QStringLiteral("--list"),
                               QStringLiteral("people"),
                               QStringLiteral("--dialect"),
                               QStringLiteral("excel"),
                               QStringLiteral("--output"),
                               output});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Exported 5 row")), qPrintable(run.out));
    const QByteArray bytes = readAll(output);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFName;Organisation;E-mail;Phone;Updated\r\n"));
    auto table = CsvReader().read(bytes, QStringLiteral("people-excel.csv"));
    QVERIFY(table.ok());
    QCOMPARE(table->delimiter, QChar(u';'));
    QCOMPARE(table->rows.size(), 5);
}

void tst_CliExport::testCsvPlainDialect()
{
    const QString output = path(QStringLiteral("organisations.csv"));
    const CliRun run = runCli({QStringLiteral("--database"),
                               m_database,
                               QStringLiteral("export"),
                               QStringLiteral("csv"),
                               QStringLiteral("--list"),
                               QStringLiteral("organisations"),
                               QStringLiteral("--dialect"),
                               QStringLiteral("plain"),
                               QStringLiteral("--output"),
                               output});
    QCOMPARE(run.exitCode, 0);
    const QByteArray bytes = readAll(output);
    QVERIFY(bytes.startsWith("Name,Kind,Stage,Commune,Locality,Country,Founded,Updated\r\n"));
    QVERIFY(bytes.contains("\r\nSOME COMPANY,"));
    QCOMPARE(bytes.count("\r\n"), 2);
}

void tst_CliExport::testCsvInvalidList()
{
    const CliRun run = runCli({QStringLiteral("--database"),
                               m_database,
                               QStringLiteral("export"),
                               QStringLiteral("csv"),
                               QStringLiteral("--list"),
                               QStringLiteral("workshops"),
                               QStringLiteral("--output"),
                               path(QStringLiteral("never.csv"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("\"workshops\"")));
    QVERIFY(!QFile::exists(path(QStringLiteral("never.csv"))));
}

void tst_CliExport::testVCardExport()
{
    for (const QString &version : {QStringLiteral("4.0"), QStringLiteral("3.0")}) {
        const QString output = path(QStringLiteral("contacts-%1.vcf").arg(version));
        const CliRun run = runCli({QStringLiteral("--database"),
                                   m_database,
                                   QStringLiteral("export"),
                                   QStringLiteral("vcard"),
                                   QStringLiteral("--version"),
                                   version,
                                   QStringLiteral("--output"),
                                   output});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Exported 6 card")), qPrintable(run.out));
        const QByteArray bytes = readAll(output);
        QCOMPARE(bytes.count("BEGIN:VCARD\r\n"), 6);
        QCOMPARE(bytes.count(QByteArray("\r\nVERSION:" + version.toLatin1() + "\r\n")), 6);
        auto records = VCardParser().read(bytes, output);
        QVERIFY(records.ok());
        QCOMPARE(records->size(), 6);
        QCOMPARE(records->constFirst().target, RecordTarget::Organisation);
        QCOMPARE(records->constFirst().organisation.name, QStringLiteral("SOME COMPANY"));
        QCOMPARE(records->at(1).target, RecordTarget::Person);
    }
}

void tst_CliExport::testVCardKindPerson()
{
    const QString output = path(QStringLiteral("people.vcf"));
    const CliRun run = runCli({QStringLiteral("--database"),
                               m_database,
                               QStringLiteral("export"),
                               QStringLiteral("vcard"),
                               QStringLiteral("--kind"),
                               QStringLiteral("person"),
                               QStringLiteral("--output"),
                               output});
    QCOMPARE(run.exitCode, 0);
    const QByteArray bytes = readAll(output);
    QCOMPARE(bytes.count("BEGIN:VCARD\r\n"), 5);
    QVERIFY(!bytes.contains("KIND:org"));
    QVERIFY(!bytes.contains("SOME COMPANY"));
}

void tst_CliExport::testBackupAndRestore()
{
    const QString backup = path(QStringLiteral("backup.json"));
    const CliRun backedUp = runCli({QStringLiteral("--database"),
                                    m_database,
                                    QStringLiteral("backup"),
                                    QStringLiteral("--output"),
                                    backup});
    QCOMPARE(backedUp.exitCode, 0);
    QVERIFY(backedUp.out.startsWith(QStringLiteral("Backed up ")));
    const QString restoredPath = path(QStringLiteral("restored.coopatlas"));
    const CliRun restored
        = runCli({QStringLiteral("restore"), backup, QStringLiteral("--database"), restoredPath});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QVERIFY(restored.out.startsWith(QStringLiteral("Restored ")));

    auto original = Database::open(m_database);
    auto copy = Database::open(restoredPath);
    QVERIFY(original.ok());
    QVERIFY(copy.ok());
    const auto originalDigest = JsonBackup::canonicalDigest(**original);
    const auto copyDigest = JsonBackup::canonicalDigest(**copy);
    QVERIFY(originalDigest.ok());
    QVERIFY(copyDigest.ok());
    QCOMPARE(copyDigest->toHex(), originalDigest->toHex());
}

void tst_CliExport::testRestoreRejectsExistingFile()
{
    const QString backup = path(QStringLiteral("backup-existing.json"));
    QCOMPARE(runCli({QStringLiteral("--database"),
                     m_database,
                     QStringLiteral("backup"),
                     QStringLiteral("--output"),
                     backup})
                 .exitCode,
             0);
    const QByteArray before = readAll(m_database);
    const CliRun run
        = runCli({QStringLiteral("restore"), backup, QStringLiteral("--database"), m_database});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("already exists")), qPrintable(run.err));
    QCOMPARE(readAll(m_database), before);
}

void tst_CliExport::testMissingDatabase()
{
    const QString missing = path(QStringLiteral("missing.coopatlas"));
    const CliRun run = runCli({QStringLiteral("--database"),
                               missing,
                               QStringLiteral("backup"),
                               QStringLiteral("--output"),
                               path(QStringLiteral("missing.json"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("does not exist")));
    QVERIFY(!QFile::exists(missing));
    QVERIFY(!QFile::exists(path(QStringLiteral("missing.json"))));
}

void tst_CliExport::testHelpTexts_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("export csv") << QStringList{QStringLiteral("export"),
                                               QStringLiteral("csv"),
                                               QStringLiteral("--help")}
                                << QStringLiteral("--dialect <excel|plain>");
    QTest::newRow("export vcard") << QStringList{QStringLiteral("export"),
                                                 QStringLiteral("vcard"),
                                                 QStringLiteral("--help")}
                                  << QStringLiteral("--version <4.0|3.0>");
    QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("--help")}
                            << QStringLiteral("csv|vcard");
    QTest::newRow("backup") << QStringList{QStringLiteral("help"), QStringLiteral("backup")}
                            << QStringLiteral("--output <file>");
    QTest::newRow("restore") << QStringList{QStringLiteral("restore"), QStringLiteral("--help")}
                             << QStringLiteral("--database <file>");
}

void tst_CliExport::testHelpTexts()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(expected), qPrintable(run.out));
}

void tst_CliExport::helpCommandGivesFormatHelp_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("usage");
    // QCommandLineParser names the program as it was started.
    QTest::newRow("csv") << QStringLiteral("csv")
                         << QStringLiteral("Usage: %1 export csv [options]\n").arg(CliPath);
    QTest::newRow("vcard") << QStringLiteral("vcard")
                           << QStringLiteral("Usage: %1 export vcard [options]\n").arg(CliPath);
}

void tst_CliExport::helpCommandGivesFormatHelp()
{
    QFETCH(QString, format);
    QFETCH(QString, usage);
    const CliRun help = runCli({QStringLiteral("help"), QStringLiteral("export"), format});
    const CliRun option = runCli({QStringLiteral("export"), format, QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QCOMPARE(option.exitCode, 0);
    QVERIFY2(option.out.startsWith(usage), qPrintable(option.out));
    QCOMPARE(help.out, option.out);
    QVERIFY(option.out.endsWith(QStringLiteral(".\n")));
    QCOMPARE(help.err, QString());
    QCOMPARE(option.err, QString());
}

void tst_CliExport::vCardHelpStatesNormalisation()
{
    const CliRun run
        = runCli({QStringLiteral("help"), QStringLiteral("export"), QStringLiteral("vcard")});
    QCOMPARE(run.exitCode, 0);
    const QString text = run.out.simplified();
    QVERIFY2(text.contains(QStringLiteral("a CR or CRLF inside a value is written as a line break "
                                          "and reads back as LF.")),
             qPrintable(run.out));
    QVERIFY(text.contains(QStringLiteral("UID urn:uuid:ID")));
    QVERIFY(text.contains(QStringLiteral("X-COOPATLAS-KIND")));
}

void tst_CliExport::vCardReimportMatchesRecords()
{
    const QString output = path(QStringLiteral("again.vcf"));
    QCOMPARE(runCli({QStringLiteral("--database"),
                     m_database,
                     QStringLiteral("export"),
                     QStringLiteral("vcard"),
                     QStringLiteral("--output"),
                     output})
                 .exitCode,
             0);
    const QStringList import{
        QStringLiteral("--database"), m_database, QStringLiteral("import"), output};
    // The first import may update vCard fields that the original files wrote
    // differently, but it must not add records.
    const CliRun first = runCli(import);
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.out.startsWith(QStringLiteral("Created: 0\n")), qPrintable(first.out));
    const CliRun second = runCli(import);
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.startsWith(QStringLiteral("Created: 0\nMerged: 0\nSkipped: 6\n")),
             qPrintable(second.out));
    QCOMPARE(second.out.count(QStringLiteral("(already present in the database)")), 6);
    QCOMPARE(second.err, QString());
}

void tst_CliExport::calendarLogsOnlyWhenVerbose()
{
    const QStringList arguments{QStringLiteral("--database"),
                                m_database,
                                QStringLiteral("calendar"),
                                QStringLiteral("--allow-empty"),
                                QStringLiteral("--output"),
                                path(QStringLiteral("calendar.ics"))};
    const CliRun quiet = runCli(arguments);
    QCOMPARE(quiet.exitCode, 0);
    QCOMPARE(quiet.err, QString());
    const CliRun verbose = runCli(QStringList{QStringLiteral("--verbose")} + arguments);
    QCOMPARE(verbose.exitCode, 0);
    QVERIFY2(verbose.err.contains(QStringLiteral("Wrote an iCalendar export")),
             qPrintable(verbose.err));
}

void tst_CliExport::restoreWriteFailureMessage()
{
    const QString backup = path(QStringLiteral("backup-limited.json"));
    QCOMPARE(runCli({QStringLiteral("--database"),
                     m_database,
                     QStringLiteral("backup"),
                     QStringLiteral("--output"),
                     backup})
                 .exitCode,
             0);
    const QString target = path(QStringLiteral("limited.coopatlas"));
    // 64 KiB are too few for the restored store, whose schema alone is larger.
    const CliRun run = runCli(
        {QStringLiteral("restore"), backup, QStringLiteral("--database"), target}, 64 * 1024);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err,
             QStringLiteral("Restore failed: %1: Could not save the upgraded data file: Could not "
                            "save the changes: Writing the data file or the -wal and -shm files "
                            "next to it failed (SQLite reports \"disk I/O error\"). Check that "
                            "the disk is not full, that no file size limit applies and that you "
                            "may write to the folder.\n")
                 .arg(target));
    QVERIFY(!run.err.contains(QStringLiteral("..")));
    QVERIFY(!QFile::exists(target));

    // Reading a store in WAL mode writes its -shm file, which the limit stops too.
    const CliRun read = runCli({QStringLiteral("--database"),
                                m_database,
                                QStringLiteral("backup"),
                                QStringLiteral("--output"),
                                path(QStringLiteral("never.json"))},
                               1);
    QCOMPARE(read.exitCode, 1);
    QCOMPARE(read.err,
             QStringLiteral("Backup failed: %1: Could not open the data file. Writing the data "
                            "file or the -wal and -shm files next to it failed (SQLite reports "
                            "\"disk I/O error\"). Check that the disk is not full, that no file "
                            "size limit applies and that you may write to the folder.\n")
                 .arg(m_database));
}

QTEST_GUILESS_MAIN(tst_CliExport)
#include "tst_cliexport.moc"
