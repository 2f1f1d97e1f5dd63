// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs `coopatlas-cli report` as a user would, on the hand-made report store.
#include "../core/reports/reportfixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString CliPath = QStringLiteral(COOPATLAS_CLI_PATH);

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
    environment.insert(QStringLiteral("XDG_DATA_HOME"), QDir::tempPath());
    environment.remove(QStringLiteral("LANGUAGE"));
    // Without it, QGuiApplication warns on standard error, which the tests
    // expect to contain only the command's own sentences.
    environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
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

QByteArray firstBytes(const QString &path, int count)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(count) : QByteArray();
}

} // namespace

class tst_CliReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesEachFormat_data();
    void writesEachFormat();
    void writesCsvFolder();
    void rangeComparesPreviousDays();
    void reportsEmptyPeriod();
    void rejectsInvalidUsage_data();
    void rejectsInvalidUsage();
    void failsOnMissingDatabase();
    void failedOutputPrintsOneSentence_data();
    void failedOutputPrintsOneSentence();
    void helpShowsReportUsage_data();
    void helpShowsReportUsage();

private:
    QTemporaryDir m_dir;
    QString m_store;
};

void tst_CliReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(QStringLiteral("report.sqlite"));
    QCOMPARE(ReportFixture::createStore(m_store).size(), 25);
}

void tst_CliReport::writesEachFormat_data()
{
    QTest::addColumn<QStringList>("period");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("pdf quarter fr") << QStringList{u"--quarter"_qs, u"2026-Q1"_qs} << u"pdf"_qs
                                    << u"fr"_qs << QByteArray("%PDF-");
    QTest::newRow("xlsx year nl") << QStringList{u"--year"_qs, u"2026"_qs} << u"xlsx"_qs << u"nl"_qs
                                  << QByteArray("PK\x03\x04");
    QTest::newRow("pdf range en") << QStringList{u"--from"_qs,
                                                 u"2026-01-15"_qs,
                                                 u"--to"_qs,
                                                 u"2026-02-14"_qs}
                                  << u"pdf"_qs << u"en"_qs << QByteArray("%PDF-");
}

void tst_CliReport::writesEachFormat()
{
    QFETCH(QStringList, period);
    QFETCH(QString, format);
    QFETCH(QString, language);
    QFETCH(QByteArray, magic);
    const QString output = m_dir.filePath(
        QStringLiteral("%1-%2.%3").arg(language, QString::number(period.size()), format));
    const CliRun run = runCli(
        QStringList{u"--database"_qs, m_store, u"report"_qs} + period
        + QStringList{u"--format"_qs, format, u"--lang"_qs, language, u"--output"_qs, output});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("Report written to %1\n").arg(output));
    QCOMPARE(run.err, QString());
    QCOMPARE(firstBytes(output, int(magic.size())), magic);
}

void tst_CliReport::writesCsvFolder()
{
    const QString folder = m_dir.filePath(QStringLiteral("csv"));
    const CliRun run = runCli({u"--database"_qs,
                               m_store,
                               u"report"_qs,
                               u"--quarter"_qs,
                               u"2026-Q1"_qs,
                               u"--format"_qs,
                               u"csv"_qs,
                               u"--output"_qs,
                               folder});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.err, QString());
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 24);
    QFile summary(QDir(folder).filePath(QStringLiteral("summary.csv")));
    QVERIFY(summary.open(QIODevice::ReadOnly));
    const QByteArray text = summary.readAll();
    QVERIFY(text.contains("Project holders supported,3,3,0\r\n"));
    QVERIFY(text.contains("New project holders supported,1,2,-1\r\n"));
}

void tst_CliReport::rangeComparesPreviousDays()
{
    // 15 January to 14 February 2026 is 31 days, so the previous period is the
    // 31 days before, 15 December 2025 to 14 January 2026.
    const QStringList range{u"--from"_qs, u"2026-01-15"_qs, u"--to"_qs, u"2026-02-14"_qs};
    const QString pdf = m_dir.filePath(QStringLiteral("range.pdf"));
    const CliRun written = runCli(
        QStringList{u"--database"_qs, m_store, u"report"_qs} + range
        + QStringList{u"--format"_qs, u"pdf"_qs, u"--lang"_qs, u"en"_qs, u"--output"_qs, pdf});
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(text.contains(u"Period: 15 January 2026 to 14 February 2026"_qs), qPrintable(text));
    QVERIFY(text.contains(u"Compared with: 15 December 2025 to 14 January 2026"_qs));

    // H1 and H3 are supported in the range, and H1, H3 and H4 in the days before.
    const QString folder = m_dir.filePath(QStringLiteral("range-csv"));
    const CliRun csv = runCli(QStringList{u"--database"_qs, m_store, u"report"_qs} + range
                              + QStringList{u"--format"_qs, u"csv"_qs, u"--output"_qs, folder});
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
    QFile summary(QDir(folder).filePath(QStringLiteral("summary.csv")));
    QVERIFY(summary.open(QIODevice::ReadOnly));
    const QString figures = QString::fromUtf8(summary.readAll());
    QVERIFY2(figures.contains(u"\r\nProject holders supported,2,3,"_qs), qPrintable(figures));
}

