// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityvalidation.h"

#include <core/domain/amounts.h>

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>
#include <QUrl>

namespace CoopAtlas::Core {

namespace {

// Named Text itself, not an alias, so that lupdate files its strings under its context.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::Validation)
};

void requireText(const QString &value,
                 const QString &field,
                 const QString &message,
                 QList<FieldError> &errors)
{
    if (value.trimmed().isEmpty()) {
        errors.append({field, message});
    }
}

void requireId(const QString &value,
               const QString &field,
               const QString &message,
               QList<FieldError> &errors)
{
    if (value.isEmpty()) {
        errors.append({field, message});
    }
}

/// Adds an error when `value` is not one of `allowed`.
void checkKey(const QString &value,
              const QStringList &allowed,
              const QString &field,
              QList<FieldError> &errors)
{
    if (allowed.contains(value)) {
        return;
    }
    errors.append({field,
                   Text::tr("\"%1\" is not a valid value of the field \"%2\". Choose one of: %3.")
                       .arg(value, field, allowed.join(QStringLiteral(", ")))});
}

/// A wall time in `zoneId` (the system zone when it is empty or unknown), as
/// the user's locale writes it.
QString wallTime(const QDateTime &instant, const QString &zoneId)
{
    const QTimeZone zone(zoneId.toUtf8());
    const QDateTime local = zone.isValid() ? instant.toTimeZone(zone) : instant.toLocalTime();
    return QLocale().toString(local, QLocale::ShortFormat);
}

void checkInstants(const QDateTime &start,
                   const QDateTime &end,
                   const QString &zoneId,
                   const QString &what,
                   QList<FieldError> &errors)
{
    if (!start.isValid()) {
        errors.append(
            {QStringLiteral("start"),
             Text::tr("%1 has no start time. Enter the day and time it starts.").arg(what)});
    }
    if (!end.isValid()) {
        errors.append({QStringLiteral("end"),
                       Text::tr("%1 has no end time. Enter the day and time it ends.").arg(what)});
    }
    if (start.isValid() && end.isValid() && end < start) {
        errors.append(
            {QStringLiteral("end"),
             Text::tr("%1 ends at %2, before it starts at %3. Correct the start or the end.")
                 .arg(what, wallTime(end, zoneId), wallTime(start, zoneId))});
    }
}

/// A field key with the translated label that messages show for it.
struct DateField
{
    QString key;
    QString label;
};

void checkDates(QDate start,
                QDate end,
                const DateField &first,
                const DateField &last,
                QList<FieldError> &errors)
{
    if (start.isValid() && end.isValid() && end < start) {
        const QLocale locale;
        errors.append({last.key,
                       Text::tr("The dates are in the wrong order: %1 %2 is before %3 %4. "
                                "Correct one of the two dates.")
                           .arg(last.label,
                                locale.toString(end, QLocale::ShortFormat),
                                first.label,
                                locale.toString(start, QLocale::ShortFormat))});
    }
}

void checkZone(const QString &zone, QList<FieldError> &errors)
{
    if (!zone.isEmpty() && !isKnownTimeZone(zone)) {
        errors.append({QStringLiteral("timeZone"),
                       Text::tr("\"%1\" is not a known time zone. Choose a zone such as "
                                "Europe/Brussels.")
                           .arg(zone)});
    }
}

void checkAmount(qint64 cents,
                 const QString &field,
                 const QString &label,
                 QList<FieldError> &errors)
{
    if (cents < 0) {
        errors.append({field,
                       Text::tr("The amount %1 in %2 is negative. Enter zero or more.")
                           .arg(formatAmount(cents), label)});
    } else if (cents > MaxAmountCents) {
        errors.append({field,
                       Text::tr("The amount %1 in %2 is above the largest amount, %3. Check the "
                                "amount.")
                           .arg(formatAmount(cents), label, formatAmount(MaxAmountCents))});
    }
}

} // namespace

bool isHttpUrl(const QString &url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    return parsed.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
           && !parsed.host().isEmpty();
}

bool isKnownTimeZone(const QString &zoneId)
{
    return !zoneId.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zoneId.toUtf8());
}

FieldError capacityBelowRegistered(int capacity, int registered)
{
    return {QStringLiteral("capacity"),
            Text::tr("The capacity %1 is below the %2 participants already registered. Raise "
                     "the capacity or cancel registrations first.")
                .arg(capacity)
                .arg(registered)};
}

