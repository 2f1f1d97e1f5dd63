// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Walks every list with Store::pageAfter() in small pages and with the list
// CSV export. The rows must equal those of Store::page() (LIMIT and OFFSET)
// and of ORDER BY queries written out here, which run on the same SQLite file
// through a connection of their own. The data has long runs of equal sort
// keys, NULLs and empty text in the sort columns, and values that differ only
// in case.
#include <core/interchange/listcsvexport.h>
#include <core/storage/database.h>
#include <core/storage/searchexpression.h>
#include <core/storage/store.h>

#include <QBuffer>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace CoopAtlas::Core;

namespace {

constexpr int OrganisationCount = 4500;
constexpr int PersonCount = 90;
constexpr int LinkCount = 150;

/// ORDER BY terms of each list column, in the order of Store::listColumns(),
/// before the row id. Each term takes the direction of the sort.
const QList<QStringList> OrganisationOrder{
    {QStringLiteral("sort_name")},
    {QStringLiteral("kind"), QStringLiteral("sort_name")},
    {QStringLiteral("stage"), QStringLiteral("sort_name"), QStringLiteral("kind")},
    {QStringLiteral("commune"), QStringLiteral("sort_name"), QStringLiteral("kind")},
    {QStringLiteral("locality COLLATE NOCASE"),
     QStringLiteral("sort_name"),
     QStringLiteral("kind")},
    {QStringLiteral("country COLLATE NOCASE"), QStringLiteral("sort_name"), QStringLiteral("kind")},
    {QStringLiteral("founded"), QStringLiteral("sort_name"), QStringLiteral("kind")},
    {QStringLiteral("updated_at"), QStringLiteral("sort_name"), QStringLiteral("kind")},
};
const QList<QStringList> PersonOrder{
    {QStringLiteral("sort_name")},
    {QStringLiteral("organisation_name COLLATE NOCASE"), QStringLiteral("sort_name")},
    {QStringLiteral("email COLLATE NOCASE"), QStringLiteral("sort_name")},
    {QStringLiteral("phone"), QStringLiteral("sort_name")},
    {QStringLiteral("updated_at"), QStringLiteral("sort_name")},
};
const QList<QStringList> LinkOrder{
    {QStringLiteral("from_sort"), QStringLiteral("to_sort")},
    {QStringLiteral("type"), QStringLiteral("from_sort")},
    {QStringLiteral("to_sort"), QStringLiteral("from_sort"), QStringLiteral("type")},
    {QStringLiteral("start_date"), QStringLiteral("from_sort"), QStringLiteral("type")},
    {QStringLiteral("end_date"), QStringLiteral("from_sort"), QStringLiteral("type")},
};

const QList<QStringList> &orderOf(ListTable table)
{
    switch (table) {
    case ListTable::People:
        return PersonOrder;
    case ListTable::Links:
        return LinkOrder;
    case ListTable::Organisations:
        break;
    }
    return OrganisationOrder;
}

QString tableOf(ListTable table)
{
    switch (table) {
    case ListTable::People:
        return QStringLiteral("persons");
    case ListTable::Links:
        return QStringLiteral("links");
    case ListTable::Organisations:
        break;
    }
    return QStringLiteral("organisations");
}

QString searchKindOf(ListTable table)
{
    switch (table) {
    case ListTable::People:
        return QStringLiteral("person");
    case ListTable::Links:
        return QStringLiteral("link");
    case ListTable::Organisations:
        break;
    }
    return QStringLiteral("organisation");
}

QString describe(const ListQuery &query)
{
    return QStringLiteral("table %1, column %2, %3, text \"%4\", kind \"%5\"")
        .arg(tableOf(query.table))
        .arg(query.sortColumn)
        .arg(query.sortOrder == Qt::DescendingOrder ? QStringLiteral("descending")
                                                    : QStringLiteral("ascending"),
             query.filterText,
             query.kindFilter);
}

QStringList idsOf(const QList<ListRow> &rows)
{
    QStringList ids;
    for (const ListRow &row : rows) {
        ids.append(row.id);
    }
    return ids;
}

/// Reads every row of `query` with pageAfter(), `pageSize` rows at a time.
/// Stops after more pages than the rows could fill, and then returns an
/// extra "overrun" id.
QStringList walkAfter(const Store &store, const ListQuery &query, int pageSize, qint64 total)
{
    QStringList ids;
    QVariantList key;
    for (qint64 pages = 0; pages <= total / pageSize + 1; ++pages) {
        const auto page = store.pageAfter(query, key, pageSize);
        if (!page) {
            qWarning("pageAfter failed: %s", qPrintable(page.error().text()));
            return ids << QStringLiteral("error");
        }
        ids += idsOf(*page);
        if (page->size() < pageSize) {
            return ids;
        }
        key = page->constLast().sortKey;
    }
    return ids << QStringLiteral("overrun");
}

} // namespace

