// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Restore of a JSON backup: two passes over the file, each in bounded memory.
// The first checks the JSON and the layout and collects the record ids, the
// second writes the rows in one transaction.
#include "jsonbackup.h"
#include "jsonbackup_p.h"

#include <core/interchange/backupreader.h>
#include <core/interchange/exportlogging.h>
#include <core/storage/database.h>
#include <core/storage/migration.h>
#include <core/storage/recordrows.h>
#include <core/storage/tabledump.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

namespace CoopAtlas::Core {

namespace {

class JsonBackupText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::JsonBackup)
};

const QString FormatName = QString::fromLatin1(BackupFormat::Name);

using BackupFormat::cancelledError;
using BackupFormat::contentProblem;
using BackupFormat::decodeValue;
using BackupFormat::recordReferences;
using BackupFormat::valueProblem;

/// Findings of the first pass over a backup file: its top-level keys, its
/// tables in file order with their row counts, and every text in an "id"
/// column, which record references must name.
struct BackupScan
{
    QJsonObject header;
    QList<BackupTableStart> tables;
    QList<qint64> rowCounts;        ///< rows in the file, per table
    QList<QJsonValue> declaredRows; ///< "rowCount" of each table, undefined when missing
    QSet<QString> ids;
    BackupFormat::TermKeys terms; ///< keys of the "taxonomy" table, by vocabulary
    qint64 totalRows = 0;
};

/// Search tables, which the insert triggers of the restored records fill, so
/// that the search index matches the restored values and not the file.
bool isRebuilt(const DumpTable &table)
{
    return table.derived && table.name.startsWith(QLatin1String("search_"));
}

/// Reads the whole backup once without writing anything.
Result<BackupScan> scanBackup(const QString &path, const std::function<bool()> &isCancelled)
{
    BackupScan scan;
    qsizetype idColumn = -1;
    qsizetype vocabularyColumn = -1;
    qsizetype keyColumn = -1;
    BackupReader::Handler handler;
    handler.tableStarted = [&](const BackupTableStart &table) -> Result<void> {
        scan.tables.append(table);
        idColumn = table.columns.indexOf(QStringLiteral("id"));
        const bool taxonomy = table.name == u"taxonomy";
        vocabularyColumn = taxonomy ? table.columns.indexOf(QStringLiteral("vocabulary")) : -1;
        keyColumn = taxonomy ? table.columns.indexOf(QStringLiteral("key")) : -1;
        return {};
    };
    handler.row = [&](const QJsonValue &row, qint64) -> Result<void> {
        if (++scan.totalRows % JsonBackup::ProgressInterval == 0 && isCancelled()) {
            return cancelledError();
        }
        const QJsonArray cells = row.toArray();
        if (vocabularyColumn >= 0 && keyColumn >= 0) {
            scan.terms[cells.at(vocabularyColumn).toString()].insert(
                cells.at(keyColumn).toString());
        }
        if (idColumn < 0) {
            return {};
        }
        if (const QJsonValue id = cells.at(idColumn); id.isString()) {
            scan.ids.insert(id.toString());
        }
        return {};
    };
    handler.tableFinished = [&](qint64 rows, const QJsonValue &declaredRows) -> Result<void> {
        scan.rowCounts.append(rows);
        scan.declaredRows.append(declaredRows);
        return {};
    };
    auto header = BackupReader::read(path, handler);
    if (!header) {
        return header.error();
    }
    scan.header = std::move(header).value();
    return scan;
}

