// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/storage/store.h>

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace CoopAtlas::Core;

namespace {

Organisation energiris()
{
    Organisation org;
    org.name = QStringLiteral("Énergiris");
    org.kind = QStringLiteral("project-holder");
    org.legalForm = QStringLiteral("SCRL");
    org.sectors = {QStringLiteral("energy"), QStringLiteral("housing")};
    org.stage = QStringLiteral("launched");
    org.founded = QDate(2019, 3, 14);
    org.street = QStringLiteral("Rue de la Loi 16");
    org.postcode = QStringLiteral("1000");
    org.locality = QStringLiteral("Bruxelles");
    org.commune = QStringLiteral("bruxelles");
    org.country = QStringLiteral("BE");
    org.websites = {QStringLiteral("https://energiris.example.org")};
    org.emails = {{QStringLiteral("info@energiris.example.org"),
                   {QStringLiteral("work")},
                   QStringLiteral("General"),
                   true}};
    org.phones = {{QStringLiteral("+32 2 123 45 67"), {QStringLiteral("voice")}, {}, false}};
    org.description = QStringLiteral("Citizen energy cooperative for Brussels households.");
    org.cooperativeModel = QStringLiteral("user-owned");
    org.tags = {QStringLiteral("solar"), QStringLiteral("citizens")};
    org.languages = {QStringLiteral("fr"), QStringLiteral("nl")};
    org.source = QStringLiteral("directory.csv");
    org.extra = QJsonObject{{QStringLiteral("vat"), QStringLiteral("BE0123456789")},
                            {QStringLiteral("shares"), QJsonArray{10, 20}}};
    return org;
}

Organisation named(const QString &name, const QString &kind = QStringLiteral("project-holder"))
{
    Organisation org;
    org.name = name;
    org.kind = kind;
    return org;
}

Person alice()
{
    Person person;
    person.formattedName = QStringLiteral("Alice Dubois");
    person.givenName = QStringLiteral("Alice");
    person.familyName = QStringLiteral("Dubois");
    person.organisationName = QStringLiteral("Febecoop");
    person.title = QStringLiteral("Coordinator");
    person.emails
        = {{QStringLiteral("alice@febecoop.example.org"), {}, {}, false},
           {QStringLiteral("alice.home@example.org"), {QStringLiteral("home")}, {}, true}};
    person.phones = {{QStringLiteral("+32 470 00 00 00"), {QStringLiteral("cell")}, {}, false}};
    PostalAddress address;
    address.types = {QStringLiteral("work")};
    address.street = QStringLiteral("Chaussée de Gand 1");
    address.locality = QStringLiteral("Molenbeek-Saint-Jean");
    address.postcode = QStringLiteral("1080");
    address.country = QStringLiteral("Belgium");
    person.addresses = {address};
    person.languages = {QStringLiteral("fr")};
    person.birthday = QStringLiteral("--04-12");
    person.consentBasis = QStringLiteral("consent");
    person.consentDate = QDate(2026, 1, 15);
    person.consentSource = QStringLiteral("workshop sign-up sheet");
    person.photo = QByteArray("\x89PNG\r\n\x1a\n\x00\x01\x02\xff", 12);
    person.photoMimeType = QStringLiteral("image/png");
    person.extra = QJsonObject{{QStringLiteral("X-TWITTER"), QStringLiteral("@alice")}};
    return person;
}

} // namespace

class tst_Store : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void organisationRoundTrip();
    void organisationKeepsGivenId();
    void organisationMemberCountWhenSet();
    void organisationUpdate();
    void organisationValidationErrors();
    void organisationUnknownTermsRejected();
    void duplicateIdRejected();
    void personRoundTrip();
    void personUpdate();
    void linkRoundTrip();
    void linkValidationErrors();
    void linkNamesFollowRename();
    void noteRoundTrip();
    void noteOnMissingRecordRejected();
    void termCreateEditDeleteRestore();
    void termDuplicateKeyRejected();
    void removeTombstonesLinksAndNotes();
    void restoreClearsTombstones();
    void updateOfDeletedRecordRejected();
    void describeRecords();
    void searchIgnoresAccents();
    void searchFindsDescriptionWord();
    void searchMatchesPrefix();
    void searchHostileText_data();
    void searchHostileText();
    void searchSkipsTombstones();
    void searchFindsPersonEmailAndNote();
    void pageSortsByName();
    void pageSortsDescendingAndByDate();
    void pageFiltersByKindAndText();
    void pageListsPeopleAndLinks();
    void growthByKindAndStage();
    void foundingsByFirstSector();
    void countsByCommune();
    void failedInsertInOuterTransactionRollsBack();
    void failedInsertKeepsOuterTransactionUsable();
    void changedAfterCommitOnly();
    void metadataRoundTrip();

private:
    QString addOrganisation(const Organisation &org);
    QString addPerson(const Person &person);

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    int m_fileNumber = 0;
};

void tst_Store::init()
{
    auto db
        = Database::open(m_dir.filePath(QStringLiteral("store-%1.coopatlas").arg(++m_fileNumber)));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().text()));
    (*db)->setAuthor(QStringLiteral("alice@saw-b"));
    m_store = std::make_unique<Store>(std::move(db).value());
}

void tst_Store::cleanup()
{
    m_store.reset();
}

QString tst_Store::addOrganisation(const Organisation &org)
{
    auto id = m_store->insertOrganisation(org);
    if (!id) {
        qWarning() << "insertOrganisation failed:" << id.error().text();
        return {};
    }
    return *id;
}

QString tst_Store::addPerson(const Person &person)
{
    auto id = m_store->insertPerson(person);
    if (!id) {
        qWarning() << "insertPerson failed:" << id.error().text();
        return {};
    }
    return *id;
}

