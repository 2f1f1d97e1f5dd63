// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonbackup.h"

#include <core/interchange/exportlogging.h>
#include <core/interchange/outputfile.h>
#include <core/storage/database.h>
#include <core/storage/migration.h>
#include <core/storage/tabledump.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace CoopAtlas::Core {

namespace {

class JsonBackupText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::JsonBackup)
};

const QString FormatName = QStringLiteral("coopatlas-backup");
const QString MetadataTable = QStringLiteral("metadata");

QJsonValue encodeValue(const QVariant &value)
{
    if (value.isNull()) {
        return QJsonValue::Null;
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double: {
        const double number = value.toDouble();
        if (std::isfinite(number) && std::trunc(number) == number) {
            return QJsonObject{{QStringLiteral("real"), number}};
        }
        return number;
    }
    case QMetaType::QByteArray:
        return QJsonObject{
            {QStringLiteral("base64"), QString::fromLatin1(value.toByteArray().toBase64())}};
    default:
        return value.toString();
    }
}

/// The SQLite value of a backup cell, or nothing when the cell is not one.
std::optional<QVariant> decodeValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QVariant();
    case QJsonValue::Bool:
        return QVariant(qlonglong(value.toBool() ? 1 : 0));
    case QJsonValue::Double: {
        const QVariant number = value.toVariant();
        if (number.typeId() == QMetaType::LongLong) {
            return number;
        }
        return QVariant(value.toDouble());
    }
    case QJsonValue::String:
        return QVariant(value.toString());
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.size() == 1 && object.value(QStringLiteral("base64")).isString()) {
            return QVariant(QByteArray::fromBase64(
                object.value(QStringLiteral("base64")).toString().toLatin1()));
        }
        if (object.size() == 1 && object.value(QStringLiteral("real")).isDouble()) {
            return QVariant(object.value(QStringLiteral("real")).toDouble());
        }
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

bool isSecretKey(const QString &key)
{
    static const QRegularExpression secret(
        QStringLiteral("password|passwd|secret|token|cookie|credential"),
        QRegularExpression::CaseInsensitiveOption);
    return secret.match(key).hasMatch();
}

/// True for a metadata row that must not leave the file.
bool isSecretRow(const DumpTable &table, const QVariantList &values)
{
    if (table.name != MetadataTable) {
        return false;
    }
    const qsizetype keyColumn = table.columns.indexOf(QStringLiteral("key"));
    return keyColumn >= 0 && isSecretKey(values.value(keyColumn).toString());
}

QByteArray jsonString(const QString &text)
{
    // A one-element array gives the quoted and escaped string between its brackets.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray jsonRow(const QVariantList &values)
{
    QJsonArray row;
    for (const QVariant &value : values) {
        row.append(encodeValue(value));
    }
    return QJsonDocument(row).toJson(QJsonDocument::Compact);
}

Error cancelledError()
{
    return Error{JsonBackupText::tr("The backup or restore was cancelled; no file was written."),
                 QString()};
}

} // namespace

namespace {

/// Streams the tables of one snapshot to a device.
class BackupWriter
{
public:
    BackupWriter(QIODevice &device,
                 const std::function<bool()> &isCancelled,
                 const std::function<void(qint64, qint64)> &progress)
        : m_device(device)
        , m_isCancelled(isCancelled)
        , m_progress(progress)
    {}