Result<int> checkHeader(const QJsonObject &backup, const QString &path)
{
    if (backup.value(QStringLiteral("format")).toString() != FormatName) {
        return Error{JsonBackupText::tr("This is not a CoopAtlas backup (no \"format\": \"%1\"). "
                                        "Choose a file made with Back Up.")
                         .arg(FormatName),
                     path};
    }
    const auto format = backup.value(QStringLiteral("formatVersion")).toInteger(-1);
    if (format != JsonBackup::FormatVersion) {
        return Error{JsonBackupText::tr("The backup has format version %1, but this version of "
                                        "CoopAtlas reads format version %2. Restore it with the "
                                        "CoopAtlas version that wrote it.")
                         .arg(format)
                         .arg(JsonBackup::FormatVersion),
                     path};
    }
    const auto schema = backup.value(QStringLiteral("schemaVersion")).toInteger(-1);
    if (schema < 1 || schema > Database::latestSchemaVersion()) {
        return Error{JsonBackupText::tr("The backup has schema version %1, but this version of "
                                        "CoopAtlas knows versions 1 to %2. Update CoopAtlas and "
                                        "restore again.")
                         .arg(schema)
                         .arg(Database::latestSchemaVersion()),
                     path};
    }
    if (!backup.value(QStringLiteral("tables")).isArray()) {
        return Error{JsonBackupText::tr("The backup has no \"tables\" list. The file is damaged; "
                                        "use another backup."),
                     path};
    }
    return int(schema);
}

void removeStoreFiles(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile::remove(path + suffix);
    }
}

QList<Migration> migrationsUpTo(int version)
{
    QList<Migration> steps;
    for (const Migration &migration : schemaMigrations()) {
        if (migration.version <= version) {
            steps.append(migration);
        }
    }
    return steps;
}

const DumpTable *findTable(const QList<DumpTable> &tables, const QString &name)
{
    const auto found = std::find_if(
        tables.cbegin(), tables.cend(), [&name](const DumpTable &t) { return t.name == name; });
    return found == tables.cend() ? nullptr : &*found;
}

/// Checks the name, the columns and the row count of table `index` of the scan.
Result<void> checkTable(const BackupScan &scan,
                        qsizetype index,
                        const QList<DumpTable> &tables,
                        const QString &backupName)
{
    const BackupTableStart &backupTable = scan.tables.at(index);
    const DumpTable *table = findTable(tables, backupTable.name);
    if (!table) {
        return Error{JsonBackupText::tr("The backup contains table \"%1\", which this schema "
                                        "version does not have. The backup is damaged or was "
                                        "edited; use another backup.")
                         .arg(backupTable.name),
                     backupName};
    }
    for (const QString &name : backupTable.columns) {
        if (!table->columns.contains(name)) {
            return Error{JsonBackupText::tr("Table \"%1\" has no column \"%2\" in this schema "
                                            "version. The backup is damaged or was edited; use "
                                            "another backup.")
                             .arg(table->name, name),
                         backupName};
        }
    }
    for (const QString &name : table->columns) {
        if (!backupTable.columns.contains(name)) {
            return Error{JsonBackupText::tr("Table \"%1\" of the backup lacks column \"%2\". The "
                                            "backup is damaged or was edited; use another backup.")
                             .arg(table->name, name),
                         backupName};
        }
    }
    const qint64 rows = scan.rowCounts.at(index);
    const auto declared = scan.declaredRows.at(index).toInteger(-1);
    if (declared != rows) {
        return Error{JsonBackupText::tr("Table \"%1\" has %2 rows but the backup declares %3. The "
                                        "backup is incomplete; use another backup.")
                         .arg(table->name)
                         .arg(rows)
                         .arg(declared),
                     backupName};
    }
    return {};
}

/// Checks the scanned tables against `tables`, the tables of the backup's
/// schema version, before anything is written.
Result<void> checkTables(const BackupScan &scan,
                         const QList<DumpTable> &tables,
                         int schemaVersion,
                         const QString &backupName)
{
    if (scan.tables.isEmpty()) {
        return Error{JsonBackupText::tr("The backup contains no tables. The file is damaged or "
                                        "was edited; use another backup."),
                     backupName};
    }
    for (const DumpTable &table : tables) {
        const bool present
            = std::any_of(scan.tables.cbegin(),
                          scan.tables.cend(),
                          [&table](const BackupTableStart &t) { return t.name == table.name; });
        if (!present) {
            return Error{JsonBackupText::tr("The backup lacks table \"%1\" of schema version %2. "
                                            "The backup is damaged or was edited; use another "
                                            "backup.")
                             .arg(table.name)
                             .arg(schemaVersion),
                         backupName};
        }
    }
    for (qsizetype i = 0; i < scan.tables.size(); ++i) {
        if (auto checked = checkTable(scan, i, tables, backupName); !checked) {
            return checked;
        }
    }
    return {};
}

