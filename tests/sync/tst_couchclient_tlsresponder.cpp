// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tst_couchclient_tlsresponder.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslSocket>
#include <QTimer>

#include <memory>

namespace CoopAtlas::TestSupport {

namespace {

constexpr int OpensslTimeoutMs = 30000;
constexpr qsizetype MaxRequestBytes = 64 * 1024 * 1024;

// Returns the length of the header block including the blank line, or -1.
qsizetype headerLength(const QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    return end < 0 ? -1 : end + 4;
}

ResponderRequest parseRequestHead(const QByteArray &head)
{
    ResponderRequest request;
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.append({lines.at(i).left(colon).trimmed().toLower(),
                                    lines.at(i).mid(colon + 1).trimmed()});
    }
    return request;
}

qsizetype contentLength(const ResponderRequest &request)
{
    for (const auto &[name, value] : request.headers) {
        if (name == "content-length")
            return value.toLongLong();
    }
    return 0;
}

QByteArray serialiseHead(const ResponderReply &reply)
{
    QByteArray text = "HTTP/1.1 " + QByteArray::number(reply.status) + " Test\r\n";
    for (const auto &[name, value] : reply.headers)
        text += name + ": " + value + "\r\n";
    text += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    text += "Connection: close\r\n\r\n";
    return text;
}

QByteArray bodyToSend(const ResponderReply &reply)
{
    return reply.bodyBytesSent >= 0 ? reply.body.left(reply.bodyBytesSent) : reply.body;
}

// Writes the body in pieces of reply.pieceBytes, one per reply.pieceDelayMs, then closes.
void sendInPieces(QSslSocket *socket, const ResponderReply &reply)
{
    auto remaining = std::make_shared<QByteArray>(bodyToSend(reply));
    auto *timer = new QTimer(socket);
    QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, remaining, reply] {
        socket->write(remaining->left(reply.pieceBytes));
        remaining->remove(0, reply.pieceBytes);
        if (remaining->isEmpty()) {
            timer->stop();
            socket->disconnectFromHost();
        }
    });
    timer->start(reply.pieceDelayMs);
}

} // namespace

TestCertificates::TestCertificates(QString folder)
    : m_folder(std::move(folder))
{}

QString TestCertificates::path(const QString &fileName) const
{
    return QDir(m_folder).filePath(fileName);
}

QSslCertificate TestCertificates::certificate(const QString &name) const
{
    return QSslCertificate::fromPath(path(name + QStringLiteral(".crt"))).value(0);
}

