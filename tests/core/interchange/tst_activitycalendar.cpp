// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Workshops and residencies as calendar events. CTest runs this test three
// times: with TZ=Europe/Brussels, America/New_York and Pacific/Chatham, so that
// the local zone of the test process never decides a result.
#include <core/interchange/calendarmapping.h>
#include <core/storage/activitystore.h>
#include <core/storage/database.h>
#include <core/storage/store.h>

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <libical/ical.h>

#include <memory>

using namespace CoopAtlas::Core;

namespace {

struct ComponentDeleter
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

QDateTime utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

/// The first VEVENT's DTSTART converted to UTC through the calendar's own VTIMEZONE.
QDateTime eventStartUtc(icalcomponent *calendar)
{
    icalcomponent *event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
    icalcomponent *vtimezone
        = icalcomponent_get_first_component(calendar, ICAL_VTIMEZONE_COMPONENT);
    if (event == nullptr || vtimezone == nullptr) {
        return {};
    }
    icaltimezone *zone = icaltimezone_new();
    icaltimezone_set_component(zone, icalcomponent_new_clone(vtimezone));
    icaltimetype start = icalcomponent_get_dtstart(event);
    start.zone = zone;
    const icaltimetype converted = icaltime_convert_to_zone(start, icaltimezone_get_utc_timezone());
    icaltimezone_free(zone, 1);
    return utc(converted.year, converted.month, converted.day, converted.hour, converted.minute);
}

QString propertyText(icalcomponent *event, icalproperty_kind kind)
{
    icalproperty *property = icalcomponent_get_first_property(event, kind);
    return property ? QString::fromUtf8(icalproperty_get_value_as_string(property)) : QString();
}

} // namespace

class tst_ActivityCalendar : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void workshopKeepsWallTimeAcrossClockChange_data();
    void workshopKeepsWallTimeAcrossClockChange();
    void allDayWorkshopUsesLocalDays();
    void unknownTimeZoneIsExportedInUtc();
    void residencyIsAllDayWithExclusiveEnd();
    void statusAndSequenceFollowRecord();
    void selectionByRangeKindAndId();
    void unknownIdNamesIt();

private:
    QString addWorkshop(const QString &title,
                        const QDateTime &start,
                        const QDateTime &end,
                        const QString &zone,
                        bool allDay = false);
    QString addResidency(const QString &title, const QString &city, QDate start, QDate end);

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ActivityStore> m_activities;
    int m_fileNumber = 0;
};

void tst_ActivityCalendar::init()
{
    auto db = Database::open(
        m_dir.filePath(QStringLiteral("calendar-%1.coopatlas").arg(++m_fileNumber)));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().text()));
    m_store = std::make_unique<Store>(std::move(db).value());
    m_activities = std::make_unique<ActivityStore>(*m_store);
}

void tst_ActivityCalendar::cleanup()
{
    m_activities.reset();
    m_store.reset();
}

QString tst_ActivityCalendar::addWorkshop(const QString &title,
                                          const QDateTime &start,
                                          const QDateTime &end,
                                          const QString &zone,
                                          bool allDay)
{
    Workshop workshop;
    workshop.title = title;
    workshop.axis = QStringLiteral("equip");
    workshop.start = start;
    workshop.end = end;
    workshop.timeZone = zone;
    workshop.allDay = allDay;
    workshop.venue = QStringLiteral("MundoB");
    auto id = m_activities->insertWorkshop(workshop);
    if (!id) {
        qWarning() << "insertWorkshop failed:" << id.error().text();
        return {};
    }
    return *id;
}

QString tst_ActivityCalendar::addResidency(const QString &title,
                                           const QString &city,
                                           QDate start,
                                           QDate end)
{
    Residency residency;
    residency.title = title;
    residency.city = city;
    residency.start = start;
    residency.end = end;
    residency.objectives = QStringLiteral("Rencontrer les coopératives locales");
    auto id = m_activities->insertResidency(residency);
    if (!id) {
        qWarning() << "insertResidency failed:" << id.error().text();
        return {};
    }
    return *id;
}

void tst_ActivityCalendar::workshopKeepsWallTimeAcrossClockChange_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDateTime>("expectedUtc");
    // Brussels, Berlin and Madrid share the same rules: UTC+1 in winter, UTC+2 in
    // summer, changing on the last Sunday of March and of October (2026-03-29 and
    // 2026-10-25). 10:00 local time is therefore 09:00 or 08:00 UTC.
    for (const char *zone : {"Europe/Brussels", "Europe/Berlin", "Europe/Madrid"}) {
        const QString name = QString::fromLatin1(zone);
        QTest::addRow("%s before March change", zone)
            << name << QDate(2026, 3, 28) << utc(2026, 3, 28, 9);
        QTest::addRow("%s after March change", zone)
            << name << QDate(2026, 3, 29) << utc(2026, 3, 29, 8);
        QTest::addRow("%s before October change", zone)
            << name << QDate(2026, 10, 24) << utc(2026, 10, 24, 8);
        QTest::addRow("%s after October change", zone)
            << name << QDate(2026, 10, 25) << utc(2026, 10, 25, 9);
    }
}

