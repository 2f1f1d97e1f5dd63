// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/import/columnmapping.h>
#include <core/import/csvreader.h>
#include <core/import/htmltext.h>
#include <core/import/recordmapper.h>

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace CoopAtlas::Core;

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items) {
        list.append(QString::fromUtf8(item));
    }
    return list;
}

struct Mapped
{
    ColumnMapping mapping;
    MappedRows rows;
};

std::optional<Mapped> mapBytes(const QByteArray &bytes, const QString &name)
{
    const auto table = CsvReader().read(bytes, name);
    if (!table.ok()) {
        qWarning() << table.error().text();
        return std::nullopt;
    }
    const auto mapping = ColumnMapping::detect(table->headers, table->delimiter);
    if (!mapping) {
        qWarning() << "no preset for" << table->headers;
        return std::nullopt;
    }
    const auto rows = RecordMapper::map(*table, *mapping);
    if (!rows.ok()) {
        qWarning() << rows.error().text();
        return std::nullopt;
    }
    return Mapped{*mapping, rows.value()};
}

std::optional<Mapped> mapFile(const QString &relativePath)
{
    QFile file(QStringLiteral(TESTS_DATA_DIR "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    return mapBytes(file.readAll(), relativePath.section(u'/', -1));
}

const ImportRecord *findOrganisation(const MappedRows &rows, const char *name)
{
    for (const ImportRecord &record : rows.records) {
        if (record.organisation.name == QString::fromUtf8(name)) {
            return &record;
        }
    }
    return nullptr;
}

} // namespace

class tst_Mapping : public QObject
{
    Q_OBJECT

private slots:
    void testGoogleLegacyExport();
    void testGoogleCurrentExport();
    void testOutlookExport();
    void testOutlookMinimal();
    void testThunderbirdExport();
    void testEssglobalDirectory();
    void testBerlinDirectory();
    void testLeadingZerosKept();
    void testDayFirstDates_data();
    void testDayFirstDates();
    void testSemicolonFileDefaultsToDayFirst();
    void testSaveLoadAndReuse();
    void testMappingWithUnknownColumnFails();
    void testUnknownHeaderHasNoPreset();
    void testHeaderNamesForPeople_data();
    void testHeaderNamesForPeople();
    void testHeaderNamesForOrganisations_data();
    void testHeaderNamesForOrganisations();
    void testNameAndCountryMapsOrganisations();
    void testPlainNameNextToFirstName();
    void testHeaderNamesIgnoreCaseAndAccents();
    void testHeaderNamesWithoutNameColumn();
    void testCommuneNextToLocality();
    void testListExportHeaders_data();
    void testListExportHeaders();
    void testIcaDescriptionAsPlainText();
};

void tst_Mapping::testGoogleLegacyExport()
{
    const auto mapped = mapFile(QStringLiteral("contacts/roundcube_gmail.csv"));
    QVERIFY(mapped);
    QCOMPARE(mapped->mapping.preset, u8("google-legacy"));
    QCOMPARE(mapped->rows.records.size(), 1);
    const Person &p = mapped->rows.records.first().person;
    QCOMPARE(p.formattedName, u8("Prefix Firstname Middle Lastname Suffix"));
    QCOMPARE(p.givenName, u8("Firstname"));
    QCOMPARE(p.additionalNames, u8("Middle"));
    QCOMPARE(p.familyName, u8("Lastname"));
    QCOMPARE(p.prefix, u8("Prefix"));
    QCOMPARE(p.suffix, u8("Suffix"));
    QCOMPARE(p.nickname, u8("nick"));
    QCOMPARE(p.birthday, u8("1975-12-12"));
    QCOMPARE(p.notes, u8("note\"note"));
    QCOMPARE(p.organisationName, u8("company"));
    QCOMPARE(p.title, u8("jobtitle"));
    QCOMPARE(p.extra.value(u8("Group Membership")).toArray(),
             QJsonArray::fromStringList(strings({"My Contacts", "Test"})));

    QCOMPARE(p.emails.size(), 4);
    QCOMPARE(p.emails.at(0).value, u8("home@aaa.pl"));
    QCOMPARE(p.emails.at(0).types, strings({"home"}));
    QVERIFY(p.emails.at(0).primary);
    QCOMPARE(p.emails.at(1).value, u8("work@email.pl"));
    QCOMPARE(p.emails.at(1).types, strings({"work"}));
    QVERIFY(!p.emails.at(1).primary);
    QCOMPARE(p.emails.at(2).value, u8("unknown@email.com"));
    QCOMPARE(p.emails.at(2).types, QStringList());
    QCOMPARE(p.emails.at(3).types, strings({"other"}));

    QCOMPARE(p.phones.size(), 7);
    QCOMPARE(p.phones.at(0).value, u8("pager"));
    QCOMPARE(p.phones.at(0).types, strings({"pager"}));
    QCOMPARE(p.phones.at(1).types, strings({"main"}));
    QCOMPARE(p.phones.at(3).value, u8("homefax"));
    QCOMPARE(p.phones.at(3).types, strings({"home", "fax"}));
    QCOMPARE(p.phones.at(4).value, u8("mobile"));
    QCOMPARE(p.phones.at(4).types, strings({"cell"}));
    QCOMPARE(p.phones.at(6).types, strings({"work", "fax"}));

    QCOMPARE(p.addresses.size(), 2);
    const PostalAddress &home = p.addresses.at(0);
    QCOMPARE(home.types, strings({"home"}));
    QCOMPARE(home.label,
             u8("home_street\nhome_pobox\nhome_city, home_state home_zip\nhome_country"));
    QCOMPARE(home.street, u8("home_street"));
    QCOMPARE(home.poBox, u8("home_pobox"));
    QCOMPARE(home.locality, u8("home_city"));
    QCOMPARE(home.region, u8("home_state"));
    QCOMPARE(home.postcode, u8("home_zip"));
    QCOMPARE(home.country, u8("home_country"));
    QCOMPARE(p.addresses.at(1).types, strings({"work"}));
    QCOMPARE(p.addresses.at(1).postcode, u8("work_zip"));
    QCOMPARE(p.websites, strings({"test.com", "home.page.com"}));
}

void tst_Mapping::testGoogleCurrentExport()
{
    const QByteArray csv
        = "First Name,Middle Name,Last Name,Organization Name,Organization Title,Birthday,Labels,"
          "E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,"
          "Phone 1 - Label,Phone 1 - Value,Address 1 - Label,Address 1 - Street,"
          "Address 1 - City,Address 1 - Postal Code,Address 1 - Country\n"
          "Zoë,,Janssens,Febecoop,Coordinatrice,--04-15,* myContacts ::: Platform,"
          "* Work ::: Home,zoe@febecoop.example ::: zoe@home.example,Other,z@example.org,"
          "Mobile,0470 12 34 56 ::: 02 555 01 02,Work,Rue Haute 1,Bruxelles,1000,Belgium\n";
    const auto mapped = mapBytes(csv, QStringLiteral("google.csv"));
    QVERIFY(mapped);
    QCOMPARE(mapped->mapping.preset, u8("google"));
    const Person &p = mapped->rows.records.first().person;
    QCOMPARE(p.formattedName, u8("Zoë Janssens"));
    QCOMPARE(p.organisationName, u8("Febecoop"));
    QCOMPARE(p.title, u8("Coordinatrice"));
    QCOMPARE(p.birthday, u8("--04-15"));
    QCOMPARE(p.emails.size(), 3);
    QCOMPARE(p.emails.at(0).value, u8("zoe@febecoop.example"));
    QCOMPARE(p.emails.at(0).types, strings({"work"}));
    QVERIFY(p.emails.at(0).primary);
    QCOMPARE(p.emails.at(1).value, u8("zoe@home.example"));
    QCOMPARE(p.emails.at(1).types, strings({"home"}));
    QVERIFY(!p.emails.at(1).primary);
    QCOMPARE(p.emails.at(2).types, strings({"other"}));
    QCOMPARE(p.phones.size(), 2);
    QCOMPARE(p.phones.at(0).value, u8("0470 12 34 56"));
    QCOMPARE(p.phones.at(0).types, strings({"cell"}));
    QCOMPARE(p.phones.at(1).value, u8("02 555 01 02"));
    QCOMPARE(p.phones.at(1).types, strings({"cell"}));
    QCOMPARE(p.addresses.size(), 1);
    QCOMPARE(p.addresses.first().types, strings({"work"}));
    QCOMPARE(p.addresses.first().postcode, u8("1000"));
    QCOMPARE(p.extra.value(u8("Labels")).toArray(),
             QJsonArray::fromStringList(strings({"myContacts", "Platform"})));
}

void tst_Mapping::testOutlookExport()
{
    const auto mapped = mapFile(QStringLiteral("contacts/roundcube_all.csv"));
    QVERIFY(mapped);
    QCOMPARE(mapped->mapping.preset, u8("outlook"));
    QVERIFY(mapped->mapping.dayFirst);
    QCOMPARE(mapped->rows.records.size(), 1);
    const Person &p = mapped->rows.records.first().person;
    QCOMPARE(p.formattedName, u8("Display Name"));
    QCOMPARE(p.prefix, u8("Prefix"));
    QCOMPARE(p.givenName, u8("First Name"));
    QCOMPARE(p.familyName, u8("Last Name"));
    QCOMPARE(p.organisationName, u8("Company; Department"));
    QCOMPARE(p.title, u8("Job Title"));
    QCOMPARE(p.birthday, u8("1991-01-20"));
    QCOMPARE(p.notes, u8("Notes"));
    QCOMPARE(p.emails.size(), 3);
    QCOMPARE(p.emails.at(0).value, u8("home@example.com"));
    QCOMPARE(p.emails.at(0).types, strings({"home"}));
    QCOMPARE(p.emails.at(1).types, strings({"work"}));
    QCOMPARE(p.phones.size(), 12);
    QCOMPARE(p.phones.at(0).value, u8("100"));
    QCOMPARE(p.phones.at(0).types, strings({"home"}));
    QCOMPARE(p.phones.at(4).value, u8("500"));
    QCOMPARE(p.phones.at(4).types, strings({"home", "cell"}));
    QCOMPARE(p.phones.at(5).value, u8("600"));
    QVERIFY(p.phones.at(5).primary);
    QCOMPARE(p.addresses.size(), 3);
    QCOMPARE(p.addresses.at(0).types, strings({"home"}));
    QCOMPARE(p.addresses.at(0).street, u8("Home Street"));
    QCOMPARE(p.addresses.at(0).postcode, u8("Home Zip"));
    QCOMPARE(p.addresses.at(1).types, strings({"work"}));
    QCOMPARE(p.addresses.at(1).locality, u8("Work City"));
    QCOMPARE(p.addresses.at(2).postcode, u8("Other Zip"));
    QCOMPARE(p.addresses.at(2).country, u8("Other Country"));
    QCOMPARE(
        p.websites,
        strings(
            {"https://home", "https://work", "https://blog", "https://profile", "https://other"}));
    QCOMPARE(p.extra.value(u8("Gender")).toString(), u8("female"));
}

void tst_Mapping::testOutlookMinimal()
{
    const auto mapped = mapFile(QStringLiteral("contacts/roundcube_outlook.csv"));
    QVERIFY(mapped);
    QCOMPARE(mapped->mapping.preset, u8("outlook"));
    const Person &p = mapped->rows.records.first().person;
    QCOMPARE(p.emails.size(), 3);
    QCOMPARE(p.emails.at(2).value, u8("test3@domain.tld"));
    QCOMPARE(p.formattedName, u8("test1@domain.tld"));
}

void tst_Mapping::testThunderbirdExport()
{
    const auto mapped = mapFile(QStringLiteral("contacts/roundcube_tb_plain.csv"));
    QVERIFY(mapped);
    QCOMPARE(mapped->mapping.preset, u8("thunderbird"));
    const Person &p = mapped->rows.records.first().person;
    QCOMPARE(p.formattedName, u8("Displayname"));
    QCOMPARE(p.givenName, u8("Firstname"));
    QCOMPARE(p.familyName, u8("Lastname"));
    QCOMPARE(p.nickname, u8("Nick"));
    QCOMPARE(p.emails.size(), 2);
    QCOMPARE(p.emails.at(0).value, u8("test@domain.tld"));
    QVERIFY(p.emails.at(0).primary);
    QVERIFY(!p.emails.at(1).primary);
    QCOMPARE(p.phones.size(), 5);
    QCOMPARE(p.phones.at(0).value, u8("phone work"));
    QCOMPARE(p.phones.at(0).types, strings({"work"}));
    QCOMPARE(p.phones.at(4).types, strings({"cell"}));
    QCOMPARE(p.addresses.size(), 2);
    QCOMPARE(p.addresses.at(0).street, u8("Priv address"));
    QCOMPARE(p.addresses.at(0).postcode, u8("xx-xxx"));
    QCOMPARE(p.addresses.at(1).country, u8("Poland"));
    QCOMPARE(p.addresses.at(1).postcode, u8("33-333"));
    QCOMPARE(p.title, u8("title"));
    QCOMPARE(p.organisationName, u8("Organization; department"));
    QCOMPARE(p.websites, strings({"http://page.com", "http://webpage.tld"}));
    QCOMPARE(p.birthday, u8("1970-11-15"));
}

void tst_Mapping::testEssglobalDirectory()
{
    const auto mapped = mapFile(QStringLiteral("directories/dotcoop-expected.csv"));
    QVERIFY(mapped);
    QCOMPARE(mapped->mapping.preset, u8("essglobal"));
    QCOMPARE(mapped->mapping.target, RecordTarget::Organisation);
    // 29 of the 5,208 rows have an empty Name.
    QCOMPARE(mapped->rows.records.size(), 5179);
    QCOMPARE(mapped->rows.skipped.size(), 29);
    const ImportRecord *smart = findOrganisation(mapped->rows, "SMart");
    QVERIFY(smart);
    QCOMPARE(smart->organisation.street, u8("Rue Emile Feron"));
    QCOMPARE(smart->organisation.locality, u8("Saint-Gilles - Sint-Gillis"));
    QCOMPARE(smart->organisation.postcode, u8("1060"));
    QCOMPARE(smart->organisation.country, u8("Belgium"));
    QCOMPARE(smart->organisation.commune, u8("saint-gilles"));
    QCOMPARE(smart->organisation.websites, strings({"http://smart.coop"}));
    QCOMPARE(smart->organisation.extra.value(u8("Identifier")).toString(), u8("18228409"));
    const ImportRecord *banks
        = findOrganisation(mapped->rows, "European Association of Cooperative Banks");
    QVERIFY(banks);
    QCOMPARE(banks->organisation.websites,
             strings({"http://eurocoopbanks.coop", "http://eacb.coop"}));
    QCOMPARE(banks->organisation.commune, u8("bruxelles"));
    // Vienna 1140 is also the Evere postcode: only Belgian addresses get a commune.
    const ImportRecord *vienna = findOrganisation(mapped->rows, "MyPost e.Gen iG");
    QVERIFY(vienna);
    QCOMPARE(vienna->organisation.postcode, u8("1140"));
    QCOMPARE(vienna->organisation.commune, QString());
}

void tst_Mapping::testBerlinDirectory()
{
    const auto mapped = mapFile(QStringLiteral("directories/Wandelwoche_wandelwoche-ganz.csv"));
    QVERIFY(mapped);
    QCOMPARE(mapped->mapping.preset, u8("berlin-se"));
    QCOMPARE(mapped->rows.records.size(), 76);
    const Organisation &first = mapped->rows.records.first().organisation;
    QCOMPARE(first.name, u8("AGBeratung - Projekte beraten Projekte"));
    QCOMPARE(first.street, u8("Richardstrasse 24c"));
    QCOMPARE(first.postcode, u8("12043"));
    QCOMPARE(first.locality, u8("Berlin"));
    QCOMPARE(first.country, u8("Germany"));
    QCOMPARE(first.commune, QString());
    QCOMPARE(first.phones.first().value, u8("+49 30 68231091"));
    QCOMPARE(first.tags, strings({"solidarity_economy", "demonetized_economy"}));
    const ImportRecord *garden = findOrganisation(mapped->rows, "Allmende-Kontor");
    QVERIFY(garden);
    QCOMPARE(garden->organisation.emails.size(), 3);
    QCOMPARE(garden->organisation.emails.first().value, u8("garten@allmende-kontor.de"));
    QCOMPARE(garden->organisation.phones.size(), 0);
    const ImportRecord *fabrik = findOrganisation(mapped->rows, "Regenbogenfabrik");
    QVERIFY(fabrik);
    QCOMPARE(fabrik->organisation.emails.size(), 2);
    QCOMPARE(fabrik->organisation.emails.at(1).value, u8("kontakt@regenbogenfabrik.de"));
}

void tst_Mapping::testLeadingZerosKept()
{
    const QByteArray csv = "Identifier,Name,Street Address,Locality,Postcode,Country Name,Phone\n"
                           "1,Test,Rue A 1,Liège,0400,Belgium,0032 2 555 01 02\n";
    const auto mapped = mapBytes(csv, QStringLiteral("z.csv"));
    QVERIFY(mapped);
    QCOMPARE(mapped->rows.records.first().organisation.postcode, u8("0400"));
    QCOMPARE(mapped->rows.records.first().organisation.phones.first().value,
             u8("0032 2 555 01 02"));
    QCOMPARE(mapped->rows.records.first().organisation.extra.value(u8("Identifier")).toString(),
             u8("1"));
}

void tst_Mapping::testDayFirstDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("dayFirst");
    QTest::addColumn<QString>("expected");
    QTest::newRow("day first") << u8("03/04/1990") << true << u8("1990-04-03");
    QTest::newRow("month first") << u8("03/04/1990") << false << u8("1990-03-04");
    QTest::newRow("dots") << u8("20.01.1991") << true << u8("1991-01-20");
    QTest::newRow("iso day first") << u8("1991-01-20") << true << u8("1991-01-20");
    QTest::newRow("iso month first") << u8("1991-01-20") << false << u8("1991-01-20");
    QTest::newRow("day 20 read as month") << u8("20/01/1991") << false << QString();
    QTest::newRow("no year") << u8("--12-24") << true << u8("--12-24");
    QTest::newRow("text") << u8("soon") << true << QString();
}

