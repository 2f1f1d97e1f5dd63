// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/storage/database.h>
#include <core/storage/store.h>
#include <ui/models/recordlistmodel.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace CoopAtlas;

namespace {

constexpr int RowTotal = 2000;
const char *const Words[] = {"alpha", "beta", "gamma", "delta"};

QString nameOf(int i)
{
    return QStringLiteral("Coop %1 %2")
        .arg(i, 4, 10, QLatin1Char('0'))
        .arg(QLatin1String(Words[i % 4]));
}

} // namespace

class tst_RecordListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void rowCountFromStore();
    void rowsGrowThroughFetchMore();
    void columnsFromStore();
    void pageBoundaries();
    void pagesLoadedOnDemand();
    void pageCacheBounded();
    void sortDescending();
    void scrolledPagesMatchStore_data();
    void scrolledPagesMatchStore();
    void filterText();
    void kindFilter();
    void kindShownWithLabel();
    void refreshAfterInsert();
    void findRowInNeighbourPage();
    void inactiveModelReadsNothing();
    void inactiveModelCatchesUpWhenActive();

private:
    QString cell(int row, int column = 0) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Core::Store> m_store;
    std::unique_ptr<Ui::RecordListModel> m_model;
};

void tst_RecordListModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = Core::Database::open(m_dir.filePath(QStringLiteral("list.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().text()));
    Core::Store store(std::move(db).value());
    Core::Transaction transaction(store.database());
    QVERIFY(transaction.isActive());
    for (int i = 0; i < RowTotal; ++i) {
        Core::Organisation org;
        org.name = nameOf(i);
        org.kind = i % 2 == 0 ? QStringLiteral("funder") : QStringLiteral("project-holder");
        const auto id = store.insertOrganisation(org);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().text()));
    }
    QVERIFY(transaction.commit().ok());
}

void tst_RecordListModel::init()
{
    auto db = Core::Database::open(m_dir.filePath(QStringLiteral("list.sqlite")));
    QVERIFY(db.ok());
    m_store = std::make_unique<Core::Store>(std::move(db).value());
    m_model = std::make_unique<Ui::RecordListModel>(Core::ListTable::Organisations);
    m_model->setStore(m_store.get());
}

void tst_RecordListModel::cleanup()
{
    m_model.reset();
    m_store.reset();
}

QString tst_RecordListModel::cell(int row, int column) const
{
    return m_model->data(m_model->index(row, column)).toString();
}

void tst_RecordListModel::rowCountFromStore()
{
    QCOMPARE(m_model->rowCount(), RowTotal);
}

void tst_RecordListModel::rowsGrowThroughFetchMore()
{
    m_model->setFetchStep(768);
    m_model->refresh();
    QCOMPARE(m_model->totalRowCount(), qint64(RowTotal));
    QCOMPARE(m_model->rowCount(), 768);
    QVERIFY(m_model->canFetchMore({}));

    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), 1536);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 768);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1535);

    m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), RowTotal);
    QVERIFY(!m_model->canFetchMore({}));
    m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), RowTotal);
    QCOMPARE(inserted.size(), 2);

    // The last row has data, read from the page that contains it.
    QVERIFY(!m_model->idAt(RowTotal - 1).isEmpty());
    QVERIFY(m_model->idAt(RowTotal).isEmpty());

    // A new query starts again from one step.
    m_model->setFilterText(QStringLiteral("nothing-matches-this"));
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->canFetchMore({}));
}

void tst_RecordListModel::columnsFromStore()
{
    const QStringList columns = Core::Store::listColumns(Core::ListTable::Organisations);
    QCOMPARE(m_model->columnCount(), int(columns.size()));
    QCOMPARE(m_model->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), columns.at(0));
}

