// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SyncEngine: connecting, the lock, and the pull step. Pushing is in syncpush.cpp.
#include "syncengine.h"

#include <core/logging.h>
#include <core/storage/database.h>
#include <core/sync/couchclient.h>
#include <core/sync/documentcodec.h>
#include <core/sync/merge.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace CoopAtlas::Core {

namespace {

// Upper bound of _changes pages per run, so that a server that never reports
// the end of its feed cannot keep the loop going forever.
constexpr int MaxPages = 100000;
// Pages allowed beyond twice the number that the first _changes reply
// announces, for changes made by others while the pull runs.
constexpr int PageMargin = 10;

class SyncEngineText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::SyncEngine)
};

/// The document without the server's own fields other than `_id` and `_rev`
/// (`_conflicts`, `_revisions`, ...), which are never stored locally.
QJsonObject storableDocument(const QJsonObject &document)
{
    QJsonObject storable = document;
    for (const QString &key : document.keys()) {
        if (key.startsWith(QLatin1Char('_')) && key != QLatin1String("_id")
            && key != QLatin1String("_rev")) {
            storable.remove(key);
        }
    }
    return storable;
}

QString revisionOf(const QJsonObject &document)
{
    return document.value(QLatin1String("_rev")).toString();
}

/// Fields on which `local` and `winner` and the losing revisions differ in ways
/// that do not merge against `base`, each named once.
QStringList conflictingFields(const QJsonObject &base,
                              const QJsonObject &local,
                              const QJsonObject &winner,
                              const QList<QJsonObject> &losers)
{
    QStringList fields;
    QList<MergeResult> merges{mergeDocuments(base, local, winner)};
    for (const QJsonObject &loser : losers) {
        merges.append(mergeDocuments(base, winner, loser));
        merges.append(mergeDocuments(base, local, loser));
    }
    for (const MergeResult &merge : std::as_const(merges)) {
        for (const QString &field : merge.conflicts) {
            if (!fields.contains(field)) {
                fields.append(field);
            }
        }
    }
    return fields;
}

/// The generation of a CouchDB revision "N-hash": N, the number of edits on
/// its branch. Returns -1 for an empty or malformed revision.
qint64 revisionGeneration(const QString &revision)
{
    const qsizetype dash = revision.indexOf(QLatin1Char('-'));
    bool ok = false;
    const qint64 generation = dash > 0 ? QStringView(revision).left(dash).toLongLong(&ok) : -1;
    return ok && generation > 0 ? generation : -1;
}

/// True when `revision` has a lower generation than `known`, both valid.
bool isOlderRevision(const QString &revision, const QString &known)
{
    const qint64 generation = revisionGeneration(revision);
    const qint64 knownGeneration = revisionGeneration(known);
    return generation > 0 && knownGeneration > 0 && generation < knownGeneration;
}

QString fullPullMetadataKey(const QString &serverUrl, const QString &database)
{
    return QStringLiteral("sync_full_pull ") + serverUrl + QLatin1Char(' ') + database;
}

bool isConstraintFailure(const Error &error)
{
    return error.message.contains(QLatin1String("constraint failed"), Qt::CaseInsensitive);
}

/// The kind and record id of a pulled document that applyIncoming() would at
/// most insert as a new record: a live record other than a term, without
/// server-side conflicts. Nothing for every other document.
std::optional<std::pair<RecordKind, QString>> newRecordCandidate(const QJsonObject &document)
{
    auto parsed = DocumentCodec::parseDocumentId(document.value(QLatin1String("_id")).toString());
    if (!parsed || parsed->first == RecordKind::Taxonomy
        || document.value(QLatin1String("_deleted")).toBool()
        || !document.value(QLatin1String("_conflicts")).toArray().isEmpty()) {
        return std::nullopt;
    }
    return parsed;
}

/// The `_id` of each document in `documents` that newRecordCandidate() accepts
/// and whose record the file has, read with one query per kind and page.
Result<QSet<QString>> knownRecords(SyncStore &store, const QList<QJsonObject> &documents)
{
    QMap<RecordKind, QStringList> idsByKind;
    for (const QJsonObject &document : documents) {
        if (const auto candidate = newRecordCandidate(document)) {
            idsByKind[candidate->first].append(candidate->second);
        }
    }
    QSet<QString> known;
    for (auto it = idsByKind.cbegin(); it != idsByKind.cend(); ++it) {
        auto existing = store.existingRecordIds(it.key(), it.value());
        if (!existing) {
            return existing.error();
        }
        for (const QString &id : std::as_const(*existing)) {
            known.insert(DocumentCodec::documentId(it.key(), id));
        }
    }
    return known;
}

/// The kind of a pulled document that applyIncoming() would only insert: a
/// storable document that newRecordCandidate() accepts and whose `_id` is not
/// in `known`. Nothing for every other document.
std::optional<RecordKind> newRecordKind(const QJsonObject &document, const QSet<QString> &known)
{
    const auto candidate = newRecordCandidate(document);
    if (!candidate || known.contains(document.value(QLatin1String("_id")).toString())
        || !DocumentCodec::checkStorable(document)) {
        return std::nullopt;
    }
    return candidate->first;
}

} // namespace

