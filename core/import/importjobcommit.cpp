// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The write phase of ImportJob and the worker-thread entry points.
#include "importjob.h"

#include <core/import/recordmerge.h>
#include <core/logging.h>
#include <core/storage/store.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QtConcurrent>

namespace CoopAtlas::Core {

namespace {

class ImportJobText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::ImportJob)
};

Error writeError(const ImportPreview &preview, const ImportRecord &record, const Error &error)
{
    return Error{
        ImportJobText::tr("Writing \"%1\" failed: %2 Nothing was imported; correct the row and "
                          "import again.")
            .arg(record.displayName(), error.text()),
        ImportJobText::tr("%1, line %2")
            .arg(QFileInfo(preview.filePath).fileName())
            .arg(record.line)};
}

Result<QString> insert(Store &store, const ImportRecord &record)
{
    return record.target == RecordTarget::Organisation
               ? store.insertOrganisation(record.organisation)
               : store.insertPerson(record.person);
}

/// Replaces the vCard fields of the stored record with the same id; returns
/// false when nothing changed.
Result<bool> replaceSame(Store &store, const ImportRecord &record)
{
    if (record.target == RecordTarget::Organisation) {
        auto stored = store.organisation(record.existingId);
        if (!stored) {
            return stored.error();
        }
        if (!replaceVCardFields(stored.value(), record.organisation)) {
            return false;
        }
        if (auto updated = store.updateOrganisation(*stored); !updated) {
            return updated.error();
        }
        return true;
    }
    auto stored = store.person(record.existingId);
    if (!stored) {
        return stored.error();
    }
    if (!replaceVCardFields(stored.value(), record.person)) {
        return false;
    }
    if (auto updated = store.updatePerson(*stored); !updated) {
        return updated.error();
    }
    return true;
}

/// Merges the record into the stored one; returns false when nothing changed.
Result<bool> merge(Store &store, const ImportRecord &record, const QString &id)
{
    if (record.target == RecordTarget::Organisation) {
        auto existing = store.organisation(id);
        if (!existing) {
            return existing.error();
        }
        if (!mergeInto(existing.value(), record.organisation)) {
            return false;
        }
        if (auto updated = store.updateOrganisation(*existing); !updated) {
            return updated.error();
        }
        return true;
    }
    auto existing = store.person(id);
    if (!existing) {
        return existing.error();
    }
    if (!mergeInto(existing.value(), record.person)) {
        return false;
    }
    if (auto updated = store.updatePerson(*existing); !updated) {
        return updated.error();
    }
    return true;
}

} // namespace

Result<void> ImportJob::writeRecord(Store &store,
                                    const ImportPreview &preview,
                                    int index,
                                    const DuplicateMatch *duplicate,
                                    DuplicateDecision decision,
                                    ImportSummary &summary,
                                    QHash<int, QString> &writtenIds)
{
    const ImportRecord &record = preview.records.at(index);
    if (!record.existingId.isEmpty()) {
        auto replaced = replaceSame(store, record);
        if (!replaced) {
            return writeError(preview, record, replaced.error());
        }
        if (*replaced) {
            ++summary.updated;
        } else {
            summary.skippedRows.append({record.line,
                                        record.displayName(),
                                        ImportJobText::tr("already present in the database")});
        }
        writtenIds.insert(index, record.existingId);
        return {};
    }
    const QString targetId = !duplicate ? QString()
                             : duplicate->earlierIndex < 0
                                 ? duplicate->existingId
                                 : writtenIds.value(duplicate->earlierIndex);
    if (duplicate && decision == DuplicateDecision::Skip) {
        summary.skippedRows.append({record.line,
                                    record.displayName(),
                                    ImportJobText::tr("likely duplicate of \"%1\" (%2); skipped")
                                        .arg(duplicate->existingName, duplicate->reason)});
        writtenIds.insert(index, targetId);
        return {};
    }
    if (duplicate && decision == DuplicateDecision::Merge && !targetId.isEmpty()) {
        auto merged = merge(store, record, targetId);
        if (!merged) {
            return writeError(preview, record, merged.error());
        }
        if (*merged) {
            ++summary.merged;
        } else {
            summary.skippedRows.append(
                {record.line,
                 record.displayName(),
                 ImportJobText::tr("already present in \"%1\"").arg(duplicate->existingName)});
        }
        writtenIds.insert(index, targetId);
        return {};
    }
    auto id = insert(store, record);
    if (!id) {
        return writeError(preview, record, id.error());
    }
    ++summary.created;
    writtenIds.insert(index, *id);
    return {};
}

