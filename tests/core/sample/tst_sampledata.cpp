// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/domain/communes.h>
#include <core/sample/sampledata.h>
#include <core/storage/database.h>
#include <core/storage/store.h>

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace CoopAtlas::Core;

namespace {

// Number of organisations in resources/sample/sample-data.json as committed:
// 69 + 11 + 107 from DotCoop, 4 from ICA, 60 from the Berlin Wandelwoche list.
constexpr int CommittedOrganisationCount = 237;
// Invented project holders that the sample activities add to the store.
constexpr int InventedOrganisationCount = 2;

QJsonArray committedOrganisations()
{
    QFile file(QStringLiteral(SAMPLE_DATA_FILE));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object().value(u"organisations").toArray();
}

// Counts Brussels-Capital organisations without communes.h: Belgian postcodes
// 1000 to 1299 are the Region's, and a row without postcode counts when its
// locality names the City of Brussels.
int countBrusselsOrganisations(const QJsonArray &organisations)
{
    int count = 0;
    for (const QJsonValue &value : organisations) {
        const QJsonObject org = value.toObject();
        if (org.value(u"country").toString() != QLatin1String("BE")) {
            continue;
        }
        const QString postcode = org.value(u"postcode").toString();
        const QString locality = org.value(u"locality").toString();
        bool isNumber = false;
        const int code = postcode.toInt(&isNumber);
        if (isNumber && code >= 1000 && code <= 1299) {
            ++count;
        } else if (postcode.isEmpty()
                   && QStringList{QStringLiteral("Brussels"),
                                  QStringLiteral("Bruxelles"),
                                  QStringLiteral("Brussel")}
                          .contains(locality)) {
            ++count;
        }
    }
    return count;
}

} // namespace

class tst_SampleData : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void testLoadCountsOrganisations();
    void testSecondLoadInsertsNothing();
    void testBrusselsOrganisationsGetCommune();
    void testSmartInSaintGilles();
    void testFebecoopIsSupportOrganisationInBrussels();
    void testNoPrivateEmailAddresses();
    void testNoRowNamedAfterPerson();
    void testDescriptionsArePlainText();
    void testEachOrganisationListedOnce();
    void testIdsAreNameBased();
    void parseFailsWhenJsonInvalid();
    void parseFailsWhenFormatUnknown();
    void parseFailsWhenNameMissing();

private:
    QList<Organisation> loadedOrganisations();
    const Organisation *findByName(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    QList<Organisation> m_loaded;
};

void tst_SampleData::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("sample.coopatlas")));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().text()));
    m_store = std::make_unique<Store>(std::move(db).value());
    m_loaded.clear();
}

void tst_SampleData::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QList<Organisation> tst_SampleData::loadedOrganisations()
{
    const Result<int> loaded = loadSampleData(*m_store);
    if (!loaded) {
        qWarning() << loaded.error().text();
        return {};
    }
    ListQuery query;
    query.table = ListTable::Organisations;
    const auto rows = m_store->page(query, 0, 10000);
    if (!rows) {
        qWarning() << rows.error().text();
        return {};
    }
    QList<Organisation> organisations;
    for (const ListRow &row : *rows) {
        const auto org = m_store->organisation(row.id);
        if (org) {
            organisations.append(*org);
        }
    }
    return organisations;
}

const Organisation *tst_SampleData::findByName(const QString &name)
{
    if (m_loaded.isEmpty()) {
        m_loaded = loadedOrganisations();
    }
    for (const Organisation &org : std::as_const(m_loaded)) {
        if (org.name == name) {
            return &org;
        }
    }
    return nullptr;
}

void tst_SampleData::testLoadCountsOrganisations()
{
    const int expected = static_cast<int>(committedOrganisations().size());
    QCOMPARE(expected, CommittedOrganisationCount);

    const Result<int> loaded = loadSampleData(*m_store);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().text()));
    QCOMPARE(loaded.value(), expected);

    const Result<qint64> total = m_store->totalCount(RecordKind::Organisation);
    QVERIFY(total.ok());
    QCOMPARE(total.value(), qint64(expected + InventedOrganisationCount));
}

