// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/import/textdecoding.h>
#include <core/result.h>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace CoopAtlas::Core {

/// One logical CSV record. A quoted field with line breaks makes one record span
/// several physical lines.
struct CsvRow
{
    qsizetype line = 0;   ///< physical line (1-based) on which the record starts
    qsizetype record = 0; ///< logical record number, 1 for the first row after the header
    QStringList fields;   ///< exactly one field per header column
    /// Indexes of the fields whose formula guard (see removeCsvFormulaGuard())
    /// was removed. Their values are exact, so importers must not trim them.
    QList<qsizetype> unguardedFields;

    [[nodiscard]] bool isUnguarded(qsizetype field) const
    {
        return unguardedFields.contains(field);
    }
};

struct CsvTable
{
    QString fileName;
    QStringList headers; ///< unique names; a repeated name gets " (2)", " (3)" appended
    QList<CsvRow> rows;
    QChar delimiter;
    TextEncoding encoding = TextEncoding::Utf8;
    QStringList warnings; ///< readable notes, such as renamed duplicate headers
};

/// Reads CSV files as written by spreadsheets and address books: RFC 4180
/// quoting, a comma, semicolon or tab delimiter, and UTF-8, UTF-16 or
/// Windows-1252 text. The first record is the header row. Line breaks inside
/// quoted fields are kept as written (LF, CRLF or CR), and the formula guard
/// of CoopAtlas's own CSV export is removed from every field.
class CsvReader
{
public:
    static constexpr qsizetype DefaultMaxFieldSize = qsizetype(1024) * 1024;
    /// Records parsed between two checks of the cancel flag and two calls of
    /// the progress handler.
    static constexpr qsizetype CancelCheckInterval = 4096;

    /// Sets the largest field accepted, in characters; a larger field is an error.
    void setMaxFieldSize(qsizetype characters) { m_maxFieldSize = characters; }
    [[nodiscard]] qsizetype maxFieldSize() const { return m_maxFieldSize; }
    /// Makes read() and readFile() stop with an error once `*flag` is true. The
    /// flag is checked before decoding and then every CancelCheckInterval
    /// records, so another thread can stop the read of a large file. A null
    /// flag removes the check.
    void setCancelFlag(std::shared_ptr<const std::atomic_bool> flag) { m_cancel = std::move(flag); }
    /// Calls `handler` with the number of records parsed so far, every
    /// CancelCheckInterval records, on the thread that reads.
    void setProgressHandler(std::function<void(qsizetype records)> handler)
    {
        m_progress = std::move(handler);
    }

    [[nodiscard]] Result<CsvTable> readFile(const QString &path) const;
    /// Parses bytes; `fileName` is the name shown in errors.
    [[nodiscard]] Result<CsvTable> read(const QByteArray &bytes, const QString &fileName) const;

    /// Picks among comma, semicolon and tab the one found most often outside
    /// quotes in the first record; a comma when none is found.
    [[nodiscard]] static QChar detectDelimiter(QStringView text);

private:
    [[nodiscard]] bool isCancelled() const { return m_cancel && m_cancel->load(); }

    qsizetype m_maxFieldSize = DefaultMaxFieldSize;
    std::shared_ptr<const std::atomic_bool> m_cancel;
    std::function<void(qsizetype records)> m_progress;
};

} // namespace CoopAtlas::Core