void tst_Store::organisationRoundTrip()
{
    const Organisation written = energiris();
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const QString id = addOrganisation(written);
    QCOMPARE(id.size(), 36);
    QCOMPARE(id.at(14), QLatin1Char('7'));

    auto read = m_store->organisation(id);
    QVERIFY(read.ok());
    const Organisation &org = *read;
    QCOMPARE(org.meta.id, id);
    QCOMPARE(org.meta.createdBy, QStringLiteral("alice@saw-b"));
    QCOMPARE(org.meta.updatedBy, QStringLiteral("alice@saw-b"));
    QVERIFY(org.meta.createdAt >= before);
    QCOMPARE(org.meta.createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(org.meta.updatedAt, org.meta.createdAt);
    QVERIFY(org.meta.dirty);
    QVERIFY(!org.meta.deleted);
    QCOMPARE(org.meta.serverRevision, QString());
    QCOMPARE(org.name, written.name);
    QCOMPARE(org.kind, written.kind);
    QCOMPARE(org.legalForm, written.legalForm);
    QCOMPARE(org.sectors, written.sectors);
    QCOMPARE(org.stage, written.stage);
    QCOMPARE(org.founded, QDate(2019, 3, 14));
    QVERIFY(!org.closed.isValid());
    QCOMPARE(org.street, written.street);
    QCOMPARE(org.postcode, QStringLiteral("1000"));
    QCOMPARE(org.locality, written.locality);
    QCOMPARE(org.commune, written.commune);
    QCOMPARE(org.country, written.country);
    QCOMPARE(org.websites, written.websites);
    QCOMPARE(org.emails, written.emails);
    QCOMPARE(org.phones, written.phones);
    QCOMPARE(org.description, written.description);
    QCOMPARE(org.cooperativeModel, written.cooperativeModel);
    QVERIFY(!org.memberCount.has_value());
    QCOMPARE(org.tags, written.tags);
    QCOMPARE(org.languages, written.languages);
    QCOMPARE(org.source, written.source);
    QCOMPARE(org.extra, written.extra);
}

void tst_Store::organisationKeepsGivenId()
{
    Organisation org = named(QStringLiteral("Imported"));
    org.meta.id = QStringLiteral("0190f5d2-8c3b-7a4e-9f00-123456789abc");
    QCOMPARE(addOrganisation(org), org.meta.id);
    QCOMPARE(m_store->organisation(org.meta.id)->name, QStringLiteral("Imported"));
}

void tst_Store::organisationMemberCountWhenSet()
{
    Organisation org = named(QStringLiteral("Members"));
    org.memberCount = 0;
    const QString zero = addOrganisation(org);
    org.memberCount = 420;
    const QString many = addOrganisation(org);
    QCOMPARE(m_store->organisation(zero)->memberCount, std::optional<int>(0));
    QCOMPARE(m_store->organisation(many)->memberCount, std::optional<int>(420));
}

void tst_Store::organisationUpdate()
{
    const QString id = addOrganisation(energiris());
    Organisation org = *m_store->organisation(id);
    QTest::qWait(5); // updated_at has millisecond resolution
    m_store->database().setAuthor(QStringLiteral("bob@smart"));
    org.name = QStringLiteral("Énergiris Coop");
    org.memberCount = 120;
    org.sectors = {QStringLiteral("energy")};
    org.closed = QDate(2025, 12, 31);
    QVERIFY(m_store->updateOrganisation(org).ok());

    const Organisation read = *m_store->organisation(id);
    QCOMPARE(read.name, QStringLiteral("Énergiris Coop"));
    QCOMPARE(read.memberCount, std::optional<int>(120));
    QCOMPARE(read.sectors, QStringList{QStringLiteral("energy")});
    QCOMPARE(read.closed, QDate(2025, 12, 31));
    QCOMPARE(read.meta.createdBy, QStringLiteral("alice@saw-b"));
    QCOMPARE(read.meta.updatedBy, QStringLiteral("bob@smart"));
    QCOMPARE(read.meta.createdAt, org.meta.createdAt);
    QVERIFY(read.meta.updatedAt > read.meta.createdAt);
    QVERIFY(read.meta.dirty);
}

void tst_Store::organisationValidationErrors()
{
    Organisation org = named(QStringLiteral("  "));
    org.founded = QDate(2020, 1, 1);
    org.closed = QDate(2019, 1, 1);
    org.memberCount = -3;
    org.websites = {QStringLiteral("not a website")};
    org.emails = {{QStringLiteral("info(at)example.org"), {}, {}, false}};
    auto id = m_store->insertOrganisation(org);
    QVERIFY(!id.ok());
    const QString message = id.error().message;
    QVERIFY2(message.contains(QLatin1String("has no name")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("2019-01-01 is before the founding date 2020-01-01")),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("-3 is negative")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("\"not a website\"")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("\"info(at)example.org\"")), qPrintable(message));
    QCOMPARE(id.error().context, QStringLiteral("name"));
    QCOMPARE(*m_store->totalCount(RecordKind::Organisation), 0);
}

void tst_Store::organisationUnknownTermsRejected()
{
    Organisation org = named(QStringLiteral("Unknown kind"), QStringLiteral("spaceship"));
    org.sectors = {QStringLiteral("energy"), QStringLiteral("asteroids")};
    auto id = m_store->insertOrganisation(org);
    QVERIFY(!id.ok());
    QVERIFY2(id.error().message.contains(QLatin1String("\"spaceship\"")),
             qPrintable(id.error().message));
    QVERIFY2(id.error().message.contains(QLatin1String("\"asteroids\"")),
             qPrintable(id.error().message));
    QVERIFY2(!id.error().message.contains(QLatin1String("\"energy\"")),
             qPrintable(id.error().message));
}

void tst_Store::duplicateIdRejected()
{
    Organisation org = named(QStringLiteral("First"));
    org.meta.id = QStringLiteral("0190f5d2-8c3b-7a4e-9f00-123456789abc");
    QVERIFY(m_store->insertOrganisation(org).ok());
    org.name = QStringLiteral("Second");
    auto again = m_store->insertOrganisation(org);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().message.contains(QLatin1String("already exists")),
             qPrintable(again.error().message));
    QCOMPARE(m_store->organisation(org.meta.id)->name, QStringLiteral("First"));
}

