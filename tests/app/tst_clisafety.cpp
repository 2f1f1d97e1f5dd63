// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the read-only commands of the built coopatlas-cli (backup, export,
// calendar, report) against outputs that would harm the database, a full disk
// and read-only, empty, missing or older data files.
#include <core/storage/database.h>
#include <core/storage/migration.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace CoopAtlas::Core;

namespace {

const QString CliPath = QStringLiteral(COOPATLAS_CLI_PATH);
// Five people.
const QString PeoplePath = QStringLiteral(TESTS_DATA_DIR "/contacts/kcontacts_vcard10.vcf");
// User and group id of "nobody" on Debian, for the read-only cases when the tests run as root.
constexpr uid_t NobodyId = 65534;

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

struct ChildLimits
{
    /// Maximum file size in bytes (RLIMIT_FSIZE), or 0 for none.
    rlim_t fileSize = 0;
    /// Runs the child as "nobody" when the tests run as root, so that file modes apply.
    bool unprivileged = false;
};

/// Runs coopatlas-cli with `arguments` in the C locale and waits at most 60 seconds.
CliRun runCli(const QStringList &arguments, ChildLimits limits = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), QDir::tempPath());
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.setChildProcessModifier([limits] {
        if (limits.fileSize > 0) {
            // Ignored, so that a write past the limit fails with EFBIG instead of ending the
            // process.
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{limits.fileSize, limits.fileSize};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        }
        if (limits.unprivileged && ::geteuid() == 0) {
            if (::setgid(NobodyId) != 0 || ::setuid(NobodyId) != 0) {
                ::_exit(125);
            }
        }
    });
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

QByteArray digestOf(const QString &path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// The arguments after "--database DB" that make `command` write `output`.
QStringList commandWriting(const QString &command, const QString &output)
{
    const QString outputOption = QStringLiteral("--output");
    if (command == u"backup") {
        return {command, outputOption, output};
    }
    if (command == u"csv" || command == u"vcard") {
        QStringList arguments{QStringLiteral("export"), command, outputOption, output};
        if (command == u"csv") {
            arguments << QStringLiteral("--list") << QStringLiteral("people");
        }
        return arguments;
    }
    if (command == u"calendar") {
        // The store has no activities, so an empty calendar is requested explicitly.
        return {command, QStringLiteral("--allow-empty"), outputOption, output};
    }
    return {QStringLiteral("report"),
            QStringLiteral("--year"),
            QStringLiteral("2026"),
            QStringLiteral("--format"),
            command == u"xlsx" ? QStringLiteral("xlsx") : QStringLiteral("pdf"),
            outputOption,
            output};
}

void addCommandRows()
{
    QTest::addColumn<QString>("command");
    for (const char *command : {"backup", "csv", "vcard", "calendar", "report"}) {
        QTest::newRow(command) << QString::fromLatin1(command);
    }
}

} // namespace

class tst_CliSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void outputIsDatabaseIsRejected_data() { addCommandRows(); }
    void outputIsDatabaseIsRejected();
    void outputLinkedToDatabaseIsRejected_data() { addCommandRows(); }
    void outputLinkedToDatabaseIsRejected();
    void fullDiskKeepsPreviousFile_data();
    void fullDiskKeepsPreviousFile();
    void readOnlyDatabaseIsRead_data() { addCommandRows(); }
    void readOnlyDatabaseIsRead();
    void emptyOrMissingDatabaseIsRejected_data() { addCommandRows(); }
    void emptyOrMissingDatabaseIsRejected();
    void olderSchemaIsRejectedUnchanged();
    void restoreTakesDatabaseBeforeCommand();
    void reportFormatFollowsExtension();
    void restoreErrorNamesTarget();
    void calendarDateIsChecked_data();
    void calendarDateIsChecked();
    void exportCsvUsageIsSafe();
    void standardOutputIsRejected_data() { addCommandRows(); }
    void standardOutputIsRejected();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_database;
};

