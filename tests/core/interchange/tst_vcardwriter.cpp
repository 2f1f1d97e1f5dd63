// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/import/vcardparser.h>
#include <core/interchange/vcardwriter.h>

#include <QDir>
#include <QJsonArray>
#include <QStringDecoder>
#include <QTest>

using namespace CoopAtlas::Core;

namespace {

const QString ContactsDir = QStringLiteral(TESTS_DATA_DIR "/contacts");

QList<ImportRecord> parse(const QByteArray &bytes, const QString &fileName)
{
    auto records = VCardParser().read(bytes, fileName);
    if (!records) {
        qWarning() << records.error().text();
        return {};
    }
    return *records;
}

QByteArray writeAll(const QList<ImportRecord> &records, VCardVersion version)
{
    const VCardWriter writer(version);
    QByteArray bytes;
    for (const ImportRecord &record : records) {
        bytes += record.target == RecordTarget::Organisation ? writer.write(record.organisation)
                                                             : writer.write(record.person);
    }
    return bytes;
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

QByteArray unfold(QByteArray bytes)
{
    return bytes.replace("\r\n ", "");
}

} // namespace

class tst_VCardWriter : public QObject
{
    Q_OBJECT

private slots:
    void testEscapeText();
    void testFoldAscii();
    void testFoldMultibyteAtBoundary_data();
    void testFoldMultibyteAtBoundary();
    void testLineEndsAndNoBom();
    void testFormattedNameFallback();
    void testOrganisationKind();
    void kindAndUidReadBack();
    void testComponentsEscaped();
    void testUidFromRecordId();
    void testPhoto();
    void testRoundTrip_data();
    void testRoundTrip();
    void testStableBytes_data();
    void testStableBytes();

private:
    static void comparePersons(const Person &actual, const Person &expected);
    static void compareOrganisations(const Organisation &actual,
                                     const Organisation &expected,
                                     VCardVersion version);
};

void tst_VCardWriter::testEscapeText()
{
    QCOMPARE(VCardWriter::escapeText(QStringLiteral("a,b;c\\d\ne")),
             QStringLiteral("a\\,b\\;c\\\\d\\ne"));
    QCOMPARE(VCardWriter::escapeText(QStringLiteral("one\r\ntwo")), QStringLiteral("one\\ntwo"));
    QCOMPARE(VCardWriter::escapeText(QStringLiteral("plain")), QStringLiteral("plain"));
}

void tst_VCardWriter::testFoldAscii()
{
    const QByteArray line = "NOTE:" + QByteArray(200, 'x');
    const QByteArray folded = VCardWriter::fold(line);
    const QList<QByteArray> lines = folded.split('\n');
    QCOMPARE(lines.size(), 4);            // three lines and the empty rest after the last LF
    QCOMPARE(lines.at(0).size(), 75 + 1); // 75 octets and the CR
    QCOMPARE(lines.at(1).size(), 75 + 1);
    QVERIFY(lines.at(1).startsWith(' '));
    QVERIFY(lines.at(2).startsWith(' '));
    QVERIFY(lines.at(3).isEmpty());
    QVERIFY(folded.endsWith("\r\n"));
    QCOMPARE(unfold(folded), line + "\r\n");
}

void tst_VCardWriter::testFoldMultibyteAtBoundary_data()
{
    QTest::addColumn<int>("prefix");
    QTest::addColumn<QString>("character");
    const QStringList characters{QStringLiteral("é"),
                                 QStringLiteral("€"),
                                 QString::fromUtf8("\xF0\x9F\x98\x80")}; // 2, 3 and 4 octets
    for (const QString &character : characters) {
        for (int prefix = 70; prefix <= 76; ++prefix) {
            QTest::addRow("%d+%d octets", prefix, int(character.toUtf8().size()))
                << prefix << character;
        }
    }
}

void tst_VCardWriter::testFoldMultibyteAtBoundary()
{
    QFETCH(int, prefix);
    QFETCH(QString, character);
    QByteArray line = QByteArray(prefix, 'a');
    for (int i = 0; i < 60; ++i) {
        line += character.toUtf8();
    }
    const QByteArray folded = VCardWriter::fold(line);
    QVERIFY(folded.endsWith("\r\n"));
    const QList<QByteArray> lines = folded.chopped(2).split('\n');
    for (const QByteArray &physical : lines) {
        const QByteArray content = physical.endsWith('\r') ? physical.chopped(1) : physical;
        QVERIFY2(content.size() <= 75, content.constData());
        const QByteArray text = content.startsWith(' ') && &physical != &lines.constFirst()
                                    ? content.mid(1)
                                    : content;
        QVERIFY2(isValidUtf8(text), text.toHex().constData());
    }
    QCOMPARE(unfold(folded), line + "\r\n");
}

void tst_VCardWriter::testLineEndsAndNoBom()
{
    Person person;
    person.formattedName = QStringLiteral("Zoë Dupont");
    person.notes = QStringLiteral("first line\nsecond line");
    for (const VCardVersion version : {VCardVersion::V40, VCardVersion::V30}) {
        const QByteArray bytes = VCardWriter(version).write(person);
        QVERIFY(bytes.startsWith("BEGIN:VCARD\r\nVERSION:"));
        QVERIFY(bytes.endsWith("END:VCARD\r\n"));
        QCOMPARE(bytes.count('\n'), bytes.count("\r\n"));
        QVERIFY(bytes.contains("NOTE:first line\\nsecond line\r\n"));
        QVERIFY(bytes.contains("FN:Zo\xC3\xAB Dupont\r\n"));
    }
    QVERIFY(VCardWriter(VCardVersion::V40).write(person).contains("VERSION:4.0\r\n"));
    QVERIFY(VCardWriter(VCardVersion::V30).write(person).contains("VERSION:3.0\r\n"));
}

void tst_VCardWriter::testFormattedNameFallback()
{
    Person parts;
    parts.givenName = QStringLiteral("Anne");
    parts.familyName = QStringLiteral("Martin");
    QVERIFY(VCardWriter(VCardVersion::V40).write(parts).contains("\r\nFN:Anne Martin\r\n"));

    Person organisationOnly;
    organisationOnly.organisationName = QStringLiteral("Febecoop");
    QVERIFY(VCardWriter(VCardVersion::V40).write(organisationOnly).contains("\r\nFN:Febecoop\r\n"));

    Person emailOnly;
    emailOnly.emails.append(ContactValue{QStringLiteral("info@example.org"), {}, {}, false});
    QVERIFY(
        VCardWriter(VCardVersion::V30).write(emailOnly).contains("\r\nFN:info@example.org\r\n"));

    Person nothing;
    QVERIFY(VCardWriter(VCardVersion::V40).write(nothing).contains("\r\nFN:\r\n"));
}

void tst_VCardWriter::testOrganisationKind()
{
    Organisation org;
    org.name = QStringLiteral("SAW-B");
    const QByteArray v4 = VCardWriter(VCardVersion::V40).write(org);
    QVERIFY(v4.contains("\r\nKIND:org\r\n"));
    QVERIFY(v4.contains("\r\nORG:SAW-B\r\n"));
    QVERIFY(v4.contains("\r\nFN:SAW-B\r\n"));
    QVERIFY(!v4.contains("X-ABShowAs"));
    const QByteArray v3 = VCardWriter(VCardVersion::V30).write(org);
    QVERIFY(!v3.contains("KIND:"));
    QVERIFY(v3.contains("\r\nX-ABShowAs:COMPANY\r\n"));
    QVERIFY(v3.contains("\r\nN:;;;;\r\n"));
    QVERIFY(v3.contains("\r\nORG:SAW-B\r\n"));

    const QList<ImportRecord> v4Records = parse(v4, QStringLiteral("org.vcf"));
    QCOMPARE(v4Records.size(), 1);
    QCOMPARE(v4Records.constFirst().target, RecordTarget::Organisation);
    const QList<ImportRecord> v3Records = parse(v3, QStringLiteral("org.vcf"));
    QCOMPARE(v3Records.size(), 1);
    QCOMPARE(v3Records.constFirst().target, RecordTarget::Organisation);
}

void tst_VCardWriter::kindAndUidReadBack()
{
    Organisation org;
    org.meta.id = QStringLiteral("0190abcd-0000-7000-8000-000000000001");
    org.name = QStringLiteral("\tFunds, \"Brussels\"");
    org.kind = QStringLiteral("funder");
    for (const VCardVersion version : {VCardVersion::V40, VCardVersion::V30}) {
        const QByteArray card = VCardWriter(version).write(org);
        QVERIFY(card.contains("\r\nX-COOPATLAS-KIND:funder\r\n"));
        QVERIFY(card.contains("\r\nUID:urn:uuid:0190abcd-0000-7000-8000-000000000001\r\n"));
        const QList<ImportRecord> records = parse(card, QStringLiteral("org.vcf"));
        QCOMPARE(records.size(), 1);
        const Organisation &read = records.constFirst().organisation;
        QCOMPARE(read.kind, org.kind);
        QCOMPARE(read.meta.id, org.meta.id);
        QCOMPARE(read.name, org.name);
        QVERIFY(!read.extra.value(QStringLiteral("vcard")).toObject().contains(
            QStringLiteral("UID")));
    }
}

void tst_VCardWriter::testComponentsEscaped()
{
    Person person;
    person.formattedName = QStringLiteral("Dupont, Anne");
    person.familyName = QStringLiteral("Dupont;Martin");
    person.givenName = QStringLiteral("Anne\\Marie");
    person.organisationName = QStringLiteral("Coop, Brussels; Tech team");
    PostalAddress address;
    address.street = QStringLiteral("Rue Haute 1; 2nd floor");
    address.locality = QStringLiteral("Bruxelles");
    address.types = {QStringLiteral("work")};
    person.addresses.append(address);
    const QByteArray bytes = VCardWriter(VCardVersion::V40).write(person);
    QVERIFY(bytes.contains("\r\nFN:Dupont\\, Anne\r\n"));
    QVERIFY(bytes.contains("\r\nN:Dupont\\;Martin;Anne\\\\Marie;;;\r\n"));
    QVERIFY(bytes.contains("\r\nORG:Coop\\, Brussels;Tech team\r\n"));
    QVERIFY(bytes.contains("\r\nADR;TYPE=work:;;Rue Haute 1\\; 2nd floor;Bruxelles;;;\r\n"));

    const QList<ImportRecord> records = parse(bytes, QStringLiteral("escaped.vcf"));
    QCOMPARE(records.size(), 1);
    const Person &read = records.constFirst().person;
    QCOMPARE(read.formattedName, person.formattedName);
    QCOMPARE(read.familyName, person.familyName);
    QCOMPARE(read.givenName, person.givenName);
    QCOMPARE(read.organisationName, person.organisationName);
    QCOMPARE(read.addresses, person.addresses);
}

void tst_VCardWriter::testUidFromRecordId()
{
    Person person;
    person.meta.id = QStringLiteral("01890a5d-ac96-774b-bcce-b302099a8057");
    person.formattedName = QStringLiteral("Anne");
    person.extra.insert(
        QStringLiteral("vcard"),
        QJsonObject{{QStringLiteral("UID"), QJsonArray{QStringLiteral("old-uid")}}});
    const QByteArray bytes = VCardWriter(VCardVersion::V40).write(person);
    QVERIFY(bytes.contains("\r\nUID:urn:uuid:01890a5d-ac96-774b-bcce-b302099a8057\r\n"));
    QVERIFY(!bytes.contains("old-uid"));

    person.meta.id.clear();
    const QByteArray withoutId = VCardWriter(VCardVersion::V40).write(person);
    QVERIFY(withoutId.contains("\r\nUID:old-uid\r\n"));
}

void tst_VCardWriter::testPhoto()
{
    Person person;
    person.formattedName = QStringLiteral("Anne");
    person.photo = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, '\x01');
    person.photoMimeType = QStringLiteral("image/png");
    const QString base64 = QString::fromLatin1(person.photo.toBase64());
    const QByteArray v4 = unfold(VCardWriter(VCardVersion::V40).write(person));
    QVERIFY(
        v4.contains(QByteArray("\r\nPHOTO:data:image/png;base64," + base64.toLatin1() + "\r\n")));
    const QByteArray v3 = unfold(VCardWriter(VCardVersion::V30).write(person));
    QVERIFY(v3.contains(QByteArray("\r\nPHOTO;ENCODING=b;TYPE=PNG:" + base64.toLatin1() + "\r\n")));
    for (const QByteArray &bytes : {v4, v3}) {
        const QList<ImportRecord> records = parse(bytes, QStringLiteral("photo.vcf"));
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.constFirst().person.photo, person.photo);
        QCOMPARE(records.constFirst().person.photoMimeType, person.photoMimeType);
    }
}

