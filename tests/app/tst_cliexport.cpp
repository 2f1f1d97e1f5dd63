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

/// Runs coopatlas-cli with `arguments` in the C locale and waits at most 60 seconds.
CliRun runCli(const QStringList &arguments)
{
    QProcess process;
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

QTEST_GUILESS_MAIN(tst_CliExport)
#include "tst_cliexport.moc"
