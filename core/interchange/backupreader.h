// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>

namespace CoopAtlas::Core {

/// A table of a backup file, as BackupReader meets it before its rows.
struct BackupTableStart
{
    QString name;        ///< empty when the entry of "tables" is not an object
    QStringList columns; ///< the "columns" list; a column that is not text is ""
    qsizetype index = 0; ///< position in the "tables" list, from 0
};

/// Reads the file layout that JsonBackup writes in one pass, in bounded memory:
/// the top-level keys, and for each entry of "tables" its name and columns,
/// then its rows one at a time, then its "rowCount". Only one row and the
/// values outside "rows" are in memory at a time.
///
/// Because the file is read once, a table object must give "name" and
/// "columns" before "rows", as JsonBackup writes them.
class BackupReader
{
public:
    struct Handler
    {
        /// Called once per table, before its first row.
        std::function<Result<void>(const BackupTableStart &table)> tableStarted;
        /// Called with each row and its number in the table, from 1. A valid
        /// row is an array; other values are passed on for the handler to reject.
        std::function<Result<void>(const QJsonValue &row, qint64 number)> row;
        /// Called after the last row with the number of rows and the value of
        /// "rowCount" (undefined when the table has none).
        std::function<Result<void>(qint64 rows, const QJsonValue &declaredRows)> tableFinished;
    };

    /// Reads `path` and calls `handler` for each table; stops at the first error
    /// of the handler or of the JSON. Returns the top-level keys other than
    /// "tables". When "tables" is a list, the result has "tables" set to an
    /// empty list, so that callers can check that it exists.
    [[nodiscard]] static Result<QJsonObject> read(const QString &path, const Handler &handler);
};

} // namespace CoopAtlas::Core
