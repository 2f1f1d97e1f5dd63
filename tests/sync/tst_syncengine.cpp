// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tst_syncengine_desktop.h"

#include <core/sample/sampledata.h>
#include <core/sync/couchclient.h>
#include <core/sync/documentcodec.h>
#include <core/sync/tlstrust.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QTest>

#include <functional>

using namespace CoopAtlas::Core;
using namespace CoopAtlas::TestSupport;

namespace {

void editOrganisation(Store &store,
                      const QString &id,
                      const std::function<void(Organisation &)> &edit)
{
    auto org = store.organisation(id);
    QVERIFY2(org.ok(), qPrintable(org ? QString() : org.error().text()));
    edit(org.value());
    auto updated = store.updateOrganisation(org.value());
    QVERIFY2(updated.ok(), qPrintable(updated ? QString() : updated.error().text()));
}

/// Rows of the tables that loadSampleData() fills besides organisations and
/// terms, which are the links, the invented people and the activity records.
qint64 otherSampleRows(const SyncTestDesktop &desktop)
{
    qint64 rows = 0;
    for (const char *table : {"links",
                              "persons",
                              "workshops",
                              "participations",
                              "followups",
                              "residencies",
                              "stays",
                              "visits",
                              "budget_lines",
                              "resources",
                              "barriers"}) {
        rows += desktop.rowCount(QString::fromLatin1(table));
    }
    return rows;
}

QString errorText(const Result<SyncSummary> &result)
{
    return result ? QString() : result.error().text();
}

} // namespace

class tst_SyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void firstSyncSendsAndReceives();
    void secondSyncSendsNothing();
    void differentFieldsMerge();
    void sameFieldConflictsOnSecondSync();
    void resolvedConflictConverges();
    void deletionAgainstEditConflicts();
    void threeClientsConverge();
    void sampleDataGivesNoDuplicates();
    void readerGetsForbiddenErrors();
    void concurrentSyncIsRejected();
    void duplicateTermsConverge();
    void samePushFromTwoFilesIsSuccess();
    void unstorableDocumentsAreSetAside();
    void endlessChangeFeedStops();
    void pullPagesReportProgress();
    void cancelledSyncSendsNothing();
    void serverConflictMergedAndRemoved();
    void serverRemovalReachesDesktops();

private:
    QJsonObject serverDocument(const QString &documentId) const;
    void compareDesktops(const QList<SyncTestDesktop *> &desktops);

    TestServerEnv m_env;
    std::unique_ptr<TestDatabase> m_database;
};

void tst_SyncEngine::initTestCase()
{
    auto env = serverEnvFromEnvironment();
    QVERIFY2(env.ok(), qPrintable(env ? QString() : env.error().text()));
    m_env = *env;
}

void tst_SyncEngine::init()
{
    auto database = TestDatabase::create(m_env,
                                         QStringLiteral("engine"),
                                         {{QStringLiteral("alice"), {QStringLiteral("editor")}},
                                          {QStringLiteral("bob"), {QStringLiteral("editor")}},
                                          {QStringLiteral("carol"), {QStringLiteral("editor")}},
                                          {QStringLiteral("dana"), {QStringLiteral("admin")}},
                                          {QStringLiteral("rita"), {QStringLiteral("reader")}}});
    QVERIFY2(database.ok(), qPrintable(database ? QString() : database.error().text()));
    m_database = std::move(database).value();
}

void tst_SyncEngine::cleanup()
{
    m_database.reset();
}

QJsonObject tst_SyncEngine::serverDocument(const QString &documentId) const
{
    const HttpReply reply
        = m_database->request("GET",
                              QLatin1Char('/') + documentId + QStringLiteral("?conflicts=true"),
                              m_database->adminCredentials());
    return reply.json().object();
}

void tst_SyncEngine::compareDesktops(const QList<SyncTestDesktop *> &desktops)
{
    const QMap<QString, QJsonObject> first = desktops.constFirst()->documents();
    QVERIFY(!first.isEmpty());
    for (SyncTestDesktop *desktop : desktops) {
        const QMap<QString, QJsonObject> other = desktop->documents();
        QCOMPARE(other.keys(), first.keys());
        for (auto it = first.begin(); it != first.end(); ++it) {
            QCOMPARE(other.value(it.key()), it.value());
        }
        QVERIFY(desktop->conflicts().isEmpty());
    }
}

