// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Live row counts of the list tables, kept by triggers in record_counts.
#include <core/storage/database.h>
#include <core/storage/store.h>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace CoopAtlas::Core;

namespace {

Organisation organisation(const QString &name, const QString &kind = QStringLiteral("funder"))
{
    Organisation org;
    org.name = name;
    org.kind = kind;
    return org;
}

Person person(const QString &name)
{
    Person result;
    result.formattedName = name;
    return result;
}

ListQuery listOf(ListTable table)
{
    ListQuery query;
    query.table = table;
    return query;
}

/// Runs one statement on the store's connection. Returns the first value of its
/// first row, a null value when it returns no row, or the text "failed".
QVariant sqlValue(Store &store, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(store.database().connection());
    query.prepare(sql);
    for (qsizetype i = 0; i < values.size(); ++i) {
        query.bindValue(int(i), values.at(i));
    }
    if (!query.exec()) {
        return QStringLiteral("failed");
    }
    return query.next() ? query.value(0) : QVariant();
}

/// Live rows of a table counted by a scan, to compare with Store::count().
qint64 scannedCount(Store &store, const QString &table)
{
    return sqlValue(store,
                    QStringLiteral("SELECT count(*) FROM ") + table
                        + QStringLiteral(" WHERE deleted = 0"))
        .toLongLong();
}

} // namespace

class tst_RecordCounts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void newFileStartsAtZero();
    void insertsAreCounted();
    void tombstoneAndRestore();
    void failedRestoreLeavesCounts();
    void rolledBackInsertNotCounted();
    void hardDeleteCountsLiveRowsOnly();
    void filteredCountsStillFilter();
    void totalCountMatchesLists();
    void missingCountRowIsAnError();
    void versionTwoFileGetsCounts();

private:
    /// Checks that the unfiltered list count of `table` is `expected` and
    /// equals a scan of the table.
    void verifyCount(ListTable table, const QString &tableName, qint64 expected);
    QString addLink(const QString &from, const QString &to);

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    int m_fileNumber = 0;
};

void tst_RecordCounts::init()
{
    QVERIFY(m_dir.isValid());
    auto db
        = Database::open(m_dir.filePath(QStringLiteral("counts-%1.sqlite").arg(++m_fileNumber)));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().text()));
    m_store = std::make_unique<Store>(std::move(db).value());
}

void tst_RecordCounts::cleanup()
{
    m_store.reset();
}

void tst_RecordCounts::verifyCount(ListTable table, const QString &tableName, qint64 expected)
{
    const auto counted = m_store->count(listOf(table));
    QVERIFY2(counted.ok(), qPrintable(counted.ok() ? QString() : counted.error().text()));
    QCOMPARE(counted.value(), expected);
    QCOMPARE(scannedCount(*m_store, tableName), expected);
}

QString tst_RecordCounts::addLink(const QString &from, const QString &to)
{
    Link link;
    link.fromId = from;
    link.toId = to;
    link.type = QStringLiteral("supports");
    auto id = m_store->insertLink(link);
    if (!id) {
        qWarning() << "insertLink failed:" << id.error().text();
        return {};
    }
    return id.value();
}

void tst_RecordCounts::newFileStartsAtZero()
{
    verifyCount(ListTable::Organisations, QStringLiteral("organisations"), 0);
    verifyCount(ListTable::People, QStringLiteral("persons"), 0);
    verifyCount(ListTable::Links, QStringLiteral("links"), 0);
    QCOMPARE(sqlValue(*m_store, QStringLiteral("SELECT count(*) FROM record_counts")).toInt(), 3);
}

void tst_RecordCounts::insertsAreCounted()
{
    const QString alpha = *m_store->insertOrganisation(organisation(QStringLiteral("Alpha")));
    const QString beta = *m_store->insertOrganisation(organisation(QStringLiteral("Beta")));
    const QString ada = *m_store->insertPerson(person(QStringLiteral("Ada Martin")));
    QVERIFY(!addLink(alpha, beta).isEmpty());
    QVERIFY(!addLink(ada, alpha).isEmpty());
    QVERIFY(!addLink(beta, ada).isEmpty());
    verifyCount(ListTable::Organisations, QStringLiteral("organisations"), 2);
    verifyCount(ListTable::People, QStringLiteral("persons"), 1);
    verifyCount(ListTable::Links, QStringLiteral("links"), 3);

    // A rejected insert writes nothing.
    QVERIFY(!m_store->insertOrganisation(organisation(QString())).ok());
    verifyCount(ListTable::Organisations, QStringLiteral("organisations"), 2);
}