void tst_CliSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = path(QStringLiteral("store.coopatlas"));
    const CliRun run
        = runCli({QStringLiteral("--database"), m_database, QStringLiteral("import"), PeoplePath});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void tst_CliSafety::outputIsDatabaseIsRejected()
{
    QFETCH(QString, command);
    const QByteArray before = digestOf(m_database);
    for (const QString &output : QStringList{m_database, m_database + QStringLiteral("-wal")}) {
        const CliRun run = runCli(QStringList{QStringLiteral("--database"), m_database}
                                  + commandWriting(command, output));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(output + QStringLiteral(" is the database file")),
                 qPrintable(run.err));
        QCOMPARE(digestOf(m_database), before);
    }
}

void tst_CliSafety::outputLinkedToDatabaseIsRejected()
{
    QFETCH(QString, command);
    const QByteArray before = digestOf(m_database);
    const QString symbolic = path(QStringLiteral("symbolic-%1").arg(command));
    const QString hard = path(QStringLiteral("hard-%1").arg(command));
    QVERIFY(QFile::link(m_database, symbolic));
    QCOMPARE(::link(QFile::encodeName(m_database).constData(), QFile::encodeName(hard).constData()),
             0);
    for (const QString &output : {symbolic, hard}) {
        const CliRun run = runCli(QStringList{QStringLiteral("--database"), m_database}
                                  + commandWriting(command, output));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(output + QStringLiteral(" is the database file")),
                 qPrintable(run.err));
        QCOMPARE(digestOf(m_database), before);
    }
    QFile::remove(symbolic);
    QFile::remove(hard);
}

void tst_CliSafety::fullDiskKeepsPreviousFile_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("limit");
    // Each limit is below the size of the command's output.
    QTest::newRow("backup") << QStringLiteral("backup") << 4096;
    QTest::newRow("csv") << QStringLiteral("csv") << 200;
    QTest::newRow("vcard") << QStringLiteral("vcard") << 300;
    QTest::newRow("report") << QStringLiteral("report") << 4096;
    QTest::newRow("xlsx") << QStringLiteral("xlsx") << 2048;
}

void tst_CliSafety::fullDiskKeepsPreviousFile()
{
    QFETCH(QString, command);
    QFETCH(int, limit);
    QTemporaryDir folder(path(QStringLiteral("full-XXXXXX")));
    QVERIFY(folder.isValid());
    const QString output = folder.filePath(QStringLiteral("out"));
    // An open connection keeps the -shm file of the store, so that the reading
    // command does not create it, which the file size limit would stop.
    auto connection = Database::open(m_database);
    QVERIFY(connection.ok());
    const QByteArray previous("previous contents\n");
    QVERIFY(writeFile(output, previous));
    ChildLimits limits;
    limits.fileSize = rlim_t(limit);
    const CliRun run = runCli(QStringList{QStringLiteral("--database"), m_database}
                                  + commandWriting(command, output),
                              limits);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("Not enough space on the disk for ") + output
                              + QStringLiteral("; free space or choose another folder.")),
             qPrintable(run.err));
    QCOMPARE(readAll(output), previous);
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("out")});
}

void tst_CliSafety::readOnlyDatabaseIsRead()
{
    QFETCH(QString, command);
    // A read-only folder with a read-only copy of the store, and a writable folder for the output.
    const QString folder = path(QStringLiteral("readonly-%1").arg(command));
    const QString outputs = path(QStringLiteral("outputs-%1").arg(command));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QDir().mkpath(outputs));
    const QString copy = folder + QStringLiteral("/store.coopatlas");
    QVERIFY(QFile::copy(m_database, copy));
    const auto readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    const auto enterable = readable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(copy, readable));
    QVERIFY(QFile::setPermissions(folder, enterable));
    QVERIFY(QFile::setPermissions(outputs, enterable | QFile::WriteOwner | QFile::WriteOther));
    QVERIFY(QFile::setPermissions(m_dir.path(), enterable | QFile::WriteOwner));
    const QByteArray before = digestOf(copy);
    ChildLimits limits;
    limits.unprivileged = true;
    const QString output = outputs + QStringLiteral("/out");
    const CliRun run = runCli(
        QStringList{QStringLiteral("--database"), copy} + commandWriting(command, output), limits);
    QVERIFY(QFile::setPermissions(folder, enterable | QFile::WriteOwner));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QFileInfo(output).size() > 0);
    QCOMPARE(digestOf(copy), before);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("store.coopatlas")});
}

