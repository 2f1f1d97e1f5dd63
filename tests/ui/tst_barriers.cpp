// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/storage/activitystore.h>
#include <core/storage/database.h>
#include <core/storage/store.h>
#include <ui/barriers/barrierform.h>
#include <ui/barriers/barrierspage.h>
#include <ui/barriers/barriertreemodel.h>
#include <ui/commands/knowledgecommands.h>
#include <ui/commands/recordcommands.h>
#include <ui/storeopener.h>

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace CoopAtlas;

/// The obstacles and opportunities page on a real store file: the view grouped
/// by domain with its counts, filters, validation and undo.
class tst_Barriers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void groupedViewCountsItemsAndHolders();
    void filtersByKindAndStatus();
    void flatListWhenNotGrouped();
    void titleRequiredAtField();
    void undoEditAndCreate();
    void largeRegisterGroupsEveryItem();
    void treeReadsDomainsBeforeItems();
    void flatListReadsPages();
    void selectionKeptPastFirstPage();
    void scrollingReadsNextPage();

private:
    QString insertOrganisation(const QString &name, const QString &kind);
    QString insertBarrier(const QString &title,
                          const QString &kind,
                          const QString &domain,
                          const QString &status,
                          const QStringList &affected);
    void addSampleRegister();
    /// Inserts `items` barriers in one transaction: item i has domain i % 10 of
    /// the nine seeded domains and none, affects project holder i % 20, is
    /// critical when i % 7 == 0 and an opportunity when i % 5 == 0.
    void addRegister(int items);
    /// Item and project-holder counts of a domain row, or {-1, -1} when absent.
    QPair<int, int> domainCounts(const QString &domain) const;
    Ui::BarrierTreeModel *model() const { return m_page->treeModel(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Store> m_store;
    std::unique_ptr<Ui::CommandContext> m_context;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<Ui::BarriersPage> m_page;
};

void tst_Barriers::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Ui::openStore(m_dir->filePath(QStringLiteral("barriers.sqlite")), false);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().text()));
    m_store = std::move(opened.value().store);
    m_context = std::make_unique<Ui::CommandContext>();
    m_context->setStore(m_store.get());
    m_stack = std::make_unique<QUndoStack>();
    m_page = std::make_unique<Ui::BarriersPage>(m_stack.get(), m_context.get());
    m_page->setStore(m_store.get());
}

void tst_Barriers::cleanup()
{
    m_page.reset();
    m_stack.reset();
    m_context.reset();
    m_store.reset();
    m_dir.reset();
}

QString tst_Barriers::insertOrganisation(const QString &name, const QString &kind)
{
    Core::Organisation organisation;
    organisation.name = name;
    organisation.kind = kind;
    auto id = m_store->insertOrganisation(organisation);
    return id ? id.value() : QString();
}

QString tst_Barriers::insertBarrier(const QString &title,
                                    const QString &kind,
                                    const QString &domain,
                                    const QString &status,
                                    const QStringList &affected)
{
    Core::Barrier barrier;
    barrier.title = title;
    barrier.kind = kind;
    barrier.domain = domain;
    barrier.status = status;
    barrier.affectedOrganisationIds = affected;
    auto id = Core::ActivityStore(*m_store).insertBarrier(barrier);
    return id ? id.value() : QString();
}

void tst_Barriers::addSampleRegister()
{
    const QString delivery = insertOrganisation(QStringLiteral("Coopcycle Bruxelles"),
                                                QStringLiteral("project-holder"));
    const QString music
        = insertOrganisation(QStringLiteral("Resonate Belgium"), QStringLiteral("project-holder"));
    const QString funder
        = insertOrganisation(QStringLiteral("finance&invest.brussels"), QStringLiteral("funder"));
    QVERIFY(!delivery.isEmpty() && !music.isEmpty() && !funder.isEmpty());
    insertBarrier(QStringLiteral("No legal form for multi-stakeholder platforms"),
                  QStringLiteral("obstacle"),
                  QStringLiteral("legal"),
                  QStringLiteral("open"),
                  {delivery, music, funder});
    insertBarrier(QStringLiteral("Reform of the company code"),
                  QStringLiteral("opportunity"),
                  QStringLiteral("legal"),
                  QStringLiteral("raised"),
                  {delivery});
    insertBarrier(QStringLiteral("VAT on member contributions"),
                  QStringLiteral("obstacle"),
                  QStringLiteral("tax"),
                  QStringLiteral("open"),
                  {music});
    model()->refresh();
}

