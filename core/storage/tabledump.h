// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <memory>

namespace CoopAtlas::Core {

class Database;

/// One table of the schema, with the columns that TableDump reads.
struct DumpTable
{
    QString name;
    /// Column names in declaration order. Virtual tables start with "rowid",
    /// because their rows are referenced by rowid.
    QStringList columns;
    /// Declared type of each column (PRAGMA table_info), upper case; empty for
    /// the "rowid" of a virtual table and for columns declared without a type.
    QStringList types;
    bool virtualTable = false;
    /// True when triggers write the table (search index, counters), so that a
    /// restore writes it after the tables that fire those triggers.
    bool derived = false;
};

/// Reads and writes every row of every table of a store without knowing its
/// schema, for backup and restore: the tables come from sqlite_master and the
/// columns from PRAGMA table_info. The internal tables of SQLite and the shadow
/// tables of FTS5 indexes are left out, because SQLite maintains them.
class TableDump
{
public:
    explicit TableDump(Database &db);
    ~TableDump();
    TableDump(const TableDump &) = delete;
    TableDump &operator=(const TableDump &) = delete;

    /// Tables ordered by name, derived tables last.
    [[nodiscard]] Result<QList<DumpTable>> tables() const;
    [[nodiscard]] Result<qint64> rowCount(const DumpTable &table) const;
    /// Calls `handler` with the values of each row, in rowid order (primary key
    /// order for WITHOUT ROWID tables), and stops at the first error it returns.
    /// Values are qlonglong, double, QString, QByteArray or a null QVariant.
    [[nodiscard]] Result<qint64>
    readRows(const DumpTable &table,
             const std::function<Result<void>(const QVariantList &)> &handler) const;

    /// Starts a read transaction, so that every read uses one snapshot of the file.
    [[nodiscard]] Result<void> beginSnapshot();
    void endSnapshot();

    /// Deletes every row of a table.
    [[nodiscard]] Result<void> clear(const DumpTable &table);
    /// Inserts one row with the given columns (a subset of the table's columns).
    [[nodiscard]] Result<void>
    insert(const DumpTable &table, const QStringList &columns, const QVariantList &values);
    /// Postpones foreign key checks to the commit of the current transaction.
    [[nodiscard]] Result<void> deferForeignKeys();
    /// Rows that break a foreign key, as "table, rowid N: references parent" texts.
    [[nodiscard]] Result<QStringList> foreignKeyViolations() const;

    /// An SQL identifier in double quotes.
    [[nodiscard]] static QString quoteIdentifier(const QString &name);

private:
    [[nodiscard]] Result<void> readColumns(DumpTable &table) const;
    [[nodiscard]] QString orderClause(const DumpTable &table) const;

    Database &m_db;
    mutable QHash<QString, QString> m_createSql; ///< CREATE statement of each table, from tables()
    QHash<QString, std::shared_ptr<QSqlQuery>> m_inserts;
};

} // namespace CoopAtlas::Core
