// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/interchange/vtimezonebuilder.h>

#include <QCoreApplication>
#include <QTimeZone>

#include <libical/ical.h>

#include <optional>

namespace CoopAtlas::Core {

void IcalComponentDeleter::operator()(icalcomponent_impl *component) const
{
    icalcomponent_free(component);
}

namespace {

// A clock change as the VTIMEZONE format describes it: the wall time before the change.
struct Transition
{
    QDate localDate;
    QTime localTime;
    int offsetFrom = 0;
    int offsetTo = 0;
    QString name;
    bool daylight = false;
};

// "The <ordinal> <weekday> of <month>", ordinal 1 to 4, or -1 for the last one.
struct YearlyRule
{
    int month = 1;
    int weekday = 7; // Qt numbering: Monday = 1, Sunday = 7
    int ordinal = 1;
};

QDate ruleDate(const YearlyRule &rule, int year)
{
    const QDate first(year, rule.month, 1);
    if (rule.ordinal > 0) {
        const int shift = (rule.weekday - first.dayOfWeek() + 7) % 7;
        return first.addDays(shift + 7 * (rule.ordinal - 1));
    }
    const QDate last(year, rule.month, first.daysInMonth());
    return last.addDays(-((last.dayOfWeek() - rule.weekday + 7) % 7));
}

QList<Transition> transitionsIn(const QTimeZone &zone, int firstYear, int lastYear)
{
    const QDateTime from(QDate(firstYear, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(lastYear + 1, 1, 1), QTime(0, 0), Qt::UTC);
    QList<Transition> result;
    for (const QTimeZone::OffsetData &data : zone.transitions(from, to)) {
        Transition transition;
        transition.offsetFrom = zone.offsetFromUtc(data.atUtc.addSecs(-1));
        transition.offsetTo = data.offsetFromUtc;
        const QDateTime wall = data.atUtc.toUTC().addSecs(transition.offsetFrom);
        transition.localDate = wall.date();
        transition.localTime = wall.time();
        transition.name = data.abbreviation;
        transition.daylight = data.daylightTimeOffset != 0;
        result.append(transition);
    }
    return result;
}

// Returns the rule that yields `transitions[index]` and the transition of the same kind in
// every later year of the list, or nothing if no single rule does.
std::optional<YearlyRule>
deriveRule(const QList<Transition> &transitions, qsizetype index, qsizetype perYear)
{
    const QDate date = transitions[index].localDate;
    const int lastOrdinal = date.day() + 7 > date.daysInMonth() ? -1 : 0;
    const int ordinals[] = {(date.day() - 1) / 7 + 1, lastOrdinal};
    for (const int ordinal : ordinals) {
        if (ordinal == 0)
            continue;
        const YearlyRule rule{date.month(), date.dayOfWeek(), ordinal};
        bool matches = true;
        for (qsizetype i = index; i < transitions.size() && matches; i += perYear) {
            const Transition &later = transitions[i];
            matches = later.localDate == ruleDate(rule, later.localDate.year())
                      && later.localTime == transitions[index].localTime
                      && later.offsetTo == transitions[index].offsetTo;
        }
        if (matches)
            return rule;
    }
    return std::nullopt;
}

icaltimetype floatingTime(QDate date, QTime time)
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

icalcomponent *
observance(const Transition &transition, QDate start, const std::optional<YearlyRule> &rule)
{
    icalcomponent *sub
        = transition.daylight ? icalcomponent_new_xdaylight() : icalcomponent_new_xstandard();
    icalcomponent_add_property(sub, icalproperty_new_tzoffsetfrom(transition.offsetFrom));
    icalcomponent_add_property(sub, icalproperty_new_tzoffsetto(transition.offsetTo));
    if (!transition.name.isEmpty())
        icalcomponent_add_property(sub,
                                   icalproperty_new_tzname(transition.name.toUtf8().constData()));
    icalcomponent_add_property(sub,
                               icalproperty_new_dtstart(floatingTime(start, transition.localTime)));
    if (rule) {
        static const char *const days[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
        const QByteArray text
            = QByteArrayLiteral("FREQ=YEARLY;BYMONTH=") + QByteArray::number(rule->month)
              + ";BYDAY=" + QByteArray::number(rule->ordinal) + days[rule->weekday - 1];
        icalcomponent_add_property(
            sub, icalproperty_new_rrule(icalrecurrencetype_from_string(text.constData())));
    }
    return sub;
}

// Fills `vtimezone` with one yearly rule per kind of transition. Returns false if the
// transitions do not follow such rules.
// NOTE: the rules come from the years of the events only but start in 1970, as in the exports
// of Google Calendar, so they are wrong for times before the last rule change of the zone.
bool addYearlyRules(icalcomponent *vtimezone, const QList<Transition> &transitions)
{
    const qsizetype perYear = 2;
    if (transitions.size() < perYear || transitions.size() % perYear != 0
        || transitions[0].daylight == transitions[1].daylight)
        return false;
    std::optional<YearlyRule> rules[perYear];
    for (qsizetype i = 0; i < perYear; ++i) {
        rules[i] = deriveRule(transitions, i, perYear);
        if (!rules[i])
            return false;
    }
    for (qsizetype i = 0; i < perYear; ++i)
        icalcomponent_add_component(
            vtimezone, observance(transitions[i], ruleDate(*rules[i], 1970), rules[i]));
    return true;
}

void addFixedOffset(icalcomponent *vtimezone, const QTimeZone &zone, int year)
{
    const QDateTime at(QDate(year, 1, 1), QTime(0, 0), Qt::UTC);
    Transition fixed;
    fixed.offsetFrom = fixed.offsetTo = zone.offsetFromUtc(at);
    fixed.name = zone.abbreviation(at);
    fixed.localTime = QTime(0, 0);
    icalcomponent_add_component(vtimezone, observance(fixed, QDate(1970, 1, 1), std::nullopt));
}

void addEachTransition(icalcomponent *vtimezone,
                       const QTimeZone &zone,
                       int firstYear,
                       QList<Transition> transitions)
{
    const QDateTime yearStart(QDate(firstYear, 1, 1), QTime(0, 0), Qt::UTC);
    const QTimeZone::OffsetData before = zone.previousTransition(yearStart);
    if (before.atUtc.isValid()) {
        const int year = before.atUtc.date().year();
        const QList<Transition> earlier = transitionsIn(zone, year, year);
        if (!earlier.isEmpty())
            transitions.prepend(earlier.last());
    }
    for (const Transition &transition : transitions)
        icalcomponent_add_component(vtimezone,
                                    observance(transition, transition.localDate, std::nullopt));
}

} // namespace

Result<IcalComponentPtr> buildVTimeZone(const QByteArray &zoneId, int firstYear, int lastYear)
{
    const QTimeZone zone(zoneId);
    if (!zone.isValid()) {
        return Error{QCoreApplication::translate(
                         "CoopAtlas::Core::ICalendarWriter",
                         "The time zone \"%1\" is unknown. Use an IANA time zone id such as "
                         "Europe/Brussels.")
                         .arg(QString::fromUtf8(zoneId)),
                     {}};
    }
    IcalComponentPtr vtimezone(icalcomponent_new_vtimezone());
    icalcomponent_add_property(vtimezone.get(), icalproperty_new_tzid(zoneId.constData()));
    icalcomponent_add_property(vtimezone.get(), icalproperty_new_x(zoneId.constData()));
    icalproperty_set_x_name(icalcomponent_get_first_property(vtimezone.get(), ICAL_X_PROPERTY),
                            "X-LIC-LOCATION");

    // The following year is included so that a rule is checked against at least two years.
    const QList<Transition> transitions
        = transitionsIn(zone, firstYear, std::max(lastYear, firstYear + 1));
    if (transitions.isEmpty())
        addFixedOffset(vtimezone.get(), zone, firstYear);
    else if (!addYearlyRules(vtimezone.get(), transitions))
        addEachTransition(
            vtimezone.get(), zone, firstYear, transitionsIn(zone, firstYear, lastYear));
    return vtimezone;
}

} // namespace CoopAtlas::Core