SyncEngine::SyncEngine(Database &ownConnection, CouchClient &client)
    : m_db(ownConnection)
    , m_client(client)
    , m_store(ownConnection)
{}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setCancelFlag(const std::atomic_bool *flag)
{
    m_cancel = flag;
    m_client.setCancelFlag(flag);
}

QString SyncEngine::checkpointKey(const QString &serverUrl, const QString &database)
{
    return QStringLiteral("sync_checkpoint ") + serverUrl + QLatin1Char(' ') + database;
}

QString SyncEngine::checkpointIdentityKey(const QString &serverUrl, const QString &database)
{
    return QStringLiteral("sync_checkpoint_database ") + serverUrl + QLatin1Char(' ') + database;
}

QString SyncEngine::lockFilePath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".sync-lock");
}

Result<SyncSummary> SyncEngine::run()
{
    QLockFile lock(lockFilePath(m_db.path()));
    // Age never makes the lock stale, only the death of the process holding it.
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        qCWarning(lcSync) << "Sync not started: another sync holds" << lock.fileName();
        return Error{SyncEngineText::tr("Another sync of this file is running. Wait until it has "
                                        "finished, then sync again."),
                     m_db.path()};
    }
    m_summary = {};
    m_trackPulledIds = false;
    const ServerConfig &config = m_client.config();
    m_checkpointKey = checkpointKey(config.url.toString(), config.database);
    qCInfo(lcSync) << "Sync started:" << m_db.path() << "with" << config.url.toString()
                   << config.database;

    report(SyncPhase::Connecting, 0, 0);
    auto session = m_client.connect();
    if (!session) {
        qCWarning(lcSync) << "Sync stopped: connecting failed:" << session.error().text();
        return session.error();
    }
    m_summary.clockSkewSeconds = session->clockSkewSeconds;
    m_summary.clockWarning = session->clockWarning;
    m_roles = session->roles;
    if (auto saved = rememberRoles(session->roles); !saved) {
        return saved.error();
    }
    if (auto checked = checkDatabaseIdentity(); !checked) {
        qCWarning(lcSync) << "Sync stopped while reading the database identity:"
                          << checked.error().text();
        return checked.error();
    }

    if (auto loaded = loadMissingFiles(); !loaded) {
        return loaded.error();
    }
    if (auto loaded = loadMergedTerms(); !loaded) {
        return loaded.error();
    }
    if (auto pulled = pull(); !pulled) {
        qCWarning(lcSync) << "Sync stopped while pulling:" << pulled.error().text();
        return pulled.error();
    }
    if (auto retried = retryMissingFiles(); !retried) {
        qCWarning(lcSync) << "Sync stopped while reading files:" << retried.error().text();
        return retried.error();
    }
    if (auto pushed = push(); !pushed) {
        qCWarning(lcSync) << "Sync stopped while pushing:" << pushed.error().text();
        return pushed.error();
    }
    auto open = m_store.conflicts();
    if (!open) {
        return open.error();
    }
    m_summary.conflicts = static_cast<int>(open->size());
    report(SyncPhase::Finished, 1, 1);
    qCInfo(lcSync) << "Sync finished: pulled" << m_summary.pulled << "pushed" << m_summary.pushed
                   << "merged" << m_summary.merged << "conflicts" << m_summary.conflicts
                   << "record errors" << m_summary.recordErrors << "merged terms removed"
                   << m_summary.termsRemoved << "missing on the server" << m_summary.missingOnServer
                   << "newer here than on the server" << m_summary.newerHere;
    return m_summary;
}

/// Saves the session's roles for the GUI. When they changed, records the
/// server rejected as forbidden are sent again, since the new roles may allow them.
Result<void> SyncEngine::rememberRoles(const QStringList &roles)
{
    auto saved = m_store.serverRoles();
    if (!saved) {
        return saved.error();
    }
    QStringList sorted = roles;
    sorted.sort();
    if (*saved == sorted) {
        return {};
    }
    qCInfo(lcSync) << "Server roles changed from" << *saved << "to" << sorted;
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    if (auto cleared = m_store.clearRecordErrors(QStringLiteral("forbidden")); !cleared) {
        return cleared;
    }
    if (auto written = m_store.setServerRoles(sorted); !written) {
        return written;
    }
    return transaction.commit();
}

Result<void> SyncEngine::checkCancelled()
{
    if (m_cancel && m_cancel->load()) {
        qCInfo(lcSync) << "Sync cancelled";
        return Error{
            SyncEngineText::tr("The sync was cancelled. Everything received so far is saved; "
                               "sync again to continue."),
            {}};
    }
    return {};
}

void SyncEngine::report(SyncPhase phase, qint64 done, qint64 total)
{
    if (m_progress) {
        m_progress(phase, done, total);
    }
}

void SyncEngine::announceChanges()
{
    if (m_changesPending && m_changed) {
        m_changed();
    }
    m_changesPending = false;
}

// --- Pull --------------------------------------------------------------------