    Result<qint64> write(TableDump &dump, int schemaVersion)
    {
        auto tables = dump.tables();
        if (!tables) {
            return tables.error();
        }
        for (const DumpTable &table : *tables) {
            auto count = dump.rowCount(table);
            if (!count) {
                return count.error();
            }
            m_total += *count;
        }
        QJsonObject header{
            {QStringLiteral("format"), FormatName},
            {QStringLiteral("formatVersion"), JsonBackup::FormatVersion},
            {QStringLiteral("schemaVersion"), schemaVersion},
            {QStringLiteral("createdAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("application"),
             // The project version, as in the PRODID of the calendar export.
             QStringLiteral("CoopAtlas " COOPATLAS_ICAL_VERSION)}};
        QByteArray start = QJsonDocument(header).toJson(QJsonDocument::Indented);
        start.chop(2); // the closing "}\n", because "tables" follows
        put(start + ",\n    \"tables\": [");
        for (qsizetype i = 0; i < tables->size(); ++i) {
            put(i == 0 ? "\n" : ",\n");
            if (auto written = writeTable(dump, tables->at(i)); !written) {
                return written.error();
            }
        }
        put("\n    ]\n}\n");
        if (m_failed) {
            return writeError();
        }
        if (m_progress) {
            m_progress(m_done, m_total);
        }
        // Rows in the file: the secret metadata rows that were left out are not counted.
        return m_written;
    }

private:
    void put(const QByteArray &bytes)
    {
        if (!m_failed && m_device.write(bytes) != bytes.size()) {
            m_failed = true;
        }
    }

    Error writeError() const
    {
        qCWarning(lcExport) << "Writing the backup failed:" << m_device.errorString();
        return Error{JsonBackupText::tr("Writing the backup failed: %1. Check that the disk is "
                                        "not full and that you may write to the folder.")
                         .arg(m_device.errorString()),
                     QString()};
    }

    Result<void> writeRow(const DumpTable &table, const QVariantList &values)
    {
        ++m_done;
        if (m_done % JsonBackup::ProgressInterval == 0) {
            if (m_isCancelled()) {
                return cancelledError();
            }
            if (m_progress) {
                m_progress(m_done, m_total);
            }
        }
        if (isSecretRow(table, values)) {
            qCWarning(lcExport) << "Left a metadata row out of the backup because its key names "
                                   "a secret";
            return {};
        }
        put(m_firstRow ? "\n            " : ",\n            ");
        put(jsonRow(values));
        m_firstRow = false;
        ++m_written;
        return m_failed ? Result<void>(writeError()) : Result<void>();
    }

    Result<void> writeTable(TableDump &dump, const DumpTable &table)
    {
        if (m_isCancelled()) {
            return cancelledError();
        }
        QJsonArray columns;
        for (const QString &column : table.columns) {
            columns.append(column);
        }
        put("        {\"name\": " + jsonString(table.name) + ", \"columns\": "
            + QJsonDocument(columns).toJson(QJsonDocument::Compact) + ", \"rows\": [");
        m_firstRow = true;
        const qint64 before = m_written;
        auto rows = dump.readRows(
            table, [this, &table](const QVariantList &values) { return writeRow(table, values); });
        if (!rows) {
            return rows.error();
        }
        put(QByteArray(m_firstRow ? "]" : "\n        ]")
            + ", \"rowCount\": " + QByteArray::number(m_written - before) + "}");
        return m_failed ? Result<void>(writeError()) : Result<void>();
    }

    QIODevice &m_device;
    const std::function<bool()> &m_isCancelled;
    const std::function<void(qint64, qint64)> &m_progress;
    qint64 m_total = 0;
    qint64 m_done = 0;
    qint64 m_written = 0;
    bool m_firstRow = true;
    bool m_failed = false;
};

} // namespace

Result<qint64> JsonBackup::write(Database &db, QIODevice &device) const
{
    qCInfo(lcExport) << "Backup of" << db.path() << "started";
    TableDump dump(db);
    if (auto begun = dump.beginSnapshot(); !begun) {
        return begun.error();
    }
    const std::function<bool()> cancelled = [this] {
        return isCancelled();
    };
    BackupWriter writer(device, cancelled, m_progress);
    auto rows = writer.write(dump, db.schemaVersion());
    dump.endSnapshot();
    if (rows) {
        qCInfo(lcExport) << "Backup of" << db.path() << "finished with" << *rows << "rows";
    }
    return rows;
}

Result<qint64> JsonBackup::write(Database &db, const QString &path) const
{
    if (auto distinct = checkOutputIsNotDatabase(path, db.path()); !distinct) {
        return distinct.error();
    }
    OutputFile file(path);
    if (auto opened = file.open(); !opened) {
        return opened.error();
    }
    auto rows = write(db, file.device());
    if (!rows) {
        // A failed write of the file explains the failure better than the writer's message.
        const std::optional<Error> failure = file.writeFailure();
        file.cancel();
        return failure ? *failure : Error{rows.error().message, path};
    }
    if (auto committed = file.commit(); !committed) {
        return committed.error();
    }
    return rows;
}

namespace {

/// Columns that store a boolean as 0 or 1.
bool isBooleanColumn(const QString &column)
{
    static const QStringList names{
        QStringLiteral("deleted"), QStringLiteral("dirty"), QStringLiteral("all_day")};
    return names.contains(column);
}

/// Columns that store a date or a date and time as ISO 8601 text.
bool isDateColumn(const QString &column)
{
    return column.endsWith(QLatin1String("_at")) || column.endsWith(QLatin1String("_date"))
           || column.endsWith(QLatin1String("_on")) || column == u"founded";
}

bool isIsoDate(const QString &text)
{
    static const QRegularExpression yearOrMonth(QStringLiteral("^\\d{4}(-\\d{2})?$"));
    // QDate::fromString() ignores text after the tenth character, so the length is checked.
    return (text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid())
           || QDateTime::fromString(text, Qt::ISODateWithMs).isValid()
           || (yearOrMonth.match(text).hasMatch()
               && QDate::fromString(text.size() == 4 ? text + QStringLiteral("-01-01")
                                                     : text + QStringLiteral("-01"),
                                    Qt::ISODate)
                      .isValid());
}

/// The problem that keeps `value` out of column `column` of declared type `type`, or an
/// empty text when the value fits.
QString valueProblem(const QString &column, const QString &type, const QVariant &value)
{
    if (value.isNull()) {
        return {}; // NOT NULL constraints are checked by SQLite on insert
    }
    const bool integer = value.typeId() == QMetaType::LongLong;
    if (isBooleanColumn(column)
        && (!integer || (value.toLongLong() != 0 && value.toLongLong() != 1))) {
        return JsonBackupText::tr("column \"%1\" takes 0 or 1, not %2")
            .arg(column, value.toString());
    }
    if (type.contains(QLatin1String("INT")) && !integer) {
        return JsonBackupText::tr("column \"%1\" takes an integer, not \"%2\"")
            .arg(column, value.toString());
    }
    if ((type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("FLOA"))
         || type.contains(QLatin1String("DOUB")))
        && !integer && value.typeId() != QMetaType::Double) {
        return JsonBackupText::tr("column \"%1\" takes a number, not \"%2\"")
            .arg(column, value.toString());
    }
    if (isDateColumn(column) && type.contains(QLatin1String("TEXT"))
        && (value.typeId() != QMetaType::QString || !isIsoDate(value.toString()))) {
        return JsonBackupText::tr("column \"%1\" takes a date written as YYYY-MM-DD or an ISO "
                                  "8601 date and time, not \"%2\"")
            .arg(column, value.toString());
    }
    return {};
}

/// Columns that refer to the id of a record in any table, without a foreign
/// key in the schema, because the record may be an organisation or a person.
const QHash<QString, QStringList> &recordReferences()
{
    static const QHash<QString, QStringList> references{
        {QStringLiteral("links"), {QStringLiteral("from_id"), QStringLiteral("to_id")}},
        {QStringLiteral("notes"), {QStringLiteral("record_id")}}};
    return references;
}

/// Checks that every record reference of the backup names the id of a row in it.
Result<void> checkRecordReferences(const QJsonArray &backupTables, const QString &backupName)
{
    QSet<QString> ids;
    for (const QJsonValue &value : backupTables) {
        const QJsonObject table = value.toObject();
        const qsizetype idColumn = table.value(QStringLiteral("columns"))
                                       .toArray()
                                       .toVariantList()
                                       .indexOf(QStringLiteral("id"));
        if (idColumn < 0) {
            continue;
        }
        for (const QJsonValue &row : table.value(QStringLiteral("rows")).toArray()) {
            ids.insert(row.toArray().at(idColumn).toString());
        }
    }
    for (const QJsonValue &value : backupTables) {
        const QJsonObject table = value.toObject();
        const QString name = table.value(QStringLiteral("name")).toString();
        const QVariantList columns
            = table.value(QStringLiteral("columns")).toArray().toVariantList();
        const QJsonArray rows = table.value(QStringLiteral("rows")).toArray();
        for (const QString &column : recordReferences().value(name)) {
            const qsizetype index = columns.indexOf(column);
            for (qsizetype row = 0; index >= 0 && row < rows.size(); ++row) {
                const QString id = rows.at(row).toArray().at(index).toString();
                if (!ids.contains(id)) {
                    return Error{JsonBackupText::tr("Table \"%1\", row %2: column \"%3\" refers to "
                                                    "\"%4\", which the backup does not contain. "
                                                    "Correct or remove that row in the backup file "
                                                    "and restore again; nothing was restored.")
                                     .arg(name)
                                     .arg(row + 1)
                                     .arg(column, id),
                                 backupName};
                }
            }
        }
    }
    return {};
}

/// Reads the rows of a parsed backup into a TableDump.
class RestoreWriter
{
public:
    RestoreWriter(TableDump &dump,
                  const QString &backupName,
                  const std::function<bool()> &isCancelled,
                  const std::function<void(qint64, qint64)> &progress)
        : m_dump(dump)
        , m_backupName(backupName)
        , m_isCancelled(isCancelled)
        , m_progress(progress)
    {}

