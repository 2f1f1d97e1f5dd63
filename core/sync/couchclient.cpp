// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "couchclient.h"

#include "changesreplylayout.h"
#include "couchclient_p.h"

#include <core/logging.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdlib>
#include <optional>

namespace CoopAtlas::Core {

namespace {

// Clock skew above which connect() warns: CouchDB session cookies and the record
// timestamps shown to users become misleading.
constexpr qint64 MaxClockSkewSeconds = 5LL * 60;

class CouchClientText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::CouchClient)
};

QString encodedDocumentId(const QString &id)
{
    for (const QString &prefix : {QStringLiteral("_design/"), QStringLiteral("_local/")}) {
        if (id.startsWith(prefix))
            return prefix + QString::fromLatin1(QUrl::toPercentEncoding(id.mid(prefix.size())));
    }
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

// Returns the compact JSON text of one value, e.g. 42 or "12-g1AAAA".
QByteArray jsonText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// Returns the `since` query value of an opaque sequence: the string inside a JSON
// string, else the JSON text itself (a number in PouchDB Server).
QString sinceParameter(const QByteArray &since)
{
    const QJsonDocument document = QJsonDocument::fromJson('[' + since + ']');
    const QJsonValue value = document.array().at(0);
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(since.trimmed());
}

// Puts results in the order of the documents sent. PouchDB Server lists rejected
// documents first, while CouchDB keeps the request order. Results stay as they are
// when an id is missing or repeated, e.g. for documents without _id.
QList<BulkDocResult> inRequestOrder(const QJsonArray &docs, QList<BulkDocResult> results)
{
    QHash<QString, qsizetype> positions;
    for (qsizetype index = 0; index < docs.size(); ++index) {
        const QString id = docs.at(index).toObject().value(u"_id").toString();
        if (id.isEmpty() || positions.contains(id))
            return results;
        positions.insert(id, index);
    }
    QList<qsizetype> targets;
    QList<bool> filled(results.size(), false);
    for (const BulkDocResult &result : results) {
        const qsizetype position = positions.value(result.id, -1);
        if (position < 0 || position >= results.size() || filled.at(position))
            return results;
        filled[position] = true;
        targets << position;
    }
    QList<BulkDocResult> ordered(results.size());
    for (qsizetype index = 0; index < results.size(); ++index)
        ordered[targets.at(index)] = std::move(results[index]);
    return ordered;
}

} // namespace

CouchClient::CouchClient(ServerConfig config, QString password, TlsTrust *trust)
    : m_d(std::make_unique<CouchClientPrivate>(std::move(config), std::move(password), trust))
{}

CouchClient::~CouchClient() = default;

void CouchClient::setCancelFlag(const std::atomic_bool *flag)
{
    m_d->cancelFlag = flag;
}

void CouchClient::setProgress(std::function<void(qint64)> progress)
{
    m_d->progress = std::move(progress);
}

void CouchClient::setRetryNotice(std::function<void(const QString &, qint64)> notice)
{
    m_d->retryNotice = std::move(notice);
}

void CouchClient::setPassword(const QString &password)
{
    m_d->password = password;
}

const SyncFailure &CouchClient::lastFailure() const
{
    return m_d->lastFailure;
}

const ServerConfig &CouchClient::config() const
{
    return m_d->config;
}

Result<QJsonObject> CouchClientPrivate::login()
{
    CouchRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/_session");
    request.contentType = "application/json";
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("name"), config.user},
                                             {QStringLiteral("password"), password}})
                       .toJson(QJsonDocument::Compact);
    request.action = CouchClientText::tr("Logging in as “%1”").arg(config.user);
    request.replayAfterLogin = false;
    request.sendsPassword = true;

    const Result<CouchReply> reply = execute(request);
    if (!reply.ok())
        return reply.error();
    const Result<QJsonDocument> document = parseJson(request, *reply, false);
    if (!document.ok())
        return document.error();
    // POST /_session returns {ok, name, roles}; GET /_session nests them in userCtx.
    QJsonObject user = document->object();
    if (user.value(u"userCtx").isObject())
        user = user.value(u"userCtx").toObject();
    if (!user.value(u"name").isString() || !user.value(u"roles").isArray())
        return failBadReply(request, CouchClientText::tr("the reply has no user name and roles"));
    qCInfo(lcSync).noquote() << "Logged in as" << user.value(u"name").toString() << "on"
                             << serverName();
    return user;
}

