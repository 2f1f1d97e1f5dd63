// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/import/vcardparser.h>
#include <core/import/vcardproperty.h>

#include <QJsonArray>
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

QList<ImportRecord> readContacts(const char *name)
{
    const auto records = VCardParser().readFile(QStringLiteral(TESTS_DATA_DIR "/contacts/")
                                                + QString::fromUtf8(name));
    if (!records.ok()) {
        qWarning() << records.error().text();
        return {};
    }
    return records.value();
}

QStringList extraValues(const QJsonObject &extra, const char *property)
{
    QStringList values;
    const QJsonArray array = extra.value(QStringLiteral("vcard"))
                                 .toObject()
                                 .value(QString::fromUtf8(property))
                                 .toArray();
    for (const QJsonValue &value : array) {
        values.append(value.toString());
    }
    return values;
}

} // namespace

class tst_VCardParser : public QObject
{
    Q_OBJECT

private slots:
    void testFullVCard4();
    void testVersion21WindowsCharset();
    void testVersion21QuotedPrintableSoftBreaks();
    void testQuotedPrintableWithoutCharset();
    void testFoldingSplitsUtf8Sequences();
    void testInlinePhotos();
    void testAppleCompanyCardWithGroups();
    void testAppleShowAsCompanyWithItemAddress();
    void testPhotoEncodingB();
    void testUtf16WithoutBom();
    void testOrgEscapesAndBareTypes();
    void testDataUriPhoto();
    void testBirthdays_data();
    void testBirthdays();
    void testCardWithoutEndRejectsFile();
    void testEmptyAndBinaryFiles();
};

void tst_VCardParser::testFullVCard4()
{
    const auto records = readContacts("kcontacts_testfullvcard.vcf");
    QCOMPARE(records.size(), 1);
    const Person &p = records.first().person;
    QCOMPARE(records.first().target, RecordTarget::Person);
    QCOMPARE(p.formattedName, u8("Sherlock Holmes"));
    QCOMPARE(p.familyName, u8("Holmes"));
    QCOMPARE(p.givenName, u8("Sherlock"));
    QCOMPARE(p.prefix, u8("Mr"));
    QCOMPARE(p.nickname, u8("Shirley"));
    QCOMPARE(p.title, u8("Detective"));
    QCOMPARE(p.role, u8("Detective"));
    QCOMPARE(p.phones.size(), 3);
    QCOMPARE(p.phones.at(0).value, u8("+44-555-555-5555;ext=5555"));
    QCOMPARE(p.phones.at(0).types, strings({"voice", "home"}));
    QVERIFY(p.phones.at(0).primary);
    QCOMPARE(p.phones.at(1).value, u8("+44-555-555-6666"));
    QCOMPARE(p.phones.at(1).types, strings({"voice", "cell", "text"}));
    QVERIFY(!p.phones.at(1).primary);
    QCOMPARE(p.phones.at(2).types, strings({"voice", "work"}));
    QCOMPARE(p.emails.size(), 2);
    QCOMPARE(p.emails.at(0).value, u8("sherlock.holmes@gmail.com"));
    QCOMPARE(p.emails.at(0).types, strings({"home"}));
    QVERIFY(!p.emails.at(0).primary);
    QCOMPARE(p.emails.at(1).value, u8("detective@sherlockholmes.com"));
    QCOMPARE(p.emails.at(1).types, strings({"work"}));
    QVERIFY(p.emails.at(1).primary);
    QCOMPARE(p.addresses.size(), 1);
    QCOMPARE(p.addresses.first().street, u8("221B Baker Street"));
    QCOMPARE(p.addresses.first().locality, u8("London"));
    QCOMPARE(p.addresses.first().postcode, u8("NW1"));
    QCOMPARE(p.addresses.first().country, u8("United Kingdom"));
    QCOMPARE(p.addresses.first().label,
             u8("Mr Sherlock Holmes, 221B Baker Street, London NW1, England, United Kingdom"));
    QCOMPARE(p.websites, strings({"https://sherlockholmes.com"}));
    QCOMPARE(p.languages, strings({"en", "fr"}));
    QCOMPARE(p.birthday, u8("1953-10-15"));
    QVERIFY(p.photo.isEmpty());
    QCOMPARE(extraValues(p.extra, "GENDER"), strings({"M"}));
    QCOMPARE(extraValues(p.extra, "CATEGORIES"), strings({"FICTION,LITERATURE"}));
    QCOMPARE(extraValues(p.extra, "IMPP"), strings({"xmpp:detective@sherlockholmes.com"}));
    QCOMPARE(extraValues(p.extra, "ANNIVERSARY"), strings({"19960415"}));
}

