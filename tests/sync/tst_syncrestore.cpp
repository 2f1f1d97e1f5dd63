// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A server database restored from an older JSON backup: the desktops send
// back the records and the revisions that the backup lacks.
#include "tst_syncengine_desktop.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace CoopAtlas::Core;
using namespace CoopAtlas::TestSupport;

namespace {

const QString IdentityPath = QStringLiteral("/_local/coopatlas-database");

QString errorText(const Result<SyncSummary> &result)
{
    return result ? QString() : result.error().text();
}

void setLocality(Store &store, const QString &id, const QString &locality)
{
    auto org = store.organisation(id);
    QVERIFY2(org.ok(), qPrintable(org ? QString() : org.error().text()));
    org->locality = locality;
    auto updated = store.updateOrganisation(*org);
    QVERIFY2(updated.ok(), qPrintable(updated ? QString() : updated.error().text()));
}

/// The generation of a revision "N-hash", or -1.
int generationOf(const QString &revision)
{
    bool ok = false;
    const int generation = revision.section(QLatin1Char('-'), 0, 0).toInt(&ok);
    return ok ? generation : -1;
}

} // namespace

class tst_SyncRestore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fullPullSendsBackMissingRecords();
    void pushRecreatesMissingDocument();
    void stoppedFullPullStartsAgain();
    void cliReportsSentBackRecords();

private:
    HttpReply serverRequest(const QByteArray &method,
                            const QString &path,
                            const QJsonObject &body = {}) const;
    /// Every document of the database except design documents, as
    /// `_all_docs?include_docs=true` returns them.
    QJsonArray backup() const;
    /// Replaces the database by one holding `docs` at their revisions. The
    /// identity is kept as a restore of the database files keeps it, or else
    /// made anew by coopatlas-server-setup init.
    void restore(const QJsonArray &docs, bool keepIdentity) const;
    QJsonObject serverDocument(const QString &documentId) const;

    TestServerEnv m_env;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<FaultProxy> m_proxy;
};

void tst_SyncRestore::initTestCase()
{
    auto env = serverEnvFromEnvironment();
    QVERIFY2(env.ok(), qPrintable(env ? QString() : env.error().text()));
    m_env = *env;
    m_proxy = std::make_unique<FaultProxy>(m_env);
}

void tst_SyncRestore::init()
{
    auto database = TestDatabase::create(m_env,
                                         QStringLiteral("restore"),
                                         {{QStringLiteral("alice"), {QStringLiteral("editor")}},
                                          {QStringLiteral("bob"), {QStringLiteral("editor")}}});
    QVERIFY2(database.ok(), qPrintable(database ? QString() : database.error().text()));
    m_database = std::move(database).value();
    QVERIFY(m_proxy->clearRules().ok());
}

void tst_SyncRestore::cleanup()
{
    QVERIFY(m_proxy->clearRules().ok());
    m_database.reset();
}

