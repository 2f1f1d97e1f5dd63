// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// CouchClient through the fault proxy of the sync test server: retries, timeouts,
// login replay, size limits and replies that are not what the client expects.
#include "testserver.h"

#include <core/sync/couchclient.h>
#include <core/sync/tlstrust.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace CoopAtlas::Core;
using namespace CoopAtlas::TestSupport;

namespace {

QString newId()
{
    return QStringLiteral("organisation:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject validDocument(const QString &id)
{
    return QJsonObject{{QStringLiteral("_id"), id},
                       {QStringLiteral("type"), QStringLiteral("organisation")},
                       {QStringLiteral("schema"), 1},
                       {QStringLiteral("name"), QStringLiteral("Fault test cooperative")}};
}

QJsonObject rule(const QString &method, const QString &pathRegex, const QString &action)
{
    return QJsonObject{{QStringLiteral("method"), method},
                       {QStringLiteral("pathRegex"), pathRegex},
                       {QStringLiteral("action"), action}};
}

} // namespace

class tst_CouchClientFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void serviceUnavailableIsRetried();
    void serverErrorFailsAfterMaxAttempts();
    void stallGivesTimeout();
    void tooLargeIsNotRetried();
    void tooLargeReportsStatedLimit();
    void oversizedBodyIsTooLarge();
    void unauthorizedOnceIsReplayed();
    void unauthorizedTwiceAsksForPassword();
    void forbiddenOnceIsReplayed();
    void droppedBulkDocsIsRetried();
    void htmlPageIsBadReply();
    void redirectIsNotFollowed();
    void wrongTypesAreBadReply();
    void junkBodyIsBadReply();
    void cancelStopsStalledRequest();
    void refusedConnectionIsOffline();

private:
    std::unique_ptr<CouchClient> connectedClient(int timeoutMs, int maxAttempts);
    /// Returns the paths and statuses of the logged requests whose path contains part.
    QList<int> statusesOf(const QString &part);
    QStringList requestsLogged();

    TestServerEnv m_env;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<FaultProxy> m_proxy;
    TlsTrust m_trust{TlsTrust::Storage::Memory};
};

void tst_CouchClientFaults::initTestCase()
{
    const auto env = serverEnvFromEnvironment();
    QVERIFY2(env.ok(), qPrintable(env.ok() ? QString() : env.error().text()));
    m_env = env.value();
    QVERIFY(!m_env.proxyUrl.isEmpty());
    auto database = TestDatabase::create(
        m_env, QStringLiteral("faults"), {{QStringLiteral("alice"), {QStringLiteral("editor")}}});
    QVERIFY2(database.ok(), qPrintable(database.ok() ? QString() : database.error().text()));
    m_database = std::move(database).value();
    m_proxy = std::make_unique<FaultProxy>(m_env);
}

void tst_CouchClientFaults::init()
{
    QVERIFY(m_proxy->clearRules().ok());
    QVERIFY(m_proxy->clearLog().ok());
}

void tst_CouchClientFaults::cleanupTestCase()
{
    if (m_proxy)
        QVERIFY(m_proxy->clearRules().ok());
    m_database.reset();
}

std::unique_ptr<CouchClient> tst_CouchClientFaults::connectedClient(int timeoutMs, int maxAttempts)
{
    ServerConfig config;
    config.url = m_env.proxyUrl;
    config.database = m_database->name();
    config.user = m_database->user(QStringLiteral("alice")).name;
    config.caFile = m_env.caFile;
    config.timeoutMs = timeoutMs;
    config.maxAttempts = maxAttempts;
    auto client = std::make_unique<CouchClient>(
        config, m_database->user(QStringLiteral("alice")).password, &m_trust);
    const Result<ServerSession> session = client->connect();
    if (!session.ok()) {
        qWarning("connect failed: %s", qPrintable(session.error().text()));
        return nullptr;
    }
    if (!m_proxy->clearLog().ok())
        return nullptr;
    return client;
}

QList<int> tst_CouchClientFaults::statusesOf(const QString &part)
{
    QList<int> statuses;
    const Result<QJsonArray> log = m_proxy->log();
    if (!log.ok())
        return {-1};
    for (const QJsonValue &entry : log.value()) {
        if (entry.toObject().value(u"path").toString().contains(part))
            statuses << entry.toObject().value(u"status").toInt();
    }
    return statuses;
}

QStringList tst_CouchClientFaults::requestsLogged()
{
    QStringList requests;
    const Result<QJsonArray> log = m_proxy->log();
    for (const QJsonValue &entry : log.value()) {
        const QString path = entry.toObject().value(u"path").toString();
        requests << entry.toObject().value(u"method").toString() + u' '
                        + path.left(path.indexOf(u'?') < 0 ? path.size() : path.indexOf(u'?'));
    }
    return requests;
}

void tst_CouchClientFaults::serviceUnavailableIsRetried()
{
    const auto client = connectedClient(20000, 5);
    QVERIFY(client);
    QJsonObject unavailable
        = rule(QStringLiteral("GET"), QStringLiteral("/_changes"), QStringLiteral("status"));
    unavailable.insert(QStringLiteral("status"), 503);
    unavailable.insert(QStringLiteral("times"), 2);
    unavailable.insert(QStringLiteral("headers"),
                       QJsonObject{{QStringLiteral("Retry-After"), QStringLiteral("1")}});
    QVERIFY(m_proxy->setRules({unavailable}).ok());

    const Result<ChangesPage> page = client->changes({}, 10);

    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().text()));
    QCOMPARE(statusesOf(QStringLiteral("/_changes")), (QList<int>{503, 503, 200}));
    QCOMPARE(client->lastFailure().kind, SyncFailureKind::None);
}

