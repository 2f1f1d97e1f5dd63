// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>
#include <core/sync/serverconfig.h>
#include <core/sync/syncfailure.h>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace CoopAtlas::Core {

class TlsTrust;

/// The account and server seen by a successful CouchClient::connect().
struct ServerSession
{
    QString user;
    QStringList roles;
    /// Server Date header minus the local clock, in seconds.
    qint64 clockSkewSeconds = 0;
    /// "vendor.name" of the server's welcome reply, e.g. "The Apache Software Foundation".
    QString vendor;
    /// Non-empty when the clock skew is over 5 minutes: a translated warning to show.
    QString clockWarning;
};

/// One page of `_changes?include_docs=true&conflicts=true&style=all_docs`.
struct ChangesPage
{
    /// The `doc` of every result, deleted ones included (they carry `_deleted`).
    QList<QJsonObject> docs;
    /// The JSON text of each doc as the reply contains it, in the order of
    /// `docs`, so that it can be stored without encoding the doc again. An
    /// entry is empty for a doc that the client built, such as a deletion
    /// without a body. The list is empty when the client could not locate the
    /// texts in the reply.
    QList<QByteArray> documentTexts;
    /// Raw JSON text of `last_seq`. Opaque: pass it back as `since`, never parse it.
    QByteArray lastSeq;
    /// Number of changes after this page when the server states it, else -1.
    qint64 pending = -1;
};

/// Outcome of one document of a `_bulk_docs` request: rev on success, else error and reason.
struct BulkDocResult
{
    QString id;
    QString rev;
    QString error;
    QString reason;
};

class CouchClientPrivate;

/// Synchronous client of one CouchDB database over HTTPS.
///
/// Each call runs a local QEventLoop on a QNetworkAccessManager that the client owns,
/// so a client is used from one thread only: the thread of its first call, which must also
/// destroy it. Each attempt of a request ends when no byte moved for ServerConfig::timeoutMs,
/// or after transferLimitMs() (20 times timeoutMs, at least 10 minutes) in all.
/// A request makes at most maxAttempts attempts, with waits of at most 60 s between them,
/// and after a 401 or 403 one more login and one more series of attempts. A call stops
/// within about 100 ms once the cancel flag is set. A failing call returns an Error whose
/// message is translated (context "CouchClient") and sets lastFailure().
class CouchClient
{
public:
    CouchClient(ServerConfig config, QString password, TlsTrust *trust);
    ~CouchClient();
    CouchClient(const CouchClient &) = delete;
    CouchClient &operator=(const CouchClient &) = delete;

    /// Sets a flag that, once true, makes the running and every later call fail with
    /// Cancelled. The flag must outlive the client.
    void setCancelFlag(const std::atomic_bool *flag);
    /// Sets a callback that receives the bytes sent and received so far by the running call.
    void setProgress(std::function<void(qint64 bytesDone)> progress);
    /// Sets a callback that receives, before each wait for another attempt, the
    /// translated problem of the failed attempt and the wait in ms.
    void setRetryNotice(std::function<void(const QString &problem, qint64 waitMs)> notice);
    /// Replaces the password, e.g. after Unauthorized and a new prompt.
    void setPassword(const QString &password);

    /// Checks TLS with an unauthenticated GET /, logs in through POST /_session, reads
    /// the roles and checks that the database exists and is readable.
    Result<ServerSession> connect();
    /// Reads one page of changes after `since` (an empty `since` starts from the beginning).
    /// When the reply states pending changes, the request for the next page is sent at
    /// once, and a following call with `since` = the page's lastSeq uses its reply.
    Result<ChangesPage> changes(const QByteArray &since, int limit);
    /// Writes documents with new_edits=true. A document that the server rejects is
    /// reported in its own BulkDocResult and does not fail the call. When every document
    /// has a distinct _id, the results are in the order of `docs`.
    Result<QList<BulkDocResult>> bulkDocs(const QJsonArray &docs);
    /// Reads a document with conflicts=true, at `rev` when given. A `_local`
    /// document, which has no revision tree, is read without these parameters.
    Result<QJsonObject> document(const QString &id, const QString &rev = {});
    /// Writes one document with PUT and returns its new revision. A document
    /// that the server has at another revision fails with Conflict (HTTP 409).
    Result<QString> putDocument(const QJsonObject &document);
    /// Reads the bytes of the attachment `name` of revision `rev` of a document.
    /// A reply of more than `maxBytes` bytes fails with BadReply. Every reply is
    /// also capped by the transport's own reply limit while it arrives.
    Result<QByteArray>
    attachment(const QString &id, const QString &name, const QString &rev, qint64 maxBytes);
    /// Reads the given revisions of a document (open_revs); missing ones are left out.
    Result<QList<QJsonObject>> revisions(const QString &id, const QStringList &revs);

    [[nodiscard]] const SyncFailure &lastFailure() const;
    [[nodiscard]] const ServerConfig &config() const;

private:
    std::unique_ptr<CouchClientPrivate> m_d;
};

} // namespace CoopAtlas::Core