void tst_SampleData::testSecondLoadInsertsNothing()
{
    const Result<int> first = loadSampleData(*m_store);
    QVERIFY(first.ok());
    QCOMPARE(first.value(), CommittedOrganisationCount);

    const Result<QString> loadedAt = m_store->metadata(QStringLiteral("sample_data_loaded"));
    QVERIFY(loadedAt.ok());
    QVERIFY(QDateTime::fromString(loadedAt.value(), Qt::ISODate).isValid());

    const Result<int> second = loadSampleData(*m_store);
    QVERIFY(second.ok());
    QCOMPARE(second.value(), 0);

    const Result<qint64> total = m_store->totalCount(RecordKind::Organisation);
    QVERIFY(total.ok());
    QCOMPARE(total.value(), qint64(CommittedOrganisationCount + InventedOrganisationCount));
}

void tst_SampleData::testBrusselsOrganisationsGetCommune()
{
    const int expected = countBrusselsOrganisations(committedOrganisations());
    QCOMPARE(expected, 36);

    const Result<int> loaded = loadSampleData(*m_store);
    QVERIFY(loaded.ok());
    const auto counts = m_store->countsByCommune();
    QVERIFY(counts.ok());
    int total = 0;
    for (const auto &[commune, count] : *counts) {
        total += count;
    }
    QCOMPARE(total, expected);
}

void tst_SampleData::testSmartInSaintGilles()
{
    const Organisation *smart = findByName(QStringLiteral("SMart"));
    QVERIFY(smart != nullptr);
    QCOMPARE(smart->commune, QStringLiteral("saint-gilles"));
    QCOMPARE(smart->postcode, QStringLiteral("1060"));
    QCOMPARE(smart->country, QStringLiteral("BE"));
    QCOMPARE(smart->street, QStringLiteral("Rue Emile Feron"));
    QCOMPARE(smart->websites, QStringList{QStringLiteral("http://smart.coop")});
    QCOMPARE(smart->source, QStringLiteral("dotcoop 18228409"));
}

void tst_SampleData::testFebecoopIsSupportOrganisationInBrussels()
{
    const Organisation *febecoop = findByName(QStringLiteral("Febecoop"));
    QVERIFY(febecoop != nullptr);
    QCOMPARE(febecoop->kind, QStringLiteral("support-organisation"));
    QCOMPARE(febecoop->commune, QStringLiteral("bruxelles"));
    QCOMPARE(febecoop->postcode, QStringLiteral("1000"));
    QCOMPARE(febecoop->source, QStringLiteral("ica 163"));
}

void tst_SampleData::testNoPrivateEmailAddresses()
{
    const QStringList providers = {QStringLiteral("gmail.com"),
                                   QStringLiteral("googlemail.com"),
                                   QStringLiteral("gmx.de"),
                                   QStringLiteral("web.de"),
                                   QStringLiteral("posteo.de"),
                                   QStringLiteral("yahoo.com"),
                                   QStringLiteral("hotmail.com")};
    // Addresses of individuals that the source list gives for Berlin organisations.
    const QStringList personal = {QStringLiteral("severinhalder@googlemail.com"),
                                  QStringLiteral("bella@gleisbeet.de"),
                                  QStringLiteral("office@martinakolarek.com"),
                                  QStringLiteral("dagmarrehse@gmx.de")};

    findByName(QString());
    QCOMPARE(m_loaded.size(), CommittedOrganisationCount + InventedOrganisationCount);
    int emailCount = 0;
    for (const Organisation &org : std::as_const(m_loaded)) {
        for (const ContactValue &email : org.emails) {
            ++emailCount;
            const QString domain = email.value.section(QLatin1Char('@'), 1);
            QVERIFY2(!providers.contains(domain), qPrintable(email.value));
            QVERIFY2(!personal.contains(email.value), qPrintable(email.value));
        }
    }
    QCOMPARE(emailCount, 37);

    const Organisation *garden = findByName(QStringLiteral("Allmende-Kontor"));
    QVERIFY(garden != nullptr);
    QCOMPARE(garden->emails.size(), 0);
}