void tst_Store::personRoundTrip()
{
    const Person written = alice();
    const QString id = addPerson(written);
    QVERIFY(!id.isEmpty());
    auto read = m_store->person(id);
    QVERIFY(read.ok());
    const Person &person = *read;
    QCOMPARE(person.meta.id, id);
    QCOMPARE(person.formattedName, written.formattedName);
    QCOMPARE(person.givenName, written.givenName);
    QCOMPARE(person.familyName, written.familyName);
    QCOMPARE(person.organisationName, written.organisationName);
    QCOMPARE(person.title, written.title);
    QCOMPARE(person.emails, written.emails);
    QCOMPARE(person.phones, written.phones);
    QCOMPARE(person.addresses, written.addresses);
    QCOMPARE(person.languages, written.languages);
    QCOMPARE(person.birthday, QStringLiteral("--04-12"));
    QCOMPARE(person.consentBasis, written.consentBasis);
    QCOMPARE(person.consentDate, QDate(2026, 1, 15));
    QCOMPARE(person.consentSource, written.consentSource);
    QCOMPARE(person.photo, written.photo);
    QCOMPARE(person.photo.size(), 12);
    QCOMPARE(person.photoMimeType, QStringLiteral("image/png"));
    QCOMPARE(person.extra, written.extra);
}

void tst_Store::personUpdate()
{
    const QString id = addPerson(alice());
    Person person = *m_store->person(id);
    person.photo.clear();
    person.emails.removeFirst();
    person.notes = QStringLiteral("Met at the Molenbeek workshop.");
    QVERIFY(m_store->updatePerson(person).ok());
    const Person read = *m_store->person(id);
    QVERIFY(read.photo.isEmpty());
    QCOMPARE(read.emails.size(), 1);
    QCOMPARE(read.emails.constFirst().value, QStringLiteral("alice.home@example.org"));
    QCOMPARE(read.notes, QStringLiteral("Met at the Molenbeek workshop."));
}

void tst_Store::linkRoundTrip()
{
    const QString org = addOrganisation(energiris());
    const QString person = addPerson(alice());
    Link link;
    link.fromId = person;
    link.toId = org;
    link.type = QStringLiteral("works-at");
    link.start = QDate(2024, 9, 1);
    link.note = QStringLiteral("Part-time coordinator");
    link.source = QStringLiteral("contacts.vcf");
    auto id = m_store->insertLink(link);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().text()));

    const Link read = *m_store->link(*id);
    QCOMPARE(read.fromId, person);
    QCOMPARE(read.toId, org);
    QCOMPARE(read.type, QStringLiteral("works-at"));
    QCOMPARE(read.start, QDate(2024, 9, 1));
    QVERIFY(!read.end.isValid());
    QCOMPARE(read.note, link.note);
    QCOMPARE(read.source, link.source);

    Link ended = read;
    ended.end = QDate(2025, 6, 30);
    QVERIFY(m_store->updateLink(ended).ok());
    QCOMPARE(m_store->link(*id)->end, QDate(2025, 6, 30));

    const auto hits = m_store->search(QStringLiteral("coordinator"));
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->constFirst().kind, RecordKind::Link);
    QCOMPARE(hits->constFirst().id, *id);
    QCOMPARE(hits->constFirst().title, QStringLiteral("Alice Dubois / Énergiris"));
    const auto described = m_store->describe(*id);
    QCOMPARE(described->first, RecordKind::Link);
    QCOMPARE(described->second, QStringLiteral("Alice Dubois – works-at – Énergiris"));

    const auto ofOrg = m_store->linksOf(org);
    QCOMPARE(ofOrg->size(), 1);
    QCOMPARE(ofOrg->constFirst().meta.id, *id);
    QCOMPARE(m_store->linksOf(person)->size(), 1);
}

void tst_Store::linkValidationErrors()
{
    const QString org = addOrganisation(energiris());
    Link self;
    self.fromId = org;
    self.toId = org;
    self.type = QStringLiteral("supports");
    auto selfLink = m_store->insertLink(self);
    QVERIFY(!selfLink.ok());
    QVERIFY2(selfLink.error().message.contains(QLatin1String("to itself")),
             qPrintable(selfLink.error().message));

    Link dangling;
    dangling.fromId = org;
    dangling.toId = QStringLiteral("0190f5d2-0000-7000-8000-000000000000");
    dangling.type = QStringLiteral("supports");
    dangling.start = QDate(2024, 1, 1);
    dangling.end = QDate(2023, 1, 1);
    auto danglingLink = m_store->insertLink(dangling);
    QVERIFY(!danglingLink.ok());
    QVERIFY2(danglingLink.error().message.contains(QLatin1String("2023-01-01 is before")),
             qPrintable(danglingLink.error().message));

    dangling.end = QDate();
    danglingLink = m_store->insertLink(dangling);
    QVERIFY(!danglingLink.ok());
    QVERIFY2(danglingLink.error().message.contains(dangling.toId),
             qPrintable(danglingLink.error().message));

    dangling.toId = addPerson(alice());
    dangling.type = QStringLiteral("befriends");
    danglingLink = m_store->insertLink(dangling);
    QVERIFY(!danglingLink.ok());
    QVERIFY2(danglingLink.error().message.contains(QLatin1String("\"befriends\"")),
             qPrintable(danglingLink.error().message));
    QCOMPARE(*m_store->totalCount(RecordKind::Link), 0);
}