namespace {

// Pages of the write-ahead log (4 KiB each by default) that a pull lets it
// reach before a commit copies it into the file. Index and search pages that
// many pages of changes rewrite are then copied once per checkpoint.
constexpr int PullCheckpointPages = 10000;

/// Raises the checkpoint size of the sync connection for its lifetime and
/// restores the previous size afterwards, also when the pull fails.
class PullCheckpointSize
{
public:
    explicit PullCheckpointSize(SyncStore &store)
        : m_store(store)
    {
        auto previous = m_store.checkpointPages();
        if (!previous) {
            return; // the pull keeps the connection's size
        }
        m_previous = *previous;
        if (auto raised = m_store.setCheckpointPages(PullCheckpointPages); !raised) {
            m_previous.reset();
        }
    }
    ~PullCheckpointSize()
    {
        if (m_previous) {
            // A failure was logged by SyncStore, and the size only affects speed.
            (void)m_store.setCheckpointPages(*m_previous);
        }
    }
    PullCheckpointSize(const PullCheckpointSize &) = delete;
    PullCheckpointSize &operator=(const PullCheckpointSize &) = delete;

private:
    SyncStore &m_store;
    std::optional<int> m_previous;
};

} // namespace

Result<void> SyncEngine::pull()
{
    const PullCheckpointSize checkpointSize(m_store);
    if (auto loaded = loadUnreadableIds(); !loaded) {
        return loaded;
    }
    const ServerConfig &config = m_client.config();
    const QString fullPullKey = fullPullMetadataKey(config.url.toString(), config.database);
    auto pending = m_store.metadata(fullPullKey);
    if (!pending) {
        return pending.error();
    }
    if (m_summary.pullRestart == PullRestart::DatabaseChanged || !pending->isEmpty()) {
        if (auto started = startFullPull(fullPullKey, !pending->isEmpty()); !started) {
            return started;
        }
    }
    auto saved = m_store.metadata(m_checkpointKey);
    if (!saved) {
        return saved.error();
    }
    const QByteArray since = saved->toUtf8();
    bool sinceRejected = false;
    auto pulled = pullChanges(since, sinceRejected);
    if (!pulled && sinceRejected) {
        // CouchDB may reject a sequence of another database, such as one saved
        // before the data moved to a cluster. Pulling from the start happens
        // once: a rejection of that pull fails the sync.
        qCInfo(lcSync) << "The server rejected the checkpoint" << since
                       << "as since value, so the pull starts from the beginning";
        m_summary.pullRestart = PullRestart::CheckpointRejected;
        if (auto started = startFullPull(fullPullKey, false); !started) {
            return started;
        }
        pulled = pullChanges({}, sinceRejected);
    }
    if (!pulled || !m_trackPulledIds) {
        return pulled;
    }
    return finishFullPull(fullPullKey);
}

/// Starts recording the ids that the pull receives, and notes in the file that
/// a pull from the start is under way, so that a sync stopped before its end
/// starts it again. `resumed` is true when an earlier sync stopped one: its
/// checkpoint is then dropped, because the ids it received were not kept.
Result<void> SyncEngine::startFullPull(const QString &fullPullKey, bool resumed)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    if (resumed && m_summary.pullRestart == PullRestart::None) {
        qCInfo(lcSync) << "A pull from the beginning did not finish in an earlier sync, so it "
                          "starts again from the beginning";
        if (auto dropped = m_store.setMetadata(m_checkpointKey, QString()); !dropped) {
            return dropped;
        }
        m_summary.pullRestart = PullRestart::DatabaseChanged;
    }
    if (auto noted = m_store.setMetadata(fullPullKey, QStringLiteral("1")); !noted) {
        return noted;
    }
    if (auto started = m_store.startPulledIds(); !started) {
        return started;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    m_trackPulledIds = true;
    return {};
}

Result<void> SyncEngine::finishFullPull(const QString &fullPullKey)
{
    m_trackPulledIds = false;
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    if (auto resent = resendRecordsNotPulled(); !resent) {
        return resent;
    }
    if (auto cleared = m_store.setMetadata(fullPullKey, QString()); !cleared) {
        return cleared;
    }
    return transaction.commit();
}

Result<void> SyncEngine::resendRecordsNotPulled()
{
    auto forgotten = m_store.forgetRevisionsNotPulled();
    if (!forgotten) {
        return forgotten.error();
    }
    if (forgotten->isEmpty()) {
        return {};
    }
    // At most this many ids are logged, followed by the count.
    constexpr qsizetype LoggedIds = 20;
    qCWarning(lcSync) << forgotten->size()
                      << "records synced earlier are missing on the server (restored from an "
                         "older backup?), so they are sent again as new documents:"
                      << forgotten->mid(0, LoggedIds);
    m_summary.missingOnServer += static_cast<int>(forgotten->size());
    return {};
}

namespace {

/// True when the failure is CouchDB's reply to a `since` value that it cannot
/// read: HTTP 400 with the reason "Malformed sequence supplied in 'since'
/// parameter." (validate_start_seq in CouchDB 3's fabric).
bool isRejectedSince(const SyncFailure &failure)
{
    return failure.httpStatus == 400
           && failure.serverReason.contains(QLatin1String("since"), Qt::CaseInsensitive);
}

} // namespace

