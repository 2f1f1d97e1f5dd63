// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupreader.h"

#include <core/interchange/exportlogging.h>
#include <core/interchange/jsonstreamreader.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace CoopAtlas::Core {

namespace {

class BackupReaderText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::JsonBackup)
};

/// Walks the "tables" list of one backup file.
class TableWalker
{
public:
    TableWalker(JsonStreamReader &reader, const BackupReader::Handler &handler, QString path)
        : m_reader(reader)
        , m_handler(handler)
        , m_path(std::move(path))
    {}

    Result<void> readTables()
    {
        if (!m_reader.enterArray()) {
            return syntaxError();
        }
        for (qsizetype index = 0; m_reader.nextElement(); ++index) {
            if (auto read = readTable(index); !read) {
                return read;
            }
        }
        return m_reader.hasError() ? Result<void>(syntaxError()) : Result<void>();
    }

    [[nodiscard]] Error syntaxError() const
    {
        return Error{BackupReaderText::tr("The backup is not valid JSON at byte %1 (%2). The "
                                          "file is damaged or incomplete; use another backup.")
                         .arg(m_reader.errorOffset())
                         .arg(m_reader.errorText()),
                     m_path};
    }

private:
    Result<void> readTable(qsizetype index)
    {
        BackupTableStart table;
        table.index = index;
        if (m_reader.peekValueStart() != '{') {
            // Not a table: the handler rejects a table without a name.
            QJsonValue ignored;
            if (!m_reader.readValue(ignored)) {
                return syntaxError();
            }
            return finishTable(table, false, 0, QJsonValue(QJsonValue::Undefined));
        }
        if (!m_reader.enterObject()) {
            return syntaxError();
        }
        bool nameSeen = false;
        bool columnsSeen = false;
        bool started = false;
        qint64 rows = 0;
        QJsonValue declaredRows(QJsonValue::Undefined);
        QString key;
        while (m_reader.nextKey(key)) {
            if (key == u"rows" && m_reader.peekValueStart() == '[') {
                if (started || !nameSeen || !columnsSeen) {
                    return rowsOutOfPlace(table, started);
                }
                started = true;
                if (auto read = readRows(table, rows); !read) {
                    return read;
                }
                continue;
            }
            QJsonValue value;
            if (!m_reader.readValue(value)) {
                break;
            }
            if (key == u"name") {
                table.name = value.toString();
                nameSeen = true;
            } else if (key == u"columns") {
                for (const QJsonValue &column : value.toArray()) {
                    table.columns.append(column.toString());
                }
                columnsSeen = true;
            } else if (key == u"rowCount") {
                declaredRows = value;
            }
        }
        if (m_reader.hasError()) {
            return syntaxError();
        }
        return finishTable(table, started, rows, declaredRows);
    }

    Result<void> readRows(const BackupTableStart &table, qint64 &rows)
    {
        if (auto started = m_handler.tableStarted(table); !started) {
            return started;
        }
        if (!m_reader.enterArray()) {
            return syntaxError();
        }
        while (m_reader.nextElement()) {
            QJsonValue row;
            if (!m_reader.readValue(row)) {
                break;
            }
            if (auto handled = m_handler.row(row, ++rows); !handled) {
                return handled;
            }
        }
        return m_reader.hasError() ? Result<void>(syntaxError()) : Result<void>();
    }

    Result<void> finishTable(const BackupTableStart &table,
                             bool started,
                             qint64 rows,
                             const QJsonValue &declaredRows)
    {
        if (!started) {
            if (auto begun = m_handler.tableStarted(table); !begun) {
                return begun;
            }
        }
        return m_handler.tableFinished(rows, declaredRows);
    }

    [[nodiscard]] Error rowsOutOfPlace(const BackupTableStart &table, bool twice) const
    {
        if (twice) {
            return Error{BackupReaderText::tr("Table \"%1\" has two \"rows\" lists. The backup is "
                                              "damaged or was edited; use another backup.")
                             .arg(table.name),
                         m_path};
        }
        return Error{BackupReaderText::tr("Table %1 of the backup lists its rows before its "
                                          "\"name\" and \"columns\", but a restore reads them "
                                          "first. Move \"rows\" after them in the file, or use "
                                          "another backup.")
                         .arg(table.index + 1),
                     m_path};
    }

    JsonStreamReader &m_reader;
    const BackupReader::Handler &m_handler;
    QString m_path;
};

} // namespace

Result<QJsonObject> BackupReader::read(const QString &path, const Handler &handler)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcExport) << "Cannot open backup" << path << file.errorString();
        return Error{BackupReaderText::tr("The backup file cannot be opened: %1. Check that it "
                                          "exists and that you may read it.")
                         .arg(file.errorString()),
                     path};
    }
    JsonStreamReader reader(file);
    TableWalker walker(reader, handler, path);
    QJsonObject header;
    if (reader.peekValueStart() != '{') {
        // Valid JSON that is not an object is no backup, which the header check reports.
        QJsonValue ignored;
        if (!reader.readValue(ignored) || !reader.finish()) {
            return walker.syntaxError();
        }
        return header;
    }
    if (!reader.enterObject()) {
        return walker.syntaxError();
    }
    QString key;
    while (reader.nextKey(key)) {
        if (key == u"tables" && reader.peekValueStart() == '[') {
            header.insert(key, QJsonArray());
            if (auto tables = walker.readTables(); !tables) {
                return tables.error();
            }
            continue;
        }
        QJsonValue value;
        if (!reader.readValue(value)) {
            break;
        }
        header.insert(key, value);
    }
    if (reader.hasError() || !reader.finish()) {
        return walker.syntaxError();
    }
    return header;
}

} // namespace CoopAtlas::Core