void tst_Store::linkNamesFollowRename()
{
    const QString funder
        = addOrganisation(named(QStringLiteral("Région"), QStringLiteral("funder")));
    const QString holder = addOrganisation(named(QStringLiteral("Zebra Coop")));
    Link link;
    link.fromId = funder;
    link.toId = holder;
    link.type = QStringLiteral("funds");
    QVERIFY(m_store->insertLink(link).ok());

    Organisation renamed = *m_store->organisation(holder);
    renamed.name = QStringLiteral("Aardvark Coop");
    QVERIFY(m_store->updateOrganisation(renamed).ok());

    ListQuery query;
    query.table = ListTable::Links;
    const auto rows = m_store->page(query, 0, 10);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->constFirst().values.at(0).toString(), QStringLiteral("Région"));
    QCOMPARE(rows->constFirst().values.at(1).toString(), QStringLiteral("funds"));
    QCOMPARE(rows->constFirst().values.at(2).toString(), QStringLiteral("Aardvark Coop"));
    QCOMPARE(m_store->search(QStringLiteral("aardvark"))->size(), 2);
}

void tst_Store::noteRoundTrip()
{
    const QString org = addOrganisation(energiris());
    Note note;
    note.recordId = org;
    note.recordKind = RecordKind::Organisation;
    note.at = QDateTime(QDate(2026, 11, 3), QTime(14, 30), Qt::UTC);
    note.kind = QStringLiteral("meeting");
    note.text = QStringLiteral("Discussed the solar roof in Schaerbeek.");
    auto id = m_store->insertNote(note);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().text()));

    const Note read = *m_store->note(*id);
    QCOMPARE(read.recordId, org);
    QCOMPARE(read.recordKind, RecordKind::Organisation);
    QCOMPARE(read.at, note.at);
    QCOMPARE(read.kind, QStringLiteral("meeting"));
    QCOMPARE(read.text, note.text);
    QCOMPARE(read.author, QStringLiteral("alice@saw-b"));

    Note edited = read;
    edited.text = QStringLiteral("Solar roof postponed.");
    QVERIFY(m_store->updateNote(edited).ok());
    const auto notes = m_store->notesOf(org);
    QCOMPARE(notes->size(), 1);
    QCOMPARE(notes->constFirst().text, QStringLiteral("Solar roof postponed."));
}

void tst_Store::noteOnMissingRecordRejected()
{
    Note note;
    note.recordId = QStringLiteral("0190f5d2-0000-7000-8000-000000000001");
    note.recordKind = RecordKind::Person;
    note.text = QStringLiteral("Orphan");
    auto id = m_store->insertNote(note);
    QVERIFY(!id.ok());
    QVERIFY2(id.error().message.contains(note.recordId), qPrintable(id.error().message));
}

void tst_Store::termCreateEditDeleteRestore()
{
    TaxonomyTerm term;
    term.vocabulary = QStringLiteral("sector");
    term.key = QStringLiteral("social-housing");
    term.labelEn = QStringLiteral("Social housing");
    term.labelFr = QStringLiteral("Logement social");
    term.labelNl = QStringLiteral("Sociale huisvesting");
    term.position = 40;
    auto id = m_store->insertTerm(term);
    QVERIFY(id.ok());

    auto sectors = m_store->terms(QStringLiteral("sector"));
    QCOMPARE(sectors->constLast().key, QStringLiteral("social-housing"));
    QCOMPARE(sectors->constLast().labelFr, QStringLiteral("Logement social"));
    QCOMPARE(sectors->constLast().labelNl, QStringLiteral("Sociale huisvesting"));
    QCOMPARE(sectors->constLast().position, 40);
    QCOMPARE(sectors->constFirst().key, QStringLiteral("mobility"));

    Organisation org = named(QStringLiteral("Housing coop"));
    org.sectors = {QStringLiteral("social-housing")};
    QVERIFY(m_store->insertOrganisation(org).ok());

    TaxonomyTerm edited = sectors->constLast();
    edited.labelEn = QStringLiteral("Affordable housing");
    QVERIFY(m_store->updateTerm(edited).ok());
    QCOMPARE(m_store->terms(QStringLiteral("sector"))->constLast().labelEn,
             QStringLiteral("Affordable housing"));

    auto removed = m_store->remove(RecordKind::Taxonomy, *id);
    QCOMPARE(*removed, QStringList{*id});
    QCOMPARE(m_store->terms(QStringLiteral("sector"))->size(), sectors->size() - 1);
    org.name = QStringLiteral("Second housing coop");
    QVERIFY(!m_store->insertOrganisation(org).ok());

    QVERIFY(m_store->restore(*removed).ok());
    QCOMPARE(m_store->terms(QStringLiteral("sector"))->size(), sectors->size());
    QVERIFY(m_store->insertOrganisation(org).ok());
}

void tst_Store::termDuplicateKeyRejected()
{
    TaxonomyTerm term;
    term.vocabulary = QStringLiteral("stage");
    term.key = QStringLiteral("idea");
    term.labelEn = QStringLiteral("Idea again");
    auto id = m_store->insertTerm(term);
    QVERIFY(!id.ok());
    QVERIFY2(id.error().message.contains(QLatin1String("already has a term \"idea\"")),
             qPrintable(id.error().message));
    term.key = QStringLiteral("Bad Key");
    id = m_store->insertTerm(term);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().context, QStringLiteral("key"));
}