void tst_RecordListModel::pageBoundaries()
{
    const int size = Ui::RecordListModel::PageSize;
    QCOMPARE(cell(0), nameOf(0));
    QCOMPARE(cell(size - 1), nameOf(size - 1));
    QCOMPARE(cell(size), nameOf(size));
    QCOMPARE(cell(2 * size - 1), nameOf(2 * size - 1));
    QCOMPARE(cell(RowTotal - 1), nameOf(RowTotal - 1));
    QVERIFY(!m_model->data(m_model->index(RowTotal, 0)).isValid());
    QCOMPARE(m_model->idAt(RowTotal), QString());
}

void tst_RecordListModel::pagesLoadedOnDemand()
{
    QCOMPARE(m_model->pagesLoaded(), 0);
    QCOMPARE(cell(0), nameOf(0));
    QCOMPARE(m_model->pagesLoaded(), 1);
    QCOMPARE(cell(10), nameOf(10));
    QCOMPARE(m_model->pagesLoaded(), 1);
    QCOMPARE(cell(RowTotal - 1), nameOf(RowTotal - 1));
    QCOMPARE(m_model->pagesLoaded(), 2);
}

void tst_RecordListModel::pageCacheBounded()
{
    const int size = Ui::RecordListModel::PageSize;
    const int pages = (RowTotal + size - 1) / size; // 8 pages of 256 rows
    for (int round = 0; round < 3; ++round) {
        for (int page = 0; page < pages; ++page)
            QCOMPARE(cell(page * size), nameOf(page * size));
    }
    QCOMPARE(m_model->pagesLoaded(), pages);
    QCOMPARE(m_model->cachedPageCount(), pages);
    QVERIFY(m_model->cachedPageCount() <= Ui::RecordListModel::MaxCachedPages);
}

void tst_RecordListModel::sortDescending()
{
    m_model->sort(0, Qt::DescendingOrder);
    QCOMPARE(m_model->rowCount(), RowTotal);
    QCOMPARE(cell(0), nameOf(RowTotal - 1));
    QCOMPARE(cell(Ui::RecordListModel::PageSize),
             nameOf(RowTotal - 1 - Ui::RecordListModel::PageSize));
    QCOMPARE(cell(RowTotal - 1), nameOf(0));
    m_model->sort(0, Qt::AscendingOrder);
    QCOMPARE(cell(0), nameOf(0));
}

void tst_RecordListModel::scrolledPagesMatchStore_data()
{
    QTest::addColumn<int>("order");
    QTest::addColumn<int>("firstRow");
    QTest::newRow("ascending from the top") << int(Qt::AscendingOrder) << 0;
    QTest::newRow("descending from the top") << int(Qt::DescendingOrder) << 0;
    QTest::newRow("descending after a jump") << int(Qt::DescendingOrder) << 1300;
}

void tst_RecordListModel::scrolledPagesMatchStore()
{
    // Sorted by kind, half of the rows share each kind, so page ends fall
    // inside runs of equal sort keys. A page that follows a cached page
    // continues after that page's last row instead of counting an offset.
    QFETCH(int, order);
    QFETCH(int, firstRow);
    m_model->setFetchStep(RowTotal);
    m_model->refresh();
    m_model->sort(1, Qt::SortOrder(order));
    Core::ListQuery query;
    query.sortColumn = 1;
    query.sortOrder = Qt::SortOrder(order);
    const auto rows = m_store->page(query, 0, RowTotal + 1);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), RowTotal);
    for (int row = firstRow; row < RowTotal; ++row) {
        QCOMPARE(m_model->idAt(row), rows->at(row).id);
    }
    const int size = Ui::RecordListModel::PageSize;
    QCOMPARE(m_model->pagesLoaded(), (RowTotal - 1) / size - firstRow / size + 1);
}

void tst_RecordListModel::filterText()
{
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setFilterText(QStringLiteral("gamma"));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(m_model->rowCount(), RowTotal / 4);
    QCOMPARE(cell(0), nameOf(2));
    QCOMPARE(cell(1), nameOf(6));
    QCOMPARE(cell(RowTotal / 4 - 1), nameOf(RowTotal - 2));
    m_model->setFilterText(QStringLiteral("1999"));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(cell(0), nameOf(1999));
    m_model->setFilterText(QString());
    QCOMPARE(m_model->rowCount(), RowTotal);
}