void tst_RecordCounts::tombstoneAndRestore()
{
    const QString alpha = *m_store->insertOrganisation(organisation(QStringLiteral("Alpha")));
    const QString beta = *m_store->insertOrganisation(organisation(QStringLiteral("Beta")));
    const QString ada = *m_store->insertPerson(person(QStringLiteral("Ada Martin")));
    const QString alphaToAda = addLink(alpha, ada);
    const QString betaToAda = addLink(beta, ada);
    QVERIFY(!alphaToAda.isEmpty());
    QVERIFY(!betaToAda.isEmpty());

    const auto removed = m_store->remove(RecordKind::Organisation, alpha);
    QVERIFY(removed.ok());
    QCOMPARE(removed.value(), (QStringList{alpha, alphaToAda}));
    verifyCount(ListTable::Organisations, QStringLiteral("organisations"), 1);
    verifyCount(ListTable::People, QStringLiteral("persons"), 1);
    verifyCount(ListTable::Links, QStringLiteral("links"), 1);

    // A tombstone written again, here an update of another column, changes nothing.
    QVERIFY(sqlValue(*m_store,
                     QStringLiteral("UPDATE organisations SET deleted = 1, name = 'Alpha 2' "
                                    "WHERE id = ?"),
                     {alpha})
                .isNull());
    verifyCount(ListTable::Organisations, QStringLiteral("organisations"), 1);

    QVERIFY(m_store->restore(removed.value()).ok());
    verifyCount(ListTable::Organisations, QStringLiteral("organisations"), 2);
    verifyCount(ListTable::Links, QStringLiteral("links"), 2);

    const auto removedPerson = m_store->remove(RecordKind::Person, ada);
    QVERIFY(removedPerson.ok());
    verifyCount(ListTable::People, QStringLiteral("persons"), 0);
    verifyCount(ListTable::Links, QStringLiteral("links"), 0);
    verifyCount(ListTable::Organisations, QStringLiteral("organisations"), 2);
}

void tst_RecordCounts::failedRestoreLeavesCounts()
{
    const QString alpha = *m_store->insertOrganisation(organisation(QStringLiteral("Alpha")));
    const QString ada = *m_store->insertPerson(person(QStringLiteral("Ada Martin")));
    const QString link = addLink(alpha, ada);
    QVERIFY(!link.isEmpty());
    QVERIFY(m_store->remove(RecordKind::Person, ada).ok());
    verifyCount(ListTable::Links, QStringLiteral("links"), 0);

    // The link cannot come back while its person is deleted: the whole restore rolls back.
    QVERIFY(!m_store->restore({link}).ok());
    verifyCount(ListTable::Links, QStringLiteral("links"), 0);
    verifyCount(ListTable::People, QStringLiteral("persons"), 0);
}

void tst_RecordCounts::rolledBackInsertNotCounted()
{
    {
        Transaction transaction(m_store->database());
        QVERIFY(transaction.isActive());
        QVERIFY(m_store->insertOrganisation(organisation(QStringLiteral("Alpha"))).ok());
        verifyCount(ListTable::Organisations, QStringLiteral("organisations"), 1);
    }
    verifyCount(ListTable::Organisations, QStringLiteral("organisations"), 0);
}

void tst_RecordCounts::hardDeleteCountsLiveRowsOnly()
{
    const QString alpha = *m_store->insertOrganisation(organisation(QStringLiteral("Alpha")));
    const QString beta = *m_store->insertOrganisation(organisation(QStringLiteral("Beta")));
    const QString gamma = *m_store->insertOrganisation(organisation(QStringLiteral("Gamma")));
    QVERIFY(m_store->remove(RecordKind::Organisation, beta).ok());
    verifyCount(ListTable::Organisations, QStringLiteral("organisations"), 2);

    const QString deleteSql = QStringLiteral("DELETE FROM organisations WHERE id = ?");
    QVERIFY(sqlValue(*m_store, deleteSql, {alpha}).isNull());
    verifyCount(ListTable::Organisations, QStringLiteral("organisations"), 1);
    // Deleting a tombstone removes no live row.
    QVERIFY(sqlValue(*m_store, deleteSql, {beta}).isNull());
    verifyCount(ListTable::Organisations, QStringLiteral("organisations"), 1);
    QVERIFY(sqlValue(*m_store, deleteSql, {gamma}).isNull());
    verifyCount(ListTable::Organisations, QStringLiteral("organisations"), 0);
}