void tst_Store::removeTombstonesLinksAndNotes()
{
    const QString org = addOrganisation(energiris());
    const QString person = addPerson(alice());
    Link link;
    link.fromId = person;
    link.toId = org;
    link.type = QStringLiteral("works-at");
    const QString linkId = *m_store->insertLink(link);
    Note onOrg;
    onOrg.recordId = org;
    onOrg.text = QStringLiteral("On the organisation");
    const QString orgNote = *m_store->insertNote(onOrg);
    Note onLink;
    onLink.recordId = linkId;
    onLink.recordKind = RecordKind::Link;
    onLink.text = QStringLiteral("On the link");
    const QString linkNote = *m_store->insertNote(onLink);

    auto removed = m_store->remove(RecordKind::Organisation, org);
    QVERIFY(removed.ok());
    QCOMPARE(*removed, (QStringList{org, linkId, orgNote, linkNote}));

    const Organisation tombstone = *m_store->organisation(org);
    QVERIFY(tombstone.meta.deleted);
    QVERIFY(tombstone.meta.dirty);
    QVERIFY(m_store->link(linkId)->meta.deleted);
    QVERIFY(m_store->note(linkNote)->meta.deleted);
    QVERIFY(!m_store->person(person)->meta.deleted);
    QCOMPARE(m_store->linksOf(person)->size(), 0);
    QCOMPARE(m_store->notesOf(org)->size(), 0);
    QCOMPARE(*m_store->totalCount(RecordKind::Organisation), 0);
    QCOMPARE(*m_store->totalCount(RecordKind::Note), 0);
    QCOMPARE(*m_store->count(ListQuery{}), 0);
}

void tst_Store::restoreClearsTombstones()
{
    const QString org = addOrganisation(energiris());
    const QString person = addPerson(alice());
    Link link;
    link.fromId = org;
    link.toId = person;
    link.type = QStringLiteral("hosts");
    const QString linkId = *m_store->insertLink(link);
    const QStringList removed = *m_store->remove(RecordKind::Person, person);
    QCOMPARE(removed, (QStringList{person, linkId}));

    // The link alone cannot come back while its person is deleted.
    auto partial = m_store->restore({linkId});
    QVERIFY(!partial.ok());
    QVERIFY2(partial.error().message.contains(person), qPrintable(partial.error().message));
    QVERIFY(m_store->link(linkId)->meta.deleted);

    QVERIFY(m_store->restore(removed).ok());
    QVERIFY(!m_store->person(person)->meta.deleted);
    QVERIFY(!m_store->link(linkId)->meta.deleted);
    QCOMPARE(m_store->linksOf(org)->size(), 1);
    QCOMPARE(m_store->search(QStringLiteral("alice"))->size(), 2);
    QVERIFY(!m_store->restore(removed).ok()); // already restored
}

void tst_Store::updateOfDeletedRecordRejected()
{
    const QString id = addOrganisation(energiris());
    Organisation org = *m_store->organisation(id);
    QVERIFY(m_store->remove(RecordKind::Organisation, id).ok());
    org.name = QStringLiteral("Ghost");
    auto updated = m_store->updateOrganisation(org);
    QVERIFY(!updated.ok());
    QVERIFY2(updated.error().message.contains(QLatin1String("was deleted")),
             qPrintable(updated.error().message));
    QCOMPARE(m_store->organisation(id)->name, QStringLiteral("Énergiris"));

    org.meta.id = QStringLiteral("0190f5d2-0000-7000-8000-00000000dead");
    updated = m_store->updateOrganisation(org);
    QVERIFY(!updated.ok());
    QVERIFY2(updated.error().message.contains(QLatin1String("was not found")),
             qPrintable(updated.error().message));
}

void tst_Store::describeRecords()
{
    const QString org = addOrganisation(energiris());
    const QString person = addPerson(alice());
    auto described = m_store->describe(org);
    QCOMPARE(described->first, RecordKind::Organisation);
    QCOMPARE(described->second, QStringLiteral("Énergiris"));
    described = m_store->describe(person);
    QCOMPARE(described->first, RecordKind::Person);
    QCOMPARE(described->second, QStringLiteral("Alice Dubois"));
    QVERIFY(!m_store->describe(QStringLiteral("nothing")).ok());
}

void tst_Store::searchIgnoresAccents()
{
    const QString id = addOrganisation(energiris());
    addOrganisation(named(QStringLiteral("Unrelated")));
    const auto hits = m_store->search(QStringLiteral("energiris"));
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->constFirst().id, id);
    QCOMPARE(hits->constFirst().kind, RecordKind::Organisation);
    QCOMPARE(hits->constFirst().title, QStringLiteral("Énergiris"));
    QCOMPARE(m_store->search(QStringLiteral("ÉNERGIRIS"))->size(), 1);
}

void tst_Store::searchFindsDescriptionWord()
{
    Organisation org = named(QStringLiteral("Bike Kitchen"));
    org.description = QStringLiteral("Repair workshop near the canal in Molenbeek.");
    const QString id = addOrganisation(org);
    const auto hits = m_store->search(QStringLiteral("Molenbeek"));
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->constFirst().id, id);
    QVERIFY2(hits->constFirst().snippet.contains(QLatin1String("Molenbeek")),
             qPrintable(hits->constFirst().snippet));
}

void tst_Store::searchMatchesPrefix()
{
    const QString id = addOrganisation(named(QStringLiteral("Cooperative Bakery")));
    addOrganisation(named(QStringLiteral("Bakery Without Members")));
    const auto hits = m_store->search(QStringLiteral("coop"));
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->constFirst().id, id);
    QCOMPARE(m_store->search(QStringLiteral("bakery coo"))->size(), 1);
    QCOMPARE(m_store->search(QStringLiteral("bak"))->size(), 2);
}

void tst_Store::searchHostileText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("hits");
    QTest::newRow("lone quote") << QStringLiteral("\"") << 0;
    QTest::newRow("unbalanced quote") << QStringLiteral("\"coop") << 1;
    QTest::newRow("operator AND") << QStringLiteral("AND") << 0;
    QTest::newRow("operator NEAR") << QStringLiteral("NEAR(coop") << 0;
    QTest::newRow("bracket") << QStringLiteral("(") << 0;
    QTest::newRow("star") << QStringLiteral("*") << 0;
    QTest::newRow("column filter") << QStringLiteral("title:coop") << 0;
    QTest::newRow("sql") << QStringLiteral("'; DROP TABLE organisations; --") << 0;
    QTest::newRow("caret") << QStringLiteral("^coop") << 1;
    QTest::newRow("empty") << QString() << 0;
}

