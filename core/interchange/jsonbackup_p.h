// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>

#include <QHash>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

// Parts of the JSON backup format that the backup writer and the restore share.
namespace CoopAtlas::Core::BackupFormat {

/// Value of the "format" key of every backup file.
inline constexpr auto Name = "coopatlas-backup";

/// The error of a backup or restore that was cancelled.
[[nodiscard]] Error cancelledError();

/// The SQLite value of a backup cell, or nothing when the cell is not one.
[[nodiscard]] std::optional<QVariant> decodeValue(const QJsonValue &value);

/// The problem that keeps `value` out of column `column` of declared type
/// `type`, or an empty text when the value fits.
[[nodiscard]] QString
valueProblem(const QString &column, const QString &type, const QVariant &value);

/// Maximum length, in UTF-16 code units, of a text that a restore accepts in one cell.
inline constexpr qsizetype MaxTextLength = 1024 * 1024;

/// Term keys of the backup's taxonomy table, by vocabulary.
using TermKeys = QHash<QString, QSet<QString>>;

/// Describes why `value` cannot go into column `column` of table `table`,
/// checked as the store checks an edit. Returns an empty text when it fits.
/// A text value has at most MaxTextLength characters, and a JSON column parses.
/// A term column contains a key of its vocabulary in `terms`, and an activity
/// status, role or kind column one of its fixed keys.
[[nodiscard]] QString contentProblem(const QString &table,
                                     const QString &column,
                                     const QString &type,
                                     const QVariant &value,
                                     const TermKeys &terms);

/// Columns that refer to the id of a record in any table, by table, without a
/// foreign key in the schema, because the record may be an organisation or a person.
[[nodiscard]] const QHash<QString, QStringList> &recordReferences();

} // namespace CoopAtlas::Core::BackupFormat
