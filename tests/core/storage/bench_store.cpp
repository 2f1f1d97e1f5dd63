// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Manual measurements of the store, not run by CTest:
//   bench_store insert COUNT DIR   Store inserts against raw prepared inserts
//   bench_store generate FILE COUNT  writes COUNT organisations, COUNT/5 people and COUNT links
//   bench_store lists FILE           times count and page queries of every list
#include <core/storage/listsql.h>
#include <core/storage/recordrows.h>
#include <core/storage/searchexpression.h>
#include <core/storage/store.h>
#include <core/uuid.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <cstdio>

using namespace CoopAtlas::Core;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

const QStringList Kinds{QStringLiteral("project-holder"),
                        QStringLiteral("support-organisation"),
                        QStringLiteral("funder"),
                        QStringLiteral("network")};
const QStringList Stages{QStringLiteral("idea"),
                         QStringLiteral("prototype"),
                         QStringLiteral("launched"),
                         QStringLiteral("scaling")};
const QStringList Communes{QStringLiteral("ixelles"),
                           QStringLiteral("molenbeek-saint-jean"),
                           QStringLiteral("schaerbeek"),
                           QStringLiteral("bruxelles")};
const QStringList Words{QStringLiteral("coop"),
                        QStringLiteral("énergie"),
                        QStringLiteral("vélo"),
                        QStringLiteral("food"),
                        QStringLiteral("housing"),
                        QStringLiteral("platform"),
                        QStringLiteral("care"),
                        QStringLiteral("media")};

Organisation sampleOrganisation(QRandomGenerator &random, int i)
{
    Organisation org;
    org.name = Words.at(random.bounded(Words.size())) + QLatin1Char(' ')
               + Words.at(random.bounded(Words.size())) + QStringLiteral(" %1").arg(i);
    org.kind = Kinds.at(random.bounded(Kinds.size()));
    org.stage = Stages.at(random.bounded(Stages.size()));
    org.commune = Communes.at(random.bounded(Communes.size()));
    org.locality = QStringLiteral("Bruxelles");
    org.country = QStringLiteral("BE");
    org.founded = QDate(2000, 1, 1).addDays(random.bounded(9000));
    org.sectors = {QStringLiteral("energy")};
    org.emails = {{QStringLiteral("info%1@example.org").arg(i), {}, {}, false}};
    org.description = QStringLiteral("A %1 initiative number %2 in %3.")
                          .arg(Words.at(random.bounded(Words.size())))
                          .arg(i)
                          .arg(org.commune);
    return org;
}

Result<std::unique_ptr<Store>> openStore(const QString &path)
{
    auto db = Database::open(path);
    if (!db) {
        return db.error();
    }
    (*db)->setAuthor(QStringLiteral("bench"));
    return std::make_unique<Store>(std::move(db).value());
}

int fail(const QString &message)
{
    out() << "failed: " << message << Qt::endl;
    return 1;
}

