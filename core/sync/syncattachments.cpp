// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SyncEngine: the file of a resource, sent and received as the CouchDB
// attachment "file" of the resource's document.
#include <core/domain/activities.h>
#include <core/logging.h>
#include <core/sync/couchclient.h>
#include <core/sync/documentcodec.h>
#include <core/sync/syncengine.h>

#include <QCoreApplication>
#include <QCryptographicHash>
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
    // TODO: resolving a file conflict with the remote side writes the remote
    // file fields without its bytes, so the push stops here until the file is
    // attached again.
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
    // TODO: a document pushed before files travelled names a SHA-256 without an
    // attachment, and the server then rejects the stub as missing_stub.
    if (fileSha256Of(local.base) == sha256) {
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

Result<QHash<QString, QByteArray>>
SyncEngine::fetchResourceFiles(const QList<QJsonObject> &documents)
{
    // TODO: a page keeps all its fetched files in memory, up to 20 MiB each.
    QHash<QString, QByteArray> files;
    for (const QJsonObject &document : documents) {
        const QString resourceId = resourceIdOf(document);
        const QString sha256 = fileSha256Of(document);
        if (resourceId.isEmpty() || sha256.isEmpty()
            || document.value(QLatin1String("_deleted")).toBool()) {
            continue;
        }
        auto stored = m_store.storedResourceFileSha256(resourceId);
        if (!stored) {
            return stored.error();
        }
        if (*stored == sha256) {
            continue;
        }
        if (auto cancelled = checkCancelled(); !cancelled) {
            return cancelled.error();
        }
        const QString documentId = document.value(QLatin1String("_id")).toString();
        auto data = m_client.attachment(documentId,
                                        QString::fromLatin1(ResourceAttachmentName),
                                        document.value(QLatin1String("_rev")).toString(),
                                        MaxResourceFileBytes);
        if (!data) {
            qCWarning(lcSync) << "Could not read the file of" << documentId;
            return data.error();
        }
        if (sha256Hex(*data) != sha256) {
            qCWarning(lcSync) << "The file of" << documentId << "does not match its SHA-256";
            return Error{SyncFileText::tr("The server sent the file “%1” of a resource with "
                                          "bytes that do not match its SHA-256. Sync again; if "
                                          "this repeats, attach the file again on the desktop "
                                          "that has it.")
                             .arg(document.value(QLatin1String("file_name")).toString()),
                         documentId};
        }
        files.insert(resourceId, *data);
    }
    return files;
}

Result<void> SyncEngine::settleResourceFiles(const QList<QJsonObject> &documents,
                                             const QHash<QString, QByteArray> &files)
{
    for (const QJsonObject &document : documents) {
        const QString resourceId = resourceIdOf(document);
        if (resourceId.isEmpty() || document.value(QLatin1String("_deleted")).toBool()) {
            continue;
        }
        auto settled = m_store.settleResourceFile(resourceId, files.value(resourceId));
        if (!settled) {
            return settled.error();
        }
        if (!*settled) {
            // Stops the page's transaction, so that no resource names a file
            // whose bytes this file lacks.
            // TODO: a server-side conflict merged into a file other than the
            // winning revision's fails here on every pull until it is resolved.
            qCWarning(lcSync) << "Missing the bytes of the file of" << resourceId;
            return Error{SyncFileText::tr("The file “%1” of a resource did not arrive from the "
                                          "server. Sync again.")
                             .arg(document.value(QLatin1String("file_name")).toString()),
                         document.value(QLatin1String("_id")).toString()};
        }
    }
    return {};
}

} // namespace CoopAtlas::Core