QSslKey TestCertificates::key(const QString &name) const
{
    QFile file(path(name + QStringLiteral(".key")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QSslKey(file.readAll(), QSsl::Ec);
}

QString TestCertificates::runOpenssl(const QStringList &arguments, QByteArray *output)
{
    QProcess process;
    process.setWorkingDirectory(m_folder);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(OpensslTimeoutMs)) {
        process.kill();
        process.waitForFinished(OpensslTimeoutMs);
        return QStringLiteral("openssl %1 did not finish").arg(arguments.value(0));
    }
    if (output != nullptr)
        *output = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("openssl %1 failed: %2")
            .arg(arguments.join(u' '), QString::fromLocal8Bit(process.readAllStandardError()));
    return {};
}

QString TestCertificates::makeAuthority()
{
    QFile config(path(QStringLiteral("ca.cnf")));
    if (!config.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write ca.cnf");
    config.write("[ca]\ndefault_ca = test_ca\n[test_ca]\ndatabase = index.txt\n"
                 "new_certs_dir = .\nserial = serial\ndefault_md = sha256\n"
                 "policy = policy_any\nunique_subject = no\n[policy_any]\n"
                 "commonName = supplied\n");
    config.close();
    QFile index(path(QStringLiteral("index.txt")));
    if (!index.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write index.txt");
    index.close();
    return runOpenssl({QStringLiteral("req"),
                       QStringLiteral("-x509"),
                       QStringLiteral("-newkey"),
                       QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:prime256v1"),
                       QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"),
                       QStringLiteral("ca.key"),
                       QStringLiteral("-out"),
                       QStringLiteral("ca.crt"),
                       QStringLiteral("-days"),
                       QStringLiteral("2"),
                       QStringLiteral("-subj"),
                       QStringLiteral("/CN=CoopAtlas client test CA"),
                       QStringLiteral("-addext"),
                       QStringLiteral("basicConstraints=critical,CA:TRUE"),
                       QStringLiteral("-addext"),
                       QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
}

QString TestCertificates::makeSigned(const QString &name,
                                     const QString &subjectAltName,
                                     const QString &startDate,
                                     const QString &endDate)
{
    QFile extensions(path(name + QStringLiteral(".ext")));
    if (!extensions.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1.ext").arg(name);
    extensions.write("basicConstraints=critical,CA:FALSE\nextendedKeyUsage=serverAuth\n"
                     "subjectAltName="
                     + subjectAltName.toUtf8() + '\n');
    extensions.close();
    QFile serial(path(QStringLiteral("serial")));
    if (!serial.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write serial");
    serial.write(QByteArray::number(m_serial++, 16).rightJustified(2, '0') + '\n');
    serial.close();

    QString error = runOpenssl({QStringLiteral("req"),
                                QStringLiteral("-newkey"),
                                QStringLiteral("ec"),
                                QStringLiteral("-pkeyopt"),
                                QStringLiteral("ec_paramgen_curve:prime256v1"),
                                QStringLiteral("-nodes"),
                                QStringLiteral("-keyout"),
                                name + QStringLiteral(".key"),
                                QStringLiteral("-out"),
                                name + QStringLiteral(".csr"),
                                QStringLiteral("-subj"),
                                QStringLiteral("/CN=") + name});
    if (!error.isEmpty())
        return error;
    return runOpenssl({QStringLiteral("ca"),
                       QStringLiteral("-batch"),
                       QStringLiteral("-config"),
                       QStringLiteral("ca.cnf"),
                       QStringLiteral("-cert"),
                       QStringLiteral("ca.crt"),
                       QStringLiteral("-keyfile"),
                       QStringLiteral("ca.key"),
                       QStringLiteral("-in"),
                       name + QStringLiteral(".csr"),
                       QStringLiteral("-out"),
                       name + QStringLiteral(".crt"),
                       QStringLiteral("-startdate"),
                       startDate,
                       QStringLiteral("-enddate"),
                       endDate,
                       QStringLiteral("-extfile"),
                       name + QStringLiteral(".ext"),
                       QStringLiteral("-notext")});
}

QString TestCertificates::makeSelfSigned(const QString &name, const QString &subjectAltName)
{
    return runOpenssl({QStringLiteral("req"),
                       QStringLiteral("-x509"),
                       QStringLiteral("-newkey"),
                       QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:prime256v1"),
                       QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"),
                       name + QStringLiteral(".key"),
                       QStringLiteral("-out"),
                       name + QStringLiteral(".crt"),
                       QStringLiteral("-days"),
                       QStringLiteral("2"),
                       QStringLiteral("-subj"),
                       QStringLiteral("/CN=") + name,
                       QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=") + subjectAltName});
}

QString TestCertificates::opensslFingerprint(const QString &name)
{
    QByteArray output;
    const QString error = runOpenssl({QStringLiteral("x509"),
                                      QStringLiteral("-in"),
                                      name + QStringLiteral(".crt"),
                                      QStringLiteral("-noout"),
                                      QStringLiteral("-fingerprint"),
                                      QStringLiteral("-sha256")},
                                     &output);
    if (!error.isEmpty())
        return {};
    // Output: "sha256 Fingerprint=AB:CD:..."
    const QByteArray hex = output.mid(output.indexOf('=') + 1).trimmed();
    return QString::fromLatin1(hex).remove(u':').toLower();
}

TlsResponder::TlsResponder(QSslCertificate certificate, QSslKey key)
    : m_certificate(std::move(certificate))
    , m_key(std::move(key))
{}

bool TlsResponder::listenOnLocalhost()
{
    return listen(QHostAddress::LocalHost, 0);
}

void TlsResponder::setHandler(std::function<ResponderReply(const ResponderRequest &)> handler)
{
    m_handler = std::move(handler);
}

void TlsResponder::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        socket->deleteLater();
        return;
    }
    socket->setLocalCertificate(m_certificate);
    socket->setPrivateKey(m_key);
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QSslSocket::readyRead, this, [this, socket, buffer] {
        *buffer += socket->readAll();
        const qsizetype head = headerLength(*buffer);
        if (head < 0) {
            if (buffer->size() > MaxRequestBytes)
                socket->abort();
            return;
        }
        ResponderRequest request = parseRequestHead(buffer->left(head));
        if (buffer->size() - head < contentLength(request))
            return;
        request.body = buffer->mid(head, contentLength(request));
        m_requests.append(request);
        ResponderReply reply{404, "{\"error\":\"not_found\"}", {}};
        if (m_handler)
            reply = m_handler(request);
        socket->write(serialiseHead(reply));
        if (reply.pieceBytes > 0) {
            sendInPieces(socket, reply);
            return;
        }
        socket->write(bodyToSend(reply));
        socket->disconnectFromHost();
    });
    socket->startServerEncryption();
}

std::function<ResponderReply(const ResponderRequest &)> couchLikeHandler(const QByteArray &database)
{
    return [database](const ResponderRequest &request) {
        const QList<QPair<QByteArray, QByteArray>> json{{"Content-Type", "application/json"}};
        if (request.method == "GET" && request.target == "/")
            return ResponderReply{200,
                                  "{\"couchdb\":\"Welcome\",\"version\":\"3.3.3\","
                                  "\"vendor\":{\"name\":\"Test responder\"}}",
                                  json};
        if (request.method == "POST" && request.target == "/_session")
            return ResponderReply{
                200, "{\"ok\":true,\"name\":\"alice\",\"roles\":[\"editor\"]}", json};
        if (request.method == "GET" && request.target == "/" + database)
            return ResponderReply{200, "{\"db_name\":\"" + database + "\",\"doc_count\":0}", json};
        return ResponderReply{404, "{\"error\":\"not_found\",\"reason\":\"missing\"}", json};
    };
}

} // namespace CoopAtlas::TestSupport
