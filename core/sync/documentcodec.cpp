// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentcodec.h"

#include <core/storage/jsonfields.h>
#include <core/storage/recordrows.h>
#include <core/sync/documentcodec_p.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace CoopAtlas::Core {

using namespace DocumentFields;

namespace {

void encodeMeta(QJsonObject &document, RecordKind kind, const RecordMeta &meta)
{
    document.insert(QStringLiteral("_id"), DocumentCodec::documentId(kind, meta.id));
    if (!meta.serverRevision.isEmpty()) {
        document.insert(QStringLiteral("_rev"), meta.serverRevision);
    }
    document.insert(QStringLiteral("type"), recordKindName(kind));
    document.insert(QStringLiteral("schema"), DocumentCodec::SchemaVersion);
    document.insert(QStringLiteral("created_at"), timestampJson(meta.createdAt));
    document.insert(QStringLiteral("updated_at"), timestampJson(meta.updatedAt));
    document.insert(QStringLiteral("created_by"), meta.createdBy);
    document.insert(QStringLiteral("updated_by"), meta.updatedBy);
    document.insert(QStringLiteral("deleted"), meta.deleted);
}

QJsonObject encodeFields(const Organisation &org)
{
    using namespace JsonFields;
    return {
        {QStringLiteral("name"), org.name},
        {QStringLiteral("kind"), org.kind},
        {QStringLiteral("legal_form"), org.legalForm},
        {QStringLiteral("sectors"), QJsonArray::fromStringList(org.sectors)},
        {QStringLiteral("stage"), org.stage},
        {QStringLiteral("founded"), dateJson(org.founded)},
        {QStringLiteral("closed"), dateJson(org.closed)},
        {QStringLiteral("street"), org.street},
        {QStringLiteral("postcode"), org.postcode},
        {QStringLiteral("locality"), org.locality},
        {QStringLiteral("commune"), org.commune},
        {QStringLiteral("country"), org.country},
        {QStringLiteral("websites"), QJsonArray::fromStringList(org.websites)},
        {QStringLiteral("emails"), arrayFromText(fromContactValues(org.emails))},
        {QStringLiteral("phones"), arrayFromText(fromContactValues(org.phones))},
        {QStringLiteral("description"), org.description},
        {QStringLiteral("cooperative_model"), org.cooperativeModel},
        {QStringLiteral("member_count"),
         org.memberCount ? QJsonValue(*org.memberCount) : QJsonValue()},
        {QStringLiteral("tags"), QJsonArray::fromStringList(org.tags)},
        {QStringLiteral("languages"), QJsonArray::fromStringList(org.languages)},
        {QStringLiteral("source"), org.source},
        {QStringLiteral("extra"), org.extra},
    };
}

QJsonObject encodeFields(const Person &person)
{
    using namespace JsonFields;
    return {
        {QStringLiteral("formatted_name"), person.formattedName},
        {QStringLiteral("given_name"), person.givenName},
        {QStringLiteral("family_name"), person.familyName},
        {QStringLiteral("additional_names"), person.additionalNames},
        {QStringLiteral("prefix"), person.prefix},
        {QStringLiteral("suffix"), person.suffix},
        {QStringLiteral("nickname"), person.nickname},
        {QStringLiteral("organisation_name"), person.organisationName},
        {QStringLiteral("title"), person.title},
        {QStringLiteral("role"), person.role},
        {QStringLiteral("emails"), arrayFromText(fromContactValues(person.emails))},
        {QStringLiteral("phones"), arrayFromText(fromContactValues(person.phones))},
        {QStringLiteral("addresses"), arrayFromText(fromAddresses(person.addresses))},
        {QStringLiteral("websites"), QJsonArray::fromStringList(person.websites)},
        {QStringLiteral("languages"), QJsonArray::fromStringList(person.languages)},
        {QStringLiteral("birthday"), person.birthday},
        {QStringLiteral("notes"), person.notes},
        {QStringLiteral("consent_basis"), person.consentBasis},
        {QStringLiteral("consent_date"), dateJson(person.consentDate)},
        {QStringLiteral("consent_source"), person.consentSource},
        {QStringLiteral("photo"),
         person.photo.isEmpty() ? QJsonValue()
                                : QJsonValue(QString::fromLatin1(person.photo.toBase64()))},
        {QStringLiteral("photo_mime_type"), person.photoMimeType},
        {QStringLiteral("source"), person.source},
        {QStringLiteral("extra"), person.extra},
    };
}

QJsonObject encodeFields(const Link &link)
{
    return {
        {QStringLiteral("from_id"), link.fromId},
        {QStringLiteral("to_id"), link.toId},
        {QStringLiteral("link_type"), link.type},
        {QStringLiteral("start_date"), dateJson(link.start)},
        {QStringLiteral("end_date"), dateJson(link.end)},
        {QStringLiteral("note"), link.note},
        {QStringLiteral("source"), link.source},
    };
}

QJsonObject encodeFields(const Note &note)
{
    return {
        {QStringLiteral("record_id"), note.recordId},
        {QStringLiteral("record_kind"), recordKindName(note.recordKind)},
        {QStringLiteral("at"), timestampJson(note.at)},
        {QStringLiteral("kind"), note.kind},
        {QStringLiteral("text"), note.text},
        {QStringLiteral("author"), note.author},
    };
}

QJsonObject encodeFields(const TaxonomyTerm &term)
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

Organisation decodeOrganisation(FieldReader &read)
{
    Organisation org;
    org.name = read.text(QStringLiteral("name"));
    org.kind = read.text(QStringLiteral("kind"));
    org.legalForm = read.text(QStringLiteral("legal_form"));
    org.sectors = read.texts(QStringLiteral("sectors"));
    org.stage = read.text(QStringLiteral("stage"));
    org.founded = read.date(QStringLiteral("founded"));
    org.closed = read.date(QStringLiteral("closed"));
    org.street = read.text(QStringLiteral("street"));
    org.postcode = read.text(QStringLiteral("postcode"));
    org.locality = read.text(QStringLiteral("locality"));
    org.commune = read.text(QStringLiteral("commune"));
    org.country = read.text(QStringLiteral("country"));
    org.websites = read.texts(QStringLiteral("websites"));
    org.emails
        = JsonFields::toContactValues(textFromArray(read.arrayValue(QStringLiteral("emails"))));
    org.phones
        = JsonFields::toContactValues(textFromArray(read.arrayValue(QStringLiteral("phones"))));
    org.description = read.text(QStringLiteral("description"));
    org.cooperativeModel = read.text(QStringLiteral("cooperative_model"));
    org.memberCount = read.optionalInteger(QStringLiteral("member_count"));
    org.tags = read.texts(QStringLiteral("tags"));
    org.languages = read.texts(QStringLiteral("languages"));
    org.source = read.text(QStringLiteral("source"));
    org.extra = read.object(QStringLiteral("extra"));
    return org;
}

Person decodePerson(FieldReader &read)
{
    using JsonFields::toAddresses;
    using JsonFields::toContactValues;
    Person person;
    person.formattedName = read.text(QStringLiteral("formatted_name"));
    person.givenName = read.text(QStringLiteral("given_name"));
    person.familyName = read.text(QStringLiteral("family_name"));
    person.additionalNames = read.text(QStringLiteral("additional_names"));
    person.prefix = read.text(QStringLiteral("prefix"));
    person.suffix = read.text(QStringLiteral("suffix"));
    person.nickname = read.text(QStringLiteral("nickname"));
    person.organisationName = read.text(QStringLiteral("organisation_name"));
    person.title = read.text(QStringLiteral("title"));
    person.role = read.text(QStringLiteral("role"));
    person.emails = toContactValues(textFromArray(read.arrayValue(QStringLiteral("emails"))));
    person.phones = toContactValues(textFromArray(read.arrayValue(QStringLiteral("phones"))));
    person.addresses = toAddresses(textFromArray(read.arrayValue(QStringLiteral("addresses"))));
    person.websites = read.texts(QStringLiteral("websites"));
    person.languages = read.texts(QStringLiteral("languages"));
    person.birthday = read.text(QStringLiteral("birthday"));
    person.notes = read.text(QStringLiteral("notes"));
    person.consentBasis = read.text(QStringLiteral("consent_basis"));
    person.consentDate = read.date(QStringLiteral("consent_date"));
    person.consentSource = read.text(QStringLiteral("consent_source"));
    person.photo = QByteArray::fromBase64(read.text(QStringLiteral("photo")).toLatin1());
    person.photoMimeType = read.text(QStringLiteral("photo_mime_type"));
    person.source = read.text(QStringLiteral("source"));
    person.extra = read.object(QStringLiteral("extra"));
    return person;
}

Link decodeLink(FieldReader &read)
{
    Link link;
    link.fromId = read.text(QStringLiteral("from_id"));
    link.toId = read.text(QStringLiteral("to_id"));
    link.type = read.text(QStringLiteral("link_type"));
    link.start = read.date(QStringLiteral("start_date"));
    link.end = read.date(QStringLiteral("end_date"));
    link.note = read.text(QStringLiteral("note"));
    link.source = read.text(QStringLiteral("source"));
    return link;
}

Note decodeNote(FieldReader &read)
{
    Note note;
    note.recordId = read.text(QStringLiteral("record_id"));
    note.recordKind = recordKindFromName(read.text(QStringLiteral("record_kind")))
                          .value_or(RecordKind::Organisation);
    note.at = read.timestamp(QStringLiteral("at"));
    note.kind = read.text(QStringLiteral("kind"));
    note.text = read.text(QStringLiteral("text"));
    note.author = read.text(QStringLiteral("author"));
    return note;
}

TaxonomyTerm decodeTerm(FieldReader &read)
{
    TaxonomyTerm term;
    term.vocabulary = read.text(QStringLiteral("vocabulary"));
    term.key = read.text(QStringLiteral("key"));
    term.labelEn = read.text(QStringLiteral("label_en"));
    term.labelFr = read.text(QStringLiteral("label_fr"));
    term.labelNl = read.text(QStringLiteral("label_nl"));
    term.position = read.optionalInteger(QStringLiteral("position")).value_or(0);
    return term;
}

SyncRecord decodeFields(RecordKind kind, FieldReader &read)
{
    switch (kind) {
    case RecordKind::Organisation:
        return decodeOrganisation(read);
    case RecordKind::Person:
        return decodePerson(read);
    case RecordKind::Link:
        return decodeLink(read);
    case RecordKind::Note:
        return decodeNote(read);
    case RecordKind::Taxonomy:
        break;
    case RecordKind::Workshop:
    case RecordKind::Participation:
    case RecordKind::Followup:
    case RecordKind::Residency:
    case RecordKind::Stay:
    case RecordKind::Visit:
    case RecordKind::BudgetLine:
    case RecordKind::Resource:
    case RecordKind::Barrier:
        return decodeActivityFields(kind, read);
    }
    return decodeTerm(read);
}

QStringList requiredFields(RecordKind kind)
{
    QStringList fields{QStringLiteral("created_at"), QStringLiteral("updated_at")};
    switch (kind) {
    case RecordKind::Organisation:
        fields.append(QStringLiteral("name"));
        break;
    case RecordKind::Person:
        fields.append(QStringLiteral("formatted_name"));
        break;
    case RecordKind::Link:
        fields << QStringLiteral("from_id") << QStringLiteral("to_id")
               << QStringLiteral("link_type");
        break;
    case RecordKind::Note:
        fields << QStringLiteral("record_id") << QStringLiteral("record_kind");
        break;
    case RecordKind::Taxonomy:
        fields << QStringLiteral("vocabulary") << QStringLiteral("key");
        break;
    case RecordKind::Workshop:
    case RecordKind::Participation:
    case RecordKind::Followup:
    case RecordKind::Residency:
    case RecordKind::Stay:
    case RecordKind::Visit:
    case RecordKind::BudgetLine:
    case RecordKind::Resource:
    case RecordKind::Barrier:
        fields += activityRequiredFields(kind);
        break;
    }
    return fields;
}

bool containsNul(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString().contains(QChar(u'\0'));
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(
            array.begin(), array.end(), [](const QJsonValue &item) { return containsNul(item); });
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key().contains(QChar(u'\0')) || containsNul(it.value())) {
                return true;
            }
        }
    }
    return false;
}