void tst_SyncEngine::firstSyncSendsAndReceives()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"));
    SyncTestDesktop bob(*m_database, QStringLiteral("bob"));
    QVERIFY(alice.isValid());
    const QString id = addOrganisation(alice.store(), QStringLiteral("Coopérative Lumière"));

    auto first = alice.sync();
    QVERIFY2(first.ok(), qPrintable(errorText(first)));
    QVERIFY(first->pushed > 1);
    QCOMPARE(first->conflicts, 0);
    QCOMPARE(first->recordErrors, 0);

    const QJsonObject onServer = serverDocument(QStringLiteral("organisation:") + id);
    QCOMPARE(onServer.value(QStringLiteral("name")).toString(),
             QStringLiteral("Coopérative Lumière"));
    QVERIFY(onServer.value(QStringLiteral("_rev")).toString().startsWith(QStringLiteral("1-")));

    auto second = bob.sync();
    QVERIFY2(second.ok(), qPrintable(errorText(second)));
    QVERIFY(second->pulled >= 1);
    auto received = bob.store().organisation(id);
    QVERIFY(received.ok());
    QCOMPARE(received->name, QStringLiteral("Coopérative Lumière"));
    QCOMPARE(received->meta.dirty, false);
    QCOMPARE(bob.store().search(QStringLiteral("lumiere")).value().size(), 1);
    QCOMPARE(bob.store().totalCount(RecordKind::Organisation).value(), 1);
    compareDesktops({&alice, &bob});
}

void tst_SyncEngine::secondSyncSendsNothing()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"));
    addOrganisation(alice.store(), QStringLiteral("Febecoop"));
    QVERIFY(alice.sync().ok());
    auto again = alice.sync();
    QVERIFY2(again.ok(), qPrintable(errorText(again)));
    QCOMPARE(again->pushed, 0);
    QCOMPARE(again->pulled, 0);
    QCOMPARE(again->merged, 0);
}

void tst_SyncEngine::differentFieldsMerge()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"));
    SyncTestDesktop bob(*m_database, QStringLiteral("bob"));
    const QString id = addOrganisation(alice.store(), QStringLiteral("Coopérative Lumière"));
    QVERIFY(alice.sync().ok());
    QVERIFY(bob.sync().ok());

    editOrganisation(
        alice.store(), id, [](Organisation &org) { org.stage = QStringLiteral("launched"); });
    editOrganisation(
        bob.store(), id, [](Organisation &org) { org.locality = QStringLiteral("Ixelles"); });
    QVERIFY(alice.sync().ok());
    auto bobSync = bob.sync();
    QVERIFY2(bobSync.ok(), qPrintable(errorText(bobSync)));
    QCOMPARE(bobSync->merged, 1);
    QCOMPARE(bobSync->conflicts, 0);
    QVERIFY(alice.sync().ok());

    for (SyncTestDesktop *desktop : {&alice, &bob}) {
        auto org = desktop->store().organisation(id);
        QVERIFY(org.ok());
        QCOMPARE(org->stage, QStringLiteral("launched"));
        QCOMPARE(org->locality, QStringLiteral("Ixelles"));
        QCOMPARE(org->meta.dirty, false);
    }
    compareDesktops({&alice, &bob});
}

void tst_SyncEngine::sameFieldConflictsOnSecondSync()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"));
    SyncTestDesktop bob(*m_database, QStringLiteral("bob"));
    const QString id = addOrganisation(alice.store(), QStringLiteral("Lumière"));
    QVERIFY(alice.sync().ok());
    QVERIFY(bob.sync().ok());

    editOrganisation(
        alice.store(), id, [](Organisation &org) { org.name = QStringLiteral("Lumière SC"); });
    editOrganisation(bob.store(), id, [](Organisation &org) {
        org.name = QStringLiteral("Lumière ASBL");
        org.locality = QStringLiteral("Forest");
    });
    auto aliceSync = alice.sync();
    QVERIFY(aliceSync.ok());
    QCOMPARE(aliceSync->conflicts, 0);
    auto bobSync = bob.sync();
    QVERIFY2(bobSync.ok(), qPrintable(errorText(bobSync)));
    QCOMPARE(bobSync->conflicts, 1);

    const QList<SyncConflict> conflicts = bob.conflicts();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.constFirst().recordId, id);
    QCOMPARE(conflicts.constFirst().fields, QStringList{QStringLiteral("name")});
    QCOMPARE(conflicts.constFirst().local.value(QStringLiteral("name")).toString(),
             QStringLiteral("Lumière ASBL"));
    QCOMPARE(conflicts.constFirst().remote.value(QStringLiteral("name")).toString(),
             QStringLiteral("Lumière SC"));
    QCOMPARE(conflicts.constFirst().remoteAuthor, alice.config().user);

    // Nothing lost: bob's record is untouched and the server keeps alice's version.
    auto bobRecord = bob.store().organisation(id);
    QCOMPARE(bobRecord->name, QStringLiteral("Lumière ASBL"));
    QCOMPARE(bobRecord->locality, QStringLiteral("Forest"));
    QCOMPARE(bobRecord->meta.dirty, true);
    const QJsonObject onServer = serverDocument(QStringLiteral("organisation:") + id);
    QCOMPARE(onServer.value(QStringLiteral("name")).toString(), QStringLiteral("Lumière SC"));
    QVERIFY(!onServer.contains(QStringLiteral("_conflicts")));

    // A further sync keeps the conflict open and sends nothing for that record.
    auto again = bob.sync();
    QVERIFY(again.ok());
    QCOMPARE(again->conflicts, 1);
    QCOMPARE(serverDocument(QStringLiteral("organisation:") + id).value(QStringLiteral("_rev")),
             onServer.value(QStringLiteral("_rev")));
}

