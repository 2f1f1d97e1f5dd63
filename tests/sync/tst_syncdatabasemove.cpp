// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A server database replaced under the same URL and name, as after a move to a
// cluster by replication: the desktops notice it by the database identity and
// pull every change again, merging.
#include "tst_syncengine_desktop.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace CoopAtlas::Core;
using namespace CoopAtlas::TestSupport;

namespace {

const QString IdentityPath = QStringLiteral("/_local/coopatlas-database");

QString errorText(const Result<SyncSummary> &result)
{
    return result ? QString() : result.error().text();
}

void renameOrganisation(Store &store, const QString &id, const QString &name)
{
    auto org = store.organisation(id);
    QVERIFY2(org.ok(), qPrintable(org ? QString() : org.error().text()));
    org->name = name;
    auto updated = store.updateOrganisation(*org);
    QVERIFY2(updated.ok(), qPrintable(updated ? QString() : updated.error().text()));
}

QString metadataOf(const QString &path, const QString &key)
{
    auto db = Database::open(path);
    if (!db) {
        return QStringLiteral("(file not opened)");
    }
    SyncStore store(**db);
    auto value = store.metadata(key);
    return value ? *value : QStringLiteral("(metadata not read)");
}

void setMetadataOf(const QString &path, const QString &key, const QString &value)
{
    auto db = Database::open(path);
    QVERIFY(db.ok());
    SyncStore store(**db);
    QVERIFY(store.setMetadata(key, value).ok());
}

/// A new organisation document with the fields of `pushed` (one that a desktop
/// pushed), another id and another name.
QJsonObject organisationDocument(QJsonObject pushed, const QString &name)
{
    pushed.remove(QStringLiteral("_rev"));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    pushed.insert(QStringLiteral("_id"), QString(QStringLiteral("organisation:") + id));
    pushed.insert(QStringLiteral("name"), name);
    return pushed;
}

} // namespace

class tst_SyncDatabaseMove : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void identityReadableByMembers();
    void unchangedIdentityPullsNothing();
    void invalidIdentityKeepsCheckpoint_data();
    void invalidIdentityKeepsCheckpoint();
    void movedDatabaseIsPulledAgain_data();
    void movedDatabaseIsPulledAgain();
    void rejectedCheckpointRestartsOnce();
    void cliReportsPullRestart();

private:
    HttpReply serverRequest(const QByteArray &method,
                            const QString &path,
                            const QJsonObject &body = {}) const;
    Result<void> replicate(const QString &source, const QString &target) const;
    qint64 updateSequence() const;
    QString serverIdentity() const;
    QJsonObject serverDocument(const QString &documentId) const;
    qint64 serverCount(const QString &kind) const;

    TestServerEnv m_env;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<FaultProxy> m_proxy;
};

void tst_SyncDatabaseMove::initTestCase()
{
    auto env = serverEnvFromEnvironment();
    QVERIFY2(env.ok(), qPrintable(env ? QString() : env.error().text()));
    m_env = *env;
    m_proxy = std::make_unique<FaultProxy>(m_env);
}

void tst_SyncDatabaseMove::init()
{
    auto database = TestDatabase::create(m_env,
                                         QStringLiteral("move"),
                                         {{QStringLiteral("alice"), {QStringLiteral("editor")}},
                                          {QStringLiteral("rita"), {QStringLiteral("reader")}}});
    QVERIFY2(database.ok(), qPrintable(database ? QString() : database.error().text()));
    m_database = std::move(database).value();
    QVERIFY(m_proxy->clearRules().ok());
    QVERIFY(m_proxy->clearLog().ok());
}

void tst_SyncDatabaseMove::cleanup()
{
    QVERIFY(m_proxy->clearRules().ok());
    m_database.reset();
}

/// Sends a request as the server admin to `path` below the server URL.
HttpReply tst_SyncDatabaseMove::serverRequest(const QByteArray &method,
                                              const QString &path,
                                              const QJsonObject &body) const
{
    QUrl url = m_env.url;
    url.setPath(path);
    return sendRequest(method,
                       url,
                       m_env.caFile,
                       m_database->adminCredentials(),
                       body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(),
                       120000);
}

