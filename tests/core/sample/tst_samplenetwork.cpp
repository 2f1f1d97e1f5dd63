// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/sample/sampleactivities.h>
#include <core/sample/sampledata.h>
#include <core/sample/samplenetwork.h>
#include <core/storage/database.h>
#include <core/storage/store.h>

#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace CoopAtlas::Core;

namespace {

constexpr int LinkCount = 93;

QString orgId(const char *name)
{
    return sampleOrganisationId(QString::fromUtf8(name));
}

} // namespace

class tst_SampleNetwork : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void testLoadInsertsEveryLink();
    void testKindsAfterLoad();
    void testProjectHolderGetsStageSectorAndDates();
    void testLinkIdsAreNameBased();
    void testLinksStartInEveryYear();
    void testSomeLinksEnded();
    void testIsolatedProjectHoldersHaveNoLinks();
    void testBrokersLinkTheCities();

private:
    QList<Link> allLinks();
    QList<Organisation> allOrganisations();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void tst_SampleNetwork::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("sample.coopatlas")));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().text()));
    m_store = std::make_unique<Store>(std::move(db).value());
    const Result<int> loaded = loadSampleData(*m_store);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().text()));
}

void tst_SampleNetwork::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QList<Organisation> tst_SampleNetwork::allOrganisations()
{
    ListQuery query;
    query.table = ListTable::Organisations;
    const auto rows = m_store->page(query, 0, 10000);
    QList<Organisation> organisations;
    if (!rows) {
        return organisations;
    }
    for (const ListRow &row : *rows) {
        if (const auto org = m_store->organisation(row.id)) {
            organisations.append(*org);
        }
    }
    return organisations;
}

QList<Link> tst_SampleNetwork::allLinks()
{
    QList<Link> links;
    QSet<QString> seen;
    for (const Organisation &org : allOrganisations()) {
        const auto ofOrg = m_store->linksOf(org.meta.id);
        if (!ofOrg) {
            continue;
        }
        for (const Link &link : *ofOrg) {
            if (!seen.contains(link.meta.id)) {
                seen.insert(link.meta.id);
                links.append(link);
            }
        }
    }
    return links;
}

void tst_SampleNetwork::testLoadInsertsEveryLink()
{
    QCOMPARE(sampleLinkCount(), LinkCount);
    const Result<qint64> total = m_store->totalCount(RecordKind::Link);
    QVERIFY(total.ok());
    QCOMPARE(total.value(), qint64(LinkCount));
    QCOMPARE(allLinks().size(), LinkCount);
}

void tst_SampleNetwork::testKindsAfterLoad()
{
    QMap<QString, int> kinds;
    for (const Organisation &org : allOrganisations()) {
        ++kinds[org.kind];
    }
    QCOMPARE(sampleRoleCount(), 48);
    // 29 from the role table and the two invented ones of the sample activities.
    QCOMPARE(kinds.value(QStringLiteral("project-holder")), 31);
    QCOMPARE(kinds.value(QStringLiteral("support-organisation")), 7);
    QCOMPARE(kinds.value(QStringLiteral("funder")), 7);
    QCOMPARE(kinds.value(QStringLiteral("network")), 9);
    QCOMPARE(kinds.value(QStringLiteral("other")), 185);
}

void tst_SampleNetwork::testProjectHolderGetsStageSectorAndDates()
{
    const auto nubo = m_store->organisation(orgId("Nubo"));
    QVERIFY(nubo.ok());
    QCOMPARE(nubo->kind, QStringLiteral("project-holder"));
    QCOMPARE(nubo->stage, QStringLiteral("launched"));
    QCOMPARE(nubo->sectors, QStringList{QStringLiteral("digital-services")});
    QCOMPARE(nubo->founded, QDate(2020, 9, 1));
    QVERIFY(!nubo->closed.isValid());

    const auto recyclo = m_store->organisation(orgId("Recyclo scrl"));
    QVERIFY(recyclo.ok());
    QCOMPARE(recyclo->stage, QStringLiteral("closed"));
    QCOMPARE(recyclo->closed, QDate(2024, 6, 30));

    const auto smart = m_store->organisation(orgId("SMart"));
    QVERIFY(smart.ok());
    QCOMPARE(smart->kind, QStringLiteral("support-organisation"));
    QVERIFY(smart->stage.isEmpty());
}

void tst_SampleNetwork::testLinkIdsAreNameBased()
{
    const QString key = QStringLiteral("SMart/supports/The Mobility Factory SCE");
    const auto link = m_store->link(sampleRecordId(RecordKind::Link, key));
    QVERIFY2(link.ok(), qPrintable(link.ok() ? QString() : link.error().text()));
    QCOMPARE(link->fromId, orgId("SMart"));
    QCOMPARE(link->toId, orgId("The Mobility Factory SCE"));
    QCOMPARE(link->type, QStringLiteral("supports"));
    QCOMPARE(link->start, QDate(2019, 5, 1));
    QVERIFY(!link->end.isValid());
}

void tst_SampleNetwork::testLinksStartInEveryYear()
{
    QMap<int, int> perYear;
    for (const Link &link : allLinks()) {
        ++perYear[link.start.year()];
    }
    QCOMPARE(perYear.firstKey(), 2019);
    QCOMPARE(perYear.lastKey(), 2026);
    QCOMPARE(perYear.size(), 8);
    QCOMPARE(perYear.value(2019), 17);
    QCOMPARE(perYear.value(2026), 3);
}

void tst_SampleNetwork::testSomeLinksEnded()
{
    int ended = 0;
    for (const Link &link : allLinks()) {
        if (link.end.isValid()) {
            ++ended;
            QVERIFY(link.end > link.start);
        }
    }
    QCOMPARE(ended, 11);
}

void tst_SampleNetwork::testIsolatedProjectHoldersHaveNoLinks()
{
    for (const char *name : {"Cytomine", "Graines de vie", "Quatre-Quarts", "TouchTime"}) {
        const auto links = m_store->linksOf(orgId(name));
        QVERIFY(links.ok());
        QVERIFY2(links->isEmpty(), name);
    }
}

void tst_SampleNetwork::testBrokersLinkTheCities()
{
    const auto smartLinks = m_store->linksOf(orgId("SMart"));
    QVERIFY(smartLinks.ok());
    QCOMPARE(smartLinks->size(), 14);
    const QString coopCat = orgId("Confederació de Cooperatives de Catalunya (CoopCat)");
    bool toBarcelona = false;
    for (const Link &link : *smartLinks) {
        toBarcelona = toBarcelona || link.toId == coopCat;
    }
    QVERIFY(toBarcelona);
}

QTEST_GUILESS_MAIN(tst_SampleNetwork)
#include "tst_samplenetwork.moc"