void tst_SyncEngine::resolvedConflictConverges()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"));
    SyncTestDesktop bob(*m_database, QStringLiteral("bob"));
    const QString id = addOrganisation(alice.store(), QStringLiteral("Lumière"));
    QVERIFY(alice.sync().ok());
    QVERIFY(bob.sync().ok());
    editOrganisation(
        alice.store(), id, [](Organisation &org) { org.name = QStringLiteral("Lumière SC"); });
    editOrganisation(
        bob.store(), id, [](Organisation &org) { org.name = QStringLiteral("Lumière ASBL"); });
    QVERIFY(alice.sync().ok());
    QCOMPARE(bob.sync()->conflicts, 1);

    {
        auto db = Database::open(bob.path());
        QVERIFY(db.ok());
        (*db)->setAuthor(bob.config().user);
        SyncStore store(**db);
        const SyncConflict conflict = bob.conflicts().constFirst();
        QJsonObject chosen = conflict.local;
        chosen.insert(QStringLiteral("name"), QStringLiteral("Lumière SCRL"));
        auto resolved = store.resolveConflict(id, chosen);
        QVERIFY2(resolved.ok(), qPrintable(resolved ? QString() : resolved.error().text()));
    }
    QVERIFY(bob.conflicts().isEmpty());
    auto bobSync = bob.sync();
    QVERIFY2(bobSync.ok(), qPrintable(errorText(bobSync)));
    QCOMPARE(bobSync->conflicts, 0);
    QVERIFY(alice.sync().ok());
    QVERIFY(bob.sync().ok());

    QCOMPARE(alice.store().organisation(id)->name, QStringLiteral("Lumière SCRL"));
    const QJsonObject onServer = serverDocument(QStringLiteral("organisation:") + id);
    QCOMPARE(onServer.value(QStringLiteral("name")).toString(), QStringLiteral("Lumière SCRL"));
    QVERIFY(!onServer.contains(QStringLiteral("_conflicts")));
    compareDesktops({&alice, &bob});
}

void tst_SyncEngine::deletionAgainstEditConflicts()
{
    SyncTestDesktop dana(*m_database, QStringLiteral("dana"));
    SyncTestDesktop bob(*m_database, QStringLiteral("bob"));
    const QString id = addOrganisation(dana.store(), QStringLiteral("Coop à supprimer"));
    QVERIFY(dana.sync().ok());
    QVERIFY(bob.sync().ok());

    auto removed = dana.store().remove(RecordKind::Organisation, id);
    QVERIFY(removed.ok());
    editOrganisation(
        bob.store(), id, [](Organisation &org) { org.stage = QStringLiteral("scaling"); });
    auto danaSync = dana.sync();
    QVERIFY2(danaSync.ok(), qPrintable(errorText(danaSync)));
    QCOMPARE(danaSync->recordErrors, 0);
    QVERIFY(serverDocument(QStringLiteral("organisation:") + id)
                .value(QStringLiteral("deleted"))
                .toBool());

    auto bobSync = bob.sync();
    QVERIFY2(bobSync.ok(), qPrintable(errorText(bobSync)));
    QCOMPARE(bobSync->conflicts, 1);
    const SyncConflict conflict = bob.conflicts().constFirst();
    QCOMPARE(conflict.fields, QStringList{QStringLiteral("deleted")});
    QCOMPARE(conflict.remote.value(QStringLiteral("deleted")), QJsonValue(true));
    QCOMPARE(conflict.local.value(QStringLiteral("stage")).toString(), QStringLiteral("scaling"));
    // Neither side lost: bob's edit is still in his file, the deletion on the server.
    auto bobRecord = bob.store().organisation(id);
    QCOMPARE(bobRecord->meta.deleted, false);
    QCOMPARE(bobRecord->stage, QStringLiteral("scaling"));
}