class tst_ListPaging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void pageAfterMatchesOffset_data();
    void pageAfterMatchesOffset();
    void pageAfterInsideRun();
    void pageAfterRejectsOtherSortKey();
    void exportMatchesPlainQuery_data();
    void exportMatchesPlainQuery();

private:
    /// Ids of the rows of `query` from an ORDER BY query written in this test.
    QStringList plainQueryIds(const ListQuery &query);
    /// Cells of the rows of `query` (the list columns, as the CSV export writes
    /// them) from an ORDER BY query written in this test.
    QList<QStringList> plainQueryCells(const ListQuery &query);
    QString plainQuerySql(const ListQuery &query, const QString &columns) const;
    QVariantList plainQueryValues(const ListQuery &query) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
    QString m_connection = QStringLiteral("tst_listpaging_plain");
};

void tst_ListPaging::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("paging.sqlite"));
    auto opened = Database::open(m_path);
    QVERIFY(opened.ok());
    m_store = std::make_unique<Store>(std::move(opened).value());

    static const QStringList kinds{
        QStringLiteral("funder"), QStringLiteral("network"), QStringLiteral("project-holder")};
    static const QStringList stages{QStringLiteral("idea"), QStringLiteral("launched"), QString()};
    static const QStringList localities{
        QStringLiteral("Brussels"), QStringLiteral("brussels"), QStringLiteral("Gent"), QString()};
    static const QStringList countries{QStringLiteral("BE"), QStringLiteral("be"), QString()};
    // "velo" finds two thirds of the organisations: more than one export page.
    static const QStringList words{
        QStringLiteral("Velo Coop"), QStringLiteral("Coop"), QStringLiteral("Velo Energie")};
    QStringList organisationIds;
    {
        Transaction transaction(m_store->database());
        for (int i = 0; i < OrganisationCount; ++i) {
            Organisation org;
            // 40 distinct names, so that equal names form runs inside equal stages.
            org.name = words.at(i % 3) + QStringLiteral(" %1").arg(i % 40);
            org.kind = kinds.at(i % 3 == 0 ? (i / 3) % 3 : i % 3);
            org.stage = stages.at((i / 7) % 3);
            org.locality = localities.at((i / 5) % 4);
            org.country = countries.at((i / 11) % 3);
            if (i % 4 != 0) {
                org.founded = QDate(2000 + i % 5, 1, 1);
            }
            auto id = m_store->insertOrganisation(org);
            QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().text()));
            organisationIds.append(*id);
        }
        for (int i = 0; i < PersonCount; ++i) {
            Person person;
            person.formattedName = QStringLiteral("Person %1").arg(i % 9);
            if (i % 3 != 0) {
                person.organisationName
                    = i % 2 == 0 ? QStringLiteral("Febecoop") : QStringLiteral("febecoop");
            }
            if (i % 4 != 0) {
                person.emails = {{QStringLiteral("same@example.org"), {}, {}, false}};
            }
            auto id = m_store->insertPerson(person);
            QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().text()));
        }
        static const QStringList types{QStringLiteral("supports"), QStringLiteral("funds")};
        for (int i = 0; i < LinkCount; ++i) {
            Link link;
            link.fromId = organisationIds.at(i % 6);
            link.toId = organisationIds.at(10 + i % 4);
            link.type = types.at(i % 2);
            if (i % 3 != 0) {
                link.start = QDate(2020, 1 + i % 2, 1);
            }
            auto id = m_store->insertLink(link);
            QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().text()));
        }
        QVERIFY(transaction.commit());
    }

    QSqlDatabase plain = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    plain.setDatabaseName(m_path);
    QVERIFY2(plain.open(), qPrintable(plain.lastError().text()));
    // Empty text sorts after NULL, so some of the NULLs become empty text. The
    // kind is a sort term after the name, so some kinds become NULL.
    QSqlQuery update(plain);
    for (const QString &sql :
         {QStringLiteral("UPDATE organisations SET locality = '' WHERE rowid % 13 = 0"),
          QStringLiteral("UPDATE organisations SET commune = '' WHERE rowid % 2 = 0"),
          QStringLiteral("UPDATE organisations SET kind = NULL WHERE rowid % 17 = 0"),
          QStringLiteral("UPDATE links SET from_sort = NULL WHERE rowid % 10 = 0"),
          QStringLiteral("UPDATE links SET end_date = '2030-01-01' WHERE rowid % 9 = 0")}) {
        QVERIFY2(update.exec(sql), qPrintable(update.lastError().text()));
    }
    QSqlQuery nulls(plain);
    QVERIFY(nulls.exec(QStringLiteral("SELECT count(*) FROM organisations WHERE stage IS NULL")));
    QVERIFY(nulls.next());
    int withoutStage = 0;
    for (int i = 0; i < OrganisationCount; ++i) {
        withoutStage += (i / 7) % 3 == 2 ? 1 : 0;
    }
    QCOMPARE(nulls.value(0).toInt(), withoutStage);
}

