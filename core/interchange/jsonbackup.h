// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QIODevice;

namespace CoopAtlas::Core {

class Database;

/// Full backup of a store as one JSON file, and its restore into a new file.
///
/// The backup is generic over the schema: every table that sqlite_master lists
/// (except SQLite's own and the FTS5 shadow tables) with every row, in rowid
/// order, so tables added by later schema versions are included without code
/// changes. Layout:
///
///     {"format": "coopatlas-backup", "formatVersion": 1, "schemaVersion": 4,
///      "createdAt": "2026-12-04T21:00:00Z", "application": "CoopAtlas 0.1",
///      "tables": [{"name": "links", "columns": ["id", ...],
///                  "rows": [[...], ...], "rowCount": 2}, ...]}
///
/// Values are JSON null, integers, numbers, strings, {"base64": "..."} for blobs
/// and {"real": 2} for a REAL value without a fraction. Each row is written as
/// it is read, so the file is never held in memory while writing. Metadata rows
/// whose key names a password, secret, token, cookie or credential are left
/// out; CoopAtlas keeps credentials in the system keychain, so a store has none.
class JsonBackup
{
public:
    static constexpr int FormatVersion = 1;
    /// Rows between two checks of the cancel flag and two progress calls.
    static constexpr int ProgressInterval = 1000;

    /// Makes write() and restore() stop with an error once `*flag` is true.
    void setCancelFlag(std::shared_ptr<const std::atomic_bool> flag) { m_cancel = std::move(flag); }
    /// Calls `handler` with the rows done and the total, on the working thread.
    void setProgressHandler(std::function<void(qint64 done, qint64 total)> handler)
    {
        m_progress = std::move(handler);
    }

    /// Writes the backup of `db` to `path` through a temporary file that
    /// replaces `path` only when the whole backup is written. Returns the rows written.
    [[nodiscard]] Result<qint64> write(Database &db, const QString &path) const;
    [[nodiscard]] Result<qint64> write(Database &db, QIODevice &device) const;

    /// Restores a backup into a new store file at `targetPath`. The rows are
    /// written in one transaction into a temporary file next to the target,
    /// which becomes the target only when everything succeeded, so a failure
    /// leaves no partial file. An existing target is an error unless `replace`
    /// is true; the caller must make sure that no connection has it open.
    /// A backup of an older schema version is restored into that version and
    /// then migrated. Returns the rows restored.
    ///
    /// The backup is read twice, one row at a time, never whole. The first pass
    /// checks the JSON, the header, the tables, their columns and row counts,
    /// and keeps the text of every "id" column. Memory therefore grows with the
    /// number of records, not with the size of the file. The second pass
    /// checks and inserts each row. A table object must list "name" and
    /// "columns" before "rows", as write() does.
    [[nodiscard]] Result<qint64>
    restore(const QString &backupPath, const QString &targetPath, bool replace = false) const;

    /// SHA-256 of a canonical text dump of every table and row, in the order
    /// and encoding of the backup: two stores with equal digests have equal contents.
    /// Rows of the search tables count without their FTS row numbers and in sorted
    /// order, because a restore rebuilds those tables from the restored records.
    [[nodiscard]] static Result<QByteArray> canonicalDigest(Database &db);

private:
    [[nodiscard]] bool isCancelled() const { return m_cancel && m_cancel->load(); }

    std::shared_ptr<const std::atomic_bool> m_cancel;
    std::function<void(qint64 done, qint64 total)> m_progress;
};

} // namespace CoopAtlas::Core
