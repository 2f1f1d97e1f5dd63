// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SyncEngine: the push step.
#include <core/logging.h>
#include <core/storage/database.h>
#include <core/sync/couchclient.h>
#include <core/sync/documentcodec.h>
#include <core/sync/merge.h>
#include <core/sync/syncengine.h>

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace CoopAtlas::Core {

namespace {

// A record merged after a 409 is pushed again in the next pass. The bound
// stops a record that keeps meeting new remote changes from looping.
constexpr int MaxPushPasses = 3;
// Upper bound of batches per kind and pass.
constexpr int MaxBatches = 1000000;

class SyncEngineText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::SyncEngine)
};

QString documentIdOf(const QJsonObject &document)
{
    return document.value(QLatin1String("_id")).toString();
}

QJsonObject withoutRevision(QJsonObject document)
{
    document.remove(QStringLiteral("_rev"));
    return document;
}

/// The document without the server's own fields other than `_id` and `_rev`.
QJsonObject storableDocument(QJsonObject document)
{
    const QStringList keys = document.keys();
    for (const QString &key : keys) {
        if (key.startsWith(QLatin1Char('_')) && key != QLatin1String("_id")
            && key != QLatin1String("_rev")) {
            document.remove(key);
        }
    }
    return document;
}

/// True when the server rejected the local deletion of a record that it has as
/// a live record: only coopatlas_admin may set `deleted` on the server.
bool isRejectedDeletion(const LocalDocument &local, const QString &error)
{
    return error == QLatin1String("forbidden")
           && local.document.value(QLatin1String("deleted")).toBool() && !local.base.isEmpty()
           && !local.base.value(QLatin1String("deleted")).toBool();
}

/// True when a document of `docs` sends its file as a stub, without the bytes.
bool hasFileStub(const QJsonArray &docs)
{
    for (const QJsonValue &doc : docs) {
        const QJsonObject attachments
            = doc.toObject().value(QLatin1String("_attachments")).toObject();
        for (const QJsonValue &attachment : attachments) {
            if (attachment.toObject().value(QLatin1String("stub")).toBool()) {
                return true;
            }
        }
    }
    return false;
}

/// The document as sent to _bulk_docs: a record never synced has no `_rev`.
QJsonObject outgoing(const QJsonObject &document)
{
    return document.value(QLatin1String("_rev")).toString().isEmpty() ? withoutRevision(document)
                                                                      : document;
}

} // namespace

Result<void> SyncEngine::push()
{
    auto dirty = m_store.dirtyCount();
    if (!dirty) {
        return dirty.error();
    }
    m_pushDone = 0;
    m_pushTotal = *dirty;
    report(SyncPhase::Pushing, 0, m_pushTotal);
    // Terms first and links and notes last, so that the server already contains
    // the records that a link or note refers to when a sync stops early.
    const RecordKind order[] = {RecordKind::Taxonomy,
                                RecordKind::Organisation,
                                RecordKind::Person,
                                RecordKind::Workshop,
                                RecordKind::Residency,
                                RecordKind::Resource,
                                RecordKind::Barrier,
                                RecordKind::Participation,
                                RecordKind::Followup,
                                RecordKind::Stay,
                                RecordKind::Visit,
                                RecordKind::BudgetLine,
                                RecordKind::Link,
                                RecordKind::Note};
    for (int pass = 0; pass < MaxPushPasses; ++pass) {
        m_retryPush = false;
        for (RecordKind kind : order) {
            if (auto pushed = pushKind(kind); !pushed) {
                return pushed.error();
            }
        }
        if (!m_retryPush) {
            break;
        }
    }
    if (m_retryPush) {
        qCInfo(lcSync) << "Records merged after the last push pass stay dirty for the next sync";
    }
    // After the records, so that the term kept in place of each one is on the server.
    return removeMergedTerms();
}

Result<bool> SyncEngine::pushKind(RecordKind kind)
{
    QString after;
    for (int batchNumber = 0; batchNumber < MaxBatches; ++batchNumber) {
        if (auto cancelled = checkCancelled(); !cancelled) {
            return cancelled.error();
        }
        auto batch = m_store.dirtyDocuments(kind, after, m_client.config().batchSize);
        if (!batch) {
            return batch.error();
        }
        if (batch->isEmpty()) {
            return true;
        }
        const auto last = DocumentCodec::parseDocumentId(documentIdOf(batch->constLast().document));
        after = last ? last->second : QString();
        if (auto pushed = pushBatch(*batch); !pushed) {
            return pushed.error();
        }
    }
    return true;
}

