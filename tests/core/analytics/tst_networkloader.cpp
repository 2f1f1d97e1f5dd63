// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/analytics/networkloader.h>
#include <core/analytics/networkmetrics.h>
#include <core/storage/database.h>
#include <core/storage/store.h>

#include <QTemporaryDir>
#include <QTest>

using namespace CoopAtlas::Core;

/// Reads networks from real store files written through Store.
class tst_NetworkLoader : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void readsLiveRecords();
    void leavesOutTombstonedLinks();
    void readsSectorLabelsInLanguage();
    void isolatedProjectHoldersInStore();
    void dateFilterAroundStart_data();
    void dateFilterAroundStart();
    void dateFilterAroundEnd_data();
    void dateFilterAroundEnd();
    void linkWithoutDatesAlwaysActive();
    void filtersKindSectorAndType();
    void dropsUnlinkedNodes();
    void reportsProgress();
    void cancelledBeforeStart();
    void missingFolderIsAnError();

private:
    QString
    addOrganisation(const QString &name, const QString &kind, const QStringList &sectors = {});
    QString addLink(const QString &from,
                    const QString &to,
                    const QString &type,
                    QDate start = {},
                    QDate end = {});
    NetworkSnapshot load(const NetworkFilter &filter = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    QString m_path;
};

void tst_NetworkLoader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("network.sqlite"));
    auto db = Database::open(m_path);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().text()));
    m_store = std::make_unique<Store>(std::move(db).value());
}

void tst_NetworkLoader::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString tst_NetworkLoader::addOrganisation(const QString &name,
                                           const QString &kind,
                                           const QStringList &sectors)
{
    Organisation org;
    org.name = name;
    org.kind = kind;
    org.sectors = sectors;
    auto id = m_store->insertOrganisation(org);
    if (!id.ok()) {
        qWarning() << id.error().text();
        return {};
    }
    return id.value();
}

QString tst_NetworkLoader::addLink(
    const QString &from, const QString &to, const QString &type, QDate start, QDate end)
{
    Link link;
    link.fromId = from;
    link.toId = to;
    link.type = type;
    link.start = start;
    link.end = end;
    auto id = m_store->insertLink(link);
    if (!id.ok()) {
        qWarning() << id.error().text();
        return {};
    }
    return id.value();
}

NetworkSnapshot tst_NetworkLoader::load(const NetworkFilter &filter)
{
    auto snapshot = loadNetworkSnapshot(m_path, filter, QStringLiteral("en"));
    if (!snapshot.ok()) {
        qWarning() << snapshot.error().text();
        return {};
    }
    return snapshot.value();
}

void tst_NetworkLoader::readsLiveRecords()
{
    const QString holder = addOrganisation(QStringLiteral("Cooplateforme"),
                                           QStringLiteral("project-holder"),
                                           {QStringLiteral("housing")});
    const QString support
        = addOrganisation(QStringLiteral("SAW-B"), QStringLiteral("support-organisation"));
    Person person;
    person.formattedName = QStringLiteral("Ada Peeters");
    auto personId = m_store->insertPerson(person);
    QVERIFY(personId.ok());
    const QString link = addLink(support, holder, QStringLiteral("supports"));
    QVERIFY(!link.isEmpty());

    const NetworkSnapshot snapshot = load();
    QCOMPARE(snapshot.nodeCount(), 3);
    QCOMPARE(snapshot.edgeCount(), 1);
    const int holderIndex = snapshot.indexOf(holder);
    QVERIFY(holderIndex >= 0);
    const NetworkNode &node = snapshot.nodes().at(holderIndex);
    QCOMPARE(node.label, QStringLiteral("Cooplateforme"));
    QCOMPARE(node.kind, QStringLiteral("project-holder"));
    QCOMPARE(node.sectors, QStringList{QStringLiteral("housing")});
    QVERIFY(node.isOrganisation());
    const NetworkNode &personNode = snapshot.nodes().at(snapshot.indexOf(personId.value()));
    QCOMPARE(personNode.type, NetworkNode::Type::Person);
    QCOMPARE(personNode.label, QStringLiteral("Ada Peeters"));
    const NetworkEdge &edge = snapshot.edges().at(0);
    QCOMPARE(edge.id, link);
    QCOMPARE(edge.from, snapshot.indexOf(support));
    QCOMPARE(edge.to, holderIndex);
    QCOMPARE(edge.type, QStringLiteral("supports"));
}