void tst_VCardWriter::comparePersons(const Person &actual, const Person &expected)
{
    QCOMPARE(actual.formattedName, expected.formattedName);
    QCOMPARE(actual.givenName, expected.givenName);
    QCOMPARE(actual.familyName, expected.familyName);
    QCOMPARE(actual.additionalNames, expected.additionalNames);
    QCOMPARE(actual.prefix, expected.prefix);
    QCOMPARE(actual.suffix, expected.suffix);
    QCOMPARE(actual.nickname, expected.nickname);
    QCOMPARE(actual.organisationName, expected.organisationName);
    QCOMPARE(actual.title, expected.title);
    QCOMPARE(actual.role, expected.role);
    QCOMPARE(actual.emails, expected.emails);
    QCOMPARE(actual.phones, expected.phones);
    QCOMPARE(actual.addresses, expected.addresses);
    QCOMPARE(actual.websites, expected.websites);
    QCOMPARE(actual.languages, expected.languages);
    QCOMPARE(actual.birthday, expected.birthday);
    QCOMPARE(actual.notes, expected.notes);
    QCOMPARE(actual.photo, expected.photo);
    QCOMPARE(actual.photoMimeType, expected.photoMimeType);
    QCOMPARE(actual.source, expected.source);
    QCOMPARE(actual.extra, expected.extra);
}