void tst_VCardParser::testVersion21WindowsCharset()
{
    const auto records = readContacts("roundcube_johndoe.vcf");
    QCOMPARE(records.size(), 1);
    const Person &p = records.first().person;
    QCOMPARE(p.formattedName, u8("John Doë"));
    QCOMPARE(p.familyName, u8("Doë"));
    QCOMPARE(p.givenName, u8("John"));
    QCOMPARE(p.organisationName, u8("roundcube.net"));
    QCOMPARE(p.emails.size(), 2);
    QCOMPARE(p.emails.at(0).value, u8("inbox@roundcube.net"));
    QCOMPARE(p.emails.at(0).types, strings({"work"}));
    QVERIFY(!p.emails.at(0).primary);
    QCOMPARE(p.emails.at(1).value, u8("roundcube@gmail.com"));
    QCOMPARE(p.emails.at(1).types, strings({"home"}));
    QVERIFY(p.emails.at(1).primary);
    QCOMPARE(p.phones.size(), 2);
    QCOMPARE(p.phones.at(0).value, u8("+123456789"));
    QCOMPARE(p.phones.at(0).types, strings({"work"}));
    QCOMPARE(p.phones.at(1).value, u8("+987654321"));
    QCOMPARE(p.phones.at(1).types, strings({"cell"}));
    QCOMPARE(p.addresses.size(), 1);
    QCOMPARE(p.addresses.first().street, u8("The street"));
    QCOMPARE(p.addresses.first().locality, u8("Hometown"));
    QCOMPARE(p.addresses.first().postcode, u8("5555"));
    QCOMPARE(p.addresses.first().country, u8("Cayman Islands"));
    QCOMPARE(p.addresses.first().types, strings({"work"}));
    QCOMPARE(p.notes, u8("The notes..."));
}

void tst_VCardParser::testVersion21QuotedPrintableSoftBreaks()
{
    const auto records = readContacts("kcontacts_vcard10.vcf");
    QCOMPARE(records.size(), 5);
    const Person &shop = records.at(0).person;
    QCOMPARE(shop.organisationName, u8("Bike Shop"));
    QCOMPARE(shop.formattedName, u8("Bike Shop"));
    QCOMPARE(shop.addresses.first().street, u8("DDDDDDDDDDDDDDD-Staße 2\n00000 DDDDDDDDDD"));
    QCOMPARE(shop.addresses.first().types, strings({"work"}));
    QCOMPARE(shop.notes, u8("This one has a funny character at the end in the contact list"));

    const Person &broken = records.at(1).person;
    QCOMPARE(broken.formattedName, u8("Field after Address broken"));
    QCOMPARE(broken.addresses.first().street, u8("AAAAAAA-AäAAAAA 11"));
    QCOMPARE(broken.addresses.first().locality, u8("Urt"));
    QCOMPARE(broken.addresses.first().postcode, u8("00000"));
    QCOMPARE(broken.websites, strings({"http://some-webseite.com"}));
    QCOMPARE(records.at(2).person.websites, strings({"http://some-webseite.com"}));

    const Person &doctor = records.at(3).person;
    QCOMPARE(doctor.prefix, u8("Dr. med."));
    QCOMPARE(doctor.title, u8("Facharzt für Allgemeinmedizin"));
    // The soft break falls between 0xE2 0x80 and 0x93 of an en dash.
    QCOMPARE(doctor.notes,
             u8("Sprechzeiten:\nMo   8–12, 15–18\nDi     8–12\nMi    8–12, 14–15\n"
                "Do 14–19\nFr     8–12"));
    QCOMPARE(records.at(4).person.organisationName, QString());
    QCOMPARE(records.at(4).person.title, u8("Dentist"));
}