/// Replicates the database `source` into `target` with POST /_replicate, as an
/// administrator moves the data to a new server.
Result<void> tst_SyncDatabaseMove::replicate(const QString &source, const QString &target) const
{
    const HttpReply reply = serverRequest(
        "POST",
        QStringLiteral("/_replicate"),
        QJsonObject{{QStringLiteral("source"), source}, {QStringLiteral("target"), target}});
    if (reply.status != 200 || !reply.json().object().value(QStringLiteral("ok")).toBool()) {
        return Error{QStringLiteral("replication of %1 into %2 failed: HTTP %3 %4")
                         .arg(source, target)
                         .arg(reply.status)
                         .arg(QString::fromUtf8(reply.body) + reply.networkError),
                     {}};
    }
    return {};
}

qint64 tst_SyncDatabaseMove::updateSequence() const
{
    const HttpReply info = m_database->request("GET", QString(), m_database->adminCredentials());
    const QJsonValue sequence = info.json().object().value(QStringLiteral("update_seq"));
    return sequence.isDouble() ? sequence.toInteger() : -1;
}

QString tst_SyncDatabaseMove::serverIdentity() const
{
    const HttpReply reply
        = m_database->request("GET", IdentityPath, m_database->adminCredentials());
    return reply.json().object().value(QStringLiteral("database_id")).toString();
}

QJsonObject tst_SyncDatabaseMove::serverDocument(const QString &documentId) const
{
    const HttpReply reply
        = m_database->request("GET", QLatin1Char('/') + documentId, m_database->adminCredentials());
    return reply.json().object();
}

/// Live documents of one kind on the server.
qint64 tst_SyncDatabaseMove::serverCount(const QString &kind) const
{
    const HttpReply reply = m_database->request(
        "GET",
        QStringLiteral("/_all_docs?startkey=%22%1:%22&endkey=%22%1:%EF%BF%B0%22").arg(kind),
        m_database->adminCredentials());
    if (reply.status != 200) {
        return -1;
    }
    return reply.json().object().value(QStringLiteral("rows")).toArray().size();
}

void tst_SyncDatabaseMove::identityReadableByMembers()
{
    // coopatlas-server-setup init made the identity.
    const QString made = serverIdentity();
    QCOMPARE(made.size(), 32);
    const Credentials alice = m_database->credentials(QStringLiteral("alice"));
    const Credentials rita = m_database->credentials(QStringLiteral("rita"));
    const HttpReply read = m_database->request("GET", IdentityPath, rita);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json().object().value(QStringLiteral("database_id")).toString(), made);

    // An editor creates it on a database without one; a second creation gets 409.
    const QString revision = read.json().object().value(QStringLiteral("_rev")).toString();
    const HttpReply removed = m_database->request("DELETE",
                                                  IdentityPath + QStringLiteral("?rev=") + revision,
                                                  m_database->adminCredentials());
    QCOMPARE(removed.status, 200);
    QCOMPARE(m_database->request("GET", IdentityPath, alice).status, 404);
    const HttpReply created
        = m_database->request("PUT", IdentityPath, alice, R"({"database_id":"made-by-alice"})");
    QCOMPARE(created.status, 201);
    const HttpReply again
        = m_database->request("PUT", IdentityPath, rita, R"({"database_id":"made-by-rita"})");
    QCOMPARE(again.status, 409);
    QCOMPARE(serverIdentity(), QStringLiteral("made-by-alice"));

    // _local documents are neither listed nor counted, and init keeps the identity.
    QCOMPARE(m_database->documentCount().value(), 1);
    auto init = m_database->runSetupScript({QStringLiteral("init")});
    QVERIFY2(init.ok(), qPrintable(init ? QString() : init.error().text()));
    QVERIFY(init->contains(QStringLiteral("_local/coopatlas-database in %1 exists: made-by-alice")
                               .arg(m_database->name())));
    QCOMPARE(serverIdentity(), QStringLiteral("made-by-alice"));
    auto status = m_database->runSetupScript({QStringLiteral("status")});
    QVERIFY(status.ok());
    QVERIFY(status->contains(QStringLiteral("_local/coopatlas-database: made-by-alice")));
}

