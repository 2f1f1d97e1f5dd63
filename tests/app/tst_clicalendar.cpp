// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/storage/activitystore.h>
#include <core/storage/database.h>
#include <core/storage/store.h>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <libical/ical.h>

#include <memory>

using namespace CoopAtlas::Core;

namespace {

const QString CliPath = QStringLiteral(COOPATLAS_CLI_PATH);

struct ComponentDeleter
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

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
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(CliPath, arguments);
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

/// UID → DTSTART text (as written, with its TZID or VALUE parameter) of every VEVENT.
QMap<QString, QString> eventStarts(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const Component calendar(icalparser_parse_string(file.readAll().constData()));
    QMap<QString, QString> starts;
    if (!calendar) {
        return starts;
    }
    for (icalcomponent *event
         = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
         event != nullptr;
         event = icalcomponent_get_next_component(calendar.get(), ICAL_VEVENT_COMPONENT)) {
        icalproperty *dtstart = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
        const char *tzid
            = dtstart ? icalproperty_get_parameter_as_string(dtstart, "TZID") : nullptr;
        const QString start
            = dtstart ? QString::fromUtf8(icalproperty_get_value_as_string(dtstart)) : QString();
        starts.insert(QString::fromUtf8(icalcomponent_get_uid(event)),
                      tzid ? QString::fromUtf8(tzid) + u'|' + start : start);
    }
    return starts;
}

} // namespace

class tst_CliCalendar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesEveryItemByDefault();
    void filtersByKindRangeAndId();
    void rejectsInvalidOptions();
    void unknownIdFails();
    void emptySelectionWritesNothing();
    void allowEmptyWritesEmptyCalendar();

private:
    QString output(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_database;
    QString m_workshop;
    QString m_residency;
};

void tst_CliCalendar::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = m_dir.filePath(QStringLiteral("calendar.coopatlas"));
    auto db = Database::open(m_database);
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().text()));
    Store store(std::move(db).value());
    ActivityStore activities(store);
    Workshop workshop;
    workshop.title = QStringLiteral("Statuts coopératifs");
    workshop.axis = QStringLiteral("equip");
    // 14:00 in Berlin on the day after the clock change of March 2026 is 12:00 UTC.
    workshop.start = QDateTime(QDate(2026, 3, 30), QTime(12, 0), Qt::UTC);
    workshop.end = QDateTime(QDate(2026, 3, 30), QTime(14, 0), Qt::UTC);
    workshop.timeZone = QStringLiteral("Europe/Berlin");
    m_workshop = activities.insertWorkshop(workshop).value();
    Residency residency;
    residency.title = QStringLiteral("Barcelona otoño");
    residency.city = QStringLiteral("barcelona");
    residency.start = QDate(2026, 10, 19);
    residency.end = QDate(2026, 10, 23);
    m_residency = activities.insertResidency(residency).value();
}

void tst_CliCalendar::writesEveryItemByDefault()
{
    const CliRun run = runCli({QStringLiteral("--database"),
                               m_database,
                               QStringLiteral("calendar"),
                               QStringLiteral("--output"),
                               output(QStringLiteral("all.ics"))});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Wrote 2 calendar items")), qPrintable(run.out));
    const auto starts = eventStarts(output(QStringLiteral("all.ics")));
    QCOMPARE(starts.size(), 2);
    QCOMPARE(starts.value(m_workshop + QStringLiteral("@coopatlas")),
             QStringLiteral("Europe/Berlin|20260330T140000"));
    QCOMPARE(starts.value(m_residency + QStringLiteral("@coopatlas")), QStringLiteral("20261019"));
}