void tst_CouchClientFaults::serverErrorFailsAfterMaxAttempts()
{
    const auto client = connectedClient(20000, 3);
    QVERIFY(client);
    QJsonObject broken
        = rule(QStringLiteral("GET"), QStringLiteral("/_changes"), QStringLiteral("status"));
    broken.insert(QStringLiteral("status"), 500);
    broken.insert(QStringLiteral("headers"),
                  QJsonObject{{QStringLiteral("Retry-After"), QStringLiteral("0")}});
    QVERIFY(m_proxy->setRules({broken}).ok());

    const Result<ChangesPage> page = client->changes({}, 10);

    QVERIFY(!page.ok());
    QCOMPARE(client->lastFailure().kind, SyncFailureKind::Server);
    QCOMPARE(client->lastFailure().httpStatus, 500);
    QCOMPARE(statusesOf(QStringLiteral("/_changes")), (QList<int>{500, 500, 500}));
    QVERIFY2(page.error().message.contains(QStringLiteral("tried 3 times")),
             qPrintable(page.error().message));
    QVERIFY2(page.error().message.contains(QStringLiteral("HTTP status 500")),
             qPrintable(page.error().message));
}

void tst_CouchClientFaults::stallGivesTimeout()
{
    const auto client = connectedClient(1000, 2);
    QVERIFY(client);
    QJsonObject stall
        = rule(QStringLiteral("GET"), QStringLiteral("/_changes"), QStringLiteral("stall"));
    stall.insert(QStringLiteral("seconds"), 30);
    QVERIFY(m_proxy->setRules({stall}).ok());

    const Result<ChangesPage> page = client->changes({}, 10);

    QVERIFY(!page.ok());
    QCOMPARE(client->lastFailure().kind, SyncFailureKind::Timeout);
    QCOMPARE(client->lastFailure().httpStatus, 0);
    QCOMPARE(statusesOf(QStringLiteral("/_changes")).size(), 2);
    QVERIFY2(page.error().message.contains(QStringLiteral("the server sent no data for 1 s")),
             qPrintable(page.error().message));
    QVERIFY2(page.error().message.contains(QStringLiteral("tried 2 times")),
             qPrintable(page.error().message));
}

void tst_CouchClientFaults::tooLargeIsNotRetried()
{
    const auto client = connectedClient(20000, 5);
    QVERIFY(client);
    QJsonObject tooLarge
        = rule(QStringLiteral("POST"), QStringLiteral("/_bulk_docs"), QStringLiteral("status"));
    tooLarge.insert(QStringLiteral("status"), 413);
    tooLarge.insert(
        QStringLiteral("body"),
        QJsonObject{{QStringLiteral("error"), QStringLiteral("too_large")},
                    {QStringLiteral("reason"), QStringLiteral("the request entity is too large")}});
    QVERIFY(m_proxy->setRules({tooLarge}).ok());

    const auto results = client->bulkDocs(QJsonArray{validDocument(newId())});

    QVERIFY(!results.ok());
    QCOMPARE(client->lastFailure().kind, SyncFailureKind::TooLarge);
    QCOMPARE(client->lastFailure().httpStatus, 413);
    QCOMPARE(client->lastFailure().sizeLimit, -1);
    QCOMPARE(statusesOf(QStringLiteral("/_bulk_docs")), (QList<int>{413}));
}