void tst_SyncDatabaseMove::unchangedIdentityPullsNothing()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"));
    for (int i = 0; i < 5; ++i) {
        addOrganisation(alice.store(), QStringLiteral("Coop %1").arg(i));
    }
    const QString identityKey
        = SyncEngine::checkpointIdentityKey(alice.config().url.toString(), alice.config().database);
    auto first = alice.sync();
    QVERIFY2(first.ok(), qPrintable(errorText(first)));
    QCOMPARE(first->pullRestart, PullRestart::None);
    QCOMPARE(metadataOf(alice.path(), identityKey), serverIdentity());
    auto second = alice.sync();
    QVERIFY2(second.ok(), qPrintable(errorText(second)));
    QCOMPARE(second->pullRestart, PullRestart::None);
    QCOMPARE(second->pulled, 0);
    QCOMPARE(second->pushed, 0);

    // A file synced by a version without identities keeps its checkpoint.
    const QString checkpointKey
        = SyncEngine::checkpointKey(alice.config().url.toString(), alice.config().database);
    const QString checkpoint = metadataOf(alice.path(), checkpointKey);
    QVERIFY(!checkpoint.isEmpty());
    setMetadataOf(alice.path(), identityKey, QString());
    auto upgraded = alice.sync();
    QVERIFY2(upgraded.ok(), qPrintable(errorText(upgraded)));
    QCOMPARE(upgraded->pullRestart, PullRestart::None);
    QCOMPARE(upgraded->pulled, 0);
    QCOMPARE(metadataOf(alice.path(), identityKey), serverIdentity());
    QCOMPARE(metadataOf(alice.path(), checkpointKey), checkpoint);

    // A database that lost its identity gets a new one from the first client,
    // and that client then pulls every change again, with nothing new to apply.
    const QJsonObject identity
        = m_database->request("GET", IdentityPath, m_database->adminCredentials()).json().object();
    const HttpReply removed = m_database->request(
        "DELETE",
        IdentityPath + QStringLiteral("?rev=") + identity.value(QStringLiteral("_rev")).toString(),
        m_database->adminCredentials());
    QCOMPARE(removed.status, 200);
    auto recreated = alice.sync();
    QVERIFY2(recreated.ok(), qPrintable(errorText(recreated)));
    const QString newIdentity = serverIdentity();
    QVERIFY(!newIdentity.isEmpty());
    QVERIFY(newIdentity != identity.value(QStringLiteral("database_id")).toString());
    QCOMPARE(metadataOf(alice.path(), identityKey), newIdentity);
    QCOMPARE(recreated->pullRestart, PullRestart::DatabaseChanged);
    QCOMPARE(recreated->pulled, 0);
    QCOMPARE(recreated->merged, 0);
    QCOMPARE(alice.rowCount(QStringLiteral("organisations")), 5);
}

void tst_SyncDatabaseMove::invalidIdentityKeepsCheckpoint_data()
{
    QTest::addColumn<QJsonValue>("invalid");
    QTest::addColumn<QString>("described");
    QTest::newRow("number") << QJsonValue(12345) << QStringLiteral("a number");
    QTest::newRow("300 characters")
        << QJsonValue(QString(300, u'a')) << QStringLiteral("a string of length 300");
    QTest::newRow("object") << QJsonValue(QJsonObject{
        {QStringLiteral("database_id"), QStringLiteral("nested")}, {QStringLiteral("n"), 1}})
                            << QStringLiteral("an object of length 2");
    QTest::newRow("space") << QJsonValue(QStringLiteral("made by hand"))
                           << QStringLiteral("a string of length 12");
}

