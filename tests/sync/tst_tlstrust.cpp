// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tst_couchclient_tlsresponder.h"

#include <core/sync/couchclient.h>
#include <core/sync/tlstrust.h>

#include <QCoreApplication>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace CoopAtlas::Core;
using namespace CoopAtlas::TestSupport;

class tst_TlsTrust : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void memoryTrustMatchesHostPortAndFingerprint();
    void memoryTrustForgetsHostAndPort();
    void emptyFingerprintIsNeverTrusted();
    void settingsTrustPersistsAcrossInstances();
    void selfSignedCertificateFailsUntrusted();
    void trustedSelfSignedCertificateConnects();
    void trustOfOtherPortIsIgnored();
    void expiredCertificateNamesDate();
    void notYetValidCertificateNamesDate();
    void wrongHostCertificateNamesHosts();
    void trustDoesNotHideExpiry();
    void missingCaFileFails();
    void caFileWithoutCertificateFails();
    void plainHttpAddressIsRejected();

private:
    ServerConfig configFor(const TlsResponder &responder) const;
    std::unique_ptr<TlsResponder> startResponder(const QString &name);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_certificateDir;
    std::unique_ptr<TestCertificates> m_certificates;
};

void tst_TlsTrust::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QVERIFY(m_certificateDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("CoopAtlasTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_tlstrust"));

    m_certificates = std::make_unique<TestCertificates>(m_certificateDir.path());
    QCOMPARE(m_certificates->makeAuthority(), QString());
    QCOMPARE(m_certificates->makeSelfSigned(QStringLiteral("selfsigned"),
                                            QStringLiteral("IP:127.0.0.1")),
             QString());
    QCOMPARE(m_certificates->makeSigned(QStringLiteral("expired"),
                                        QStringLiteral("IP:127.0.0.1"),
                                        QStringLiteral("20200101000000Z"),
                                        QStringLiteral("20200102000000Z")),
             QString());
    QCOMPARE(m_certificates->makeSigned(QStringLiteral("future"),
                                        QStringLiteral("IP:127.0.0.1"),
                                        QStringLiteral("20990101000000Z"),
                                        QStringLiteral("20990102000000Z")),
             QString());
    const QString now
        = QDateTime::currentDateTimeUtc().addDays(-1).toString(QStringLiteral("yyyyMMddHHmmss'Z'"));
    const QString later
        = QDateTime::currentDateTimeUtc().addDays(2).toString(QStringLiteral("yyyyMMddHHmmss'Z'"));
    QCOMPARE(m_certificates->makeSigned(
                 QStringLiteral("otherhost"),
                 QStringLiteral("DNS:otherhost.example,DNS:www.otherhost.example"),
                 now,
                 later),
             QString());
}

ServerConfig tst_TlsTrust::configFor(const TlsResponder &responder) const
{
    ServerConfig config;
    config.url = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(responder.serverPort()));
    config.database = QStringLiteral("coop");
    config.user = QStringLiteral("alice");
    config.timeoutMs = 10000;
    config.maxAttempts = 1;
    return config;
}

std::unique_ptr<TlsResponder> tst_TlsTrust::startResponder(const QString &name)
{
    auto responder = std::make_unique<TlsResponder>(m_certificates->certificate(name),
                                                    m_certificates->key(name));
    responder->setHandler(couchLikeHandler("coop"));
    if (!responder->listenOnLocalhost())
        return nullptr;
    return responder;
}

void tst_TlsTrust::memoryTrustMatchesHostPortAndFingerprint()
{
    TlsTrust trust(TlsTrust::Storage::Memory);
    const QString fingerprint = QStringLiteral("AB:CD:EF:01");
    trust.trust(QStringLiteral("Server.Example"), 6984, fingerprint);

    QVERIFY(trust.isTrusted(QStringLiteral("server.example"), 6984, QStringLiteral("abcdef01")));
    QVERIFY(trust.isTrusted(QStringLiteral("SERVER.EXAMPLE"), 6984, fingerprint));
    QVERIFY(!trust.isTrusted(QStringLiteral("server.example"), 443, fingerprint));
    QVERIFY(!trust.isTrusted(QStringLiteral("other.example"), 6984, fingerprint));
    QVERIFY(!trust.isTrusted(QStringLiteral("server.example"), 6984, QStringLiteral("abcdef02")));
}

void tst_TlsTrust::memoryTrustForgetsHostAndPort()
{
    TlsTrust trust(TlsTrust::Storage::Memory);
    trust.trust(QStringLiteral("server.example"), 6984, QStringLiteral("ab"));
    trust.trust(QStringLiteral("server.example"), 443, QStringLiteral("cd"));
    trust.forget(QStringLiteral("server.example"), 6984);

    QVERIFY(!trust.isTrusted(QStringLiteral("server.example"), 6984, QStringLiteral("ab")));
    QVERIFY(trust.isTrusted(QStringLiteral("server.example"), 443, QStringLiteral("cd")));
}