void tst_ListPaging::cleanupTestCase()
{
    QSqlDatabase::database(m_connection).close();
    QSqlDatabase::removeDatabase(m_connection);
    m_store.reset();
}

QString tst_ListPaging::plainQuerySql(const ListQuery &query, const QString &columns) const
{
    const QString direction
        = query.sortOrder == Qt::DescendingOrder ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QStringList order = orderOf(query.table).at(query.sortColumn);
    order.append(QStringLiteral("rowid"));
    for (QString &term : order) {
        term += direction;
    }
    QString sql = QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ")
                  + tableOf(query.table) + QStringLiteral(" WHERE deleted = 0");
    if (!query.kindFilter.isEmpty()) {
        sql += query.table == ListTable::Links ? QStringLiteral(" AND type = ?")
                                               : QStringLiteral(" AND kind = ?");
    }
    if (!query.filterText.isEmpty()) {
        sql += QStringLiteral(" AND id IN (SELECT record_id FROM search_index WHERE "
                              "search_index MATCH ? AND kind = '")
               + searchKindOf(query.table) + QStringLiteral("')");
    }
    return sql + QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", "));
}

QVariantList tst_ListPaging::plainQueryValues(const ListQuery &query) const
{
    QVariantList values;
    if (!query.kindFilter.isEmpty()) {
        values.append(query.kindFilter);
    }
    if (!query.filterText.isEmpty()) {
        values.append(ftsMatchExpression(query.filterText));
    }
    return values;
}

QStringList tst_ListPaging::plainQueryIds(const ListQuery &query)
{
    QSqlQuery rows(QSqlDatabase::database(m_connection));
    if (!rows.prepare(plainQuerySql(query, QStringLiteral("id")))) {
        qWarning("%s", qPrintable(rows.lastError().text()));
        return {QStringLiteral("error")};
    }
    const QVariantList values = plainQueryValues(query);
    for (int i = 0; i < values.size(); ++i) {
        rows.bindValue(i, values.at(i));
    }
    QStringList ids;
    if (!rows.exec()) {
        qWarning("%s", qPrintable(rows.lastError().text()));
        return {QStringLiteral("error")};
    }
    while (rows.next()) {
        ids.append(rows.value(0).toString());
    }
    return ids;
}