void tst_CouchClientFaults::tooLargeReportsStatedLimit()
{
    const auto client = connectedClient(20000, 5);
    QVERIFY(client);
    QJsonObject tooLarge
        = rule(QStringLiteral("POST"), QStringLiteral("/_bulk_docs"), QStringLiteral("status"));
    tooLarge.insert(QStringLiteral("status"), 413);
    tooLarge.insert(QStringLiteral("headers"),
                    QJsonObject{{QStringLiteral("X-Max-Request-Size"), QStringLiteral("1048576")}});
    QVERIFY(m_proxy->setRules({tooLarge}).ok());

    const auto results = client->bulkDocs(QJsonArray{validDocument(newId())});

    QVERIFY(!results.ok());
    QCOMPARE(client->lastFailure().kind, SyncFailureKind::TooLarge);
    QCOMPARE(client->lastFailure().sizeLimit, 1048576);
    QVERIFY2(results.error().message.contains(QStringLiteral("1048576 bytes at most")),
             qPrintable(results.error().message));
}

void tst_CouchClientFaults::oversizedBodyIsTooLarge()
{
    // nginx itself returns 413 for a body over client_max_body_size and closes the
    // connection. The request goes to nginx directly: the fault proxy stops reading a
    // body that nginx rejected, and the upload would only end at the timeout.
    QVERIFY(m_env.maxBodyBytes > 0);
    ServerConfig config;
    config.url = m_env.url;
    config.database = m_database->name();
    config.user = m_database->user(QStringLiteral("alice")).name;
    config.caFile = m_env.caFile;
    config.timeoutMs = 60000;
    config.maxAttempts = 3;
    CouchClient client(config, m_database->user(QStringLiteral("alice")).password, &m_trust);
    QVERIFY(client.connect().ok());
    QJsonObject huge = validDocument(newId());
    huge.insert(QStringLiteral("description"),
                QString(static_cast<qsizetype>(m_env.maxBodyBytes), u'x'));

    const auto results = client.bulkDocs(QJsonArray{huge});

    QVERIFY(!results.ok());
    QCOMPARE(client.lastFailure().kind, SyncFailureKind::TooLarge);
    QVERIFY2(results.error().message.contains(QStringLiteral("larger than the server accepts")),
             qPrintable(results.error().message));
}

void tst_CouchClientFaults::unauthorizedOnceIsReplayed()
{
    const auto client = connectedClient(20000, 5);
    QVERIFY(client);
    QJsonObject expired
        = rule(QStringLiteral("GET"), QStringLiteral("/_changes"), QStringLiteral("status"));
    expired.insert(QStringLiteral("status"), 401);
    expired.insert(QStringLiteral("times"), 1);
    QVERIFY(m_proxy->setRules({expired}).ok());

    const Result<ChangesPage> page = client->changes({}, 10);

    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().text()));
    const QString changesPath = u'/' + m_database->name() + QStringLiteral("/_changes");
    QCOMPARE(requestsLogged(),
             (QStringList{QStringLiteral("GET ") + changesPath,
                          QStringLiteral("POST /_session"),
                          QStringLiteral("GET ") + changesPath}));
    QCOMPARE(statusesOf(QStringLiteral("/_changes")), (QList<int>{401, 200}));
    QCOMPARE(client->lastFailure().kind, SyncFailureKind::None);
}

void tst_CouchClientFaults::unauthorizedTwiceAsksForPassword()
{
    const auto client = connectedClient(20000, 5);
    QVERIFY(client);
    QJsonObject rejected
        = rule(QStringLiteral("GET"), QStringLiteral("/_changes"), QStringLiteral("status"));
    rejected.insert(QStringLiteral("status"), 401);
    QVERIFY(m_proxy->setRules({rejected}).ok());

    const Result<ChangesPage> page = client->changes({}, 10);

    QVERIFY(!page.ok());
    QCOMPARE(client->lastFailure().kind, SyncFailureKind::Unauthorized);
    QCOMPARE(statusesOf(QStringLiteral("/_changes")), (QList<int>{401, 401}));
    QCOMPARE(statusesOf(QStringLiteral("/_session")), (QList<int>{200}));
    // The login with the password succeeded, so the message does not blame the password.
    QVERIFY2(page.error().message.contains(QStringLiteral("the server requires a valid login")),
             qPrintable(page.error().message));
    QVERIFY2(!page.error().message.contains(QStringLiteral("password")),
             qPrintable(page.error().message));
}

