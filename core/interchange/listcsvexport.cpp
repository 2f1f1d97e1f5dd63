// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listcsvexport.h"

#include <core/interchange/exportlogging.h>
#include <core/interchange/outputfile.h>
#include <core/storage/database.h>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace CoopAtlas::Core {

namespace {

class ListCsvExportText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::ListCsvExport)
};

QList<int> columnsToWrite(const ListCsvOptions &options)
{
    if (!options.columns.isEmpty()) {
        return options.columns;
    }
    QList<int> all;
    for (int i = 0; i < Store::listColumns(options.query.table).size(); ++i) {
        all.append(i);
    }
    return all;
}

QStringList headerRow(const ListCsvOptions &options, const QList<int> &columns)
{
    if (!options.headers.isEmpty()) {
        return options.headers;
    }
    const QStringList titles = Store::listColumns(options.query.table);
    QStringList header;
    for (const int column : columns) {
        header.append(titles.value(column));
    }
    return header;
}

} // namespace

QString ListCsvExport::formatListValue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODate);
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', 15);
    default:
        return value.toString();
    }
}

Result<qint64>
ListCsvExport::write(Store &store, const ListCsvOptions &options, QIODevice &device) const
{
    const QList<int> columns = columnsToWrite(options);
    auto total = store.count(options.query);
    if (!total) {
        return total.error();
    }
    CsvWriter writer(device, options.dialect);
    if (auto started = writer.writeStart(); !started) {
        return started.error();
    }
    if (auto written = writer.writeRecord(headerRow(options, columns)); !written) {
        return written.error();
    }
    qint64 done = 0;
    QStringList cells;
    // Each page continues after the sort key of the previous page's last row,
    // so no page reads the rows before it again as OFFSET would.
    QVariantList lastKey;
    while (done < *total) {
        if (isCancelled()) {
            return Error{ListCsvExportText::tr("The export was cancelled; no file was written."),
                         QString()};
        }
        const int limit = int(qMin<qint64>(PageSize, *total - done));
        auto page = store.pageAfter(options.query, lastKey, limit);
        if (!page) {
            return page.error();
        }
        for (const ListRow &row : std::as_const(*page)) {
            cells.clear();
            for (const int column : columns) {
                const QVariant value = row.values.value(column);
                cells.append(options.formatter ? options.formatter(column, value)
                                               : formatListValue(value));
            }
            if (auto written = writer.writeRecord(cells); !written) {
                return written.error();
            }
        }
        done += page->size();
        if (m_progress) {
            m_progress(done, *total);
        }
        if (page->size() < limit) {
            break; // rows deleted since the count
        }
        lastKey = page->constLast().sortKey;
    }
    return done;
}

Result<qint64> ListCsvExport::writeFile(const QString &databasePath,
                                        const ListCsvOptions &options,
                                        const QString &outputPath) const
{
    qCInfo(lcExport) << "CSV export of" << databasePath << "to" << outputPath << "started";
    if (auto distinct = checkOutputIsNotDatabase(outputPath, databasePath); !distinct) {
        return distinct.error();
    }
    auto db = Database::openReadOnly(databasePath);
    if (!db) {
        return db.error();
    }
    Store store(std::move(db).value());
    OutputFile file(outputPath);
    if (auto opened = file.open(); !opened) {
        return opened.error();
    }
    auto rows = write(store, options, file.device());
    if (!rows) {
        // A failed write of the file explains the failure better than the writer's message.
        const std::optional<Error> failure = file.writeFailure();
        file.cancel();
        qCWarning(lcExport) << "CSV export to" << outputPath << "failed:" << rows.error().text();
        return failure ? *failure : Error{rows.error().message, outputPath};
    }
    if (auto committed = file.commit(); !committed) {
        return committed.error();
    }
    qCInfo(lcExport) << "CSV export to" << outputPath << "finished with" << *rows << "rows";
    return rows;
}

} // namespace CoopAtlas::Core
