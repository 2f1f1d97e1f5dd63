// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>

#include <QSqlDatabase>
#include <QString>

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

private:
    Database() = default;

    QString m_path;
    QString m_connectionName;
    QString m_author;
    bool m_isNew = false;

    friend class Transaction;
    int m_transactionDepth = 0;
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
