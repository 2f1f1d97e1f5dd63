// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Exports a store as CSV and as vCards, imports the files through ImportJob
// into new stores, and compares every exported value.
#include <core/import/importjob.h>
#include <core/interchange/csvwriter.h>
#include <core/interchange/listcsvexport.h>
#include <core/interchange/vcardexport.h>
#include <core/sample/sampledata.h>
#include <core/storage/database.h>
#include <core/storage/store.h>

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace CoopAtlas::Core;

namespace {

/// Cells that a spreadsheet would run, or that need quotes or a guard, each
/// used as a name and (shifted by one) as a locality.
const QStringList TrickyValues{QStringLiteral("\ttab"),
                               QStringLiteral(" =space"),
                               QStringLiteral("\rcr"),
                               QStringLiteral("=1+2"),
                               QStringLiteral("+32 2 555 00 00"),
                               QStringLiteral("-minus"),
                               QStringLiteral("@home"),
                               QStringLiteral("'=already guarded"),
                               QStringLiteral("'quoted"),
                               QStringLiteral("semi;colon"),
                               QStringLiteral("comma, here"),
                               QStringLiteral("say \"hi\""),
                               QStringLiteral("two\nlines"),
                               QStringLiteral("crlf\r\nline"),
                               QStringLiteral("old mac\rline")};

QString text(const Error &error)
{
    return error.text();
}

/// What vCard text keeps of a value: a CR or CRLF reads back as LF.
QString vCardText(QString value)
{
    value.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    value.replace(u'\r', u'\n');
    return value;
}

QStringList idsOf(Store &store, ListTable table)
{
    ListQuery query;
    query.table = table;
    QStringList ids;
    const auto rows = store.page(query, 0, 100000);
    if (rows) {
        for (const ListRow &row : *rows) {
            ids.append(row.id);
        }
    }
    return ids;
}

} // namespace

class tst_ExportRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void csvRoundTrip_data();
    void csvRoundTrip();
    void sampleListCsvKeepsEveryName();
    void vCardRoundTrip_data();
    void vCardRoundTrip();
    void vCardUidUpdatesRecord();

private:
    std::unique_ptr<Store> openStore(const QString &name);
    Result<ImportSummary> import(const QString &file, const QString &database);
    void fillContacts();
    void compareOrganisation(const Organisation &original, const Organisation &copy);
    void comparePerson(const Person &original, const Person &copy);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void tst_ExportRoundTrip::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = openStore(QStringLiteral("original.coopatlas"));
    QVERIFY(m_store);
}

void tst_ExportRoundTrip::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

std::unique_ptr<Store> tst_ExportRoundTrip::openStore(const QString &name)
{
    auto db = Database::open(m_dir->filePath(name));
    if (!db) {
        qWarning() << db.error().text();
        return nullptr;
    }
    return std::make_unique<Store>(std::move(db).value());
}

Result<ImportSummary> tst_ExportRoundTrip::import(const QString &file, const QString &database)
{
    ImportJob job(m_dir->filePath(database));
    auto preview = job.analyse(file);
    if (!preview) {
        return preview.error();
    }
    if (!preview->warnings.isEmpty()) {
        return Error{preview->warnings.join(u'\n'), file};
    }
    return job.commit(*preview, {}, DuplicateDecision::Skip);
}

void tst_ExportRoundTrip::csvRoundTrip_data()
{
    QTest::addColumn<CsvDialect>("dialect");
    QTest::newRow("excel") << CsvDialect::Excel;
    QTest::newRow("plain") << CsvDialect::Plain;
}