void tst_Mapping::testDayFirstDates()
{
    QFETCH(QString, text);
    QFETCH(bool, dayFirst);
    QFETCH(QString, expected);
    QCOMPARE(RecordMapper::parseDate(text, dayFirst, true), expected);
}

void tst_Mapping::testSemicolonFileDefaultsToDayFirst()
{
    const QByteArray csv = "First Name;Last Name;E-mail 1 - Value;Birthday\n"
                           "An;Peeters;an@example.org;03/04/1990\n";
    const auto mapped = mapBytes(csv, QStringLiteral("s.csv"));
    QVERIFY(mapped);
    QVERIFY(mapped->mapping.dayFirst);
    QCOMPARE(mapped->rows.records.first().person.birthday, u8("1990-04-03"));

    const QByteArray comma = "First Name,Last Name,E-mail 1 - Value,Birthday\n"
                             "An,Peeters,an@example.org,13/04/1990\n";
    const auto google = mapBytes(comma, QStringLiteral("c.csv"));
    QVERIFY(google);
    QVERIFY(!google->mapping.dayFirst);
    QCOMPARE(google->rows.records.first().person.birthday, QString());
    QCOMPARE(google->rows.warnings.size(), 1);
    QVERIFY(google->rows.warnings.first().contains(u8("c.csv, line 2, column \"Birthday\"")));
}

