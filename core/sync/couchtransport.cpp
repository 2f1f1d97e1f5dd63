// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "couchclient_p.h"

#include <core/logging.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <climits>

namespace CoopAtlas::Core {

namespace {

constexpr int CancelPollMs = 50;
constexpr qint64 FirstBackoffMs = 500;
constexpr qint64 MaxBackoffMs = 30000;
// Upper bound of one reply body kept in memory; larger replies fail as BadReply.
constexpr qint64 MaxReplyBytes = 256LL * 1024 * 1024;
// The whole transfer of one attempt may last this many times ServerConfig::timeoutMs, and
// at least 10 minutes, which is about 60 MB at 100 kB/s.
constexpr qint64 TransferLimitFactor = 20;
constexpr qint64 MinTransferLimitMs = 10LL * 60 * 1000;

class CouchClientText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::CouchClient)
};

qint64 backoffMs(int failedAttempts)
{
    const int shift = std::clamp(failedAttempts - 1, 0, 16);
    return std::min(FirstBackoffMs << shift, MaxBackoffMs);
}

QByteArray encodedQuery(const QUrlQuery &query)
{
    QByteArray encoded;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return encoded;
}

/// The system's CA certificates, read once per process because reading them
/// took about 0.1 s per client (perf, Debian 12 on a 2-core Xeon). A
/// certificate added to the system store is seen after a restart of the program.
const QList<QSslCertificate> &systemAuthorities()
{
    static const QList<QSslCertificate> authorities = QSslConfiguration::systemCaCertificates();
    return authorities;
}

} // namespace

int transferLimitMs(int timeoutMs)
{
    return static_cast<int>(std::clamp<qint64>(
        qint64{std::max(1, timeoutMs)} * TransferLimitFactor, MinTransferLimitMs, INT_MAX));
}

CouchClientPrivate::CouchClientPrivate(ServerConfig serverConfig,
                                       QString serverPassword,
                                       TlsTrust *tlsTrust)
    : config(std::move(serverConfig))
    , password(std::move(serverPassword))
    , trust(tlsTrust)
{
    QList<QSslCertificate> authorities = systemAuthorities();
    if (!config.caFile.isEmpty()) {
        const QFileInfo caFile(config.caFile);
        const QList<QSslCertificate> extra
            = caFile.isFile() ? QSslCertificate::fromPath(config.caFile) : QList<QSslCertificate>{};
        if (!caFile.exists()) {
            m_caProblem = CouchClientText::tr("the CA certificate file %1 does not exist")
                              .arg(QDir::toNativeSeparators(config.caFile));
        } else if (extra.isEmpty()) {
            m_caProblem
                = CouchClientText::tr("the CA certificate file %1 contains no PEM certificate")
                      .arg(QDir::toNativeSeparators(config.caFile));
        }
        authorities += extra;
    }
    m_sslConfiguration = QSslConfiguration::defaultConfiguration();
    m_sslConfiguration.setCaCertificates(authorities);
    m_sslConfiguration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_sslConfiguration.setProtocol(QSsl::TlsV1_2OrLater);
}

CouchClientPrivate::~CouchClientPrivate() = default;

QNetworkAccessManager &CouchClientPrivate::network()
{
    // Created on first use, so that the client may be built in one thread and used in
    // another. The cookie jar with the AuthSession cookie lives in memory only.
    if (!m_network) {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_network->setCookieJar(new QNetworkCookieJar(m_network.get()));
        m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }
    return *m_network;
}

QString CouchClientPrivate::serverName() const
{
    return config.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}

QString CouchClientPrivate::databasePath() const
{
    return u'/' + QString::fromLatin1(QUrl::toPercentEncoding(config.database));
}

QUrl CouchClientPrivate::urlOf(const CouchRequest &request) const
{
    QUrl url = config.url;
    QString basePath = url.path(QUrl::FullyEncoded);
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + request.path, QUrl::StrictMode);
    url.setQuery(QString::fromLatin1(encodedQuery(request.query)), QUrl::StrictMode);
    url.setFragment({});
    return url;
}

void CouchClientPrivate::beginCall()
{
    lastFailure = {};
    bytesDoneInCall = 0;
}

bool CouchClientPrivate::isCancelled() const
{
    return cancelFlag != nullptr && cancelFlag->load();
}

bool CouchClientPrivate::sleepUnlessCancelled(qint64 ms) const
{
    const QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        if (isCancelled())
            return false;
        QThread::msleep(static_cast<unsigned long>(
            std::clamp<qint64>(deadline.remainingTime(), 1, CancelPollMs)));
    }
    return !isCancelled();
}