void tst_CouchClientFaults::forbiddenOnceIsReplayed()
{
    // A 403 gets one new login and one replay too, because the client cannot tell an
    // expired session from a missing permission.
    const auto client = connectedClient(20000, 5);
    QVERIFY(client);
    QJsonObject forbidden
        = rule(QStringLiteral("POST"), QStringLiteral("/_bulk_docs"), QStringLiteral("status"));
    forbidden.insert(QStringLiteral("status"), 403);
    forbidden.insert(QStringLiteral("times"), 1);
    QVERIFY(m_proxy->setRules({forbidden}).ok());
    const QString id = newId();

    const auto results = client->bulkDocs(QJsonArray{validDocument(id)});

    QVERIFY2(results.ok(), qPrintable(results.ok() ? QString() : results.error().text()));
    QCOMPARE(results->at(0).id, id);
    QVERIFY(results->at(0).rev.startsWith(QStringLiteral("1-")));
    QCOMPARE(statusesOf(QStringLiteral("/_bulk_docs")), (QList<int>{403, 201}));
    QCOMPARE(statusesOf(QStringLiteral("/_session")), (QList<int>{200}));
    QCOMPARE(client->lastFailure().kind, SyncFailureKind::None);
}

void tst_CouchClientFaults::droppedBulkDocsIsRetried()
{
    const auto client = connectedClient(20000, 5);
    QVERIFY(client);
    QJsonObject drop = rule(
        QStringLiteral("POST"), QStringLiteral("/_bulk_docs"), QStringLiteral("drop-after-commit"));
    drop.insert(QStringLiteral("times"), 1);
    QVERIFY(m_proxy->setRules({drop}).ok());
    const QString id = newId();

    const auto results = client->bulkDocs(QJsonArray{validDocument(id)});

    // The first attempt was written, so the replay meets the stored document.
    QVERIFY2(results.ok(), qPrintable(results.ok() ? QString() : results.error().text()));
    QCOMPARE(results->size(), 1);
    QCOMPARE(results->at(0).id, id);
    QCOMPARE(results->at(0).error, QStringLiteral("conflict"));
    QCOMPARE(statusesOf(QStringLiteral("/_bulk_docs")), (QList<int>{0, 201}));
    const Result<QJsonObject> stored = client->document(id);
    QVERIFY(stored.ok());
    QVERIFY(stored->value(u"_rev").toString().startsWith(QStringLiteral("1-")));
}

void tst_CouchClientFaults::htmlPageIsBadReply()
{
    const auto client = connectedClient(20000, 5);
    QVERIFY(client);
    QJsonObject html
        = rule(QStringLiteral("GET"), QStringLiteral("/_changes"), QStringLiteral("status"));
    html.insert(QStringLiteral("status"), 200);
    html.insert(QStringLiteral("headers"),
                QJsonObject{{QStringLiteral("Content-Type"), QStringLiteral("text/html")}});
    html.insert(QStringLiteral("body"),
                QStringLiteral("<html><body><h1>Wi-Fi login</h1></body></html>"));
    QVERIFY(m_proxy->setRules({html}).ok());

    const Result<ChangesPage> page = client->changes({}, 10);

    QVERIFY(!page.ok());
    QCOMPARE(client->lastFailure().kind, SyncFailureKind::BadReply);
    QVERIFY2(page.error().message.contains(QStringLiteral("web page instead of JSON")),
             qPrintable(page.error().message));
    QVERIFY2(page.error().context.endsWith(m_database->name() + QStringLiteral("/_changes")),
             qPrintable(page.error().context));
    QCOMPARE(statusesOf(QStringLiteral("/_changes")), (QList<int>{200}));
}

void tst_CouchClientFaults::redirectIsNotFollowed()
{
    const auto client = connectedClient(20000, 5);
    QVERIFY(client);
    QJsonObject redirect
        = rule(QStringLiteral("GET"), QStringLiteral("/_changes"), QStringLiteral("status"));
    redirect.insert(QStringLiteral("status"), 302);
    redirect.insert(QStringLiteral("headers"),
                    QJsonObject{{QStringLiteral("Location"),
                                 QStringLiteral("http://127.0.0.1:9/plain-text-copy")}});
    redirect.insert(QStringLiteral("body"), QString());
    QVERIFY(m_proxy->setRules({redirect}).ok());

    const Result<ChangesPage> page = client->changes({}, 10);

    QVERIFY(!page.ok());
    QCOMPARE(client->lastFailure().kind, SyncFailureKind::BadReply);
    QCOMPARE(client->lastFailure().httpStatus, 302);
    QVERIFY2(page.error().message.contains(QStringLiteral("http://127.0.0.1:9/plain-text-copy")),
             qPrintable(page.error().message));
    QCOMPARE(requestsLogged().size(), 1);
}