void tst_Store::searchHostileText()
{
    QFETCH(QString, text);
    QFETCH(int, hits);
    addOrganisation(named(QStringLiteral("Cooperative Bakery")));
    const auto found = m_store->search(text);
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().text()));
    QCOMPARE(found->size(), hits);
    ListQuery query;
    query.filterText = text;
    QVERIFY(m_store->count(query).ok());
    QVERIFY(m_store->page(query, 0, 10).ok());
    QCOMPARE(*m_store->totalCount(RecordKind::Organisation), 1);
}

void tst_Store::searchSkipsTombstones()
{
    const QString id = addOrganisation(energiris());
    QVERIFY(m_store->remove(RecordKind::Organisation, id).ok());
    QCOMPARE(m_store->search(QStringLiteral("energiris"))->size(), 0);
    QVERIFY(m_store->restore({id}).ok());
    QCOMPARE(m_store->search(QStringLiteral("energiris"))->size(), 1);
}

void tst_Store::searchFindsPersonEmailAndNote()
{
    const QString person = addPerson(alice());
    Note note;
    note.recordId = person;
    note.recordKind = RecordKind::Person;
    note.text = QStringLiteral("Wants to visit Barcelona for the residency.");
    const QString noteId = *m_store->insertNote(note);

    auto hits = m_store->search(QStringLiteral("febecoop"));
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->constFirst().kind, RecordKind::Person);
    QCOMPARE(hits->constFirst().title, QStringLiteral("Alice Dubois"));

    hits = m_store->search(QStringLiteral("barcelona"));
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->constFirst().id, noteId);
    QCOMPARE(hits->constFirst().kind, RecordKind::Note);
    QCOMPARE(hits->constFirst().title, QStringLiteral("Note on Alice Dubois"));
}

void tst_Store::pageSortsByName()
{
    for (const char *name : {"delta", "Alpha", "Écluse", "charlie", "Bravo"}) {
        addOrganisation(named(QString::fromUtf8(name)));
    }
    ListQuery query;
    QCOMPARE(*m_store->count(query), 5);
    const auto rows = m_store->page(query, 0, 10);
    QStringList names;
    for (const ListRow &row : *rows) {
        names.append(row.values.at(0).toString());
    }
    QCOMPARE(names,
             (QStringList{QStringLiteral("Alpha"),
                          QStringLiteral("Bravo"),
                          QStringLiteral("charlie"),
                          QStringLiteral("delta"),
                          QStringLiteral("Écluse")}));
    QCOMPARE(rows->constFirst().values.size(), Store::listColumns(ListTable::Organisations).size());

    const auto second = m_store->page(query, 2, 2);
    QCOMPARE(second->size(), 2);
    QCOMPARE(second->at(0).values.at(0).toString(), QStringLiteral("charlie"));
    QCOMPARE(second->at(1).values.at(0).toString(), QStringLiteral("delta"));
    QCOMPARE(m_store->page(query, 5, 10)->size(), 0);
}

void tst_Store::pageSortsDescendingAndByDate()
{
    Organisation old = named(QStringLiteral("Old"));
    old.founded = QDate(1990, 5, 1);
    Organisation recent = named(QStringLiteral("Recent"));
    recent.founded = QDate(2022, 2, 2);
    Organisation undated = named(QStringLiteral("Undated"));
    addOrganisation(recent);
    addOrganisation(undated);
    addOrganisation(old);

    ListQuery query;
    query.sortColumn
        = Store::listColumns(ListTable::Organisations).indexOf(QStringLiteral("Founded"));
    QCOMPARE(query.sortColumn, 6);
    auto rows = m_store->page(query, 0, 10);
    QCOMPARE(rows->at(0).values.at(0).toString(), QStringLiteral("Undated"));
    QCOMPARE(rows->at(1).values.at(6).toDate(), QDate(1990, 5, 1));
    QCOMPARE(rows->at(2).values.at(6).toDate(), QDate(2022, 2, 2));

    query.sortOrder = Qt::DescendingOrder;
    rows = m_store->page(query, 0, 10);
    QCOMPARE(rows->at(0).values.at(0).toString(), QStringLiteral("Recent"));
    QCOMPARE(rows->at(2).values.at(0).toString(), QStringLiteral("Undated"));
    QCOMPARE(rows->at(0).values.at(7).toDateTime().timeSpec(), Qt::UTC);

    query.sortColumn = 0;
    rows = m_store->page(query, 0, 1);
    QCOMPARE(rows->at(0).values.at(0).toString(), QStringLiteral("Undated"));
}

void tst_Store::pageFiltersByKindAndText()
{
    addOrganisation(named(QStringLiteral("Brussels Fund"), QStringLiteral("funder")));
    addOrganisation(named(QStringLiteral("Brussels Bikes")));
    addOrganisation(named(QStringLiteral("Ghent Bikes")));

    ListQuery query;
    query.kindFilter = QStringLiteral("funder");
    QCOMPARE(*m_store->count(query), 1);
    QCOMPARE(m_store->page(query, 0, 10)->constFirst().values.at(0).toString(),
             QStringLiteral("Brussels Fund"));

    query.kindFilter.clear();
    query.filterText = QStringLiteral("brus");
    QCOMPARE(*m_store->count(query), 2);
    const auto rows = m_store->page(query, 0, 10);
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).values.at(0).toString(), QStringLiteral("Brussels Bikes"));
    QCOMPARE(rows->at(1).values.at(0).toString(), QStringLiteral("Brussels Fund"));

    query.kindFilter = QStringLiteral("project-holder");
    QCOMPARE(*m_store->count(query), 1);
}