void tst_Barriers::addRegister(int items)
{
    constexpr int Holders = 20;
    const QStringList domains{QStringLiteral("legal"),
                              QStringLiteral("tax"),
                              QStringLiteral("funding"),
                              QStringLiteral("public-procurement"),
                              QStringLiteral("skills"),
                              QStringLiteral("technology"),
                              QStringLiteral("market"),
                              QStringLiteral("regulation"),
                              QStringLiteral("other"),
                              QString()};
    Core::Transaction transaction(m_store->database());
    QVERIFY(transaction.isActive());
    QStringList holders;
    for (int i = 0; i < Holders; ++i)
        holders << insertOrganisation(QStringLiteral("Coop %1").arg(i),
                                      QStringLiteral("project-holder"));
    Core::ActivityStore activities(*m_store);
    for (int i = 0; i < items; ++i) {
        Core::Barrier barrier;
        barrier.title = QStringLiteral("Obstacle %1").arg(i, 5, 10, QLatin1Char('0'));
        barrier.kind = i % 5 == 0 ? QStringLiteral("opportunity") : QStringLiteral("obstacle");
        barrier.domain = domains.at(i % domains.size());
        barrier.status = QStringLiteral("open");
        if (i % 7 == 0)
            barrier.severity = QStringLiteral("critical");
        barrier.affectedOrganisationIds = {holders.at(i % Holders)};
        const auto id = activities.insertBarrier(barrier);
        QVERIFY2(id.ok(), qPrintable(id ? QString() : id.error().text()));
    }
    QVERIFY(transaction.commit().ok());
}

QPair<int, int> tst_Barriers::domainCounts(const QString &domain) const
{
    const QModelIndex index = model()->domainIndex(domain);
    if (!index.isValid())
        return {-1, -1};
    return {index.data(Ui::BarrierTreeModel::ItemCountRole).toInt(),
            index.data(Ui::BarrierTreeModel::ProjectHoldersRole).toInt()};
}

void tst_Barriers::groupedViewCountsItemsAndHolders()
{
    addSampleRegister();
    QCOMPARE(model()->rowCount(), 2);
    QCOMPARE(domainCounts(QStringLiteral("legal")), qMakePair(2, 2));
    QCOMPARE(domainCounts(QStringLiteral("tax")), qMakePair(1, 1));
    QCOMPARE(domainCounts(QStringLiteral("funding")), qMakePair(-1, -1));
    const QModelIndex legal = model()->domainIndex(QStringLiteral("legal"));
    QCOMPARE(model()->rowCount(legal), 2);
    QVERIFY(legal.data().toString().contains(QLatin1String("2 project holder")));
    // Domains follow the vocabulary's order: legal before tax.
    QCOMPARE(model()->index(0, 0).data(Ui::BarrierTreeModel::DomainRole).toString(),
             QStringLiteral("legal"));
}

void tst_Barriers::filtersByKindAndStatus()
{
    addSampleRegister();
    QComboBox *kind = m_page->kindFilter();
    kind->setCurrentIndex(kind->findData(QStringLiteral("opportunity")));
    QCOMPARE(model()->rowCount(), 1);
    QCOMPARE(domainCounts(QStringLiteral("legal")), qMakePair(1, 1));
    QCOMPARE(domainCounts(QStringLiteral("tax")), qMakePair(-1, -1));

    kind->setCurrentIndex(0);
    QComboBox *status = m_page->statusFilter();
    status->setCurrentIndex(status->findData(QStringLiteral("open")));
    QCOMPARE(domainCounts(QStringLiteral("legal")), qMakePair(1, 2));
    QCOMPARE(domainCounts(QStringLiteral("tax")), qMakePair(1, 1));
}

void tst_Barriers::flatListWhenNotGrouped()
{
    addSampleRegister();
    m_page->groupByDomain()->setChecked(false);
    QCOMPARE(model()->rowCount(), 3);
    QVERIFY(!model()->domainIndex(QStringLiteral("legal")).isValid());
    QVERIFY(!model()->idAt(model()->index(0, 0)).isEmpty());
}

void tst_Barriers::titleRequiredAtField()
{
    Ui::BarrierForm *form = m_page->form();
    QVERIFY(!form->save());
    QVERIFY(!form->problemText(QStringLiteral("title")).isEmpty());
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(model()->rowCount(), 0);
}