void tst_CliReport::reportsEmptyPeriod()
{
    const QString output = m_dir.filePath(QStringLiteral("empty.xlsx"));
    const CliRun run = runCli({u"--database"_qs,
                               m_store,
                               u"report"_qs,
                               u"--year"_qs,
                               u"2010"_qs,
                               u"--format"_qs,
                               u"xlsx"_qs,
                               u"--output"_qs,
                               output});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QVERIFY(run.out.startsWith(QStringLiteral("No activity in this period.\n")));
    QVERIFY(QFile::exists(output));
}

void tst_CliReport::rejectsInvalidUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no period") << QStringList{u"--output"_qs, u"x.pdf"_qs} << u"Give one period"_qs;
    QTest::newRow("two periods") << QStringList{u"--year"_qs,
                                                u"2026"_qs,
                                                u"--quarter"_qs,
                                                u"2026-Q1"_qs,
                                                u"--output"_qs,
                                                u"x.pdf"_qs}
                                 << u"Give one period"_qs;
    QTest::newRow("bad quarter") << QStringList{u"--quarter"_qs,
                                                u"2026-Q5"_qs,
                                                u"--output"_qs,
                                                u"x.pdf"_qs}
                                 << u"2026-Q5: Write the quarter as YYYY-Qn"_qs;
    QTest::newRow("from without to")
        << QStringList{u"--from"_qs, u"2026-01-01"_qs, u"--output"_qs, u"x.pdf"_qs}
        << u"Give both --from and --to."_qs;
    QTest::newRow("bad format")
        << QStringList{u"--year"_qs, u"2026"_qs, u"--format"_qs, u"odt"_qs, u"--output"_qs, u"x"_qs}
        << u"Choose the format pdf, xlsx or csv."_qs;
    QTest::newRow("bad language")
        << QStringList{u"--year"_qs, u"2026"_qs, u"--lang"_qs, u"de"_qs, u"--output"_qs, u"x"_qs}
        << u"Choose the language fr, nl or en."_qs;
    QTest::newRow("no output") << QStringList{u"--year"_qs, u"2026"_qs}
                               << u"Give the file to write with --output FILE."_qs;
}

void tst_CliReport::rejectsInvalidUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = runCli(QStringList{u"--database"_qs, m_store, u"report"_qs} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void tst_CliReport::failsOnMissingDatabase()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
    const CliRun run = runCli({u"--database"_qs,
                               missing,
                               u"report"_qs,
                               u"--year"_qs,
                               u"2026"_qs,
                               u"--output"_qs,
                               m_dir.filePath(QStringLiteral("never.pdf"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("The database file does not exist.")));
    QVERIFY(!QFile::exists(missing));
}

void tst_CliReport::failedOutputPrintsOneSentence_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("message");
    const QString missing = m_dir.filePath(QStringLiteral("missing"));
    const QString notFolder = m_dir.filePath(QStringLiteral("plain-file"));
    const QString check
        = QStringLiteral(". Check that the folder exists and that you may write to it.");
    QTest::newRow("pdf in a missing folder")
        << u"pdf"_qs << missing + u"/report.pdf"_qs
        << u"Could not write "_qs + missing + u"/report.pdf: No such file or directory"_qs + check;
    QTest::newRow("xlsx in a missing folder")
        << u"xlsx"_qs << missing + u"/report.xlsx"_qs
        << u"Could not write "_qs + missing + u"/report.xlsx: No such file or directory"_qs + check;
    QTest::newRow("pdf under a file")
        << u"pdf"_qs << notFolder + u"/report.pdf"_qs
        << u"Could not write "_qs + notFolder + u"/report.pdf: Not a directory"_qs + check;
    QTest::newRow("xlsx over a folder")
        << u"xlsx"_qs << m_dir.filePath(QStringLiteral("folder.xlsx"))
        << u"Could not write "_qs + m_dir.filePath(QStringLiteral("folder.xlsx"))
               + u": Is a directory"_qs + check;
    QTest::newRow("pdf over the database")
        << u"pdf"_qs << m_store
        << m_store + u" is the database file "_qs + m_store
               + u" or one of its SQLite files, so writing it would destroy the database. "
                 u"Choose another output file."_qs;
}

void tst_CliReport::failedOutputPrintsOneSentence()
{
    QFETCH(QString, format);
    QFETCH(QString, output);
    QFETCH(QString, message);
    QFile plainFile(m_dir.filePath(QStringLiteral("plain-file")));
    QVERIFY(plainFile.open(QIODevice::WriteOnly));
    plainFile.close();
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("folder.xlsx")));
    const CliRun run = runCli({u"--database"_qs,
                               m_store,
                               u"report"_qs,
                               u"--year"_qs,
                               u"2026"_qs,
                               u"--format"_qs,
                               format,
                               u"--output"_qs,
                               output});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err, u"Report failed: "_qs + message + u'\n');
}

void tst_CliReport::helpShowsReportUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("help report") << QStringList{u"help"_qs, u"report"_qs};
    QTest::newRow("report --help") << QStringList{u"report"_qs, u"--help"_qs};
}

void tst_CliReport::helpShowsReportUsage()
{
    QFETCH(QStringList, arguments);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out.section(u'\n', 0, 0),
             u"Usage: coopatlas-cli [--database FILE] report (--year YYYY | --quarter YYYY-Qn | "
             u"--from DATE --to DATE) --output FILE [options]"_qs);
    QVERIFY(run.out.contains(u"--lang <fr|nl|en>"_qs));
}

QTEST_GUILESS_MAIN(tst_CliReport)
#include "tst_clireport.moc"