void tst_Mapping::testSaveLoadAndReuse()
{
    const auto mapped = mapFile(QStringLiteral("contacts/roundcube_gmail.csv"));
    QVERIFY(mapped);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("google.json"));
    QVERIFY(mapped->mapping.save(path).ok());
    const auto loaded = ColumnMapping::load(path);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value(), mapped->mapping);

    const auto table
        = CsvReader().readFile(QStringLiteral(TESTS_DATA_DIR "/contacts/roundcube_gmail.csv"));
    QVERIFY(table.ok());
    const auto again = RecordMapper::map(*table, *loaded);
    QVERIFY(again.ok());
    QCOMPARE(again->records.first().person.emails, mapped->rows.records.first().person.emails);
    QCOMPARE(again->records.first().person.addresses,
             mapped->rows.records.first().person.addresses);
}

void tst_Mapping::testMappingWithUnknownColumnFails()
{
    ColumnMapping mapping;
    mapping.rules.append({u8("Missing"), u8("email"), {}, {}, 0, {}});
    const auto table = CsvReader().read("Email\na@example.org\n", QStringLiteral("m.csv"));
    QVERIFY(table.ok());
    const auto rows = RecordMapper::map(*table, mapping);
    QVERIFY(!rows.ok());
    QCOMPARE(rows.error().context, u8("m.csv"));
    QVERIFY(rows.error().message.contains(u8("\"Missing\"")));

    mapping.rules = {{u8("Email"), u8("mail"), {}, {}, 0, {}}};
    const auto badField = RecordMapper::map(*table, mapping);
    QVERIFY(!badField.ok());
    QVERIFY(badField.error().message.contains(u8("unknown field \"mail\"")));
}

