// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Classification of replies and network errors into SyncFailure, with the messages.
#include "couchclient_p.h"

#include <core/logging.h>
#include <core/sync/tlstrust.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTimeZone>

#include <algorithm>

namespace CoopAtlas::Core {

namespace {

// Longest Retry-After that the client waits for. A longer one ends the request.
constexpr qint64 MaxRetryAfterMs = 60000;
// Retry-After values are clamped to this many seconds (over 30000 years) before the
// conversion to ms, so that the product cannot overflow.
constexpr qint64 MaxRetryAfterSeconds = 1LL << 40;
constexpr int MaxReasonLength = 200;
// Request bodies from this size on are suspected to be over the server's limit when the
// server closes the connection before it has read them.
constexpr qint64 LargeRequestBytes = 1024LL * 1024;

class CouchClientText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::CouchClient)
};

bool isUntrustedIssuer(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return true;
    default:
        return false;
    }
}

QSslCertificate leafCertificate(const QNetworkReply &reply, const QList<QSslError> &errors)
{
    const QList<QSslCertificate> chain = reply.sslConfiguration().peerCertificateChain();
    if (!chain.isEmpty())
        return chain.first();
    for (const QSslError &error : errors) {
        if (!error.certificate().isNull())
            return error.certificate();
    }
    return QSslCertificate();
}

QString displayDate(const QDateTime &date)
{
    return date.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString groupedFingerprint(const QString &hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs << hex.mid(i, 2).toUpper();
    return pairs.join(u':');
}

QStringList certificateNames(const QSslCertificate &certificate)
{
    QStringList names;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it)
        names << it.value();
    names += certificate.subjectInfo(QSslCertificate::CommonName);
    names.removeDuplicates();
    return names;
}

// Returns "error: reason" of a CouchDB error body, shortened, or an empty string.
QString couchReason(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return {};
    const QString error = document.object().value(u"error").toString();
    const QString reason = document.object().value(u"reason").toString();
    QString text = reason.isEmpty() ? error : error + QStringLiteral(": ") + reason;
    if (text.size() > MaxReasonLength)
        text = text.left(MaxReasonLength) + QStringLiteral("…");
    return text;
}

QString withReason(const QString &problem, const QByteArray &body)
{
    const QString reason = couchReason(body);
    return reason.isEmpty() ? problem
                            : CouchClientText::tr("%1 (server message: “%2”)").arg(problem, reason);
}

// Returns the limit that a server or proxy adds to a 413 reply as "max_http_request_size"
// or "limit" in the JSON body, or as an X-Max-Request-Size header, else -1.
qint64 statedSizeLimit(const CouchReply &reply)
{
    bool ok = false;
    const qint64 fromHeader = reply.headers.value("x-max-request-size").trimmed().toLongLong(&ok);
    if (ok && fromHeader > 0)
        return fromHeader;
    const QJsonObject object = QJsonDocument::fromJson(reply.body).object();
    for (const auto *name : {"max_http_request_size", "limit"}) {
        const QJsonValue value = object.value(QLatin1String(name));
        if (value.isDouble() && value.toDouble() > 0)
            return static_cast<qint64>(value.toDouble());
    }
    return -1;
}

} // namespace

QDateTime parseHttpDate(const QByteArray &text)
{
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(text.trimmed()),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (date.isValid())
        date.setTimeZone(QTimeZone::utc());
    return date;
}

qint64 retryAfterMs(const QByteArray &value, const QDateTime &now)
{
    if (value.trimmed().isEmpty())
        return -1;
    bool isNumber = false;
    const qint64 seconds = value.trimmed().toLongLong(&isNumber);
    qint64 delayMs = -1;
    if (isNumber) {
        delayMs = std::clamp<qint64>(seconds, 0, MaxRetryAfterSeconds) * 1000;
    } else {
        const QDateTime date = parseHttpDate(value);
        if (!date.isValid())
            return -1;
        delayMs = std::max<qint64>(0, now.msecsTo(date));
    }
    return delayMs;
}

QString certificateFingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