void tst_VCardParser::testQuotedPrintableWithoutCharset()
{
    // The Bat! writes ISO-8859-2 without saying so; without a CHARSET the byte
    // 0xF1 is read as Windows-1252 "ñ".
    const auto records = readContacts("roundcube_thebat.vcf");
    QCOMPARE(records.size(), 1);
    const Person &p = records.first().person;
    QCOMPARE(p.formattedName, u8("Piotr Iksiñski"));
    QCOMPARE(p.familyName, u8("Iksiñski"));
    QCOMPARE(p.givenName, u8("Piotr"));
    QCOMPARE(p.emails.size(), 1);
    QVERIFY(p.emails.first().primary);
    QCOMPARE(p.emails.first().types, QStringList());
    QCOMPARE(extraValues(p.extra, "X-GENDER"), strings({"Male"}));
}

void tst_VCardParser::testFoldingSplitsUtf8Sequences()
{
    const auto records = readContacts("kcontacts_vcard9.vcf");
    QCOMPARE(records.size(), 1);
    const Person &p = records.first().person;
    const QString greek = u8("βγδεαβγδ1");
    QCOMPARE(p.formattedName, greek.repeated(11));
    QVERIFY(p.familyName.startsWith(u8("123ㄓㄕㄖbcdeαβγδ")));
    QVERIFY(p.familyName.endsWith(u8("ㄓㄕㄖ")));
    QVERIFY(p.notes.startsWith(u8("Длинный комментарий на русском языке")));
    QVERIFY(p.notes.contains(u8("чтобы в результате")));
    QVERIFY(p.notes.endsWith(u8("70 символов.")));
    QVERIFY(!p.notes.contains(QChar::ReplacementCharacter));
}

void tst_VCardParser::testInlinePhotos()
{
    const auto records = readContacts("kcontacts_vcard12.vcf");
    QCOMPARE(records.size(), 1);
    const Person &p = records.first().person;
    QCOMPARE(p.formattedName, u8("Good Looking"));
    QCOMPARE(p.photoMimeType, u8("image/png"));
    QVERIFY(p.photo.startsWith("\x89PNG\r\n"));
    QCOMPARE(p.photo.size(), 159);
    QCOMPARE(extraValues(p.extra, "PHOTO").size(), 1);
    QCOMPARE(p.emails.first().value, u8("goodlooking@example.com"));
    QCOMPARE(p.emails.first().types, strings({"work"}));
    QCOMPARE(extraValues(p.extra, "UID"), strings({"pas-id-54B2522600000001"}));
}

void tst_VCardParser::testAppleCompanyCardWithGroups()
{
    const auto records = readContacts("roundcube_apple.vcf");
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().target, RecordTarget::Organisation);
    const Organisation &org = records.first().organisation;
    QCOMPARE(org.name, u8("Apple Computer AG"));
    QCOMPARE(org.street, u8("Birgistrasse 4a"));
    QCOMPARE(org.locality, u8("Wallisellen-Zürich"));
    QCOMPARE(org.postcode, u8("8304"));
    QCOMPARE(org.country, u8("Switzerland"));
    QCOMPARE(org.commune, QString());
    QCOMPARE(org.websites, strings({"http://www.apple.ch"}));
    QCOMPARE(extraValues(org.extra, "X-ABADR"), strings({"ch"}));
    QCOMPARE(extraValues(org.extra, "X-ABUID"),
             strings({"2E4CB084-4767-4C85-BBCA-805B1DCB1C8E:ABPerson"}));
}