void tst_Barriers::undoEditAndCreate()
{
    Ui::BarrierForm *form = m_page->form();
    auto *title = qobject_cast<QLineEdit *>(form->fieldWidget(QStringLiteral("title")));
    title->setText(QStringLiteral("Public tenders exclude small cooperatives"));
    auto *domain = qobject_cast<QComboBox *>(form->fieldWidget(QStringLiteral("domain")));
    domain->setCurrentIndex(domain->findData(QStringLiteral("public-procurement")));
    QVERIFY(domain->currentIndex() > 0);
    QVERIFY(form->save());
    const QString id = form->barrierId();
    QVERIFY(!id.isEmpty());
    model()->refresh();
    QCOMPARE(domainCounts(QStringLiteral("public-procurement")), qMakePair(1, 0));

    auto *severity = qobject_cast<QComboBox *>(form->fieldWidget(QStringLiteral("severity")));
    severity->setCurrentIndex(severity->findData(QStringLiteral("critical")));
    auto *status = qobject_cast<QComboBox *>(form->fieldWidget(QStringLiteral("status")));
    status->setCurrentIndex(status->findData(QStringLiteral("raised")));
    QVERIFY(form->save());

    Core::ActivityStore activities(*m_store);
    QCOMPARE(activities.barrier(id)->severity, QStringLiteral("critical"));
    QCOMPARE(activities.barrier(id)->status, QStringLiteral("raised"));
    m_stack->undo();
    QCOMPARE(activities.barrier(id)->severity, QStringLiteral("medium"));
    QCOMPARE(activities.barrier(id)->status, QStringLiteral("open"));
    m_stack->undo();
    QVERIFY(activities.barrier(id)->meta.deleted);
    model()->refresh();
    QCOMPARE(model()->rowCount(), 0);
    m_stack->redo();
    QVERIFY(!activities.barrier(id)->meta.deleted);
}

void tst_Barriers::largeRegisterGroupsEveryItem()
{
    constexpr int Holders = 50;
    constexpr int Items = 2000;
    const QStringList domains{QStringLiteral("legal"),
                              QStringLiteral("tax"),
                              QStringLiteral("funding"),
                              QStringLiteral("skills")};
    QStringList holders;
    {
        Core::Transaction transaction(m_store->database());
        QVERIFY(transaction.isActive());
        for (int i = 0; i < Holders; ++i)
            holders << insertOrganisation(QStringLiteral("Coop %1").arg(i),
                                          QStringLiteral("project-holder"));
        for (int i = 0; i < Items; ++i) {
            // Item i affects holders i % 50 and (i + 1) % 50, so every holder is affected.
            const QStringList affected{holders.at(i % Holders), holders.at((i + 1) % Holders)};
            QVERIFY(!insertBarrier(QStringLiteral("Obstacle %1").arg(i, 4, 10, QLatin1Char('0')),
                                   i % 5 == 0 ? QStringLiteral("opportunity")
                                              : QStringLiteral("obstacle"),
                                   domains.at(i % domains.size()),
                                   QStringLiteral("open"),
                                   affected)
                         .isEmpty());
        }
        QVERIFY(transaction.commit().ok());
    }
    QElapsedTimer timer;
    timer.start();
    model()->refresh();
    const qint64 refreshMs = timer.elapsed();
    QCOMPARE(model()->rowCount(), 4);
    int listed = 0;
    for (const QString &domain : domains) {
        const auto [items, affected] = domainCounts(domain);
        QCOMPARE(items, Items / int(domains.size()));
        // Items of one domain are every fourth one, so they reach every holder once or twice.
        QCOMPARE(affected, Holders);
        listed += items;
    }
    QCOMPARE(listed, Items);
    // Measured, not asserted: the time depends on the machine.
    qInfo("Grouped %d obstacles into domains in %lld ms", Items, refreshMs);
}

