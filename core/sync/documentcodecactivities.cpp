// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// DocumentCodec: fields of workshops, residencies, resources, barriers and
// the records that belong to them. Field names are the column names.
#include <core/sync/documentcodec_p.h>

namespace CoopAtlas::Core::DocumentFields {

namespace {

QJsonValue optionalJson(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonArray idsJson(const QStringList &ids)
{
    return QJsonArray::fromStringList(ids);
}

Workshop decodeWorkshop(FieldReader &read)
{
    Workshop workshop;
    workshop.title = read.text(QStringLiteral("title"));
    workshop.theme = read.text(QStringLiteral("theme"));
    workshop.axis = read.text(QStringLiteral("axis"));
    workshop.start = read.timestamp(QStringLiteral("start_at"));
    workshop.end = read.timestamp(QStringLiteral("end_at"));
    workshop.timeZone = read.text(QStringLiteral("time_zone"));
    workshop.allDay = read.boolean(QStringLiteral("all_day"));
    workshop.venue = read.text(QStringLiteral("venue"));
    workshop.capacity = read.optionalInteger(QStringLiteral("capacity"));
    workshop.organiserIds = read.texts(QStringLiteral("organiser_ids"));
    workshop.status = read.text(QStringLiteral("status"));
    workshop.description = read.text(QStringLiteral("description"));
    workshop.calendarSequence
        = read.optionalInteger(QStringLiteral("calendar_sequence")).value_or(0);
    workshop.extra = read.object(QStringLiteral("extra"));
    return workshop;
}

Participation decodeParticipation(FieldReader &read)
{
    Participation participation;
    participation.workshopId = read.text(QStringLiteral("workshop_id"));
    participation.participantId = read.text(QStringLiteral("participant_id"));
    participation.role = read.text(QStringLiteral("role"));
    participation.registeredAt = read.timestamp(QStringLiteral("registered_at"));
    participation.registration = read.text(QStringLiteral("registration"));
    participation.attendance = read.text(QStringLiteral("attendance"));
    participation.extra = read.object(QStringLiteral("extra"));
    return participation;
}

Followup decodeFollowup(FieldReader &read)
{
    Followup followup;
    followup.workshopId = read.text(QStringLiteral("workshop_id"));
    followup.title = read.text(QStringLiteral("title"));
    followup.ownerId = read.text(QStringLiteral("owner_id"));
    followup.due = read.date(QStringLiteral("due_date"));
    followup.done = read.date(QStringLiteral("done_date"));
    followup.extra = read.object(QStringLiteral("extra"));
    return followup;
}

Residency decodeResidency(FieldReader &read)
{
    Residency residency;
    residency.title = read.text(QStringLiteral("title"));
    residency.city = read.text(QStringLiteral("city"));
    residency.cityName = read.text(QStringLiteral("city_name"));
    residency.hostIds = read.texts(QStringLiteral("host_ids"));
    residency.start = read.date(QStringLiteral("start_date"));
    residency.end = read.date(QStringLiteral("end_date"));
    residency.timeZone = read.text(QStringLiteral("time_zone"));
    residency.objectives = read.text(QStringLiteral("objectives"));
    residency.status = read.text(QStringLiteral("status"));
    residency.description = read.text(QStringLiteral("description"));
    residency.calendarSequence
        = read.optionalInteger(QStringLiteral("calendar_sequence")).value_or(0);
    residency.extra = read.object(QStringLiteral("extra"));
    return residency;
}

Stay decodeStay(FieldReader &read)
{
    Stay stay;
    stay.residencyId = read.text(QStringLiteral("residency_id"));
    stay.personId = read.text(QStringLiteral("person_id"));
    stay.organisationId = read.text(QStringLiteral("organisation_id"));
    stay.arrival = read.date(QStringLiteral("arrival"));
    stay.departure = read.date(QStringLiteral("departure"));
    stay.note = read.text(QStringLiteral("note"));
    stay.extra = read.object(QStringLiteral("extra"));
    return stay;
}

Visit decodeVisit(FieldReader &read)
{
    Visit visit;
    visit.residencyId = read.text(QStringLiteral("residency_id"));
    visit.title = read.text(QStringLiteral("title"));
    visit.kind = read.text(QStringLiteral("kind"));
    visit.start = read.timestamp(QStringLiteral("start_at"));
    visit.end = read.timestamp(QStringLiteral("end_at"));
    visit.timeZone = read.text(QStringLiteral("time_zone"));
    visit.place = read.text(QStringLiteral("place"));
    visit.hostOrganisationId = read.text(QStringLiteral("host_organisation_id"));
    visit.note = read.text(QStringLiteral("note"));
    visit.extra = read.object(QStringLiteral("extra"));
    return visit;
}

BudgetLine decodeBudgetLine(FieldReader &read)
{
    BudgetLine line;
    line.residencyId = read.text(QStringLiteral("residency_id"));
    line.label = read.text(QStringLiteral("label"));
    line.category = read.text(QStringLiteral("category"));
    line.plannedCents = read.optionalInteger64(QStringLiteral("planned_cents")).value_or(0);
    line.actualCents = read.optionalInteger64(QStringLiteral("actual_cents"));
    line.note = read.text(QStringLiteral("note"));
    line.extra = read.object(QStringLiteral("extra"));
    return line;
}

Resource decodeResource(FieldReader &read)
{
    Resource resource;
    resource.title = read.text(QStringLiteral("title"));
    resource.kind = read.text(QStringLiteral("kind"));
    resource.url = read.text(QStringLiteral("url"));
    resource.file.name = read.text(QStringLiteral("file_name"));
    resource.file.mimeType = read.text(QStringLiteral("file_mime_type"));
    resource.file.size = read.optionalInteger64(QStringLiteral("file_size")).value_or(0);
    resource.file.sha256 = read.text(QStringLiteral("file_sha256"));
    resource.language = read.text(QStringLiteral("language"));
    resource.tags = read.texts(QStringLiteral("tags"));
    resource.summary = read.text(QStringLiteral("summary"));
    resource.text = read.text(QStringLiteral("text"));
    resource.relatedIds = read.texts(QStringLiteral("related_ids"));
    resource.extra = read.object(QStringLiteral("extra"));
    return resource;
}

Barrier decodeBarrier(FieldReader &read)
{
    Barrier barrier;
    barrier.title = read.text(QStringLiteral("title"));
    barrier.kind = read.text(QStringLiteral("kind"));
    barrier.domain = read.text(QStringLiteral("domain"));
    barrier.description = read.text(QStringLiteral("description"));
    barrier.evidenceIds = read.texts(QStringLiteral("evidence_ids"));
    barrier.affectedOrganisationIds = read.texts(QStringLiteral("affected_organisation_ids"));
    barrier.severity = read.text(QStringLiteral("severity"));
    barrier.status = read.text(QStringLiteral("status"));
    barrier.recommendation = read.text(QStringLiteral("recommendation"));
    barrier.authority = read.text(QStringLiteral("authority"));
    barrier.raisedOn = read.date(QStringLiteral("raised_on"));
    barrier.extra = read.object(QStringLiteral("extra"));
    return barrier;
}

} // namespace

QJsonObject encodeFields(const Workshop &workshop)
{
    return {
        {QStringLiteral("title"), workshop.title},
        {QStringLiteral("theme"), workshop.theme},
        {QStringLiteral("axis"), workshop.axis},
        {QStringLiteral("start_at"), timestampJson(workshop.start)},
        {QStringLiteral("end_at"), timestampJson(workshop.end)},
        {QStringLiteral("time_zone"), workshop.timeZone},
        {QStringLiteral("all_day"), workshop.allDay},
        {QStringLiteral("venue"), workshop.venue},
        {QStringLiteral("capacity"),
         workshop.capacity ? QJsonValue(*workshop.capacity) : QJsonValue()},
        {QStringLiteral("organiser_ids"), idsJson(workshop.organiserIds)},
        {QStringLiteral("status"), workshop.status},
        {QStringLiteral("description"), workshop.description},
        {QStringLiteral("calendar_sequence"), workshop.calendarSequence},
        {QStringLiteral("extra"), workshop.extra},
    };
}

QJsonObject encodeFields(const Participation &participation)
{
    return {
        {QStringLiteral("workshop_id"), participation.workshopId},
        {QStringLiteral("participant_id"), participation.participantId},
        {QStringLiteral("role"), participation.role},
        {QStringLiteral("registered_at"), timestampJson(participation.registeredAt)},
        {QStringLiteral("registration"), participation.registration},
        {QStringLiteral("attendance"), participation.attendance},
        {QStringLiteral("extra"), participation.extra},
    };
}

QJsonObject encodeFields(const Followup &followup)
{
    return {
        {QStringLiteral("workshop_id"), followup.workshopId},
        {QStringLiteral("title"), followup.title},
        {QStringLiteral("owner_id"), followup.ownerId},
        {QStringLiteral("due_date"), dateJson(followup.due)},
        {QStringLiteral("done_date"), dateJson(followup.done)},
        {QStringLiteral("extra"), followup.extra},
    };
}

QJsonObject encodeFields(const Residency &residency)
{
    return {
        {QStringLiteral("title"), residency.title},
        {QStringLiteral("city"), residency.city},
        {QStringLiteral("city_name"), residency.cityName},
        {QStringLiteral("host_ids"), idsJson(residency.hostIds)},
        {QStringLiteral("start_date"), dateJson(residency.start)},
        {QStringLiteral("end_date"), dateJson(residency.end)},
        {QStringLiteral("time_zone"), residency.timeZone},
        {QStringLiteral("objectives"), residency.objectives},
        {QStringLiteral("status"), residency.status},
        {QStringLiteral("description"), residency.description},
        {QStringLiteral("calendar_sequence"), residency.calendarSequence},
        {QStringLiteral("extra"), residency.extra},
    };
}

QJsonObject encodeFields(const Stay &stay)
{
    return {
        {QStringLiteral("residency_id"), stay.residencyId},
        {QStringLiteral("person_id"), stay.personId},
        {QStringLiteral("organisation_id"), stay.organisationId},
        {QStringLiteral("arrival"), dateJson(stay.arrival)},
        {QStringLiteral("departure"), dateJson(stay.departure)},
        {QStringLiteral("note"), stay.note},
        {QStringLiteral("extra"), stay.extra},
    };
}

QJsonObject encodeFields(const Visit &visit)
{
    return {
        {QStringLiteral("residency_id"), visit.residencyId},
        {QStringLiteral("title"), visit.title},
        {QStringLiteral("kind"), visit.kind},
        {QStringLiteral("start_at"), timestampJson(visit.start)},
        {QStringLiteral("end_at"), timestampJson(visit.end)},
        {QStringLiteral("time_zone"), visit.timeZone},
        {QStringLiteral("place"), visit.place},
        {QStringLiteral("host_organisation_id"), visit.hostOrganisationId},
        {QStringLiteral("note"), visit.note},
        {QStringLiteral("extra"), visit.extra},
    };
}

QJsonObject encodeFields(const BudgetLine &line)
{
    return {
        {QStringLiteral("residency_id"), line.residencyId},
        {QStringLiteral("label"), line.label},
        {QStringLiteral("category"), line.category},
        {QStringLiteral("planned_cents"), line.plannedCents},
        {QStringLiteral("actual_cents"), optionalJson(line.actualCents)},
        {QStringLiteral("note"), line.note},
        {QStringLiteral("extra"), line.extra},
    };
}

QJsonObject encodeFields(const Resource &resource)
{
    // The bytes travel as the attachment "file" of the document (see
    // SyncEngine::withResourceFile()); the fields describe them.
    return {
        {QStringLiteral("title"), resource.title},
        {QStringLiteral("kind"), resource.kind},
        {QStringLiteral("url"), resource.url},
        {QStringLiteral("file_name"), resource.file.name},
        {QStringLiteral("file_mime_type"), resource.file.mimeType},
        {QStringLiteral("file_size"),
         resource.file.isEmpty() ? QJsonValue() : QJsonValue(resource.file.size)},
        {QStringLiteral("file_sha256"), resource.file.sha256},
        {QStringLiteral("language"), resource.language},
        {QStringLiteral("tags"), QJsonArray::fromStringList(resource.tags)},
        {QStringLiteral("summary"), resource.summary},
        {QStringLiteral("text"), resource.text},
        {QStringLiteral("related_ids"), idsJson(resource.relatedIds)},
        {QStringLiteral("extra"), resource.extra},
    };
}

QJsonObject encodeFields(const Barrier &barrier)
{
    return {
        {QStringLiteral("title"), barrier.title},
        {QStringLiteral("kind"), barrier.kind},
        {QStringLiteral("domain"), barrier.domain},
        {QStringLiteral("description"), barrier.description},
        {QStringLiteral("evidence_ids"), idsJson(barrier.evidenceIds)},
        {QStringLiteral("affected_organisation_ids"), idsJson(barrier.affectedOrganisationIds)},
        {QStringLiteral("severity"), barrier.severity},
        {QStringLiteral("status"), barrier.status},
        {QStringLiteral("recommendation"), barrier.recommendation},
        {QStringLiteral("authority"), barrier.authority},
        {QStringLiteral("raised_on"), dateJson(barrier.raisedOn)},
        {QStringLiteral("extra"), barrier.extra},
    };
}

SyncRecord decodeActivityFields(RecordKind kind, FieldReader &read)
{
    switch (kind) {
    case RecordKind::Workshop:
        return decodeWorkshop(read);
    case RecordKind::Participation:
        return decodeParticipation(read);
    case RecordKind::Followup:
        return decodeFollowup(read);
    case RecordKind::Residency:
        return decodeResidency(read);
    case RecordKind::Stay:
        return decodeStay(read);
    case RecordKind::Visit:
        return decodeVisit(read);
    case RecordKind::BudgetLine:
        return decodeBudgetLine(read);
    case RecordKind::Resource:
        return decodeResource(read);
    case RecordKind::Barrier:
    case RecordKind::Organisation:
    case RecordKind::Person:
    case RecordKind::Link:
    case RecordKind::Note:
    case RecordKind::Taxonomy:
        break;
    }
    return decodeBarrier(read);
}

QStringList activityRequiredFields(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Workshop:
        return {QStringLiteral("title"),
                QStringLiteral("axis"),
                QStringLiteral("start_at"),
                QStringLiteral("end_at"),
                QStringLiteral("time_zone"),
                QStringLiteral("status")};
    case RecordKind::Participation:
        return {QStringLiteral("workshop_id"),
                QStringLiteral("participant_id"),
                QStringLiteral("role"),
                QStringLiteral("registered_at"),
                QStringLiteral("registration"),
                QStringLiteral("attendance")};
    case RecordKind::Followup:
        return {QStringLiteral("workshop_id"), QStringLiteral("title")};
    case RecordKind::Residency:
        return {QStringLiteral("title"),
                QStringLiteral("city"),
                QStringLiteral("start_date"),
                QStringLiteral("end_date"),
                QStringLiteral("status")};
    case RecordKind::Stay:
        return {QStringLiteral("residency_id"),
                QStringLiteral("person_id"),
                QStringLiteral("arrival"),
                QStringLiteral("departure")};
    case RecordKind::Visit:
        return {QStringLiteral("residency_id"),
                QStringLiteral("title"),
                QStringLiteral("kind"),
                QStringLiteral("start_at"),
                QStringLiteral("end_at")};
    case RecordKind::BudgetLine:
        return {
            QStringLiteral("residency_id"), QStringLiteral("label"), QStringLiteral("category")};
    case RecordKind::Resource:
        return {QStringLiteral("title")};
    case RecordKind::Barrier:
        return {QStringLiteral("title"),
                QStringLiteral("kind"),
                QStringLiteral("severity"),
                QStringLiteral("status")};
    case RecordKind::Organisation:
    case RecordKind::Person:
    case RecordKind::Link:
    case RecordKind::Note:
    case RecordKind::Taxonomy:
        break;
    }
    return {};
}

} // namespace CoopAtlas::Core::DocumentFields