void tst_ExportRoundTrip::csvRoundTrip()
{
    QFETCH(CsvDialect, dialect);
    QList<QPair<QString, QString>> expected;
    for (qsizetype i = 0; i < TrickyValues.size(); ++i) {
        Organisation org;
        org.name = TrickyValues.at(i);
        org.locality = TrickyValues.at((i + 1) % TrickyValues.size());
        auto id = m_store->insertOrganisation(org);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : text(id.error())));
        expected.append({org.name, org.locality});
    }
    const QString csv = m_dir->filePath(QStringLiteral("organisations.csv"));
    ListCsvOptions options;
    options.dialect = dialect;
    auto written = ListCsvExport().writeFile(
        m_dir->filePath(QStringLiteral("original.coopatlas")), options, csv);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : text(written.error())));
    QCOMPARE(*written, qint64(TrickyValues.size()));

    auto summary = import(csv, QStringLiteral("copy.coopatlas"));
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : text(summary.error())));
    QCOMPARE(summary->created, int(TrickyValues.size()));
    QCOMPARE(summary->skipped, 0);

    auto copy = openStore(QStringLiteral("copy.coopatlas"));
    QVERIFY(copy);
    QList<QPair<QString, QString>> imported;
    for (const QString &id : idsOf(*copy, ListTable::Organisations)) {
        auto org = copy->organisation(id);
        QVERIFY(org.ok());
        imported.append({org->name, org->locality});
    }
    std::sort(expected.begin(), expected.end());
    std::sort(imported.begin(), imported.end());
    QCOMPARE(imported.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(imported.at(i).first, expected.at(i).first);
        QCOMPARE(imported.at(i).second, expected.at(i).second);
    }
}

void tst_ExportRoundTrip::sampleListCsvKeepsEveryName()
{
    auto loaded = loadSampleData(*m_store);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : text(loaded.error())));
    QStringList expected;
    for (const QString &id : idsOf(*m_store, ListTable::Organisations)) {
        expected.append(m_store->organisation(id)->name);
    }
    // "SMart" and "Smart Coop" differ only by a legal-form word and share no contact value.
    QVERIFY(expected.contains(QStringLiteral("SMart")));
    QVERIFY(expected.contains(QStringLiteral("Smart Coop")));
    const QString csv = m_dir->filePath(QStringLiteral("sample-organisations.csv"));
    auto written = ListCsvExport().writeFile(
        m_dir->filePath(QStringLiteral("original.coopatlas")), ListCsvOptions{}, csv);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : text(written.error())));
    QCOMPARE(*written, qint64(expected.size()));

    auto summary = import(csv, QStringLiteral("copy.coopatlas"));
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : text(summary.error())));
    QCOMPARE(summary->skipped, 0);
    QCOMPARE(summary->merged, 0);
    QCOMPARE(summary->created, int(expected.size()));
    auto copy = openStore(QStringLiteral("copy.coopatlas"));
    QVERIFY(copy);
    QStringList imported;
    for (const QString &id : idsOf(*copy, ListTable::Organisations)) {
        imported.append(copy->organisation(id)->name);
    }
    expected.sort();
    imported.sort();
    QCOMPARE(imported, expected);
}

