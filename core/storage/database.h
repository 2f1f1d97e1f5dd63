// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>
#include <core/storage/migration.h>

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace CoopAtlas::Core {

/// One connection to a CoopAtlas SQLite file.
///
/// Opening runs the schema migrations (forward only, all pending steps in one
/// transaction) and sets WAL, foreign keys and a busy timeout. A connection
/// belongs to the thread that opened it: work on another thread opens its own
/// Database on the same path.
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens or creates the file at `path` and migrates it to schemaVersion().
    /// Fails with a message naming the file when it is not a CoopAtlas store,
    /// is newer than this build understands, or cannot be written.
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString &path);
    /// Opens like open(path) but with the given schema steps instead of
    /// schemaMigrations(); tests of the migration runner use it.
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString &path,
                                                                const QList<Migration> &migrations);
    /// Opens an existing store for reading only (SQLITE_OPEN_READONLY), so a
    /// read-only file or folder works and the file is never changed: no WAL
    /// switch, no migration. Rejects a missing or empty file, a file that is not
    /// a CoopAtlas store, and a store of another schema version than
    /// latestSchemaVersion(). That last message tells the user that the GUI or a
    /// writing command upgrades the file.
    [[nodiscard]] static Result<std::unique_ptr<Database>> openReadOnly(const QString &path);

    /// A sentence for a failed SQLite call that says what went wrong in plain
    /// words and what to do: a read-only file or folder, a full disk, a file that
    /// cannot be opened, is locked or is damaged. Other errors give SQLite's own
    /// message. The sentence ends with a full stop and names no file.
    [[nodiscard]] static QString describeError(const QSqlError &error);

    /// Schema version that this build writes (PRAGMA user_version).
    [[nodiscard]] static int latestSchemaVersion();
    [[nodiscard]] int schemaVersion() const;

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QSqlDatabase connection() const;

    /// Name written to created_by / updated_by of records changed through this connection.
    void setAuthor(const QString &author) { m_author = author; }
    [[nodiscard]] QString author() const { return m_author; }

    /// True when the file was created by this open call (no tables before).
    [[nodiscard]] bool isNew() const { return m_isNew; }

    /// True while a Transaction on this connection is open.
    [[nodiscard]] bool inTransaction() const { return m_transactionDepth > 0; }
    /// Called when the outermost Transaction ends, with true when it committed.
    /// The Store uses it to emit its change signals only for committed work.
    void setTransactionFinishedHandler(std::function<void(bool committed)> handler)
    {
        m_transactionFinished = std::move(handler);
    }

    /// Makes every statement of this connection fail with an "interrupted" error
    /// while `*flag` is true, so that another thread can stop a long read by
    /// setting the flag. SQLite checks it every 1000 virtual machine instructions
    /// through its progress handler. A null flag removes the check. Returns false
    /// when the SQLite library of the QSQLITE driver could not be reached.
    bool setCancelFlag(std::shared_ptr<const std::atomic_bool> flag);

private:
    // SQLite primary result codes (sqlite3.h), so that the build needs no SQLite headers.
    static constexpr int SqlitePermission = 3;
    static constexpr int SqliteBusy = 5;
    static constexpr int SqliteLocked = 6;
    static constexpr int SqliteReadOnly = 8;
    static constexpr int SqliteIoError = 10;
    static constexpr int SqliteCorrupt = 11;
    static constexpr int SqliteFull = 13;
    static constexpr int SqliteCannotOpen = 14;
    static constexpr int SqliteNotADatabase = 26;

    Database() = default;
    [[nodiscard]] static Result<void> checkWritable(const QString &path);
    [[nodiscard]] Result<void> checkFileOnce();
    [[nodiscard]] Result<void> checkFile() const;
    [[nodiscard]] Result<void> checkContents(int latestVersion);
    [[nodiscard]] Result<void> configure();
    [[nodiscard]] static Result<void> checkExistingFile(const QString &path);
    [[nodiscard]] Result<void> checkReadOnlyVersion();
    [[nodiscard]] Result<void> migrate(const QList<Migration> &migrations);
    void finishTransaction(bool committed);

    QString m_path;
    QString m_connectionName;
    QString m_author;
    bool m_isNew = false;
    /// Key of this connection in the process-wide list of open store files.
    QString m_openFileKey;
    std::shared_ptr<const std::atomic_bool> m_cancelFlag;

    friend class Transaction;
    int m_transactionDepth = 0;
    std::function<void(bool committed)> m_transactionFinished;
};

/// A unit of work: BEGIN IMMEDIATE at construction (a SAVEPOINT when nested),
/// ROLLBACK at destruction unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] bool isActive() const { return m_active; }
    /// Error from BEGIN, if any.
    [[nodiscard]] const Error &beginError() const { return m_beginError; }
    [[nodiscard]] Result<void> commit();

private:
    Database &m_db;
    QString m_savepoint;
    bool m_active = false;
    bool m_done = false;
    Error m_beginError;
};

} // namespace CoopAtlas::Core