void tst_SyncDatabaseMove::invalidIdentityKeepsCheckpoint()
{
    QFETCH(QJsonValue, invalid);
    QFETCH(QString, described);
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"));
    const QString id = addOrganisation(alice.store(), QStringLiteral("Coop du canal"));
    auto first = alice.sync();
    QVERIFY2(first.ok(), qPrintable(errorText(first)));
    const QString identityKey
        = SyncEngine::checkpointIdentityKey(alice.config().url.toString(), alice.config().database);
    const QString checkpointKey
        = SyncEngine::checkpointKey(alice.config().url.toString(), alice.config().database);
    const QString oldIdentity = serverIdentity();
    QCOMPARE(metadataOf(alice.path(), identityKey), oldIdentity);

    // A member replaces the identity with an invalid value, and the record
    // changes on the server.
    const Credentials admin = m_database->adminCredentials();
    QJsonObject identity = m_database->request("GET", IdentityPath, admin).json().object();
    identity.insert(QStringLiteral("database_id"), invalid);
    QCOMPARE(
        m_database->request("PUT", IdentityPath, admin, QJsonDocument(identity).toJson()).status,
        201);
    QJsonObject changed = serverDocument(QStringLiteral("organisation:") + id);
    changed.insert(QStringLiteral("locality"), QStringLiteral("Anderlecht"));
    QCOMPARE(m_database
                 ->request("PUT",
                           QStringLiteral("/organisation:") + id,
                           admin,
                           QJsonDocument(changed).toJson())
                 .status,
             201);

    // The sync keeps its checkpoint and receives the one change, and the
    // warning names the value's type and length, not the value.
    QTest::ignoreMessage(
        QtWarningMsg,
        qPrintable(QStringLiteral("_local/coopatlas-database has an invalid database_id "
                                  "(%1), so the checkpoint is used without checking the "
                                  "database. An administrator can replace it with "
                                  "coopatlas-server-setup new-identity")
                       .arg(described)));
    auto withInvalid = alice.sync();
    QVERIFY2(withInvalid.ok(), qPrintable(errorText(withInvalid)));
    QCOMPARE(withInvalid->pullRestart, PullRestart::None);
    QCOMPARE(withInvalid->pulled, 1);
    QCOMPARE(alice.store().organisation(id)->locality, QStringLiteral("Anderlecht"));
    QCOMPARE(metadataOf(alice.path(), identityKey), oldIdentity);
    QCOMPARE(metadataOf(alice.path(), checkpointKey).toLongLong(), updateSequence());
    const QJsonObject stillThere = m_database->request("GET", IdentityPath, admin).json().object();
    QCOMPARE(stillThere.value(QStringLiteral("database_id")), invalid);

    // init stops and names the command that replaces the identity.
    auto init = m_database->runSetupScript({QStringLiteral("init")});
    QVERIFY(!init.ok());
    const QString initError = init.error().text();
    QVERIFY2(initError.contains(QStringLiteral("exit code 1")), qPrintable(initError));
    QVERIFY2(
        initError.contains(
            QStringLiteral("_local/coopatlas-database in %1 is invalid").arg(m_database->name())),
        qPrintable(initError));
    QVERIFY2(initError.contains(QStringLiteral("new-identity")), qPrintable(initError));
    QVERIFY2(!initError.contains(QStringLiteral("HTTP 200")), qPrintable(initError));
    auto status = m_database->runSetupScript({QStringLiteral("status")});
    QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().text()));
    QVERIFY2(status->contains(QStringLiteral(
                 "_local/coopatlas-database: invalid database_id; run new-identity")),
             qPrintable(*status));

    // new-identity replaces it, and the desktop then pulls everything again.
    auto renewed = m_database->runSetupScript({QStringLiteral("new-identity")});
    QVERIFY2(renewed.ok(), qPrintable(renewed ? QString() : renewed.error().text()));
    const QString newIdentity = serverIdentity();
    QCOMPARE(newIdentity.size(), 32);
    QVERIFY(newIdentity != oldIdentity);
    QVERIFY2(renewed->contains(newIdentity), qPrintable(*renewed));
    auto pulledAgain = alice.sync();
    QVERIFY2(pulledAgain.ok(), qPrintable(errorText(pulledAgain)));
    QCOMPARE(pulledAgain->pullRestart, PullRestart::DatabaseChanged);
    QCOMPARE(pulledAgain->pulled, 0);
    QCOMPARE(metadataOf(alice.path(), identityKey), newIdentity);

    // A second new-identity replaces the valid identity too, and init keeps it.
    auto again = m_database->runSetupScript({QStringLiteral("new-identity")});
    QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().text()));
    const QString thirdIdentity = serverIdentity();
    QCOMPARE(thirdIdentity.size(), 32);
    QVERIFY(thirdIdentity != newIdentity);
    auto initAgain = m_database->runSetupScript({QStringLiteral("init")});
    QVERIFY2(initAgain.ok(), qPrintable(initAgain ? QString() : initAgain.error().text()));
    QCOMPARE(serverIdentity(), thirdIdentity);
}