void tst_SyncEngine::threeClientsConverge()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"));
    SyncTestDesktop bob(*m_database, QStringLiteral("bob"));
    SyncTestDesktop carol(*m_database, QStringLiteral("carol"));
    const QString shared = addOrganisation(alice.store(), QStringLiteral("SMart"));
    QVERIFY(alice.sync().ok());
    QVERIFY(bob.sync().ok());
    QVERIFY(carol.sync().ok());

    editOrganisation(
        alice.store(), shared, [](Organisation &org) { org.stage = QStringLiteral("scaling"); });
    editOrganisation(bob.store(), shared, [](Organisation &org) {
        org.locality = QStringLiteral("Saint-Gilles");
    });
    editOrganisation(carol.store(), shared, [](Organisation &org) {
        org.description = QStringLiteral("Société mutuelle");
    });
    addOrganisation(alice.store(), QStringLiteral("Alice's coop"));
    addOrganisation(bob.store(), QStringLiteral("Bob's coop"));
    addOrganisation(carol.store(), QStringLiteral("Carol's coop"));

    // Syncs in an order different from the edits, then one more round for everyone.
    for (SyncTestDesktop *desktop : {&carol, &alice, &bob, &carol, &alice, &bob}) {
        auto result = desktop->sync();
        QVERIFY2(result.ok(), qPrintable(errorText(result)));
        QCOMPARE(result->conflicts, 0);
    }
    auto org = alice.store().organisation(shared);
    QCOMPARE(org->stage, QStringLiteral("scaling"));
    QCOMPARE(org->locality, QStringLiteral("Saint-Gilles"));
    QCOMPARE(org->description, QStringLiteral("Société mutuelle"));
    QCOMPARE(alice.store().totalCount(RecordKind::Organisation).value(), 4);
    compareDesktops({&alice, &bob, &carol});
    QVERIFY(!serverDocument(QStringLiteral("organisation:") + shared)
                 .contains(QStringLiteral("_conflicts")));
}

void tst_SyncEngine::sampleDataGivesNoDuplicates()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"));
    SyncTestDesktop bob(*m_database, QStringLiteral("bob"));
    auto loaded = loadSampleData(alice.store());
    QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().text()));
    QVERIFY(*loaded > 0);
    QVERIFY(loadSampleData(bob.store()).ok());
    const qint64 organisations = alice.rowCount(QStringLiteral("organisations"));
    const qint64 terms = alice.rowCount(QStringLiteral("taxonomy"));
    const qint64 others = otherSampleRows(alice);

    QVERIFY(alice.sync().ok());
    // bob receives alice's documents before sending: with no common base, equal content
    // counts as the same record.
    auto bobSync = bob.sync();
    QVERIFY2(bobSync.ok(), qPrintable(errorText(bobSync)));
    QCOMPARE(bobSync->conflicts, 0);
    QCOMPARE(bobSync->recordErrors, 0);
    QVERIFY(alice.sync().ok());

    auto count = m_database->documentCount();
    QVERIFY(count.ok());
    QCOMPARE(*count, organisations + terms + others + 1); // + the design document
    QCOMPARE(bob.rowCount(QStringLiteral("organisations")), organisations);
    QCOMPARE(bob.rowCount(QStringLiteral("links")), 93);
    compareDesktops({&alice, &bob});
}

void tst_SyncEngine::readerGetsForbiddenErrors()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"));
    SyncTestDesktop rita(*m_database, QStringLiteral("rita"));
    const QString shared = addOrganisation(alice.store(), QStringLiteral("Febecoop"));
    QVERIFY(alice.sync().ok());

    const QString own = addOrganisation(rita.store(), QStringLiteral("Rita's draft"));
    auto result = rita.sync();
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QVERIFY(result->recordErrors > 0);
    QCOMPARE(result->pushed, 0);
    // The reader still receives the others' records.
    QCOMPARE(rita.store().organisation(shared)->name, QStringLiteral("Febecoop"));
    bool ownRejected = false;
    for (const SyncRecordError &error : rita.recordErrors()) {
        QCOMPARE(error.code, QStringLiteral("forbidden"));
        QVERIFY(error.message.contains(QStringLiteral("read")));
        ownRejected = ownRejected || error.recordId == own;
    }
    QVERIFY(ownRejected);
    QCOMPARE(rita.store().organisation(own)->meta.dirty, true);
    QVERIFY(
        serverDocument(QStringLiteral("organisation:") + own).contains(QStringLiteral("error")));
}