std::optional<FieldError> checkResourceFileSize(const QString &fileName, qint64 size)
{
    if (size <= MaxResourceFileBytes) {
        return std::nullopt;
    }
    const QLocale locale;
    return FieldError{
        QStringLiteral("file"),
        Text::tr("The file \"%1\" is %2, over the limit of %3 for a resource. "
                 "Attach a smaller file or give a link to it instead.")
            .arg(fileName,
                 locale.formattedDataSize(size, 1, QLocale::DataSizeIecFormat),
                 locale.formattedDataSize(MaxResourceFileBytes, 0, QLocale::DataSizeIecFormat))};
}

QList<FieldError> validate(const Workshop &workshop)
{
    QList<FieldError> errors;
    requireText(workshop.title,
                QStringLiteral("title"),
                Text::tr("The workshop has no title. Enter its title."),
                errors);
    checkKey(workshop.axis, ActivityKeys::axes(), QStringLiteral("axis"), errors);
    checkKey(workshop.status, ActivityKeys::workshopStatuses(), QStringLiteral("status"), errors);
    checkInstants(
        workshop.start, workshop.end, workshop.timeZone, Text::tr("The workshop"), errors);
    if (!isKnownTimeZone(workshop.timeZone)) {
        errors.append({QStringLiteral("timeZone"),
                       Text::tr("\"%1\" is not a known time zone. Choose a zone such as "
                                "Europe/Brussels.")
                           .arg(workshop.timeZone)});
    }
    if (workshop.capacity && *workshop.capacity < 0) {
        errors.append({QStringLiteral("capacity"),
                       Text::tr("The capacity %1 is negative. Enter the number of places, or "
                                "leave it empty for no limit.")
                           .arg(*workshop.capacity)});
    }
    return errors;
}

QList<FieldError> validate(const Participation &participation)
{
    QList<FieldError> errors;
    requireId(participation.workshopId,
              QStringLiteral("workshopId"),
              Text::tr("The participation belongs to no workshop. Choose the workshop."),
              errors);
    requireId(participation.participantId,
              QStringLiteral("participantId"),
              Text::tr("The participation names no participant. Choose a person or an "
                       "organisation."),
              errors);
    checkKey(
        participation.role, ActivityKeys::participationRoles(), QStringLiteral("role"), errors);
    checkKey(participation.registration,
             ActivityKeys::registrationStates(),
             QStringLiteral("registration"),
             errors);
    checkKey(participation.attendance,
             ActivityKeys::attendanceStates(),
             QStringLiteral("attendance"),
             errors);
    // Waiting and cancelled participants have no place at the workshop, so only
    // a registered participation takes an attendance.
    if (participation.registration != QLatin1String("registered")
        && participation.attendance != QLatin1String("unknown")
        && ActivityKeys::registrationStates().contains(participation.registration)) {
        errors.append({QStringLiteral("attendance"),
                       Text::tr("Attendance is recorded only for registered participants, and "
                                "this registration is \"%1\". Set the attendance to \"%2\", or "
                                "register the participant first.")
                           .arg(ActivityKeys::label(participation.registration),
                                ActivityKeys::label(QStringLiteral("unknown")))});
    }
    return errors;
}

QList<FieldError> validate(const Followup &followup)
{
    QList<FieldError> errors;
    requireId(followup.workshopId,
              QStringLiteral("workshopId"),
              Text::tr("The follow-up belongs to no workshop. Choose the workshop."),
              errors);
    requireText(followup.title,
                QStringLiteral("title"),
                Text::tr("The follow-up has no title. Say what is to be done."),
                errors);
    return errors;
}

QList<FieldError> validate(const Residency &residency)
{
    QList<FieldError> errors;
    requireText(residency.title,
                QStringLiteral("title"),
                Text::tr("The residency has no title. Enter its title."),
                errors);
    checkKey(residency.city, ActivityKeys::residencyCities(), QStringLiteral("city"), errors);
    if (residency.city == QLatin1String("other") && residency.cityName.trimmed().isEmpty()) {
        errors.append({QStringLiteral("cityName"),
                       Text::tr("The residency takes place in another city. Enter the name of "
                                "the city.")});
    }
    checkKey(residency.status, ActivityKeys::residencyStatuses(), QStringLiteral("status"), errors);
    if (!residency.start.isValid() || !residency.end.isValid()) {
        errors.append({QStringLiteral("start"),
                       Text::tr("The residency needs a first and a last day. Enter both "
                                "dates.")});
    }
    checkDates(residency.start,
               residency.end,
               {QStringLiteral("start"), Text::tr("first day")},
               {QStringLiteral("end"), Text::tr("last day")},
               errors);
    checkZone(residency.timeZone, errors);
    return errors;
}