Result<void> SyncEngine::pullChanges(const QByteArray &start, bool &sinceRejected)
{
    sinceRejected = false;
    QByteArray since = start;
    QSet<QByteArray> seenSequences{since};
    qint64 done = 0;
    const int pageSize = qMax(1, m_client.config().pageSize);
    int pageLimit = MaxPages;
    for (int page = 0; page < pageLimit; ++page) {
        if (auto cancelled = checkCancelled(); !cancelled) {
            return cancelled;
        }
        auto changes = m_client.changes(since, pageSize);
        if (!changes) {
            sinceRejected
                = page == 0 && !since.isEmpty() && isRejectedSince(m_client.lastFailure());
            return changes.error();
        }
        const bool atEnd
            = changes->pending == 0 || (changes->pending < 0 && changes->docs.size() < pageSize);
        if (!changes->docs.isEmpty() && !atEnd && seenSequences.contains(changes->lastSeq)) {
            return stalledFeed(changes->lastSeq, page + 1);
        }
        // Files are read before the page's transaction, so that the GUI can
        // keep writing to the store file during the requests.
        auto files = fetchResourceFiles(changes->docs);
        if (!files) {
            return files.error();
        }
        m_pageFiles = &*files;
        auto applied = applyPage(*changes, *files);
        m_pageFiles = nullptr;
        if (!applied) {
            return applied;
        }
        done += changes->docs.size();
        report(SyncPhase::Pulling, done, changes->pending >= 0 ? done + changes->pending : done);
        if (changes->docs.isEmpty() || atEnd) {
            return {};
        }
        if (page == 0 && changes->pending > 0) {
            // The pages that the first reply announces, with room for changes
            // that others make while this pull runs.
            const qint64 announced = (changes->pending + pageSize - 1) / pageSize;
            pageLimit = static_cast<int>(qMin<qint64>(MaxPages, 2 * announced + PageMargin));
        }
        seenSequences.insert(changes->lastSeq);
        since = changes->lastSeq;
    }
    return stalledFeed(since, pageLimit);
}

/// Stops a pull whose `_changes` feed does not come to an end: a page that
/// brings a sequence already seen, or more pages than the server announced.
Result<void> SyncEngine::stalledFeed(const QByteArray &lastSeq, int pages)
{
    qCWarning(lcSync) << "Pull stopped after" << pages << "pages: the change feed reached"
                      << lastSeq << "again or did not end";
    return Error{
        SyncEngineText::tr("The server's list of changes did not come to an end after %1 "
                           "pages: it went back to a position already received or past the "
                           "number of changes it announced. Everything received so far is "
                           "saved. Ask the server's administrator to check the server.")
            .arg(pages),
        m_client.config().url.toString()};
}