void tst_SyncEngine::concurrentSyncIsRejected()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"));
    QLockFile held(SyncEngine::lockFilePath(alice.path()));
    QVERIFY(held.tryLock(0));
    auto blocked = alice.sync();
    QVERIFY(!blocked.ok());
    QVERIFY(blocked.error().message.contains(QStringLiteral("Another sync")));
    held.unlock();
    QVERIFY(alice.sync().ok());
}

void tst_SyncEngine::duplicateTermsConverge()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"));
    SyncTestDesktop bob(*m_database, QStringLiteral("bob"));
    // UUID v7 ids grow with time, so alice's term, inserted first, sorts first.
    QStringList termIds;
    for (SyncTestDesktop *desktop : {&alice, &bob}) {
        TaxonomyTerm term;
        term.vocabulary = QLatin1String(Vocabulary::Sector);
        term.key = QStringLiteral("agroecologie");
        term.labelEn = QStringLiteral("Agroecology");
        term.labelFr
            = desktop == &alice ? QStringLiteral("Agroécologie") : QStringLiteral("Agro-écologie");
        auto inserted = desktop->store().insertTerm(term);
        QVERIFY2(inserted.ok(), qPrintable(inserted ? QString() : inserted.error().text()));
        termIds.append(*inserted);
    }
    QVERIFY(termIds.at(0) < termIds.at(1));
    const QString aliceTerm = QStringLiteral("taxonomy:") + termIds.at(0);
    const QString bobTerm = QStringLiteral("taxonomy:") + termIds.at(1);
    const QString id = addOrganisation(alice.store(), QStringLiteral("Ferme coopérative"));
    editOrganisation(alice.store(), id, [](Organisation &org) {
        org.sectors = {QStringLiteral("agroecologie")};
    });

    // bob sends his term first, so alice receives the term merged away and bob
    // later receives the term that is kept.
    for (SyncTestDesktop *desktop : {&bob, &alice, &bob, &alice}) {
        auto result = desktop->sync();
        QVERIFY2(result.ok(), qPrintable(errorText(result)));
        QCOMPARE(result->recordErrors, 0);
        QCOMPARE(result->conflicts, 0);
    }
    for (SyncTestDesktop *desktop : {&alice, &bob}) {
        const QMap<QString, QJsonObject> documents = desktop->documents();
        QVERIFY(documents.contains(aliceTerm));
        QVERIFY(!documents.contains(bobTerm));
        QCOMPARE(documents.value(aliceTerm).value(QStringLiteral("label_fr")).toString(),
                 QStringLiteral("Agroécologie"));
        QVERIFY(desktop->recordErrors().isEmpty());
        auto usage = desktop->store().termUsage(QLatin1String(Vocabulary::Sector),
                                                QStringLiteral("agroecologie"));
        QVERIFY(usage.ok());
        QCOMPARE(*usage, 1);
    }
    QCOMPARE(bob.store().organisation(id)->sectors, QStringList{QStringLiteral("agroecologie")});
    compareDesktops({&alice, &bob});
    // Both terms stay on the server: removing one needs coopatlas_admin.
    QCOMPARE(serverDocument(bobTerm).value(QStringLiteral("key")).toString(),
             QStringLiteral("agroecologie"));
}

void tst_SyncEngine::samePushFromTwoFilesIsSuccess()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"));
    SyncTestDesktop bob(*m_database, QStringLiteral("bob"));
    QVERIFY(loadSampleData(alice.store()).ok());
    QVERIFY(loadSampleData(bob.store()).ok());
    QVERIFY(alice.sync().ok());

    // bob's checkpoint is set to the end of the feed, so bob receives nothing first and
    // every document he sends meets a 409 from a document with equal content.
    const HttpReply info = m_database->request("GET", QString(), m_database->adminCredentials());
    const QJsonValue updateSeq = info.json().object().value(QStringLiteral("update_seq"));
    QVERIFY(!updateSeq.isUndefined());
    const QByteArray lastSeq = updateSeq.isString() ? QJsonDocument(QJsonArray{updateSeq})
                                                          .toJson(QJsonDocument::Compact)
                                                          .mid(1)
                                                          .chopped(1)
                                                    : QByteArray::number(updateSeq.toInteger());
    {
        auto db = Database::open(bob.path());
        QVERIFY(db.ok());
        SyncStore store(**db);
        QVERIFY(store
                    .setMetadata(SyncEngine::checkpointKey(bob.config().url.toString(),
                                                           bob.config().database),
                                 QString::fromUtf8(lastSeq))
                    .ok());
    }
    auto bobSync = bob.sync();
    QVERIFY2(bobSync.ok(), qPrintable(errorText(bobSync)));
    QCOMPARE(bobSync->pulled, 0);
    QVERIFY(bobSync->pushed > 0);
    QCOMPARE(bobSync->conflicts, 0);
    QCOMPARE(bobSync->recordErrors, 0);

    auto count = m_database->documentCount();
    QVERIFY(count.ok());
    QCOMPARE(*count,
             alice.rowCount(QStringLiteral("organisations"))
                 + alice.rowCount(QStringLiteral("taxonomy")) + otherSampleRows(alice) + 1);
    QVERIFY(alice.sync().ok());
    QVERIFY(bob.sync().ok());
    compareDesktops({&alice, &bob});
}

