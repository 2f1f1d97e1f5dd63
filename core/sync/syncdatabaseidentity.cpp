// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SyncEngine: the identity of the server database that a checkpoint belongs to.
//
// Update sequences mean something only in the database that issued them. An
// administrator may move the data to another server or cluster by replication
// and keep the URL. A saved checkpoint would then make the pull skip changes
// (an integer beyond the new database's sequence), replay part of them, or fail
// (CouchDB may reject a foreign opaque sequence). Replication does not copy
// `_local` documents, so a random id in one of them distinguishes the databases.
#include <core/logging.h>
#include <core/storage/database.h>
#include <core/sync/couchclient.h>
#include <core/sync/syncengine.h>

#include <QJsonArray>
#include <QUuid>

#include <algorithm>

namespace CoopAtlas::Core {

namespace {

// Maximum reads of the identity document. Each creation that another client
// won (409) is followed by a read, so that clients on a new database agree.
constexpr int MaxIdentityReads = 3;

// Maximum length of a database identity. coopatlas-server-setup writes 32 hex
// digits and this client writes a 36-character UUID.
constexpr qsizetype MaxIdentityLength = 128;

QString identityOf(const QJsonObject &document)
{
    return document.value(QLatin1String("database_id")).toString();
}

/// Returns true for a string of 1 to MaxIdentityLength characters from [A-Za-z0-9._-].
bool isValidIdentity(const QJsonValue &value)
{
    if (!value.isString()) {
        return false;
    }
    const QString identity = value.toString();
    if (identity.isEmpty() || identity.size() > MaxIdentityLength) {
        return false;
    }
    return std::all_of(identity.cbegin(), identity.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
               || c == u'.' || c == u'_' || c == u'-';
    });
}

/// Describes an invalid identity by its JSON type and length for the log, because the value
/// itself may be megabytes long or contain anything that a member wrote.
QString describeInvalidIdentity(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QStringLiteral("a string of length %1").arg(value.toString().size());
    case QJsonValue::Array:
        return QStringLiteral("an array of length %1").arg(value.toArray().size());
    case QJsonValue::Object:
        return QStringLiteral("an object of length %1").arg(value.toObject().size());
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

bool isForbidden(const SyncFailure &failure)
{
    return failure.kind == SyncFailureKind::Forbidden
           || failure.kind == SyncFailureKind::Unauthorized;
}

} // namespace

Result<QString> SyncEngine::serverDatabaseIdentity()
{
    const QString documentId = QLatin1String(DatabaseIdentityDocument);
    for (int read = 0; read < MaxIdentityReads; ++read) {
        auto document = m_client.document(documentId);
        if (document) {
            // An existing document is never overwritten: replacing an invalid
            // identity would make every other desktop pull everything again.
            const QJsonValue identity = document->value(QLatin1String("database_id"));
            if (isValidIdentity(identity)) {
                return identity.toString();
            }
            qCWarning(lcSync).noquote()
                << QStringLiteral("%1 has an invalid database_id (%2), so the checkpoint is "
                                  "used without checking the database. An administrator can "
                                  "replace it with coopatlas-server-setup new-identity")
                       .arg(documentId, describeInvalidIdentity(identity));
            return QString();
        }
        if (!document && isForbidden(m_client.lastFailure())) {
            qCWarning(lcSync) << "The account may not read" << documentId
                              << "so the checkpoint is used without checking the database";
            return QString();
        }
        if (!document && m_client.lastFailure().kind != SyncFailureKind::NotFound) {
            return document.error();
        }
        // Missing: this client makes one. A 409 means that another client made
        // it meanwhile, and the next read returns it.
        QJsonObject created{
            {QStringLiteral("_id"), documentId},
            {QStringLiteral("database_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)}};
        auto written = m_client.putDocument(created);
        if (written) {
            qCInfo(lcSync) << "Created the database identity" << identityOf(created) << "in"
                           << documentId;
            return identityOf(created);
        }
        if (isForbidden(m_client.lastFailure())) {
            qCWarning(lcSync) << "The account may not create" << documentId
                              << "so the checkpoint is used without checking the database";
            return QString();
        }
        if (m_client.lastFailure().kind != SyncFailureKind::Conflict) {
            return written.error();
        }
        qCInfo(lcSync) << "Another client created" << documentId << "first; reading it again";
    }
    qCWarning(lcSync) << documentId << "changed each of the" << MaxIdentityReads
                      << "times it was read, so the checkpoint is used without checking the "
                         "database";
    return QString();
}

Result<void> SyncEngine::checkDatabaseIdentity()
{
    auto identity = serverDatabaseIdentity();
    if (!identity) {
        return identity.error();
    }
    if (identity->isEmpty()) {
        return {};
    }
    const ServerConfig &config = m_client.config();
    const QString identityKey = checkpointIdentityKey(config.url.toString(), config.database);
    auto stored = m_store.metadata(identityKey);
    if (!stored) {
        return stored.error();
    }
    if (*stored == *identity) {
        return {};
    }
    auto checkpoint = m_store.metadata(m_checkpointKey);
    if (!checkpoint) {
        return checkpoint.error();
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    // A checkpoint saved before the identity existed is taken to belong to this
    // database, so that a file made by an older version does not pull everything
    // again. Its identity is recorded from now on.
    if (!stored->isEmpty() && !checkpoint->isEmpty()) {
        // A file written by an older version may hold an identity of any size.
        const QString storedText
            = isValidIdentity(*stored)
                  ? *stored
                  : QStringLiteral("an invalid value of %1 characters").arg(stored->size());
        qCInfo(lcSync) << "The server database" << config.database << "has the identity"
                       << *identity << "instead of" << storedText
                       << "(moved or restored), so the pull starts from the beginning";
        if (auto dropped = m_store.setMetadata(m_checkpointKey, QString()); !dropped) {
            return dropped;
        }
        m_summary.pullRestart = PullRestart::DatabaseChanged;
    }
    if (auto saved = m_store.setMetadata(identityKey, *identity); !saved) {
        return saved;
    }
    return transaction.commit();
}

} // namespace CoopAtlas::Core
