// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// CouchClient against an HTTPS responder inside the test, for replies that the sync
// test server does not make: session cookies, clock skew, string sequences (as in
// CouchDB 3) and very large junk bodies.
#include "tst_couchclient_tlsresponder.h"

#include <core/sync/couchclient.h>
#include <core/sync/couchclient_p.h>
#include <core/sync/tlstrust.h>

#include <QLocale>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace CoopAtlas::Core;
using namespace CoopAtlas::TestSupport;

namespace {

const QByteArray CookieValue = "YWxpY2U6NjU3MDFBQjA6c2VjcmV0LXRva2Vu";
const QString Password = QStringLiteral("correct horse battery staple");

QStringList messagesLogged;

void collectMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    messagesLogged << message;
}

QByteArray headerOf(const ResponderRequest &request, const QByteArray &name)
{
    for (const auto &[headerName, value] : request.headers) {
        if (headerName == name)
            return value;
    }
    return {};
}

ResponderReply jsonReply(const QByteArray &body)
{
    return ResponderReply{200, body, {{"Content-Type", "application/json"}}};
}

} // namespace

class tst_CouchClientReplies : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sessionCookieIsSentAndNeverLogged();
    void clockSkewOverFiveMinutesWarns();
    void stringSequencesStayOpaque();
    void deletionWithoutDocumentIsKept();
    void tenMegabytesOfJunkIsBadReply();
    void progressCountsReceivedBytes();
    void slowReplyOutlastingTimeoutCompletes();
    void welcomeWithoutVersionIsBadReply();
    void cutReplyBodyIsRetried();
    void welcomeBehindLoginConnects();
    void unauthorizedWithoutPasswordDoesNotBlamePassword();
    void retryAfterDelay_data();
    void retryAfterDelay();
    void retryAfterOverOneMinuteStops();
    void httpDateParsesImfFixdate();

private:
    std::unique_ptr<TlsResponder>
    startResponder(std::function<ResponderReply(const ResponderRequest &)> handler);
    [[nodiscard]] ServerConfig configFor(const TlsResponder &responder) const;

    QTemporaryDir m_folder;
    std::unique_ptr<TestCertificates> m_certificates;
    TlsTrust m_trust{TlsTrust::Storage::Memory};
};

void tst_CouchClientReplies::initTestCase()
{
    QVERIFY(m_folder.isValid());
    m_certificates = std::make_unique<TestCertificates>(m_folder.path());
    QCOMPARE(m_certificates->makeAuthority(), QString());
    const QString from
        = QDateTime::currentDateTimeUtc().addDays(-1).toString(QStringLiteral("yyyyMMddHHmmss'Z'"));
    const QString until
        = QDateTime::currentDateTimeUtc().addDays(2).toString(QStringLiteral("yyyyMMddHHmmss'Z'"));
    QCOMPARE(m_certificates->makeSigned(
                 QStringLiteral("server"), QStringLiteral("IP:127.0.0.1"), from, until),
             QString());
}

std::unique_ptr<TlsResponder> tst_CouchClientReplies::startResponder(
    std::function<ResponderReply(const ResponderRequest &)> handler)
{
    auto responder
        = std::make_unique<TlsResponder>(m_certificates->certificate(QStringLiteral("server")),
                                         m_certificates->key(QStringLiteral("server")));
    responder->setHandler(std::move(handler));
    if (!responder->listenOnLocalhost())
        return nullptr;
    return responder;
}

ServerConfig tst_CouchClientReplies::configFor(const TlsResponder &responder) const
{
    ServerConfig config;
    config.url = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(responder.serverPort()));
    config.database = QStringLiteral("coop");
    config.user = QStringLiteral("alice");
    config.caFile = m_certificates->path(QStringLiteral("ca.crt"));
    config.timeoutMs = 20000;
    config.maxAttempts = 1;
    return config;
}