void tst_Barriers::treeReadsDomainsBeforeItems()
{
    constexpr int Items = 5000;
    constexpr int PerDomain = Items / 10;
    addRegister(Items);
    Ui::BarrierTreeModel lazy;
    lazy.setStore(m_store.get());

    // The refresh reads the ten domain rows and their counts, and no item.
    QCOMPARE(lazy.rowCount(), 10);
    QCOMPARE(lazy.loadedBarrierCount(), 0);
    for (int row = 0; row < lazy.rowCount(); ++row) {
        const QModelIndex domain = lazy.index(row, 0);
        QCOMPARE(domain.data(Ui::BarrierTreeModel::ItemCountRole).toInt(), PerDomain);
        // Items i and i + 10 of a domain affect holders i % 20 and (i + 10) % 20.
        QCOMPARE(domain.data(Ui::BarrierTreeModel::ProjectHoldersRole).toInt(), 2);
        QCOMPARE(lazy.rowCount(domain), 0);
        QVERIFY(lazy.hasChildren(domain));
        QVERIFY(lazy.canFetchMore(domain));
    }
    QCOMPARE(lazy.index(9, 0).data(Ui::BarrierTreeModel::DomainRole).toString(), QString());
    QVERIFY(lazy.index(9, 0).data().toString().startsWith(QLatin1String("No domain: 500 item")));

    // One fetch reads one page of one domain, most severe first. Later pages are
    // read on request only, so that a tree view's layout passes do not read them.
    const QModelIndex legal = lazy.domainIndex(QStringLiteral("legal"));
    lazy.fetchMore(legal);
    QCOMPARE(lazy.rowCount(legal), Ui::BarrierTreeModel::PageSize);
    QVERIFY(!lazy.canFetchMore(legal));
    QVERIFY(lazy.hasMoreRows(legal));
    lazy.fetchMore(legal);
    QCOMPARE(lazy.rowCount(legal), Ui::BarrierTreeModel::PageSize);
    QCOMPARE(lazy.loadedBarrierCount(), Ui::BarrierTreeModel::PageSize);
    QCOMPARE(lazy.rowCount(lazy.domainIndex(QStringLiteral("tax"))), 0);
    const QString critical = Core::ActivityKeys::label(QStringLiteral("critical"));
    const QString medium = Core::ActivityKeys::label(QStringLiteral("medium"));
    // Legal has items 0, 10, 20, ...: those with i % 70 == 0 are critical, 72 of 500.
    QCOMPARE(lazy.index(0, Ui::BarrierTreeModel::Title, legal).data().toString(),
             QStringLiteral("Obstacle 00000"));
    QCOMPARE(lazy.index(0, Ui::BarrierTreeModel::Severity, legal).data().toString(), critical);
    QCOMPARE(lazy.index(71, Ui::BarrierTreeModel::Severity, legal).data().toString(), critical);
    QCOMPARE(lazy.index(71, Ui::BarrierTreeModel::Title, legal).data().toString(),
             QStringLiteral("Obstacle 04970"));
    QCOMPARE(lazy.index(72, Ui::BarrierTreeModel::Severity, legal).data().toString(), medium);
    QCOMPARE(lazy.index(72, Ui::BarrierTreeModel::Title, legal).data().toString(),
             QStringLiteral("Obstacle 00010"));

    for (int page = 0; page < 5 && lazy.hasMoreRows(legal); ++page)
        lazy.fetchNextPage(legal);
    QCOMPARE(lazy.rowCount(legal), PerDomain);
    QVERIFY(!lazy.hasMoreRows(legal));
    QCOMPARE(lazy.loadedBarrierCount(), PerDomain);
    QSet<QString> ids;
    for (int row = 0; row < lazy.rowCount(legal); ++row)
        ids.insert(lazy.idAt(lazy.index(row, 0, legal)));
    QCOMPARE(ids.size(), PerDomain);

    // A barrier on the third page of its domain is read with the pages before it.
    const QModelIndex market = lazy.domainIndex(QStringLiteral("market"));
    const QString lastMarket = [&] {
        Core::ActivityListQuery query;
        query.kind = Core::RecordKind::Barrier;
        return Core::ActivityStore(*m_store)
            .barriers(query, QStringLiteral("market"), PerDomain - 1, 1)
            ->first()
            .meta.id;
    }();
    const QModelIndex found = lazy.loadBarrier(lastMarket);
    QVERIFY(found.isValid());
    QCOMPARE(found.parent(), market);
    QCOMPARE(found.row(), PerDomain - 1);
    QCOMPARE(lazy.loadedBarrierCount(), 2 * PerDomain);

    // A refresh reads the domain rows again, and the first fetch of a domain reads
    // as many items as it had before.
    lazy.refresh();
    QCOMPARE(lazy.loadedBarrierCount(), 0);
    QCOMPARE(lazy.rowCount(lazy.domainIndex(QStringLiteral("legal"))), 0);
    lazy.fetchMore(lazy.domainIndex(QStringLiteral("legal")));
    QCOMPARE(lazy.rowCount(lazy.domainIndex(QStringLiteral("legal"))), PerDomain);
    lazy.fetchMore(lazy.domainIndex(QStringLiteral("tax")));
    QCOMPARE(lazy.rowCount(lazy.domainIndex(QStringLiteral("tax"))),
             Ui::BarrierTreeModel::PageSize);

    // The kind filter counts in SQL too: items with i % 5 == 0 are opportunities, and
    // in legal (i % 10 == 0) all of them are.
    lazy.setFilter(QStringLiteral("opportunity"), QString());
    QCOMPARE(lazy.loadedBarrierCount(), 0);
    QCOMPARE(lazy.domainIndex(QStringLiteral("legal")).data(Ui::BarrierTreeModel::ItemCountRole),
             QVariant(PerDomain));
    QVERIFY(!lazy.domainIndex(QStringLiteral("tax")).isValid());
    QCOMPARE(lazy.rowCount(), 2); // legal and technology: i % 10 == 0 and i % 10 == 5
}

