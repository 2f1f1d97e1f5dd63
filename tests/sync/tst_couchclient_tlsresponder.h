// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTcpServer>

#include <functional>

// Test helpers for the TLS and reply checks of CouchClient that need a server the
// test controls completely: certificates made with the openssl command in a folder,
// and a small HTTPS responder on 127.0.0.1 that replies through a handler function.
namespace CoopAtlas::TestSupport {

/// A certificate authority and certificates signed by it, made with `openssl` in a folder.
class TestCertificates
{
public:
    explicit TestCertificates(QString folder);

    /// Makes the CA (ca.crt, ca.key). Returns an empty string or the openssl error.
    QString makeAuthority();
    /// Makes NAME.crt and NAME.key for subjectAltName (e.g. "IP:127.0.0.1"), signed by the
    /// CA, valid between the dates (openssl's YYYYMMDDHHMMSSZ form). Returns an error or "".
    QString makeSigned(const QString &name,
                       const QString &subjectAltName,
                       const QString &startDate,
                       const QString &endDate);
    /// Makes a self-signed NAME.crt and NAME.key for subjectAltName, valid for two days.
    QString makeSelfSigned(const QString &name, const QString &subjectAltName);
    /// Returns the SHA-256 fingerprint that `openssl x509 -fingerprint` prints, as lowercase
    /// hex without colons.
    QString opensslFingerprint(const QString &name);

    [[nodiscard]] QString path(const QString &fileName) const;
    [[nodiscard]] QSslCertificate certificate(const QString &name) const;
    [[nodiscard]] QSslKey key(const QString &name) const;

private:
    QString runOpenssl(const QStringList &arguments, QByteArray *output = nullptr);

    QString m_folder;
    int m_serial = 1;
};

/// One HTTP reply of the responder.
struct ResponderReply
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // Content-Length is added
    /// When 0 or more, only this many bytes of the body are sent before the connection
    /// closes, while Content-Length still states the whole body.
    qsizetype bodyBytesSent = -1;
    /// When above 0, the body is sent in pieces of this many bytes, one every pieceDelayMs.
    qsizetype pieceBytes = 0;
    int pieceDelayMs = 0;
};

/// A request as the responder received it.
struct ResponderRequest
{
    QByteArray method;
    QByteArray target; // path with query
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

/// An HTTPS server on 127.0.0.1 that replies to each request (one per connection) with
/// the reply of its handler. Runs in the thread's event loop, which the synchronous
/// client spins while it waits.
class TlsResponder : public QTcpServer
{
public:
    TlsResponder(QSslCertificate certificate, QSslKey key);

    bool listenOnLocalhost();
    void setHandler(std::function<ResponderReply(const ResponderRequest &)> handler);
    [[nodiscard]] QList<ResponderRequest> requests() const { return m_requests; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    std::function<ResponderReply(const ResponderRequest &)> m_handler;
    QList<ResponderRequest> m_requests;
};

/// Returns a handler that replies to GET /, POST /_session and GET /DATABASE as CouchDB
/// does for the user "alice", and 404 for anything else.
std::function<ResponderReply(const ResponderRequest &)>
couchLikeHandler(const QByteArray &database);

} // namespace CoopAtlas::TestSupport