void tst_CouchClientReplies::sessionCookieIsSentAndNeverLogged()
{
    const auto couch = couchLikeHandler("coop");
    const auto responder = startResponder([couch](const ResponderRequest &request) {
        ResponderReply reply = couch(request);
        if (request.target == "/_session")
            reply.headers.append(
                {"Set-Cookie",
                 "AuthSession=" + CookieValue + "; Version=1; Path=/; HttpOnly; Secure"});
        return reply;
    });
    QVERIFY(responder);
    QLoggingCategory::setFilterRules(QStringLiteral("coopatlas.*=true"));
    messagesLogged.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectMessage);
    bool connected = false;
    {
        CouchClient client(configFor(*responder), Password, &m_trust);
        connected = client.connect().ok();
        // A second client must not see the first one's session.
        CouchClient other(configFor(*responder), Password, &m_trust);
        const Result<QJsonObject> document = other.document(QStringLiteral("organisation:x"));
        Q_UNUSED(document)
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    QVERIFY(connected);
    const QList<ResponderRequest> requests = responder->requests();
    QCOMPARE(requests.size(), 4);
    QCOMPARE(requests.at(0).target, QByteArray("/"));
    QVERIFY(headerOf(requests.at(0), "cookie").isEmpty());
    QCOMPARE(requests.at(1).target, QByteArray("/_session"));
    QVERIFY(requests.at(1).body.contains(Password.toUtf8()));
    QCOMPARE(requests.at(2).target, QByteArray("/coop"));
    QCOMPARE(headerOf(requests.at(2), "cookie"), "AuthSession=" + CookieValue);
    QVERIFY(headerOf(requests.at(3), "cookie").isEmpty());
    QVERIFY(messagesLogged.size() >= 5);
    for (const QString &message : std::as_const(messagesLogged)) {
        QVERIFY2(!message.contains(Password), qPrintable(message));
        QVERIFY2(!message.contains(QString::fromLatin1(CookieValue)), qPrintable(message));
    }
}

void tst_CouchClientReplies::clockSkewOverFiveMinutesWarns()
{
    const auto couch = couchLikeHandler("coop");
    const auto responder = startResponder([couch](const ResponderRequest &request) {
        ResponderReply reply = couch(request);
        const QDateTime serverTime = QDateTime::currentDateTimeUtc().addSecs(600);
        reply.headers.append(
            {"Date",
             QLocale::c()
                 .toString(serverTime, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                 .toLatin1()});
        return reply;
    });
    QVERIFY(responder);
    CouchClient client(configFor(*responder), Password, &m_trust);

    const Result<ServerSession> session = client.connect();

    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().text()));
    // The Date header has whole seconds, and the reply takes a moment to arrive.
    QVERIFY2(session->clockSkewSeconds >= 590 && session->clockSkewSeconds <= 610,
             qPrintable(QString::number(session->clockSkewSeconds)));
    QVERIFY(!session->clockWarning.isEmpty());
}

void tst_CouchClientReplies::stringSequencesStayOpaque()
{
    const auto responder = startResponder([](const ResponderRequest &request) {
        if (request.target.contains("since="))
            return jsonReply(R"({"results":[],"last_seq":"12-g1AAAA+b/c","pending":0})");
        return jsonReply(R"({"results":[{"seq":"12-g1AAAA+b/c","id":"a","changes":[{"rev":"1-x"}],)"
                         R"("doc":{"_id":"a","_rev":"1-x"}}],"last_seq":"12-g1AAAA+b/c",)"
                         R"("pending":4})");
    });
    QVERIFY(responder);
    CouchClient client(configFor(*responder), Password, &m_trust);

    const Result<ChangesPage> first = client.changes({}, 1);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().text()));
    const Result<ChangesPage> second = client.changes(first->lastSeq, 1);

    QCOMPARE(first->lastSeq, QByteArray(R"("12-g1AAAA+b/c")"));
    QCOMPARE(first->pending, 4);
    QCOMPARE(first->docs.size(), 1);
    QVERIFY(second.ok());
    QCOMPARE(second->pending, 0);
    QCOMPARE(second->docs.size(), 0);
    const QByteArray target = responder->requests().at(1).target;
    QVERIFY2(target.contains("since=12-g1AAAA%2Bb%2Fc"), target.constData());
    QVERIFY2(target.contains("limit=1"), target.constData());
    QVERIFY2(target.contains("style=all_docs"), target.constData());
    QVERIFY2(target.contains("conflicts=true"), target.constData());
    QVERIFY2(target.contains("include_docs=true"), target.constData());
}