int benchInsert(int count, const QString &dir)
{
    QRandomGenerator random(42);
    QList<Organisation> records;
    for (int i = 0; i < count; ++i) {
        records.append(sampleOrganisation(random, i));
    }

    // Raw: one prepared statement, values built beforehand, one transaction.
    auto rawStore = openStore(dir + QStringLiteral("/raw.coopatlas"));
    if (!rawStore) {
        return fail(rawStore.error().text());
    }
    QList<QVariantList> rows;
    QString sql;
    for (const Organisation &org : records) {
        QVariantList values;
        QStringList names;
        for (const auto &column : RecordRows::organisationRow(org)) {
            names.append(column.name);
            values.append(column.value);
        }
        names << QStringLiteral("id") << QStringLiteral("created_at")
              << QStringLiteral("updated_at");
        const QString now = RecordRows::timestampText(QDateTime::currentDateTimeUtc());
        values << createUuidV7() << now << now;
        sql = QStringLiteral("INSERT INTO organisations (") + names.join(QStringLiteral(", "))
              + QStringLiteral(") VALUES (?") + QStringLiteral(", ?").repeated(names.size() - 1)
              + QLatin1Char(')');
        rows.append(values);
    }
    QElapsedTimer timer;
    timer.start();
    {
        Transaction transaction((*rawStore)->database());
        QSqlQuery query((*rawStore)->database().connection());
        query.prepare(sql);
        for (const QVariantList &values : rows) {
            for (int i = 0; i < values.size(); ++i) {
                query.bindValue(i, values.at(i));
            }
            if (!query.exec()) {
                return fail(query.lastError().text());
            }
        }
        if (auto committed = transaction.commit(); !committed) {
            return fail(committed.error().text());
        }
    }
    const qint64 rawMs = timer.elapsed();

    auto store = openStore(dir + QStringLiteral("/store.coopatlas"));
    if (!store) {
        return fail(store.error().text());
    }
    timer.restart();
    {
        Transaction transaction((*store)->database());
        for (const Organisation &org : records) {
            if (auto id = (*store)->insertOrganisation(org); !id) {
                return fail(id.error().text());
            }
        }
        if (auto committed = transaction.commit(); !committed) {
            return fail(committed.error().text());
        }
    }
    const qint64 storeMs = timer.elapsed();
    out() << count << " organisations: raw prepared inserts " << rawMs << " ms, "
          << "Store::insertOrganisation " << storeMs << " ms, ratio "
          << QString::number(double(storeMs) / double(qMax<qint64>(rawMs, 1)), 'f', 2) << Qt::endl;
    return 0;
}

/// Commits the running transaction every 10,000 writes, as an import does, so
/// that the write-ahead log is checkpointed instead of growing to the whole file.
class Batch
{
public:
    explicit Batch(Database &db)
        : m_db(db)
        , m_transaction(std::make_unique<Transaction>(db))
    {}

    Result<void> written()
    {
        if (++m_count % 10000 != 0) {
            return {};
        }
        return restart();
    }

    Result<void> restart()
    {
        auto committed = m_transaction->commit();
        m_transaction = std::make_unique<Transaction>(m_db);
        return committed;
    }

private:
    Database &m_db;
    std::unique_ptr<Transaction> m_transaction;
    int m_count = 0;
};

int generate(const QString &path, int count)
{
    auto store = openStore(path);
    if (!store) {
        return fail(store.error().text());
    }
    QRandomGenerator random(7);
    QElapsedTimer timer;
    timer.start();
    Batch batch((*store)->database());
    QStringList orgIds;
    for (int i = 0; i < count; ++i) {
        auto id = (*store)->insertOrganisation(sampleOrganisation(random, i));
        if (!id || !batch.written()) {
            return fail(id ? QStringLiteral("commit") : id.error().text());
        }
        orgIds.append(*id);
    }
    out() << "organisations " << timer.elapsed() << " ms" << Qt::endl;
    QStringList personIds;
    for (int i = 0; i < count / 5; ++i) {
        Person person;
        person.formattedName
            = Words.at(random.bounded(Words.size())) + QStringLiteral(" Person %1").arg(i);
        person.organisationName = QStringLiteral("Org %1").arg(random.bounded(1000));
        person.emails = {{QStringLiteral("p%1@example.org").arg(i), {}, {}, false}};
        auto id = (*store)->insertPerson(person);
        if (!id || !batch.written()) {
            return fail(id ? QStringLiteral("commit") : id.error().text());
        }
        personIds.append(*id);
    }
    out() << "people " << timer.elapsed() << " ms" << Qt::endl;
    for (int i = 0; i < count; ++i) {
        Link link;
        link.fromId = personIds.at(random.bounded(personIds.size()));
        link.toId = orgIds.at(random.bounded(orgIds.size()));
        link.type = QStringLiteral("works-at");
        link.start = QDate(2010, 1, 1).addDays(random.bounded(5000));
        auto id = (*store)->insertLink(link);
        if (!id || !batch.written()) {
            return fail(id ? QStringLiteral("commit") : id.error().text());
        }
    }
    if (!batch.restart()) {
        return fail(QStringLiteral("commit"));
    }
    out() << "links, total " << timer.elapsed() << " ms" << Qt::endl;
    return 0;
}

