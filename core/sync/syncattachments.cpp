// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SyncEngine: the file of a resource, sent and received as the CouchDB
// attachment "file" of the resource's document, also to resolve a conflict.
#include <core/domain/activities.h>
#include <core/logging.h>
#include <core/sync/couchclient.h>
#include <core/sync/documentcodec.h>
#include <core/sync/syncengine.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QLocale>

namespace CoopAtlas::Core {

namespace {

class SyncFileText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::SyncEngine)
};

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

/// The attachment digest of a stub: "md5-" and the Base64 MD5 of the bytes.
/// PouchDB (the test server) looks the kept attachment up by this digest.
/// NOTE: stubs with digest and length are tested on PouchDB only, not on CouchDB 3.
QString md5Digest(const QByteArray &data)
{
    return QStringLiteral("md5-")
           + QString::fromLatin1(
               QCryptographicHash::hash(data, QCryptographicHash::Md5).toBase64());
}

/// The id part of a resource document's `_id`, or a null string for any other document.
QString resourceIdOf(const QJsonObject &document)
{
    const auto parsed
        = DocumentCodec::parseDocumentId(document.value(QLatin1String("_id")).toString());
    return parsed && parsed->first == RecordKind::Resource ? parsed->second : QString();
}

QString fileSha256Of(const QJsonObject &document)
{
    return document.value(QLatin1String("file_sha256")).toString();
}

} // namespace

Result<std::optional<QJsonObject>> SyncEngine::withResourceFile(const LocalDocument &local,
                                                                QJsonObject document)
{
    const QString resourceId = resourceIdOf(document);
    const QString sha256 = fileSha256Of(document);
    if (resourceId.isEmpty() || sha256.isEmpty()) {
        // Without `_attachments` the new revision has no file, so the server
        // drops the attachment of a file removed here.
        return std::optional<QJsonObject>(document);
    }
    const QString fileName = document.value(QLatin1String("file_name")).toString();
    const qint64 statedSize = document.value(QLatin1String("file_size")).toInteger();
    auto data = statedSize > MaxResourceFileBytes ? Result<QByteArray>(QByteArray())
                                                  : m_store.resourceFileData(resourceId);
    if (!data) {
        return data.error();
    }
    if (statedSize > MaxResourceFileBytes || data->size() > MaxResourceFileBytes) {
        const qint64 size = std::max<qint64>(statedSize, data->size());
        qCWarning(lcSync) << "Not sending the file of" << resourceId << "with" << size
                          << "bytes, over the limit of" << MaxResourceFileBytes;
        const QLocale locale;
        const QString message
            = SyncFileText::tr("The file “%1” has %2, over the limit of %3 for files sent to "
                               "the server, so this resource was not sent. Attach a smaller "
                               "file or a link to the file instead.")
                  .arg(fileName,
                       locale.formattedDataSize(size),
                       locale.formattedDataSize(MaxResourceFileBytes));
        if (auto saved
            = saveError(document, QStringLiteral("too_large"), message, MaxResourceFileBytes);
            !saved) {
            return saved.error();
        }
        return std::optional<QJsonObject>();
    }
    if (sha256Hex(*data) != sha256) {
        qCWarning(lcSync) << "The stored bytes of the file of" << resourceId
                          << "do not match its SHA-256";
        const QString message
            = SyncFileText::tr("The bytes of the file “%1” are missing from this file or do not "
                               "match its SHA-256, so this resource was not sent. Attach the "
                               "file again.")
                  .arg(fileName);
        if (auto saved = saveError(document, QStringLiteral("file_missing"), message); !saved) {
            return saved.error();
        }
        return std::optional<QJsonObject>();
    }
    QJsonObject attachment{{QStringLiteral("content_type"),
                            document.value(QLatin1String("file_mime_type"))
                                .toString(QStringLiteral("application/octet-stream"))}};
    // The server has these bytes when the last synced version names the same
    // SHA-256, so a stub keeps its attachment without sending the bytes again.
    // A server that lacks them rejects the stub, and resendWithFileBytes()
    // sends the bytes.
    if (!m_sendFileBytes && fileSha256Of(local.base) == sha256) {
        // PouchDB copies the stub's fields into the new revision, so the stub
        // states the length too.
        attachment.insert(QStringLiteral("stub"), true);
        attachment.insert(QStringLiteral("digest"), md5Digest(*data));
        attachment.insert(QStringLiteral("length"), data->size());
    } else {
        attachment.insert(QStringLiteral("data"), QString::fromLatin1(data->toBase64()));
    }
    document.insert(QStringLiteral("_attachments"),
                    QJsonObject{{QString::fromLatin1(ResourceAttachmentName), attachment}});
    return std::optional<QJsonObject>(document);
}