void tst_CouchClientReplies::deletionWithoutDocumentIsKept()
{
    const auto responder = startResponder([](const ResponderRequest &) {
        return jsonReply(R"({"results":[{"seq":3,"id":"note:1","deleted":true,)"
                         R"("changes":[{"rev":"2-abc"}]}],"last_seq":3})");
    });
    QVERIFY(responder);
    CouchClient client(configFor(*responder), Password, &m_trust);

    const Result<ChangesPage> page = client.changes(QByteArray("2"), 10);

    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().text()));
    QCOMPARE(page->lastSeq, QByteArray("3"));
    QCOMPARE(page->docs.size(), 1);
    QCOMPARE(page->docs.at(0).value(u"_id").toString(), QStringLiteral("note:1"));
    QCOMPARE(page->docs.at(0).value(u"_rev").toString(), QStringLiteral("2-abc"));
    QCOMPARE(page->docs.at(0).value(u"_deleted").toBool(), true);
    QVERIFY(responder->requests().at(0).target.endsWith("&since=2"));
}

void tst_CouchClientReplies::tenMegabytesOfJunkIsBadReply()
{
    QByteArray junk(10 * 1024 * 1024, '\0');
    for (qsizetype i = 0; i < junk.size(); ++i)
        junk[i] = static_cast<char>((i * 7919) % 251);
    const auto responder = startResponder([junk](const ResponderRequest &) {
        return ResponderReply{200, junk, {{"Content-Type", "application/json"}}};
    });
    QVERIFY(responder);
    CouchClient client(configFor(*responder), Password, &m_trust);

    const Result<ChangesPage> page = client.changes({}, 10);

    QVERIFY(!page.ok());
    QCOMPARE(client.lastFailure().kind, SyncFailureKind::BadReply);
    QVERIFY2(page.error().message.contains(QStringLiteral("not valid JSON")),
             qPrintable(page.error().message));
    QVERIFY2(page.error().message.contains(QString::number(junk.size())),
             qPrintable(page.error().message));
    QCOMPARE(page.error().context,
             configFor(*responder).url.toString() + QStringLiteral("/coop/_changes"));
}

void tst_CouchClientReplies::progressCountsReceivedBytes()
{
    QByteArray body = R"({"results":[)";
    for (int i = 0; i < 200; ++i) {
        if (i > 0)
            body += ',';
        body += R"({"seq":)" + QByteArray::number(i + 1) + R"(,"id":"d)" + QByteArray::number(i)
                + R"(","changes":[{"rev":"1-a"}],"doc":{"_id":"d)" + QByteArray::number(i)
                + R"(","_rev":"1-a","text":")" + QByteArray(100, 'x') + R"("}})";
    }
    body += R"(],"last_seq":200})";
    const auto responder
        = startResponder([body](const ResponderRequest &) { return jsonReply(body); });
    QVERIFY(responder);
    CouchClient client(configFor(*responder), Password, &m_trust);
    qint64 lastReported = -1;
    client.setProgress([&lastReported](qint64 bytes) { lastReported = bytes; });

    const Result<ChangesPage> page = client.changes({}, 200);

    QVERIFY(page.ok());
    QCOMPARE(page->docs.size(), 200);
    QCOMPARE(lastReported, body.size());
}

