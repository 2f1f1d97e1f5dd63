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

private:
    QString insertOrganisation(const QString &name, const QString &kind);
    QString insertBarrier(const QString &title,
                          const QString &kind,
                          const QString &domain,
                          const QString &status,
                          const QStringList &affected);
    void addSampleRegister();
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

QTEST_MAIN(tst_Barriers)
#include "tst_barriers.moc"