void tst_ExportRoundTrip::fillContacts()
{
    auto loaded = loadSampleData(*m_store);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : text(loaded.error())));
    QVERIFY(*loaded > 10);

    Person person;
    person.formattedName = QStringLiteral("\tTab Person");
    person.givenName = QStringLiteral(" Leading");
    person.familyName = QStringLiteral("Carriage\rReturn");
    person.nickname = QStringLiteral("back\\slash, comma; semicolon");
    person.organisationName = QStringLiteral("Coop; Unit");
    person.title = QStringLiteral("trailing ");
    person.notes = QStringLiteral("Line one\r\nLine two");
    person.birthday = QStringLiteral("--03-29");
    person.languages = {QStringLiteral("fr"), QStringLiteral("nl")};
    person.emails.append(
        ContactValue{QStringLiteral("tab@example.org"), {QStringLiteral("work")}, {}, true});
    person.phones.append(ContactValue{QStringLiteral("+32 2 555 00 00"),
                                      {QStringLiteral("cell")},
                                      QStringLiteral("Mobile"),
                                      false});
    PostalAddress address;
    address.types = {QStringLiteral("home")};
    address.street = QStringLiteral(" Rue du Midi 1");
    address.locality = QStringLiteral("Bruxelles");
    address.postcode = QStringLiteral("1000");
    address.country = QStringLiteral("BE");
    person.addresses.append(address);
    person.photo = QByteArray("\x89PNG\r\n\x1a\n\x00\x01", 10);
    person.photoMimeType = QStringLiteral("image/png");
    auto personId = m_store->insertPerson(person);
    QVERIFY2(personId.ok(), qPrintable(personId.ok() ? QString() : text(personId.error())));

    Organisation org;
    org.name = QStringLiteral("\tTabbed Coop");
    org.kind = QStringLiteral("funder");
    org.description = QStringLiteral("First\rSecond");
    org.websites = {QStringLiteral("https://tabbed.example.org")};
    org.stage = QStringLiteral("paused");
    org.sectors = {QStringLiteral("mobility"), QStringLiteral("culture")};
    org.founded = QDate(2020, 2, 29);
    org.closed = QDate(2025, 12, 31);
    org.tags = {QStringLiteral("comma, inside"), QStringLiteral("back\\slash;semi")};
    auto orgId = m_store->insertOrganisation(org);
    QVERIFY2(orgId.ok(), qPrintable(orgId.ok() ? QString() : text(orgId.error())));

    // A locality that names no commune for sure, and a commune without an address.
    Organisation regionWide;
    regionWide.name = QStringLiteral("Region-wide Coop");
    regionWide.locality = QStringLiteral("Bruxelles");
    auto regionWideId = m_store->insertOrganisation(regionWide);
    QVERIFY(regionWideId.ok());
    Organisation communeOnly;
    communeOnly.name = QStringLiteral("Commune Only Coop");
    communeOnly.commune = QStringLiteral("schaerbeek");
    auto communeOnlyId = m_store->insertOrganisation(communeOnly);
    QVERIFY(communeOnlyId.ok());
}

void tst_ExportRoundTrip::compareOrganisation(const Organisation &original,
                                              const Organisation &copy)
{
    QCOMPARE(copy.meta.id, original.meta.id);
    QCOMPARE(copy.name, vCardText(original.name));
    QCOMPARE(copy.kind, original.kind);
    QCOMPARE(copy.stage, original.stage);
    QCOMPARE(copy.sectors, original.sectors);
    QCOMPARE(copy.founded, original.founded);
    QCOMPARE(copy.closed, original.closed);
    QCOMPARE(copy.tags, original.tags);
    QCOMPARE(copy.emails, original.emails);
    QCOMPARE(copy.phones, original.phones);
    QCOMPARE(copy.websites, original.websites);
    QCOMPARE(copy.description, vCardText(original.description));
    QCOMPARE(copy.languages, original.languages);
    QCOMPARE(copy.street, vCardText(original.street));
    QCOMPARE(copy.postcode, original.postcode);
    QCOMPARE(copy.locality, vCardText(original.locality));
    QCOMPARE(copy.country, original.country);
    QCOMPARE(copy.commune, original.commune);
}

void tst_ExportRoundTrip::comparePerson(const Person &original, const Person &copy)
{
    QCOMPARE(copy.meta.id, original.meta.id);
    for (QString Person::*field : {&Person::formattedName,
                                   &Person::givenName,
                                   &Person::familyName,
                                   &Person::additionalNames,
                                   &Person::prefix,
                                   &Person::suffix,
                                   &Person::nickname,
                                   &Person::organisationName,
                                   &Person::title,
                                   &Person::role,
                                   &Person::notes}) {
        QCOMPARE(copy.*field, vCardText(original.*field));
    }
    QCOMPARE(copy.birthday, original.birthday);
    QCOMPARE(copy.emails, original.emails);
    QCOMPARE(copy.phones, original.phones);
    QCOMPARE(copy.addresses, original.addresses);
    QCOMPARE(copy.websites, original.websites);
    QCOMPARE(copy.languages, original.languages);
    QCOMPARE(copy.photo, original.photo);
    QCOMPARE(copy.photoMimeType, original.photoMimeType);
}

void tst_ExportRoundTrip::vCardRoundTrip_data()
{
    QTest::addColumn<VCardVersion>("version");
    QTest::newRow("4.0") << VCardVersion::V40;
    QTest::newRow("3.0") << VCardVersion::V30;
}