void tst_Mapping::testUnknownHeaderHasNoPreset()
{
    QVERIFY(!ColumnMapping::detect(strings({"foo", "bar"}), u',').has_value());
}

void tst_Mapping::testHeaderNamesForPeople_data()
{
    QTest::addColumn<QByteArray>("csv");

    const QByteArray row = "Anna,Peeters,anna@example.org,+32 2 123 45 67,Rue Haute 12,1000,"
                           "Bruxelles,Belgique,Febecoop,Membre du CA\n";
    QTest::newRow("English") << "First Name,Last Name,E-mail,Phone,Street,Postcode,City,"
                                "Country,Organisation,Notes\n"
                                    + row;
    QTest::newRow("French") << QByteArray("Prénom,Nom de famille,Courriel,Téléphone,Rue,"
                                          "Code postal,Ville,Pays,Organisation,Remarques\n")
                                   + row;
    QTest::newRow("Dutch") << "Voornaam,Achternaam,Email,Telefoon,Straat,Postcode,Gemeente,"
                              "Land,Organisatie,Opmerkingen\n"
                                  + row;
    QTest::newRow("German") << QByteArray("Vorname,Nachname,E-Mail,Telefon,Straße,PLZ,Ort,Land,"
                                          "Organisation,Notizen\n")
                                   + row;
}