namespace {

// Reads the welcome reply of GET /. A server with require_valid_user returns 401 even
// there. Any HTTP reply means that the TLS check passed, so the client then logs in, reads
// the welcome reply again and stores the login's user in `user`.
Result<CouchReply> readWelcome(CouchClientPrivate &client,
                               const CouchRequest &welcome,
                               std::optional<QJsonObject> &user)
{
    Result<CouchReply> reply = client.execute(welcome);
    if (reply.ok() || client.lastFailure.kind != SyncFailureKind::Unauthorized)
        return reply;
    qCInfo(lcSync).noquote() << client.serverName() << "requires a login for GET /";
    Result<QJsonObject> login = client.login();
    if (!login.ok())
        return login.error();
    user = std::move(login).value();
    client.lastFailure = {};
    return client.execute(welcome);
}

// Checks that the database exists and that the account may read it.
Result<void> checkDatabase(CouchClientPrivate &client)
{
    CouchRequest info;
    info.path = client.databasePath();
    info.action = CouchClientText::tr("Opening the database “%1”").arg(client.config.database);
    const Result<CouchReply> reply = client.execute(info);
    if (!reply.ok())
        return reply.error();
    const Result<QJsonDocument> json = client.parseJson(info, *reply, false);
    if (!json.ok())
        return json.error();
    if (!json->object().value(u"db_name").isString())
        return client.failBadReply(info, CouchClientText::tr("the reply has no database name"));
    return {};
}

} // namespace

Result<ServerSession> CouchClient::connect()
{
    m_d->beginCall();
    qCInfo(lcSync).noquote() << "Connecting to" << m_d->serverName() << "database"
                             << m_d->config.database << "as" << m_d->config.user;

    // Unauthenticated first, so that a TLS failure stops before the password is sent.
    CouchRequest welcome;
    welcome.path = QStringLiteral("/");
    // The error context already names the server URL.
    welcome.action = CouchClientText::tr("Connecting to the server");
    welcome.replayAfterLogin = false;
    std::optional<QJsonObject> user;
    const Result<CouchReply> welcomeReply = readWelcome(*m_d, welcome, user);
    if (!welcomeReply.ok())
        return welcomeReply.error();
    const Result<QJsonDocument> welcomeJson = m_d->parseJson(welcome, *welcomeReply, false);
    if (!welcomeJson.ok())
        return welcomeJson.error();
    if (!welcomeJson->object().value(u"version").isString())
        return m_d->failBadReply(welcome,
                                 CouchClientText::tr("the reply has no server version, so the "
                                                     "address is not a CouchDB server"));

    ServerSession session;
    session.vendor = welcomeJson->object().value(u"vendor").toObject().value(u"name").toString();
    const QDateTime serverDate = parseHttpDate(welcomeReply->headers.value("date"));
    if (serverDate.isValid())
        session.clockSkewSeconds = QDateTime::currentDateTimeUtc().secsTo(serverDate);

    if (!user) {
        Result<QJsonObject> login = m_d->login();
        if (!login.ok())
            return login.error();
        user = std::move(login).value();
    }
    session.user = user->value(u"name").toString();
    for (const auto &role : user->value(u"roles").toArray())
        session.roles << role.toString();

    const Result<void> database = checkDatabase(*m_d);
    if (!database.ok())
        return database.error();

    if (std::abs(session.clockSkewSeconds) > MaxClockSkewSeconds) {
        session.clockWarning
            = CouchClientText::tr("The clock of this computer differs from the server's clock "
                                  "by %1 seconds. Set the right date and time on this computer.")
                  .arg(session.clockSkewSeconds);
        qCWarning(lcSync).noquote()
            << "Clock skew with" << m_d->serverName() << "is" << session.clockSkewSeconds << "s";
    }
    qCInfo(lcSync).noquote() << "Connected to" << m_d->serverName() << "database"
                             << m_d->config.database << "as" << session.user;
    return session;
}

namespace {

CouchRequest changesRequest(const CouchClientPrivate &d, const QByteArray &since, int limit)
{
    CouchRequest request;
    request.path = d.databasePath() + QStringLiteral("/_changes");
    request.action
        = CouchClientText::tr("Reading the changes of the database “%1”").arg(d.config.database);
    request.query.addQueryItem(QStringLiteral("include_docs"), QStringLiteral("true"));
    request.query.addQueryItem(QStringLiteral("conflicts"), QStringLiteral("true"));
    request.query.addQueryItem(QStringLiteral("style"), QStringLiteral("all_docs"));
    request.query.addQueryItem(QStringLiteral("limit"),
                               QString::number(limit > 0 ? limit : d.config.pageSize));
    if (!since.trimmed().isEmpty())
        request.query.addQueryItem(QStringLiteral("since"), sinceParameter(since));
    return request;
}

// Sends the request for the page after a reply whose layout states pending
// changes and brings a document in every result, before the reply is parsed.
// Returns whether it sent one.
bool prefetchFromLayout(CouchClientPrivate &d,
                        const ChangesReplyLayout &layout,
                        const QByteArray &since,
                        int limit)
{
    bool isNumber = false;
    const qint64 pending = layout.pending.toByteArray().toLongLong(&isNumber);
    const QByteArray lastSeq = layout.lastSeq.toByteArray();
    if (!isNumber || pending <= 0 || layout.documents.isEmpty() || lastSeq.isEmpty()
        || lastSeq == since)
        return false;
    for (const QByteArrayView document : layout.documents) {
        if (document.isEmpty())
            return false;
    }
    d.prefetch(changesRequest(d, lastSeq, limit));
    return true;
}

} // namespace