void CouchClientPrivate::reportProgress(qint64 bytesOfRunningRequest) const
{
    if (progress)
        progress(bytesDoneInCall + bytesOfRunningRequest);
}

Error CouchClientPrivate::fail(const CouchRequest &request,
                               const SyncFailure &failure,
                               const QString &problem,
                               const QString &advice)
{
    lastFailure = failure;
    Error error;
    // A problem taken from Qt or the server may end in its own full stop.
    QString sentence = problem;
    while (sentence.endsWith(QLatin1Char('.'))) {
        sentence.chop(1);
    }
    error.message = CouchClientText::tr("%1 failed: %2. %3").arg(request.action, sentence, advice);
    error.context = serverName() + QUrl::fromPercentEncoding(request.path.toLatin1());
    qCWarning(lcSync).noquote() << request.method << error.context << "failed:" << problem;
    return error;
}

Error CouchClientPrivate::cancelledError(const CouchRequest &request)
{
    SyncFailure failure;
    failure.kind = SyncFailureKind::Cancelled;
    return fail(request,
                failure,
                CouchClientText::tr("it was cancelled"),
                CouchClientText::tr("Start it again when you want to continue."));
}

std::unique_ptr<QNetworkReply> CouchClientPrivate::send(const CouchRequest &request)
{
    QNetworkRequest networkRequest(urlOf(request));
    networkRequest.setSslConfiguration(m_sslConfiguration);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setRawHeader("Accept", "application/json");
    if (!request.contentType.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);

    qCDebug(lcSync).noquote() << request.method << request.path;
    return std::unique_ptr<QNetworkReply>(
        network().sendCustomRequest(networkRequest, request.method, request.body));
}

void CouchClientPrivate::prefetch(const CouchRequest &request)
{
    if (request.method != "GET" || isCancelled())
        return;
    m_prefetched = send(request);
    m_prefetchedUrl = urlOf(request);
    // Another request may run an event loop before this reply is taken, and a
    // trusted fingerprint must be accepted then too.
    QNetworkReply *reply = m_prefetched.get();
    QObject::connect(
        reply, &QNetworkReply::sslErrors, reply, [this, reply](const QList<QSslError> &errors) {
            handleSslErrors(*reply, errors);
        });
}

std::unique_ptr<QNetworkReply> CouchClientPrivate::takePrefetched(const CouchRequest &request)
{
    std::unique_ptr<QNetworkReply> reply = std::move(m_prefetched);
    if (!reply || request.method != "GET" || m_prefetchedUrl != urlOf(request))
        return {};
    if (reply->isFinished() && reply->error() != QNetworkReply::NoError) {
        qCDebug(lcSync).noquote() << "Prefetched" << request.path << "failed, sending it again";
        return {};
    }
    return reply;
}

AttemptOutcome CouchClientPrivate::attempt(const CouchRequest &request)
{
    std::unique_ptr<QNetworkReply> reply = takePrefetched(request);
    if (!reply)
        reply = send(request);
    AttemptState state;
    QEventLoop loop;
    qint64 sent = 0;
    // The inactivity timer restarts whenever bytes move in either direction, so that a slow
    // but working link can finish a large page. The transfer timer bounds the whole attempt.
    QTimer inactivity;
    inactivity.setSingleShot(true);
    QObject::connect(&inactivity, &QTimer::timeout, &loop, [&] {
        state.timedOut = true;
        reply->abort();
    });
    QTimer transfer;
    transfer.setSingleShot(true);
    QObject::connect(&transfer, &QTimer::timeout, &loop, [&] {
        state.transferTimedOut = true;
        reply->abort();
    });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(
        reply.get(), &QNetworkReply::sslErrors, &loop, [&](const QList<QSslError> &errors) {
            state.sslErrors = errors;
            handleSslErrors(*reply, errors);
        });
    QObject::connect(reply.get(), &QNetworkReply::uploadProgress, &loop, [&](qint64 bytes) {
        if (bytes > sent)
            inactivity.start();
        sent = bytes;
        reportProgress(sent + state.body.size());
    });
    QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop, [&] {
        inactivity.start();
        state.body += reply->read(MaxReplyBytes + 1 - state.body.size());
        reportProgress(sent + state.body.size());
        if (state.body.size() > MaxReplyBytes) {
            state.tooLarge = true;
            reply->abort();
        }
    });

    inactivity.start(std::max(1, config.timeoutMs));
    transfer.start(transferLimitMs(config.timeoutMs));
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (isCancelled())
            reply->abort();
    });
    cancelPoll.start(CancelPollMs);

    // A prefetched reply may have received data before these connections.
    if (reply->bytesAvailable() > 0)
        state.body += reply->read(MaxReplyBytes + 1);
    if (!reply->isFinished())
        loop.exec();
    if (!state.tooLarge && reply->isOpen())
        state.body += reply->read(MaxReplyBytes + 1 - state.body.size());
    if (state.body.size() > MaxReplyBytes)
        state.tooLarge = true;
    bytesDoneInCall += sent + state.body.size();
    state.requestBytes = request.body.size();
    state.bytesSent = sent;
    AttemptOutcome outcome = outcomeOf(*reply, std::move(state));
    if (outcome.failure.kind == SyncFailureKind::Unauthorized && !request.sendsPassword) {
        // A 401 on a request without the password does not show that the password is wrong.
        outcome.problem = CouchClientText::tr("the server requires a valid login for %1 (HTTP 401)")
                              .arg(QUrl::fromPercentEncoding(request.path.toLatin1()));
        outcome.advice = CouchClientText::tr(
                             "Check that the server URL contains no database name, and ask the "
                             "server administrator whether the account may read the database "
                             "“%1”.")
                             .arg(config.database);
    }
    return outcome;
}