/// True when no table that triggers fill comes before another table in the
/// file, so that one pass writes both phases in order.
bool derivedTablesLast(const BackupScan &scan, const QList<DumpTable> &tables)
{
    bool derivedSeen = false;
    for (const BackupTableStart &backupTable : scan.tables) {
        const DumpTable *table = findTable(tables, backupTable.name);
        const bool derived = table && table->derived;
        if (derivedSeen && !derived) {
            return false;
        }
        derivedSeen = derivedSeen || derived;
    }
    return true;
}

/// Writes the rows of a checked backup into a TableDump while the file is read
/// again. Derived tables (filled by triggers) are written after the others and
/// cleared first, so that their rows from the backup replace what the triggers wrote.
class RestoreWriter
{
public:
    RestoreWriter(TableDump &dump,
                  const QList<DumpTable> &tables,
                  const BackupScan &scan,
                  const QString &backupName,
                  const std::function<bool()> &isCancelled,
                  const std::function<void(qint64, qint64)> &progress)
        : m_dump(dump)
        , m_tables(tables)
        , m_scan(scan)
        , m_backupName(backupName)
        , m_isCancelled(isCancelled)
        , m_progress(progress)
    {}

    /// Reads the file at `path` once and writes the tables whose `derived`
    /// flag is in `phases`, after clearing every target table of those phases.
    Result<void> writePass(const QString &path, const QList<bool> &phases)
    {
        m_phases = phases;
        m_derivedCleared = !phases.contains(false);
        if (auto cleared = clearPhase(!phases.contains(false)); !cleared) {
            return cleared;
        }
        BackupReader::Handler handler;
        handler.tableStarted = [this](const BackupTableStart &table) {
            return startTable(table);
        };
        handler.row = [this](const QJsonValue &row, qint64 number) {
            return writeRow(row, number);
        };
        handler.tableFinished = [](qint64, const QJsonValue &) {
            return Result<void>();
        };
        if (auto read = BackupReader::read(path, handler); !read) {
            return read.error();
        }
        if (phases.contains(true) && !m_derivedCleared) {
            return clearPhase(true);
        }
        return {};
    }

    [[nodiscard]] qint64 rowsWritten() const { return m_done; }

private:
    Result<void> clearPhase(bool derived)
    {
        for (const DumpTable &table : m_tables) {
            if (table.derived == derived && !isRebuilt(table)) {
                if (auto cleared = m_dump.clear(table); !cleared) {
                    return cleared;
                }
            }
        }
        return {};
    }

    Result<void> startTable(const BackupTableStart &backupTable)
    {
        const DumpTable *table = findTable(m_tables, backupTable.name);
        m_table = table && m_phases.contains(table->derived) ? table : nullptr;
        if (!m_table) {
            return {};
        }
        if (m_table->derived && !m_derivedCleared) {
            m_derivedCleared = true;
            if (auto cleared = clearPhase(true); !cleared) {
                return cleared;
            }
        }
        m_columns = backupTable.columns;
        m_rebuilt = isRebuilt(*m_table);
        m_references.clear();
        for (const QString &column : recordReferences().value(m_table->name)) {
            if (const qsizetype index = m_columns.indexOf(column); index >= 0) {
                m_references.append(index);
            }
        }
        return {};
    }

    Error rowError(qint64 row, const QString &problem) const
    {
        return Error{JsonBackupText::tr("Table \"%1\", row %2: %3. Correct or remove that row in "
                                        "the backup file and restore again; nothing was restored.")
                         .arg(m_table->name)
                         .arg(row)
                         .arg(problem),
                     m_backupName};
    }