void tst_VCardParser::testAppleShowAsCompanyWithItemAddress()
{
    const auto records = readContacts("kcontacts_vcardwithitemasapplesupport.vcf");
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().target, RecordTarget::Organisation);
    const Organisation &org = records.first().organisation;
    QCOMPARE(org.name, u8("SOME COMPANY"));
    QCOMPARE(org.street, u8("STREET"));
    QCOMPARE(org.locality, u8("CITY"));
    QCOMPARE(org.postcode, u8("ZIP"));
    QCOMPARE(org.country, u8("COUNTRY"));
    QCOMPARE(org.description, u8("SOME NOTES"));
    QCOMPARE(org.phones.size(), 1);
    QCOMPARE(org.phones.first().value, u8("(111) 111-1111"));
    QCOMPARE(org.phones.first().types, strings({"voice", "work"}));
    QVERIFY(org.phones.first().primary);
}

void tst_VCardParser::testPhotoEncodingB()
{
    const auto records = readContacts("roundcube_photo.vcf");
    QCOMPARE(records.size(), 1);
    // X-ABShowAs:COMPANY makes this an organisation although N names a person.
    QCOMPARE(records.first().target, RecordTarget::Organisation);
    QCOMPARE(records.first().organisation.name, u8("Apple Computer AG"));

    const QByteArray card = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Müller;Jörg;;;\r\n"
                            "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/\r\n"
                            "END:VCARD\r\n";
    const auto person = VCardParser().read(card, QStringLiteral("p.vcf"));
    QVERIFY(person.ok());
    const Person &p = person->first().person;
    QCOMPARE(p.formattedName, u8("Jörg Müller"));
    QCOMPARE(p.photoMimeType, u8("image/jpeg"));
    QCOMPARE(p.photo.size(), 21);
    QVERIFY(p.photo.startsWith("\xFF\xD8\xFF\xE0"));
}

void tst_VCardParser::testUtf16WithoutBom()
{
    const auto records = readContacts("roundcube_utf-16_sample.vcf");
    QCOMPARE(records.size(), 1);
    const Person &p = records.first().person;
    QCOMPARE(p.formattedName, u8("Ǽgean ĽdaMonté"));
    QCOMPARE(p.familyName, u8("ĽdaMonté"));
    QCOMPARE(p.givenName, u8("Ǽgean"));
    QCOMPARE(p.addresses.size(), 1);
    QCOMPARE(p.addresses.first().street, u8("169 Mária Canal"));
    QCOMPARE(p.addresses.first().locality, u8("LaPaz"));
    QCOMPARE(p.addresses.first().region, u8("Conceptión"));
    QCOMPARE(p.addresses.first().postcode, u8("245-876"));
    QCOMPARE(p.addresses.first().country, u8("Perú"));
    QCOMPARE(p.addresses.first().types, strings({"work", "pref"}));
}

void tst_VCardParser::testOrgEscapesAndBareTypes()
{
    const QByteArray card = "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Peeters;An\r\n"
                            "ORG:Febecoop\\, Brussels\\; Platform;Research\\, and more\r\n"
                            "TEL;WORK;VOICE:02 500 00 00\r\nTEL;CELL:0470 00 00 00\r\n"
                            "item1.EMAIL:an@example.org\r\nitem1.X-ABLabel:Board\r\n"
                            "X-FOO:one\r\nX-FOO:two\r\nEND:VCARD\r\n";
    const auto records = VCardParser().read(card, QStringLiteral("o.vcf"));
    QVERIFY(records.ok());
    const Person &p = records->first().person;
    QCOMPARE(p.formattedName, u8("An Peeters"));
    QCOMPARE(p.organisationName, u8("Febecoop, Brussels; Platform; Research, and more"));
    QCOMPARE(p.phones.at(0).value, u8("02 500 00 00"));
    QCOMPARE(p.phones.at(0).types, strings({"work", "voice"}));
    QCOMPARE(p.phones.at(1).value, u8("0470 00 00 00"));
    QCOMPARE(p.phones.at(1).types, strings({"cell"}));
    QCOMPARE(p.emails.first().label, u8("Board"));
    QCOMPARE(extraValues(p.extra, "X-FOO"), strings({"one", "two"}));
}