HttpReply tst_SyncRestore::serverRequest(const QByteArray &method,
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

QJsonArray tst_SyncRestore::backup() const
{
    const HttpReply reply = m_database->request(
        "GET", QStringLiteral("/_all_docs?include_docs=true"), m_database->adminCredentials());
    QJsonArray docs;
    if (reply.status != 200) {
        return docs;
    }
    const QJsonArray rows = reply.json().object().value(QStringLiteral("rows")).toArray();
    for (const QJsonValue &row : rows) {
        const QJsonObject doc = row.toObject().value(QStringLiteral("doc")).toObject();
        if (!doc.value(QStringLiteral("_id")).toString().startsWith(QStringLiteral("_design/"))) {
            docs.append(doc);
        }
    }
    return docs;
}

void tst_SyncRestore::restore(const QJsonArray &docs, bool keepIdentity) const
{
    const QString identity
        = m_database->request("GET", IdentityPath, m_database->adminCredentials())
              .json()
              .object()
              .value(QStringLiteral("database_id"))
              .toString();
    QVERIFY(!identity.isEmpty());
    const QString name = QLatin1Char('/') + m_database->name();
    QCOMPARE(serverRequest("DELETE", name).status, 200);
    QCOMPARE(serverRequest("PUT", name).status, 201);
    if (keepIdentity) {
        const QJsonObject document{{QStringLiteral("database_id"), identity}};
        QCOMPARE(m_database
                     ->request("PUT",
                               IdentityPath,
                               m_database->adminCredentials(),
                               QJsonDocument(document).toJson())
                     .status,
                 201);
    }
    auto init = m_database->runSetupScript({QStringLiteral("init")});
    QVERIFY2(init.ok(), qPrintable(init ? QString() : init.error().text()));
    const QJsonObject body{{QStringLiteral("docs"), docs}, {QStringLiteral("new_edits"), false}};
    const HttpReply written = m_database->request("POST",
                                                  QStringLiteral("/_bulk_docs"),
                                                  m_database->adminCredentials(),
                                                  QJsonDocument(body).toJson());
    QCOMPARE(written.status, 201);
    const QString restoredIdentity
        = m_database->request("GET", IdentityPath, m_database->adminCredentials())
              .json()
              .object()
              .value(QStringLiteral("database_id"))
              .toString();
    QCOMPARE(restoredIdentity == identity, keepIdentity);
}

QJsonObject tst_SyncRestore::serverDocument(const QString &documentId) const
{
    const HttpReply reply
        = m_database->request("GET", QLatin1Char('/') + documentId, m_database->adminCredentials());
    return reply.status == 200 ? reply.json().object() : QJsonObject();
}

void tst_SyncRestore::fullPullSendsBackMissingRecords()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"));
    SyncTestDesktop bob(*m_database, QStringLiteral("bob"));
    const QString alpha = addOrganisation(alice.store(), QStringLiteral("Alpha Coop"));
    const QString beta = addOrganisation(alice.store(), QStringLiteral("Beta Coop"));
    QVERIFY(alice.sync().ok());
    QVERIFY(bob.sync().ok());
    const QJsonArray saved = backup();
    QVERIFY(!saved.isEmpty());
    const QString alphaId = QStringLiteral("organisation:") + alpha;
    QCOMPARE(generationOf(serverDocument(alphaId).value(QStringLiteral("_rev")).toString()), 1);

    // After the backup: bob adds a record, alice edits one, and both receive
    // the other's change.
    const QString epsilon = addOrganisation(bob.store(), QStringLiteral("Epsilon Coop"));
    QVERIFY(bob.sync().ok());
    setLocality(alice.store(), alpha, QStringLiteral("Berlin after the backup"));
    QVERIFY(alice.sync().ok());
    QVERIFY(bob.sync().ok());
    QVERIFY(alice.sync().ok());
    QCOMPARE(bob.store().organisation(alpha)->locality, QStringLiteral("Berlin after the backup"));
    QVERIFY(alice.store().organisation(epsilon).ok());

    restore(saved, false);
    const QString epsilonId = QStringLiteral("organisation:") + epsilon;
    QVERIFY(serverDocument(epsilonId).isEmpty());
    QVERIFY(!serverDocument(QStringLiteral("organisation:") + beta).isEmpty());

    auto restored = bob.sync();
    QVERIFY2(restored.ok(), qPrintable(errorText(restored)));
    QCOMPARE(restored->pullRestart, PullRestart::DatabaseChanged);
    QCOMPARE(restored->missingOnServer, 1);
    QCOMPARE(restored->newerHere, 1);
    QCOMPARE(restored->pushed, 2);
    QCOMPARE(restored->conflicts, 0);
    QCOMPARE(restored->recordErrors, 0);
    QCOMPARE(serverDocument(epsilonId).value(QStringLiteral("name")).toString(),
             QStringLiteral("Epsilon Coop"));
    const QJsonObject alphaOnServer = serverDocument(alphaId);
    QCOMPARE(alphaOnServer.value(QStringLiteral("locality")).toString(),
             QStringLiteral("Berlin after the backup"));
    // Sent as a child of the restored revision 1.
    QCOMPARE(generationOf(alphaOnServer.value(QStringLiteral("_rev")).toString()), 2);
    QCOMPARE(bob.store().organisation(alpha)->locality, QStringLiteral("Berlin after the backup"));
    QCOMPARE(bob.store().organisation(alpha)->meta.dirty, false);
    QCOMPARE(bob.store().organisation(epsilon)->meta.dirty, false);

    // The next sync of bob finds nothing more to send back.
    auto again = bob.sync();
    QVERIFY2(again.ok(), qPrintable(errorText(again)));
    QCOMPARE(again->pullRestart, PullRestart::None);
    QCOMPARE(again->missingOnServer, 0);
    QCOMPARE(again->newerHere, 0);
    QCOMPARE(again->pushed, 0);

    // alice pulls everything again and finds the server up to date.
    auto aliceRestored = alice.sync();
    QVERIFY2(aliceRestored.ok(), qPrintable(errorText(aliceRestored)));
    QCOMPARE(aliceRestored->pullRestart, PullRestart::DatabaseChanged);
    QCOMPARE(aliceRestored->missingOnServer, 0);
    QCOMPARE(aliceRestored->newerHere, 0);
    QCOMPARE(aliceRestored->pushed, 0);
    QCOMPARE(alice.store().organisation(alpha)->locality,
             QStringLiteral("Berlin after the backup"));
    QCOMPARE(alice.documents(), bob.documents());

    // A desktop set up after the restore receives both records.
    SyncTestDesktop carol(*m_database, QStringLiteral("alice"));
    auto first = carol.sync();
    QVERIFY2(first.ok(), qPrintable(errorText(first)));
    QCOMPARE(carol.store().organisation(epsilon)->name, QStringLiteral("Epsilon Coop"));
    QCOMPARE(carol.store().organisation(alpha)->locality,
             QStringLiteral("Berlin after the backup"));
}