QList<QStringList> tst_ListPaging::plainQueryCells(const ListQuery &query)
{
    // The organisation list columns. Dates are stored as YYYY-MM-DD, which the
    // export writes unchanged, and the export writes timestamps in UTC.
    QSqlQuery rows(QSqlDatabase::database(m_connection));
    if (!rows.prepare(plainQuerySql(query,
                                    QStringLiteral("name, kind, stage, commune, locality, "
                                                   "country, founded, updated_at")))) {
        qWarning("%s", qPrintable(rows.lastError().text()));
        return {};
    }
    const QVariantList values = plainQueryValues(query);
    for (int i = 0; i < values.size(); ++i) {
        rows.bindValue(i, values.at(i));
    }
    QList<QStringList> cells;
    if (!rows.exec()) {
        qWarning("%s", qPrintable(rows.lastError().text()));
        return {};
    }
    while (rows.next()) {
        QStringList row;
        for (int column = 0; column < 7; ++column) {
            row.append(rows.value(column).toString());
        }
        row.append(QDateTime::fromString(rows.value(7).toString(), Qt::ISODateWithMs)
                       .toUTC()
                       .toString(Qt::ISODate));
        cells.append(row);
    }
    return cells;
}

void tst_ListPaging::pageAfterMatchesOffset_data()
{
    QTest::addColumn<int>("table");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");
    for (const ListTable table : {ListTable::Organisations, ListTable::People, ListTable::Links}) {
        const QString kind = table == ListTable::Organisations ? QStringLiteral("network")
                             : table == ListTable::Links       ? QStringLiteral("funds")
                                                               : QString();
        for (int column = 0; column < orderOf(table).size(); ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QString name = QStringLiteral("%1 %2 %3")
                                         .arg(tableOf(table))
                                         .arg(column)
                                         .arg(order == Qt::AscendingOrder ? QStringLiteral("asc")
                                                                          : QStringLiteral("desc"));
                QTest::newRow(qPrintable(name))
                    << int(table) << column << int(order) << QString() << QString();
                QTest::newRow(qPrintable(name + QStringLiteral(" text")))
                    << int(table) << column << int(order)
                    << (table == ListTable::People ? QStringLiteral("person 3")
                                                   : QStringLiteral("velo"))
                    << QString();
                if (!kind.isEmpty()) {
                    QTest::newRow(qPrintable(name + QStringLiteral(" kind")))
                        << int(table) << column << int(order) << QString() << kind;
                }
            }
        }
    }
}

void tst_ListPaging::pageAfterMatchesOffset()
{
    QFETCH(int, table);
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QString, text);
    QFETCH(QString, kind);
    ListQuery query;
    query.table = ListTable(table);
    query.sortColumn = column;
    query.sortOrder = Qt::SortOrder(order);
    query.filterText = text;
    query.kindFilter = kind;

    const QStringList expected = plainQueryIds(query);
    QVERIFY2(expected.size() >= 10, qPrintable(describe(query)));
    QVERIFY(!expected.contains(QStringLiteral("error")));
    const auto all = m_store->page(query, 0, 100000);
    QVERIFY(all.ok());
    QCOMPARE(idsOf(*all), expected);
    // 37 rows a page for the 4,500 organisations, 7 for the smaller lists, so
    // that page ends fall inside runs of equal sort keys.
    const int pageSize = ListTable(table) == ListTable::Organisations ? 37 : 7;
    QCOMPARE(walkAfter(*m_store, query, pageSize, expected.size()), expected);
    // The offset pages of the same size give the same rows.
    QStringList byOffset;
    for (qint64 offset = 0; offset < expected.size(); offset += pageSize) {
        const auto page = m_store->page(query, offset, pageSize);
        QVERIFY(page.ok());
        byOffset += idsOf(*page);
    }
    QCOMPARE(byOffset, expected);
}