void tst_CliSafety::emptyOrMissingDatabaseIsRejected()
{
    QFETCH(QString, command);
    const QString empty = path(QStringLiteral("empty-%1.coopatlas").arg(command));
    QVERIFY(writeFile(empty, QByteArray()));
    const QString output = path(QStringLiteral("unwritten-%1").arg(command));
    CliRun run = runCli(QStringList{QStringLiteral("--database"), empty}
                        + commandWriting(command, output));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("file is empty, not a CoopAtlas file")),
             qPrintable(run.err));
    QCOMPARE(QFileInfo(empty).size(), 0);
    QVERIFY(!QFileInfo::exists(output));

    const QString missing = path(QStringLiteral("missing-%1.coopatlas").arg(command));
    run = runCli(QStringList{QStringLiteral("--database"), missing}
                 + commandWriting(command, output));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(missing), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(missing));
    QVERIFY(!QFileInfo::exists(output));
}

void tst_CliSafety::olderSchemaIsRejectedUnchanged()
{
    const QString older = path(QStringLiteral("older.coopatlas"));
    {
        QList<Migration> steps = schemaMigrations();
        steps.removeLast();
        auto db = Database::open(older, steps);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().text()));
    }
    const QByteArray before = digestOf(older);
    const QString output = path(QStringLiteral("older-backup.json"));
    const CliRun run = runCli(QStringList{QStringLiteral("--database"), older}
                              + commandWriting(QStringLiteral("backup"), output));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(
        run.err.contains(
            QStringLiteral("uses data format version %1").arg(Database::latestSchemaVersion() - 1)),
        qPrintable(run.err));
    QCOMPARE(digestOf(older), before);
    QVERIFY(!QFileInfo::exists(output));
}

void tst_CliSafety::restoreTakesDatabaseBeforeCommand()
{
    const QString backup = path(QStringLiteral("counted-backup.json"));
    const CliRun backedUp = runCli(QStringList{QStringLiteral("--database"), m_database}
                                   + commandWriting(QStringLiteral("backup"), backup));
    QVERIFY2(backedUp.exitCode == 0, qPrintable(backedUp.err));
    const QJsonObject json = QJsonDocument::fromJson(readAll(backup)).object();
    QCOMPARE(json.value(QStringLiteral("application")).toString(),
             QStringLiteral("CoopAtlas " COOPATLAS_VERSION));
    qint64 rowsInFile = 0;
    for (const QJsonValue &table : json.value(QStringLiteral("tables")).toArray()) {
        rowsInFile += table.toObject().value(QStringLiteral("rows")).toArray().size();
    }
    QVERIFY(rowsInFile > 0);
    QVERIFY2(backedUp.out.startsWith(QStringLiteral("Backed up %1 rows").arg(rowsInFile)),
             qPrintable(backedUp.out));

    const QString target = path(QStringLiteral("restored-global.coopatlas"));
    const CliRun restored
        = runCli({QStringLiteral("--database"), target, QStringLiteral("restore"), backup});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QCOMPARE(restored.out,
             QStringLiteral("Restored %1 rows into %2.\n").arg(rowsInFile).arg(target));
    QVERIFY(QFileInfo(target).size() > 0);
}