Result<ChangesPage> CouchClient::changes(const QByteArray &since, int limit)
{
    m_d->beginCall();
    const CouchRequest request = changesRequest(*m_d, since, limit);
    const Result<CouchReply> reply = m_d->execute(request);
    if (!reply.ok())
        return reply.error();
    // Scanning the body takes far less time than parsing it, so the request for
    // the next page leaves first and the server prepares it during the parse.
    const std::optional<ChangesReplyLayout> layout = ChangesReplyLayout::scan(reply->body);
    const bool prefetched = layout && prefetchFromLayout(*m_d, *layout, since, limit);
    const Result<QJsonDocument> json = m_d->parseJson(request, *reply, false);
    if (!json.ok())
        return json.error();
    const QJsonObject object = json->object();
    if (!object.value(u"results").isArray())
        return m_d->failBadReply(request, CouchClientText::tr("the reply has no list of results"));
    if (object.value(u"last_seq").isUndefined() || object.value(u"last_seq").isNull())
        return m_d->failBadReply(request, CouchClientText::tr("the reply has no last sequence"));

    ChangesPage page;
    page.lastSeq = jsonText(object.value(u"last_seq"));
    if (object.value(u"pending").isDouble())
        page.pending = static_cast<qint64>(object.value(u"pending").toDouble());
    const QJsonArray results = object.value(u"results").toArray();
    if (layout && layout->documents.size() == results.size()) {
        page.documentTexts.reserve(results.size());
        for (const QByteArrayView text : layout->documents)
            page.documentTexts.append(text.toByteArray());
    }
    for (qsizetype index = 0; index < results.size(); ++index) {
        const QJsonObject change = results.at(index).toObject();
        if (change.value(u"doc").isObject()) {
            page.docs << change.value(u"doc").toObject();
        } else if (change.value(u"deleted").toBool() && change.value(u"id").isString()) {
            // Without a doc body, a deletion still carries its id and its revision.
            const QJsonArray revisions = change.value(u"changes").toArray();
            page.docs << QJsonObject{
                {QStringLiteral("_id"), change.value(u"id")},
                {QStringLiteral("_rev"), revisions.at(0).toObject().value(u"rev")},
                {QStringLiteral("_deleted"), true}};
        } else {
            return m_d->failBadReply(
                request,
                CouchClientText::tr("result %1 of the reply has no document").arg(index + 1));
        }
    }
    // A server that states more pending changes gets the request for the next page
    // now, so that it prepares the page while the caller stores this one.
    if (!prefetched && page.pending > 0 && !page.docs.isEmpty() && page.lastSeq != since)
        m_d->prefetch(changesRequest(*m_d, page.lastSeq, limit));
    return page;
}

Result<QList<BulkDocResult>> CouchClient::bulkDocs(const QJsonArray &docs)
{
    m_d->beginCall();
    CouchRequest request;
    request.method = "POST";
    request.path = m_d->databasePath() + QStringLiteral("/_bulk_docs");
    request.action = CouchClientText::tr("Sending %1 documents to the database “%2”")
                         .arg(docs.size())
                         .arg(m_d->config.database);
    request.contentType = "application/json";
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("docs"), docs},
                                             {QStringLiteral("new_edits"), true}})
                       .toJson(QJsonDocument::Compact);

    const Result<CouchReply> reply = m_d->execute(request);
    if (!reply.ok())
        return reply.error();
    const Result<QJsonDocument> json = m_d->parseJson(request, *reply, true);
    if (!json.ok())
        return json.error();
    const QJsonArray array = json->array();
    if (array.size() != docs.size())
        return m_d->failBadReply(request,
                                 CouchClientText::tr("the reply lists %1 documents instead of %2")
                                     .arg(array.size())
                                     .arg(docs.size()));
    QList<BulkDocResult> results;
    results.reserve(array.size());
    for (qsizetype index = 0; index < array.size(); ++index) {
        const QJsonObject item = array.at(index).toObject();
        BulkDocResult result;
        result.id = item.value(u"id").toString();
        result.rev = item.value(u"rev").toString();
        result.error = item.value(u"error").toString();
        result.reason = item.value(u"reason").toString();
        if (result.id.isEmpty() || (result.rev.isEmpty() && result.error.isEmpty()))
            return m_d->failBadReply(request,
                                     CouchClientText::tr("item %1 of the reply has no id with a "
                                                         "revision or an error")
                                         .arg(index + 1));
        results << result;
    }
    return inRequestOrder(docs, std::move(results));
}