void tst_VCardWriter::compareOrganisations(const Organisation &actual,
                                           const Organisation &expected,
                                           VCardVersion version)
{
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.emails, expected.emails);
    QCOMPARE(actual.phones, expected.phones);
    QCOMPARE(actual.websites, expected.websites);
    QCOMPARE(actual.street, expected.street);
    QCOMPARE(actual.postcode, expected.postcode);
    QCOMPARE(actual.locality, expected.locality);
    QCOMPARE(actual.country, expected.country);
    QCOMPARE(actual.commune, expected.commune);
    QCOMPARE(actual.description, expected.description);
    QCOMPARE(actual.languages, expected.languages);
    QCOMPARE(actual.source, expected.source);
    QJsonObject extra = expected.extra;
    QJsonObject kept = extra.value(QStringLiteral("vcard")).toObject();
    if (version == VCardVersion::V30 && !kept.contains(QStringLiteral("X-ABSHOWAS"))) {
        // vCard 3.0 marks an organisation with X-ABShowAs, which the parser keeps.
        kept.insert(QStringLiteral("X-ABSHOWAS"), QJsonArray{QStringLiteral("COMPANY")});
        extra.insert(QStringLiteral("vcard"), kept);
    }
    QCOMPARE(actual.extra, extra);
}

void tst_VCardWriter::testRoundTrip_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<VCardVersion>("version");
    const QStringList files
        = QDir(ContactsDir).entryList({QStringLiteral("*.vcf")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 10);
    for (const QString &file : files) {
        QTest::addRow("%s 4.0", qPrintable(file)) << file << VCardVersion::V40;
        QTest::addRow("%s 3.0", qPrintable(file)) << file << VCardVersion::V30;
    }
}