void tst_VCardParser::testDataUriPhoto()
{
    const QByteArray card = "BEGIN:VCARD\nVERSION:4.0\nFN:Data Uri\nKIND:org\n"
                            "PHOTO:data:image/png;base64,iVBORw0KGgo=\nEND:VCARD\n";
    const auto records = VCardParser().read(card, QStringLiteral("d.vcf"));
    QVERIFY(records.ok());
    QCOMPARE(records->first().target, RecordTarget::Organisation);
    QCOMPARE(records->first().organisation.name, u8("Data Uri"));

    const QByteArray personCard = "BEGIN:VCARD\nVERSION:4.0\nFN:Data Uri\n"
                                  "PHOTO:data:image/png;base64,iVBORw0KGgo=\nEND:VCARD\n";
    const auto person = VCardParser().read(personCard, QStringLiteral("d.vcf"));
    QVERIFY(person.ok());
    QCOMPARE(person->first().person.photoMimeType, u8("image/png"));
    QCOMPARE(person->first().person.photo, QByteArray("\x89PNG\r\n\x1A\n"));
}

void tst_VCardParser::testBirthdays_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no year compact") << u8("--0415") << u8("--04-15");
    QTest::newRow("no year dashed") << u8("--04-15") << u8("--04-15");
    QTest::newRow("basic") << u8("19800415") << u8("1980-04-15");
    QTest::newRow("extended") << u8("1980-04-15") << u8("1980-04-15");
    QTest::newRow("with time") << u8("19531015T231000Z") << u8("1953-10-15");
    QTest::newRow("invalid day") << u8("--0231") << QString();
    QTest::newRow("text") << u8("circa 1980") << QString();
}

void tst_VCardParser::testBirthdays()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(VCardParser::normaliseBirthday(value), expected);
    const QByteArray card
        = "BEGIN:VCARD\nVERSION:3.0\nFN:B\nBDAY:" + value.toUtf8() + "\nEND:VCARD\n";
    const auto records = VCardParser().read(card, QStringLiteral("b.vcf"));
    QVERIFY(records.ok());
    QCOMPARE(records->first().person.birthday, expected);
}

void tst_VCardParser::testCardWithoutEndRejectsFile()
{
    const QByteArray bytes = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:First\r\nEND:VCARD\r\n"
                             "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Second\r\n"
                             "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Third\r\nEND:VCARD\r\n";
    const auto records = VCardParser().read(bytes, QStringLiteral("cut.vcf"));
    QVERIFY(!records.ok());
    QCOMPARE(records.error().context, u8("cut.vcf, line 5"));
    QVERIFY(records.error().message.contains(u8("END:VCARD")));
    QVERIFY(records.error().message.contains(u8("line 8")));

    const auto truncated = VCardParser().read(bytes.left(bytes.indexOf("BEGIN:VCARD\r\nVERSION:3.0"
                                                                       "\r\nFN:Third")),
                                              QStringLiteral("cut.vcf"));
    QVERIFY(!truncated.ok());
    QCOMPARE(truncated.error().context, u8("cut.vcf, line 5"));
    QVERIFY(truncated.error().message.contains(u8("nothing was imported")));
}

void tst_VCardParser::testEmptyAndBinaryFiles()
{
    const auto empty = VCardParser().read(QByteArray("\r\n"), QStringLiteral("e.vcf"));
    QVERIFY(!empty.ok());
    QVERIFY(empty.error().message.contains(u8("The file is empty")));
    QCOMPARE(empty.error().context, u8("e.vcf"));

    const auto binary
        = VCardParser().read(QByteArray("BEGIN:VCARD\0\0\0\x01", 16), QStringLiteral("b.vcf"));
    QVERIFY(!binary.ok());
    QVERIFY(binary.error().message.contains(u8("not a text file")));

    const auto noCard = VCardParser().read(QByteArray("hello\n"), QStringLiteral("t.vcf"));
    QVERIFY(!noCard.ok());
    QVERIFY(noCard.error().message.contains(u8("no vCard")));
}

QTEST_GUILESS_MAIN(tst_VCardParser)
#include "tst_vcardparser.moc"