    /// Writes the backup tables of one phase (derived or not) after clearing
    /// every table of that phase in the target.
    Result<void>
    writePhase(const QList<DumpTable> &targetTables, const QJsonArray &backupTables, bool derived)
    {
        for (const DumpTable &table : targetTables) {
            if (table.derived == derived) {
                if (auto cleared = m_dump.clear(table); !cleared) {
                    return cleared;
                }
            }
        }
        for (const QJsonValue &value : backupTables) {
            const QJsonObject backupTable = value.toObject();
            const QString name = backupTable.value(QStringLiteral("name")).toString();
            const auto target
                = std::find_if(targetTables.cbegin(),
                               targetTables.cend(),
                               [&name](const DumpTable &table) { return table.name == name; });
            if (target == targetTables.cend()) {
                return Error{JsonBackupText::tr("The backup contains table \"%1\", which this "
                                                "schema version does not have. The backup is "
                                                "damaged or was edited; use another backup.")
                                 .arg(name),
                             m_backupName};
            }
            if (target->derived != derived) {
                continue;
            }
            if (auto written = writeTable(*target, backupTable); !written) {
                return written;
            }
        }
        return {};
    }

    [[nodiscard]] qint64 rowsWritten() const { return m_done; }
    void setTotal(qint64 total) { m_total = total; }

private:
    Error rowError(const QString &table, qsizetype row, const QString &problem) const
    {
        return Error{JsonBackupText::tr("Table \"%1\", row %2: %3. Correct or remove that row in "
                                        "the backup file and restore again; nothing was restored.")
                         .arg(table)
                         .arg(row)
                         .arg(problem),
                     m_backupName};
    }

