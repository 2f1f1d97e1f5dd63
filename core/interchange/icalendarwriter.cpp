// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/interchange/icalendarwriter.h>
#include <core/interchange/vtimezonebuilder.h>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMap>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

#include <libical/ical.h>

#include <cstdlib>
#include <optional>
#include <utility>

namespace CoopAtlas::Core {

namespace {

Q_LOGGING_CATEGORY(lcInterchange, "coopatlas.core.interchange")

class ICalendarWriterText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::ICalendarWriter)
};

Error itemError(const CalendarItem &item, const char *field, const QString &message)
{
    const QString name = item.summary.trimmed().isEmpty() ? item.recordId : item.summary;
    return Error{message,
                 ICalendarWriterText::tr("calendar item \"%1\" (%2), field %3")
                     .arg(name, item.recordId, QString::fromLatin1(field))};
}

bool isKnownStatus(const QString &status)
{
    return status.isEmpty() || status == QLatin1String("TENTATIVE")
           || status == QLatin1String("CONFIRMED") || status == QLatin1String("CANCELLED");
}

std::optional<Error> checkTimed(const CalendarItem &item)
{
    if (!item.start.isValid())
        return itemError(
            item,
            "start",
            ICalendarWriterText::tr("The start is missing or invalid. Set a start date and time."));
    if (!item.end.isValid())
        return itemError(
            item,
            "end",
            ICalendarWriterText::tr("The end is missing or invalid. Set an end date and time."));
    QTimeZone zone(QTimeZone::utc());
    if (!item.timeZone.isEmpty()) {
        zone = QTimeZone(item.timeZone);
        if (!zone.isValid()) {
            return itemError(item,
                             "timeZone",
                             ICalendarWriterText::tr(
                                 "The time zone \"%1\" is unknown. Use an IANA time zone id such "
                                 "as Europe/Brussels.")
                                 .arg(QString::fromUtf8(item.timeZone)));
        }
    }
    const QDateTime start(item.start.date(), item.start.time(), zone);
    const QDateTime end(item.end.date(), item.end.time(), zone);
    const std::pair<const char *, const QDateTime *> wallTimes[]
        = {{"start", &item.start}, {"end", &item.end}};
    for (const auto &[field, wall] : wallTimes) {
        const QDateTime resolved(wall->date(), wall->time(), zone);
        if (!resolved.isValid()) {
            return itemError(item,
                             field,
                             ICalendarWriterText::tr(
                                 "The time %1 does not exist in %2 because the clocks change "
                                 "then. Choose another time.")
                                 .arg(wall->date().toString(Qt::ISODate) + QLatin1Char(' ')
                                          + wall->time().toString(QStringLiteral("HH:mm")),
                                      QString::fromUtf8(zone.id())));
        }
    }
    if (end < start)
        return itemError(item,
                         "end",
                         ICalendarWriterText::tr(
                             "The end is before the start. Set an end at or after the start."));
    return std::nullopt;
}

std::optional<Error> checkAllDay(const CalendarItem &item)
{
    if (!item.startDate.isValid())
        return itemError(
            item,
            "startDate",
            ICalendarWriterText::tr("The first day is missing or invalid. Set a date."));
    if (item.endDate.isValid() && item.endDate < item.startDate) {
        return itemError(item,
                         "endDate",
                         ICalendarWriterText::tr(
                             "The last day is before the first day. Set a last day on or after "
                             "the first day."));
    }
    return std::nullopt;
}

std::optional<Error> checkItem(const CalendarItem &item)
{
    if (QUuid::fromString(item.recordId).isNull())
        return itemError(
            item,
            "recordId",
            ICalendarWriterText::tr("The record id is not a UUID. Export saved records only."));
    if (item.summary.trimmed().isEmpty())
        return itemError(
            item, "summary", ICalendarWriterText::tr("The summary is empty. Enter a title."));
    if (item.sequence < 0)
        return itemError(
            item,
            "sequence",
            ICalendarWriterText::tr("The sequence number is negative. Use 0 or more."));
    if (!item.lastModified.isValid())
        return itemError(
            item,
            "lastModified",
            ICalendarWriterText::tr(
                "The modification time is missing or invalid. Set the time of the last change."));
    if (!item.url.isEmpty() && !QUrl(item.url, QUrl::StrictMode).isValid())
        return itemError(
            item,
            "url",
            ICalendarWriterText::tr("The URL \"%1\" is invalid. Enter a full URL.").arg(item.url));
    if (!isKnownStatus(item.status)) {
        return itemError(
            item,
            "status",
            ICalendarWriterText::tr("The status \"%1\" is unknown. Use TENTATIVE, CONFIRMED or "
                                    "CANCELLED.")
                .arg(item.status));
    }
    return item.allDay ? checkAllDay(item) : checkTimed(item);
}