void tst_Mapping::testHeaderNamesForPeople()
{
    QFETCH(QByteArray, csv);
    const auto mapped = mapBytes(csv, u8("people.csv"));
    QVERIFY(mapped);
    QCOMPARE(mapped->mapping.preset, u8("header-names"));
    QCOMPARE(mapped->mapping.target, RecordTarget::Person);
    QCOMPARE(mapped->rows.records.size(), 1);
    const Person &p = mapped->rows.records.first().person;
    QCOMPARE(p.givenName, u8("Anna"));
    QCOMPARE(p.familyName, u8("Peeters"));
    QCOMPARE(p.formattedName, u8("Anna Peeters"));
    QCOMPARE(p.emails.size(), 1);
    QCOMPARE(p.emails.first().value, u8("anna@example.org"));
    QCOMPARE(p.phones.size(), 1);
    QCOMPARE(p.phones.first().value, u8("+32 2 123 45 67"));
    QCOMPARE(p.organisationName, u8("Febecoop"));
    QCOMPARE(p.notes, u8("Membre du CA"));
    QCOMPARE(p.addresses.size(), 1);
    QCOMPARE(p.addresses.first().street, u8("Rue Haute 12"));
    QCOMPARE(p.addresses.first().postcode, u8("1000"));
    QCOMPARE(p.addresses.first().locality, u8("Bruxelles"));
    QCOMPARE(p.addresses.first().country, u8("Belgique"));
    QVERIFY(p.extra.isEmpty());
}

