// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/import/columnmapping.h>
#include <core/import/csvreader.h>
#include <core/import/importrecord.h>
#include <core/result.h>

namespace CoopAtlas::Core {

/// Records made from the rows of a CSV table, and the rows left out.
struct MappedRows
{
    QList<ImportRecord> records;
    QList<SkippedRow> skipped; ///< rows without a name
    QStringList warnings;      ///< values that could not be read, such as invalid dates
};

/// Applies a ColumnMapping to the rows of a CsvTable. Phone numbers and
/// postcodes stay text, so leading zeros are kept.
class RecordMapper
{
public:
    /// Fails when the mapping does not fit the header row; rows without a name
    /// are skipped, not failed.
    [[nodiscard]] static Result<MappedRows> map(const CsvTable &table,
                                                const ColumnMapping &mapping);

    /// Reads "yyyy-mm-dd", "dd/mm/yyyy" (or "mm/dd/yyyy" when dayFirst is false,
    /// with "/", "." or "-" between the parts) and, when allowNoYear is true,
    /// "--mm-dd". Returns "yyyy-mm-dd", "--mm-dd", or an empty string.
    [[nodiscard]] static QString parseDate(const QString &text, bool dayFirst, bool allowNoYear);
};

} // namespace CoopAtlas::Core
