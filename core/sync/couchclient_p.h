// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>
#include <core/sync/couchclient.h>
#include <core/sync/serverconfig.h>
#include <core/sync/syncfailure.h>

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace CoopAtlas::Core {

class TlsTrust;

/// One HTTP request of the client, before the server URL is added.
struct CouchRequest
{
    QByteArray method = "GET";
    /// Path below the server URL, already percent-encoded, starting with '/'.
    QString path;
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    /// Translated description of the action, e.g. "Reading the changes of “coop”".
    QString action;
    /// Whether a 401 or 403 reply triggers one new login and one replay.
    bool replayAfterLogin = true;
    /// Whether the request carries the password; only then does a 401 blame the password.
    bool sendsPassword = false;
};

/// A complete HTTP reply: any status, the whole body and the headers (names in lowercase).
struct CouchReply
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
};

/// Observations of one attempt while its reply runs.
struct AttemptState
{
    QByteArray body;
    QList<QSslError> sslErrors;
    qint64 requestBytes = 0;
    qint64 bytesSent = 0;
    bool timedOut = false;         // no byte moved for ServerConfig::timeoutMs
    bool transferTimedOut = false; // the attempt lasted longer than transferLimitMs()
    bool tooLarge = false;
};

/// Outcome of one attempt, before retries are decided.
struct AttemptOutcome
{
    std::optional<CouchReply> reply;
    SyncFailure failure;
    QString problem;          // translated description of what went wrong
    QString advice;           // translated next step for the user
    bool transient = false;   // worth another attempt
    qint64 retryAfterMs = -1; // from a Retry-After header, at most 60 s when transient
};

/// Implementation of CouchClient: transport, retries, login and failure messages.
class CouchClientPrivate
{
public:
    CouchClientPrivate(ServerConfig config, QString password, TlsTrust *trust);
    ~CouchClientPrivate();
    CouchClientPrivate(const CouchClientPrivate &) = delete;
    CouchClientPrivate &operator=(const CouchClientPrivate &) = delete;

    /// Sends the request with retries and one login-and-replay, and returns a reply with
    /// a 2xx status or an Error (lastFailure set).
    Result<CouchReply> execute(const CouchRequest &request);
    /// Logs in through POST /_session and returns the parsed reply object.
    Result<QJsonObject> login();
    /// Parses a JSON reply body, failing with BadReply when it is not JSON of the root type.
    Result<QJsonDocument>
    parseJson(const CouchRequest &request, const CouchReply &reply, bool expectArray);
    /// Records a failure and returns its Error.
    Error fail(const CouchRequest &request,
               const SyncFailure &failure,
               const QString &problem,
               const QString &advice);
    Error failBadReply(const CouchRequest &request, const QString &problem);
    /// Clears lastFailure at the start of a public call.
    void beginCall();
    /// Sends a GET request now and keeps its reply for the next attempt of the same
    /// request, so that the server prepares it while the caller works. A prefetched
    /// reply that failed, or that another request replaces, is dropped unread, and
    /// the attempt sends the request again.
    void prefetch(const CouchRequest &request);

    [[nodiscard]] QString serverName() const;
    [[nodiscard]] QString databasePath() const;

    ServerConfig config;
    QString password;
    TlsTrust *trust = nullptr;
    const std::atomic_bool *cancelFlag = nullptr;
    std::function<void(qint64)> progress;
    std::function<void(const QString &, qint64)> retryNotice;
    SyncFailure lastFailure;
    /// Bytes sent and received by finished requests of the running public call.
    qint64 bytesDoneInCall = 0;

private:
    AttemptOutcome attempt(const CouchRequest &request);
    AttemptOutcome outcomeOf(QNetworkReply &reply, AttemptState state);
    AttemptOutcome outcomeOfHttpStatus(CouchReply reply) const;
    /// Fills in the failure of a 4xx status that the client names; false for other statuses.
    bool describeClientError(const CouchReply &reply, AttemptOutcome &outcome) const;
    AttemptOutcome outcomeOfSslErrors(const QNetworkReply &reply,
                                      const QList<QSslError> &errors) const;
    Result<CouchReply> sendWithRetries(const CouchRequest &request);
    [[nodiscard]] QUrl urlOf(const CouchRequest &request) const;
    void reportProgress(qint64 bytesOfRunningRequest) const;
    void handleSslErrors(QNetworkReply &reply, const QList<QSslError> &errors) const;
    /// Sleeps in steps of at most 50 ms; returns false when the call was cancelled.
    bool sleepUnlessCancelled(qint64 ms) const;
    [[nodiscard]] bool isCancelled() const;
    QNetworkAccessManager &network();
    Error cancelledError(const CouchRequest &request);
    std::unique_ptr<QNetworkReply> send(const CouchRequest &request);
    /// The prefetched reply of `request` unless it failed, or null.
    std::unique_ptr<QNetworkReply> takePrefetched(const CouchRequest &request);

    std::unique_ptr<QNetworkAccessManager> m_network;
    QSslConfiguration m_sslConfiguration;
    std::optional<QString> m_caProblem;
    // Declared after m_network, so that the reply is deleted before its manager.
    QUrl m_prefetchedUrl;
    std::unique_ptr<QNetworkReply> m_prefetched;
};

/// Parses an HTTP date (IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT"); invalid when
/// the text is not one.
QDateTime parseHttpDate(const QByteArray &text);
/// Returns the delay of a Retry-After header value in ms (0 for a past date), or -1 when the
/// value is missing or not a number of seconds or an HTTP date.
qint64 retryAfterMs(const QByteArray &value, const QDateTime &now);
/// Returns the longest time in ms that one attempt may transfer data, for a given
/// inactivity timeout.
int transferLimitMs(int timeoutMs);
/// Returns the lowercase hex SHA-256 of a certificate's DER form.
QString certificateFingerprint(const QSslCertificate &certificate);

} // namespace CoopAtlas::Core