void tst_SyncDatabaseMove::movedDatabaseIsPulledAgain_data()
{
    QTest::addColumn<bool>("newSequenceLarger");
    // The old database got many updates, so the new database's sequence stays
    // below the saved checkpoint and a pull from it would return nothing.
    QTest::newRow("smaller sequence") << false;
    // Documents written to the new database first put its sequence past the
    // checkpoint, so a pull from it would skip them.
    QTest::newRow("larger sequence") << true;
}

void tst_SyncDatabaseMove::movedDatabaseIsPulledAgain()
{
    QFETCH(bool, newSequenceLarger);
    const Credentials admin = m_database->adminCredentials();
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"));
    QStringList ids;
    for (int i = 0; i < 6; ++i) {
        ids.append(addOrganisation(alice.store(), QStringLiteral("Coop %1").arg(i)));
    }
    QVERIFY(alice.sync().ok());
    if (!newSequenceLarger) {
        // Updates of one record by others, received by alice.
        for (int i = 0; i < 30; ++i) {
            QJsonObject document = serverDocument(QStringLiteral("organisation:") + ids.at(2));
            document.insert(QStringLiteral("locality"), QStringLiteral("Ixelles %1").arg(i));
            QCOMPARE(m_database
                         ->request("PUT",
                                   QStringLiteral("/organisation:") + ids.at(2),
                                   admin,
                                   QJsonDocument(document).toJson())
                         .status,
                     201);
        }
    }
    auto before = alice.sync();
    QVERIFY2(before.ok(), qPrintable(errorText(before)));
    const qint64 oldSequence = updateSequence();
    QVERIFY(oldSequence > 0);
    const QString oldIdentity = serverIdentity();
    const qint64 terms = alice.rowCount(QStringLiteral("taxonomy"));
    QCOMPARE(serverCount(QStringLiteral("taxonomy")), terms);
    const QJsonObject pushed = serverDocument(QStringLiteral("organisation:") + ids.at(3));
    QVERIFY(pushed.contains(QStringLiteral("schema")));

    // The move: copy the database, then replace it by a database of the same
    // name filled from the copy, with new update sequences and no identity.
    const QString name = m_database->name();
    const QString copy = name + QStringLiteral("-copy");
    QCOMPARE(serverRequest("PUT", QLatin1Char('/') + copy).status, 201);
    auto copied = replicate(name, copy);
    QVERIFY2(copied.ok(), qPrintable(copied ? QString() : copied.error().text()));
    QCOMPARE(serverRequest("DELETE", QLatin1Char('/') + name).status, 200);
    QCOMPARE(serverRequest("PUT", QLatin1Char('/') + name).status, 201);
    int extra = 0;
    if (newSequenceLarger) {
        QJsonArray docs;
        extra = static_cast<int>(oldSequence) + 5;
        for (int i = 0; i < extra; ++i) {
            docs.append(organisationDocument(pushed, QStringLiteral("Nouvelle coop %1").arg(i)));
        }
        const HttpReply written = m_database->request(
            "POST",
            QStringLiteral("/_bulk_docs"),
            admin,
            QJsonDocument(QJsonObject{{QStringLiteral("docs"), docs}}).toJson());
        QCOMPARE(written.status, 201);
    }
    auto back = replicate(copy, name);
    QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().text()));
    QCOMPARE(serverRequest("DELETE", QLatin1Char('/') + copy).status, 200);
    auto init = m_database->runSetupScript({QStringLiteral("init")});
    QVERIFY2(init.ok(), qPrintable(init ? QString() : init.error().text()));
    const QString newIdentity = serverIdentity();
    QVERIFY(!newIdentity.isEmpty());
    QVERIFY(newIdentity != oldIdentity);
    const qint64 newSequence = updateSequence();
    if (newSequenceLarger) {
        QVERIFY2(newSequence > oldSequence,
                 qPrintable(QStringLiteral("%1 <= %2").arg(newSequence).arg(oldSequence)));
    } else {
        QVERIFY2(newSequence < oldSequence,
                 qPrintable(QStringLiteral("%1 >= %2").arg(newSequence).arg(oldSequence)));
    }
    QCOMPARE(serverCount(QStringLiteral("organisation")), qint64(ids.size() + extra));

    // A change on the new database, and an offline edit on the desktop.
    QJsonObject changed = serverDocument(QStringLiteral("organisation:") + ids.at(0));
    changed.insert(QStringLiteral("name"), QStringLiteral("Coop 0 après le déménagement"));
    QCOMPARE(m_database
                 ->request("PUT",
                           QStringLiteral("/organisation:") + ids.at(0),
                           admin,
                           QJsonDocument(changed).toJson())
                 .status,
             201);
    renameOrganisation(alice.store(), ids.at(1), QStringLiteral("Coop 1 modifiée hors ligne"));

    auto moved = alice.sync();
    QVERIFY2(moved.ok(), qPrintable(errorText(moved)));
    // Every document once, the change made on the new database received and
    // the offline edit sent.
    QCOMPARE(alice.rowCount(QStringLiteral("organisations")), qint64(ids.size() + extra));
    QCOMPARE(alice.rowCount(QStringLiteral("taxonomy")), terms);
    QCOMPARE(serverCount(QStringLiteral("organisation")), qint64(ids.size() + extra));
    QCOMPARE(serverCount(QStringLiteral("taxonomy")), terms);
    QCOMPARE(alice.store().organisation(ids.at(0))->name,
             QStringLiteral("Coop 0 après le déménagement"));
    QCOMPARE(serverDocument(QStringLiteral("organisation:") + ids.at(1))
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("Coop 1 modifiée hors ligne"));
    QCOMPARE(alice.store().organisation(ids.at(1))->meta.dirty, false);

    QCOMPARE(moved->pullRestart, PullRestart::DatabaseChanged);
    // Only the documents that differ from the file are applied: the change made
    // on the new database and the documents written there first.
    QCOMPARE(moved->pulled, 1 + extra);
    QCOMPARE(moved->merged, 0);
    QCOMPARE(moved->conflicts, 0);
    QCOMPARE(moved->recordErrors, 0);
    QCOMPARE(moved->pushed, 1);
    QCOMPARE(metadataOf(alice.path(),
                        SyncEngine::checkpointIdentityKey(alice.config().url.toString(),
                                                          alice.config().database)),
             newIdentity);

    auto settled = alice.sync();
    QVERIFY2(settled.ok(), qPrintable(errorText(settled)));
    QCOMPARE(settled->pullRestart, PullRestart::None);
    QCOMPARE(settled->pulled, 0);
    QCOMPARE(settled->pushed, 0);
}