Result<void> SyncEngine::pushBatch(const QList<LocalDocument> &records)
{
    QJsonArray docs;
    QList<LocalDocument> batch;
    for (const LocalDocument &local : records) {
        auto document = withResourceFile(local, outgoing(local.document));
        if (!document) {
            return document.error();
        }
        if (document->has_value()) {
            docs.append(**document);
            batch.append(local);
        }
    }
    if (batch.isEmpty()) {
        reportPushed(records.size());
        return {};
    }
    auto results = m_client.bulkDocs(docs);
    if (!results) {
        // PouchDB rejects the whole request with 412 missing_stub when a stub
        // names an attachment that the database lacks.
        if (m_client.lastFailure().httpStatus == 412 && !m_sendFileBytes && hasFileStub(docs)) {
            if (auto resent = resendWithFileBytes(batch); !resent) {
                return resent;
            }
            reportPushed(records.size());
            return {};
        }
        if (m_client.lastFailure().kind != SyncFailureKind::TooLarge) {
            return results.error();
        }
        if (batch.size() == 1) {
            qCWarning(lcSync) << "Document too large for the server:"
                              << documentIdOf(batch.constFirst().document);
            return saveError(batch.constFirst().document,
                             QStringLiteral("too_large"),
                             results.error().message,
                             m_client.lastFailure().sizeLimit);
        }
        const qsizetype half = batch.size() / 2;
        if (auto first = pushBatch(batch.mid(0, half)); !first) {
            return first;
        }
        return pushBatch(batch.mid(half));
    }

    QHash<QString, const LocalDocument *> byId;
    for (const LocalDocument &local : batch) {
        byId.insert(documentIdOf(local.document), &local);
    }
    QList<const LocalDocument *> conflicting;
    QList<QPair<const LocalDocument *, QString>> rejectedDeletions;
    QList<QPair<QString, QString>> accepted;
    QList<LocalDocument> missingStubs;
    {
        Transaction transaction(m_db);
        if (!transaction.isActive()) {
            return transaction.beginError();
        }
        for (const BulkDocResult &result : *results) {
            const LocalDocument *local = byId.value(result.id);
            if (!local) {
                continue;
            }
            // An update whose base revision the database lacks gets "conflict"
            // (express-pouchdb 4.2.0 on the test server) or "not_found", and
            // handlePushConflict() reads the document to tell the cases apart.
            if (result.error == QLatin1String("conflict")
                || result.error == QLatin1String("not_found")) {
                conflicting.append(local);
                continue;
            }
            if (result.error == QLatin1String("missing_stub") && !m_sendFileBytes) {
                missingStubs.append(*local);
                continue;
            }
            if (isRejectedDeletion(*local, result.error)) {
                rejectedDeletions.append({local, result.reason});
                continue;
            }
            if (auto handled = handlePushResult(*local, result.rev, result.error, result.reason);
                !handled) {
                return handled;
            }
            if (result.error.isEmpty()) {
                accepted.append({result.id, result.rev});
            }
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed;
        }
    }
    // Requests to the server run outside any transaction, so that the GUI can
    // keep writing to the file meanwhile.
    for (const auto &[documentId, revision] : accepted) {
        if (auto deleted = deleteObsoleteRevisions(documentId, revision); !deleted) {
            return deleted;
        }
    }
    for (const LocalDocument *local : conflicting) {
        if (auto handled = handlePushConflict(*local); !handled) {
            return handled;
        }
    }
    for (const auto &[local, reason] : rejectedDeletions) {
        if (auto undone = undoRejectedDeletion(*local, reason); !undone) {
            return undone;
        }
    }
    if (!missingStubs.isEmpty()) {
        if (auto resent = resendWithFileBytes(missingStubs); !resent) {
            return resent;
        }
    }
    // Reported once the batch's rejections are counted, so that progress
    // shows how many records were sent and how many rejected.
    reportPushed(records.size());
    return {};
}