void tst_CliSafety::reportFormatFollowsExtension()
{
    const QStringList report{QStringLiteral("--database"),
                             m_database,
                             QStringLiteral("report"),
                             QStringLiteral("--year"),
                             QStringLiteral("2026")};
    const QString workbook = path(QStringLiteral("q.xlsx"));
    CliRun run = runCli(report + QStringList{QStringLiteral("--output"), workbook});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(readAll(workbook).startsWith("PK\x03\x04"));

    const QString mismatched = path(QStringLiteral("mismatch.xlsx"));
    run = runCli(report
                 + QStringList{QStringLiteral("--format"),
                               QStringLiteral("pdf"),
                               QStringLiteral("--output"),
                               mismatched});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--format pdf does not match the extension of ")
                              + mismatched),
             qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(mismatched));

    const QString unknown = path(QStringLiteral("report.out"));
    run = runCli(report + QStringList{QStringLiteral("--output"), unknown});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("Give the format with --format")),
             qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(unknown));
}

void tst_CliSafety::restoreErrorNamesTarget()
{
    const QString backup = path(QStringLiteral("target-backup.json"));
    const CliRun backedUp = runCli(QStringList{QStringLiteral("--database"), m_database}
                                   + commandWriting(QStringLiteral("backup"), backup));
    QVERIFY2(backedUp.exitCode == 0, qPrintable(backedUp.err));
    const QString target = path(QStringLiteral("no-such-folder/restored.coopatlas"));
    const CliRun run
        = runCli({QStringLiteral("restore"), backup, QStringLiteral("--database"), target});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(target), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QStringLiteral(".restoring")), qPrintable(run.err));
}

void tst_CliSafety::calendarDateIsChecked_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("trailing words")
        << QStringLiteral("2026-10-01 junk")
        << QStringLiteral("--from \"2026-10-01 junk\" is not a date: write it as YYYY-MM-DD");
    QTest::newRow("trailing letter")
        << QStringLiteral("2026-10-01x")
        << QStringLiteral("--from \"2026-10-01x\" is not a date: write it as YYYY-MM-DD");
    QTest::newRow("day that does not exist")
        << QStringLiteral("2026-02-30")
        << QStringLiteral("--from 2026-02-30: that day does not exist.");
}

void tst_CliSafety::calendarDateIsChecked()
{
    QFETCH(QString, date);
    QFETCH(QString, expected);
    const QString output = path(QStringLiteral("dated.ics"));
    const CliRun run = runCli({QStringLiteral("--database"),
                               m_database,
                               QStringLiteral("calendar"),
                               QStringLiteral("--from"),
                               date,
                               QStringLiteral("--output"),
                               output});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(output));
}

void tst_CliSafety::exportCsvUsageIsSafe()
{
    const QString output = path(QStringLiteral("usage.csv"));
    const QStringList exportCsv{
        QStringLiteral("--database"), m_database, QStringLiteral("export"), QStringLiteral("csv")};
    CliRun run = runCli(exportCsv + QStringList{QStringLiteral("--output"), output});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(
        run.err,
        QStringLiteral("Give the list to export with --list organisations, people or links.\n"));

    run = runCli(exportCsv
                 + QStringList{QStringLiteral("--list"),
                               QStringLiteral("\x1b]0;title\a"),
                               QStringLiteral("--output"),
                               output});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(!run.err.contains(QChar(0x1b)), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QChar(0x07)), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(output));

    run = runCli(exportCsv + QStringList{QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.endsWith(u'\n'));
}

void tst_CliSafety::standardOutputIsRejected()
{
    QFETCH(QString, command);
    const CliRun run = runCli(QStringList{QStringLiteral("--database"), m_database}
                              + commandWriting(command, QStringLiteral("-")));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(
        run.err.contains(QStringLiteral("Writing to standard output (\"-\") is not supported")),
        qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(QDir::current().filePath(QStringLiteral("-"))));
}

QTEST_GUILESS_MAIN(tst_CliSafety)
#include "tst_clisafety.moc"
