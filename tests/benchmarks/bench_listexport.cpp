// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reads every row of the organisation list of a generated store, page by page
// as the list CSV export does. It reads them once with Store::pageAfter(), the
// keyset paging that the export uses, and once with Store::page(), whose LIMIT
// and OFFSET are the baseline. Then it times the whole CSV export to a file.
#include "benchutil.h"

#include <core/interchange/listcsvexport.h>
#include <core/storage/database.h>
#include <core/storage/store.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <tuple>
#include <utility>
#include <vector>

using namespace CoopAtlas;

namespace {

constexpr int PageSize = Core::ListCsvExport::PageSize;

struct Walk
{
    double milliseconds = 0;
    qint64 rows = 0;
    QString lastId;
};

Walk walkWithOffset(const Core::Store &store, const Core::ListQuery &query, qint64 total)
{
    Walk walk;
    QElapsedTimer timer;
    timer.start();
    for (qint64 offset = 0; offset < total; offset += PageSize) {
        const auto page = store.page(query, offset, PageSize);
        if (!page || page->isEmpty()) {
            break;
        }
        walk.rows += page->size();
        walk.lastId = page->constLast().id;
    }
    walk.milliseconds = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return walk;
}

Walk walkWithKeyset(const Core::Store &store, const Core::ListQuery &query, qint64 total)
{
    Walk walk;
    QElapsedTimer timer;
    timer.start();
    QVariantList key;
    while (walk.rows < total) {
        const auto page = store.pageAfter(query, key, PageSize);
        if (!page || page->isEmpty()) {
            break;
        }
        walk.rows += page->size();
        walk.lastId = page->constLast().id;
        key = page->constLast().sortKey;
    }
    walk.milliseconds = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return walk;
}

/// Median time of one page at row `position` read with an offset and read
/// after the sort key of the row before it, over `runs` runs each.
std::pair<double, double>
timeDeepPage(const Core::Store &store, const Core::ListQuery &query, qint64 position, int runs)
{
    const auto before = store.page(query, position - 1, 1);
    if (!before || before->isEmpty()) {
        return {-1, -1};
    }
    const QVariantList key = before->constFirst().sortKey;
    std::vector<double> offsetTimes;
    std::vector<double> keysetTimes;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto byOffset = store.page(query, position, PageSize);
        offsetTimes.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        const auto byKey = store.pageAfter(query, key, PageSize);
        keysetTimes.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!byOffset || !byKey || byOffset->constLast().id != byKey->constLast().id) {
            return {-1, -1};
        }
    }
    return {Bench::median(keysetTimes), Bench::median(offsetTimes)};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("List paging with keyset paging against LIMIT and OFFSET"));
    parser.addHelpOption();
    const QCommandLineOption storeOption(QStringLiteral("store"),
                                         QStringLiteral("Store file, generated when missing."),
                                         QStringLiteral("file"));
    const QCommandLineOption rowsOption(QStringLiteral("organisations"),
                                        QStringLiteral("Organisations in the generated store."),
                                        QStringLiteral("count"),
                                        QStringLiteral("1000000"));
    parser.addOptions({storeOption, rowsOption});
    parser.process(app);
    const QString path = parser.isSet(storeOption)
                             ? parser.value(storeOption)
                             : QDir::temp().filePath(QStringLiteral("coopatlas-bench-list.sqlite"));
    const qint64 organisations = parser.value(rowsOption).toLongLong();
    if (organisations <= 0 || !Bench::ensureLargeStore(path, organisations, 0, 0)) {
        return 2;
    }
    auto opened = Core::Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().text()));
        return 2;
    }
    const Core::Store store(std::move(opened).value());

    bool pass = true;
    // By name (one sort term), and by stage descending: long runs of equal
    // stages, ordered inside by name and kind.
    for (const auto &[column, order, label] : {std::tuple{0, Qt::AscendingOrder, "name"},
                                               std::tuple{2, Qt::DescendingOrder, "stage-desc"}}) {
        Core::ListQuery query;
        query.sortColumn = column;
        query.sortOrder = order;
        const auto total = store.count(query);
        if (!total) {
            std::fprintf(stderr, "%s\n", qPrintable(total.error().text()));
            return 2;
        }
        const Walk keyset = walkWithKeyset(store, query, *total);
        const Walk offset = walkWithOffset(store, query, *total);
        std::printf("by %s: %lld rows; keyset %.0f ms (%lld rows), offset %.0f ms (%lld rows)\n",
                    label,
                    *total,
                    keyset.milliseconds,
                    keyset.rows,
                    offset.milliseconds,
                    offset.rows);
        if (keyset.rows != *total || offset.rows != *total || keyset.lastId != offset.lastId) {
            std::fprintf(stderr, "the two walks read different rows\n");
            return 2;
        }
        const qint64 position = *total * 9 / 10;
        const auto [keysetPage, offsetPage] = timeDeepPage(store, query, position, 5);
        std::printf("by %s: page of %d rows at %lld, median of 5: keyset %.1f ms, offset %.1f ms\n",
                    label,
                    PageSize,
                    position,
                    keysetPage,
                    offsetPage);
        pass = Bench::reportRatio(
                   QStringLiteral("list-paging-%1-by-%2").arg(*total).arg(QLatin1String(label)),
                   keyset.milliseconds,
                   offset.milliseconds,
                   0.6,
                   QStringLiteral("ms"))
               && pass;
    }

    const QString csv = QDir::temp().filePath(QStringLiteral("coopatlas-bench-list.csv"));
    Core::ListCsvOptions options;
    QElapsedTimer timer;
    timer.start();
    const auto written = Core::ListCsvExport().writeFile(path, options, csv);
    const double exportMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (!written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error().text()));
        return 2;
    }
    std::printf("CSV export by name: %lld rows, %.0f ms, %lld bytes\n",
                *written,
                exportMs,
                QFile(csv).size());
    QFile::remove(csv);
    return pass ? 0 : 1;
}