void timeList(Store &store, const ListQuery &query, const QString &label, qint64 deepOffset)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 rows = store.count(query).value();
    const qint64 countMs = timer.elapsed();
    timer.restart();
    const auto first = store.page(query, 0, 100).value();
    const qint64 firstMs = timer.elapsed();
    timer.restart();
    const qint64 offset = qMin(deepOffset, qMax<qint64>(rows - 100, 0));
    const auto deep = store.page(query, offset, 100).value();
    const qint64 deepMs = timer.elapsed();
    out() << label << ": " << rows << " rows; count " << countMs << " ms, first page " << firstMs
          << " ms (" << first.size() << "), page at " << offset << " " << deepMs << " ms ("
          << deep.size() << ")" << Qt::endl;
}

void explain(Store &store, const ListQuery &query)
{
    const auto statement
        = ListSql::pageStatement(query, ftsMatchExpression(query.filterText), 0, 100);
    QSqlQuery plan(store.database().connection());
    plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + statement.sql);
    for (int i = 0; i < statement.values.size(); ++i) {
        plan.bindValue(i, statement.values.at(i));
    }
    plan.exec();
    while (plan.next()) {
        out() << "    plan: " << plan.value(3).toString() << Qt::endl;
    }
}

int lists(const QString &path)
{
    auto store = openStore(path);
    if (!store) {
        return fail(store.error().text());
    }
    for (ListTable table : {ListTable::Organisations, ListTable::People, ListTable::Links}) {
        const QStringList columns = Store::listColumns(table);
        for (int column = 0; column < columns.size(); ++column) {
            ListQuery query;
            query.table = table;
            query.sortColumn = column;
            timeList(**store,
                     query,
                     QStringLiteral("table %1 by %2").arg(int(table)).arg(columns.at(column)),
                     900000);
            explain(**store, query);
        }
        ListQuery filtered;
        filtered.table = table;
        filtered.filterText = QStringLiteral("velo 12");
        timeList(
            **store, filtered, QStringLiteral("table %1 text 'velo 12'").arg(int(table)), 900000);
        explain(**store, filtered);
    }
    ListQuery kind;
    kind.kindFilter = QStringLiteral("funder");
    timeList(**store, kind, QStringLiteral("organisations kind funder by name"), 200000);
    explain(**store, kind);
    kind.sortColumn = 6;
    timeList(**store, kind, QStringLiteral("organisations kind funder by founded"), 200000);
    explain(**store, kind);

    QElapsedTimer timer;
    timer.start();
    const auto hits = (*store)->search(QStringLiteral("énergie coop"));
    out() << "search 'énergie coop': " << hits->size() << " hits in " << timer.elapsed() << " ms"
          << Qt::endl;
    timer.restart();
    const auto growth = (*store)->organisationGrowth(QStringLiteral("organisation-kind"));
    out() << "growth by kind: " << growth->size() << " points in " << timer.elapsed() << " ms"
          << Qt::endl;
    timer.restart();
    const auto communes = (*store)->countsByCommune();
    out() << "counts by commune: " << communes->size() << " in " << timer.elapsed() << " ms"
          << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args.at(1) == QLatin1String("insert")) {
        return benchInsert(args.at(2).toInt(), args.at(3));
    }
    if (args.size() >= 4 && args.at(1) == QLatin1String("generate")) {
        return generate(args.at(2), args.at(3).toInt());
    }
    if (args.size() >= 3 && args.at(1) == QLatin1String("lists")) {
        return lists(args.at(2));
    }
    out() << "usage: bench_store insert COUNT DIR | generate FILE COUNT | lists FILE" << Qt::endl;
    return 2;
}