void tst_RecordCounts::filteredCountsStillFilter()
{
    QVERIFY(m_store->insertOrganisation(organisation(QStringLiteral("Alpha"))).ok());
    QVERIFY(m_store->insertOrganisation(organisation(QStringLiteral("Beta"))).ok());
    QVERIFY(m_store
                ->insertOrganisation(
                    organisation(QStringLiteral("Gamma"), QStringLiteral("project-holder")))
                .ok());
    ListQuery query = listOf(ListTable::Organisations);
    QCOMPARE(*m_store->count(query), 3);
    query.kindFilter = QStringLiteral("funder");
    QCOMPARE(*m_store->count(query), 2);
    query.filterText = QStringLiteral("beta");
    QCOMPARE(*m_store->count(query), 1);
    query.kindFilter.clear();
    query.filterText = QStringLiteral("gam");
    QCOMPARE(*m_store->count(query), 1);
    // Text without a searchable word does not filter.
    query.filterText = QStringLiteral("   ");
    QCOMPARE(*m_store->count(query), 3);

    // People lists have no kind, so a kind filter does not narrow them.
    QVERIFY(m_store->insertPerson(person(QStringLiteral("Ada Martin"))).ok());
    ListQuery people = listOf(ListTable::People);
    people.kindFilter = QStringLiteral("funder");
    QCOMPARE(*m_store->count(people), 1);
}

void tst_RecordCounts::totalCountMatchesLists()
{
    const QString alpha = *m_store->insertOrganisation(organisation(QStringLiteral("Alpha")));
    const QString ada = *m_store->insertPerson(person(QStringLiteral("Ada Martin")));
    QVERIFY(!addLink(alpha, ada).isEmpty());
    Note note;
    note.recordId = alpha;
    note.text = QStringLiteral("First meeting");
    QVERIFY(m_store->insertNote(note).ok());
    QCOMPARE(*m_store->totalCount(RecordKind::Organisation), 1);
    QCOMPARE(*m_store->totalCount(RecordKind::Person), 1);
    QCOMPARE(*m_store->totalCount(RecordKind::Link), 1);
    QCOMPARE(*m_store->totalCount(RecordKind::Note), 1);
    QVERIFY(m_store->remove(RecordKind::Organisation, alpha).ok());
    QCOMPARE(*m_store->totalCount(RecordKind::Organisation), 0);
    QCOMPARE(*m_store->totalCount(RecordKind::Link), 0);
    QCOMPARE(*m_store->totalCount(RecordKind::Note), 0);
}

void tst_RecordCounts::missingCountRowIsAnError()
{
    QVERIFY(
        sqlValue(*m_store, QStringLiteral("DELETE FROM record_counts WHERE table_name = 'persons'"))
            .isNull());
    const auto counted = m_store->count(listOf(ListTable::People));
    QVERIFY(!counted.ok());
    QVERIFY2(counted.error().message.contains(QStringLiteral("persons")),
             qPrintable(counted.error().message));
    QCOMPARE(*m_store->count(listOf(ListTable::Organisations)), 0);
}

void tst_RecordCounts::versionTwoFileGetsCounts()
{
    m_store.reset();
    const QString path = m_dir.filePath(QStringLiteral("version-two.sqlite"));
    QString tombstoned;
    {
        auto db = Database::open(path, schemaMigrations().mid(0, 2));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().text()));
        QCOMPARE((*db)->schemaVersion(), 2);
        Store store(std::move(db).value());
        const QString alpha = *store.insertOrganisation(organisation(QStringLiteral("Alpha")));
        tombstoned = *store.insertOrganisation(organisation(QStringLiteral("Beta")));
        QVERIFY(store.insertOrganisation(organisation(QStringLiteral("Gamma"))).ok());
        const QString ada = *store.insertPerson(person(QStringLiteral("Ada Martin")));
        Link link;
        link.fromId = alpha;
        link.toId = ada;
        link.type = QStringLiteral("supports");
        QVERIFY(store.insertLink(link).ok());
        // A version 2 file has no activity tables, so the tombstone is written
        // as that version's application wrote it.
        QVERIFY(sqlValue(store,
                         QStringLiteral("UPDATE organisations SET deleted = 1 WHERE id = ?"),
                         {tombstoned})
                    .isNull());
        QCOMPARE(sqlValue(store,
                          QStringLiteral("SELECT count(*) FROM sqlite_master "
                                         "WHERE name = 'record_counts'"))
                     .toInt(),
                 0);
    }

    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().text()));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    m_store = std::make_unique<Store>(std::move(db).value());
    verifyCount(ListTable::Organisations, QStringLiteral("organisations"), 2);
    verifyCount(ListTable::People, QStringLiteral("persons"), 1);
    verifyCount(ListTable::Links, QStringLiteral("links"), 1);

    // The triggers follow the migrated file's later changes.
    QVERIFY(m_store->restore({tombstoned}).ok());
    QVERIFY(m_store->insertPerson(person(QStringLiteral("Jo Peeters"))).ok());
    verifyCount(ListTable::Organisations, QStringLiteral("organisations"), 3);
    verifyCount(ListTable::People, QStringLiteral("persons"), 2);
}

QTEST_GUILESS_MAIN(tst_RecordCounts)
#include "tst_recordcounts.moc"
