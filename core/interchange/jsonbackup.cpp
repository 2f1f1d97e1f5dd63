// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonbackup.h"

#include "jsonbackup_p.h"

#include <core/interchange/exportlogging.h>
#include <core/interchange/outputfile.h>
#include <core/storage/database.h>
#include <core/storage/tabledump.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace CoopAtlas::Core {

namespace {

class JsonBackupText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::JsonBackup)
};

const QString FormatName = QString::fromLatin1(BackupFormat::Name);
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

} // namespace

Error BackupFormat::cancelledError()
{
    return Error{JsonBackupText::tr("The backup or restore was cancelled; no file was written."),
                 QString()};
}

namespace {

using BackupFormat::cancelledError;

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
        // A restore rebuilds the search tables through triggers, which number
        // the FTS rows anew, so their rows are compared without the row numbers.
        const bool search = table.derived && table.name.startsWith(QLatin1String("search_"));
        QList<qsizetype> rowNumbers;
        for (qsizetype i = 0; search && i < table.columns.size(); ++i) {
            if (table.columns.at(i) == u"rowid" || table.columns.at(i).endsWith(u"_rowid")) {
                rowNumbers.prepend(i);
            }
        }
        QList<QByteArray> searchRows;
        auto rows = dump.readRows(table, [&](QVariantList values) {
            if (!search) {
                hash.addData(QByteArray(jsonRow(values) + '\n'));
                return Result<void>();
            }
            for (const qsizetype column : std::as_const(rowNumbers)) {
                values.removeAt(column);
            }
            searchRows.append(jsonRow(values));
            return Result<void>();
        });
        if (!rows) {
            return rows.error();
        }
        std::sort(searchRows.begin(), searchRows.end());
        for (const QByteArray &row : std::as_const(searchRows)) {
            hash.addData(QByteArray(row + '\n'));
        }
    }
    return hash.result();
}

} // namespace CoopAtlas::Core