bool isLowercaseUuid(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return pattern.match(text).hasMatch();
}

} // namespace

RecordKind kindOf(const SyncRecord &record)
{
    // The alternatives of SyncRecord follow the order of RecordKind.
    static_assert(std::size(AllRecordKinds) == std::variant_size_v<SyncRecord>);
    return AllRecordKinds[record.index()];
}

const RecordMeta &metaOf(const SyncRecord &record)
{
    return std::visit([](const auto &r) -> const RecordMeta & { return r.meta; }, record);
}

RecordMeta &metaOf(SyncRecord &record)
{
    return std::visit([](auto &r) -> RecordMeta & { return r.meta; }, record);
}

QString DocumentCodec::documentId(RecordKind kind, const QString &recordId)
{
    return recordKindName(kind) + QLatin1Char(':') + recordId;
}

std::optional<std::pair<RecordKind, QString>>
DocumentCodec::parseDocumentId(const QString &documentId)
{
    const qsizetype colon = documentId.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == documentId.size() - 1) {
        return std::nullopt;
    }
    const auto kind = recordKindFromName(documentId.left(colon));
    if (!kind) {
        return std::nullopt;
    }
    return std::make_pair(*kind, documentId.mid(colon + 1));
}

QJsonObject DocumentCodec::encode(const SyncRecord &record)
{
    QJsonObject document = std::visit([](const auto &r) { return encodeFields(r); }, record);
    encodeMeta(document, kindOf(record), metaOf(record));
    return document;
}

