// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/interchange/csvwriter.h>
#include <core/result.h>
#include <core/storage/store.h>

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>

class QIODevice;

namespace CoopAtlas::Core {

/// Options of a list export: its rows, columns, headers, dialect and cell format.
struct ListCsvOptions
{
    ListQuery query; ///< table, filter and sort order of the rows
    /// Indexes into Store::listColumns(query.table), in the order written; empty for all.
    QList<int> columns;
    /// Header titles, one per written column; empty for the store's column titles.
    QStringList headers;
    CsvDialect dialect = CsvDialect::Plain;
    /// Turns a stored value into cell text; empty for formatListValue().
    std::function<QString(int column, const QVariant &value)> formatter;
};

/// Writes the rows of a list query as CSV, page by page, so that a list of any
/// length is exported without holding it in memory.
class ListCsvExport
{
public:
    /// Rows read from the store at a time; the cancel flag and the progress
    /// handler are checked after each page.
    static constexpr int PageSize = 2000;

    void setCancelFlag(std::shared_ptr<const std::atomic_bool> flag) { m_cancel = std::move(flag); }
    /// Calls `handler` with the rows written and the total, on the working thread.
    void setProgressHandler(std::function<void(qint64 done, qint64 total)> handler)
    {
        m_progress = std::move(handler);
    }

    /// Writes the header and every row of the query to `device`; returns the rows written.
    [[nodiscard]] Result<qint64>
    write(Store &store, const ListCsvOptions &options, QIODevice &device) const;
    /// Opens its own connection to `databasePath` (so it can run on any thread)
    /// and writes `outputPath` through a temporary file that replaces it only
    /// when the export succeeded.
    [[nodiscard]] Result<qint64> writeFile(const QString &databasePath,
                                           const ListCsvOptions &options,
                                           const QString &outputPath) const;

    /// Cell text of a stored list value: dates as YYYY-MM-DD, timestamps as
    /// ISO 8601 UTC, numbers without group separators, text as it is.
    [[nodiscard]] static QString formatListValue(const QVariant &value);

private:
    [[nodiscard]] bool isCancelled() const { return m_cancel && m_cancel->load(); }

    std::shared_ptr<const std::atomic_bool> m_cancel;
    std::function<void(qint64 done, qint64 total)> m_progress;
};

} // namespace CoopAtlas::Core