    /// Checks that the record references of a row name the id of a row in the backup.
    Result<void> checkReferences(const QJsonArray &cells, qint64 rowNumber) const
    {
        for (const qsizetype index : m_references) {
            const QString id = cells.at(index).toString();
            if (!m_scan.ids.contains(id)) {
                return Error{JsonBackupText::tr("Table \"%1\", row %2: column \"%3\" refers to "
                                                "\"%4\", which the backup does not contain. "
                                                "Correct or remove that row in the backup file "
                                                "and restore again; nothing was restored.")
                                 .arg(m_table->name)
                                 .arg(rowNumber)
                                 .arg(m_columns.at(index), id),
                             m_backupName};
            }
        }
        return {};
    }

    Result<QVariantList> decodeRow(const QJsonArray &cells, qint64 rowNumber) const
    {
        QVariantList values;
        values.reserve(cells.size());
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const auto value = decodeValue(cells.at(i));
            if (!value) {
                return rowError(rowNumber,
                                JsonBackupText::tr("the value of column \"%1\" is not a number, "
                                                   "text, null or {\"base64\": ...}")
                                    .arg(m_columns.at(i)));
            }
            const qsizetype column = m_table->columns.indexOf(m_columns.at(i));
            if (auto problem = valueProblem(m_columns.at(i), m_table->types.value(column), *value);
                !problem.isEmpty()) {
                return rowError(rowNumber, problem);
            }
            if (auto problem = contentProblem(m_table->name,
                                              m_columns.at(i),
                                              m_table->types.value(column),
                                              *value,
                                              m_scan.terms);
                !problem.isEmpty()) {
                const qsizetype id = m_columns.indexOf(QStringLiteral("id"));
                return rowError(rowNumber,
                                id < 0 ? problem
                                       : JsonBackupText::tr("%1 (row id \"%2\")")
                                             .arg(problem, cells.at(id).toString()));
            }
            values.append(*value);
        }
        setSortName(values);
        return values;
    }

    /// Sets sort_name from the restored name, as the store does on every edit.
    void setSortName(QVariantList &values) const
    {
        const qsizetype sortColumn = m_columns.indexOf(QStringLiteral("sort_name"));
        const QString nameColumn = m_table->name == u"persons" ? QStringLiteral("formatted_name")
                                                               : QStringLiteral("name");
        const qsizetype name = m_columns.indexOf(nameColumn);
        if (sortColumn >= 0 && name >= 0) {
            values[sortColumn] = RecordRows::sortKey(values.at(name).toString());
        }
    }

    Result<void> writeRow(const QJsonValue &row, qint64 rowNumber)
    {
        if (!m_table) {
            return {};
        }
        if (m_rebuilt) {
            // The triggers wrote this table from the restored rows.
            return countRow();
        }
        const QJsonArray cells = row.toArray();
        if (cells.size() != m_columns.size()) {
            return rowError(rowNumber,
                            JsonBackupText::tr("%1 values for %2 columns")
                                .arg(cells.size())
                                .arg(m_columns.size()));
        }
        if (auto referenced = checkReferences(cells, rowNumber); !referenced) {
            return referenced;
        }
        auto values = decodeRow(cells, rowNumber);
        if (!values) {
            return values.error();
        }
        if (auto inserted = m_dump.insert(*m_table, m_columns, *values); !inserted) {
            const QString id = values->value(0).toString();
            return rowError(rowNumber,
                            JsonBackupText::tr("%1 = \"%2\" was rejected (%3)")
                                .arg(m_columns.value(0), id, inserted.error().message));
        }
        return countRow();
    }

    Result<void> countRow()
    {
        if (++m_done % JsonBackup::ProgressInterval == 0) {
            if (m_isCancelled()) {
                return cancelledError();
            }
            if (m_progress) {
                m_progress(m_done, m_scan.totalRows);
            }
        }
        return {};
    }

    TableDump &m_dump;
    const QList<DumpTable> &m_tables;
    const BackupScan &m_scan;
    QString m_backupName;
    const std::function<bool()> &m_isCancelled;
    const std::function<void(qint64, qint64)> &m_progress;
    QList<bool> m_phases;
    bool m_derivedCleared = false;
    const DumpTable *m_table = nullptr; ///< target of the table being read; null to skip it
    QStringList m_columns;              ///< column names of the table being read, in file order
    QList<qsizetype> m_references;      ///< indexes in m_columns of record references
    bool m_rebuilt = false;             ///< the table being read is rebuilt by triggers
    qint64 m_done = 0;
};

