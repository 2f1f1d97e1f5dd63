// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SyncEngine: removing from the server the documents of vocabulary terms that
// mergeDuplicateTerm() merged into another term with the same vocabulary and key.
#include <core/logging.h>
#include <core/storage/database.h>
#include <core/sync/couchclient.h>
#include <core/sync/syncengine.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace CoopAtlas::Core {

Result<void> SyncEngine::loadMergedTerms()
{
    m_mergedTerms.clear();
    m_mergedTermsChanged = false;
    auto saved = m_store.metadata(QLatin1String(MergedTermsKey));
    if (!saved) {
        return saved.error();
    }
    const QJsonObject entries = QJsonDocument::fromJson(saved->toUtf8()).object();
    for (auto entry = entries.constBegin(); entry != entries.constEnd(); ++entry) {
        m_mergedTerms.insert(entry.key(), entry.value().toString());
    }
    return {};
}

void SyncEngine::rememberMergedTerm(const QString &documentId, const QString &revision)
{
    if (documentId.isEmpty() || revision.isEmpty() || m_mergedTerms.value(documentId) == revision) {
        return;
    }
    m_mergedTerms.insert(documentId, revision);
    m_mergedTermsChanged = true;
}

void SyncEngine::forgetMergedTerm(const QString &documentId)
{
    if (m_mergedTerms.remove(documentId) > 0) {
        m_mergedTermsChanged = true;
    }
}

Result<void> SyncEngine::saveMergedTerms()
{
    if (!m_mergedTermsChanged) {
        return {};
    }
    QJsonObject entries;
    for (auto entry = m_mergedTerms.constBegin(); entry != m_mergedTerms.constEnd(); ++entry) {
        entries.insert(entry.key(), entry.value());
    }
    const QString text
        = entries.isEmpty()
              ? QString()
              : QString::fromUtf8(QJsonDocument(entries).toJson(QJsonDocument::Compact));
    if (auto saved = m_store.setMetadata(QLatin1String(MergedTermsKey), text); !saved) {
        return saved;
    }
    m_mergedTermsChanged = false;
    return {};
}

/// Sends a removal (`_deleted`) of each merged-away term document at the
/// revision last seen. The server's rules let only coopatlas_admin and
/// administrators remove documents, so other users send nothing and keep the
/// list: a later sync with the admin role sends it. Each removal is sent at most
/// once per sync. A removal that meets a newer revision (409) or a document
/// already removed is dropped, because a newer revision comes with a later pull
/// and is merged away, and remembered, again.
Result<void> SyncEngine::removeMergedTerms()
{
    if (m_mergedTerms.isEmpty()) {
        return {};
    }
    if (!SyncStore::rolesAllowDeleting(m_roles)) {
        qCDebug(lcSync) << m_mergedTerms.size()
                        << "merged-away terms stay on the server: removing them needs the role "
                           "coopatlas_admin";
        return {};
    }
    if (auto cancelled = checkCancelled(); !cancelled) {
        return cancelled;
    }
    QJsonArray removals;
    QStringList documentIds;
    for (auto entry = m_mergedTerms.constBegin(); entry != m_mergedTerms.constEnd(); ++entry) {
        removals.append(QJsonObject{{QStringLiteral("_id"), entry.key()},
                                    {QStringLiteral("_rev"), entry.value()},
                                    {QStringLiteral("_deleted"), true}});
        documentIds.append(entry.key());
    }
    auto results = m_client.bulkDocs(removals);
    if (!results) {
        return results.error();
    }
    for (const BulkDocResult &result : std::as_const(*results)) {
        if (!documentIds.contains(result.id)) {
            continue;
        }
        if (result.error.isEmpty()) {
            qCInfo(lcSync) << "Removed the merged-away term" << result.id << "from the server";
            ++m_summary.termsRemoved;
            forgetMergedTerm(result.id);
        } else if (result.error == QLatin1String("conflict")
                   || result.error == QLatin1String("not_found")) {
            qCInfo(lcSync) << "The merged-away term" << result.id
                           << "changed or was removed on the server:" << result.error;
            forgetMergedTerm(result.id);
        } else {
            qCWarning(lcSync) << "The server rejected the removal of the merged-away term"
                              << result.id << result.error << result.reason;
        }
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    if (auto saved = saveMergedTerms(); !saved) {
        return saved;
    }
    return transaction.commit();
}

} // namespace CoopAtlas::Core