void tst_VCardWriter::testRoundTrip()
{
    QFETCH(QString, fileName);
    QFETCH(VCardVersion, version);
    auto original = VCardParser().readFile(QDir(ContactsDir).filePath(fileName));
    QVERIFY2(original.ok(), qPrintable(original.ok() ? QString() : original.error().text()));
    QVERIFY(!original->isEmpty());
    const QByteArray exported = writeAll(*original, version);
    const QList<ImportRecord> reread = parse(exported, fileName);
    QCOMPARE(reread.size(), original->size());
    for (qsizetype i = 0; i < reread.size(); ++i) {
        const ImportRecord &before = original->at(i);
        const ImportRecord &after = reread.at(i);
        QCOMPARE(after.target, before.target);
        if (before.target == RecordTarget::Person) {
            comparePersons(after.person, before.person);
        } else {
            compareOrganisations(after.organisation, before.organisation, version);
        }
        if (QTest::currentTestFailed()) {
            qWarning().noquote() << "Card" << i + 1 << "of" << fileName << "as exported:\n"
                                 << QString::fromUtf8(exported);
            return;
        }
    }
}

void tst_VCardWriter::testStableBytes_data()
{
    testRoundTrip_data();
}

void tst_VCardWriter::testStableBytes()
{
    QFETCH(QString, fileName);
    QFETCH(VCardVersion, version);
    auto original = VCardParser().readFile(QDir(ContactsDir).filePath(fileName));
    QVERIFY(original.ok());
    const QByteArray first = writeAll(*original, version);
    const QByteArray second = writeAll(parse(first, fileName), version);
    QCOMPARE(second, first);
    QVERIFY(!first.startsWith("\xEF\xBB\xBF"));
}

QTEST_GUILESS_MAIN(tst_VCardWriter)
#include "tst_vcardwriter.moc"