/// Restores the scanned backup at `backupPath` into a new store at `path`.
Result<qint64> restoreInto(const QString &backupPath,
                           const BackupScan &scan,
                           int schemaVersion,
                           const QString &path,
                           const std::function<bool()> &isCancelled,
                           const std::function<void(qint64, qint64)> &progress)
{
    const QString backupName = QFileInfo(backupPath).fileName();
    auto opened = Database::open(path, migrationsUpTo(schemaVersion));
    if (!opened) {
        return opened.error();
    }
    Database &db = **opened;
    TableDump dump(db);
    auto tables = dump.tables();
    if (!tables) {
        return tables.error();
    }
    if (auto checked = checkTables(scan, *tables, schemaVersion, backupName); !checked) {
        return checked.error();
    }
    RestoreWriter writer(dump, *tables, scan, backupName, isCancelled, progress);
    Transaction transaction(db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    if (auto deferred = dump.deferForeignKeys(); !deferred) {
        return deferred.error();
    }
    const QList<QList<bool>> passes = derivedTablesLast(scan, *tables)
                                          ? QList<QList<bool>>{{false, true}}
                                          : QList<QList<bool>>{{false}, {true}};
    for (const QList<bool> &phases : passes) {
        if (auto written = writer.writePass(backupPath, phases); !written) {
            return written.error();
        }
    }
    auto violations = dump.foreignKeyViolations();
    if (!violations) {
        return violations.error();
    }
    if (!violations->isEmpty()) {
        return Error{JsonBackupText::tr("Rows of the backup refer to rows that it does not "
                                        "contain: %1. Add the missing rows or remove those rows "
                                        "in the backup file and restore again.")
                         .arg(violations->join(QStringLiteral("; "))),
                     backupName};
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    if (progress) {
        progress(writer.rowsWritten(), scan.totalRows);
    }
    return writer.rowsWritten();
}

} // namespace

Result<qint64>
JsonBackup::restore(const QString &backupPath, const QString &targetPath, bool replace) const
{
    qCInfo(lcExport) << "Restore of" << backupPath << "into" << targetPath << "started";
    if (QFileInfo::exists(targetPath) && !replace) {
        return Error{JsonBackupText::tr("The file already exists. Choose a new file name for the "
                                        "restored store."),
                     targetPath};
    }
    const std::function<bool()> cancelled = [this] {
        return isCancelled();
    };
    auto scan = scanBackup(backupPath, cancelled);
    if (!scan) {
        return scan.error();
    }
    auto schema = checkHeader(scan->header, backupPath);
    if (!schema) {
        return schema.error();
    }
    const QFileInfo target(targetPath);
    const QString temporary
        = target.absoluteDir().filePath(QStringLiteral(".%1.restoring").arg(target.fileName()));
    removeStoreFiles(temporary);
    auto rows = restoreInto(backupPath, *scan, *schema, temporary, cancelled, m_progress);
    if (rows && *schema < Database::latestSchemaVersion()) {
        // Opening with every migration brings the restored file to the current schema.
        auto migrated = Database::open(temporary);
        if (!migrated) {
            rows = migrated.error();
        }
    }
    if (rows && replace) {
        removeStoreFiles(targetPath);
    }
    if (rows && !QFile::rename(temporary, targetPath)) {
        rows = Error{JsonBackupText::tr("The restored file cannot be moved to its name. Check "
                                        "that you may write to the folder."),
                     targetPath};
    }
    if (!rows) {
        qCWarning(lcExport) << "Restore of" << backupPath << "failed:" << rows.error().text();
        removeStoreFiles(temporary);
        // The temporary file is hidden from the user, so errors name the target instead.
        Error error = rows.error();
        error.message.replace(temporary, targetPath);
        if (error.context == temporary) {
            error.context = targetPath;
        }
        return error;
    }
    qCInfo(lcExport) << "Restore of" << backupPath << "finished with" << *rows << "rows";
    return rows;
}

} // namespace CoopAtlas::Core