void tst_CliCalendar::filtersByKindRangeAndId()
{
    // --database after the command name works as well.
    CliRun run = runCli({QStringLiteral("calendar"),
                         QStringLiteral("--database"),
                         m_database,
                         QStringLiteral("--kind"),
                         QStringLiteral("residency"),
                         QStringLiteral("--output"),
                         output(QStringLiteral("residencies.ics"))});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(eventStarts(output(QStringLiteral("residencies.ics"))).keys(),
             QStringList{m_residency + QStringLiteral("@coopatlas")});

    run = runCli({QStringLiteral("--database"),
                  m_database,
                  QStringLiteral("calendar"),
                  QStringLiteral("--from"),
                  QStringLiteral("2026-03-01"),
                  QStringLiteral("--to"),
                  QStringLiteral("2026-03-31"),
                  QStringLiteral("--output"),
                  output(QStringLiteral("march.ics"))});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(eventStarts(output(QStringLiteral("march.ics"))).keys(),
             QStringList{m_workshop + QStringLiteral("@coopatlas")});

    run = runCli({QStringLiteral("--database"),
                  m_database,
                  QStringLiteral("calendar"),
                  QStringLiteral("--id"),
                  m_residency,
                  QStringLiteral("--id"),
                  m_workshop,
                  QStringLiteral("--output"),
                  output(QStringLiteral("chosen.ics"))});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(eventStarts(output(QStringLiteral("chosen.ics"))).size(), 2);
}

void tst_CliCalendar::rejectsInvalidOptions()
{
    CliRun run = runCli({QStringLiteral("--database"),
                         m_database,
                         QStringLiteral("calendar"),
                         QStringLiteral("--kind"),
                         QStringLiteral("barrier"),
                         QStringLiteral("--output"),
                         output(QStringLiteral("x.ics"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("\"barrier\"")), qPrintable(run.err));

    run = runCli({QStringLiteral("--database"),
                  m_database,
                  QStringLiteral("calendar"),
                  QStringLiteral("--from"),
                  QStringLiteral("29/03/2026"),
                  QStringLiteral("--output"),
                  output(QStringLiteral("x.ics"))});
    QCOMPARE(run.exitCode, 2);

    run = runCli({QStringLiteral("--database"), m_database, QStringLiteral("calendar")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("--output")));
    QVERIFY(!QFile::exists(output(QStringLiteral("x.ics"))));
}

void tst_CliCalendar::unknownIdFails()
{
    const QString id = QStringLiteral("0190aaaa-0000-7000-8000-00000000000a");
    const CliRun run = runCli({QStringLiteral("--database"),
                               m_database,
                               QStringLiteral("calendar"),
                               QStringLiteral("--id"),
                               id,
                               QStringLiteral("--output"),
                               output(QStringLiteral("none.ics"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(id), qPrintable(run.err));
    QVERIFY(!QFile::exists(output(QStringLiteral("none.ics"))));
}

void tst_CliCalendar::emptySelectionWritesNothing()
{
    const QString path = output(QStringLiteral("may.ics"));
    const CliRun run = runCli({QStringLiteral("--database"),
                               m_database,
                               QStringLiteral("calendar"),
                               QStringLiteral("--from"),
                               QStringLiteral("2026-05-01"),
                               QStringLiteral("--to"),
                               QStringLiteral("2026-05-17"),
                               QStringLiteral("--output"),
                               path});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QVERIFY2(
        run.err.startsWith(QStringLiteral("No workshop or residency matches the filters, so %1 "
                                          "was not written.")
                               .arg(path)),
        qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("--allow-empty")));
    QVERIFY(!QFile::exists(path));
}

void tst_CliCalendar::allowEmptyWritesEmptyCalendar()
{
    const QString path = output(QStringLiteral("may-empty.ics"));
    const CliRun run = runCli({QStringLiteral("--database"),
                               m_database,
                               QStringLiteral("calendar"),
                               QStringLiteral("--from"),
                               QStringLiteral("2026-05-01"),
                               QStringLiteral("--to"),
                               QStringLiteral("2026-05-17"),
                               QStringLiteral("--allow-empty"),
                               QStringLiteral("--output"),
                               path});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out, QStringLiteral("Wrote 0 calendar items to %1.\n").arg(path));
    QVERIFY(QFile::exists(path));
    QVERIFY(eventStarts(path).isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("BEGIN:VCALENDAR\r\n"));

    const CliRun help = runCli({QStringLiteral("calendar"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QStringLiteral("--allow-empty")), qPrintable(help.out));
    QVERIFY(help.out.simplified().contains(
        QStringLiteral("When no item matches, nothing is written and the exit status is 1")));
}

QTEST_GUILESS_MAIN(tst_CliCalendar)
#include "tst_clicalendar.moc"