void tst_Mapping::testHeaderNamesForOrganisations_data()
{
    QTest::addColumn<QByteArray>("csv");

    const QByteArray row = "Febecoop;info@febecoop.be;02 500 53 00;https://febecoop.be;"
                           "Rue Haute 88;1000;Bruxelles;Belgique;Fédération des coopératives;"
                           "42\n";
    QTest::newRow("English") << "Name;E-mail;Phone;Website;Street;Postcode;City;Country;"
                                "Description;Members\n"
                                    + row;
    QTest::newRow("French") << QByteArray("Nom;Courriel;Téléphone;Site web;Rue;Code postal;"
                                          "Ville;Pays;Description;Members\n")
                                   + row;
    QTest::newRow("Dutch") << "Naam;Email;Telefoon;Website;Straat;Postcode;Gemeente;Land;"
                              "Omschrijving;Members\n"
                                  + row;
    QTest::newRow("German") << QByteArray("Name;E-Mail;Telefon;Webseite;Straße;PLZ;Ort;Land;"
                                          "Beschreibung;Members\n")
                                   + row;
}

void tst_Mapping::testHeaderNamesForOrganisations()
{
    QFETCH(QByteArray, csv);
    const auto mapped = mapBytes(csv, u8("organisations.csv"));
    QVERIFY(mapped);
    QCOMPARE(mapped->mapping.preset, u8("header-names"));
    QCOMPARE(mapped->mapping.target, RecordTarget::Organisation);
    QVERIFY(mapped->mapping.dayFirst);
    QCOMPARE(mapped->rows.records.size(), 1);
    const Organisation &org = mapped->rows.records.first().organisation;
    QCOMPARE(org.name, u8("Febecoop"));
    QCOMPARE(org.emails.size(), 1);
    QCOMPARE(org.emails.first().value, u8("info@febecoop.be"));
    QCOMPARE(org.phones.size(), 1);
    QCOMPARE(org.phones.first().value, u8("02 500 53 00"));
    QCOMPARE(org.websites, strings({"https://febecoop.be"}));
    QCOMPARE(org.street, u8("Rue Haute 88"));
    QCOMPARE(org.postcode, u8("1000"));
    QCOMPARE(org.locality, u8("Bruxelles"));
    QCOMPARE(org.commune, u8("bruxelles"));
    QCOMPARE(org.country, u8("Belgique"));
    QCOMPARE(org.description, u8("Fédération des coopératives"));
    // A column with an unknown header is kept under its own name.
    QCOMPARE(org.extra.value(u8("Members")).toString(), u8("42"));
}