void tst_NetworkLoader::leavesOutTombstonedLinks()
{
    const QString a = addOrganisation(QStringLiteral("A"), QStringLiteral("network"));
    const QString b = addOrganisation(QStringLiteral("B"), QStringLiteral("network"));
    const QString c = addOrganisation(QStringLiteral("C"), QStringLiteral("network"));
    const QString kept = addLink(a, b, QStringLiteral("partners-with"));
    const QString removed = addLink(b, c, QStringLiteral("partners-with"));
    QVERIFY(m_store->remove(RecordKind::Link, removed).ok());
    // Removing an organisation tombstones its links too.
    addLink(a, c, QStringLiteral("member-of"));
    QVERIFY(m_store->remove(RecordKind::Organisation, c).ok());

    const NetworkSnapshot snapshot = load();
    QCOMPARE(snapshot.nodeCount(), 2);
    QCOMPARE(snapshot.indexOf(c), -1);
    QCOMPARE(snapshot.edgeCount(), 1);
    QCOMPARE(snapshot.edges().at(0).id, kept);
}

void tst_NetworkLoader::readsSectorLabelsInLanguage()
{
    addOrganisation(QStringLiteral("A"), QStringLiteral("network"), {QStringLiteral("housing")});
    auto snapshot = loadNetworkSnapshot(m_path, {}, QStringLiteral("fr"));
    QVERIFY(snapshot.ok());
    QCOMPARE(snapshot->sectorLabel(QStringLiteral("housing")), QStringLiteral("Logement"));
    QCOMPARE(snapshot->sectorLabel(QStringLiteral("unknown-key")), QStringLiteral("unknown-key"));
    QCOMPARE(snapshot->kindLabel(QStringLiteral("network")), QStringLiteral("Réseau"));
    QCOMPARE(snapshot->kindLabel(QStringLiteral("unknown-key")), QStringLiteral("unknown-key"));
}

void tst_NetworkLoader::isolatedProjectHoldersInStore()
{
    const QString supported
        = addOrganisation(QStringLiteral("Supported"), QStringLiteral("project-holder"));
    const QString funded
        = addOrganisation(QStringLiteral("Funded"), QStringLiteral("project-holder"));
    const QString partnerOnly
        = addOrganisation(QStringLiteral("Partner only"), QStringLiteral("project-holder"));
    const QString alone
        = addOrganisation(QStringLiteral("Alone"), QStringLiteral("project-holder"));
    const QString endedSupport
        = addOrganisation(QStringLiteral("Support ended"), QStringLiteral("project-holder"));
    const QString support
        = addOrganisation(QStringLiteral("Support"), QStringLiteral("support-organisation"));
    const QString funder = addOrganisation(QStringLiteral("Funder"), QStringLiteral("funder"));
    addLink(support, supported, QStringLiteral("supports"));
    addLink(funder, funded, QStringLiteral("funds"));
    addLink(partnerOnly, support, QStringLiteral("partners-with"));
    addLink(
        support, endedSupport, QStringLiteral("supports"), QDate(2023, 1, 1), QDate(2024, 12, 31));

    NetworkFilter filter;
    filter.activeOn = QDate(2025, 6, 1);
    const NetworkSnapshot snapshot = load(filter);
    auto metrics = computeNetworkMetrics(snapshot);
    QVERIFY(metrics.ok());
    QStringList isolated;
    for (const int node : metrics->isolatedProjectHolders) {
        isolated.append(snapshot.nodes().at(node).label);
    }
    isolated.sort();
    QCOMPARE(isolated,
             (QStringList{QStringLiteral("Alone"),
                          QStringLiteral("Partner only"),
                          QStringLiteral("Support ended")}));
}

void tst_NetworkLoader::dateFilterAroundStart_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("active");
    QTest::newRow("day before start") << QDate(2024, 2, 29) << false;
    QTest::newRow("on start") << QDate(2024, 3, 1) << true;
    QTest::newRow("day after start") << QDate(2024, 3, 2) << true;
}

void tst_NetworkLoader::dateFilterAroundStart()
{
    QFETCH(QDate, date);
    QFETCH(bool, active);
    const QString a = addOrganisation(QStringLiteral("A"), QStringLiteral("funder"));
    const QString b = addOrganisation(QStringLiteral("B"), QStringLiteral("project-holder"));
    addLink(a, b, QStringLiteral("funds"), QDate(2024, 3, 1), QDate(2024, 6, 30));
    NetworkFilter filter;
    filter.activeOn = date;
    QCOMPARE(load(filter).edgeCount(), active ? 1 : 0);
}

void tst_NetworkLoader::dateFilterAroundEnd_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("active");
    QTest::newRow("day before end") << QDate(2024, 6, 29) << true;
    QTest::newRow("on end") << QDate(2024, 6, 30) << true;
    QTest::newRow("day after end") << QDate(2024, 7, 1) << false;
}

void tst_NetworkLoader::dateFilterAroundEnd()
{
    QFETCH(QDate, date);
    QFETCH(bool, active);
    const QString a = addOrganisation(QStringLiteral("A"), QStringLiteral("funder"));
    const QString b = addOrganisation(QStringLiteral("B"), QStringLiteral("project-holder"));
    addLink(a, b, QStringLiteral("funds"), QDate(2024, 3, 1), QDate(2024, 6, 30));
    NetworkFilter filter;
    filter.activeOn = date;
    QCOMPARE(load(filter).edgeCount(), active ? 1 : 0);
}

