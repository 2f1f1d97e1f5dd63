// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/sync/documentcodec.h>

#include <QJsonArray>
#include <QTest>

using namespace CoopAtlas::Core;

namespace {

const QString OrgId = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");

RecordMeta sampleMeta(const QString &id)
{
    RecordMeta meta;
    meta.id = id;
    meta.createdAt = QDateTime(QDate(2026, 1, 31), QTime(9, 30, 0, 125), Qt::UTC);
    meta.updatedAt = QDateTime(QDate(2026, 2, 1), QTime(17, 5, 59, 999), Qt::UTC);
    meta.createdBy = QStringLiteral("Zoë Dupré");
    meta.updatedBy = QStringLiteral("Jan Peeters");
    meta.serverRevision = QStringLiteral("3-abc");
    meta.dirty = false;
    meta.deleted = true;
    return meta;
}

ContactValue
contact(const QString &value, const QStringList &types, const QString &label, bool primary)
{
    ContactValue contactValue;
    contactValue.value = value;
    contactValue.types = types;
    contactValue.label = label;
    contactValue.primary = primary;
    return contactValue;
}

Organisation fullOrganisation()
{
    Organisation org;
    org.meta = sampleMeta(OrgId);
    org.name = QStringLiteral("Coopérative « Énergie » Saint-Gilles");
    org.kind = QStringLiteral("project-holder");
    org.legalForm = QStringLiteral("SC");
    org.sectors = {QStringLiteral("energy"), QStringLiteral("mobility")};
    org.stage = QStringLiteral("launched");
    org.founded = QDate(2019, 3, 14);
    org.closed = QDate(2025, 12, 31);
    org.street = QStringLiteral("Rue de l'Église 7");
    org.postcode = QStringLiteral("1060");
    org.locality = QStringLiteral("Saint-Gilles");
    org.commune = QStringLiteral("saint-gilles");
    org.country = QStringLiteral("BE");
    org.websites = {QStringLiteral("https://energie.example")};
    org.emails = {contact(QStringLiteral("info@energie.example"),
                          {QStringLiteral("work")},
                          QStringLiteral("Accueil"),
                          true)};
    org.phones = {contact(QStringLiteral("+32 2 123 45 67"), {}, {}, false)};
    org.description = QStringLiteral("Énergie partagée\nsur deux lignes");
    org.cooperativeModel = QStringLiteral("multi-stakeholder");
    org.memberCount = 0;
    org.tags = {QStringLiteral("solaire"), QString()};
    org.languages = {QStringLiteral("fr"), QStringLiteral("nl")};
    org.source = QStringLiteral("annuaire.csv");
    org.extra = {{QStringLiteral("siret"), QStringLiteral("n/a")},
                 {QStringLiteral("score"), 4.5},
                 {QStringLiteral("empty"), QJsonValue()}};
    return org;
}

Person fullPerson()
{
    Person person;
    person.meta = sampleMeta(QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c"));
    person.formattedName = QStringLiteral("Åsa Nuñez-Ødegaard");
    person.givenName = QStringLiteral("Åsa");
    person.familyName = QStringLiteral("Nuñez-Ødegaard");
    person.additionalNames = QStringLiteral("Maria");
    person.prefix = QStringLiteral("Dr.");
    person.suffix = QStringLiteral("PhD");
    person.nickname = QStringLiteral("Åsi");
    person.organisationName = QStringLiteral("SMart; Bruxelles");
    person.title = QStringLiteral("Chargée de projet");
    person.role = QStringLiteral("coach");
    person.emails = {contact(QStringLiteral("asa@example.org"),
                             {QStringLiteral("work"), QStringLiteral("pref")},
                             {},
                             true),
                     contact(QStringLiteral("asa@home.example"),
                             {QStringLiteral("home")},
                             QStringLiteral("privé"),
                             false)};
    person.phones
        = {contact(QStringLiteral("+32 470 00 00 00"), {QStringLiteral("cell")}, {}, false)};
    PostalAddress address;
    address.types = {QStringLiteral("work")};
    address.poBox = QStringLiteral("BP 12");
    address.extended = QStringLiteral("2e étage");
    address.street = QStringLiteral("Rue Coenraets 72");
    address.locality = QStringLiteral("Saint-Gilles");
    address.region = QStringLiteral("Bruxelles-Capitale");
    address.postcode = QStringLiteral("1060");
    address.country = QStringLiteral("Belgique");
    address.label = QStringLiteral("Bureau");
    person.addresses = {address};
    person.websites = {QStringLiteral("https://asa.example")};
    person.languages = {QStringLiteral("sv"), QStringLiteral("fr")};
    person.birthday = QStringLiteral("--04-30");
    person.notes = QStringLiteral("Rencontrée à l'événement « Coop Days »");
    person.consentBasis = QStringLiteral("consent");
    person.consentDate = QDate(2026, 1, 2);
    person.consentSource = QStringLiteral("formulaire papier");
    person.photo = QByteArray("\x89PNG\r\n\x1a\n\x00\xff", 10);
    person.photoMimeType = QStringLiteral("image/png");
    person.source = QStringLiteral("contacts.vcf");
    person.extra = {{QStringLiteral("X-PRONOUNS"), QStringLiteral("elle")}};
    return person;
}

Link fullLink()
{
    Link link;
    link.meta = sampleMeta(QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5d"));
    link.fromId = OrgId;
    link.toId = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c");
    link.type = QStringLiteral("works-at");
    link.start = QDate(2024, 9, 1);
    link.end = QDate(2025, 8, 31);
    link.note = QStringLiteral("Mi-temps, « détachée »");
    link.source = QStringLiteral("saisie");
    return link;
}

Note fullNote()
{
    Note note;
    note.meta = sampleMeta(QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5e"));
    note.recordId = OrgId;
    note.recordKind = RecordKind::Person;
    note.at = QDateTime(QDate(2026, 3, 5), QTime(14, 0, 0, 1), Qt::UTC);
    note.kind = QStringLiteral("meeting");
    note.text = QStringLiteral("Réunion à Schaerbeek — suite en août");
    note.author = QStringLiteral("Zoë");
    return note;
}

TaxonomyTerm fullTerm()
{
    TaxonomyTerm term;
    term.meta = sampleMeta(QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5f"));
    term.vocabulary = QStringLiteral("sector");
    term.key = QStringLiteral("agro-ecologie");
    term.labelEn = QStringLiteral("Agro-ecology");
    term.labelFr = QStringLiteral("Agroécologie");
    term.labelNl = QStringLiteral("Agro-ecologie");
    term.position = 7;
    return term;
}

QJsonArray texts(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

class tst_DocumentCodec : public QObject
{
    Q_OBJECT

private slots:
    void documentIdRoundTrip();
    void documentIdRejectsMalformed();
    void metaFieldsEncoded();
    void organisationFieldsEncoded();
    void organisationRoundTrip();
    void emptyOrganisationUsesNulls();
    void personFieldsEncoded();
    void personRoundTrip();
    void emptyPersonRoundTrip();
    void linkFieldsEncoded();
    void linkRoundTrip();
    void noteFieldsEncoded();
    void noteRoundTrip();
    void termFieldsEncoded();
    void termRoundTrip();
    void documentRoundTripIsExact();
    void decodeRejectsWrongType();
    void decodeRejectsOtherSchema();
    void decodeRejectsWrongFieldType();
    void contentLeavesOutBookkeeping();
    void storableAcceptsEncodedRecord();
    void storableRejectsMalformedIds();
    void storableRejectsMissingRequiredField();
    void storableRejectsNulCharacter();
};

void tst_DocumentCodec::documentIdRoundTrip()
{
    QCOMPARE(DocumentCodec::documentId(RecordKind::Taxonomy, OrgId),
             QStringLiteral("taxonomy:") + OrgId);
    const auto parsed = DocumentCodec::parseDocumentId(QStringLiteral("person:") + OrgId);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->first, RecordKind::Person);
    QCOMPARE(parsed->second, OrgId);
}

void tst_DocumentCodec::documentIdRejectsMalformed()
{
    QVERIFY(!DocumentCodec::parseDocumentId(QStringLiteral("_design/coopatlas")));
    QVERIFY(!DocumentCodec::parseDocumentId(QStringLiteral("meeting:") + OrgId));
    QVERIFY(!DocumentCodec::parseDocumentId(QStringLiteral("person:")));
    QVERIFY(!DocumentCodec::parseDocumentId(QStringLiteral(":") + OrgId));
    QVERIFY(!DocumentCodec::parseDocumentId(QString()));
}

void tst_DocumentCodec::metaFieldsEncoded()
{
    const QJsonObject doc = DocumentCodec::encode(fullOrganisation());
    QCOMPARE(doc.value(QStringLiteral("_id")).toString(), QStringLiteral("organisation:") + OrgId);
    QCOMPARE(doc.value(QStringLiteral("_rev")).toString(), QStringLiteral("3-abc"));
    QCOMPARE(doc.value(QStringLiteral("type")).toString(), QStringLiteral("organisation"));
    QCOMPARE(doc.value(QStringLiteral("schema")).toInt(), 1);
    QCOMPARE(doc.value(QStringLiteral("created_at")).toString(),
             QStringLiteral("2026-01-31T09:30:00.125Z"));
    QCOMPARE(doc.value(QStringLiteral("updated_at")).toString(),
             QStringLiteral("2026-02-01T17:05:59.999Z"));
    QCOMPARE(doc.value(QStringLiteral("created_by")).toString(), QStringLiteral("Zoë Dupré"));
    QCOMPARE(doc.value(QStringLiteral("updated_by")).toString(), QStringLiteral("Jan Peeters"));
    QCOMPARE(doc.value(QStringLiteral("deleted")), QJsonValue(true));
    QVERIFY(!doc.contains(QStringLiteral("dirty")));

    Organisation unsynced = fullOrganisation();
    unsynced.meta.serverRevision.clear();
    QVERIFY(!DocumentCodec::encode(unsynced).contains(QStringLiteral("_rev")));
}

void tst_DocumentCodec::organisationFieldsEncoded()
{
    const QJsonObject doc = DocumentCodec::encode(fullOrganisation());
    QCOMPARE(doc.value(QStringLiteral("name")).toString(),
             QStringLiteral("Coopérative « Énergie » Saint-Gilles"));
    QCOMPARE(doc.value(QStringLiteral("kind")).toString(), QStringLiteral("project-holder"));
    QCOMPARE(doc.value(QStringLiteral("legal_form")).toString(), QStringLiteral("SC"));
    QCOMPARE(doc.value(QStringLiteral("sectors")).toArray(),
             texts({QStringLiteral("energy"), QStringLiteral("mobility")}));
    QCOMPARE(doc.value(QStringLiteral("stage")).toString(), QStringLiteral("launched"));
    QCOMPARE(doc.value(QStringLiteral("founded")).toString(), QStringLiteral("2019-03-14"));
    QCOMPARE(doc.value(QStringLiteral("closed")).toString(), QStringLiteral("2025-12-31"));
    QCOMPARE(doc.value(QStringLiteral("street")).toString(), QStringLiteral("Rue de l'Église 7"));
    QCOMPARE(doc.value(QStringLiteral("postcode")).toString(), QStringLiteral("1060"));
    QCOMPARE(doc.value(QStringLiteral("locality")).toString(), QStringLiteral("Saint-Gilles"));
    QCOMPARE(doc.value(QStringLiteral("commune")).toString(), QStringLiteral("saint-gilles"));
    QCOMPARE(doc.value(QStringLiteral("country")).toString(), QStringLiteral("BE"));
    QCOMPARE(doc.value(QStringLiteral("websites")).toArray(),
             texts({QStringLiteral("https://energie.example")}));
    const QJsonObject email{{QStringLiteral("value"), QStringLiteral("info@energie.example")},
                            {QStringLiteral("types"), texts({QStringLiteral("work")})},
                            {QStringLiteral("label"), QStringLiteral("Accueil")},
                            {QStringLiteral("primary"), true}};
    QCOMPARE(doc.value(QStringLiteral("emails")).toArray(), QJsonArray{email});
    const QJsonObject phone{{QStringLiteral("value"), QStringLiteral("+32 2 123 45 67")}};
    QCOMPARE(doc.value(QStringLiteral("phones")).toArray(), QJsonArray{phone});
    QCOMPARE(doc.value(QStringLiteral("description")).toString(),
             QStringLiteral("Énergie partagée\nsur deux lignes"));
    QCOMPARE(doc.value(QStringLiteral("cooperative_model")).toString(),
             QStringLiteral("multi-stakeholder"));
    QCOMPARE(doc.value(QStringLiteral("member_count")), QJsonValue(0));
    QCOMPARE(doc.value(QStringLiteral("tags")).toArray(),
             texts({QStringLiteral("solaire"), QString()}));
    QCOMPARE(doc.value(QStringLiteral("languages")).toArray(),
             texts({QStringLiteral("fr"), QStringLiteral("nl")}));
    QCOMPARE(doc.value(QStringLiteral("source")).toString(), QStringLiteral("annuaire.csv"));
    QCOMPARE(doc.value(QStringLiteral("extra")).toObject(), fullOrganisation().extra);
    QCOMPARE(doc.size(), 22 + 9);
}

void tst_DocumentCodec::organisationRoundTrip()
{
    const Organisation original = fullOrganisation();
    auto decoded = DocumentCodec::decode(DocumentCodec::encode(original));
    QVERIFY2(decoded.ok(), qPrintable(decoded ? QString() : decoded.error().text()));
    const auto &org = std::get<Organisation>(*decoded);
    QCOMPARE(org.meta.id, original.meta.id);
    QCOMPARE(org.meta.createdAt, original.meta.createdAt);
    QCOMPARE(org.meta.updatedAt, original.meta.updatedAt);
    QCOMPARE(org.meta.createdBy, original.meta.createdBy);
    QCOMPARE(org.meta.updatedBy, original.meta.updatedBy);
    QCOMPARE(org.meta.serverRevision, original.meta.serverRevision);
    QCOMPARE(org.meta.deleted, true);
    QCOMPARE(org.meta.dirty, false);
    QCOMPARE(org.name, original.name);
    QCOMPARE(org.kind, original.kind);
    QCOMPARE(org.legalForm, original.legalForm);
    QCOMPARE(org.sectors, original.sectors);
    QCOMPARE(org.stage, original.stage);
    QCOMPARE(org.founded, original.founded);
    QCOMPARE(org.closed, original.closed);
    QCOMPARE(org.street, original.street);
    QCOMPARE(org.postcode, original.postcode);
    QCOMPARE(org.locality, original.locality);
    QCOMPARE(org.commune, original.commune);
    QCOMPARE(org.country, original.country);
    QCOMPARE(org.websites, original.websites);
    QCOMPARE(org.emails, original.emails);
    QCOMPARE(org.phones, original.phones);
    QCOMPARE(org.description, original.description);
    QCOMPARE(org.cooperativeModel, original.cooperativeModel);
    QCOMPARE(org.memberCount, original.memberCount);
    QCOMPARE(org.tags, original.tags);
    QCOMPARE(org.languages, original.languages);
    QCOMPARE(org.source, original.source);
    QCOMPARE(org.extra, original.extra);
}

void tst_DocumentCodec::emptyOrganisationUsesNulls()
{
    Organisation empty;
    empty.meta.id = OrgId;
    const QJsonObject doc = DocumentCodec::encode(empty);
    QCOMPARE(doc.value(QStringLiteral("name")), QJsonValue(QString()));
    QCOMPARE(doc.value(QStringLiteral("founded")), QJsonValue());
    QCOMPARE(doc.value(QStringLiteral("closed")), QJsonValue());
    QCOMPARE(doc.value(QStringLiteral("member_count")), QJsonValue());
    QCOMPARE(doc.value(QStringLiteral("created_at")), QJsonValue());
    QCOMPARE(doc.value(QStringLiteral("sectors")).toArray(), QJsonArray());
    QCOMPARE(doc.value(QStringLiteral("extra")).toObject(), QJsonObject());
    QCOMPARE(doc.value(QStringLiteral("deleted")), QJsonValue(false));

    auto decoded = DocumentCodec::decode(doc);
    QVERIFY(decoded.ok());
    const auto &org = std::get<Organisation>(*decoded);
    QVERIFY(!org.founded.isValid());
    QVERIFY(!org.memberCount.has_value());
    QVERIFY(!org.meta.createdAt.isValid());
    QVERIFY(org.name.isEmpty());
    QCOMPARE(DocumentCodec::encode(*decoded), doc);
}

void tst_DocumentCodec::personFieldsEncoded()
{
    const Person person = fullPerson();
    const QJsonObject doc = DocumentCodec::encode(person);
    QCOMPARE(doc.value(QStringLiteral("type")).toString(), QStringLiteral("person"));
    QCOMPARE(doc.value(QStringLiteral("formatted_name")).toString(), person.formattedName);
    QCOMPARE(doc.value(QStringLiteral("given_name")).toString(), person.givenName);
    QCOMPARE(doc.value(QStringLiteral("family_name")).toString(), person.familyName);
    QCOMPARE(doc.value(QStringLiteral("additional_names")).toString(), person.additionalNames);
    QCOMPARE(doc.value(QStringLiteral("prefix")).toString(), person.prefix);
    QCOMPARE(doc.value(QStringLiteral("suffix")).toString(), person.suffix);
    QCOMPARE(doc.value(QStringLiteral("nickname")).toString(), person.nickname);
    QCOMPARE(doc.value(QStringLiteral("organisation_name")).toString(), person.organisationName);
    QCOMPARE(doc.value(QStringLiteral("title")).toString(), person.title);
    QCOMPARE(doc.value(QStringLiteral("role")).toString(), person.role);
    QCOMPARE(doc.value(QStringLiteral("emails")).toArray().size(), 2);
    QCOMPARE(doc.value(QStringLiteral("emails"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .value(QStringLiteral("label")),
             QJsonValue(QStringLiteral("privé")));
    QCOMPARE(doc.value(QStringLiteral("phones")).toArray().size(), 1);
    const QJsonObject address = doc.value(QStringLiteral("addresses")).toArray().at(0).toObject();
    QCOMPARE(address.value(QStringLiteral("extended")).toString(), QStringLiteral("2e étage"));
    QCOMPARE(address.value(QStringLiteral("locality")).toString(), QStringLiteral("Saint-Gilles"));
    QCOMPARE(doc.value(QStringLiteral("websites")).toArray(), texts(person.websites));
    QCOMPARE(doc.value(QStringLiteral("languages")).toArray(), texts(person.languages));
    QCOMPARE(doc.value(QStringLiteral("birthday")).toString(), QStringLiteral("--04-30"));
    QCOMPARE(doc.value(QStringLiteral("notes")).toString(), person.notes);
    QCOMPARE(doc.value(QStringLiteral("consent_basis")).toString(), QStringLiteral("consent"));
    QCOMPARE(doc.value(QStringLiteral("consent_date")).toString(), QStringLiteral("2026-01-02"));
    QCOMPARE(doc.value(QStringLiteral("consent_source")).toString(), person.consentSource);
    QCOMPARE(doc.value(QStringLiteral("photo")).toString(), QStringLiteral("iVBORw0KGgoA/w=="));
    QCOMPARE(doc.value(QStringLiteral("photo_mime_type")).toString(), QStringLiteral("image/png"));
    QCOMPARE(doc.value(QStringLiteral("source")).toString(), QStringLiteral("contacts.vcf"));
    QCOMPARE(doc.value(QStringLiteral("extra")).toObject(), person.extra);
    QCOMPARE(doc.size(), 24 + 9);
}

void tst_DocumentCodec::personRoundTrip()
{
    const Person original = fullPerson();
    auto decoded = DocumentCodec::decode(DocumentCodec::encode(original));
    QVERIFY(decoded.ok());
    const auto &person = std::get<Person>(*decoded);
    QCOMPARE(person.meta.id, original.meta.id);
    QCOMPARE(person.formattedName, original.formattedName);
    QCOMPARE(person.givenName, original.givenName);
    QCOMPARE(person.familyName, original.familyName);
    QCOMPARE(person.additionalNames, original.additionalNames);
    QCOMPARE(person.prefix, original.prefix);
    QCOMPARE(person.suffix, original.suffix);
    QCOMPARE(person.nickname, original.nickname);
    QCOMPARE(person.organisationName, original.organisationName);
    QCOMPARE(person.title, original.title);
    QCOMPARE(person.role, original.role);
    QCOMPARE(person.emails, original.emails);
    QCOMPARE(person.phones, original.phones);
    QCOMPARE(person.addresses, original.addresses);
    QCOMPARE(person.websites, original.websites);
    QCOMPARE(person.languages, original.languages);
    QCOMPARE(person.birthday, original.birthday);
    QCOMPARE(person.notes, original.notes);
    QCOMPARE(person.consentBasis, original.consentBasis);
    QCOMPARE(person.consentDate, original.consentDate);
    QCOMPARE(person.consentSource, original.consentSource);
    QCOMPARE(person.photo, original.photo);
    QCOMPARE(person.photoMimeType, original.photoMimeType);
    QCOMPARE(person.source, original.source);
    QCOMPARE(person.extra, original.extra);
}

void tst_DocumentCodec::emptyPersonRoundTrip()
{
    Person empty;
    empty.meta.id = OrgId;
    const QJsonObject doc = DocumentCodec::encode(empty);
    QCOMPARE(doc.value(QStringLiteral("photo")), QJsonValue());
    QCOMPARE(doc.value(QStringLiteral("consent_date")), QJsonValue());
    QCOMPARE(doc.value(QStringLiteral("addresses")).toArray(), QJsonArray());
    auto decoded = DocumentCodec::decode(doc);
    QVERIFY(decoded.ok());
    QVERIFY(std::get<Person>(*decoded).photo.isEmpty());
    QCOMPARE(DocumentCodec::encode(*decoded), doc);
}

void tst_DocumentCodec::linkFieldsEncoded()
{
    const QJsonObject doc = DocumentCodec::encode(fullLink());
    QCOMPARE(doc.value(QStringLiteral("type")).toString(), QStringLiteral("link"));
    QCOMPARE(doc.value(QStringLiteral("from_id")).toString(), OrgId);
    QCOMPARE(doc.value(QStringLiteral("to_id")).toString(),
             QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c"));
    QCOMPARE(doc.value(QStringLiteral("link_type")).toString(), QStringLiteral("works-at"));
    QCOMPARE(doc.value(QStringLiteral("start_date")).toString(), QStringLiteral("2024-09-01"));
    QCOMPARE(doc.value(QStringLiteral("end_date")).toString(), QStringLiteral("2025-08-31"));
    QCOMPARE(doc.value(QStringLiteral("note")).toString(),
             QStringLiteral("Mi-temps, « détachée »"));
    QCOMPARE(doc.value(QStringLiteral("source")).toString(), QStringLiteral("saisie"));
    QCOMPARE(doc.size(), 7 + 9);
}

void tst_DocumentCodec::linkRoundTrip()
{
    const Link original = fullLink();
    auto decoded = DocumentCodec::decode(DocumentCodec::encode(original));
    QVERIFY(decoded.ok());
    const auto &link = std::get<Link>(*decoded);
    QCOMPARE(link.meta.id, original.meta.id);
    QCOMPARE(link.fromId, original.fromId);
    QCOMPARE(link.toId, original.toId);
    QCOMPARE(link.type, original.type);
    QCOMPARE(link.start, original.start);
    QCOMPARE(link.end, original.end);
    QCOMPARE(link.note, original.note);
    QCOMPARE(link.source, original.source);

    Link ongoing = original;
    ongoing.end = QDate();
    const QJsonObject doc = DocumentCodec::encode(ongoing);
    QCOMPARE(doc.value(QStringLiteral("end_date")), QJsonValue());
    QVERIFY(!std::get<Link>(*DocumentCodec::decode(doc)).end.isValid());
}

void tst_DocumentCodec::noteFieldsEncoded()
{
    const QJsonObject doc = DocumentCodec::encode(fullNote());
    QCOMPARE(doc.value(QStringLiteral("type")).toString(), QStringLiteral("note"));
    QCOMPARE(doc.value(QStringLiteral("record_id")).toString(), OrgId);
    QCOMPARE(doc.value(QStringLiteral("record_kind")).toString(), QStringLiteral("person"));
    QCOMPARE(doc.value(QStringLiteral("at")).toString(),
             QStringLiteral("2026-03-05T14:00:00.001Z"));
    QCOMPARE(doc.value(QStringLiteral("kind")).toString(), QStringLiteral("meeting"));
    QCOMPARE(doc.value(QStringLiteral("text")).toString(),
             QStringLiteral("Réunion à Schaerbeek — suite en août"));
    QCOMPARE(doc.value(QStringLiteral("author")).toString(), QStringLiteral("Zoë"));
    QCOMPARE(doc.size(), 6 + 9);
}

void tst_DocumentCodec::noteRoundTrip()
{
    const Note original = fullNote();
    auto decoded = DocumentCodec::decode(DocumentCodec::encode(original));
    QVERIFY(decoded.ok());
    const auto &note = std::get<Note>(*decoded);
    QCOMPARE(note.meta.id, original.meta.id);
    QCOMPARE(note.recordId, original.recordId);
    QCOMPARE(note.recordKind, original.recordKind);
    QCOMPARE(note.at, original.at);
    QCOMPARE(note.kind, original.kind);
    QCOMPARE(note.text, original.text);
    QCOMPARE(note.author, original.author);

    Note undated = original;
    undated.at = QDateTime();
    const QJsonObject doc = DocumentCodec::encode(undated);
    QCOMPARE(doc.value(QStringLiteral("at")), QJsonValue());
    QVERIFY(!std::get<Note>(*DocumentCodec::decode(doc)).at.isValid());
}

void tst_DocumentCodec::termFieldsEncoded()
{
    const QJsonObject doc = DocumentCodec::encode(fullTerm());
    QCOMPARE(doc.value(QStringLiteral("type")).toString(), QStringLiteral("taxonomy"));
    QCOMPARE(doc.value(QStringLiteral("vocabulary")).toString(), QStringLiteral("sector"));
    QCOMPARE(doc.value(QStringLiteral("key")).toString(), QStringLiteral("agro-ecologie"));
    QCOMPARE(doc.value(QStringLiteral("label_en")).toString(), QStringLiteral("Agro-ecology"));
    QCOMPARE(doc.value(QStringLiteral("label_fr")).toString(), QStringLiteral("Agroécologie"));
    QCOMPARE(doc.value(QStringLiteral("label_nl")).toString(), QStringLiteral("Agro-ecologie"));
    QCOMPARE(doc.value(QStringLiteral("position")), QJsonValue(7));
    QCOMPARE(doc.size(), 6 + 9);
}

void tst_DocumentCodec::termRoundTrip()
{
    const TaxonomyTerm original = fullTerm();
    auto decoded = DocumentCodec::decode(DocumentCodec::encode(original));
    QVERIFY(decoded.ok());
    const auto &term = std::get<TaxonomyTerm>(*decoded);
    QCOMPARE(term.meta.id, original.meta.id);
    QCOMPARE(term.vocabulary, original.vocabulary);
    QCOMPARE(term.key, original.key);
    QCOMPARE(term.labelEn, original.labelEn);
    QCOMPARE(term.labelFr, original.labelFr);
    QCOMPARE(term.labelNl, original.labelNl);
    QCOMPARE(term.position, original.position);
}

void tst_DocumentCodec::documentRoundTripIsExact()
{
    const QList<SyncRecord> records{
        fullOrganisation(), fullPerson(), fullLink(), fullNote(), fullTerm()};
    for (const SyncRecord &record : records) {
        const QJsonObject doc = DocumentCodec::encode(record);
        auto decoded = DocumentCodec::decode(doc);
        QVERIFY(decoded.ok());
        QCOMPARE(kindOf(*decoded), kindOf(record));
        QCOMPARE(DocumentCodec::encode(*decoded), doc);
    }
}

void tst_DocumentCodec::decodeRejectsWrongType()
{
    QJsonObject doc = DocumentCodec::encode(fullOrganisation());
    doc.insert(QStringLiteral("type"), QStringLiteral("person"));
    auto decoded = DocumentCodec::decode(doc);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().context, QStringLiteral("organisation:") + OrgId);
    QVERIFY(decoded.error().message.contains(QStringLiteral("\"person\"")));
}

void tst_DocumentCodec::decodeRejectsOtherSchema()
{
    QJsonObject doc = DocumentCodec::encode(fullOrganisation());
    doc.insert(QStringLiteral("schema"), 2);
    auto decoded = DocumentCodec::decode(doc);
    QVERIFY(!decoded.ok());
    QVERIFY(decoded.error().message.contains(QStringLiteral("schema 2")));
}

void tst_DocumentCodec::decodeRejectsWrongFieldType()
{
    QJsonObject doc = DocumentCodec::encode(fullOrganisation());
    doc.insert(QStringLiteral("member_count"), QStringLiteral("twelve"));
    auto decoded = DocumentCodec::decode(doc);
    QVERIFY(!decoded.ok());
    QVERIFY(decoded.error().message.contains(QStringLiteral("\"member_count\"")));

    doc = DocumentCodec::encode(fullOrganisation());
    doc.insert(QStringLiteral("founded"), QStringLiteral("14/03/2019"));
    decoded = DocumentCodec::decode(doc);
    QVERIFY(!decoded.ok());
    QVERIFY(decoded.error().message.contains(QStringLiteral("\"founded\"")));
}

void tst_DocumentCodec::contentLeavesOutBookkeeping()
{
    QJsonObject a = DocumentCodec::encode(fullOrganisation());
    QJsonObject b = a;
    b.insert(QStringLiteral("_rev"), QStringLiteral("9-zzz"));
    b.insert(QStringLiteral("updated_at"), QStringLiteral("2027-01-01T00:00:00.000Z"));
    b.insert(QStringLiteral("created_by"), QStringLiteral("someone else"));
    b.insert(QStringLiteral("_conflicts"), QJsonArray{QStringLiteral("2-x")});
    QVERIFY(DocumentCodec::sameContent(a, b));
    b.insert(QStringLiteral("name"), QStringLiteral("Autre nom"));
    QVERIFY(!DocumentCodec::sameContent(a, b));
    QVERIFY(!DocumentCodec::content(a).contains(QStringLiteral("_id")));
    QVERIFY(DocumentCodec::content(a).contains(QStringLiteral("type")));
}

void tst_DocumentCodec::storableAcceptsEncodedRecord()
{
    QVERIFY(DocumentCodec::checkStorable(DocumentCodec::encode(fullOrganisation())).ok());
}

void tst_DocumentCodec::storableRejectsMalformedIds()
{
    const QStringList ids{QStringLiteral("organisation:../../etc"),
                          QString(QStringLiteral("organisation:") + OrgId.toUpper()),
                          QString(QStringLiteral("organisation:") + OrgId + QStringLiteral(" "))};
    for (const QString &id : ids) {
        QJsonObject doc = DocumentCodec::encode(fullOrganisation());
        doc.insert(QStringLiteral("_id"), id);
        auto checked = DocumentCodec::checkStorable(doc);
        QVERIFY2(!checked.ok(), qPrintable(id));
        QCOMPARE(checked.error().context, id);
        QVERIFY(checked.error().message.contains(QStringLiteral("lowercase UUID")));
    }
}

void tst_DocumentCodec::storableRejectsMissingRequiredField()
{
    QJsonObject doc = DocumentCodec::encode(fullOrganisation());
    doc.remove(QStringLiteral("name"));
    QVERIFY(DocumentCodec::decode(doc).ok());
    auto checked = DocumentCodec::checkStorable(doc);
    QVERIFY(!checked.ok());
    QVERIFY(checked.error().message.contains(QStringLiteral("\"name\"")));
}

void tst_DocumentCodec::storableRejectsNulCharacter()
{
    QJsonObject doc = DocumentCodec::encode(fullOrganisation());
    doc.insert(QStringLiteral("tags"),
               QJsonArray{QStringLiteral("ok"), QString(QStringLiteral("a") + QChar(u'\0'))});
    auto checked = DocumentCodec::checkStorable(doc);
    QVERIFY(!checked.ok());
    QVERIFY(checked.error().message.contains(QStringLiteral("\"tags\"")));
    QVERIFY(checked.error().message.contains(QStringLiteral("NUL")));
}

QTEST_GUILESS_MAIN(tst_DocumentCodec)
#include "tst_documentcodec.moc"