void CouchClientPrivate::handleSslErrors(QNetworkReply &reply, const QList<QSslError> &errors) const
{
    const bool onlyUntrustedIssuer
        = !errors.isEmpty()
          && std::all_of(errors.cbegin(), errors.cend(), [](const QSslError &error) {
                 return isUntrustedIssuer(error.error());
             });
    if (!onlyUntrustedIssuer || trust == nullptr)
        return;
    const QSslCertificate leaf = leafCertificate(reply, errors);
    const QString host = config.url.host();
    const int port = config.url.port(443);
    if (leaf.isNull() || !trust->isTrusted(host, port, certificateFingerprint(leaf)))
        return;
    qCDebug(lcSync).noquote() << "Accepting the certificate that the user trusted for" << host
                              << "port" << port;
    // Only these errors of this certificate are ignored; any other error still fails.
    reply.ignoreSslErrors(errors);
}

AttemptOutcome CouchClientPrivate::outcomeOfSslErrors(const QNetworkReply &reply,
                                                      const QList<QSslError> &errors) const
{
    AttemptOutcome outcome;
    outcome.failure.kind = SyncFailureKind::Tls;
    outcome.advice
        = CouchClientText::tr("Ask the server administrator to check the server certificate.");
    const QSslCertificate leaf = leafCertificate(reply, errors);
    const auto has = [&errors](QSslError::SslError kind) {
        return std::any_of(errors.cbegin(), errors.cend(), [kind](const QSslError &error) {
            return error.error() == kind;
        });
    };
    if (has(QSslError::CertificateExpired)) {
        outcome.failure.certificateExpiry = leaf.expiryDate();
        outcome.problem = CouchClientText::tr("the server certificate expired on %1")
                              .arg(displayDate(leaf.expiryDate()));
        outcome.advice = CouchClientText::tr(
            "Ask the server administrator to renew the server certificate, and "
            "check that the date of this computer is right.");
    } else if (has(QSslError::CertificateNotYetValid)) {
        outcome.failure.certificateExpiry = leaf.effectiveDate();
        outcome.problem = CouchClientText::tr("the server certificate is valid only from %1")
                              .arg(displayDate(leaf.effectiveDate()));
        outcome.advice
            = CouchClientText::tr("Check that the date and time of this computer are right.");
    } else if (has(QSslError::HostNameMismatch)) {
        outcome.problem
            = CouchClientText::tr("the server certificate is for %1, not for %2")
                  .arg(certificateNames(leaf).join(QStringLiteral(", ")), config.url.host());
        outcome.advice = CouchClientText::tr("Check the server address.");
    } else if (!errors.isEmpty()
               && std::all_of(errors.cbegin(), errors.cend(), [](const QSslError &error) {
                      return isUntrustedIssuer(error.error());
                  })) {
        outcome.failure.kind = SyncFailureKind::UntrustedCertificate;
        outcome.failure.certificateFingerprint = certificateFingerprint(leaf);
        outcome.problem
            = CouchClientText::tr("the server certificate is not signed by an authority that this "
                                  "computer trusts (SHA-256 fingerprint %1)")
                  .arg(groupedFingerprint(outcome.failure.certificateFingerprint));
        outcome.advice
            = CouchClientText::tr("Compare the fingerprint with the one from the server "
                                  "administrator and trust the certificate only if they match, or "
                                  "give the server's CA certificate file.");
    } else {
        QStringList texts;
        for (const QSslError &error : errors)
            texts << error.errorString();
        outcome.problem
            = CouchClientText::tr("the secure connection failed (%1)")
                  .arg(texts.isEmpty() ? reply.errorString() : texts.join(QStringLiteral("; ")));
    }
    return outcome;
}

