// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordrows.h"

#include <core/domain/communes.h>
#include <core/storage/jsonfields.h>

namespace CoopAtlas::Core::RecordRows {

namespace {

QString text(const QSqlRecord &record, const char *name)
{
    return record.value(QLatin1String(name)).toString();
}

QDate date(const QSqlRecord &record, const char *name)
{
    return QDate::fromString(text(record, name), Qt::ISODate);
}

QString firstValue(const QList<ContactValue> &values)
{
    for (const ContactValue &value : values) {
        if (value.primary) {
            return value.value;
        }
    }
    return values.isEmpty() ? QString() : values.constFirst().value;
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

} // namespace

QString timestampText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timestampFromText(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QVariant dateValue(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QString sortKey(const QString &name)
{
    return foldForMatching(name);
}

Row organisationRow(const Organisation &org)
{
    using namespace JsonFields;
    return {
        {QStringLiteral("name"), org.name},
        {QStringLiteral("sort_name"), sortKey(org.name)},
        {QStringLiteral("kind"), org.kind},
        {QStringLiteral("legal_form"), org.legalForm},
        {QStringLiteral("sectors"), fromStringList(org.sectors)},
        {QStringLiteral("stage"), org.stage},
        {QStringLiteral("founded"), dateValue(org.founded)},
        {QStringLiteral("closed"), dateValue(org.closed)},
        {QStringLiteral("street"), org.street},
        {QStringLiteral("postcode"), org.postcode},
        {QStringLiteral("locality"), org.locality},
        {QStringLiteral("commune"), org.commune},
        {QStringLiteral("country"), org.country},
        {QStringLiteral("websites"), fromStringList(org.websites)},
        {QStringLiteral("emails"), fromContactValues(org.emails)},
        {QStringLiteral("phones"), fromContactValues(org.phones)},
        {QStringLiteral("description"), org.description},
        {QStringLiteral("cooperative_model"), org.cooperativeModel},
        {QStringLiteral("member_count"), org.memberCount ? QVariant(*org.memberCount) : QVariant()},
        {QStringLiteral("tags"), fromStringList(org.tags)},
        {QStringLiteral("languages"), fromStringList(org.languages)},
        {QStringLiteral("source"), org.source},
        {QStringLiteral("extra"), fromObject(org.extra)},
    };
}

Organisation readOrganisation(const QSqlRecord &record)
{
    using namespace JsonFields;
    Organisation org;
    org.meta = readMeta(record);
    org.name = text(record, "name");
    org.kind = text(record, "kind");
    org.legalForm = text(record, "legal_form");
    org.sectors = toStringList(text(record, "sectors"));
    org.stage = text(record, "stage");
    org.founded = date(record, "founded");
    org.closed = date(record, "closed");
    org.street = text(record, "street");
    org.postcode = text(record, "postcode");
    org.locality = text(record, "locality");
    org.commune = text(record, "commune");
    org.country = text(record, "country");
    org.websites = toStringList(text(record, "websites"));
    org.emails = toContactValues(text(record, "emails"));
    org.phones = toContactValues(text(record, "phones"));
    org.description = text(record, "description");
    org.cooperativeModel = text(record, "cooperative_model");
    const QVariant members = record.value(QStringLiteral("member_count"));
    if (!members.isNull()) {
        org.memberCount = members.toInt();
    }
    org.tags = toStringList(text(record, "tags"));
    org.languages = toStringList(text(record, "languages"));
    org.source = text(record, "source");
    org.extra = toObject(text(record, "extra"));
    return org;
}

Row personRow(const Person &person)
{
    using namespace JsonFields;
    return {
        {QStringLiteral("formatted_name"), person.formattedName},
        {QStringLiteral("sort_name"), sortKey(person.formattedName)},
        {QStringLiteral("given_name"), person.givenName},
        {QStringLiteral("family_name"), person.familyName},
        {QStringLiteral("additional_names"), person.additionalNames},
        {QStringLiteral("prefix"), person.prefix},
        {QStringLiteral("suffix"), person.suffix},
        {QStringLiteral("nickname"), person.nickname},
        {QStringLiteral("organisation_name"), person.organisationName},
        {QStringLiteral("title"), person.title},
        {QStringLiteral("role"), person.role},
        {QStringLiteral("email"), firstValue(person.emails)},
        {QStringLiteral("phone"), firstValue(person.phones)},
        {QStringLiteral("emails"), fromContactValues(person.emails)},
        {QStringLiteral("phones"), fromContactValues(person.phones)},
        {QStringLiteral("addresses"), fromAddresses(person.addresses)},
        {QStringLiteral("websites"), fromStringList(person.websites)},
        {QStringLiteral("languages"), fromStringList(person.languages)},
        {QStringLiteral("birthday"), person.birthday},
        {QStringLiteral("notes"), person.notes},
        {QStringLiteral("consent_basis"), person.consentBasis},
        {QStringLiteral("consent_date"), dateValue(person.consentDate)},
        {QStringLiteral("consent_source"), person.consentSource},
        {QStringLiteral("photo"), person.photo.isEmpty() ? QVariant() : QVariant(person.photo)},
        {QStringLiteral("photo_mime_type"), person.photoMimeType},
        {QStringLiteral("source"), person.source},
        {QStringLiteral("extra"), fromObject(person.extra)},
    };
}

Person readPerson(const QSqlRecord &record)
{
    using namespace JsonFields;
    Person person;
    person.meta = readMeta(record);
    person.formattedName = text(record, "formatted_name");
    person.givenName = text(record, "given_name");
    person.familyName = text(record, "family_name");
    person.additionalNames = text(record, "additional_names");
    person.prefix = text(record, "prefix");
    person.suffix = text(record, "suffix");
    person.nickname = text(record, "nickname");
    person.organisationName = text(record, "organisation_name");
    person.title = text(record, "title");
    person.role = text(record, "role");
    person.emails = toContactValues(text(record, "emails"));
    person.phones = toContactValues(text(record, "phones"));
    person.addresses = toAddresses(text(record, "addresses"));
    person.websites = toStringList(text(record, "websites"));
    person.languages = toStringList(text(record, "languages"));
    person.birthday = text(record, "birthday");
    person.notes = text(record, "notes");
    person.consentBasis = text(record, "consent_basis");
    person.consentDate = date(record, "consent_date");
    person.consentSource = text(record, "consent_source");
    person.photo = record.value(QStringLiteral("photo")).toByteArray();
    person.photoMimeType = text(record, "photo_mime_type");
    person.source = text(record, "source");
    person.extra = toObject(text(record, "extra"));
    return person;
}

Row linkRow(const Link &link, const QString &fromName, const QString &toName)
{
    return {
        {QStringLiteral("from_id"), link.fromId},
        {QStringLiteral("to_id"), link.toId},
        {QStringLiteral("from_name"), fromName},
        {QStringLiteral("to_name"), toName},
        {QStringLiteral("from_sort"), sortKey(fromName)},
        {QStringLiteral("to_sort"), sortKey(toName)},
        {QStringLiteral("type"), link.type},
        {QStringLiteral("start_date"), dateValue(link.start)},
        {QStringLiteral("end_date"), dateValue(link.end)},
        {QStringLiteral("note"), link.note},
        {QStringLiteral("source"), link.source},
    };
}

Link readLink(const QSqlRecord &record)
{
    Link link;
    link.meta = readMeta(record);
    link.fromId = text(record, "from_id");
    link.toId = text(record, "to_id");
    link.type = text(record, "type");
    link.start = date(record, "start_date");
    link.end = date(record, "end_date");
    link.note = text(record, "note");
    link.source = text(record, "source");
    return link;
}

Row noteRow(const Note &note)
{
    return {
        {QStringLiteral("record_id"), note.recordId},
        {QStringLiteral("record_kind"), recordKindName(note.recordKind)},
        {QStringLiteral("at"), note.at.isValid() ? QVariant(timestampText(note.at)) : QVariant()},
        {QStringLiteral("kind"), note.kind},
        {QStringLiteral("text"), note.text},
        {QStringLiteral("author"), note.author},
    };
}

Note readNote(const QSqlRecord &record)
{
    Note note;
    note.meta = readMeta(record);
    note.recordId = text(record, "record_id");
    note.recordKind
        = recordKindFromName(text(record, "record_kind")).value_or(RecordKind::Organisation);
    const QString at = text(record, "at");
    if (!at.isEmpty()) {
        note.at = timestampFromText(at);
    }
    note.kind = text(record, "kind");
    note.text = text(record, "text");
    note.author = text(record, "author");
    return note;
}

Row termRow(const TaxonomyTerm &term)
{
    return {
        {QStringLiteral("vocabulary"), term.vocabulary},
        {QStringLiteral("key"), term.key},
        {QStringLiteral("label_en"), term.labelEn},
        {QStringLiteral("label_fr"), term.labelFr},
        {QStringLiteral("label_nl"), term.labelNl},
        {QStringLiteral("position"), term.position},
    };
}

TaxonomyTerm readTerm(const QSqlRecord &record)
{
    TaxonomyTerm term;
    term.meta = readMeta(record);
    term.vocabulary = text(record, "vocabulary");
    term.key = text(record, "key");
    term.labelEn = text(record, "label_en");
    term.labelFr = text(record, "label_fr");
    term.labelNl = text(record, "label_nl");
    term.position = record.value(QStringLiteral("position")).toInt();
    return term;
}

} // namespace CoopAtlas::Core::RecordRows
