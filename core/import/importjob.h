// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/import/columnmapping.h>
#include <core/import/importrecord.h>
#include <core/result.h>

#include <QFutureWatcher>
#include <QHash>
#include <QObject>

#include <atomic>
#include <optional>

namespace CoopAtlas::Core {

class Store;

/// Action for an imported record that is a likely duplicate of another.
enum class DuplicateDecision {
    Skip,    ///< leave the existing record as it is and drop the imported one
    Merge,   ///< fill empty fields of the existing record and append new contact data
    KeepBoth ///< create the imported record next to the existing one
};

/// An imported record that looks like a record already in the store or one
/// earlier in the same file.
struct DuplicateMatch
{
    int recordIndex = -1; ///< index in ImportPreview::records
    qsizetype line = 0;
    QString existingId;    ///< id of the record in the store, or empty
    int earlierIndex = -1; ///< index of the earlier record in the same file, or -1
    QString existingName;
    QString reason; ///< readable rule that matched, such as "same name and website smart.coop"
};

/// Result of ImportJob::analyse(): the records that a commit would write.
struct ImportPreview
{
    QString filePath;
    QString format;                       ///< "csv" or "vcard"
    std::optional<ColumnMapping> mapping; ///< the mapping used for a CSV file
    QList<ImportRecord> records;
    QList<DuplicateMatch> duplicates; ///< records that need a DuplicateDecision
    QList<SkippedRow> skipped;        ///< rows without a name and records already present
    QStringList warnings;             ///< values dropped or renamed while reading
};

struct ImportSummary
{
    int created = 0;
    int updated = 0; ///< records that replaced the stored record with the same id (vCard UID)
    int merged = 0;
    int skipped = 0;
    QList<SkippedRow> skippedRows; ///< every skipped row, with its line and reason
    QStringList warnings;
    bool dryRun = false; ///< true when nothing was written on purpose
};

/// Imports a CSV or vCard file into the store at a database path, in two
/// phases: analyse() reads, maps and checks for duplicates; commit() writes
/// every record in one transaction, so that all rows or none are saved.
///
/// Each phase opens its own Database connection on the path, so both run on a
/// worker thread through startAnalyse() and startCommit(). The GUI's own Store
/// should call notifyReloaded() after committed().
class ImportJob : public QObject
{
    Q_OBJECT

public:
    explicit ImportJob(QString databasePath, QObject *parent = nullptr);
    ~ImportJob() override;

    /// Uses this mapping for CSV files instead of the preset found from the header row.
    void setMapping(const ColumnMapping &mapping) { m_mapping = mapping; }
    /// Makes commit() count what it would do and then roll back.
    void setDryRun(bool dryRun) { m_dryRun = dryRun; }

    /// Reads and maps the file and finds duplicates; writes nothing.
    [[nodiscard]] Result<ImportPreview> analyse(const QString &filePath);
    /// Writes the records of `preview`. A duplicate without an entry in
    /// `decisions` (keyed by DuplicateMatch::recordIndex) gets `fallback`.
    [[nodiscard]] Result<ImportSummary> commit(const ImportPreview &preview,
                                               const QHash<int, DuplicateDecision> &decisions,
                                               DuplicateDecision fallback
                                               = DuplicateDecision::Skip);

    /// Runs analyse() on a worker thread; emits analysed() or failed().
    void startAnalyse(const QString &filePath);
    /// Runs commit() of the last analysed preview on a worker thread; emits
    /// committed() or failed().
    void startCommit(const QHash<int, DuplicateDecision> &decisions,
                     DuplicateDecision fallback = DuplicateDecision::Skip);
    /// Asks the running phase to stop; a cancelled commit writes nothing.
    void cancel() { m_cancelled = true; }
    [[nodiscard]] bool isRunning() const;
    /// The last analysed preview; read it after analysed() or analyse() returned.
    [[nodiscard]] const ImportPreview &preview() const { return m_preview; }

signals:
    /// Rows done out of total in the running phase; emitted from the worker thread.
    void progress(qint64 done, qint64 total);
    void analysed(const CoopAtlas::Core::ImportPreview &preview);
    void committed(const CoopAtlas::Core::ImportSummary &summary);
    void failed(const CoopAtlas::Core::Error &error);

private:
    // The phases without resetting the cancel flag, which the caller resets on
    // its own thread so that a cancel() right after a start is not lost.
    Result<ImportPreview> runAnalyse(const QString &filePath);
    Result<ImportSummary> runCommit(const ImportPreview &preview,
                                    const QHash<int, DuplicateDecision> &decisions,
                                    DuplicateDecision fallback);
    Result<ImportPreview> readRecords(const QString &filePath) const;
    Result<void> findDuplicates(Store &store, ImportPreview &preview);
    /// Clears, with a warning, a vCard organisation kind (X-COOPATLAS-KIND)
    /// that is not a term of the store.
    Result<void> checkKinds(const Store &store, ImportPreview &preview) const;
    Result<void> writeRecord(Store &store,
                             const ImportPreview &preview,
                             int index,
                             const DuplicateMatch *duplicate,
                             DuplicateDecision decision,
                             ImportSummary &summary,
                             QHash<int, QString> &writtenIds);
    Error cancelledError(const QString &filePath) const;

    QString m_databasePath;
    std::optional<ColumnMapping> m_mapping;
    bool m_dryRun = false;
    std::atomic<bool> m_cancelled = false;
    ImportPreview m_preview;
    QFutureWatcher<Result<ImportPreview>> *m_analyseWatcher = nullptr;
    QFutureWatcher<Result<ImportSummary>> *m_commitWatcher = nullptr;
};

} // namespace CoopAtlas::Core