Result<SyncRecord> DocumentCodec::decode(const QJsonObject &document)
{
    const QString id = document.value(QLatin1String("_id")).toString();
    const auto parsed = parseDocumentId(id);
    if (!parsed) {
        return Error{
            DocumentCodecText::tr("The document id is not \"<kind>:<id>\" with a known kind."), id};
    }
    const QString type = document.value(QLatin1String("type")).toString();
    if (type != recordKindName(parsed->first)) {
        return Error{
            DocumentCodecText::tr("The document type \"%1\" does not match its id.").arg(type), id};
    }
    const int schema = document.value(QLatin1String("schema")).toInt(-1);
    if (schema != SchemaVersion) {
        return Error{
            DocumentCodecText::tr("The document has schema %1, but this version of CoopAtlas reads "
                                  "schema %2 only. Update CoopAtlas.")
                .arg(schema)
                .arg(SchemaVersion),
            id};
    }
    FieldReader read(document);
    SyncRecord record = decodeFields(parsed->first, read);
    metaOf(record) = read.meta(parsed->second);
    if (!read.error().isEmpty()) {
        return Error{read.error(), id};
    }
    return record;
}

Result<void> DocumentCodec::checkStorable(const QJsonObject &document)
{
    const QString id = document.value(QLatin1String("_id")).toString();
    const auto parsed = parseDocumentId(id);
    if (!parsed || !isLowercaseUuid(parsed->second)) {
        return Error{
            DocumentCodecText::tr("The document id is not \"<kind>:<id>\" with a lowercase UUID "
                                  "as the id, so CoopAtlas cannot store it."),
            id};
    }
    for (const QString &field : requiredFields(parsed->first)) {
        if (document.value(field).toString().isEmpty()) {
            return Error{
                DocumentCodecText::tr("The field \"%1\" is missing or empty, and every record of "
                                      "this kind needs it.")
                    .arg(field),
                id};
        }
    }
    for (auto it = document.begin(); it != document.end(); ++it) {
        if (containsNul(it.value())) {
            return Error{
                DocumentCodecText::tr("The field \"%1\" contains a NUL character, which CoopAtlas "
                                      "cannot store. Remove it on the server.")
                    .arg(it.key()),
                id};
        }
    }
    return {};
}

bool DocumentCodec::isBookkeepingField(const QString &field)
{
    return field.startsWith(QLatin1Char('_')) || field == QLatin1String("created_at")
           || field == QLatin1String("created_by") || field == QLatin1String("updated_at")
           || field == QLatin1String("updated_by") || field == QLatin1String("resolved_into");
}

QJsonObject DocumentCodec::content(const QJsonObject &document)
{
    QJsonObject content;
    for (auto it = document.begin(); it != document.end(); ++it) {
        if (!isBookkeepingField(it.key())) {
            content.insert(it.key(), it.value());
        }
    }
    return content;
}

bool DocumentCodec::sameContent(const QJsonObject &a, const QJsonObject &b)
{
    return content(a) == content(b);
}

} // namespace CoopAtlas::Core