void tst_RecordListModel::kindFilter()
{
    m_model->setKindFilter(QStringLiteral("funder"));
    QCOMPARE(m_model->rowCount(), RowTotal / 2);
    QCOMPARE(cell(0), nameOf(0));
    QCOMPARE(cell(1), nameOf(2));
    m_model->setFilterText(QStringLiteral("beta"));
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setFilterText(QStringLiteral("gamma"));
    QCOMPARE(m_model->rowCount(), RowTotal / 4);
}

void tst_RecordListModel::kindShownWithLabel()
{
    const int kindColumn = int(
        Core::Store::listColumns(Core::ListTable::Organisations).indexOf(QStringLiteral("Kind")));
    QVERIFY(kindColumn > 0);
    QCOMPARE(cell(0, kindColumn), QStringLiteral("Funder"));
    QCOMPARE(cell(1, kindColumn), QStringLiteral("Project holder"));
}

void tst_RecordListModel::refreshAfterInsert()
{
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    Core::Organisation org;
    org.name = QStringLiteral("Aaa first");
    const auto id = m_store->insertOrganisation(org);
    QVERIFY(id.ok());
    QTRY_COMPARE(m_model->rowCount(), RowTotal + 1);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(cell(0), QStringLiteral("Aaa first"));
    QCOMPARE(m_model->idAt(0), id.value());
    const auto removed = m_store->remove(Core::RecordKind::Organisation, id.value());
    QVERIFY(removed.ok());
    QTRY_COMPARE(m_model->rowCount(), RowTotal);
}

void tst_RecordListModel::inactiveModelReadsNothing()
{
    Ui::RecordListModel hidden(Core::ListTable::Organisations);
    hidden.setActive(false);
    QSignalSpy resets(&hidden, &QAbstractItemModel::modelReset);
    hidden.setStore(m_store.get());
    QCOMPARE(hidden.rowCount(), 0);
    QCOMPARE(hidden.pagesLoaded(), 0);
    hidden.setFilterText(QStringLiteral("alpha"));
    hidden.refresh();
    QCOMPARE(hidden.rowCount(), 0);
    // Only the reset that empties the model for the new store.
    QCOMPARE(resets.count(), 1);

    hidden.setActive(true);
    QCOMPARE(resets.count(), 2);
    QCOMPARE(hidden.rowCount(), RowTotal / 4);
    // Activating again reads nothing when nothing changed.
    hidden.setActive(false);
    hidden.setActive(true);
    QCOMPARE(resets.count(), 2);
}

void tst_RecordListModel::inactiveModelCatchesUpWhenActive()
{
    QCOMPARE(m_model->rowCount(), RowTotal);
    m_model->setActive(false);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    Core::Organisation org;
    org.name = QStringLiteral("Aaa first");
    const auto id = m_store->insertOrganisation(org);
    QVERIFY(id.ok());
    QCoreApplication::processEvents();
    QCOMPARE(resets.count(), 0);
    QCOMPARE(m_model->rowCount(), RowTotal);

    m_model->setActive(true);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(m_model->rowCount(), RowTotal + 1);
    QCOMPARE(m_model->idAt(0), id.value());
    QVERIFY(m_store->remove(Core::RecordKind::Organisation, id.value()).ok());
    QTRY_COMPARE(m_model->rowCount(), RowTotal);
}

void tst_RecordListModel::findRowInNeighbourPage()
{
    const int row = 3 * Ui::RecordListModel::PageSize + 5;
    const QString id = m_model->idAt(row);
    QVERIFY(!id.isEmpty());
    m_model->refresh();
    // Far from the hint and not cached: not searched, so that no call scans the table.
    QCOMPARE(m_model->findRow(id, 0), -1);
    QCOMPARE(m_model->findRow(id, row - 10), row);
    QCOMPARE(m_model->findRow(QStringLiteral("no-such-id"), row), -1);
}

QTEST_MAIN(tst_RecordListModel)
#include "tst_recordlistmodel.moc"
