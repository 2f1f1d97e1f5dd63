// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Rows of the activity tables.
#include <core/storage/activitystore_p.h>
#include <core/storage/jsonfields.h>

namespace CoopAtlas::Core::ActivityRows {

using namespace RecordRows;
using JsonFields::fromObject;
using JsonFields::fromStringList;
using JsonFields::toObject;
using JsonFields::toStringList;

namespace {

QString text(const QSqlRecord &record, const char *name)
{
    return record.value(QLatin1String(name)).toString();
}

QDate date(const QSqlRecord &record, const char *name)
{
    return QDate::fromString(text(record, name), Qt::ISODate);
}

QDateTime instant(const QSqlRecord &record, const char *name)
{
    const QString value = text(record, name);
    return value.isEmpty() ? QDateTime() : timestampFromText(value);
}

QVariant instantValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(timestampText(time)) : QVariant();
}

std::optional<qint64> optionalInteger(const QSqlRecord &record, const char *name)
{
    const QVariant value = record.value(QLatin1String(name));
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

template <typename T> QVariant optionalValue(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

RecordMeta readMeta(const QSqlRecord &record)
{
    RecordMeta meta;
    meta.id = text(record, "id");
    meta.createdAt = timestampFromText(text(record, "created_at"));
    meta.updatedAt = timestampFromText(text(record, "updated_at"));
    meta.createdBy = text(record, "created_by");
    meta.updatedBy = text(record, "updated_by");
    meta.serverRevision = text(record, "server_rev");
    meta.dirty = record.value(QStringLiteral("dirty")).toBool();
    meta.deleted = record.value(QStringLiteral("deleted")).toBool();
    return meta;
}

QJsonObject readExtra(const QSqlRecord &record)
{
    return toObject(text(record, "extra"));
}

} // namespace

Row workshopRow(const Workshop &workshop)
{
    return {
        {QStringLiteral("title"), workshop.title},
        {QStringLiteral("theme"), workshop.theme},
        {QStringLiteral("axis"), workshop.axis},
        {QStringLiteral("start_at"), instantValue(workshop.start)},
        {QStringLiteral("end_at"), instantValue(workshop.end)},
        {QStringLiteral("time_zone"), workshop.timeZone},
        {QStringLiteral("all_day"), workshop.allDay ? 1 : 0},
        {QStringLiteral("venue"), workshop.venue},
        {QStringLiteral("capacity"), optionalValue(workshop.capacity)},
        {QStringLiteral("organiser_ids"), fromStringList(workshop.organiserIds)},
        {QStringLiteral("status"), workshop.status},
        {QStringLiteral("description"), workshop.description},
        {QStringLiteral("calendar_sequence"), workshop.calendarSequence},
        {QStringLiteral("extra"), fromObject(workshop.extra)},
    };
}

Workshop readWorkshop(const QSqlRecord &record)
{
    Workshop workshop;
    workshop.meta = readMeta(record);
    workshop.title = text(record, "title");
    workshop.theme = text(record, "theme");
    workshop.axis = text(record, "axis");
    workshop.start = instant(record, "start_at");
    workshop.end = instant(record, "end_at");
    workshop.timeZone = text(record, "time_zone");
    workshop.allDay = record.value(QStringLiteral("all_day")).toBool();
    workshop.venue = text(record, "venue");
    if (auto capacity = optionalInteger(record, "capacity")) {
        workshop.capacity = int(*capacity);
    }
    workshop.organiserIds = toStringList(text(record, "organiser_ids"));
    workshop.status = text(record, "status");
    workshop.description = text(record, "description");
    workshop.calendarSequence = record.value(QStringLiteral("calendar_sequence")).toInt();
    workshop.extra = readExtra(record);
    return workshop;
}

Row participationRow(const Participation &participation)
{
    return {
        {QStringLiteral("workshop_id"), participation.workshopId},
        {QStringLiteral("participant_id"), participation.participantId},
        {QStringLiteral("role"), participation.role},
        {QStringLiteral("registered_at"), instantValue(participation.registeredAt)},
        {QStringLiteral("registration"), participation.registration},
        {QStringLiteral("attendance"), participation.attendance},
        {QStringLiteral("extra"), fromObject(participation.extra)},
    };
}

Participation readParticipation(const QSqlRecord &record)
{
    Participation participation;
    participation.meta = readMeta(record);
    participation.workshopId = text(record, "workshop_id");
    participation.participantId = text(record, "participant_id");
    participation.role = text(record, "role");
    participation.registeredAt = instant(record, "registered_at");
    participation.registration = text(record, "registration");
    participation.attendance = text(record, "attendance");
    participation.extra = readExtra(record);
    return participation;
}

Row followupRow(const Followup &followup)
{
    return {
        {QStringLiteral("workshop_id"), followup.workshopId},
        {QStringLiteral("title"), followup.title},
        {QStringLiteral("owner_id"), followup.ownerId},
        {QStringLiteral("due_date"), dateValue(followup.due)},
        {QStringLiteral("done_date"), dateValue(followup.done)},
        {QStringLiteral("extra"), fromObject(followup.extra)},
    };
}

Followup readFollowup(const QSqlRecord &record)
{
    Followup followup;
    followup.meta = readMeta(record);
    followup.workshopId = text(record, "workshop_id");
    followup.title = text(record, "title");
    followup.ownerId = text(record, "owner_id");
    followup.due = date(record, "due_date");
    followup.done = date(record, "done_date");
    followup.extra = readExtra(record);
    return followup;
}

Row residencyRow(const Residency &residency)
{
    return {
        {QStringLiteral("title"), residency.title},
        {QStringLiteral("city"), residency.city},
        {QStringLiteral("city_name"), residency.cityName},
        {QStringLiteral("host_ids"), fromStringList(residency.hostIds)},
        {QStringLiteral("start_date"), dateValue(residency.start)},
        {QStringLiteral("end_date"), dateValue(residency.end)},
        {QStringLiteral("time_zone"), residency.timeZone},
        {QStringLiteral("objectives"), residency.objectives},
        {QStringLiteral("status"), residency.status},
        {QStringLiteral("description"), residency.description},
        {QStringLiteral("calendar_sequence"), residency.calendarSequence},
        {QStringLiteral("extra"), fromObject(residency.extra)},
    };
}

Residency readResidency(const QSqlRecord &record)
{
    Residency residency;
    residency.meta = readMeta(record);
    residency.title = text(record, "title");
    residency.city = text(record, "city");
    residency.cityName = text(record, "city_name");
    residency.hostIds = toStringList(text(record, "host_ids"));
    residency.start = date(record, "start_date");
    residency.end = date(record, "end_date");
    residency.timeZone = text(record, "time_zone");
    residency.objectives = text(record, "objectives");
    residency.status = text(record, "status");
    residency.description = text(record, "description");
    residency.calendarSequence = record.value(QStringLiteral("calendar_sequence")).toInt();
    residency.extra = readExtra(record);
    return residency;
}

Row stayRow(const Stay &stay)
{
    return {
        {QStringLiteral("residency_id"), stay.residencyId},
        {QStringLiteral("person_id"), stay.personId},
        {QStringLiteral("organisation_id"), stay.organisationId},
        {QStringLiteral("arrival"), dateValue(stay.arrival)},
        {QStringLiteral("departure"), dateValue(stay.departure)},
        {QStringLiteral("note"), stay.note},
        {QStringLiteral("extra"), fromObject(stay.extra)},
    };
}

Stay readStay(const QSqlRecord &record)
{
    Stay stay;
    stay.meta = readMeta(record);
    stay.residencyId = text(record, "residency_id");
    stay.personId = text(record, "person_id");
    stay.organisationId = text(record, "organisation_id");
    stay.arrival = date(record, "arrival");
    stay.departure = date(record, "departure");
    stay.note = text(record, "note");
    stay.extra = readExtra(record);
    return stay;
}

Row visitRow(const Visit &visit)
{
    return {
        {QStringLiteral("residency_id"), visit.residencyId},
        {QStringLiteral("title"), visit.title},
        {QStringLiteral("kind"), visit.kind},
        {QStringLiteral("start_at"), instantValue(visit.start)},
        {QStringLiteral("end_at"), instantValue(visit.end)},
        {QStringLiteral("time_zone"), visit.timeZone},
        {QStringLiteral("place"), visit.place},
        {QStringLiteral("host_organisation_id"), visit.hostOrganisationId},
        {QStringLiteral("note"), visit.note},
        {QStringLiteral("extra"), fromObject(visit.extra)},
    };
}

Visit readVisit(const QSqlRecord &record)
{
    Visit visit;
    visit.meta = readMeta(record);
    visit.residencyId = text(record, "residency_id");
    visit.title = text(record, "title");
    visit.kind = text(record, "kind");
    visit.start = instant(record, "start_at");
    visit.end = instant(record, "end_at");
    visit.timeZone = text(record, "time_zone");
    visit.place = text(record, "place");
    visit.hostOrganisationId = text(record, "host_organisation_id");
    visit.note = text(record, "note");
    visit.extra = readExtra(record);
    return visit;
}

Row budgetLineRow(const BudgetLine &line)
{
    return {
        {QStringLiteral("residency_id"), line.residencyId},
        {QStringLiteral("label"), line.label},
        {QStringLiteral("category"), line.category},
        {QStringLiteral("planned_cents"), line.plannedCents},
        {QStringLiteral("actual_cents"), optionalValue(line.actualCents)},
        {QStringLiteral("note"), line.note},
        {QStringLiteral("extra"), fromObject(line.extra)},
    };
}

BudgetLine readBudgetLine(const QSqlRecord &record)
{
    BudgetLine line;
    line.meta = readMeta(record);
    line.residencyId = text(record, "residency_id");
    line.label = text(record, "label");
    line.category = text(record, "category");
    line.plannedCents = record.value(QStringLiteral("planned_cents")).toLongLong();
    line.actualCents = optionalInteger(record, "actual_cents");
    line.note = text(record, "note");
    line.extra = readExtra(record);
    return line;
}

Row resourceRow(const Resource &resource)
{
    return {
        {QStringLiteral("title"), resource.title},
        {QStringLiteral("sort_title"), sortKey(resource.title)},
        {QStringLiteral("kind"), resource.kind},
        {QStringLiteral("url"), resource.url},
        {QStringLiteral("language"), resource.language},
        {QStringLiteral("tags"), fromStringList(resource.tags)},
        {QStringLiteral("summary"), resource.summary},
        {QStringLiteral("text"), resource.text},
        {QStringLiteral("related_ids"), fromStringList(resource.relatedIds)},
        {QStringLiteral("extra"), fromObject(resource.extra)},
    };
}

Resource readResource(const QSqlRecord &record)
{
    Resource resource;
    resource.meta = readMeta(record);
    resource.title = text(record, "title");
    resource.kind = text(record, "kind");
    resource.url = text(record, "url");
    resource.file.name = text(record, "file_name");
    resource.file.mimeType = text(record, "file_mime_type");
    resource.file.size = record.value(QStringLiteral("file_size")).toLongLong();
    resource.file.sha256 = text(record, "file_sha256");
    resource.language = text(record, "language");
    resource.tags = toStringList(text(record, "tags"));
    resource.summary = text(record, "summary");
    resource.text = text(record, "text");
    resource.relatedIds = toStringList(text(record, "related_ids"));
    resource.extra = readExtra(record);
    return resource;
}

Row barrierRow(const Barrier &barrier)
{
    return {
        {QStringLiteral("title"), barrier.title},
        {QStringLiteral("sort_title"), sortKey(barrier.title)},
        {QStringLiteral("kind"), barrier.kind},
        {QStringLiteral("domain"), barrier.domain},
        {QStringLiteral("description"), barrier.description},
        {QStringLiteral("evidence_ids"), fromStringList(barrier.evidenceIds)},
        {QStringLiteral("affected_organisation_ids"),
         fromStringList(barrier.affectedOrganisationIds)},
        {QStringLiteral("severity"), barrier.severity},
        {QStringLiteral("status"), barrier.status},
        {QStringLiteral("recommendation"), barrier.recommendation},
        {QStringLiteral("authority"), barrier.authority},
        {QStringLiteral("raised_on"), dateValue(barrier.raisedOn)},
        {QStringLiteral("extra"), fromObject(barrier.extra)},
    };
}

Barrier readBarrier(const QSqlRecord &record)
{
    Barrier barrier;
    barrier.meta = readMeta(record);
    barrier.title = text(record, "title");
    barrier.kind = text(record, "kind");
    barrier.domain = text(record, "domain");
    barrier.description = text(record, "description");
    barrier.evidenceIds = toStringList(text(record, "evidence_ids"));
    barrier.affectedOrganisationIds = toStringList(text(record, "affected_organisation_ids"));
    barrier.severity = text(record, "severity");
    barrier.status = text(record, "status");
    barrier.recommendation = text(record, "recommendation");
    barrier.authority = text(record, "authority");
    barrier.raisedOn = date(record, "raised_on");
    barrier.extra = readExtra(record);
    return barrier;
}

} // namespace CoopAtlas::Core::ActivityRows