Result<SyncEngine::ResourceFiles>
SyncEngine::fetchResourceFiles(const QList<QJsonObject> &documents)
{
    // TODO: a page keeps all its fetched files in memory, up to 20 MiB each.
    ResourceFiles files;
    for (const QJsonObject &document : documents) {
        const QString resourceId = resourceIdOf(document);
        if (resourceId.isEmpty() || document.value(QLatin1String("_deleted")).toBool()) {
            continue;
        }
        auto revisions = fileRevisions(document);
        if (!revisions) {
            return revisions.error();
        }
        auto stored = m_store.storedResourceFileSha256(resourceId);
        if (!stored) {
            return stored.error();
        }
        QStringList known{*stored};
        for (qsizetype i = 0; i < revisions->size(); ++i) {
            const QString sha256 = fileSha256Of(revisions->at(i));
            if (sha256.isEmpty() || known.contains(sha256)) {
                continue;
            }
            known.append(sha256);
            if (auto cancelled = checkCancelled(); !cancelled) {
                return cancelled.error();
            }
            auto data = fetchResourceFile(revisions->at(i));
            const SyncFailureKind failure = m_client.lastFailure().kind;
            if (!data && i > 0
                && (failure == SyncFailureKind::NotFound || failure == SyncFailureKind::None)) {
                // A conflicting revision without its file, or with other bytes,
                // is left out. When the merge chooses that file,
                // resolveServerConflicts() records a conflict instead.
                continue;
            }
            if (!data) {
                // TODO: a pulled revision whose file the server lacks fails
                // every pull until a desktop with the file sends it again.
                return data.error();
            }
            files[resourceId].insert(sha256, *data);
        }
    }
    return files;
}

Result<QList<QJsonObject>> SyncEngine::fileRevisions(const QJsonObject &document)
{
    QList<QJsonObject> revisions{document};
    const QJsonArray conflicts = document.value(QLatin1String("_conflicts")).toArray();
    if (conflicts.isEmpty()) {
        return revisions;
    }
    QStringList losing;
    for (const QJsonValue &revision : conflicts) {
        losing.append(revision.toString());
    }
    if (auto cancelled = checkCancelled(); !cancelled) {
        return cancelled.error();
    }
    auto losers = m_client.revisions(document.value(QLatin1String("_id")).toString(), losing);
    if (!losers) {
        return losers.error();
    }
    for (const QJsonObject &loser : std::as_const(*losers)) {
        if (!loser.value(QLatin1String("_deleted")).toBool()) {
            revisions.append(loser);
        }
    }
    return revisions;
}

Result<QByteArray> SyncEngine::fetchResourceFile(const QJsonObject &revision)
{
    const QString documentId = revision.value(QLatin1String("_id")).toString();
    const QString revisionId = revision.value(QLatin1String("_rev")).toString();
    auto data = m_client.attachment(
        documentId, QString::fromLatin1(ResourceAttachmentName), revisionId, MaxResourceFileBytes);
    if (!data) {
        qCWarning(lcSync) << "Could not read the file of" << documentId << "at" << revisionId;
        return data.error();
    }
    if (sha256Hex(*data) != fileSha256Of(revision)) {
        qCWarning(lcSync) << "The file of" << documentId << "at" << revisionId
                          << "does not match its SHA-256";
        return Error{SyncFileText::tr("The server sent the file “%1” of a resource with "
                                      "bytes that do not match its SHA-256. Sync again; if "
                                      "this repeats, attach the file again on the desktop "
                                      "that has it.")
                         .arg(revision.value(QLatin1String("file_name")).toString()),
                     documentId};
    }
    return data;
}