Result<QJsonObject> CouchClient::document(const QString &id, const QString &rev)
{
    m_d->beginCall();
    CouchRequest request;
    request.path = m_d->databasePath() + u'/' + encodedDocumentId(id);
    request.action = CouchClientText::tr("Reading the document “%1”").arg(id);
    if (!id.startsWith(QLatin1String("_local/")))
        request.query.addQueryItem(QStringLiteral("conflicts"), QStringLiteral("true"));
    if (!rev.isEmpty())
        request.query.addQueryItem(QStringLiteral("rev"), rev);

    const Result<CouchReply> reply = m_d->execute(request);
    if (!reply.ok())
        return reply.error();
    const Result<QJsonDocument> json = m_d->parseJson(request, *reply, false);
    if (!json.ok())
        return json.error();
    if (json->object().value(u"_id").toString() != id)
        return m_d->failBadReply(request,
                                 CouchClientText::tr("the reply is not the document “%1”").arg(id));
    return json->object();
}

Result<QString> CouchClient::putDocument(const QJsonObject &document)
{
    m_d->beginCall();
    const QString id = document.value(u"_id").toString();
    CouchRequest request;
    request.method = "PUT";
    request.path = m_d->databasePath() + u'/' + encodedDocumentId(id);
    request.action = CouchClientText::tr("Writing the document “%1”").arg(id);
    request.contentType = "application/json";
    request.body = QJsonDocument(document).toJson(QJsonDocument::Compact);

    const Result<CouchReply> reply = m_d->execute(request);
    if (!reply.ok())
        return reply.error();
    const Result<QJsonDocument> json = m_d->parseJson(request, *reply, false);
    if (!json.ok())
        return json.error();
    const QString rev = json->object().value(u"rev").toString();
    if (rev.isEmpty())
        return m_d->failBadReply(request, CouchClientText::tr("the reply has no revision"));
    return rev;
}

Result<QByteArray>
CouchClient::attachment(const QString &id, const QString &name, const QString &rev, qint64 maxBytes)
{
    m_d->beginCall();
    CouchRequest request;
    request.path = m_d->databasePath() + u'/' + encodedDocumentId(id) + u'/'
                   + QString::fromLatin1(QUrl::toPercentEncoding(name));
    request.action = CouchClientText::tr("Reading the file of the document “%1”").arg(id);
    if (!rev.isEmpty())
        request.query.addQueryItem(QStringLiteral("rev"), rev);

    const Result<CouchReply> reply = m_d->execute(request);
    if (!reply.ok())
        return reply.error();
    if (reply->body.size() > maxBytes)
        return m_d->failBadReply(request,
                                 CouchClientText::tr("the file has %1 bytes, over the limit of "
                                                     "%2 bytes")
                                     .arg(reply->body.size())
                                     .arg(maxBytes));
    return reply->body;
}

Result<QList<QJsonObject>> CouchClient::revisions(const QString &id, const QStringList &revs)
{
    m_d->beginCall();
    if (revs.isEmpty())
        return QList<QJsonObject>{};
    CouchRequest request;
    request.path = m_d->databasePath() + u'/' + encodedDocumentId(id);
    request.action
        = CouchClientText::tr("Reading %1 revisions of the document “%2”").arg(revs.size()).arg(id);
    request.query.addQueryItem(
        QStringLiteral("open_revs"),
        QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(revs)).toJson(QJsonDocument::Compact)));

    const Result<CouchReply> reply = m_d->execute(request);
    if (!reply.ok())
        return reply.error();
    const Result<QJsonDocument> json = m_d->parseJson(request, *reply, true);
    if (!json.ok())
        return json.error();
    QList<QJsonObject> documents;
    const QJsonArray array = json->array();
    for (qsizetype index = 0; index < array.size(); ++index) {
        const QJsonObject item = array.at(index).toObject();
        if (item.value(u"ok").isObject())
            documents << item.value(u"ok").toObject();
        else if (!item.contains(u"missing"))
            return m_d->failBadReply(
                request,
                CouchClientText::tr("item %1 of the reply is neither a document "
                                    "nor a missing revision")
                    .arg(index + 1));
    }
    return documents;
}

} // namespace CoopAtlas::Core