void tst_TlsTrust::emptyFingerprintIsNeverTrusted()
{
    TlsTrust trust(TlsTrust::Storage::Memory);
    trust.trust(QStringLiteral("server.example"), 6984, QString());

    QVERIFY(!trust.isTrusted(QStringLiteral("server.example"), 6984, QString()));
    QVERIFY(!trust.isTrusted(QStringLiteral("unknown.example"), 6984, QString()));
}

void tst_TlsTrust::settingsTrustPersistsAcrossInstances()
{
    {
        TlsTrust first;
        first.trust(QStringLiteral("server.example"), 6984, QStringLiteral("0123ABCD"));
    }
    TlsTrust second;
    QVERIFY(second.isTrusted(QStringLiteral("server.example"), 6984, QStringLiteral("0123abcd")));

    QSettings settings;
    settings.beginGroup(QStringLiteral("trusted-certificates"));
    QCOMPARE(settings.childKeys().size(), 1);
    QCOMPARE(settings.value(settings.childKeys().constFirst()).toString(),
             QStringLiteral("0123abcd"));
    settings.endGroup();

    second.forget(QStringLiteral("server.example"), 6984);
    TlsTrust third;
    QVERIFY(!third.isTrusted(QStringLiteral("server.example"), 6984, QStringLiteral("0123abcd")));
}

void tst_TlsTrust::selfSignedCertificateFailsUntrusted()
{
    const auto responder = startResponder(QStringLiteral("selfsigned"));
    QVERIFY(responder);
    TlsTrust trust(TlsTrust::Storage::Memory);
    CouchClient client(configFor(*responder), QStringLiteral("secret"), &trust);

    const Result<ServerSession> session = client.connect();

    QVERIFY(!session.ok());
    QCOMPARE(client.lastFailure().kind, SyncFailureKind::UntrustedCertificate);
    const QString expected = m_certificates->opensslFingerprint(QStringLiteral("selfsigned"));
    QCOMPARE(expected.size(), 64);
    QCOMPARE(client.lastFailure().certificateFingerprint, expected);
    QVERIFY2(session.error().message.contains(expected.left(2).toUpper() + u':'
                                              + expected.mid(2, 2).toUpper()),
             qPrintable(session.error().message));
    // The password is never sent before the certificate is accepted.
    QCOMPARE(responder->requests().size(), 0);
}

void tst_TlsTrust::trustedSelfSignedCertificateConnects()
{
    const auto responder = startResponder(QStringLiteral("selfsigned"));
    QVERIFY(responder);
    TlsTrust trust(TlsTrust::Storage::Memory);
    trust.trust(QStringLiteral("127.0.0.1"),
                responder->serverPort(),
                m_certificates->opensslFingerprint(QStringLiteral("selfsigned")));
    CouchClient client(configFor(*responder), QStringLiteral("secret"), &trust);

    const Result<ServerSession> session = client.connect();

    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().text()));
    QCOMPARE(session->user, QStringLiteral("alice"));
    QCOMPARE(session->roles, QStringList{QStringLiteral("editor")});
    QCOMPARE(session->vendor, QStringLiteral("Test responder"));
    QCOMPARE(client.lastFailure().kind, SyncFailureKind::None);
    QCOMPARE(responder->requests().size(), 3);
}

void tst_TlsTrust::trustOfOtherPortIsIgnored()
{
    const auto responder = startResponder(QStringLiteral("selfsigned"));
    QVERIFY(responder);
    TlsTrust trust(TlsTrust::Storage::Memory);
    trust.trust(QStringLiteral("127.0.0.1"),
                responder->serverPort() + 1,
                m_certificates->opensslFingerprint(QStringLiteral("selfsigned")));
    CouchClient client(configFor(*responder), QStringLiteral("secret"), &trust);

    const Result<ServerSession> session = client.connect();

    QVERIFY(!session.ok());
    QCOMPARE(client.lastFailure().kind, SyncFailureKind::UntrustedCertificate);
}

void tst_TlsTrust::expiredCertificateNamesDate()
{
    const auto responder = startResponder(QStringLiteral("expired"));
    QVERIFY(responder);
    TlsTrust trust(TlsTrust::Storage::Memory);
    ServerConfig config = configFor(*responder);
    config.caFile = m_certificates->path(QStringLiteral("ca.crt"));
    CouchClient client(config, QStringLiteral("secret"), &trust);

    const Result<ServerSession> session = client.connect();

    QVERIFY(!session.ok());
    QCOMPARE(client.lastFailure().kind, SyncFailureKind::Tls);
    QCOMPARE(client.lastFailure().certificateExpiry,
             QDateTime(QDate(2020, 1, 2), QTime(0, 0), Qt::UTC));
    QVERIFY2(session.error().message.contains(QStringLiteral("expired on 2020-01-02 00:00 UTC")),
             qPrintable(session.error().message));
    QCOMPARE(responder->requests().size(), 0);
}