void tst_CouchClientReplies::slowReplyOutlastingTimeoutCompletes()
{
    // 24 pieces 100 ms apart take about 2.4 s in all, while no gap reaches the 1 s timeout.
    const QByteArray body = R"({"results":[],"last_seq":"9-)" + QByteArray(200, 'g') + R"("})";
    const auto responder = startResponder([body](const ResponderRequest &) {
        ResponderReply reply = jsonReply(body);
        reply.pieceBytes = body.size() / 24 + 1;
        reply.pieceDelayMs = 100;
        return reply;
    });
    QVERIFY(responder);
    ServerConfig config = configFor(*responder);
    config.timeoutMs = 1000;
    CouchClient client(config, Password, &m_trust);

    const Result<ChangesPage> page = client.changes({}, 10);

    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().text()));
    QCOMPARE(page->lastSeq, QByteArray("\"9-" + QByteArray(200, 'g') + '"'));
    QCOMPARE(responder->requests().size(), 1);
}

void tst_CouchClientReplies::welcomeWithoutVersionIsBadReply()
{
    const auto responder
        = startResponder([](const ResponderRequest &) { return jsonReply(R"({"status":"ok"})"); });
    QVERIFY(responder);
    CouchClient client(configFor(*responder), Password, &m_trust);

    const Result<ServerSession> session = client.connect();

    QVERIFY(!session.ok());
    QCOMPARE(client.lastFailure().kind, SyncFailureKind::BadReply);
    QVERIFY2(session.error().message.contains(QStringLiteral("not a CouchDB server")),
             qPrintable(session.error().message));
    // The password is not sent to a server that is not CouchDB.
    QCOMPARE(responder->requests().size(), 1);
}

void tst_CouchClientReplies::cutReplyBodyIsRetried()
{
    int replies = 0;
    const auto responder = startResponder([&replies](const ResponderRequest &) {
        ResponderReply reply = jsonReply(R"({"results":[],"last_seq":7})");
        if (++replies == 1)
            reply.bodyBytesSent = 12;
        return reply;
    });
    QVERIFY(responder);
    ServerConfig config = configFor(*responder);
    config.maxAttempts = 3;
    CouchClient client(config, Password, &m_trust);
    QList<qint64> noticedWaits;
    client.setRetryNotice(
        [&noticedWaits](const QString &, qint64 waitMs) { noticedWaits.append(waitMs); });

    const Result<ChangesPage> page = client.changes({}, 10);

    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().text()));
    QCOMPARE(page->lastSeq, QByteArray("7"));
    QCOMPARE(responder->requests().size(), 2);
    QCOMPARE(client.lastFailure().kind, SyncFailureKind::None);
    QCOMPARE(noticedWaits, QList<qint64>{500});
}

void tst_CouchClientReplies::welcomeBehindLoginConnects()
{
    // As CouchDB with require_valid_user: every request without a session gets 401.
    const auto couch = couchLikeHandler("coop");
    const auto responder = startResponder([couch](const ResponderRequest &request) {
        if (request.target != "/_session" && headerOf(request, "cookie").isEmpty())
            return ResponderReply{401,
                                  R"({"error":"unauthorized","reason":"Authentication required."})",
                                  {{"Content-Type", "application/json"}}};
        ResponderReply reply = couch(request);
        if (request.target == "/_session")
            reply.headers.append({"Set-Cookie", "AuthSession=" + CookieValue + "; Path=/"});
        return reply;
    });
    QVERIFY(responder);
    CouchClient client(configFor(*responder), Password, &m_trust);

    const Result<ServerSession> session = client.connect();

    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().text()));
    QCOMPARE(session->user, QStringLiteral("alice"));
    QCOMPARE(session->vendor, QStringLiteral("Test responder"));
    QCOMPARE(client.lastFailure().kind, SyncFailureKind::None);
    QStringList targets;
    for (const ResponderRequest &request : responder->requests())
        targets << QString::fromLatin1(request.method + ' ' + request.target);
    QCOMPARE(targets,
             (QStringList{QStringLiteral("GET /"),
                          QStringLiteral("POST /_session"),
                          QStringLiteral("GET /"),
                          QStringLiteral("GET /coop")}));
}

