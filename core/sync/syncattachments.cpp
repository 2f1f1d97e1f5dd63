// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SyncEngine: the file of a resource, sent and received as the CouchDB
// attachment "file" of the resource's document, also to resolve a conflict.
#include <core/domain/activities.h>
#include <core/logging.h>
#include <core/storage/database.h>
#include <core/sync/couchclient.h>
#include <core/sync/documentcodec.h>
#include <core/sync/syncengine.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
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

/// True when a failed read of one file leaves the other requests unaffected:
/// the server lacks the attachment, sent other bytes (None: the SHA-256 check
/// failed), sent too much or failed with a server error. The pull goes on
/// without that file. Offline, TLS, login and cancel failures stop the pull.
bool isFileLevelFailure(SyncFailureKind kind)
{
    switch (kind) {
    case SyncFailureKind::None:
    case SyncFailureKind::NotFound:
    case SyncFailureKind::TooLarge:
    case SyncFailureKind::Server:
    case SyncFailureKind::BadReply:
        return true;
    default:
        return false;
    }
}

} // namespace

Result<QHash<QString, QString>> SyncEngine::missingResourceFiles(SyncStore &store)
{
    auto saved = store.metadata(QLatin1String(MissingFilesKey));
    if (!saved) {
        return saved.error();
    }
    QHash<QString, QString> missing;
    const QJsonObject entries = QJsonDocument::fromJson(saved->toUtf8()).object();
    for (auto entry = entries.constBegin(); entry != entries.constEnd(); ++entry) {
        missing.insert(entry.key(), entry.value().toString());
    }
    return missing;
}

Result<bool> SyncEngine::resolutionReadsFile(SyncStore &store,
                                             const QString &recordId,
                                             const QJsonObject &chosen)
{
    const QString sha256 = fileSha256Of(chosen);
    if (sha256.isEmpty()) {
        return false;
    }
    auto open = store.conflict(recordId);
    if (!open) {
        return open.error();
    }
    if (!open->has_value() || (*open)->kind != RecordKind::Resource) {
        return false;
    }
    auto stored = store.storedResourceFileSha256(recordId);
    if (!stored) {
        return stored.error();
    }
    return *stored != sha256;
}

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
            = m_missingFiles.value(resourceId) == sha256
                  ? SyncFileText::tr("The file “%1” has not been received from the server yet, "
                                     "so this resource was not sent. A later sync sends it once "
                                     "the file arrives.")
                        .arg(fileName)
                  : SyncFileText::tr("The bytes of the file “%1” are missing from this file or "
                                     "do not match its SHA-256, so this resource was not sent. "
                                     "Attach the file again.")
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
    // Each file goes to disk before the next request, so that a page of many
    // large files keeps at most one of them in memory.
    ResourceFiles files(m_db.path());
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
            if (i == 0) {
                m_filesRequested.insert(resourceId);
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
            if (!data && i == 0 && isFileLevelFailure(failure)) {
                // The record is stored without this file, and
                // settleResourceFiles() marks the file as not received yet.
                continue;
            }
            if (!data) {
                return data.error();
            }
            const QString fileName = revisions->at(i).value(QLatin1String("file_name")).toString();
            if (auto staged = files.stage(resourceId, sha256, *data, fileName); !staged) {
                return staged.error();
            }
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
    auto readsFile = resolutionReadsFile(m_store, recordId, chosen);
    if (!readsFile) {
        return readsFile.error();
    }
    if (!*readsFile) {
        return m_store.resolveConflict(recordId, chosen);
    }
    auto open = m_store.conflict(recordId);
    if (!open || !open->has_value()) {
        // Another connection resolved it meanwhile, so SyncStore::resolveConflict()
        // returns the error for a conflict that is no longer open.
        return !open ? Result<void>(open.error()) : m_store.resolveConflict(recordId, chosen);
    }
    auto data = fetchConflictFile(**open, fileSha256Of(chosen));
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
        auto settled = m_store.settleResourceFile(
            resourceId, [&](const QString &sha256) { return files.read(resourceId, sha256); });
        if (!settled) {
            return settled.error();
        }
        if (*settled) {
            clearFileMissing(resourceId);
            continue;
        }
        // The stored record, not the pulled document, names the file, because
        // a merge may have chosen the file of another revision.
        auto named = namedFileSha256(resourceId);
        if (!named) {
            return named.error();
        }
        markFileMissing(resourceId, *named);
    }
    return saveMissingFiles();
}

Result<QString> SyncEngine::namedFileSha256(const QString &resourceId)
{
    auto local = m_store.localDocument(RecordKind::Resource, resourceId);
    if (!local) {
        return local.error();
    }
    return local->has_value() ? fileSha256Of((*local)->document) : QString();
}