void tst_ExportRoundTrip::vCardRoundTrip()
{
    QFETCH(VCardVersion, version);
    fillContacts();
    const QString vcf = m_dir->filePath(QStringLiteral("contacts.vcf"));
    VCardExportOptions options;
    options.version = version;
    auto written = VCardExport().writeFile(
        m_dir->filePath(QStringLiteral("original.coopatlas")), options, vcf);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : text(written.error())));
    const QStringList organisations = idsOf(*m_store, ListTable::Organisations);
    const QStringList people = idsOf(*m_store, ListTable::People);
    QVERIFY(organisations.size() > 10);
    QVERIFY(people.size() > 1);
    QCOMPARE(*written, qint64(organisations.size() + people.size()));

    auto summary = import(vcf, QStringLiteral("copy.coopatlas"));
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : text(summary.error())));
    QCOMPARE(summary->created, int(*written));
    QCOMPARE(summary->skipped, 0);

    auto copy = openStore(QStringLiteral("copy.coopatlas"));
    QVERIFY(copy);
    int kinds = 0;
    int stages = 0;
    int tagged = 0;
    for (const QString &id : organisations) {
        const auto original = m_store->organisation(id);
        const auto imported = copy->organisation(id);
        QVERIFY(original.ok());
        QVERIFY2(imported.ok(), qPrintable(id));
        compareOrganisation(*original, *imported);
        kinds += original->kind.isEmpty() ? 0 : 1;
        stages += original->stage.isEmpty() || !original->founded.isValid() ? 0 : 1;
        tagged += original->tags.isEmpty() ? 0 : 1;
    }
    QVERIFY(kinds > 10);
    QVERIFY(stages > 5);
    QVERIFY(tagged > 10);
    for (const QString &id : people) {
        const auto original = m_store->person(id);
        const auto imported = copy->person(id);
        QVERIFY(original.ok());
        QVERIFY2(imported.ok(), qPrintable(id));
        comparePerson(*original, *imported);
    }

    // The same file again matches every card by its UID.
    auto again = import(vcf, QStringLiteral("copy.coopatlas"));
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : text(again.error())));
    QCOMPARE(again->created, 0);
    QCOMPARE(again->updated, 0);
    QCOMPARE(again->merged, 0);
    QCOMPARE(again->skipped, int(*written));
    QCOMPARE(copy->totalCount(RecordKind::Organisation).value(), qint64(organisations.size()));
    QCOMPARE(copy->totalCount(RecordKind::Person).value(), qint64(people.size()));
}

void tst_ExportRoundTrip::vCardUidUpdatesRecord()
{
    fillContacts();
    const QString vcf = m_dir->filePath(QStringLiteral("contacts.vcf"));
    auto written
        = VCardExport().writeFile(m_dir->filePath(QStringLiteral("original.coopatlas")), {}, vcf);
    QVERIFY(written.ok());
    QVERIFY(import(vcf, QStringLiteral("copy.coopatlas")).ok());

    auto copy = openStore(QStringLiteral("copy.coopatlas"));
    QVERIFY(copy);
    const QString id = idsOf(*m_store, ListTable::Organisations).constFirst();
    auto changed = copy->organisation(id);
    QVERIFY(changed.ok());
    const QString name = changed->name;
    changed->name = QStringLiteral("Renamed in the copy");
    changed->legalForm = QStringLiteral("SCRL");
    QVERIFY(copy->updateOrganisation(*changed).ok());

    auto again = import(vcf, QStringLiteral("copy.coopatlas"));
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : text(again.error())));
    QCOMPARE(again->created, 0);
    QCOMPARE(again->updated, 1);
    QCOMPARE(again->skipped, int(*written) - 1);
    const auto updated = copy->organisation(id);
    QVERIFY(updated.ok());
    QCOMPARE(updated->name, name);
    QCOMPARE(updated->legalForm, QStringLiteral("SCRL")); // no vCard carries it
}

QTEST_GUILESS_MAIN(tst_ExportRoundTrip)
#include "tst_exportroundtrip.moc"