void tst_CouchClientReplies::unauthorizedWithoutPasswordDoesNotBlamePassword()
{
    // The login succeeds, but every other request is refused, as for a URL with a path.
    const auto couch = couchLikeHandler("coop");
    const auto responder = startResponder([couch](const ResponderRequest &request) {
        if (request.target == "/_session")
            return couch(request);
        return ResponderReply{401,
                              R"({"error":"unauthorized","reason":"You are not authorized."})",
                              {{"Content-Type", "application/json"}}};
    });
    QVERIFY(responder);
    CouchClient client(configFor(*responder), Password, &m_trust);

    const Result<ServerSession> session = client.connect();

    QVERIFY(!session.ok());
    QCOMPARE(client.lastFailure().kind, SyncFailureKind::Unauthorized);
    QVERIFY2(session.error().message.contains(
                 QStringLiteral("the server requires a valid login for / (HTTP 401)")),
             qPrintable(session.error().message));
    QVERIFY2(!session.error().message.contains(QStringLiteral("password")),
             qPrintable(session.error().message));
    // The server URL is in the context only, not repeated in the message.
    QVERIFY2(
        session.error().message.startsWith(QStringLiteral("Connecting to the server failed: ")),
        qPrintable(session.error().message));
    QCOMPARE(session.error().context, configFor(*responder).url.toString() + u'/');
}

void tst_CouchClientReplies::retryAfterDelay_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs");
    QTest::newRow("seconds") << QByteArray("5") << qint64(5000);
    QTest::newRow("seconds with spaces") << QByteArray(" 2 ") << qint64(2000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("negative") << QByteArray("-3") << qint64(0);
    QTest::newRow("an hour") << QByteArray("3600") << qint64(3600000);
    QTest::newRow("date 30 s later")
        << QByteArray("Fri, 04 Dec 2026 10:00:30 GMT") << qint64(30000);
    QTest::newRow("date in the past") << QByteArray("Fri, 04 Dec 2026 09:00:00 GMT") << qint64(0);
    QTest::newRow("date an hour later")
        << QByteArray("Fri, 04 Dec 2026 11:00:00 GMT") << qint64(3600000);
    QTest::newRow("huge") << QByteArray("99999999999999999") << qint64(1099511627776000);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("junk") << QByteArray("soon") << qint64(-1);
}

void tst_CouchClientReplies::retryAfterDelay()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);
    const QDateTime now(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC);

    QCOMPARE(retryAfterMs(value, now), expectedMs);
}

void tst_CouchClientReplies::retryAfterOverOneMinuteStops()
{
    const auto responder = startResponder([](const ResponderRequest &) {
        ResponderReply reply{503, R"({"error":"unavailable"})", {{"Retry-After", "99999"}}};
        return reply;
    });
    QVERIFY(responder);
    ServerConfig config = configFor(*responder);
    config.maxAttempts = 5;
    CouchClient client(config, Password, &m_trust);

    const Result<ChangesPage> page = client.changes({}, 10);

    QVERIFY(!page.ok());
    QCOMPARE(client.lastFailure().kind, SyncFailureKind::Server);
    QCOMPARE(client.lastFailure().httpStatus, 503);
    QCOMPARE(responder->requests().size(), 1);
    QVERIFY2(page.error().message.contains(
                 QStringLiteral("the server asks to wait 99999 s before the next request")),
             qPrintable(page.error().message));
}

void tst_CouchClientReplies::httpDateParsesImfFixdate()
{
    const QDateTime date = parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT");

    QVERIFY(date.isValid());
    QCOMPARE(date, QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC));
    QVERIFY(!parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT").isValid());
    QVERIFY(!parseHttpDate("").isValid());
}

QTEST_GUILESS_MAIN(tst_CouchClientReplies)
#include "tst_couchclient_replies.moc"
