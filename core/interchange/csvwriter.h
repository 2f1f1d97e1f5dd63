// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>

#include <QChar>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace CoopAtlas::Core {

/// Byte layout of an exported CSV file. Both use RFC 4180 quoting and CRLF line ends.
enum class CsvDialect {
    /// UTF-8 with a byte order mark and ";" between fields: what Excel opens
    /// correctly where the decimal separator is a comma (French, Dutch, German).
    Excel,
    /// UTF-8 without a byte order mark and "," between fields.
    Plain,
};

/// The dialect for a UI language ("fr", "nl", "de" give Excel, others Plain).
[[nodiscard]] CsvDialect defaultCsvDialect(const QString &language);
/// Parses "excel" or "plain"; nothing for any other text.
[[nodiscard]] std::optional<CsvDialect> csvDialectFromName(const QString &name);

/// Prefixes one apostrophe to a cell that starts with "=", "+", "-", "@", a
/// tab or a carriage return, so that a spreadsheet shows it as text instead of
/// running it as a formula. Spaces and apostrophes before that character do
/// not count: " =1" becomes "' =1" and "'=1" becomes "''=1".
[[nodiscard]] QString guardCsvFormula(const QString &cell);
/// Removes the apostrophe that guardCsvFormula() added, so that
/// removeCsvFormulaGuard(guardCsvFormula(x)) == x for every x. A cell without
/// a guarded character, such as "'quoted", keeps its apostrophe.
[[nodiscard]] QString removeCsvFormulaGuard(const QString &cell);

/// Writes CSV records to a device, one at a time, so that a large export never
/// keeps the whole file in memory. Every cell goes through guardCsvFormula().
class CsvWriter
{
public:
    CsvWriter(QIODevice &device, CsvDialect dialect);

    [[nodiscard]] QChar delimiter() const { return m_delimiter; }
    /// Writes the byte order mark of the Excel dialect; call it before the first record.
    [[nodiscard]] Result<void> writeStart();
    [[nodiscard]] Result<void> writeRecord(const QStringList &cells);

    /// One field as written: guarded, and quoted when it contains the
    /// delimiter, a quote, a line break, or leading or trailing spaces.
    [[nodiscard]] QString encodeField(const QString &cell) const;

private:
    [[nodiscard]] Result<void> write(const QByteArray &bytes);

    QIODevice &m_device;
    CsvDialect m_dialect;
    QChar m_delimiter;
};

} // namespace CoopAtlas::Core