void tst_Mapping::testNameAndCountryMapsOrganisations()
{
    const auto mapped = mapBytes("name,country\nSMart,Belgium\nCoopCycle,France\n", u8("n.csv"));
    QVERIFY(mapped);
    QCOMPARE(mapped->mapping.target, RecordTarget::Organisation);
    QCOMPARE(mapped->mapping.rules.size(), 2);
    QCOMPARE(mapped->mapping.rules.at(0).field, u8("name"));
    QCOMPARE(mapped->mapping.rules.at(1).field, u8("country"));
    QCOMPARE(mapped->rows.records.size(), 2);
    QCOMPARE(mapped->rows.records.at(0).organisation.name, u8("SMart"));
    QCOMPARE(mapped->rows.records.at(0).organisation.country, u8("Belgium"));
    QCOMPARE(mapped->rows.records.at(1).organisation.name, u8("CoopCycle"));
    QCOMPARE(mapped->rows.records.at(1).organisation.country, u8("France"));
}

void tst_Mapping::testPlainNameNextToFirstName()
{
    const auto german = mapBytes("Vorname,Name,Firma\nJan,Janssens,SMart\n", u8("de.csv"));
    QVERIFY(german);
    QCOMPARE(german->mapping.target, RecordTarget::Person);
    QCOMPARE(german->rows.records.size(), 1);
    const Person &jan = german->rows.records.first().person;
    QCOMPARE(jan.givenName, u8("Jan"));
    QCOMPARE(jan.familyName, u8("Janssens"));
    QCOMPARE(jan.formattedName, u8("Jan Janssens"));
    QCOMPARE(jan.organisationName, u8("SMart"));

    // With both a first-name and a last-name column, "name" is the full name.
    const auto english
        = mapBytes("first name,last name,name\nAnna,Peeters,Dr Anna Peeters\n", u8("en.csv"));
    QVERIFY(english);
    QCOMPARE(english->rows.records.size(), 1);
    QCOMPARE(english->rows.records.first().person.formattedName, u8("Dr Anna Peeters"));
    QCOMPARE(english->rows.records.first().person.familyName, u8("Peeters"));
}

void tst_Mapping::testHeaderNamesIgnoreCaseAndAccents()
{
    const auto mapping = ColumnMapping::fromHeaderNames(
        strings({"NOM", "TELEPHONE", "e mail", "Code_Postal", "Strasse", "site-web", "VILLE"}));
    QVERIFY(mapping);
    QCOMPARE(mapping->target, RecordTarget::Organisation);
    QCOMPARE(mapping->rules.size(), 7);
    QCOMPARE(mapping->rules.at(0).field, u8("name"));
    QCOMPARE(mapping->rules.at(1).field, u8("phone"));
    QCOMPARE(mapping->rules.at(2).field, u8("email"));
    QCOMPARE(mapping->rules.at(3).field, u8("postcode"));
    QCOMPARE(mapping->rules.at(4).field, u8("street"));
    QCOMPARE(mapping->rules.at(5).field, u8("website"));
    QCOMPARE(mapping->rules.at(6).field, u8("locality"));
    QVERIFY(
        mapping
            ->validate(
                strings(
                    {"NOM", "TELEPHONE", "e mail", "Code_Postal", "Strasse", "site-web", "VILLE"}),
                u8("x.csv"))
            .ok());
}

void tst_Mapping::testHeaderNamesWithoutNameColumn()
{
    QVERIFY(!ColumnMapping::fromHeaderNames(strings({"email", "city"})).has_value());
    QVERIFY(!ColumnMapping::detect(strings({"email", "city"}), u',').has_value());
    // A second name column is kept as extra, so the first one is the name.
    const auto twoNames = ColumnMapping::fromHeaderNames(strings({"name", "naam", "pays"}));
    QVERIFY(twoNames);
    QCOMPARE(twoNames->rules.at(0).field, u8("name"));
    QCOMPARE(twoNames->rules.at(1).field, u8("extra"));
    QCOMPARE(twoNames->rules.at(2).field, u8("country"));
}

void tst_Mapping::testCommuneNextToLocality()
{
    // CoopAtlas's organisation list writes "Commune" before "Locality". A
    // second commune column is kept as extra.
    const auto both
        = ColumnMapping::fromHeaderNames(strings({"Name", "Commune", "Locality", "Gemeente"}));
    QVERIFY(both);
    QCOMPARE(both->rules.at(1).field, u8("commune"));
    QCOMPARE(both->rules.at(2).field, u8("locality"));
    QCOMPARE(both->rules.at(3).field, u8("extra"));
    // Without another locality column, the commune is the locality.
    const auto communeOnly = ColumnMapping::fromHeaderNames(strings({"Nom", "Commune"}));
    QVERIFY(communeOnly);
    QCOMPARE(communeOnly->rules.at(1).field, u8("locality"));
}