void tst_SampleData::testNoRowNamedAfterPerson()
{
    QVERIFY(findByName(QStringLiteral("OScar Garcia")) == nullptr);
    QVERIFY(findByName(QStringLiteral("Juan Carlos Pell Almirall")) == nullptr);
}

void tst_SampleData::testDescriptionsArePlainText()
{
    const Organisation *febecoop = findByName(QStringLiteral("Febecoop"));
    QVERIFY(febecoop != nullptr);
    QVERIFY(febecoop->description.startsWith(QStringLiteral("Since its inception in 1970")));
    QVERIFY(!febecoop->description.contains(QLatin1Char('<')));
    QVERIFY(!febecoop->description.contains(QStringLiteral("&nbsp;")));
    QVERIFY(!febecoop->description.contains(QChar(0x00a0)));
}

void tst_SampleData::testIdsAreNameBased()
{
    const QString id = sampleOrganisationId(QStringLiteral("Febecoop"));
    QCOMPARE(id.size(), 36);
    QCOMPARE(id.at(14), QLatin1Char('5'));
    QCOMPARE(sampleOrganisationId(QStringLiteral("Febecoop")), id);
    QVERIFY(sampleOrganisationId(QStringLiteral("SMart")) != id);

    const QList<Organisation> loaded = loadedOrganisations();
    QVERIFY(!loaded.isEmpty());
    int nameBased = 0;
    for (const Organisation &org : loaded) {
        // The invented organisations have ids of sampleRecordId() instead.
        if (org.extra.value(QLatin1String("sample")).toBool()) {
            continue;
        }
        QCOMPARE(org.meta.id, sampleOrganisationId(org.name));
        ++nameBased;
    }
    QCOMPARE(nameBased, CommittedOrganisationCount);
}

void tst_SampleData::parseFailsWhenJsonInvalid()
{
    const auto parsed = parseSampleData(QByteArrayLiteral("{\"format\": 1,"));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().context, QStringLiteral("sample-data.json"));
}

void tst_SampleData::parseFailsWhenFormatUnknown()
{
    const auto parsed = parseSampleData(QByteArrayLiteral(R"({"format": 2, "organisations": []})"));
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.error().message.contains(QStringLiteral("format 2")));
}

void tst_SampleData::parseFailsWhenNameMissing()
{
    const auto parsed = parseSampleData(QByteArrayLiteral(
        R"({"format": 1, "organisations": [{"name": "A", "country": "BE"}, {"name": " "}]})"));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().context, QStringLiteral("sample-data.json, organisation 2"));
}

void tst_SampleData::testEachOrganisationListedOnce()
{
    QSet<QString> seen;
    for (const QJsonValue &value : committedOrganisations()) {
        const QJsonObject org = value.toObject();
        const QString key
            = foldForMatching(org.value(QLatin1String("name")).toString()).remove(QLatin1Char(' '))
              + QLatin1Char('|') + org.value(QLatin1String("country")).toString();
        QVERIFY2(!seen.contains(key), qPrintable(key));
        seen.insert(key);
    }

    // Fundación Espriu is listed by both directories; the sample keeps one
    // record with the websites of both listings.
    const auto parsed = parseSampleData(
        QJsonDocument(QJsonObject{{QStringLiteral("format"), 1},
                                  {QStringLiteral("organisations"), committedOrganisations()}})
            .toJson());
    QVERIFY(parsed.ok());
    int espriu = 0;
    for (const Organisation &org : parsed.value()) {
        if (org.name == QStringLiteral("Fundación Espriu")) {
            ++espriu;
            QCOMPARE(org.websites,
                     QStringList({QStringLiteral("http://compartir.coop"),
                                  QStringLiteral("http://www.fundacionespriu.coop")}));
            QCOMPARE(org.source, QStringLiteral("dotcoop 382324275; ica 224"));
        }
    }
    QCOMPARE(espriu, 1);
}

QTEST_GUILESS_MAIN(tst_SampleData)
#include "tst_sampledata.moc"