    Result<QStringList> checkColumns(const DumpTable &table, const QJsonArray &columns) const
    {
        QStringList names;
        for (const QJsonValue &column : columns) {
            const QString name = column.toString();
            if (!table.columns.contains(name)) {
                return Error{JsonBackupText::tr("Table \"%1\" has no column \"%2\" in this "
                                                "schema version. The backup is damaged or was "
                                                "edited; use another backup.")
                                 .arg(table.name, name),
                             m_backupName};
            }
            names.append(name);
        }
        for (const QString &name : table.columns) {
            if (!names.contains(name)) {
                return Error{JsonBackupText::tr("Table \"%1\" of the backup lacks column \"%2\". "
                                                "The backup is damaged or was edited; use another "
                                                "backup.")
                                 .arg(table.name, name),
                             m_backupName};
            }
        }
        return names;
    }

    Result<void> writeTable(const DumpTable &table, const QJsonObject &backupTable)
    {
        auto columns = checkColumns(table, backupTable.value(QStringLiteral("columns")).toArray());
        if (!columns) {
            return columns.error();
        }
        const QJsonArray rows = backupTable.value(QStringLiteral("rows")).toArray();
        const auto declared = backupTable.value(QStringLiteral("rowCount")).toInteger(-1);
        if (declared != rows.size()) {
            return Error{JsonBackupText::tr("Table \"%1\" has %2 rows but the backup declares "
                                            "%3. The backup is incomplete; use another backup.")
                             .arg(table.name)
                             .arg(rows.size())
                             .arg(declared),
                         m_backupName};
        }
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (auto written = writeRow(table, *columns, rows.at(i).toArray(), i + 1); !written) {
                return written;
            }
        }
        return {};
    }

    Result<void> writeRow(const DumpTable &table,
                          const QStringList &columns,
                          const QJsonArray &cells,
                          qsizetype rowNumber)
    {
        if (cells.size() != columns.size()) {
            return rowError(table.name,
                            rowNumber,
                            JsonBackupText::tr("%1 values for %2 columns")
                                .arg(cells.size())
                                .arg(columns.size()));
        }
        QVariantList values;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const auto value = decodeValue(cells.at(i));
            if (!value) {
                return rowError(table.name,
                                rowNumber,
                                JsonBackupText::tr("the value of column \"%1\" is not a number, "
                                                   "text, null or {\"base64\": ...}")
                                    .arg(columns.at(i)));
            }
            const qsizetype column = table.columns.indexOf(columns.at(i));
            if (auto problem = valueProblem(columns.at(i), table.types.value(column), *value);
                !problem.isEmpty()) {
                return rowError(table.name, rowNumber, problem);
            }
            values.append(*value);
        }
        if (auto inserted = m_dump.insert(table, columns, values); !inserted) {
            const QString id = values.value(0).toString();
            return rowError(table.name,
                            rowNumber,
                            JsonBackupText::tr("%1 = \"%2\" was rejected (%3)")
                                .arg(columns.value(0), id, inserted.error().message));
        }
        if (++m_done % JsonBackup::ProgressInterval == 0) {
            if (m_isCancelled()) {
                return cancelledError();
            }
            if (m_progress) {
                m_progress(m_done, m_total);
            }
        }
        return {};
    }

    TableDump &m_dump;
    QString m_backupName;
    const std::function<bool()> &m_isCancelled;
    const std::function<void(qint64, qint64)> &m_progress;
    qint64 m_done = 0;
    qint64 m_total = 0;
};