void tst_SyncEngine::pullPagesReportProgress()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"));
    SyncTestDesktop bob(*m_database, QStringLiteral("bob"));
    for (int i = 0; i < 25; ++i) {
        addOrganisation(alice.store(), QStringLiteral("Coop %1").arg(i));
    }
    QVERIFY(alice.sync().ok());
    const qint64 expected = alice.rowCount(QStringLiteral("organisations"))
                            + alice.rowCount(QStringLiteral("taxonomy"));

    auto db = Database::open(bob.path());
    QVERIFY(db.ok());
    ServerConfig config = bob.config();
    config.pageSize = 10;
    TlsTrust trust(TlsTrust::Storage::Memory);
    CouchClient client(config, bob.password(), &trust);
    SyncEngine engine(**db, client);
    QList<qint64> pulled;
    engine.setProgressCallback([&pulled](SyncPhase phase, qint64 done, qint64) {
        if (phase == SyncPhase::Pulling) {
            pulled.append(done);
        }
    });
    int committedPages = 0;
    engine.setChangesCallback([&committedPages] { ++committedPages; });
    auto result = engine.run();
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QVERIFY(pulled.size() >= int(expected / 10));
    QCOMPARE(pulled.constLast(), expected + 1); // + the design document, skipped
    QVERIFY(committedPages >= int(expected / 10));
    QCOMPARE(bob.rowCount(QStringLiteral("organisations")), 25);
    SyncStore store(**db);
    auto checkpoint
        = store.metadata(SyncEngine::checkpointKey(config.url.toString(), config.database));
    QVERIFY(checkpoint.ok());
    QVERIFY(!checkpoint->isEmpty());
}

void tst_SyncEngine::cancelledSyncSendsNothing()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"));
    addOrganisation(alice.store(), QStringLiteral("SMart"));
    auto db = Database::open(alice.path());
    QVERIFY(db.ok());
    TlsTrust trust(TlsTrust::Storage::Memory);
    CouchClient client(alice.config(), alice.password(), &trust);
    SyncEngine engine(**db, client);
    const std::atomic_bool cancelled{true};
    engine.setCancelFlag(&cancelled);
    auto result = engine.run();
    QVERIFY(!result.ok());
    QCOMPARE(m_database->documentCount().value(), 1);
}