void tst_ActivityCalendar::workshopKeepsWallTimeAcrossClockChange()
{
    QFETCH(QString, zone);
    QFETCH(QDate, day);
    QFETCH(QDateTime, expectedUtc);
    const QTimeZone timeZone(zone.toUtf8());
    const QDateTime start(day, QTime(10, 0), timeZone);
    const QString id = addWorkshop(QStringLiteral("Atelier"), start, start.addSecs(2 * 3600), zone);
    QVERIFY(!id.isEmpty());

    const Workshop stored = m_activities->workshop(id).value();
    QCOMPARE(stored.start, expectedUtc);
    QCOMPARE(stored.end, expectedUtc.addSecs(2 * 3600));

    const CalendarItem item = calendarItem(stored);
    QCOMPARE(item.timeZone, zone.toUtf8());
    QCOMPARE(item.start.date(), day);
    QCOMPARE(item.start.time(), QTime(10, 0));
    QCOMPARE(item.end.time(), QTime(12, 0));
    QVERIFY(!item.allDay);

    auto text = writeICalendar({item});
    QVERIFY2(text.ok(), qPrintable(text ? QString() : text.error().text()));
    const Component calendar(icalparser_parse_string(text->constData()));
    QVERIFY(calendar);
    QCOMPARE(eventStartUtc(calendar.get()), expectedUtc);
    const QByteArray dtstart = QByteArray("DTSTART;TZID=") + zone.toUtf8() + ':'
                               + day.toString(u"yyyyMMdd").toLatin1() + "T100000";
    QVERIFY2(text->contains(dtstart), text->constData());
}

void tst_ActivityCalendar::unknownTimeZoneIsExportedInUtc()
{
    // A zone unknown to this machine (a file from a newer system, or edited by hand)
    // still gives the item at its true instant.
    Workshop workshop;
    workshop.meta.id = QStringLiteral("0190c3a0-0000-7000-8000-000000000001");
    workshop.title = QStringLiteral("Atelier");
    workshop.start = QDateTime(QDate(2026, 10, 21), QTime(16, 0), Qt::UTC);
    workshop.end = QDateTime(QDate(2026, 10, 21), QTime(18, 0), Qt::UTC);
    workshop.timeZone = QStringLiteral("Mars/Olympus");
    workshop.meta.updatedAt = QDateTime(QDate(2026, 9, 1), QTime(8, 0), Qt::UTC);
    const CalendarItem item = calendarItem(workshop);
    QVERIFY(item.timeZone.isEmpty());
    QCOMPARE(item.start, workshop.start);
    auto text = writeICalendar({item});
    QVERIFY2(text.ok(), qPrintable(text ? QString() : text.error().text()));
    QVERIFY2(text->contains("DTSTART:20261021T160000Z"), text->constData());
    QVERIFY2(!text->contains("Mars/Olympus"), text->constData());
}

void tst_ActivityCalendar::allDayWorkshopUsesLocalDays()
{
    // 23:30 UTC on 24 October is already 25 October in Madrid.
    const QString id = addWorkshop(QStringLiteral("Jornada"),
                                   utc(2026, 10, 24, 23, 30),
                                   utc(2026, 10, 25, 22, 0),
                                   QStringLiteral("Europe/Madrid"),
                                   true);
    const CalendarItem item = calendarItem(m_activities->workshop(id).value());
    QVERIFY(item.allDay);
    QCOMPARE(item.startDate, QDate(2026, 10, 25));
    QCOMPARE(item.endDate, QDate(2026, 10, 25));
    auto text = writeICalendar({item});
    QVERIFY(text.ok());
    QVERIFY(text->contains("DTSTART;VALUE=DATE:20261025"));
    QVERIFY(text->contains("DTEND;VALUE=DATE:20261026"));
}