AttemptOutcome CouchClientPrivate::outcomeOfHttpStatus(CouchReply reply) const
{
    AttemptOutcome outcome;
    const int status = reply.status;
    outcome.failure.httpStatus = status;
    outcome.failure.serverReason = couchReason(reply.body);
    if (status >= 200 && status < 300) {
        outcome.reply = std::move(reply);
        return outcome;
    }
    if (status >= 300 && status < 400) {
        outcome.failure.kind = SyncFailureKind::BadReply;
        outcome.problem
            = CouchClientText::tr("the server redirected the request to “%1” (HTTP %2), and the "
                                  "client follows no redirect")
                  .arg(QString::fromUtf8(reply.headers.value("location")))
                  .arg(status);
        outcome.advice = CouchClientText::tr("Check the server address.");
        return outcome;
    }
    if (describeClientError(reply, outcome))
        return outcome;
    outcome.failure.kind = SyncFailureKind::Server;
    outcome.problem = withReason(
        CouchClientText::tr("the server returned HTTP status %1").arg(status), reply.body);
    outcome.advice = CouchClientText::tr(
        "Try again later. If it keeps failing, tell the server administrator.");
    if (status >= 500 || status == 429) {
        outcome.transient = true;
        outcome.retryAfterMs
            = retryAfterMs(reply.headers.value("retry-after"), QDateTime::currentDateTimeUtc());
        if (outcome.retryAfterMs > MaxRetryAfterMs) {
            outcome.transient = false;
            outcome.problem = CouchClientText::tr(
                                  "%1, and the server asks to wait %2 s before the next request")
                                  .arg(outcome.problem)
                                  .arg((outcome.retryAfterMs + 999) / 1000);
            outcome.advice
                = CouchClientText::tr("Try again after that time. If it keeps failing, tell the "
                                      "server administrator.");
        }
    }
    return outcome;
}

bool CouchClientPrivate::describeClientError(const CouchReply &reply, AttemptOutcome &outcome) const
{
    switch (reply.status) {
    case 401:
        outcome.failure.kind = SyncFailureKind::Unauthorized;
        outcome.problem
            = CouchClientText::tr("the server did not accept the user name “%1” with this password")
                  .arg(config.user);
        outcome.advice = CouchClientText::tr("Check the password. If it is right, ask the server "
                                             "administrator to check the account.");
        return true;
    case 403:
        outcome.failure.kind = SyncFailureKind::Forbidden;
        outcome.problem = withReason(
            CouchClientText::tr("the account “%1” is not allowed to do this").arg(config.user),
            reply.body);
        outcome.advice
            = CouchClientText::tr("Ask the server administrator for access to the database “%1”.")
                  .arg(config.database);
        return true;
    case 404:
        outcome.failure.kind = SyncFailureKind::NotFound;
        outcome.problem = withReason(
            CouchClientText::tr("the server has no such database or document"), reply.body);
        outcome.advice = CouchClientText::tr("Check the database name.");
        return true;
    case 409:
        outcome.failure.kind = SyncFailureKind::Conflict;
        outcome.problem
            = withReason(CouchClientText::tr("the document was changed on the server"), reply.body);
        outcome.advice = CouchClientText::tr("Synchronise again to merge the changes.");
        return true;
    case 413:
        outcome.failure.kind = SyncFailureKind::TooLarge;
        outcome.failure.sizeLimit = statedSizeLimit(reply);
        outcome.problem
            = outcome.failure.sizeLimit > 0
                  ? CouchClientText::tr(
                        "the request is larger than the server accepts (%1 bytes at most)")
                        .arg(outcome.failure.sizeLimit)
                  : CouchClientText::tr("the request is larger than the server accepts");
        outcome.advice
            = CouchClientText::tr("Remove large attachments or photos from the records, or ask the "
                                  "server administrator to raise the size limit.");
        return true;
    default:
        return false;
    }
}

