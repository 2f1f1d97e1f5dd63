// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Store::search over a generated store of 1,000,000 records, against the same
// FTS5 query run with one prepared QSqlQuery and no conversion of the rows.
#include "benchutil.h"

#include <core/storage/searchexpression.h>
#include <core/storage/store.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <cstdio>

using namespace CoopAtlas;

namespace {

const QStringList Queries{QStringLiteral("co"),
                          QStringLiteral("bru"),
                          QStringLiteral("plat"),
                          QStringLiteral("zorg"),
                          QStringLiteral("énergie"),
                          QStringLiteral("reseau"),
                          QStringLiteral("coop la"),
                          QStringLiteral("berlin"),
                          QStringLiteral("xel ge"),
                          QStringLiteral("mobi"),
                          QStringLiteral("org12345"),
                          QStringLiteral("barce")};

double timeStoreSearch(const Core::Store &store, const QString &text, int repeats, int &hits)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < repeats; ++i) {
        auto result = store.search(text, 50);
        hits = result ? static_cast<int>(result->size()) : -1;
    }
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double timeRawSearch(QSqlDatabase db, const QString &text, int repeats, int &hits)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT kind, record_id, title, "
                                 "snippet(search_index, -1, '', '', '…', 12) "
                                 "FROM search_index WHERE search_index MATCH ? "
                                 "ORDER BY bm25(search_index, 0, 0, 10.0, 1.0) LIMIT ?"));
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < repeats; ++i) {
        query.bindValue(0, Core::ftsMatchExpression(text));
        query.bindValue(1, 50);
        query.exec();
        hits = 0;
        while (query.next()) {
            ++hits;
        }
    }
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Search speed against raw FTS5"));
    parser.addHelpOption();
    const QCommandLineOption storeOption(QStringLiteral("store"),
                                         QStringLiteral("Store file, generated when missing."),
                                         QStringLiteral("file"));
    const QCommandLineOption repeatsOption(QStringLiteral("repeats"),
                                           QStringLiteral("Repetitions of each query."),
                                           QStringLiteral("count"),
                                           QStringLiteral("20"));
    parser.addOptions({storeOption, repeatsOption});
    parser.process(app);
    const QString path = parser.isSet(storeOption)
                             ? parser.value(storeOption)
                             : QDir::temp().filePath(QStringLiteral("coopatlas-bench-1m.sqlite"));
    const int repeats = parser.value(repeatsOption).toInt();

    // 1,000,000 records: 600,000 organisations, 300,000 people and 100,000 links.
    if (!Bench::ensureLargeStore(path, 600000, 300000, 100000)) {
        return 2;
    }
    auto opened = Core::Database::open(path);
    if (!opened) {
        return 2;
    }
    QSqlDatabase raw = opened.value()->connection();
    auto storeDb = Core::Database::open(path);
    if (!storeDb) {
        return 2;
    }
    const Core::Store store(std::move(storeDb).value());

    double storeTotal = 0;
    double rawTotal = 0;
    for (const QString &text : Queries) {
        int storeHits = 0;
        int rawHits = 0;
        // Warm both paths once so that the page cache is the same for both.
        timeStoreSearch(store, text, 1, storeHits);
        timeRawSearch(raw, text, 1, rawHits);
        const double storeMs = timeStoreSearch(store, text, repeats, storeHits);
        const double rawMs = timeRawSearch(raw, text, repeats, rawHits);
        std::printf("%-10s store %7.2f ms  raw %7.2f ms  (%d / %d hits)\n",
                    qPrintable(text),
                    storeMs / repeats,
                    rawMs / repeats,
                    storeHits,
                    rawHits);
        if (storeHits != rawHits) {
            std::fprintf(stderr, "hit counts differ for %s\n", qPrintable(text));
            return 2;
        }
        storeTotal += storeMs;
        rawTotal += rawMs;
    }
    const bool pass = Bench::reportRatio(QStringLiteral("search-1m-records"),
                                         storeTotal / (repeats * Queries.size()),
                                         rawTotal / (repeats * Queries.size()),
                                         1.5,
                                         QStringLiteral("ms"));
    return pass ? 0 : 1;
}