void tst_SyncDatabaseMove::rejectedCheckpointRestartsOnce()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"), true);
    for (int i = 0; i < 3; ++i) {
        addOrganisation(alice.store(), QStringLiteral("Coop %1").arg(i));
    }
    QVERIFY(alice.sync().ok());
    QVERIFY(alice.sync().ok());
    const QJsonObject rejection{
        {QStringLiteral("method"), QStringLiteral("GET")},
        {QStringLiteral("pathRegex"), QStringLiteral("_changes.*since=")},
        {QStringLiteral("action"), QStringLiteral("status")},
        {QStringLiteral("status"), 400},
        {QStringLiteral("times"), 1},
        {QStringLiteral("body"),
         QJsonObject{{QStringLiteral("error"), QStringLiteral("bad_request")},
                     {QStringLiteral("reason"),
                      QStringLiteral("Malformed sequence supplied in "
                                     "'since' parameter.")}}}};
    QVERIFY(m_proxy->setRules({rejection}).ok());
    QVERIFY(m_proxy->clearLog().ok());
    auto restarted = alice.sync();
    QVERIFY2(restarted.ok(), qPrintable(errorText(restarted)));
    QCOMPARE(restarted->pullRestart, PullRestart::CheckpointRejected);
    QCOMPARE(restarted->pulled, 0);
    QCOMPARE(alice.rowCount(QStringLiteral("organisations")), 3);
    const QString checkpoint = metadataOf(
        alice.path(),
        SyncEngine::checkpointKey(alice.config().url.toString(), alice.config().database));
    QCOMPARE(checkpoint.toLongLong(), updateSequence());

    // A server that rejects every request for changes fails the sync after one restart.
    QJsonObject always = rejection;
    always.remove(QStringLiteral("times"));
    always.insert(QStringLiteral("pathRegex"), QStringLiteral("_changes"));
    QVERIFY(m_proxy->setRules({always}).ok());
    QVERIFY(m_proxy->clearLog().ok());
    auto failed = alice.sync();
    QVERIFY(!failed.ok());
    QVERIFY(failed.error().message.contains(QStringLiteral("Malformed sequence")));
    auto log = m_proxy->log();
    QVERIFY(log.ok());
    int changesRequests = 0;
    for (const QJsonValue &entry : std::as_const(*log)) {
        if (entry.toObject()
                .value(QStringLiteral("path"))
                .toString()
                .contains(QStringLiteral("_changes"))) {
            ++changesRequests;
        }
    }
    QCOMPARE(changesRequests, 2);
}

