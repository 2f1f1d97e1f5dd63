// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace CoopAtlas::Core {

/// PRAGMA application_id of a CoopAtlas file: "CoAt" in ASCII.
inline constexpr int CoopAtlasApplicationId = 0x436f4174;

/// One forward-only schema step. Step N takes a file from user_version N-1 to N.
struct Migration
{
    int version = 0;
    QString description;
    /// Runs inside the migration transaction, so an error rolls back every pending step.
    std::function<Result<void>(QSqlDatabase &db)> apply;
};

/// Schema steps of this build, in order. The version of the last one is
/// Database::latestSchemaVersion().
const QList<Migration> &schemaMigrations();

/// Columns shared by every record table: identity, authorship, sync state,
/// tombstone and custom fields, as SQL column definitions.
QString metaColumns();

/// A record table whose text the FTS5 table search_index covers.
struct SearchSource
{
    QString kind; ///< recordKindName() of the table's records
    QString table;
    QString watchedColumns; ///< columns whose update rewrites the index row
    QString title;          ///< SQL over new.*
    QString body;           ///< SQL over new.*
};

/// Triggers that keep the search_index rows of `source`'s live records in step.
QStringList searchTriggers(const SearchSource &source);

/// Runs each statement of `statements` on `db`, stopping at the first failure.
Result<void> executeStatements(QSqlDatabase &db, const QStringList &statements);

} // namespace CoopAtlas::Core