void tst_Store::pageListsPeopleAndLinks()
{
    const QString org = addOrganisation(energiris());
    const QString other = addOrganisation(
        named(QStringLiteral("Febecoop"), QStringLiteral("support-organisation")));
    const QString person = addPerson(alice());
    Link works;
    works.fromId = person;
    works.toId = org;
    works.type = QStringLiteral("works-at");
    works.start = QDate(2020, 1, 1);
    QVERIFY(m_store->insertLink(works).ok());
    Link supports;
    supports.fromId = other;
    supports.toId = org;
    supports.type = QStringLiteral("supports");
    QVERIFY(m_store->insertLink(supports).ok());
    Link unrelated;
    unrelated.fromId = other;
    unrelated.toId = person;
    unrelated.type = QStringLiteral("mentors");
    QVERIFY(m_store->insertLink(unrelated).ok());

    ListQuery people;
    people.table = ListTable::People;
    const auto personRows = m_store->page(people, 0, 10);
    QCOMPARE(personRows->size(), 1);
    QCOMPARE(personRows->constFirst().id, person);
    QCOMPARE(personRows->constFirst().values.at(0).toString(), QStringLiteral("Alice Dubois"));
    QCOMPARE(personRows->constFirst().values.at(1).toString(), QStringLiteral("Febecoop"));
    QCOMPARE(personRows->constFirst().values.at(2).toString(),
             QStringLiteral("alice.home@example.org"));
    QCOMPARE(personRows->constFirst().values.at(3).toString(), QStringLiteral("+32 470 00 00 00"));

    ListQuery links;
    links.table = ListTable::Links;
    links.recordFilter = org;
    QCOMPARE(*m_store->count(links), 2);
    const auto linkRows = m_store->page(links, 0, 10);
    QCOMPARE(linkRows->size(), 2);
    QCOMPARE(linkRows->at(0).values.at(0).toString(), QStringLiteral("Alice Dubois"));
    QCOMPARE(linkRows->at(0).values.at(3).toDate(), QDate(2020, 1, 1));
    QCOMPARE(linkRows->at(1).values.at(0).toString(), QStringLiteral("Febecoop"));
    QCOMPARE(linkRows->at(1).values.at(2).toString(), QStringLiteral("Énergiris"));

    links.kindFilter = QStringLiteral("supports");
    QCOMPARE(*m_store->count(links), 1);
    links.recordFilter.clear();
    links.kindFilter.clear();
    links.sortColumn = 1;
    const auto byType = m_store->page(links, 0, 10);
    QCOMPARE(byType->at(0).values.at(1).toString(), QStringLiteral("mentors"));
    QCOMPARE(byType->at(2).values.at(1).toString(), QStringLiteral("works-at"));
}

void tst_Store::growthByKindAndStage()
{
    Organisation a = named(QStringLiteral("A"));
    a.stage = QStringLiteral("idea");
    a.founded = QDate(2024, 3, 10);
    Organisation b = named(QStringLiteral("B"));
    b.stage = QStringLiteral("launched");
    b.founded = QDate(2024, 3, 25);
    Organisation c = named(QStringLiteral("C"), QStringLiteral("funder"));
    c.founded = QDate(2023, 11, 2);
    Organisation undated = named(QStringLiteral("D"));
    Organisation undatedFunder = named(QStringLiteral("E"), QStringLiteral("funder"));
    for (const Organisation &org : {a, b, c, undated, undatedFunder}) {
        addOrganisation(org);
    }
    const QString deleted = addOrganisation(named(QStringLiteral("F")));
    QVERIFY(m_store->remove(RecordKind::Organisation, deleted).ok());

    // Undated organisations are left out, not counted at the day they were recorded.
    const auto byKind = m_store->organisationGrowth(QLatin1String(Vocabulary::OrganisationKind));
    QVERIFY(byKind.ok());
    QCOMPARE(byKind->size(), 2);
    QCOMPARE(byKind->at(0).period, QDate(2023, 11, 1));
    QCOMPARE(byKind->at(0).series, QStringLiteral("funder"));
    QCOMPARE(byKind->at(0).count, 1);
    QCOMPARE(byKind->at(1).period, QDate(2024, 3, 1));
    QCOMPARE(byKind->at(1).series, QStringLiteral("project-holder"));
    QCOMPARE(byKind->at(1).count, 2);

    const auto byStage = m_store->organisationGrowth(QLatin1String(Vocabulary::Stage));
    QVERIFY(byStage.ok());
    QCOMPARE(byStage->size(), 3);
    QCOMPARE(byStage->at(0).series, QString()); // C has no stage
    QCOMPARE(byStage->at(1).series, QStringLiteral("idea"));
    QCOMPARE(byStage->at(2).series, QStringLiteral("launched"));
    QCOMPARE(byStage->at(2).count, 1);

    QCOMPARE(*m_store->undatedOrganisationCount(), qint64(2));
    QCOMPARE(*m_store->undatedOrganisationCount(QStringLiteral("funder")), qint64(1));
    QCOMPARE(*m_store->undatedOrganisationCount(QStringLiteral("network")), qint64(0));

    QVERIFY(!m_store->organisationGrowth(QStringLiteral("sector")).ok());
}

void tst_Store::foundingsByFirstSector()
{
    Organisation food = named(QStringLiteral("Food"));
    food.sectors = {QStringLiteral("food"), QStringLiteral("mobility")};
    food.founded = QDate(2024, 2, 1);
    Organisation food2 = named(QStringLiteral("Food 2"));
    food2.sectors = {QStringLiteral("food")};
    food2.founded = QDate(2024, 2, 28);
    Organisation none = named(QStringLiteral("No sector"));
    none.founded = QDate(2024, 5, 3);
    Organisation funder = named(QStringLiteral("Funder"), QStringLiteral("funder"));
    funder.sectors = {QStringLiteral("food")};
    funder.founded = QDate(2024, 2, 1);
    Organisation undated = named(QStringLiteral("Undated"));
    undated.sectors = {QStringLiteral("food")};
    for (const Organisation &org : {food, food2, none, funder, undated}) {
        addOrganisation(org);
    }

    const auto points = m_store->foundingsBySector(QStringLiteral("project-holder"));
    QVERIFY(points.ok());
    QCOMPARE(points->size(), 2);
    QCOMPARE(points->at(0).period, QDate(2024, 2, 1));
    QCOMPARE(points->at(0).series, QStringLiteral("food"));
    QCOMPARE(points->at(0).count, 2);
    QCOMPARE(points->at(1).period, QDate(2024, 5, 1));
    QCOMPARE(points->at(1).series, QString());
    QCOMPARE(points->at(1).count, 1);
    QCOMPARE(*m_store->undatedOrganisationCount(QStringLiteral("project-holder")), qint64(1));
}

