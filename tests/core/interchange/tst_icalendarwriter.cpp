// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/interchange/icalendarwriter.h>

#include <QFile>
#include <QStringDecoder>
#include <QTest>
#include <QTimeZone>

#include <libical/ical.h>

#include <memory>

using namespace CoopAtlas::Core;

Q_DECLARE_METATYPE(CoopAtlas::Core::CalendarItem)

namespace {

const QString kRecordId = QStringLiteral("01890a5d-ac96-774b-bcce-b302099a8057");
const QString kProductId = QStringLiteral("-//CoopAtlas//Test//EN");

struct ComponentFree
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

QByteArray crlfLines(const QStringList &lines)
{
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

CalendarItem timedItem(const QString &summary,
                       const QDateTime &start,
                       const QDateTime &end,
                       const QByteArray &zone)
{
    CalendarItem item;
    item.recordId = kRecordId;
    item.summary = summary;
    item.start = start;
    item.end = end;
    item.timeZone = zone;
    item.lastModified = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    return item;
}

CalendarItem allDayItem(QDate first, QDate last)
{
    CalendarItem item;
    item.recordId = kRecordId;
    item.summary = QStringLiteral("Residency");
    item.allDay = true;
    item.startDate = first;
    item.endDate = last;
    item.lastModified = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    return item;
}

QDateTime wall(int year, int month, int day, int hour, int minute)
{
    // The writer reads only the date and the time. UTC keeps them valid in any TZ.
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

QStringList calendarHeader()
{
    return {QStringLiteral("BEGIN:VCALENDAR"),
            QStringLiteral("VERSION:2.0"),
            QStringLiteral("PRODID:") + kProductId,
            QStringLiteral("METHOD:PUBLISH")};
}

// The VTIMEZONE of a zone with the EU rules, as Google Calendar writes it for Europe/Zurich.
QStringList centralEuropeanZone(const QString &zoneId)
{
    return {QStringLiteral("BEGIN:VTIMEZONE"),
            QStringLiteral("TZID:") + zoneId,
            QStringLiteral("X-LIC-LOCATION:") + zoneId,
            QStringLiteral("BEGIN:DAYLIGHT"),
            QStringLiteral("TZOFFSETFROM:+0100"),
            QStringLiteral("TZOFFSETTO:+0200"),
            QStringLiteral("TZNAME:CEST"),
            QStringLiteral("DTSTART:19700329T020000"),
            QStringLiteral("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"),
            QStringLiteral("END:DAYLIGHT"),
            QStringLiteral("BEGIN:STANDARD"),
            QStringLiteral("TZOFFSETFROM:+0200"),
            QStringLiteral("TZOFFSETTO:+0100"),
            QStringLiteral("TZNAME:CET"),
            QStringLiteral("DTSTART:19701025T030000"),
            QStringLiteral("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"),
            QStringLiteral("END:STANDARD"),
            QStringLiteral("END:VTIMEZONE")};
}

QStringList eventHead(int sequence = 0)
{
    return {QStringLiteral("BEGIN:VEVENT"),
            QStringLiteral("UID:") + kRecordId + QStringLiteral("@coopatlas"),
            QStringLiteral("SEQUENCE:%1").arg(sequence),
            QStringLiteral("DTSTAMP:20260301T120000Z"),
            QStringLiteral("LAST-MODIFIED:20260301T120000Z")};
}

QByteArray writeOrFail(const QList<CalendarItem> &items)
{
    Result<QByteArray> written = writeICalendar(items, kProductId);
    if (!written.ok())
        qWarning() << "writeICalendar failed:" << written.error().text();
    return written.ok() ? written.value() : QByteArray();
}

// Returns the lines of an iCalendar text as they are stored, without unfolding.
QList<QByteArray> physicalLines(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QByteArray &line : lines)
        line.chop(line.endsWith('\r') ? 1 : 0);
    return lines;
}

Component parse(const QByteArray &text)
{
    return Component(icalparser_parse_string(text.constData()));
}

int errorCount(icalcomponent *component)
{
    return icalcomponent_count_errors(component);
}

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(TESTS_DATA_DIR "/calendars/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString propertyText(icalcomponent *component, icalproperty_kind kind)
{
    icalproperty *property = icalcomponent_get_first_property(component, kind);
    return property ? QString::fromUtf8(icalproperty_get_value_as_string(property)) : QString();
}

} // namespace

class tst_ICalendarWriter : public QObject
{
    Q_OBJECT

private slots:
    void timedEventAcrossDstInBrussels();
    void timedEventInMadrid();
    void timedEventInUtc();
    void allDaySingleDay();
    void allDayMultiDay();
    void oneTimeZonePerZone();
    void zoneWithoutClockChanges();
    void defaultProductId();
    void textEscaping();
    void lineBreaksNormalised();
    void categoriesEscaped();
    void foldingKeepsUtf8Sequences_data();
    void foldingKeepsUtf8Sequences();
    void foldedLineExactText();
    void linesEndWithCrlf();
    void parsedBackByLibical();
    void timeZoneConvertsLikeQt_data();
    void timeZoneConvertsLikeQt();
    void irregularZoneListsTransitions();
    void sampleFilesParse_data();
    void sampleFilesParse();
    void outputParsesWithoutErrors();
    void vtimezoneMatchesSampleForm();
    void invalidInputRejected_data();
    void invalidInputRejected();
};

void tst_ICalendarWriter::timedEventAcrossDstInBrussels()
{
    CalendarItem item = timedItem(QStringLiteral("Atelier plateformes coopératives"),
                                  wall(2026, 3, 28, 22, 0),
                                  wall(2026, 3, 29, 10, 0),
                                  "Europe/Brussels");
    item.sequence = 2;
    item.status = QStringLiteral("CONFIRMED");

    const QStringList expected
        = calendarHeader() + centralEuropeanZone(QStringLiteral("Europe/Brussels")) + eventHead(2)
          + QStringList{QStringLiteral("DTSTART;TZID=Europe/Brussels:20260328T220000"),
                        QStringLiteral("DTEND;TZID=Europe/Brussels:20260329T100000"),
                        QStringLiteral("SUMMARY:Atelier plateformes coopératives"),
                        QStringLiteral("STATUS:CONFIRMED"),
                        QStringLiteral("END:VEVENT"),
                        QStringLiteral("END:VCALENDAR")};
    QCOMPARE(writeOrFail({item}), crlfLines(expected));
}

void tst_ICalendarWriter::timedEventInMadrid()
{
    CalendarItem item = timedItem(QStringLiteral("Residencia"),
                                  wall(2026, 7, 10, 9, 30),
                                  wall(2026, 7, 10, 17, 0),
                                  "Europe/Madrid");
    item.location = QStringLiteral("Calle Mayor 1, Madrid");
    item.url = QStringLiteral("https://example.coop/residencia");
    item.status = QStringLiteral("TENTATIVE");

    const QStringList expected
        = calendarHeader() + centralEuropeanZone(QStringLiteral("Europe/Madrid")) + eventHead()
          + QStringList{QStringLiteral("DTSTART;TZID=Europe/Madrid:20260710T093000"),
                        QStringLiteral("DTEND;TZID=Europe/Madrid:20260710T170000"),
                        QStringLiteral("SUMMARY:Residencia"),
                        QStringLiteral("LOCATION:Calle Mayor 1\\, Madrid"),
                        QStringLiteral("URL:https://example.coop/residencia"),
                        QStringLiteral("STATUS:TENTATIVE"),
                        QStringLiteral("END:VEVENT"),
                        QStringLiteral("END:VCALENDAR")};
    QCOMPARE(writeOrFail({item}), crlfLines(expected));
}

void tst_ICalendarWriter::timedEventInUtc()
{
    CalendarItem item = timedItem(
        QStringLiteral("Online call"), wall(2026, 9, 15, 8, 0), wall(2026, 9, 15, 9, 15), {});
    item.status = QStringLiteral("CANCELLED");

    const QStringList expected = calendarHeader() + eventHead()
                                 + QStringList{QStringLiteral("DTSTART:20260915T080000Z"),
                                               QStringLiteral("DTEND:20260915T091500Z"),
                                               QStringLiteral("SUMMARY:Online call"),
                                               QStringLiteral("STATUS:CANCELLED"),
                                               QStringLiteral("END:VEVENT"),
                                               QStringLiteral("END:VCALENDAR")};
    QCOMPARE(writeOrFail({item}), crlfLines(expected));
}

void tst_ICalendarWriter::allDaySingleDay()
{
    const QStringList expected = calendarHeader() + eventHead()
                                 + QStringList{QStringLiteral("DTSTART;VALUE=DATE:20261231"),
                                               QStringLiteral("DTEND;VALUE=DATE:20270101"),
                                               QStringLiteral("SUMMARY:Residency"),
                                               QStringLiteral("END:VEVENT"),
                                               QStringLiteral("END:VCALENDAR")};
    QCOMPARE(writeOrFail({allDayItem(QDate(2026, 12, 31), QDate(2026, 12, 31))}),
             crlfLines(expected));
    QCOMPARE(writeOrFail({allDayItem(QDate(2026, 12, 31), QDate())}), crlfLines(expected));
}

void tst_ICalendarWriter::allDayMultiDay()
{
    const QStringList expected = calendarHeader() + eventHead()
                                 + QStringList{QStringLiteral("DTSTART;VALUE=DATE:20260226"),
                                               QStringLiteral("DTEND;VALUE=DATE:20260302"),
                                               QStringLiteral("SUMMARY:Residency"),
                                               QStringLiteral("END:VEVENT"),
                                               QStringLiteral("END:VCALENDAR")};
    QCOMPARE(writeOrFail({allDayItem(QDate(2026, 2, 26), QDate(2026, 3, 1))}), crlfLines(expected));
}

void tst_ICalendarWriter::oneTimeZonePerZone()
{
    const QList<CalendarItem> items{
        timedItem(QStringLiteral("A"),
                  wall(2026, 1, 5, 9, 0),
                  wall(2026, 1, 5, 10, 0),
                  "Europe/Brussels"),
        timedItem(
            QStringLiteral("B"), wall(2026, 8, 5, 9, 0), wall(2026, 8, 5, 10, 0), "Europe/Madrid"),
        timedItem(QStringLiteral("C"),
                  wall(2027, 6, 5, 9, 0),
                  wall(2027, 6, 5, 10, 0),
                  "Europe/Brussels"),
        allDayItem(QDate(2026, 5, 1), QDate(2026, 5, 2))};
    const QByteArray text = writeOrFail(items);

    QCOMPARE(text.count("BEGIN:VTIMEZONE\r\n"), 2);
    QCOMPARE(text.count("TZID:Europe/Brussels\r\n"), 1);
    QCOMPARE(text.count("TZID:Europe/Madrid\r\n"), 1);
    QCOMPARE(text.count("BEGIN:VEVENT\r\n"), 4);
    QCOMPARE(text.count("DTSTART;TZID=Europe/Brussels:"), 2);
}

void tst_ICalendarWriter::zoneWithoutClockChanges()
{
    const QByteArray text = writeOrFail({timedItem(
        QStringLiteral("Meetup"), wall(2026, 4, 2, 18, 0), wall(2026, 4, 2, 20, 0), "Asia/Tokyo")});
    const QByteArray expected = crlfLines({QStringLiteral("BEGIN:VTIMEZONE"),
                                           QStringLiteral("TZID:Asia/Tokyo"),
                                           QStringLiteral("X-LIC-LOCATION:Asia/Tokyo"),
                                           QStringLiteral("BEGIN:STANDARD"),
                                           QStringLiteral("TZOFFSETFROM:+0900"),
                                           QStringLiteral("TZOFFSETTO:+0900"),
                                           QStringLiteral("TZNAME:JST"),
                                           QStringLiteral("DTSTART:19700101T000000"),
                                           QStringLiteral("END:STANDARD"),
                                           QStringLiteral("END:VTIMEZONE")});
    QVERIFY2(text.contains(expected), text.constData());
}

void tst_ICalendarWriter::defaultProductId()
{
    const Result<QByteArray> written
        = writeICalendar({allDayItem(QDate(2026, 5, 1), QDate(2026, 5, 1))});
    QVERIFY(written.ok());
    QVERIFY(
        written->contains("\r\nPRODID:-//CoopAtlas//CoopAtlas " COOPATLAS_ICAL_VERSION "//EN\r\n"));
}

void tst_ICalendarWriter::textEscaping()
{
    CalendarItem item = allDayItem(QDate(2026, 5, 1), QDate(2026, 5, 1));
    item.summary = QStringLiteral("Coops; platforms, and C:\\data");
    item.description = QStringLiteral("Line one\nLine \"two\"\ttabbed");
    item.location = QStringLiteral("Rue Haute 88\n1000 Bruxelles");
    const QByteArray text = writeOrFail({item});

    QVERIFY2(text.contains("\r\nSUMMARY:Coops\\; platforms\\, and C:\\\\data\r\n"),
             text.constData());
    QVERIFY2(text.contains("\r\nDESCRIPTION:Line one\\nLine \"two\"\ttabbed\r\n"),
             text.constData());
    QVERIFY2(text.contains("\r\nLOCATION:Rue Haute 88\\n1000 Bruxelles\r\n"), text.constData());
}

void tst_ICalendarWriter::lineBreaksNormalised()
{
    // libical 3.0.16 drops a bare CR, which would join "two" and "three".
    CalendarItem item = allDayItem(QDate(2026, 5, 1), QDate(2026, 5, 1));
    item.description = QStringLiteral("one\r\ntwo\rthree\x01\x7f");
    const QByteArray text = writeOrFail({item});

    QVERIFY2(text.contains("\r\nDESCRIPTION:one\\ntwo\\nthree\r\n"), text.constData());
}

void tst_ICalendarWriter::categoriesEscaped()
{
    // libical 3.0.16 writes CATEGORIES without escaping commas, so "Food, drinks" would be
    // read as two categories.
    CalendarItem item = allDayItem(QDate(2026, 5, 1), QDate(2026, 5, 1));
    item.categories
        = {QStringLiteral("Food, drinks"), QStringLiteral("a;b\\c"), QStringLiteral("Atelier")};
    const QByteArray text = writeOrFail({item});

    QVERIFY2(text.contains("\r\nCATEGORIES:Food\\, drinks,a\\;b\\\\c,Atelier\r\n"),
             text.constData());
}

void tst_ICalendarWriter::foldingKeepsUtf8Sequences_data()
{
    QTest::addColumn<QString>("character");
    QTest::addColumn<int>("padding");

    const QString characters[]
        = {QStringLiteral("é"), QStringLiteral("€"), QString::fromUcs4(U"\U0001F600", 1)};
    // "SUMMARY:" has 8 octets; the paddings put the character on both sides of octet 75.
    for (const QString &character : characters) {
        for (int padding = 60; padding <= 70; ++padding) {
            const QByteArray name = character.toUtf8() + " after " + QByteArray::number(padding);
            QTest::newRow(name.constData()) << character << padding;
        }
    }
}

void tst_ICalendarWriter::foldingKeepsUtf8Sequences()
{
    QFETCH(QString, character);
    QFETCH(int, padding);

    CalendarItem item = allDayItem(QDate(2026, 5, 1), QDate(2026, 5, 1));
    item.summary
        = QString(padding, QLatin1Char('x')) + character.repeated(30) + QStringLiteral(" end");
    item.categories = {QString(padding + 3, QLatin1Char('x')) + character.repeated(30)};
    const QByteArray text = writeOrFail({item});
    QVERIFY(!text.isEmpty());

    for (const QByteArray &line : physicalLines(text)) {
        QVERIFY2(line.size() <= 75, line.constData());
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString decoded = decoder(line);
        QVERIFY2(!decoder.hasError(), line.toHex().constData());
        QVERIFY(!decoded.isEmpty());
    }
    QByteArray unfolded = text;
    unfolded.replace("\r\n ", "");
    const QByteArray summaryLine = "\r\nSUMMARY:" + item.summary.toUtf8() + "\r\n";
    QVERIFY(unfolded.contains(summaryLine));
    const QByteArray categoriesLine = "\r\nCATEGORIES:" + item.categories.first().toUtf8() + "\r\n";
    QVERIFY(unfolded.contains(categoriesLine));
}

void tst_ICalendarWriter::foldedLineExactText()
{
    CalendarItem item = allDayItem(QDate(2026, 5, 1), QDate(2026, 5, 1));
    const QString summary = QString(67, QLatin1Char('x')) + QStringLiteral("é")
                            + QString::fromUcs4(U"\U0001F600", 1) + QStringLiteral("éxyz");
    item.summary = summary;
    item.categories = {QString(63, QLatin1Char('x')) + QStringLiteral("é")
                       + QString::fromUcs4(U"\U0001F600", 1)};
    const QByteArray text = writeOrFail({item});

    // libical folds SUMMARY after the colon. The continuation line " " + 67 × "x" + "é" + "😀"
    // has 74 octets, so the next "é" (2 octets) goes to the next line instead of being split.
    const QByteArray expectedSummary = "\r\nSUMMARY:\r\n " + QByteArray(67, 'x')
                                       + "\xc3\xa9\xf0\x9f\x98\x80\r\n \xc3\xa9xyz\r\n";
    QVERIFY2(text.contains(expectedSummary), text.constData());
    // The CATEGORIES line is folded by the writer itself: "CATEGORIES:" + 63 × "x" has 74
    // octets, so "é" moves to the continuation line where a cut at octet 75 would split it.
    const QByteArray expectedCategories
        = "\r\nCATEGORIES:" + QByteArray(63, 'x') + "\r\n \xc3\xa9\xf0\x9f\x98\x80\r\n";
    QVERIFY2(text.contains(expectedCategories), text.constData());
}

void tst_ICalendarWriter::linesEndWithCrlf()
{
    CalendarItem item = timedItem(QStringLiteral("Line\nbreaks"),
                                  wall(2026, 1, 5, 9, 0),
                                  wall(2026, 1, 5, 10, 0),
                                  "Europe/Brussels");
    item.description = QString(300, QLatin1Char('d'));
    const QByteArray text = writeOrFail({item});

    QVERIFY(text.endsWith("END:VCALENDAR\r\n"));
    QCOMPARE(text.count('\n'), text.count("\r\n"));
    QCOMPARE(text.count('\r'), text.count("\r\n"));
}

void tst_ICalendarWriter::parsedBackByLibical()
{
    CalendarItem item = timedItem(QStringLiteral("Atelier; coopératives, 🙂 and more"),
                                  wall(2026, 10, 24, 22, 0),
                                  wall(2026, 10, 25, 9, 30),
                                  "Europe/Brussels");
    item.sequence = 4;
    item.description
        = QStringLiteral("Two\nlines and a backslash \\ ") + QString(80, QLatin1Char('z'));
    item.location = QStringLiteral("Rue Haute 88, 1000 Bruxelles");
    item.url = QStringLiteral("https://example.coop/atelier");
    item.status = QStringLiteral("TENTATIVE");
    item.categories = {QStringLiteral("Food, drinks"), QStringLiteral("Workshop")};
    const Component calendar = parse(writeOrFail({item}));
    QVERIFY(calendar);

    icalcomponent *event = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
    QVERIFY(event);
    QCOMPARE(QString::fromUtf8(icalcomponent_get_uid(event)),
             kRecordId + QStringLiteral("@coopatlas"));
    QCOMPARE(icalcomponent_get_sequence(event), 4);
    QCOMPARE(QString::fromUtf8(icalcomponent_get_summary(event)), item.summary);
    QCOMPARE(QString::fromUtf8(icalcomponent_get_description(event)), item.description);
    QCOMPARE(QString::fromUtf8(icalcomponent_get_location(event)), item.location);
    QCOMPARE(propertyText(event, ICAL_URL_PROPERTY), item.url);
    QCOMPARE(icalcomponent_get_status(event), ICAL_STATUS_TENTATIVE);
    QStringList categories;
    for (icalproperty *property = icalcomponent_get_first_property(event, ICAL_CATEGORIES_PROPERTY);
         property && categories.size() < 10;
         property = icalcomponent_get_next_property(event, ICAL_CATEGORIES_PROPERTY))
        categories.append(QString::fromUtf8(icalproperty_get_categories(property)));
    QCOMPARE(categories, item.categories);

    icalproperty *dtstart = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
    QVERIFY(dtstart);
    QCOMPARE(QString::fromUtf8(icalproperty_get_parameter_as_string(dtstart, "TZID")),
             QStringLiteral("Europe/Brussels"));
    const icaltimetype start = icalproperty_get_dtstart(dtstart);
    QCOMPARE(QDateTime(QDate(start.year, start.month, start.day),
                       QTime(start.hour, start.minute),
                       Qt::UTC),
             item.start);
    const icaltimetype stamp = icalcomponent_get_dtstamp(event);
    QVERIFY(icaltime_is_utc(stamp));
    QCOMPARE(QDateTime(QDate(stamp.year, stamp.month, stamp.day),
                       QTime(stamp.hour, stamp.minute),
                       Qt::UTC),
             item.lastModified);
}

void tst_ICalendarWriter::timeZoneConvertsLikeQt_data()
{
    QTest::addColumn<QByteArray>("zoneId");
    QTest::addColumn<QDateTime>("start");

    QTest::newRow("Brussels before October change")
        << QByteArray("Europe/Brussels") << wall(2026, 10, 24, 22, 0);
    QTest::newRow("Brussels after October change")
        << QByteArray("Europe/Brussels") << wall(2026, 10, 25, 9, 30);
    QTest::newRow("Brussels after March change")
        << QByteArray("Europe/Brussels") << wall(2027, 3, 28, 4, 0);
    QTest::newRow("Brussels repeated hour")
        << QByteArray("Europe/Brussels") << wall(2026, 10, 25, 2, 30);
    QTest::newRow("Madrid summer") << QByteArray("Europe/Madrid") << wall(2026, 7, 10, 9, 30);
    QTest::newRow("Casablanca January")
        << QByteArray("Africa/Casablanca") << wall(2026, 1, 10, 9, 0);
    QTest::newRow("Casablanca during Ramadan")
        << QByteArray("Africa/Casablanca") << wall(2026, 3, 1, 9, 0);
    QTest::newRow("Casablanca June") << QByteArray("Africa/Casablanca") << wall(2026, 6, 1, 9, 0);
}

void tst_ICalendarWriter::irregularZoneListsTransitions()
{
    const QByteArray text = writeOrFail({timedItem(QStringLiteral("Rencontre"),
                                                   wall(2026, 6, 1, 9, 0),
                                                   wall(2026, 6, 1, 10, 0),
                                                   "Africa/Casablanca")});
    const Component calendar = parse(text);
    QVERIFY(calendar);
    icalcomponent *vtimezone
        = icalcomponent_get_first_component(calendar.get(), ICAL_VTIMEZONE_COMPONENT);
    QVERIFY(vtimezone);

    QVERIFY2(!text.contains("RRULE:"), text.constData());
    const int observances = icalcomponent_count_components(vtimezone, ICAL_XSTANDARD_COMPONENT)
                            + icalcomponent_count_components(vtimezone, ICAL_XDAYLIGHT_COMPONENT);
    const QTimeZone zone("Africa/Casablanca");
    const QDateTime yearStart(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime yearEnd(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    QCOMPARE(observances, zone.transitions(yearStart, yearEnd).size() + 1);
}

void tst_ICalendarWriter::timeZoneConvertsLikeQt()
{
    // libical resolves the TZID through the VTIMEZONE of the file. The instants must match
    // what QTimeZone computes from tzdata, on both sides of the clock changes. Morocco moves
    // its clocks around Ramadan, which no yearly rule describes.
    QFETCH(QByteArray, zoneId);
    QFETCH(QDateTime, start);

    const Component calendar = parse(
        writeOrFail({timedItem(QStringLiteral("Check"), start, start.addSecs(3600), zoneId)}));
    QVERIFY(calendar);
    icalcomponent *vtimezone
        = icalcomponent_get_first_component(calendar.get(), ICAL_VTIMEZONE_COMPONENT);
    QVERIFY(vtimezone);
    icaltimezone *zone = icaltimezone_new();
    QVERIFY(icaltimezone_set_component(zone, icalcomponent_new_clone(vtimezone)));

    icalcomponent *event = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
    QVERIFY(event);
    icaltimetype dtstart = icalcomponent_get_dtstart(event);
    dtstart.zone = zone;
    const icaltimetype utc = icaltime_convert_to_zone(dtstart, icaltimezone_get_utc_timezone());
    icaltimezone_free(zone, 1);

    const QDateTime expected = QDateTime(start.date(), start.time(), QTimeZone(zoneId)).toUTC();
    QCOMPARE(QDateTime(QDate(utc.year, utc.month, utc.day), QTime(utc.hour, utc.minute), Qt::UTC),
             expected);
}

void tst_ICalendarWriter::sampleFilesParse_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("events");
    QTest::addColumn<bool>("malformed");

    QTest::newRow("Google with VTIMEZONE") << QStringLiteral("x_location.ics") << 1 << false;
    QTest::newRow("khal") << QStringLiteral("issue_321_assert_dst_offset_is_not_false.ics") << 1
                          << false;
    QTest::newRow("Exchange") << QStringLiteral("issue_165_missing_event.ics") << 1 << false;
    QTest::newRow("empty EXDATE") << QStringLiteral("parsing_error.ics") << 2 << true;
}

void tst_ICalendarWriter::sampleFilesParse()
{
    QFETCH(QString, file);
    QFETCH(int, events);
    QFETCH(bool, malformed);

    const Component calendar = parse(readData(file));
    QVERIFY(calendar);
    QCOMPARE(icalcomponent_isa(calendar.get()), ICAL_VCALENDAR_COMPONENT);
    QCOMPARE(icalcomponent_count_components(calendar.get(), ICAL_VEVENT_COMPONENT), events);
    QCOMPARE(errorCount(calendar.get()) > 0, malformed);
}

void tst_ICalendarWriter::outputParsesWithoutErrors()
{
    CalendarItem timed = timedItem(QStringLiteral("Atelier"),
                                   wall(2026, 3, 28, 22, 0),
                                   wall(2026, 3, 29, 10, 0),
                                   "Europe/Brussels");
    timed.categories = {QStringLiteral("Workshop")};
    timed.status = QStringLiteral("CONFIRMED");
    const Component calendar
        = parse(writeOrFail({timed, allDayItem(QDate(2026, 5, 1), QDate(2026, 5, 3))}));
    QVERIFY(calendar);

    QCOMPARE(icalcomponent_isa(calendar.get()), ICAL_VCALENDAR_COMPONENT);
    QCOMPARE(icalcomponent_count_components(calendar.get(), ICAL_VEVENT_COMPONENT), 2);
    QCOMPARE(icalcomponent_count_components(calendar.get(), ICAL_VTIMEZONE_COMPONENT), 1);
    QCOMPARE(errorCount(calendar.get()), 0);
}

void tst_ICalendarWriter::vtimezoneMatchesSampleForm()
{
    // Europe/Zurich and Europe/Brussels share the EU rules, so the observances must be equal
    // to the ones of the Google Calendar export apart from the TZID.
    const Component sample = parse(readData(QStringLiteral("x_location.ics")));
    const Component ours = parse(writeOrFail({timedItem(
        QStringLiteral("A"), wall(2026, 1, 5, 9, 0), wall(2026, 1, 5, 10, 0), "Europe/Brussels")}));
    QVERIFY(sample);
    QVERIFY(ours);
    icalcomponent *sampleZone
        = icalcomponent_get_first_component(sample.get(), ICAL_VTIMEZONE_COMPONENT);
    icalcomponent *ourZone
        = icalcomponent_get_first_component(ours.get(), ICAL_VTIMEZONE_COMPONENT);
    QVERIFY(sampleZone);
    QVERIFY(ourZone);

    const icalcomponent_kind kinds[] = {ICAL_XDAYLIGHT_COMPONENT, ICAL_XSTANDARD_COMPONENT};
    const icalproperty_kind properties[] = {ICAL_TZOFFSETFROM_PROPERTY,
                                            ICAL_TZOFFSETTO_PROPERTY,
                                            ICAL_TZNAME_PROPERTY,
                                            ICAL_DTSTART_PROPERTY,
                                            ICAL_RRULE_PROPERTY};
    for (const icalcomponent_kind kind : kinds) {
        QCOMPARE(icalcomponent_count_components(ourZone, kind), 1);
        icalcomponent *expected = icalcomponent_get_first_component(sampleZone, kind);
        icalcomponent *actual = icalcomponent_get_first_component(ourZone, kind);
        for (const icalproperty_kind property : properties)
            QCOMPARE(propertyText(actual, property), propertyText(expected, property));
    }
}

void tst_ICalendarWriter::invalidInputRejected_data()
{
    QTest::addColumn<CalendarItem>("item");
    QTest::addColumn<QString>("field");

    const CalendarItem valid = timedItem(QStringLiteral("Atelier"),
                                         wall(2026, 5, 4, 10, 0),
                                         wall(2026, 5, 4, 12, 0),
                                         "Europe/Brussels");
    CalendarItem item = valid;
    item.end = wall(2026, 5, 4, 9, 0);
    QTest::newRow("end before start") << item << QStringLiteral("end");
    item = valid;
    item.timeZone = "Europe/Atlantis";
    QTest::newRow("unknown time zone") << item << QStringLiteral("timeZone");
    item = valid;
    item.summary = QStringLiteral("  ");
    QTest::newRow("empty summary") << item << QStringLiteral("summary");
    item = valid;
    item.start = wall(2026, 3, 29, 2, 30);
    item.end = wall(2026, 3, 29, 4, 0);
    QTest::newRow("skipped wall time") << item << QStringLiteral("start");
    item = valid;
    item.status = QStringLiteral("DONE");
    QTest::newRow("unknown status") << item << QStringLiteral("status");
    item = valid;
    item.recordId = QStringLiteral("not-a-uuid");
    QTest::newRow("record id") << item << QStringLiteral("recordId");
    item = valid;
    item.sequence = -1;
    QTest::newRow("negative sequence") << item << QStringLiteral("sequence");
    item = valid;
    item.lastModified = {};
    QTest::newRow("no modification time") << item << QStringLiteral("lastModified");
    item = valid;
    item.end = {};
    QTest::newRow("no end") << item << QStringLiteral("end");
    item = allDayItem(QDate(2026, 5, 4), QDate(2026, 5, 3));
    QTest::newRow("last day before first") << item << QStringLiteral("endDate");
    item = allDayItem(QDate(), QDate(2026, 5, 3));
    QTest::newRow("no first day") << item << QStringLiteral("startDate");
}

void tst_ICalendarWriter::invalidInputRejected()
{
    QFETCH(CalendarItem, item);
    QFETCH(QString, field);

    const CalendarItem other = allDayItem(QDate(2026, 5, 1), QDate(2026, 5, 1));
    const Result<QByteArray> written = writeICalendar({other, item});
    QVERIFY(!written.ok());
    QVERIFY2(written.error().context.endsWith(QStringLiteral(", field ") + field),
             qPrintable(written.error().text()));
    QVERIFY2(written.error().context.contains(item.recordId), qPrintable(written.error().text()));
    QVERIFY(!written.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ICalendarWriter)
#include "tst_icalendarwriter.moc"