void tst_ActivityCalendar::residencyIsAllDayWithExclusiveEnd()
{
    const QString id = addResidency(QStringLiteral("Berlin spring"),
                                    QStringLiteral("berlin"),
                                    QDate(2026, 3, 27),
                                    QDate(2026, 3, 30));
    const CalendarItem item = calendarItem(m_activities->residency(id).value());
    QVERIFY(item.allDay);
    QCOMPARE(item.location, QStringLiteral("Berlin"));
    QCOMPARE(item.status, QStringLiteral("TENTATIVE"));
    QVERIFY(item.description.startsWith(QStringLiteral("Rencontrer")));
    auto text = writeICalendar({item});
    QVERIFY(text.ok());
    const Component calendar(icalparser_parse_string(text->constData()));
    QVERIFY(calendar);
    icalcomponent *event = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
    QVERIFY(event);
    const icaltimetype start = icalcomponent_get_dtstart(event);
    const icaltimetype end = icalcomponent_get_dtend(event);
    QVERIFY(start.is_date);
    QCOMPARE(QDate(start.year, start.month, start.day), QDate(2026, 3, 27));
    QCOMPARE(QDate(end.year, end.month, end.day), QDate(2026, 3, 31));
    QCOMPARE(propertyText(event, ICAL_UID_PROPERTY), id + QStringLiteral("@coopatlas"));
    QCOMPARE(propertyText(event, ICAL_LOCATION_PROPERTY), QStringLiteral("Berlin"));

    Residency other;
    other.city = QStringLiteral("other");
    other.cityName = QStringLiteral("Lisboa");
    QCOMPARE(calendarItem(other).location, QStringLiteral("Lisboa"));
}

void tst_ActivityCalendar::statusAndSequenceFollowRecord()
{
    const QString id = addWorkshop(QStringLiteral("Statut"),
                                   utc(2026, 5, 5, 8),
                                   utc(2026, 5, 5, 10),
                                   QStringLiteral("Europe/Brussels"));
    Workshop workshop = m_activities->workshop(id).value();
    QCOMPARE(calendarItem(workshop).status, QStringLiteral("TENTATIVE"));
    QCOMPARE(calendarItem(workshop).sequence, 0);
    workshop.status = QStringLiteral("cancelled");
    QVERIFY(m_activities->updateWorkshop(workshop).ok());
    const CalendarItem item = calendarItem(m_activities->workshop(id).value());
    QCOMPARE(item.status, QStringLiteral("CANCELLED"));
    QCOMPARE(item.sequence, 1);
    QCOMPARE(item.location, QStringLiteral("MundoB"));
    QCOMPARE(calendarStatus(QStringLiteral("held")), QStringLiteral("CONFIRMED"));
    QCOMPARE(calendarStatus(QStringLiteral("ongoing")), QStringLiteral("CONFIRMED"));
    QCOMPARE(calendarStatus(QStringLiteral("later")), QString());
    auto text = writeICalendar({item});
    QVERIFY(text.ok());
    QVERIFY(text->contains("SEQUENCE:1"));
    QVERIFY(text->contains("STATUS:CANCELLED"));
}

void tst_ActivityCalendar::selectionByRangeKindAndId()
{
    const QString march = addWorkshop(QStringLiteral("Mars"),
                                      utc(2026, 3, 10, 9),
                                      utc(2026, 3, 10, 11),
                                      QStringLiteral("Europe/Brussels"));
    const QString june = addWorkshop(QStringLiteral("Juin"),
                                     utc(2026, 6, 10, 9),
                                     utc(2026, 6, 10, 11),
                                     QStringLiteral("Europe/Brussels"));
    const QString residency = addResidency(QStringLiteral("Barcelona"),
                                           QStringLiteral("barcelona"),
                                           QDate(2026, 6, 1),
                                           QDate(2026, 6, 5));
    QCOMPARE(calendarItems(*m_activities, {}).value().size(), 3);

    CalendarSelection june2026;
    june2026.from = QDate(2026, 6, 1);
    june2026.to = QDate(2026, 6, 30);
    const auto inJune = calendarItems(*m_activities, june2026).value();
    QCOMPARE(inJune.size(), 2);
    QCOMPARE(inJune.at(0).recordId, june);
    QCOMPARE(inJune.at(1).recordId, residency);

    june2026.kind = RecordKind::Residency;
    QCOMPARE(calendarItems(*m_activities, june2026).value().size(), 1);

    CalendarSelection byId;
    byId.ids = {march, residency};
    const auto chosen = calendarItems(*m_activities, byId).value();
    QCOMPARE(chosen.size(), 2);
    QCOMPARE(chosen.at(0).recordId, march);
    QCOMPARE(chosen.at(1).location, QStringLiteral("Barcelona"));

    QVERIFY(m_store->remove(RecordKind::Workshop, march).ok());
    QCOMPARE(calendarItems(*m_activities, {}).value().size(), 2);
}

void tst_ActivityCalendar::unknownIdNamesIt()
{
    CalendarSelection selection;
    selection.ids = {QStringLiteral("0190aaaa-0000-7000-8000-000000000009")};
    auto items = calendarItems(*m_activities, selection);
    QVERIFY(!items.ok());
    QCOMPARE(items.error().context, selection.ids.constFirst());
}

QTEST_GUILESS_MAIN(tst_ActivityCalendar)
#include "tst_activitycalendar.moc"