void tst_SyncDatabaseMove::cliReportsPullRestart()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"));
    addOrganisation(alice.store(), QStringLiteral("Coop du quartier"));
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const TestUser user = m_database->user(QStringLiteral("alice"));
    const QStringList arguments{QStringLiteral("sync"),
                                QStringLiteral("--database"),
                                alice.path(),
                                QStringLiteral("--server"),
                                m_env.url.toString(),
                                QStringLiteral("--server-database"),
                                m_database->name(),
                                QStringLiteral("--user"),
                                user.name,
                                QStringLiteral("--ca-file"),
                                m_env.caFile,
                                QStringLiteral("--password-stdin")};
    // Runs coopatlas-cli sync with settings in a folder of this test and returns
    // its standard output.
    const auto runSync = [&]() -> QString {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(COOPATLAS_CLI_PATH), arguments);
        if (!process.waitForStarted(10000)) {
            return QStringLiteral("(not started)");
        }
        process.write(user.password.toUtf8() + '\n');
        process.closeWriteChannel();
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished(5000);
            return QStringLiteral("(timed out)");
        }
        const QString output = QString::fromUtf8(process.readAllStandardOutput());
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            return QStringLiteral("(failed) ") + output
                   + QString::fromUtf8(process.readAllStandardError());
        }
        return output;
    };
    const QString restartLine = QStringLiteral("The server database changed since the last sync");

    const QString first = runSync();
    QVERIFY2(first.contains(QStringLiteral("Sent: ")), qPrintable(first));
    QVERIFY2(!first.contains(restartLine), qPrintable(first));

    const QJsonObject identity
        = m_database->request("GET", IdentityPath, m_database->adminCredentials()).json().object();
    const HttpReply removed = m_database->request(
        "DELETE",
        IdentityPath + QStringLiteral("?rev=") + identity.value(QStringLiteral("_rev")).toString(),
        m_database->adminCredentials());
    QCOMPARE(removed.status, 200);
    const QString moved = runSync();
    QVERIFY2(moved.contains(restartLine), qPrintable(moved));
    QVERIFY2(moved.contains(QStringLiteral("Received: 0")), qPrintable(moved));
}

QTEST_GUILESS_MAIN(tst_SyncDatabaseMove)
#include "tst_syncdatabasemove.moc"