void tst_ListPaging::pageAfterInsideRun()
{
    // Stage descending: the NULL stages come last, and inside a stage the
    // equal names form runs that only the kind and the row id order.
    ListQuery query;
    query.sortColumn = 2;
    query.sortOrder = Qt::DescendingOrder;
    const auto all = m_store->page(query, 0, 100000);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), OrganisationCount);
    int checked = 0;
    for (qsizetype i = 0; i + 1 < all->size(); ++i) {
        const ListRow &row = all->at(i);
        const ListRow &next = all->at(i + 1);
        // Positions where the next row has the same stage and name, and where
        // the stage turns to NULL.
        const bool sameRun = row.sortKey.mid(0, 2) == next.sortKey.mid(0, 2);
        const bool intoNulls = !row.sortKey.at(0).isNull() && next.sortKey.at(0).isNull();
        if (!sameRun && !intoNulls) {
            continue;
        }
        const auto after = m_store->pageAfter(query, row.sortKey, 3);
        QVERIFY(after.ok());
        QCOMPARE(idsOf(*after), idsOf(all->mid(i + 1, 3)));
        ++checked;
    }
    QVERIFY2(checked > 100, qPrintable(QString::number(checked)));
    // After the last row there is nothing.
    const auto end = m_store->pageAfter(query, all->constLast().sortKey, 3);
    QVERIFY(end.ok());
    QCOMPARE(end->size(), 0);
}

void tst_ListPaging::pageAfterRejectsOtherSortKey()
{
    ListQuery byName;
    const auto first = m_store->page(byName, 0, 1);
    QVERIFY(first.ok());
    QCOMPARE(first->constFirst().sortKey.size(), 2);
    ListQuery byStage;
    byStage.sortColumn = 2;
    const auto next = m_store->pageAfter(byStage, first->constFirst().sortKey, 5);
    QVERIFY(!next.ok());
    QVERIFY2(next.error().message.contains(QStringLiteral("Reload the list")),
             qPrintable(next.error().message));
}

void tst_ListPaging::exportMatchesPlainQuery_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("text");
    for (const int column : {2, 4, 6}) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QString name = QStringLiteral("column %1 %2")
                                     .arg(column)
                                     .arg(order == Qt::AscendingOrder ? QStringLiteral("asc")
                                                                      : QStringLiteral("desc"));
            QTest::newRow(qPrintable(name)) << column << int(order) << QString();
            QTest::newRow(qPrintable(name + QStringLiteral(" text")))
                << column << int(order) << QStringLiteral("velo");
        }
    }
}

void tst_ListPaging::exportMatchesPlainQuery()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QString, text);
    ListCsvOptions options;
    options.query.sortColumn = column;
    options.query.sortOrder = Qt::SortOrder(order);
    options.query.filterText = text;
    const QList<QStringList> expected = plainQueryCells(options.query);
    // More rows than one export page, so that page ends fall inside runs.
    QVERIFY2(expected.size() > ListCsvExport::PageSize, qPrintable(describe(options.query)));

    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QList<qint64> progress;
    ListCsvExport exporter;
    exporter.setProgressHandler([&progress](qint64 done, qint64) { progress.append(done); });
    const auto written = exporter.write(*m_store, options, buffer);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().text()));
    QCOMPARE(*written, qint64(expected.size()));
    QCOMPARE(progress.size(),
             int((expected.size() + ListCsvExport::PageSize - 1) / ListCsvExport::PageSize));

    // No cell of this data needs quotes, so each line splits at its commas.
    QStringList lines = QString::fromUtf8(bytes).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.takeLast(), QString());
    QCOMPARE(lines.size(), expected.size() + 1);
    QCOMPARE(lines.constFirst(), Store::listColumns(ListTable::Organisations).join(u','));
    for (qsizetype row = 0; row < expected.size(); ++row) {
        QCOMPARE(lines.at(row + 1).split(u','), expected.at(row));
    }
}

QTEST_GUILESS_MAIN(tst_ListPaging)
#include "tst_listpaging.moc"