/// A document whose base names the file's SHA-256 sends the file as a stub.
/// The server lacks that attachment when the document was written without it,
/// such as by a version of CoopAtlas that did not send files, so the bytes go
/// once more. m_sendFileBytes keeps this to one more request per batch.
Result<void> SyncEngine::resendWithFileBytes(const QList<LocalDocument> &batch)
{
    qCInfo(lcSync) << "The server lacks a file sent as a stub; sending" << batch.size()
                   << "documents again with the bytes of their files";
    const qint64 done = m_pushDone;
    m_sendFileBytes = true;
    auto resent = pushBatch(batch);
    m_sendFileBytes = false;
    // The caller counts these records in its own batch.
    m_pushDone = done;
    return resent;
}

void SyncEngine::reportPushed(qsizetype records)
{
    m_pushDone += records;
    // A record merged after a 409 is sent again in a later pass, beyond the total.
    m_pushTotal = std::max(m_pushTotal, m_pushDone);
    report(SyncPhase::Pushing, m_pushDone, m_pushTotal);
}

Result<void> SyncEngine::handlePushResult(const LocalDocument &local,
                                          const QString &rev,
                                          const QString &error,
                                          const QString &reason)
{
    if (error.isEmpty() && !rev.isEmpty()) {
        auto marked = m_store.markPushed(local.document, rev);
        if (!marked) {
            return marked.error();
        }
        ++m_summary.pushed;
        return {};
    }
    const bool forbidden
        = error == QLatin1String("forbidden") || error == QLatin1String("unauthorized");
    qCWarning(lcSync) << "The server rejected" << documentIdOf(local.document) << error << reason;
    const QString message
        = forbidden
              ? SyncEngineText::tr("The server did not allow this change: %1").arg(reason)
              : SyncEngineText::tr("The server rejected this change (%1): %2").arg(error, reason);
    return saveError(local.document, forbidden ? QStringLiteral("forbidden") : error, message);
}