// Makes every line break a LF and drops the other control characters, which RFC 5545 does not
// allow in TEXT values. libical 3.0.16 escapes LF as "\n" but silently drops a CR, so a text
// with old Mac line breaks would lose them.
QByteArray toText(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.removeIf([](QChar c) {
        return (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
               || c.unicode() == 0x7f;
    });
    return text.toUtf8();
}

// Folds one content line as RFC 5545 section 3.1 requires: at most 75 octets per line, the
// continuation lines starting with a space, and never inside a UTF-8 sequence.
QByteArray foldContentLine(const QByteArray &line)
{
    const qsizetype maxOctets = 75;
    QByteArray folded;
    qsizetype lineStart = 0;
    qsizetype budget = maxOctets;
    while (line.size() - lineStart > budget) {
        qsizetype cut = lineStart + budget;
        // A byte 10xxxxxx continues a UTF-8 sequence, so the fold moves back to its first byte.
        while (cut > lineStart && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
            --cut;
        if (cut == lineStart) // The line is not UTF-8, so it is cut at the octet limit.
            cut = lineStart + budget;
        folded += line.mid(lineStart, cut - lineStart) + "\r\n ";
        lineStart = cut;
        budget = maxOctets - 1;
    }
    return folded + line.mid(lineStart) + "\r\n";
}

// Returns the CATEGORIES content line of `categories`, folded and ended with CRLF.
// libical 3.0.16 cannot write a comma inside one category: it writes the commas and semicolons
// of a CATEGORIES value unescaped, and doubles any backslash given to escape them. So this
// line is written here, with each category escaped as TEXT (RFC 5545 section 3.3.11).
QByteArray categoriesLine(const QStringList &categories)
{
    QByteArrayList escaped;
    for (const QString &category : categories) {
        QByteArray value = toText(category);
        value.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,").replace('\n', "\\n");
        escaped.append(value);
    }
    return foldContentLine("CATEGORIES:" + escaped.join(','));
}

// Inserts the CATEGORIES line of each item before the end of its VEVENT in `text`, which
// libical wrote. A line that starts with "END:VEVENT" can only end a component, because a
// property line starts with its name and a continuation line with a space.
QByteArray withCategories(QByteArray text, const QList<CalendarItem> &items)
{
    static const QByteArray eventEnd = QByteArrayLiteral("\r\nEND:VEVENT\r\n");
    qsizetype from = 0;
    for (const CalendarItem &item : items) {
        const qsizetype at = text.indexOf(eventEnd, from);
        if (at < 0)
            break;
        qsizetype next = at + eventEnd.size();
        if (!item.categories.isEmpty()) {
            const QByteArray line = categoriesLine(item.categories);
            text.insert(at + 2, line);
            next += line.size();
        }
        from = next - 2;
    }
    return text;
}

icaltimetype toIcalTime(QDate date, QTime time)
{
    icaltimetype value = icaltime_null_time();
    value.year = date.year();
    value.month = date.month();
    value.day = date.day();
    value.hour = time.hour();
    value.minute = time.minute();
    value.second = time.second();
    return value;
}

icaltimetype toIcalDate(QDate date)
{
    icaltimetype value = icaltime_null_date();
    value.year = date.year();
    value.month = date.month();
    value.day = date.day();
    return value;
}

icaltimetype toIcalUtc(const QDateTime &dateTime)
{
    const QDateTime utc = dateTime.toUTC();
    icaltimetype value = toIcalTime(utc.date(), utc.time());
    value.zone = icaltimezone_get_utc_timezone();
    return value;
}

icalproperty *
timeProperty(icalproperty *(*create)(icaltimetype), const QDateTime &wall, const QByteArray &zoneId)
{
    if (zoneId.isEmpty())
        return create(toIcalUtc(QDateTime(wall.date(), wall.time(), Qt::UTC)));
    icalproperty *property = create(toIcalTime(wall.date(), wall.time()));
    icalproperty_add_parameter(property, icalparameter_new_tzid(zoneId.constData()));
    return property;
}

void addDates(icalcomponent *event, const CalendarItem &item)
{
    if (item.allDay) {
        const QDate last = item.endDate.isValid() ? item.endDate : item.startDate;
        icalcomponent_add_property(event, icalproperty_new_dtstart(toIcalDate(item.startDate)));
        icalcomponent_add_property(event, icalproperty_new_dtend(toIcalDate(last.addDays(1))));
        return;
    }
    icalcomponent_add_property(event,
                               timeProperty(icalproperty_new_dtstart, item.start, item.timeZone));
    icalcomponent_add_property(event,
                               timeProperty(icalproperty_new_dtend, item.end, item.timeZone));
}

icalproperty_status toIcalStatus(const QString &status)
{
    if (status == QLatin1String("TENTATIVE"))
        return ICAL_STATUS_TENTATIVE;
    if (status == QLatin1String("CANCELLED"))
        return ICAL_STATUS_CANCELLED;
    return ICAL_STATUS_CONFIRMED;
}

icalcomponent *eventFor(const CalendarItem &item)
{
    icalcomponent *event = icalcomponent_new_vevent();
    const QByteArray uid = item.recordId.toUtf8() + "@coopatlas";
    icalcomponent_add_property(event, icalproperty_new_uid(uid.constData()));
    icalcomponent_add_property(event, icalproperty_new_sequence(item.sequence));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(toIcalUtc(item.lastModified)));
    icalcomponent_add_property(event, icalproperty_new_lastmodified(toIcalUtc(item.lastModified)));
    addDates(event, item);
    icalcomponent_add_property(event, icalproperty_new_summary(toText(item.summary).constData()));
    if (!item.description.isEmpty())
        icalcomponent_add_property(
            event, icalproperty_new_description(toText(item.description).constData()));
    if (!item.location.isEmpty())
        icalcomponent_add_property(event,
                                   icalproperty_new_location(toText(item.location).constData()));
    if (!item.url.isEmpty())
        icalcomponent_add_property(event, icalproperty_new_url(item.url.toUtf8().constData()));
    if (!item.status.isEmpty())
        icalcomponent_add_property(event, icalproperty_new_status(toIcalStatus(item.status)));
    return event;
}

// Returns the first and the last year of the wall times each time zone is used with.
QMap<QByteArray, std::pair<int, int>> yearsPerZone(const QList<CalendarItem> &items)
{
    QMap<QByteArray, std::pair<int, int>> years;
    for (const CalendarItem &item : items) {
        if (item.allDay || item.timeZone.isEmpty())
            continue;
        const int first = item.start.date().year();
        const int last = item.end.date().year();
        auto found = years.find(item.timeZone);
        if (found == years.end())
            years.insert(item.timeZone, {first, last});
        else
            *found = {std::min(found->first, first), std::max(found->second, last)};
    }
    return years;
}

} // namespace