Result<QByteArray> SyncEngine::fetchConflictFile(const SyncConflict &conflict,
                                                 const QString &sha256)
{
    // The other side comes first, because its file is the one a resolution
    // usually lacks.
    QList<QJsonObject> sides{conflict.remote};
    sides += conflict.conflictingRevisions;
    sides.append(conflict.local);
    sides.append(conflict.base);
    const QString documentId = DocumentCodec::documentId(RecordKind::Resource, conflict.recordId);
    Error failure{SyncFileText::tr("No version of this record on the server names the file with "
                                   "the SHA-256 %1.")
                      .arg(sha256),
                  documentId};
    QStringList tried;
    for (QJsonObject side : std::as_const(sides)) {
        const QString revision = side.value(QLatin1String("_rev")).toString();
        if (fileSha256Of(side) != sha256 || revision.isEmpty() || tried.contains(revision)) {
            continue;
        }
        tried.append(revision);
        if (auto cancelled = checkCancelled(); !cancelled) {
            return cancelled.error();
        }
        side.insert(QStringLiteral("_id"), documentId);
        auto data = fetchResourceFile(side);
        if (data) {
            return data;
        }
        failure = data.error();
        const SyncFailureKind kind = m_client.lastFailure().kind;
        if (kind != SyncFailureKind::NotFound && kind != SyncFailureKind::None) {
            // An offline or rejected request fails the same way for another revision.
            break;
        }
    }
    return failure;
}

Result<void> SyncEngine::resolveConflict(const QString &recordId, const QJsonObject &chosen)
{
    auto open = m_store.conflict(recordId);
    if (!open) {
        return open.error();
    }
    const QString sha256 = fileSha256Of(chosen);
    if (!open->has_value() || (*open)->kind != RecordKind::Resource || sha256.isEmpty()) {
        return m_store.resolveConflict(recordId, chosen);
    }
    auto stored = m_store.storedResourceFileSha256(recordId);
    if (!stored) {
        return stored.error();
    }
    if (*stored == sha256) {
        return m_store.resolveConflict(recordId, chosen);
    }
    auto data = fetchConflictFile(**open, sha256);
    if (!data) {
        qCWarning(lcSync) << "The conflict of" << recordId
                          << "stays open: reading its chosen file failed:" << data.error().text();
        return Error{
            SyncFileText::tr("The file “%1” of the chosen version could not be read from "
                             "the server, so the conflict stays open: %2 Resolve the "
                             "conflict again once the server can be reached.")
                .arg(chosen.value(QLatin1String("file_name")).toString(), data.error().message),
            recordId};
    }
    qCInfo(lcSync) << "Resolving the conflict of" << recordId << "with a file of" << data->size()
                   << "bytes read from the server";
    return m_store.resolveConflict(recordId, chosen, *data);
}

Result<void> SyncEngine::settleResourceFiles(const QList<QJsonObject> &documents,
                                             const ResourceFiles &files)
{
    for (const QJsonObject &document : documents) {
        const QString resourceId = resourceIdOf(document);
        if (resourceId.isEmpty() || document.value(QLatin1String("_deleted")).toBool()) {
            continue;
        }
        auto settled = m_store.settleResourceFile(resourceId, files.value(resourceId).values());
        if (!settled) {
            return settled.error();
        }
        if (!*settled) {
            // Stops the page's transaction, so that no resource names a file
            // whose bytes this file lacks.
            qCWarning(lcSync) << "Missing the bytes of the file of" << resourceId;
            return Error{SyncFileText::tr("The file “%1” of a resource did not arrive from the "
                                          "server. Sync again.")
                             .arg(document.value(QLatin1String("file_name")).toString()),
                         document.value(QLatin1String("_id")).toString()};
        }
    }
    return {};
}

Result<bool> SyncEngine::hasFileBytes(const QJsonObject &document)
{
    const QString resourceId = resourceIdOf(document);
    const QString sha256 = fileSha256Of(document);
    if (resourceId.isEmpty() || sha256.isEmpty()
        || (m_pageFiles && m_pageFiles->value(resourceId).contains(sha256))) {
        return true;
    }
    auto stored = m_store.storedResourceFileSha256(resourceId);
    if (!stored) {
        return stored.error();
    }
    return *stored == sha256;
}

} // namespace CoopAtlas::Core