Result<CouchReply> CouchClientPrivate::sendWithRetries(const CouchRequest &request)
{
    const int attempts = std::max(1, config.maxAttempts);
    for (int number = 1; number <= attempts; ++number) {
        if (isCancelled())
            return cancelledError(request);
        AttemptOutcome outcome = attempt(request);
        if (isCancelled())
            return cancelledError(request);
        if (outcome.reply)
            return std::move(*outcome.reply);
        if (!outcome.transient)
            return fail(request, outcome.failure, outcome.problem, outcome.advice);
        if (number == attempts) {
            const QString problem
                = attempts == 1 ? outcome.problem
                                : CouchClientText::tr("%1 (tried %n times)", nullptr, attempts)
                                      .arg(outcome.problem);
            return fail(request, outcome.failure, problem, outcome.advice);
        }
        const qint64 delayMs = outcome.retryAfterMs >= 0 ? outcome.retryAfterMs : backoffMs(number);
        qCWarning(lcSync).noquote().nospace()
            << request.method << ' ' << request.path << ": attempt " << number << " of " << attempts
            << " failed (" << outcome.problem << "), retrying in " << delayMs << " ms";
        if (retryNotice)
            retryNotice(outcome.problem, delayMs);
        if (!sleepUnlessCancelled(delayMs))
            return cancelledError(request);
    }
    return cancelledError(request); // not reached: the last attempt returns above
}

Result<CouchReply> CouchClientPrivate::execute(const CouchRequest &request)
{
    if (config.url.scheme() != u"https" || config.url.host().isEmpty()) {
        // Plain HTTP would send the password and the session cookie unencrypted.
        SyncFailure failure;
        failure.kind = SyncFailureKind::Tls;
        return fail(request,
                    failure,
                    CouchClientText::tr("the server address “%1” is not an https:// address")
                        .arg(config.url.toDisplayString(QUrl::RemoveUserInfo)),
                    CouchClientText::tr("Give the server address with https://."));
    }
    if (m_caProblem) {
        SyncFailure failure;
        failure.kind = SyncFailureKind::Tls;
        return fail(request,
                    failure,
                    *m_caProblem,
                    CouchClientText::tr(
                        "Give an existing PEM file with the server's CA certificate, or no CA "
                        "file."));
    }
    Result<CouchReply> reply = sendWithRetries(request);
    if (reply.ok() || !request.replayAfterLogin)
        return reply;
    if (lastFailure.kind != SyncFailureKind::Unauthorized
        && lastFailure.kind != SyncFailureKind::Forbidden)
        return reply;

    // The session cookie may have expired: log in once more and replay the request once.
    qCInfo(lcSync).noquote() << request.method << request.path << "got HTTP"
                             << lastFailure.httpStatus << "- logging in again and replaying it";
    const Result<QJsonObject> session = login();
    if (!session.ok())
        return session.error();
    Result<CouchReply> replay = sendWithRetries(request);
    if (replay.ok())
        lastFailure = {};
    return replay;
}

} // namespace CoopAtlas::Core