Result<void> SyncEngine::handlePushConflict(const LocalDocument &pushed)
{
    const QString documentId = documentIdOf(pushed.document);
    const auto parsed = DocumentCodec::parseDocumentId(documentId);
    auto fetched = m_client.document(documentId);
    if (!fetched && m_client.lastFailure().kind == SyncFailureKind::NotFound) {
        // The reply is "not_found" with the reason "deleted" for a document
        // removed on the server, and "missing" for an id that the database has
        // no history of, such as one created after the backup it was restored from.
        if (m_client.lastFailure().serverReason == QLatin1String("not_found: deleted")) {
            // Removed on the server after this file last pulled: the next pull
            // turns the removal into a conflict with the local edit.
            qCWarning(lcSync) << "Push conflict on" << documentId
                              << "that is removed on the server";
            return {};
        }
        return resendMissingDocument(pushed);
    }
    if (!fetched) {
        return fetched.error();
    }
    QJsonObject remote = *fetched;
    remote.remove(QStringLiteral("_conflicts"));

    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    auto current = m_store.localDocument(parsed->first, parsed->second);
    if (!current || !current->has_value()) {
        return !current ? Result<void>(current.error()) : Result<void>();
    }
    const LocalDocument &local = **current;
    Result<void> written;
    if (DocumentCodec::sameContent(remote, pushed.document)) {
        // The server already has this content: a retried push whose first reply was
        // lost, or the same record pushed from another file (sample data).
        ++m_summary.pushed;
        const bool unchanged = withoutRevision(local.document) == withoutRevision(pushed.document);
        written
            = unchanged ? m_store.applyRemote(remote) : m_store.writeMerged(local.document, remote);
    } else {
        const MergeResult merge = mergeDocuments(local.base, local.document, remote);
        if (!merge.isClean()) {
            written = recordConflict(local.document, remote, local.base, merge, {});
        } else if (DocumentCodec::sameContent(merge.merged, remote)) {
            ++m_summary.merged;
            written = m_store.applyRemote(remote);
        } else {
            ++m_summary.merged;
            m_retryPush = true;
            written = m_store.writeMerged(merge.merged, remote);
        }
    }
    if (!written) {
        return written;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    m_changesPending = true;
    announceChanges();
    return {};
}

Result<void> SyncEngine::resendMissingDocument(const LocalDocument &pushed)
{
    const QString documentId = documentIdOf(pushed.document);
    const auto parsed = DocumentCodec::parseDocumentId(documentId);
    if (!parsed) {
        return {};
    }
    qCWarning(lcSync) << "The server has no document" << documentId << "although this file synced"
                      << "revision" << pushed.document.value(QLatin1String("_rev")).toString()
                      << "(restored from an older backup?), so it is sent again as a new document";
    if (auto forgotten = m_store.forgetServerRevision(parsed->first, parsed->second); !forgotten) {
        return forgotten;
    }
    ++m_summary.missingOnServer;
    m_retryPush = true;
    return {};
}

/// Makes a record whose deletion the server rejected live again from the
/// server's current copy, clean, with a notice that stays until the record
/// changes. A record changed here during the push keeps that change instead.
Result<void> SyncEngine::undoRejectedDeletion(const LocalDocument &pushed, const QString &reason)
{
    const QString documentId = documentIdOf(pushed.document);
    const auto parsed = DocumentCodec::parseDocumentId(documentId);
    qCWarning(lcSync) << "The server rejected the deletion of" << documentId << reason;
    auto fetched = m_client.document(documentId);
    const bool removed = !fetched && m_client.lastFailure().kind == SyncFailureKind::NotFound;
    if (!fetched && !removed) {
        return fetched.error();
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    auto current = m_store.localDocument(parsed->first, parsed->second);
    if (!current || !current->has_value()) {
        return !current ? Result<void>(current.error()) : Result<void>();
    }
    if (withoutRevision((*current)->document) != withoutRevision(pushed.document)) {
        qCInfo(lcSync) << "Not restoring" << documentId << "because it changed during the push";
        return {};
    }
    if (removed) {
        // Removed on the server after this file last pulled: the next pull
        // brings the removal, so the local deletion is kept.
        const QString message
            = SyncEngineText::tr("The server did not allow this change: %1").arg(reason);
        if (auto saved = saveError(pushed.document, QStringLiteral("forbidden"), message); !saved) {
            return saved;
        }
        return transaction.commit();
    }
    if (auto restored = m_store.applyRemote(storableDocument(*fetched)); !restored) {
        return restored;
    }
    const QString message = SyncEngineText::tr(
        "Only an administrator can delete records on the shared server. The server "
        "rejected this deletion, so the record was restored from the server's copy.");
    if (auto saved = saveError(pushed.document, QStringLiteral("delete-refused"), message);
        !saved) {
        return saved;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    m_changesPending = true;
    announceChanges();
    return {};
}

Result<void> SyncEngine::deleteObsoleteRevisions(const QString &documentId,
                                                 const QString &newRevision)
{
    const auto parsed = DocumentCodec::parseDocumentId(documentId);
    auto revisions = m_store.obsoleteRevisions(parsed ? parsed->second : documentId);
    if (!revisions || revisions->isEmpty()) {
        return !revisions ? Result<void>(revisions.error()) : Result<void>();
    }
    QJsonArray deletions;
    for (const QString &revision : *revisions) {
        deletions.append(QJsonObject{{QStringLiteral("_id"), documentId},
                                     {QStringLiteral("_rev"), revision},
                                     {QStringLiteral("_deleted"), true},
                                     {QStringLiteral("resolved_into"), newRevision}});
    }
    auto results = m_client.bulkDocs(deletions);
    if (!results) {
        return results.error();
    }
    for (qsizetype i = 0; i < results->size() && i < revisions->size(); ++i) {
        const BulkDocResult &result = results->at(i);
        // A revision already gone (conflict or not_found) needs no further attempt.
        const bool gone = result.error.isEmpty() || result.error == QLatin1String("conflict")
                          || result.error == QLatin1String("not_found");
        if (!gone) {
            qCWarning(lcSync) << "Could not delete revision" << revisions->at(i) << "of"
                              << documentId << result.error << result.reason;
            continue;
        }
        if (auto forgotten = m_store.forgetObsoleteRevision(parsed->second, revisions->at(i));
            !forgotten) {
            return forgotten;
        }
    }
    return {};
}

Result<void> SyncEngine::saveError(const QJsonObject &document,
                                   const QString &code,
                                   const QString &message,
                                   qint64 sizeLimit)
{
    const auto parsed = DocumentCodec::parseDocumentId(documentIdOf(document));
    SyncRecordError error;
    error.recordId = parsed ? parsed->second : documentIdOf(document);
    error.code = code;
    error.message = message;
    error.sizeLimit = sizeLimit;
    error.at = QDateTime::currentDateTimeUtc();
    ++m_summary.recordErrors;
    return m_store.saveRecordError(error);
}

} // namespace CoopAtlas::Core