void tst_TlsTrust::notYetValidCertificateNamesDate()
{
    const auto responder = startResponder(QStringLiteral("future"));
    QVERIFY(responder);
    TlsTrust trust(TlsTrust::Storage::Memory);
    ServerConfig config = configFor(*responder);
    config.caFile = m_certificates->path(QStringLiteral("ca.crt"));
    CouchClient client(config, QStringLiteral("secret"), &trust);

    const Result<ServerSession> session = client.connect();

    QVERIFY(!session.ok());
    QCOMPARE(client.lastFailure().kind, SyncFailureKind::Tls);
    QCOMPARE(client.lastFailure().certificateExpiry,
             QDateTime(QDate(2099, 1, 1), QTime(0, 0), Qt::UTC));
    QVERIFY2(session.error().message.contains(QStringLiteral("2099-01-01 00:00 UTC")),
             qPrintable(session.error().message));
}

void tst_TlsTrust::wrongHostCertificateNamesHosts()
{
    const auto responder = startResponder(QStringLiteral("otherhost"));
    QVERIFY(responder);
    TlsTrust trust(TlsTrust::Storage::Memory);
    ServerConfig config = configFor(*responder);
    config.caFile = m_certificates->path(QStringLiteral("ca.crt"));
    CouchClient client(config, QStringLiteral("secret"), &trust);

    const Result<ServerSession> session = client.connect();

    QVERIFY(!session.ok());
    QCOMPARE(client.lastFailure().kind, SyncFailureKind::Tls);
    const QString message = session.error().message;
    QVERIFY2(message.contains(QStringLiteral("otherhost.example")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("www.otherhost.example")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("not for 127.0.0.1")), qPrintable(message));
    QCOMPARE(responder->requests().size(), 0);
}

void tst_TlsTrust::trustDoesNotHideExpiry()
{
    // A user's trust covers an unknown issuer only: an expired certificate still fails.
    const auto responder = startResponder(QStringLiteral("expired"));
    QVERIFY(responder);
    TlsTrust trust(TlsTrust::Storage::Memory);
    trust.trust(QStringLiteral("127.0.0.1"),
                responder->serverPort(),
                m_certificates->opensslFingerprint(QStringLiteral("expired")));
    CouchClient client(configFor(*responder), QStringLiteral("secret"), &trust);

    const Result<ServerSession> session = client.connect();

    QVERIFY(!session.ok());
    QCOMPARE(client.lastFailure().kind, SyncFailureKind::Tls);
    QCOMPARE(responder->requests().size(), 0);
}

void tst_TlsTrust::missingCaFileFails()
{
    TlsTrust trust(TlsTrust::Storage::Memory);
    ServerConfig config;
    config.url = QUrl(QStringLiteral("https://127.0.0.1:9"));
    config.database = QStringLiteral("coop");
    config.caFile = m_certificateDir.filePath(QStringLiteral("missing-ca.pem"));
    CouchClient client(config, QStringLiteral("secret"), &trust);

    const Result<ServerSession> session = client.connect();

    QVERIFY(!session.ok());
    QCOMPARE(client.lastFailure().kind, SyncFailureKind::Tls);
    QVERIFY2(session.error().message.contains(QStringLiteral("missing-ca.pem does not exist")),
             qPrintable(session.error().message));
}

void tst_TlsTrust::caFileWithoutCertificateFails()
{
    TlsTrust trust(TlsTrust::Storage::Memory);
    ServerConfig config;
    config.url = QUrl(QStringLiteral("https://127.0.0.1:9"));
    config.database = QStringLiteral("coop");
    // A private key is PEM, but no certificate.
    config.caFile = m_certificates->path(QStringLiteral("ca.key"));
    CouchClient client(config, QStringLiteral("secret"), &trust);

    const Result<ServerSession> session = client.connect();

    QVERIFY(!session.ok());
    QCOMPARE(client.lastFailure().kind, SyncFailureKind::Tls);
    QVERIFY2(session.error().message.contains(QStringLiteral("contains no PEM certificate")),
             qPrintable(session.error().message));
}

void tst_TlsTrust::plainHttpAddressIsRejected()
{
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    TlsTrust trust(TlsTrust::Storage::Memory);
    ServerConfig config;
    config.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(listener.serverPort()));
    config.database = QStringLiteral("coop");
    config.user = QStringLiteral("alice");
    CouchClient client(config, QStringLiteral("secret"), &trust);

    const Result<ServerSession> session = client.connect();
    QTest::qWait(100);

    QVERIFY(!session.ok());
    QCOMPARE(client.lastFailure().kind, SyncFailureKind::Tls);
    QVERIFY2(session.error().message.contains(QStringLiteral("not an https:// address")),
             qPrintable(session.error().message));
    // Nothing, and so no password, reached the address.
    QVERIFY(!listener.hasPendingConnections());
}

QTEST_GUILESS_MAIN(tst_TlsTrust)
#include "tst_tlstrust.moc"