void tst_NetworkLoader::linkWithoutDatesAlwaysActive()
{
    const QString a = addOrganisation(QStringLiteral("A"), QStringLiteral("funder"));
    const QString b = addOrganisation(QStringLiteral("B"), QStringLiteral("project-holder"));
    addLink(a, b, QStringLiteral("funds"));
    addLink(b, a, QStringLiteral("partners-with"), {}, QDate(2020, 1, 1));
    NetworkFilter filter;
    filter.activeOn = QDate(1990, 1, 1);
    QCOMPARE(load(filter).edgeCount(), 2);
    filter.activeOn = QDate(2030, 1, 1);
    const NetworkSnapshot later = load(filter);
    QCOMPARE(later.edgeCount(), 1);
    QCOMPARE(later.edges().at(0).type, QStringLiteral("funds"));
}

void tst_NetworkLoader::filtersKindSectorAndType()
{
    const QString housing = addOrganisation(QStringLiteral("Housing holder"),
                                            QStringLiteral("project-holder"),
                                            {QStringLiteral("housing")});
    const QString food = addOrganisation(
        QStringLiteral("Food holder"), QStringLiteral("project-holder"), {QStringLiteral("food")});
    const QString support = addOrganisation(QStringLiteral("Support"),
                                            QStringLiteral("support-organisation"),
                                            {QStringLiteral("housing"), QStringLiteral("food")});
    addLink(support, housing, QStringLiteral("supports"));
    addLink(support, food, QStringLiteral("mentors"));

    NetworkFilter bySector;
    bySector.sectors = {QStringLiteral("housing")};
    const NetworkSnapshot sector = load(bySector);
    QCOMPARE(sector.nodeCount(), 2);
    QCOMPARE(sector.indexOf(food), -1);
    QCOMPARE(sector.edgeCount(), 1);

    NetworkFilter byKind;
    byKind.organisationKinds = {QStringLiteral("project-holder")};
    const NetworkSnapshot kind = load(byKind);
    QCOMPARE(kind.nodeCount(), 2);
    QCOMPARE(kind.edgeCount(), 0);

    NetworkFilter byType;
    byType.linkTypes = {QStringLiteral("mentors")};
    const NetworkSnapshot type = load(byType);
    QCOMPARE(type.nodeCount(), 3);
    QCOMPARE(type.edgeCount(), 1);
    QCOMPARE(type.edges().at(0).to, type.indexOf(food));
}

void tst_NetworkLoader::dropsUnlinkedNodes()
{
    const QString a = addOrganisation(QStringLiteral("A"), QStringLiteral("network"));
    const QString b = addOrganisation(QStringLiteral("B"), QStringLiteral("network"));
    addOrganisation(QStringLiteral("C"), QStringLiteral("network"));
    addLink(a, b, QStringLiteral("partners-with"));
    NetworkFilter filter;
    filter.dropUnlinkedNodes = true;
    const NetworkSnapshot snapshot = load(filter);
    QCOMPARE(snapshot.nodeCount(), 2);
    QCOMPARE(snapshot.edges().at(0).from, snapshot.indexOf(a));
    QCOMPARE(snapshot.edges().at(0).to, snapshot.indexOf(b));
}

void tst_NetworkLoader::reportsProgress()
{
    const QString a = addOrganisation(QStringLiteral("A"), QStringLiteral("network"));
    const QString b = addOrganisation(QStringLiteral("B"), QStringLiteral("network"));
    addLink(a, b, QStringLiteral("partners-with"));
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    RunControl control;
    control.progress = [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
    };
    QVERIFY(loadNetworkSnapshot(m_path, {}, QStringLiteral("en"), control).ok());
    QCOMPARE(lastTotal, 3);
    QCOMPARE(lastDone, 3);
}

void tst_NetworkLoader::cancelledBeforeStart()
{
    addOrganisation(QStringLiteral("A"), QStringLiteral("network"));
    RunControl control;
    control.cancel = std::make_shared<std::atomic_bool>(true);
    auto snapshot = loadNetworkSnapshot(m_path, {}, QStringLiteral("en"), control);
    QVERIFY(!snapshot.ok());
    QCOMPARE(snapshot.error().context, m_path);
}

void tst_NetworkLoader::missingFolderIsAnError()
{
    const QString path = m_dir->filePath(QStringLiteral("no-such-folder/network.sqlite"));
    auto snapshot = loadNetworkSnapshot(path, {}, QStringLiteral("en"));
    QVERIFY(!snapshot.ok());
    QVERIFY(!snapshot.error().text().isEmpty());
}

QTEST_GUILESS_MAIN(tst_NetworkLoader)
#include "tst_networkloader.moc"