Result<void> SyncEngine::loadMissingFiles()
{
    m_filesRequested.clear();
    m_missingFilesChanged = false;
    auto missing = missingResourceFiles(m_store);
    if (!missing) {
        return missing.error();
    }
    m_missingFiles = *missing;
    return {};
}

void SyncEngine::markFileMissing(const QString &resourceId, const QString &sha256)
{
    if (m_missingFiles.value(resourceId) == sha256) {
        return;
    }
    // The record keeps its previous bytes, or none, so that the pull goes on.
    qCWarning(lcSync) << "The file" << sha256 << "of" << resourceId
                      << "was not received; it is read again at the next sync";
    m_missingFiles.insert(resourceId, sha256);
    m_missingFilesChanged = true;
}

void SyncEngine::clearFileMissing(const QString &resourceId)
{
    if (m_missingFiles.remove(resourceId) > 0) {
        qCInfo(lcSync) << "The file of" << resourceId << "is stored now, or no longer named";
        m_missingFilesChanged = true;
    }
}

Result<void> SyncEngine::saveMissingFiles()
{
    if (!m_missingFilesChanged) {
        return {};
    }
    QJsonObject entries;
    for (auto entry = m_missingFiles.constBegin(); entry != m_missingFiles.constEnd(); ++entry) {
        entries.insert(entry.key(), entry.value());
    }
    const QString text
        = entries.isEmpty()
              ? QString()
              : QString::fromUtf8(QJsonDocument(entries).toJson(QJsonDocument::Compact));
    if (auto saved = m_store.setMetadata(QLatin1String(MissingFilesKey), text); !saved) {
        return saved;
    }
    m_missingFilesChanged = false;
    return {};
}

Result<void> SyncEngine::retryMissingFiles()
{
    // Copied, because retrying one file changes m_missingFiles.
    const QHash<QString, QString> missing = m_missingFiles;
    for (auto entry = missing.constBegin(); entry != missing.constEnd(); ++entry) {
        if (m_filesRequested.contains(entry.key())) {
            continue; // already read once in this sync, with the page that brought it
        }
        if (auto cancelled = checkCancelled(); !cancelled) {
            return cancelled;
        }
        if (auto retried = retryMissingFile(entry.key()); !retried) {
            return retried;
        }
    }
    m_summary.missingFiles = static_cast<int>(m_missingFiles.size());
    return {};
}

/// Reads the file of a resource that an earlier sync did not receive, from the
/// server revision that the record was last synced with, and stores it. Forgets
/// the file when the resource was deleted or names another file by now.
Result<void> SyncEngine::retryMissingFile(const QString &resourceId)
{
    m_filesRequested.insert(resourceId);
    auto local = m_store.localDocument(RecordKind::Resource, resourceId);
    if (!local) {
        return local.error();
    }
    const bool live
        = local->has_value() && !(*local)->document.value(QLatin1String("deleted")).toBool();
    ResourceFiles fetched(m_db.path());
    if (live) {
        QJsonObject document = (*local)->document;
        document.insert(QStringLiteral("_id"),
                        DocumentCodec::documentId(RecordKind::Resource, resourceId));
        auto stored = m_store.storedResourceFileSha256(resourceId);
        if (!stored) {
            return stored.error();
        }
        const QString sha256 = fileSha256Of(document);
        if (!sha256.isEmpty() && *stored != sha256) {
            auto data = fetchResourceFile(document);
            if (!data && !isFileLevelFailure(m_client.lastFailure().kind)) {
                return data.error();
            }
            if (data) {
                const QString fileName = document.value(QLatin1String("file_name")).toString();
                if (auto staged = fetched.stage(resourceId, sha256, *data, fileName); !staged) {
                    return staged;
                }
            }
        }
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    if (live) {
        const QJsonObject resource{
            {QStringLiteral("_id"), DocumentCodec::documentId(RecordKind::Resource, resourceId)}};
        if (auto settled = settleResourceFiles({resource}, fetched); !settled) {
            return settled;
        }
    } else {
        clearFileMissing(resourceId);
        if (auto saved = saveMissingFiles(); !saved) {
            return saved;
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    m_changesPending = m_changesPending || !fetched.isEmpty();
    announceChanges();
    return {};
}

Result<bool> SyncEngine::hasFileBytes(const QJsonObject &document)
{
    const QString resourceId = resourceIdOf(document);
    const QString sha256 = fileSha256Of(document);
    if (resourceId.isEmpty() || sha256.isEmpty()
        || (m_pageFiles && m_pageFiles->contains(resourceId, sha256))) {
        return true;
    }
    auto stored = m_store.storedResourceFileSha256(resourceId);
    if (!stored) {
        return stored.error();
    }
    return *stored == sha256;
}

} // namespace CoopAtlas::Core