Result<QJsonObject> readBackup(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcExport) << "Cannot open backup" << path << file.errorString();
        return Error{JsonBackupText::tr("The backup file cannot be opened: %1. Check that it "
                                        "exists and that you may read it.")
                         .arg(file.errorString()),
                     path};
    }
    // TODO: the whole backup is parsed in memory. A streaming reader would bound the
    // memory of a restore, as the writer does for a backup.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{JsonBackupText::tr("The backup is not valid JSON at byte %1 (%2). The file "
                                        "is damaged or incomplete; use another backup.")
                         .arg(parseError.offset)
                         .arg(parseError.errorString()),
                     path};
    }
    return document.object();
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

} // namespace

Result<qint64> JsonBackup::restoreInto(const QJsonObject &backup,
                                       int schemaVersion,
                                       const QString &path,
                                       const QString &backupName) const
{
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
    const QJsonArray backupTables = backup.value(QStringLiteral("tables")).toArray();
    const std::function<bool()> cancelled = [this] {
        return isCancelled();
    };
    if (backupTables.isEmpty()) {
        return Error{JsonBackupText::tr("The backup contains no tables. The file is damaged or "
                                        "was edited; use another backup."),
                     backupName};
    }
    for (const DumpTable &table : std::as_const(*tables)) {
        const bool present = std::any_of(
            backupTables.cbegin(), backupTables.cend(), [&table](const QJsonValue &t) {
                return t.toObject().value(QStringLiteral("name")).toString() == table.name;
            });
        if (!present) {
            return Error{JsonBackupText::tr("The backup lacks table \"%1\" of schema version %2. "
                                            "The backup is damaged or was edited; use another "
                                            "backup.")
                             .arg(table.name)
                             .arg(schemaVersion),
                         backupName};
        }
    }
    if (auto referenced = checkRecordReferences(backupTables, backupName); !referenced) {
        return referenced.error();
    }
    RestoreWriter writer(dump, backupName, cancelled, m_progress);
    qint64 total = 0;
    for (const QJsonValue &table : backupTables) {
        total += table.toObject().value(QStringLiteral("rows")).toArray().size();
    }
    writer.setTotal(total);
    Transaction transaction(db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    if (auto deferred = dump.deferForeignKeys(); !deferred) {
        return deferred.error();
    }
    for (const bool derived : {false, true}) {
        if (auto written = writer.writePhase(*tables, backupTables, derived); !written) {
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
    if (m_progress) {
        m_progress(writer.rowsWritten(), total);
    }
    return writer.rowsWritten();
}

Result<qint64>
JsonBackup::restore(const QString &backupPath, const QString &targetPath, bool replace) const
{
    qCInfo(lcExport) << "Restore of" << backupPath << "into" << targetPath << "started";
    if (QFileInfo::exists(targetPath) && !replace) {
        return Error{JsonBackupText::tr("The file already exists. Choose a new file name for the "
                                        "restored store."),
                     targetPath};
    }
    auto backup = readBackup(backupPath);
    if (!backup) {
        return backup.error();
    }
    auto schema = checkHeader(*backup, backupPath);
    if (!schema) {
        return schema.error();
    }
    const QFileInfo target(targetPath);
    const QString temporary
        = target.absoluteDir().filePath(QStringLiteral(".%1.restoring").arg(target.fileName()));
    removeStoreFiles(temporary);
    auto rows = restoreInto(*backup, *schema, temporary, QFileInfo(backupPath).fileName());
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

Result<QByteArray> JsonBackup::canonicalDigest(Database &db)
{
    TableDump dump(db);
    auto tables = dump.tables();
    if (!tables) {
        return tables.error();
    }
    QList<DumpTable> sorted = *tables;
    std::sort(sorted.begin(), sorted.end(), [](const DumpTable &a, const DumpTable &b) {
        return a.name < b.name;
    });
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const DumpTable &table : sorted) {
        hash.addData(QByteArray(jsonString(table.name) + '\n'));
        hash.addData(
            QByteArray(jsonRow(QVariantList(table.columns.cbegin(), table.columns.cend())) + '\n'));
        auto rows = dump.readRows(table, [&hash](const QVariantList &values) {
            hash.addData(QByteArray(jsonRow(values) + '\n'));
            return Result<void>();
        });
        if (!rows) {
            return rows.error();
        }
    }
    return hash.result();
}

} // namespace CoopAtlas::Core