void tst_SyncEngine::serverConflictMergedAndRemoved()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"));
    const QString id = addOrganisation(alice.store(), QStringLiteral("Lumière"));
    QVERIFY(alice.sync().ok());
    const QString documentId = QStringLiteral("organisation:") + id;
    const QJsonObject first = serverDocument(documentId);
    const QString firstRevision = first.value(QStringLiteral("_rev")).toString();
    QVERIFY(firstRevision.startsWith(QStringLiteral("1-")));

    // Two children of the first revision, written as a replication would: a server-side
    // conflict, each branch with one field changed.
    QJsonArray branches;
    const QList<QPair<QString, QPair<QString, QString>>> edits{
        {QStringLiteral("aaaa"), {QStringLiteral("stage"), QStringLiteral("launched")}},
        {QStringLiteral("bbbb"), {QStringLiteral("locality"), QStringLiteral("Anderlecht")}}};
    for (const auto &[hash, edit] : edits) {
        QJsonObject branch = first;
        branch.insert(QStringLiteral("_rev"), QString(QStringLiteral("2-") + hash));
        branch.insert(edit.first, edit.second);
        branch.insert(QStringLiteral("_revisions"),
                      QJsonObject{{QStringLiteral("start"), 2},
                                  {QStringLiteral("ids"), QJsonArray{hash, firstRevision.mid(2)}}});
        branches.append(branch);
    }
    const QJsonObject body{{QStringLiteral("new_edits"), false},
                           {QStringLiteral("docs"), branches}};
    const HttpReply written
        = m_database->request("POST",
                              QStringLiteral("/_bulk_docs"),
                              m_database->adminCredentials(),
                              QJsonDocument(body).toJson(QJsonDocument::Compact));
    QVERIFY2(written.status == 201, written.body.constData());
    QCOMPARE(serverDocument(documentId).value(QStringLiteral("_conflicts")).toArray().size(), 1);

    auto result = alice.sync();
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->conflicts, 0);
    QCOMPARE(result->merged, 1);

    const QJsonObject resolved = serverDocument(documentId);
    QVERIFY(!resolved.contains(QStringLiteral("_conflicts")));
    QVERIFY(resolved.value(QStringLiteral("_rev")).toString().startsWith(QStringLiteral("3-")));
    QCOMPARE(resolved.value(QStringLiteral("stage")).toString(), QStringLiteral("launched"));
    QCOMPARE(resolved.value(QStringLiteral("locality")).toString(), QStringLiteral("Anderlecht"));
    auto org = alice.store().organisation(id);
    QCOMPARE(org->stage, QStringLiteral("launched"));
    QCOMPARE(org->locality, QStringLiteral("Anderlecht"));
    QCOMPARE(org->meta.dirty, false);
}

void tst_SyncEngine::serverRemovalReachesDesktops()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"));
    SyncTestDesktop bob(*m_database, QStringLiteral("bob"));
    const QString id = addOrganisation(alice.store(), QStringLiteral("Removed by the admin"));
    QVERIFY(alice.sync().ok());
    QVERIFY(bob.sync().ok());
    editOrganisation(
        bob.store(), id, [](Organisation &org) { org.stage = QStringLiteral("paused"); });

    const QString documentId = QStringLiteral("organisation:") + id;
    const QString revision = serverDocument(documentId).value(QStringLiteral("_rev")).toString();
    const HttpReply removed
        = m_database->request("DELETE",
                              QLatin1Char('/') + documentId + QStringLiteral("?rev=") + revision,
                              m_database->adminCredentials());
    QVERIFY2(removed.status == 200, removed.body.constData());

    // alice had not changed the record: it becomes a tombstone there.
    auto aliceSync = alice.sync();
    QVERIFY2(aliceSync.ok(), qPrintable(errorText(aliceSync)));
    QCOMPARE(alice.store().organisation(id)->meta.deleted, true);
    QCOMPARE(alice.store().organisation(id)->meta.dirty, false);
    QCOMPARE(alice.store().totalCount(RecordKind::Organisation).value(), 0);

    // bob had edited it: a conflict on "deleted", his edit kept.
    auto bobSync = bob.sync();
    QVERIFY2(bobSync.ok(), qPrintable(errorText(bobSync)));
    QCOMPARE(bobSync->conflicts, 1);
    QCOMPARE(bob.conflicts().constFirst().fields, QStringList{QStringLiteral("deleted")});
    QCOMPARE(bob.store().organisation(id)->stage, QStringLiteral("paused"));
    QCOMPARE(bob.store().organisation(id)->meta.deleted, false);
}