Result<ImportSummary> ImportJob::commit(const ImportPreview &preview,
                                        const QHash<int, DuplicateDecision> &decisions,
                                        DuplicateDecision fallback)
{
    m_cancelled = false;
    return runCommit(preview, decisions, fallback);
}

Result<ImportSummary> ImportJob::runCommit(const ImportPreview &preview,
                                           const QHash<int, DuplicateDecision> &decisions,
                                           DuplicateDecision fallback)
{
    qCInfo(lcImport) << "Writing" << preview.records.size() << "records from" << preview.filePath
                     << (m_dryRun ? "(dry run)" : "");
    auto db = Database::open(m_databasePath);
    if (!db) {
        qCWarning(lcImport) << "Cannot open the database:" << db.error().text();
        return db.error();
    }
    Store store(std::move(db).value());
    ImportSummary summary;
    summary.dryRun = m_dryRun;
    summary.warnings = preview.warnings;
    summary.skippedRows = preview.skipped;
    {
        Transaction transaction(store.database());
        if (!transaction.isActive()) {
            qCWarning(lcImport) << "Cannot begin the import:" << transaction.beginError().text();
            return transaction.beginError();
        }
        QHash<int, QString> writtenIds;
        QHash<int, const DuplicateMatch *> duplicates;
        for (const DuplicateMatch &match : preview.duplicates) {
            duplicates.insert(match.recordIndex, &match);
        }
        const qsizetype total = preview.records.size();
        for (int i = 0; i < total; ++i) {
            if (m_cancelled) {
                qCInfo(lcImport) << "Import cancelled at record" << i << "of" << total;
                return cancelledError(preview.filePath);
            }
            emit progress(i, total);
            auto written = writeRecord(store,
                                       preview,
                                       i,
                                       duplicates.value(i),
                                       decisions.value(i, fallback),
                                       summary,
                                       writtenIds);
            if (!written) {
                qCWarning(lcImport) << "Import rolled back:" << written.error().text();
                return written.error();
            }
        }
        emit progress(total, total);
        if (!m_dryRun) {
            if (auto committed = transaction.commit(); !committed) {
                qCWarning(lcImport) << "Import rolled back:" << committed.error().text();
                return committed.error();
            }
        }
    }
    summary.skipped = int(summary.skippedRows.size());
    qCInfo(lcImport) << "Import of" << preview.filePath << "done:" << summary.created << "created,"
                     << summary.updated << "updated," << summary.merged << "merged,"
                     << summary.skipped << "skipped";
    return summary;
}

bool ImportJob::isRunning() const
{
    return (m_analyseWatcher && m_analyseWatcher->isRunning())
           || (m_commitWatcher && m_commitWatcher->isRunning());
}

void ImportJob::startAnalyse(const QString &filePath)
{
    if (!m_analyseWatcher) {
        m_analyseWatcher = new QFutureWatcher<Result<ImportPreview>>(this);
        connect(m_analyseWatcher, &QFutureWatcherBase::finished, this, [this] {
            const Result<ImportPreview> result = m_analyseWatcher->result();
            if (result) {
                emit analysed(*result);
            } else {
                emit failed(result.error());
            }
        });
    }
    m_cancelled = false;
    m_analyseWatcher->setFuture(
        QtConcurrent::run([this, filePath] { return runAnalyse(filePath); }));
}

void ImportJob::startCommit(const QHash<int, DuplicateDecision> &decisions,
                            DuplicateDecision fallback)
{
    if (!m_commitWatcher) {
        m_commitWatcher = new QFutureWatcher<Result<ImportSummary>>(this);
        connect(m_commitWatcher, &QFutureWatcherBase::finished, this, [this] {
            const Result<ImportSummary> result = m_commitWatcher->result();
            if (result) {
                emit committed(*result);
            } else {
                emit failed(result.error());
            }
        });
    }
    m_cancelled = false;
    const ImportPreview preview = m_preview;
    m_commitWatcher->setFuture(QtConcurrent::run(
        [this, preview, decisions, fallback] { return runCommit(preview, decisions, fallback); }));
}

} // namespace CoopAtlas::Core