Result<QByteArray> writeICalendar(const QList<CalendarItem> &items, QString productId)
{
    for (const CalendarItem &item : items) {
        if (std::optional<Error> error = checkItem(item)) {
            qCWarning(lcInterchange) << "iCalendar export rejected:" << error->text();
            return *error;
        }
    }
    if (productId.isEmpty())
        productId = QStringLiteral("-//CoopAtlas//CoopAtlas " COOPATLAS_ICAL_VERSION "//EN");

    IcalComponentPtr calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(),
                               icalproperty_new_prodid(productId.toUtf8().constData()));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));

    const QMap<QByteArray, std::pair<int, int>> zones = yearsPerZone(items);
    for (auto zone = zones.cbegin(); zone != zones.cend(); ++zone) {
        Result<IcalComponentPtr> vtimezone = buildVTimeZone(zone.key(), zone->first, zone->second);
        if (!vtimezone.ok())
            return vtimezone.error();
        icalcomponent_add_component(calendar.get(), std::move(vtimezone).value().release());
    }
    for (const CalendarItem &item : items)
        icalcomponent_add_component(calendar.get(), eventFor(item));

    // libical 3.0.16 folds at 75 octets without splitting a UTF-8 sequence and ends lines
    // with CRLF, as tst_icalendarwriter checks.
    char *text = icalcomponent_as_ical_string_r(calendar.get());
    const QByteArray result = withCategories(QByteArray(text), items);
    std::free(text);
    qCDebug(lcInterchange) << "Wrote an iCalendar export with" << items.size() << "events and"
                           << zones.size() << "time zones";
    return result;
}

} // namespace CoopAtlas::Core