void tst_Mapping::testListExportHeaders_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QStringList>("fields");
    const QStringList organisationFields
        = strings({"name", "kind", "stage", "commune", "locality", "country", "founded", "ignore"});
    const QStringList personFields
        = strings({"formattedName", "organisationName", "email", "phone", "ignore"});
    QTest::newRow("organisations en") << strings(
        {"Name", "Kind", "Stage", "Commune", "Locality", "Country", "Founded", "Updated"})
                                      << organisationFields;
    QTest::newRow("organisations fr") << QStringList{u8("Nom"),
                                                     u8("Type"),
                                                     u8("Stade"),
                                                     u8("Commune"),
                                                     u8("Localité"),
                                                     u8("Pays"),
                                                     u8("Fondée le"),
                                                     u8("Mise à jour")}
                                      << organisationFields;
    QTest::newRow("organisations nl") << strings(
        {"Naam", "Soort", "Fase", "Gemeente", "Plaats", "Land", "Opgericht", "Bijgewerkt"})
                                      << organisationFields;
    QTest::newRow("people en") << strings({"Name", "Organisation", "E-mail", "Phone", "Updated"})
                               << personFields;
    QTest::newRow("people fr") << QStringList{u8("Nom"),
                                              u8("Organisation"),
                                              u8("E-mail"),
                                              u8("Téléphone"),
                                              u8("Mise à jour")}
                               << personFields;
    QTest::newRow("people nl") << strings(
        {"Naam", "Organisatie", "E-mail", "Telefoon", "Bijgewerkt"})
                               << personFields;
}

void tst_Mapping::testListExportHeaders()
{
    QFETCH(QStringList, headers);
    QFETCH(QStringList, fields);
    const auto mapping = ColumnMapping::fromHeaderNames(headers);
    QVERIFY(mapping);
    QCOMPARE(mapping->target,
             fields.contains(u8("kind")) ? RecordTarget::Organisation : RecordTarget::Person);
    QCOMPARE(mapping->rules.size(), fields.size());
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QCOMPARE(mapping->rules.at(i).column, headers.at(i));
        QCOMPARE(mapping->rules.at(i).field, fields.at(i));
    }
}

void tst_Mapping::testIcaDescriptionAsPlainText()
{
    const auto mapped = mapFile(u8("directories/ica-expected.csv"));
    QVERIFY(mapped);
    QCOMPARE(mapped->mapping.preset, u8("essglobal"));
    const ImportRecord *febecoop = findOrganisation(mapped->rows, "Febecoop");
    QVERIFY(febecoop);
    const QString &description = febecoop->organisation.description;
    const QString firstSentence
        = u8("Since its inception in 1970, Febecoop has always promoted, defended and "
             "distributed the cooperative values and principles.");
    QVERIFY2(description.startsWith(firstSentence
                                    + u8(" It structures its work around three "
                                         "main areas:\n\n- Promote the values")),
             qPrintable(description.left(300)));
    QCOMPARE(description.section(u'\n', 2, 4),
             u8("- Promote the values and models of cooperative enterpreneurship and defend its "
                "members.\n"
                "- Research and develop the cooperative model in order to deploy it into new "
                "economy fields.\n"
                "- Guide starters and advise cooperatives in order to develop or strengthen "
                "enterpreneurs in the social and cooperative economy in all regions of the "
                "country."));
    QVERIFY(description.endsWith(u8("\n\nFebecop is composed of cooperative enterprises and "
                                    "organisations belonging to the social economy.\n\nFebecoop "
                                    "ensures that the interests of its members engaged in "
                                    "historical representations are taken into account within "
                                    "a targetted number of political, socio-economic and "
                                    "academic institutions at both national and European "
                                    "level.")));
    QVERIFY(!description.contains(u'<'));
    QVERIFY(!description.contains(u'&'));
    QVERIFY(!description.contains(QChar(0x00A0)));

    // No description of the file keeps a tag or an encoded no-break space.
    for (const ImportRecord &record : mapped->rows.records) {
        QVERIFY2(!containsHtmlTags(record.organisation.description),
                 qPrintable(record.organisation.name));
        QVERIFY2(!record.organisation.description.contains(u8("&nbsp;")),
                 qPrintable(record.organisation.name));
    }
}

QTEST_GUILESS_MAIN(tst_Mapping)
#include "tst_mapping.moc"