QList<FieldError> validate(const Stay &stay)
{
    QList<FieldError> errors;
    requireId(stay.residencyId,
              QStringLiteral("residencyId"),
              Text::tr("The stay belongs to no residency. Choose the residency."),
              errors);
    requireId(stay.personId,
              QStringLiteral("personId"),
              Text::tr("The stay names no person. Choose the cohort member."),
              errors);
    if (!stay.arrival.isValid() || !stay.departure.isValid()) {
        errors.append({QStringLiteral("arrival"),
                       Text::tr("The stay needs an arrival and a departure date. Enter both "
                                "dates.")});
    }
    checkDates(stay.arrival,
               stay.departure,
               {QStringLiteral("arrival"), Text::tr("arrival date")},
               {QStringLiteral("departure"), Text::tr("departure date")},
               errors);
    return errors;
}

QString stayOutsideResidency(const Stay &stay, QDate first, QDate last)
{
    if (!stay.arrival.isValid() || !stay.departure.isValid() || !first.isValid() || !last.isValid()
        || (stay.arrival >= first && stay.departure <= last)) {
        return {};
    }
    const QLocale locale;
    return Text::tr("The stay from %1 to %2 is not within the residency, which runs from %3 to "
                    "%4.")
        .arg(locale.toString(stay.arrival, QLocale::ShortFormat),
             locale.toString(stay.departure, QLocale::ShortFormat),
             locale.toString(first, QLocale::ShortFormat),
             locale.toString(last, QLocale::ShortFormat));
}

QList<FieldError> validate(const Visit &visit)
{
    QList<FieldError> errors;
    requireId(visit.residencyId,
              QStringLiteral("residencyId"),
              Text::tr("The programme item belongs to no residency. Choose the residency."),
              errors);
    requireText(visit.title,
                QStringLiteral("title"),
                Text::tr("The programme item has no title. Enter its title."),
                errors);
    checkKey(visit.kind, ActivityKeys::visitKinds(), QStringLiteral("kind"), errors);
    checkInstants(visit.start, visit.end, visit.timeZone, Text::tr("The programme item"), errors);
    checkZone(visit.timeZone, errors);
    return errors;
}

QList<FieldError> validate(const BudgetLine &line)
{
    QList<FieldError> errors;
    requireId(line.residencyId,
              QStringLiteral("residencyId"),
              Text::tr("The budget line belongs to no residency. Choose the residency."),
              errors);
    requireText(line.label,
                QStringLiteral("label"),
                Text::tr("The budget line has no label. Say what the cost is for."),
                errors);
    checkKey(line.category, ActivityKeys::budgetCategories(), QStringLiteral("category"), errors);
    checkAmount(
        line.plannedCents, QStringLiteral("plannedCents"), Text::tr("the planned amount"), errors);
    if (line.actualCents) {
        checkAmount(*line.actualCents,
                    QStringLiteral("actualCents"),
                    Text::tr("the actual amount"),
                    errors);
    }
    return errors;
}

QList<FieldError> validate(const Resource &resource)
{
    QList<FieldError> errors;
    requireText(resource.title,
                QStringLiteral("title"),
                Text::tr("The resource has no title. Enter its title."),
                errors);
    if (!resource.url.isEmpty() && !isHttpUrl(resource.url)) {
        errors.append({QStringLiteral("url"),
                       Text::tr("\"%1\" is not a web address. Write it as https://example.org/… "
                                "or leave it empty.")
                           .arg(resource.url)});
    }
    if (!resource.language.isEmpty()) {
        checkKey(resource.language,
                 ActivityKeys::resourceLanguages(),
                 QStringLiteral("language"),
                 errors);
    }
    if (auto tooLarge = checkResourceFileSize(resource.file.name, resource.file.size)) {
        errors.append(*tooLarge);
    }
    return errors;
}

QList<FieldError> validate(const Barrier &barrier)
{
    QList<FieldError> errors;
    requireText(barrier.title,
                QStringLiteral("title"),
                Text::tr("The obstacle or opportunity has no title. Enter its title."),
                errors);
    checkKey(barrier.kind, ActivityKeys::barrierKinds(), QStringLiteral("kind"), errors);
    checkKey(
        barrier.severity, ActivityKeys::barrierSeverities(), QStringLiteral("severity"), errors);
    checkKey(barrier.status, ActivityKeys::barrierStatuses(), QStringLiteral("status"), errors);
    return errors;
}

} // namespace CoopAtlas::Core
