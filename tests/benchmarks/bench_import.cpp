// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Import of a generated directory CSV through ImportJob, against raw prepared
// inserts of the rows that the import wrote into a fresh store of the same schema.
#include "benchutil.h"

#include <core/import/importjob.h>
#include <core/storage/store.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <cstdio>

using namespace CoopAtlas;

namespace {

bool createEmptyStore(const QString &path)
{
    QFile::remove(path);
    return Core::Database::open(path).ok();
}

/// Imports `csv` into a new store at `storePath`; returns milliseconds or -1.
double timeImport(const QString &csv, const QString &storePath, qint64 expectedRows)
{
    if (!createEmptyStore(storePath)) {
        return -1;
    }
    QElapsedTimer timer;
    timer.start();
    Core::ImportJob job(storePath);
    auto preview = job.analyse(csv);
    if (!preview) {
        std::fprintf(stderr, "analyse failed: %s\n", qPrintable(preview.error().text()));
        return -1;
    }
    auto summary = job.commit(preview.value(), {}, Core::DuplicateDecision::KeepBoth);
    const double elapsed = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (!summary || summary->created != expectedRows) {
        std::fprintf(stderr,
                     "import failed or incomplete: %s (%d created)\n",
                     summary ? "" : qPrintable(summary.error().text()),
                     summary ? summary->created : 0);
        return -1;
    }
    return elapsed;
}

/// Copies every organisation row of `sourcePath` into a new store at
/// `targetPath` with one prepared INSERT in one transaction. Returns the
/// milliseconds of the inserts and the commit, or -1 on failure.
double timeRawInserts(const QString &sourcePath, const QString &targetPath)
{
    auto source = Core::Database::open(sourcePath);
    if (!source || !createEmptyStore(targetPath)) {
        return -1;
    }
    QSqlQuery read(source.value()->connection());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT * FROM organisations"))) {
        return -1;
    }
    QList<QVariantList> rows;
    QStringList columns;
    const QSqlRecord record = read.record();
    for (int i = 0; i < record.count(); ++i) {
        columns << record.fieldName(i);
    }
    while (read.next()) {
        QVariantList values;
        values.reserve(columns.size());
        for (int i = 0; i < columns.size(); ++i) {
            values << read.value(i);
        }
        rows << values;
    }

    auto target = Core::Database::open(targetPath);
    if (!target) {
        return -1;
    }
    QSqlDatabase db = target.value()->connection();
    QStringList placeholders;
    placeholders.fill(QStringLiteral("?"), columns.size());
    QElapsedTimer timer;
    timer.start();
    db.transaction();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO organisations (") + columns.join(QLatin1Char(','))
                   + QStringLiteral(") VALUES (") + placeholders.join(QLatin1Char(','))
                   + QLatin1Char(')'));
    for (const QVariantList &values : std::as_const(rows)) {
        for (int i = 0; i < values.size(); ++i) {
            insert.bindValue(i, values.at(i));
        }
        if (!insert.exec()) {
            db.rollback();
            return -1;
        }
    }
    db.commit();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Import speed against raw inserts"));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        QStringLiteral("Rows to import."),
                                        QStringLiteral("count"),
                                        QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Repetitions."),
                                        QStringLiteral("count"),
                                        QStringLiteral("3"));
    parser.addOptions({rowsOption, runsOption});
    parser.process(app);
    const qint64 rows = parser.value(rowsOption).toLongLong();
    const int runs = parser.value(runsOption).toInt();

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("directory.csv"));
    if (!Bench::writeDirectoryCsv(csv, rows)) {
        return 2;
    }
    std::vector<double> imports;
    std::vector<double> raws;
    for (int run = 0; run < runs; ++run) {
        const QString imported = dir.filePath(QStringLiteral("imported.sqlite"));
        const double importMs = timeImport(csv, imported, rows);
        const double rawMs = timeRawInserts(imported, dir.filePath(QStringLiteral("raw.sqlite")));
        if (importMs < 0 || rawMs < 0) {
            return 2;
        }
        std::printf("run %d: import %.0f ms, raw inserts %.0f ms\n", run + 1, importMs, rawMs);
        imports.push_back(importMs);
        raws.push_back(rawMs);
    }
    const bool pass = Bench::reportRatio(QStringLiteral("import-%1-rows").arg(rows),
                                         Bench::median(imports),
                                         Bench::median(raws),
                                         2.0,
                                         QStringLiteral("ms"));
    return pass ? 0 : 1;
}