AttemptOutcome CouchClientPrivate::outcomeOf(QNetworkReply &reply, AttemptState state)
{
    AttemptOutcome outcome;
    if (state.timedOut) {
        outcome.failure.kind = SyncFailureKind::Timeout;
        outcome.transient = true;
        outcome.problem = CouchClientText::tr("the server sent no data for %1 s")
                              .arg(QLocale().toString(config.timeoutMs / 1000.0, 'g', 3));
        outcome.advice = CouchClientText::tr("Check the network connection and try again later.");
        return outcome;
    }
    if (state.transferTimedOut) {
        outcome.failure.kind = SyncFailureKind::Timeout;
        outcome.transient = true;
        outcome.problem
            = CouchClientText::tr("the request did not finish within %1 min")
                  .arg(QLocale().toString(transferLimitMs(config.timeoutMs) / 60000.0, 'g', 3));
        outcome.advice
            = CouchClientText::tr("Check the speed of the network connection and try again later.");
        return outcome;
    }
    if (state.tooLarge) {
        outcome.failure.kind = SyncFailureKind::BadReply;
        outcome.problem
            = CouchClientText::tr("the reply of the server is too large to be a valid reply");
        outcome.advice = CouchClientText::tr("Check the server address.");
        return outcome;
    }
    if (reply.error() == QNetworkReply::SslHandshakeFailedError)
        return outcomeOfSslErrors(reply, state.sslErrors);

    // Codes below 100 are failures of the connection, e.g. one that closed in the middle
    // of a reply body; such a reply is incomplete even when its status line arrived.
    const bool connectionFailed = reply.error() != QNetworkReply::NoError
                                  && reply.error() < QNetworkReply::ProxyConnectionRefusedError;
    const QVariant status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!connectionFailed && status.isValid() && status.toInt() > 0) {
        CouchReply couchReply;
        couchReply.status = status.toInt();
        couchReply.body = std::move(state.body);
        for (const auto &[name, value] : reply.rawHeaderPairs())
            couchReply.headers.insert(name.toLower(), value);
        return outcomeOfHttpStatus(std::move(couchReply));
    }

    if (reply.error() == QNetworkReply::RemoteHostClosedError
        && state.requestBytes >= LargeRequestBytes && state.bytesSent < state.requestBytes) {
        // nginx 1.22 sends 413 for a body over client_max_body_size once it has read the
        // headers, then closes. Qt 6.4 reports only the closed connection while it is still
        // sending. NOTE: a network failure during a large upload is classified the same way.
        outcome.failure.kind = SyncFailureKind::TooLarge;
        outcome.problem
            = CouchClientText::tr("the server closed the connection after %1 of %2 bytes of the "
                                  "request; the request is probably larger than the server accepts")
                  .arg(state.bytesSent)
                  .arg(state.requestBytes);
        outcome.advice
            = CouchClientText::tr("Remove large attachments or photos from the records, or ask the "
                                  "server administrator to raise the size limit.");
        return outcome;
    }

    outcome.failure.kind = SyncFailureKind::Offline;
    outcome.transient = true;
    outcome.advice = CouchClientText::tr(
        "Check the network connection and the server address, then try again.");
    switch (reply.error()) {
    case QNetworkReply::ConnectionRefusedError:
        outcome.problem = CouchClientText::tr("the server refused the connection");
        break;
    case QNetworkReply::RemoteHostClosedError:
        outcome.problem
            = CouchClientText::tr("the server closed the connection before its reply was complete");
        break;
    case QNetworkReply::HostNotFoundError:
        outcome.problem
            = CouchClientText::tr("the server name %1 was not found").arg(config.url.host());
        break;
    default:
        outcome.problem
            = CouchClientText::tr("the connection failed (%1)").arg(reply.errorString());
        break;
    }
    return outcome;
}

Error CouchClientPrivate::failBadReply(const CouchRequest &request, const QString &problem)
{
    SyncFailure failure;
    failure.kind = SyncFailureKind::BadReply;
    return fail(request,
                failure,
                problem,
                CouchClientText::tr("Check that the server address points at a CouchDB "
                                    "server; if it does, tell the server administrator."));
}

Result<QJsonDocument> CouchClientPrivate::parseJson(const CouchRequest &request,
                                                    const CouchReply &reply,
                                                    bool expectArray)
{
    const QByteArray contentType = reply.headers.value("content-type").toLower();
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (contentType.contains("html"))
            return failBadReply(
                request, CouchClientText::tr("the server sent a web page instead of JSON data"));
        return failBadReply(request,
                            CouchClientText::tr("the reply is not valid JSON (%1 at byte %2 of %3)")
                                .arg(parseError.errorString())
                                .arg(parseError.offset)
                                .arg(reply.body.size()));
    }
    if (expectArray && !document.isArray())
        return failBadReply(request, CouchClientText::tr("the reply is not a JSON array"));
    if (!expectArray && !document.isObject())
        return failBadReply(request, CouchClientText::tr("the reply is not a JSON object"));
    return document;
}

} // namespace CoopAtlas::Core