void tst_SyncRestore::pushRecreatesMissingDocument()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"));
    addOrganisation(alice.store(), QStringLiteral("Alpha Coop"));
    QVERIFY(alice.sync().ok());
    const QJsonArray saved = backup();
    const QString epsilon = addOrganisation(alice.store(), QStringLiteral("Epsilon Coop"));
    QVERIFY(alice.sync().ok());
    const QString epsilonId = QStringLiteral("organisation:") + epsilon;
    QVERIFY(!serverDocument(epsilonId).isEmpty());

    // A restore that keeps the identity: the pull goes on from the checkpoint,
    // so only the push meets the missing document.
    restore(saved, true);
    QVERIFY(serverDocument(epsilonId).isEmpty());
    setLocality(alice.store(), epsilon, QStringLiteral("Essen"));

    auto edited = alice.sync();
    QVERIFY2(edited.ok(), qPrintable(errorText(edited)));
    QCOMPARE(edited->pullRestart, PullRestart::None);
    QCOMPARE(edited->missingOnServer, 1);
    QCOMPARE(edited->pushed, 1);
    QCOMPARE(edited->conflicts, 0);
    QCOMPARE(edited->recordErrors, 0);
    const QJsonObject onServer = serverDocument(epsilonId);
    QCOMPARE(onServer.value(QStringLiteral("name")).toString(), QStringLiteral("Epsilon Coop"));
    QCOMPARE(onServer.value(QStringLiteral("locality")).toString(), QStringLiteral("Essen"));
    QCOMPARE(alice.store().organisation(epsilon)->meta.dirty, false);
    QCOMPARE(alice.store().organisation(epsilon)->meta.serverRevision,
             onServer.value(QStringLiteral("_rev")).toString());

    auto again = alice.sync();
    QVERIFY2(again.ok(), qPrintable(errorText(again)));
    QCOMPARE(again->missingOnServer, 0);
    QCOMPARE(again->pushed, 0);
}

void tst_SyncRestore::stoppedFullPullStartsAgain()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"), true);
    for (int i = 0; i < 3; ++i) {
        addOrganisation(alice.store(), QStringLiteral("Coop %1").arg(i));
    }
    QVERIFY(alice.sync().ok());
    const QJsonArray saved = backup();
    const QString epsilon = addOrganisation(alice.store(), QStringLiteral("Epsilon Coop"));
    QVERIFY(alice.sync().ok());
    restore(saved, false);

    // The pull from the start stops after its first page: only that request
    // has no "since".
    alice.setPageSize(2);
    const QJsonObject failure{
        {QStringLiteral("method"), QStringLiteral("GET")},
        {QStringLiteral("pathRegex"), QStringLiteral("_changes.*since=")},
        {QStringLiteral("action"), QStringLiteral("status")},
        {QStringLiteral("status"), 400},
        {QStringLiteral("body"),
         QJsonObject{{QStringLiteral("error"), QStringLiteral("bad_request")},
                     {QStringLiteral("reason"), QStringLiteral("test failure")}}}};
    QVERIFY(m_proxy->setRules({failure}).ok());
    auto stopped = alice.sync();
    QVERIFY(!stopped.ok());
    QVERIFY(m_proxy->clearRules().ok());

    // The next sync reads every change from the start once more, so that it
    // can tell which records the server lacks.
    auto resumed = alice.sync();
    QVERIFY2(resumed.ok(), qPrintable(errorText(resumed)));
    QCOMPARE(resumed->pullRestart, PullRestart::DatabaseChanged);
    QCOMPARE(resumed->missingOnServer, 1);
    QCOMPARE(resumed->pushed, 1);
    QCOMPARE(serverDocument(QStringLiteral("organisation:") + epsilon)
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("Epsilon Coop"));

    auto again = alice.sync();
    QVERIFY2(again.ok(), qPrintable(errorText(again)));
    QCOMPARE(again->pullRestart, PullRestart::None);
    QCOMPARE(again->missingOnServer, 0);
}

void tst_SyncRestore::cliReportsSentBackRecords()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"));
    const QString alpha = addOrganisation(alice.store(), QStringLiteral("Alpha Coop"));
    QVERIFY(alice.sync().ok());
    const QJsonArray saved = backup();
    addOrganisation(alice.store(), QStringLiteral("Epsilon Coop"));
    setLocality(alice.store(), alpha, QStringLiteral("Berlin after the backup"));
    QVERIFY(alice.sync().ok());
    restore(saved, false);

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
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(COOPATLAS_CLI_PATH), arguments);
    QVERIFY(process.waitForStarted(10000));
    process.write(user.password.toUtf8() + '\n');
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished(5000);
        QFAIL("coopatlas-cli sync timed out");
    }
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, qPrintable(output + errors));
    QVERIFY2(output.contains(QStringLiteral("1 record synced earlier was missing on the "
                                            "server, as after a restore from an older backup, "
                                            "and was sent again.")),
             qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("1 record was newer here than on the server, "
                                            "which went back to older values, and was sent "
                                            "again.")),
             qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("Sent: 2")), qPrintable(output));
}

QTEST_GUILESS_MAIN(tst_SyncRestore)
#include "tst_syncrestore.moc"