void tst_CouchClientFaults::wrongTypesAreBadReply()
{
    const auto client = connectedClient(20000, 5);
    QVERIFY(client);
    QJsonObject wrong
        = rule(QStringLiteral("GET"), QStringLiteral("/_changes"), QStringLiteral("status"));
    wrong.insert(QStringLiteral("status"), 200);
    wrong.insert(QStringLiteral("body"),
                 QJsonObject{{QStringLiteral("results"), 5}, {QStringLiteral("last_seq"), 1}});
    QJsonObject notArray
        = rule(QStringLiteral("POST"), QStringLiteral("/_bulk_docs"), QStringLiteral("status"));
    notArray.insert(QStringLiteral("status"), 201);
    notArray.insert(QStringLiteral("body"), QJsonObject{{QStringLiteral("ok"), true}});
    QVERIFY(m_proxy->setRules({wrong, notArray}).ok());

    const Result<ChangesPage> page = client->changes({}, 10);
    const SyncFailure changesFailure = client->lastFailure();
    const auto results = client->bulkDocs(QJsonArray{validDocument(newId())});

    QVERIFY(!page.ok());
    QCOMPARE(changesFailure.kind, SyncFailureKind::BadReply);
    QVERIFY2(page.error().message.contains(QStringLiteral("no list of results")),
             qPrintable(page.error().message));
    QVERIFY(!results.ok());
    QCOMPARE(client->lastFailure().kind, SyncFailureKind::BadReply);
    QVERIFY2(results.error().message.contains(QStringLiteral("not a JSON array")),
             qPrintable(results.error().message));
}

void tst_CouchClientFaults::junkBodyIsBadReply()
{
    const auto client = connectedClient(20000, 5);
    QVERIFY(client);
    QJsonObject junk
        = rule(QStringLiteral("GET"), QStringLiteral("/_changes"), QStringLiteral("status"));
    junk.insert(QStringLiteral("status"), 200);
    junk.insert(QStringLiteral("headers"),
                QJsonObject{{QStringLiteral("Content-Type"), QStringLiteral("application/json")}});
    junk.insert(QStringLiteral("body"), QStringLiteral("{\"results\":[{\"id\":\"a\",\"doc\":{"));
    QVERIFY(m_proxy->setRules({junk}).ok());

    const Result<ChangesPage> page = client->changes({}, 10);

    QVERIFY(!page.ok());
    QCOMPARE(client->lastFailure().kind, SyncFailureKind::BadReply);
    QVERIFY2(page.error().message.contains(QStringLiteral("not valid JSON")),
             qPrintable(page.error().message));
}

void tst_CouchClientFaults::cancelStopsStalledRequest()
{
    const auto client = connectedClient(60000, 5);
    QVERIFY(client);
    QJsonObject stall
        = rule(QStringLiteral("GET"), QStringLiteral("/_changes"), QStringLiteral("stall"));
    stall.insert(QStringLiteral("seconds"), 60);
    QVERIFY(m_proxy->setRules({stall}).ok());
    std::atomic_bool cancel = false;
    client->setCancelFlag(&cancel);
    // The client spins a local event loop while it waits, so this timer fires during it.
    QTimer::singleShot(300, [&cancel] { cancel = true; });

    const Result<ChangesPage> page = client->changes({}, 10);
    const Result<QJsonObject> later = client->document(newId());

    QVERIFY(!page.ok());
    QCOMPARE(client->lastFailure().kind, SyncFailureKind::Cancelled);
    QCOMPARE(statusesOf(QStringLiteral("/_changes")).size(), 1);
    QVERIFY(!later.ok());
    QCOMPARE(client->lastFailure().kind, SyncFailureKind::Cancelled);
    client->setCancelFlag(nullptr);
}

void tst_CouchClientFaults::refusedConnectionIsOffline()
{
    // A port that was just free: nothing listens there any more.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    ServerConfig config;
    config.url = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
    config.database = m_database->name();
    config.user = QStringLiteral("alice");
    config.caFile = m_env.caFile;
    config.maxAttempts = 2;
    CouchClient client(config, QStringLiteral("unused"), &m_trust);

    const Result<ServerSession> session = client.connect();

    QVERIFY(!session.ok());
    QCOMPARE(client.lastFailure().kind, SyncFailureKind::Offline);
    QVERIFY2(session.error().message.contains(QStringLiteral("refused the connection")),
             qPrintable(session.error().message));
    QVERIFY2(session.error().message.contains(QStringLiteral("tried 2 times")),
             qPrintable(session.error().message));
}

QTEST_GUILESS_MAIN(tst_CouchClientFaults)
#include "tst_couchclient_faults.moc"