Result<void> SyncEngine::applyPage(const ChangesPage &page, const ResourceFiles &files)
{
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    auto known = knownRecords(m_store, page.docs);
    if (!known) {
        return known.error();
    }
    const bool hasTexts = page.documentTexts.size() == page.docs.size();
    // Consecutive documents of records new to this file, all of one kind, are
    // inserted together (see SyncStore::insertRemoteBatch()).
    QList<QJsonObject> newRecords;
    QList<QByteArray> newTexts;
    std::optional<RecordKind> newKind;
    for (qsizetype index = 0; index < page.docs.size(); ++index) {
        const QJsonObject &doc = page.docs.at(index);
        const std::optional<RecordKind> kind = newRecordKind(doc, *known);
        if (!newRecords.isEmpty() && kind != newKind) {
            if (auto applied = applyNewRecords(newRecords, newTexts); !applied) {
                return applied;
            }
            newRecords.clear();
            newTexts.clear();
        }
        if (kind) {
            newKind = kind;
            newRecords.append(doc);
            newTexts.append(hasTexts ? page.documentTexts.at(index) : QByteArray());
        } else if (auto applied = applySingle(doc); !applied) {
            return applied;
        }
        // A later document with the same id takes the path of a known record.
        known->insert(doc.value(QLatin1String("_id")).toString());
    }
    if (auto applied = applyNewRecords(newRecords, newTexts); !applied) {
        return applied;
    }
    if (auto settled = settleResourceFiles(page.docs, files); !settled) {
        return settled;
    }
    if (auto saved = saveMergedTerms(); !saved) {
        return saved;
    }
    if (m_trackPulledIds) {
        QStringList documentIds;
        documentIds.reserve(page.docs.size());
        for (const QJsonObject &doc : page.docs) {
            documentIds.append(doc.value(QLatin1String("_id")).toString());
        }
        if (auto added = m_store.addPulledIds(documentIds); !added) {
            return added;
        }
    }
    if (auto saved = m_store.setMetadata(m_checkpointKey, QString::fromUtf8(page.lastSeq));
        !saved) {
        return saved;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    m_changesPending = m_changesPending || !page.docs.isEmpty();
    announceChanges();
    return {};
}

/// Inserts documents of new records in one savepoint, storing each entry of
/// `texts` that is not empty as the JSON text of its document. When that fails
/// on a constraint or a document that does not decode, applies them one at a
/// time, so that each failure is kept for its own document.
Result<void> SyncEngine::applyNewRecords(const QList<QJsonObject> &documents,
                                         const QList<QByteArray> &texts)
{
    if (documents.size() > 1) {
        Transaction batch(m_db);
        if (!batch.isActive()) {
            return batch.beginError();
        }
        auto inserted = m_store.insertRemoteBatch(documents, texts);
        if (!inserted && !isConstraintFailure(inserted.error())) {
            return inserted.error();
        }
        if (inserted && *inserted) {
            if (auto committed = batch.commit(); !committed) {
                return committed;
            }
            m_summary.pulled += static_cast<int>(documents.size());
            for (const QJsonObject &document : documents) {
                const auto parsed = DocumentCodec::parseDocumentId(
                    document.value(QLatin1String("_id")).toString());
                if (auto cleared = clearUnreadable(parsed->second); !cleared) {
                    return cleared;
                }
            }
            return {};
        }
    }
    for (const QJsonObject &document : documents) {
        if (auto applied = applySingle(document); !applied) {
            return applied;
        }
    }
    return {};
}

/// Applies one pulled document in its own savepoint, so that a document that
/// the file cannot store is undone alone and the page goes on.
Result<void> SyncEngine::applySingle(const QJsonObject &doc)
{
    const SyncSummary before = m_summary;
    const QHash<QString, QString> mergedTermsBefore = m_mergedTerms;
    Result<void> applied;
    {
        Transaction single(m_db);
        if (!single.isActive()) {
            return single.beginError();
        }
        applied = applyIncoming(doc);
        if (applied) {
            applied = single.commit();
        }
    }
    if (applied) {
        return {};
    }
    const QString &failure = applied.error().message;
    if (!isConstraintFailure(applied.error())) {
        return applied;
    }
    m_summary = before;
    m_mergedTerms = mergedTermsBefore;
    qCWarning(lcSync) << "Skipping" << doc.value(QLatin1String("_id")).toString() << ":" << failure;
    if (failure.contains(QLatin1String("UNIQUE"))) {
        // A UNIQUE constraint that mergeDuplicateTerm() did not resolve.
        return saveError(doc, QStringLiteral("duplicate"), failure);
    }
    return setAsideUnreadable(
        doc,
        SyncEngineText::tr("The record breaks a rule of the local file (a required field is "
                           "missing or refers to nothing), so it was not stored. Correct the "
                           "record on the server."));
}

Result<void> SyncEngine::applyIncoming(QJsonObject remote)
{
    const QString documentId = remote.value(QLatin1String("_id")).toString();
    const auto parsed = DocumentCodec::parseDocumentId(documentId);
    if (!parsed) {
        return {}; // design documents and documents of other applications
    }
    if (remote.value(QLatin1String("_deleted")).toBool()) {
        if (auto cleared = clearUnreadable(parsed->second); !cleared) {
            return cleared;
        }
        forgetMergedTerm(documentId);
        return applyRemoval(*parsed, revisionOf(remote));
    }
    if (auto decoded = DocumentCodec::decode(remote); !decoded) {
        qCWarning(lcSync) << "Skipping an unreadable document:" << decoded.error().text();
        return setAsideUnreadable(remote, decoded.error().message);
    }
    if (auto storable = DocumentCodec::checkStorable(remote); !storable) {
        qCWarning(lcSync) << "Skipping a document that cannot be stored:"
                          << storable.error().text();
        return setAsideUnreadable(remote, storable.error().message);
    }
    if (auto cleared = clearUnreadable(parsed->second); !cleared) {
        return cleared;
    }
    if (parsed->first == RecordKind::Taxonomy) {
        auto duplicate = mergeDuplicateTerm(remote, parsed->second);
        if (!duplicate || *duplicate) {
            return !duplicate ? Result<void>(duplicate.error()) : Result<void>();
        }
    }
    const QJsonArray serverConflicts = remote.value(QLatin1String("_conflicts")).toArray();
    remote = storableDocument(remote);

    auto local = m_store.localDocument(parsed->first, parsed->second);
    if (!local) {
        return local.error();
    }
    if (!serverConflicts.isEmpty()) {
        QStringList losing;
        for (const auto &revision : serverConflicts) {
            losing.append(revision.toString());
        }
        bool clean = true;
        const QJsonObject base = local->has_value() ? (*local)->base : QJsonObject();
        const bool dirty = local->has_value() && (*local)->dirty;
        auto merged
            = resolveServerConflicts(remote, base, losing, clean, dirty ? &**local : nullptr);
        if (!merged || !clean) {
            return !merged ? Result<void>(merged.error()) : Result<void>();
        }
        if (auto saved = m_store.addObsoleteRevisions(parsed->second, losing); !saved) {
            return saved;
        }
        if (!local->has_value() || !(*local)->dirty) {
            ++m_summary.merged;
            return m_store.writeMerged(*merged, remote);
        }
        return applyToDirty(**local, *merged, losing);
    }
    if (!local->has_value()) {
        ++m_summary.pulled;
        return m_store.applyRemote(remote);
    }
    const LocalDocument &known = **local;
    if (known.hasConflict) {
        auto open = m_store.conflict(parsed->second);
        if (!open || !open->has_value()) {
            return !open ? Result<void>(open.error()) : Result<void>();
        }
        const MergeResult merge = mergeDocuments((*open)->base, (*open)->local, remote);
        if (merge.isClean()) {
            ++m_summary.merged;
            if (auto removed = m_store.removeConflict(parsed->second); !removed) {
                return removed;
            }
            return m_store.writeMerged(merge.merged, remote);
        }
        return recordConflict((*open)->local,
                              remote,
                              (*open)->base,
                              merge,
                              (*open)->losingRevisions,
                              {},
                              (*open)->conflictingRevisions);
    }
    if (revisionOf(known.document) == revisionOf(remote)) {
        return {}; // the revision this file already has, such as its own push
    }
    if (isOlderRevision(revisionOf(remote), revisionOf(known.document))) {
        return keepNewerLocal(known, remote);
    }
    if (!known.dirty) {
        ++m_summary.pulled;
        return m_store.applyRemote(remote);
    }
    return applyToDirty(known, remote, {});
}

/// A server that went back to an older revision of a record was restored from
/// a backup (or lost the branch this file synced). The values of this file are
/// newer, so they are kept and sent again as a child of the server's revision,
/// which other files then receive as a normal change.
Result<void> SyncEngine::keepNewerLocal(const LocalDocument &local, const QJsonObject &remote)
{
    const QString documentId = remote.value(QLatin1String("_id")).toString();
    if (DocumentCodec::sameContent(local.document, remote)) {
        ++m_summary.pulled;
        return m_store.applyRemote(remote);
    }
    qCWarning(lcSync) << "The server has revision" << revisionOf(remote) << "of" << documentId
                      << ", older than revision" << revisionOf(local.document)
                      << "synced here, so the values here are kept and sent again";
    ++m_summary.newerHere;
    return m_store.writeMerged(local.document, remote);
}

/// Keeps a received document that this file cannot read or store as a record
/// error, so that the pull goes on past it. The record stays as it was here.
Result<void> SyncEngine::setAsideUnreadable(const QJsonObject &document, const QString &message)
{
    const QString documentId = document.value(QLatin1String("_id")).toString();
    const auto parsed = DocumentCodec::parseDocumentId(documentId);
    SyncRecordError error;
    error.recordId = parsed ? parsed->second : documentId;
    error.code = QLatin1String(SyncStore::UnreadableCode);
    error.message = message;
    error.at = QDateTime::currentDateTimeUtc();
    ++m_summary.unreadable;
    m_unreadableIds.insert(error.recordId);
    return m_store.saveRecordError(error);
}

/// Removes the "unreadable" error of a record whose later revision was read,
/// or that the server removed. Only ids known to have one cost a statement.
Result<void> SyncEngine::clearUnreadable(const QString &recordId)
{
    if (!m_unreadableIds.contains(recordId)) {
        return {};
    }
    qCInfo(lcSync) << "Record" << recordId << "is readable again";
    return m_store.clearRecordError(recordId, QLatin1String(SyncStore::UnreadableCode));
}

Result<void> SyncEngine::loadUnreadableIds()
{
    m_unreadableIds.clear();
    auto errors = m_store.recordErrors();
    if (!errors) {
        return errors.error();
    }
    for (const SyncRecordError &error : std::as_const(*errors)) {
        if (error.code == QLatin1String(SyncStore::UnreadableCode)) {
            m_unreadableIds.insert(error.recordId);
        }
    }
    return {};
}

/// Merges a pulled term with a local term of the same vocabulary and key, as
/// when two files added the same term offline. The term whose id sorts first is
/// kept on every file, so all files converge without comparing clocks. The kept
/// term copies each label that it lacks from the term merged away, and then
/// stays to be sent. Returns true when the pulled term is the one merged away
/// and must not be applied.
Result<bool> SyncEngine::mergeDuplicateTerm(const QJsonObject &remote, const QString &id)
{
    auto other = m_store.termIdWithKey(remote.value(QLatin1String("vocabulary")).toString(),
                                       remote.value(QLatin1String("key")).toString(),
                                       id);
    if (!other) {
        return other.error();
    }
    if (other->isEmpty()) {
        return false;
    }
    auto local = m_store.localDocument(RecordKind::Taxonomy, *other);
    if (!local) {
        return local.error();
    }
    const auto isDeleted = [](const QJsonObject &term) {
        return term.value(QLatin1String("deleted")).toBool();
    };
    const bool copyLabels
        = local->has_value() && !isDeleted((*local)->document) && !isDeleted(remote);
    // The document of the term merged away stays on the server until the sync
    // of a user who may delete removes it (removeMergedTerms()).
    if (*other < id) {
        qCInfo(lcSync) << "Term" << id << "has the vocabulary and key of term" << *other
                       << ", which is kept";
        rememberMergedTerm(remote.value(QLatin1String("_id")).toString(), revisionOf(remote));
        if (!copyLabels) {
            return true;
        }
        LocalDocument keptTerm = **local;
        const QStringList copiedLabels
            = SyncStore::copyMissingTermLabels(keptTerm.document, remote);
        if (copiedLabels.isEmpty()) {
            return true;
        }
        qCInfo(lcSync) << "Term" << *other << "copies the labels" << copiedLabels << "of term"
                       << id;
        if (keptTerm.hasConflict) {
            // The resolution of the open conflict writes the version the user
            // chooses, which replaces this one.
            qCWarning(lcSync) << "Term" << *other
                              << "has an open conflict, so it may lose the labels copied from"
                              << id;
        }
        ++m_summary.merged;
        if (auto written = m_store.writeLocalChange(keptTerm.document, keptTerm.base); !written) {
            return written.error();
        }
        return true;
    }
    qCInfo(lcSync) << "Term" << *other << "is replaced by term" << id
                   << "with the same vocabulary and key";
    if (!local->has_value()) {
        if (auto removed = m_store.removeMergedTerm(*other); !removed) {
            return removed.error();
        }
        return false;
    }
    const LocalDocument replaced = **local;
    // A term never pushed has no revision and nothing to remove on the server.
    if (const QString revision = revisionOf(replaced.document); !revision.isEmpty()) {
        rememberMergedTerm(replaced.document.value(QLatin1String("_id")).toString(), revision);
    }
    if (auto removed = m_store.removeMergedTerm(*other); !removed) {
        return removed.error();
    }
    QJsonObject keptTerm = storableDocument(remote);
    const QStringList copiedLabels
        = copyLabels ? SyncStore::copyMissingTermLabels(keptTerm, replaced.document)
                     : QStringList();
    if (replaced.dirty) {
        // Labels changed here and not sent yet. The kept term's own non-empty
        // labels win, so an edit of one of those is dropped.
        QStringList edited;
        for (const QString &field : SyncStore::termLabelFields()) {
            if (replaced.document.value(field) != replaced.base.value(field)
                && !replaced.document.value(field).toString().isEmpty()) {
                edited.append(field);
            }
        }
        QStringList dropped;
        for (const QString &field : std::as_const(edited)) {
            if (!copiedLabels.contains(field)
                && keptTerm.value(field) != replaced.document.value(field)) {
                dropped.append(field);
            }
        }
        qCInfo(lcSync) << "Term" << *other << "had changes not sent yet, folded into term" << id
                       << ":" << copiedLabels;
        if (!copyLabels && !edited.isEmpty()) {
            qCWarning(lcSync) << "Label changes of term" << *other
                              << "not sent yet are dropped:" << edited << "because it or term" << id
                              << "is deleted";
        } else if (!dropped.isEmpty()) {
            qCWarning(lcSync) << "Label changes of term" << *other
                              << "not sent yet are dropped:" << dropped << "because term" << id
                              << "has its own labels";
        }
    }
    if (copiedLabels.isEmpty()) {
        return false;
    }
    qCInfo(lcSync) << "Term" << id << "copies the labels" << copiedLabels << "of term" << *other;
    auto existing = m_store.localDocument(RecordKind::Taxonomy, id);
    if (!existing) {
        return existing.error();
    }
    if (existing->has_value()) {
        // NOTE: this file has the kept term under another vocabulary or key, and
        // the regular merge of the pulled document does not copy these labels.
        qCWarning(lcSync) << "Term" << id << "does not copy the labels" << copiedLabels << "of term"
                          << *other << "because this file has it under another key";
        return false;
    }
    // Written as a merge of the pulled revision still to be sent: the rest of
    // applyIncoming() finds this revision here and, for a document with
    // server-side conflicts, merges those into it.
    ++m_summary.merged;
    if (auto written = m_store.writeMerged(keptTerm, storableDocument(remote)); !written) {
        return written.error();
    }
    return false;
}

/// A document removed on the server (by an administrator, not through the
/// `deleted` field) becomes a local tombstone. A record edited here meanwhile
/// is a conflict on "deleted" instead, so the edit is not lost.
Result<void> SyncEngine::applyRemoval(const std::pair<RecordKind, QString> &record,
                                      const QString &revision)
{
    auto local = m_store.localDocument(record.first, record.second);
    if (!local || !local->has_value()) {
        return !local ? Result<void>(local.error()) : Result<void>();
    }
    const LocalDocument &known = **local;
    if (revisionOf(known.document) == revision) {
        return {};
    }
    qCInfo(lcSync) << "Document" << record.second << "was removed on the server";
    if (!known.dirty) {
        ++m_summary.pulled;
        return m_store.applyRemoval(record.first, record.second, revision);
    }
    QJsonObject removed = known.document;
    removed.insert(QStringLiteral("deleted"), true);
    removed.insert(QStringLiteral("_rev"), revision);
    MergeResult merge;
    merge.merged = known.document;
    merge.conflicts = {QStringLiteral("deleted")};
    return recordConflict(known.document, removed, known.base, merge, {});
}

Result<void> SyncEngine::applyToDirty(const LocalDocument &local,
                                      const QJsonObject &remote,
                                      const QStringList &losingRevisions)
{
    const MergeResult merge = mergeDocuments(local.base, local.document, remote);
    if (!merge.isClean()) {
        return recordConflict(local.document, remote, local.base, merge, losingRevisions);
    }
    if (losingRevisions.isEmpty() && DocumentCodec::sameContent(merge.merged, remote)) {
        // Both sides made the same change, such as two files that loaded the same sample data.
        ++m_summary.pulled;
        return m_store.applyRemote(remote);
    }
    ++m_summary.merged;
    return m_store.writeMerged(merge.merged, remote);
}

/// Merges the losing revisions of a server-side conflict into the winner. When
/// one does not merge, records a conflict that contains every side: the edit of
/// this file when `dirtyLocal` is set (else the winner), the winner and each
/// losing revision, and sets `clean` to false.
Result<QJsonObject> SyncEngine::resolveServerConflicts(const QJsonObject &winner,
                                                       const QJsonObject &base,
                                                       QStringList &losingRevisions,
                                                       bool &clean,
                                                       const LocalDocument *dirtyLocal)
{
    const QString documentId = winner.value(QLatin1String("_id")).toString();
    auto losers = m_client.revisions(documentId, losingRevisions);
    if (!losers) {
        return losers.error();
    }
    losingRevisions.clear();
    QList<QJsonObject> liveLosers;
    for (const QJsonObject &loser : *losers) {
        if (!loser.value(QLatin1String("_deleted")).toBool()) {
            liveLosers.append(storableDocument(loser));
            losingRevisions.append(revisionOf(loser));
        }
    }
    QJsonObject merged = winner;
    MergeResult unmerged;
    QJsonObject unmergedLoser;
    for (const QJsonObject &loser : std::as_const(liveLosers)) {
        const MergeResult merge = mergeDocuments(base, merged, loser);
        if (!merge.isClean()) {
            clean = false;
            unmerged = merge;
            unmergedLoser = loser;
            break;
        }
        merged = merge.merged;
    }
    if (clean) {
        auto available = hasFileBytes(merged);
        if (!available) {
            return available.error();
        }
        // A winning revision's file that did not arrive does not block the
        // merge: settleResourceFiles() marks it as not received.
        const QLatin1String fileSha256("file_sha256");
        if (*available || merged.value(fileSha256) == winner.value(fileSha256)) {
            merged.insert(QStringLiteral("_rev"), revisionOf(winner));
            return merged;
        }
        // The merge chose the file of a losing revision whose bytes did not
        // arrive, such as one written without its attachment, so the user
        // chooses the file instead and the record keeps its own meanwhile.
        qCWarning(lcSync) << "The file of" << documentId << "that the merge chose did not arrive";
        clean = false;
        unmerged.conflicts = resourceFileFields();
        for (const QJsonObject &loser : std::as_const(liveLosers)) {
            if (loser.value(QLatin1String("file_sha256"))
                == merged.value(QLatin1String("file_sha256"))) {
                unmergedLoser = loser;
            }
        }
    }
    qCInfo(lcSync) << "Server-side conflict on" << documentId << "in" << unmerged.conflicts;
    // The user's choice is written on top of the winning revision, and the
    // losing revisions are deleted on the server when it is pushed.
    QJsonObject local = winner;
    QJsonObject remote = unmergedLoser;
    if (dirtyLocal) {
        local = dirtyLocal->document;
        remote = winner;
    }
    if (const QStringList fields = conflictingFields(base, local, winner, liveLosers);
        !fields.isEmpty()) {
        unmerged.conflicts = fields;
    }
    if (auto saved = recordConflict(
            local, remote, base, unmerged, losingRevisions, revisionOf(winner), liveLosers);
        !saved) {
        return saved.error();
    }
    return merged;
}

Result<void> SyncEngine::recordConflict(const QJsonObject &local,
                                        const QJsonObject &remote,
                                        const QJsonObject &base,
                                        const MergeResult &merge,
                                        const QStringList &losingRevisions,
                                        const QString &remoteRevision,
                                        const QList<QJsonObject> &conflictingRevisions)
{
    const QString documentId = local.value(QLatin1String("_id")).toString();
    const auto parsed = DocumentCodec::parseDocumentId(documentId);
    SyncConflict conflict;
    conflict.recordId = parsed ? parsed->second : documentId;
    conflict.kind = parsed ? parsed->first : RecordKind::Organisation;
    conflict.local = local;
    conflict.remote = remote;
    conflict.base = base;
    conflict.remoteRevision = remoteRevision.isEmpty() ? revisionOf(remote) : remoteRevision;
    conflict.remoteAuthor = remote.value(QLatin1String("updated_by")).toString();
    conflict.losingRevisions = losingRevisions;
    conflict.conflictingRevisions = conflictingRevisions;
    conflict.fields = merge.conflicts;
    conflict.detectedAt = QDateTime::currentDateTimeUtc();
    qCInfo(lcSync) << "Conflict on" << documentId << "in" << merge.conflicts;
    return m_store.saveConflict(conflict);
}

} // namespace CoopAtlas::Core