void tst_Store::countsByCommune()
{
    Organisation a = named(QStringLiteral("A"));
    a.commune = QStringLiteral("ixelles");
    Organisation b = named(QStringLiteral("B"));
    b.commune = QStringLiteral("anderlecht");
    Organisation c = named(QStringLiteral("C"));
    c.commune = QStringLiteral("ixelles");
    Organisation outside = named(QStringLiteral("Ghent"));
    outside.locality = QStringLiteral("Gent");
    for (const Organisation &org : {a, b, c, outside}) {
        addOrganisation(org);
    }
    const QString deleted = addOrganisation(b);
    QVERIFY(m_store->remove(RecordKind::Organisation, deleted).ok());

    const auto counts = m_store->countsByCommune();
    QVERIFY(counts.ok());
    QCOMPARE(counts->size(), 2);
    QCOMPARE(counts->at(0), qMakePair(QStringLiteral("anderlecht"), 1));
    QCOMPARE(counts->at(1), qMakePair(QStringLiteral("ixelles"), 2));
}

void tst_Store::failedInsertInOuterTransactionRollsBack()
{
    const QString existing = addOrganisation(named(QStringLiteral("Before")));
    QSignalSpy changed(m_store.get(), &Store::changed);
    {
        Transaction outer(m_store->database());
        QVERIFY(outer.isActive());
        QVERIFY(m_store->insertOrganisation(named(QStringLiteral("Inside one"))).ok());
        QVERIFY(m_store->insertPerson(alice()).ok());
        Link bad;
        bad.fromId = existing;
        bad.toId = QStringLiteral("missing");
        bad.type = QStringLiteral("funds");
        QVERIFY(!m_store->insertLink(bad).ok());
        QVERIFY(m_store->database().inTransaction());
        // The caller gives up, so the outer Transaction rolls back without commit().
    }
    QCOMPARE(*m_store->totalCount(RecordKind::Organisation), 1);
    QCOMPARE(*m_store->totalCount(RecordKind::Person), 0);
    QCOMPARE(*m_store->totalCount(RecordKind::Link), 0);
    QCOMPARE(m_store->search(QStringLiteral("inside"))->size(), 0);
    QCOMPARE(changed.count(), 0);
}

void tst_Store::failedInsertKeepsOuterTransactionUsable()
{
    Transaction outer(m_store->database());
    QVERIFY(m_store->insertOrganisation(named(QStringLiteral("Kept"))).ok());
    Organisation duplicate = named(QStringLiteral("Duplicate"));
    duplicate.meta.id = *m_store->insertOrganisation(named(QStringLiteral("Original")));
    QVERIFY(!m_store->insertOrganisation(duplicate).ok());
    QVERIFY(m_store->insertPerson(alice()).ok());
    QVERIFY(outer.commit().ok());

    QCOMPARE(*m_store->totalCount(RecordKind::Organisation), 2);
    QCOMPARE(*m_store->totalCount(RecordKind::Person), 1);
    QCOMPARE(m_store->search(QStringLiteral("duplicate"))->size(), 0);
    QCOMPARE(m_store->search(QStringLiteral("original"))->size(), 1);
}

void tst_Store::changedAfterCommitOnly()
{
    QSignalSpy changed(m_store.get(), &Store::changed);
    QSignalSpy reloaded(m_store.get(), &Store::reloaded);
    const QString first = addOrganisation(named(QStringLiteral("First")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<RecordKind>(), RecordKind::Organisation);
    QCOMPARE(changed.at(0).at(1).toString(), first);

    Transaction outer(m_store->database());
    const QString second = addOrganisation(named(QStringLiteral("Second")));
    QCOMPARE(changed.count(), 1);
    QVERIFY(outer.commit().ok());
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(1).toString(), second);

    Transaction bulk(m_store->database());
    for (int i = 0; i < 101; ++i) {
        addOrganisation(named(QStringLiteral("Bulk %1").arg(i)));
    }
    QVERIFY(bulk.commit().ok());
    QCOMPARE(changed.count(), 2);
    QCOMPARE(reloaded.count(), 1);

    Person person = alice();
    const QString personId = addPerson(person);
    Link link;
    link.fromId = personId;
    link.toId = first;
    link.type = QStringLiteral("member-of");
    const QString linkId = *m_store->insertLink(link);
    changed.clear();
    QVERIFY(m_store->remove(RecordKind::Person, personId).ok());
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(0).value<RecordKind>(), RecordKind::Person);
    QCOMPARE(changed.at(0).at(1).toString(), personId);
    QCOMPARE(changed.at(1).at(0).value<RecordKind>(), RecordKind::Link);
    QCOMPARE(changed.at(1).at(1).toString(), linkId);
}

void tst_Store::metadataRoundTrip()
{
    QCOMPARE(*m_store->metadata(QStringLiteral("sample_data_loaded")), QString());
    QVERIFY(m_store->metadata(QStringLiteral("sample_data_loaded"))->isNull());
    QVERIFY(m_store->setMetadata(QStringLiteral("sample_data_loaded"), QStringLiteral("1")).ok());
    QVERIFY(m_store->setMetadata(QStringLiteral("sample_data_loaded"), QStringLiteral("2")).ok());
    QCOMPARE(*m_store->metadata(QStringLiteral("sample_data_loaded")), QStringLiteral("2"));
}

QTEST_GUILESS_MAIN(tst_Store)
#include "tst_store.moc"