void tst_SyncEngine::unstorableDocumentsAreSetAside()
{
    // Written as the database admin, whom the server's write rules let store
    // documents that a desktop cannot.
    const Credentials bob = m_database->adminCredentials();
    const QByteArray common = R"("schema":1,"created_at":"2026-01-01T00:00:00Z",)"
                              R"("updated_at":"2026-01-01T00:00:00Z","created_by":"bob",)"
                              R"("updated_by":"bob","deleted":false,"extra":{})";
    const QString noName = QStringLiteral("0190a0b0-0000-7000-8000-0000000000f1");
    const QString withNul = QStringLiteral("0190a0b0-0000-7000-8000-0000000000f2");
    const QString readable = QStringLiteral("0190a0b0-0000-7000-8000-0000000000f3");
    const QList<QPair<QString, QByteArray>> documents{
        {QString(QStringLiteral("/person:") + noName),
         QByteArray(R"({"type":"person",)" + common + "}")},
        {QString(QStringLiteral("/organisation:") + withNul),
         QByteArray(R"({"type":"organisation","name":"Cut\u0000here",)" + common + "}")},
        {QString(QStringLiteral("/organisation:") + readable),
         QByteArray(R"({"type":"organisation","name":"Readable coop",)" + common + "}")},
    };
    for (const auto &[path, body] : documents) {
        const HttpReply put = m_database->request("PUT", path, bob, body);
        QVERIFY2(put.status == 201, put.body.constData());
    }

    SyncTestDesktop alice(*m_database, QStringLiteral("alice"));
    auto result = alice.sync();
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->unreadable, 2);
    QCOMPARE(result->recordErrors, 0);
    QCOMPARE(alice.store().organisation(readable)->name, QStringLiteral("Readable coop"));
    QVERIFY(!alice.store().organisation(withNul).ok());
    QCOMPARE(alice.rowCount(QStringLiteral("persons")), 0);

    QMap<QString, SyncRecordError> errors;
    for (const SyncRecordError &error : alice.recordErrors()) {
        errors.insert(error.recordId, error);
    }
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.value(noName).code, QStringLiteral("unreadable"));
    QVERIFY(errors.value(noName).message.contains(QStringLiteral("\"formatted_name\"")));
    QCOMPARE(errors.value(withNul).code, QStringLiteral("unreadable"));
    QVERIFY(errors.value(withNul).message.contains(QStringLiteral("NUL")));

    auto again = alice.sync();
    QVERIFY2(again.ok(), qPrintable(errorText(again)));
    QCOMPARE(again->unreadable, 0);

    // A corrected revision is stored and removes the error of its record only.
    QJsonObject corrected = serverDocument(QStringLiteral("person:") + noName);
    corrected.insert(QStringLiteral("formatted_name"), QStringLiteral("Named at last"));
    const HttpReply fixed
        = m_database->request("PUT",
                              QStringLiteral("/person:") + noName,
                              m_database->credentials(QStringLiteral("bob")),
                              QJsonDocument(corrected).toJson(QJsonDocument::Compact));
    QVERIFY2(fixed.status == 201, fixed.body.constData());
    auto third = alice.sync();
    QVERIFY2(third.ok(), qPrintable(errorText(third)));
    QCOMPARE(third->unreadable, 0);
    QCOMPARE(alice.store().person(noName)->formattedName, QStringLiteral("Named at last"));
    const QList<SyncRecordError> remaining = alice.recordErrors();
    QCOMPARE(remaining.size(), 1);
    QCOMPARE(remaining.constFirst().recordId, withNul);
}

void tst_SyncEngine::endlessChangeFeedStops()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"), true);
    // Every _changes reply of this database brings the same document and the
    // same last_seq, and announces more changes.
    const QString id = QStringLiteral("organisation:0190a0b0-0000-7000-8000-0000000000e1");
    const QJsonObject document{
        {QStringLiteral("_id"), id},
        {QStringLiteral("_rev"), QStringLiteral("1-aaaa")},
        {QStringLiteral("type"), QStringLiteral("organisation")},
        {QStringLiteral("schema"), 1},
        {QStringLiteral("name"), QStringLiteral("Looping coop")},
        {QStringLiteral("created_at"), QStringLiteral("2026-01-01T00:00:00Z")},
        {QStringLiteral("updated_at"), QStringLiteral("2026-01-01T00:00:00Z")},
        {QStringLiteral("deleted"), false}};
    const QJsonObject change{
        {QStringLiteral("id"), id},
        {QStringLiteral("seq"), QStringLiteral("7-x")},
        {QStringLiteral("changes"),
         QJsonArray{QJsonObject{{QStringLiteral("rev"), QStringLiteral("1-aaaa")}}}},
        {QStringLiteral("doc"), document}};
    const QJsonObject reply{{QStringLiteral("results"), QJsonArray{change}},
                            {QStringLiteral("last_seq"), QStringLiteral("7-x")},
                            {QStringLiteral("pending"), 5}};
    const QJsonObject rule{
        {QStringLiteral("method"), QStringLiteral("GET")},
        {QStringLiteral("pathRegex"), QString(m_database->name() + QStringLiteral("/_changes"))},
        {QStringLiteral("action"), QStringLiteral("status")},
        {QStringLiteral("status"), 200},
        {QStringLiteral("body"), reply}};
    FaultProxy proxy(m_env);
    QVERIFY(proxy.setRules({rule}).ok());
    auto result = alice.sync();
    QVERIFY(proxy.clearRules().ok());
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("did not come to an end")),
             qPrintable(result.error().text()));
    QCOMPARE(
        alice.store().organisation(QStringLiteral("0190a0b0-0000-7000-8000-0000000000e1"))->name,
        QStringLiteral("Looping coop"));
}

QTEST_GUILESS_MAIN(tst_SyncEngine)
#include "tst_syncengine.moc"