void tst_Barriers::flatListReadsPages()
{
    constexpr int Items = 450;
    addRegister(Items);
    Ui::BarrierTreeModel lazy;
    lazy.setStore(m_store.get());
    lazy.setGrouped(false);
    QCOMPARE(lazy.rowCount(), 0);
    QCOMPARE(lazy.loadedBarrierCount(), 0);
    QVERIFY(lazy.hasChildren());
    QVERIFY(lazy.canFetchMore({}));
    lazy.fetchMore({});
    QCOMPARE(lazy.rowCount(), Ui::BarrierTreeModel::PageSize);
    QVERIFY(!lazy.canFetchMore({}));
    lazy.fetchNextPage({});
    lazy.fetchNextPage({});
    QCOMPARE(lazy.rowCount(), Items);
    QVERIFY(!lazy.hasMoreRows({}));
    QCOMPARE(lazy.loadedBarrierCount(), Items);
    // Critical items (i % 7 == 0) come first, the first 65 of them.
    QCOMPARE(lazy.index(0, Ui::BarrierTreeModel::Title).data().toString(),
             QStringLiteral("Obstacle 00000"));
    QCOMPARE(lazy.index(64, Ui::BarrierTreeModel::Title).data().toString(),
             QStringLiteral("Obstacle 00448"));
    QCOMPARE(lazy.index(65, Ui::BarrierTreeModel::Title).data().toString(),
             QStringLiteral("Obstacle 00001"));

    // A status filter that no item has leaves nothing to read.
    lazy.setFilter(QString(), QStringLiteral("resolved"));
    QCOMPARE(lazy.rowCount(), 0);
    QVERIFY(!lazy.canFetchMore({}));
    QVERIFY(!lazy.hasMoreRows({}));
    QVERIFY(!lazy.hasChildren());
}

void tst_Barriers::selectionKeptPastFirstPage()
{
    addRegister(3000);
    model()->refresh();
    // 300 items per domain: the last one of "tax" is on its second page.
    Core::ActivityListQuery query;
    query.kind = Core::RecordKind::Barrier;
    const QString deep = Core::ActivityStore(*m_store)
                             .barriers(query, QStringLiteral("tax"), 299, 1)
                             ->first()
                             .meta.id;
    QCOMPARE(model()->rowCount(model()->domainIndex(QStringLiteral("tax"))),
             Ui::BarrierTreeModel::PageSize);
    m_page->selectBarrier(deep);
    QCOMPARE(m_page->form()->barrierId(), deep);
    QCOMPARE(model()->idAt(m_page->treeView()->currentIndex()), deep);

    model()->refresh();
    QCOMPARE(model()->idAt(m_page->treeView()->currentIndex()), deep);
    QCOMPARE(m_page->treeView()->currentIndex().row(), 299);
    // The expanded tree read the first page of each other domain and nothing more.
    QCOMPARE(model()->loadedBarrierCount(), 9 * Ui::BarrierTreeModel::PageSize + 300);
}

void tst_Barriers::scrollingReadsNextPage()
{
    addRegister(3000);
    m_page->resize(900, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    model()->refresh();
    const QModelIndex legal = model()->domainIndex(QStringLiteral("legal"));
    const QModelIndex tax = model()->domainIndex(QStringLiteral("tax"));
    QCOMPARE(model()->rowCount(legal), Ui::BarrierTreeModel::PageSize);

    // When the last read row of the first domain comes into view, its next page is
    // read. The domain below it, whose last read row stays out of view, is not.
    QTreeView *tree = m_page->treeView();
    tree->scrollTo(model()->index(Ui::BarrierTreeModel::PageSize - 1, 0, legal),
                   QAbstractItemView::PositionAtBottom);
    QTRY_COMPARE(model()->rowCount(legal), 300);
    QCOMPARE(model()->rowCount(tax), Ui::BarrierTreeModel::PageSize);
}

QTEST_MAIN(tst_Barriers)
#include "tst_barriers.moc"
