// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "barrierspage.h"

#include <core/domain/activities.h>
#include <core/storage/store.h>
#include <ui/barriers/barrierform.h>
#include <ui/barriers/barriertreemodel.h>
#include <ui/commands/knowledgecommands.h>

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

BarriersPage::BarriersPage(QUndoStack *undoStack, CommandContext *context, QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
    , m_context(context)
    , m_model(new BarrierTreeModel(this))
    , m_tree(new QTreeView(this))
    , m_form(new BarrierForm(undoStack, context, this))
    , m_kind(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_grouped(new QCheckBox(tr("&Group by domain"), this))
{
    setObjectName(QStringLiteral("barriersPage"));
    m_tree->setObjectName(QStringLiteral("barrierTree"));
    m_tree->setAccessibleName(tr("Obstacles and opportunities"));
    m_tree->setModel(m_model);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(BarrierTreeModel::Title, QHeaderView::Stretch);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buildFilterBar());
    leftLayout->addWidget(m_tree);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_model, &BarrierTreeModel::loadFailed, this, &BarriersPage::loadFailed);
    connect(m_model, &BarrierTreeModel::refreshed, this, &BarriersPage::restoreSelection);
    // The model returns canFetchMore() only for a list's first page, so the page
    // reads the next ones when the last read row of a list comes into view.
    // The connections are queued because the tree emits both signals while it
    // lays out its rows, and fetchShownDomains() makes it lay them out again.
    connect(
        m_tree, &QTreeView::expanded, this, &BarriersPage::fetchShownDomains, Qt::QueuedConnection);
    connect(m_tree->verticalScrollBar(),
            &QScrollBar::valueChanged,
            this,
            &BarriersPage::fetchShownDomains,
            Qt::QueuedConnection);
    connect(m_tree->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &BarriersPage::onCurrentChanged);
    connect(m_form, &BarrierForm::saved, this, &BarriersPage::selectBarrier);
}

QWidget *BarriersPage::buildFilterBar()
{
    auto *bar = new QWidget(this);
    m_kind->setAccessibleName(tr("Filter by kind"));
    m_kind->addItem(tr("Obstacles and opportunities"), QString());
    for (const QString &key : Core::ActivityKeys::barrierKinds())
        m_kind->addItem(Core::ActivityKeys::label(key), key);
    m_status->setAccessibleName(tr("Filter by status"));
    m_status->addItem(tr("Any status"), QString());
    for (const QString &key : Core::ActivityKeys::barrierStatuses())
        m_status->addItem(Core::ActivityKeys::label(key), key);
    m_grouped->setChecked(true);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kind);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_grouped);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &BarriersPage::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &BarriersPage::applyFilter);
    connect(m_grouped, &QCheckBox::toggled, m_model, &BarrierTreeModel::setGrouped);
    return bar;
}

void BarriersPage::setStore(Core::Store *store)
{
    m_store = store;
    m_form->setStore(store);
    m_model->setStore(store);
}

void BarriersPage::applyFilter()
{
    m_model->setFilter(m_kind->currentData().toString(), m_status->currentData().toString());
}

void BarriersPage::restoreSelection()
{
    m_tree->expandAll();
    for (int column = BarrierTreeModel::Kind; column < BarrierTreeModel::ColumnCount; ++column)
        m_tree->resizeColumnToContents(column);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->hasChildren(m_model->index(row, 0)))
            m_tree->setFirstColumnSpanned(row, {}, true);
    }
    const QModelIndex shown = m_model->loadBarrier(m_form->barrierId());
    const QSignalBlocker blocker(m_tree->selectionModel());
    if (shown.isValid())
        m_tree->setCurrentIndex(shown);
    fetchShownDomains();
}

void BarriersPage::fetchShownDomains()
{
    // Bounded, in case a page fills less than the viewport.
    constexpr int MaxPagesPerCall = 10;
    const QRect viewport = m_tree->viewport()->rect();
    QList<QModelIndex> lists;
    if (m_model->isGrouped()) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex domain = m_model->index(row, BarrierTreeModel::Title);
            if (m_tree->isExpanded(domain))
                lists.append(domain);
        }
    } else {
        lists.append(QModelIndex());
    }
    int pages = 0;
    for (const QModelIndex &list : std::as_const(lists)) {
        while (pages < MaxPagesPerCall && m_model->hasMoreRows(list)) {
            const int loaded = m_model->rowCount(list);
            const QModelIndex last = m_model->index(loaded - 1, BarrierTreeModel::Title, list);
            if (loaded == 0 || !m_tree->visualRect(last).intersects(viewport))
                break;
            m_model->fetchNextPage(list);
            ++pages;
        }
    }
}

void BarriersPage::onCurrentChanged()
{
    const QString id = m_model->idAt(m_tree->currentIndex());
    if (id.isEmpty() || id == m_form->barrierId())
        return;
    if (!confirmLeave()) {
        restoreSelection();
        return;
    }
    m_form->showBarrier(id);
}

void BarriersPage::selectBarrier(const QString &id)
{
    if (id != m_form->barrierId() || m_form->isModified())
        m_form->showBarrier(id);
    const QModelIndex index = m_model->loadBarrier(id);
    const QSignalBlocker blocker(m_tree->selectionModel());
    if (index.isValid())
        m_tree->setCurrentIndex(index);
    else
        m_tree->clearSelection();
}

void BarriersPage::newBarrier()
{
    if (!confirmLeave())
        return;
    m_tree->clearSelection();
    m_form->newBarrier();
    if (QWidget *title = m_form->fieldWidget(QStringLiteral("title")))
        title->setFocus();
}

bool BarriersPage::save()
{
    return m_form->save();
}

void BarriersPage::deleteBarrier()
{
    const QString id = m_form->barrierId();
    if (id.isEmpty())
        return;
    const QString title = m_form->barrier().title;
    const auto answer = QMessageBox::question(
        this,
        tr("Delete Obstacle or Opportunity"),
        tr("Delete \"%1\" with its notes? You can undo this with Edit > Undo.").arg(title),
        QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_undoStack->push(new DeleteKnowledgeCommand(m_context, Core::RecordKind::Barrier, id, title));
    m_form->newBarrier();
}

bool BarriersPage::confirmLeave()
{
    if (!m_form->isModified())
        return true;
    const auto answer = QMessageBox::question(
        this,
        tr("Unsaved Changes"),
        tr("\"%1\" has unsaved changes. Save them before leaving?").arg(m_form->barrier().title),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
        QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        if (m_form->save())
            return true;
        // The form marks the problems, and this notice explains why the next record did not open.
        QMessageBox::warning(this,
                             tr("Obstacle Not Saved"),
                             tr("The changes to the obstacle \"%1\" could not be saved, so it "
                                "stays open. Correct the fields marked in the form, or press "
                                "Revert, and try again.")
                                 .arg(m_form->barrier().title));
        return false;
    }
    if (answer == QMessageBox::Discard) {
        m_form->revert();
        return true;
    }
    return false;
}

} // namespace CoopAtlas::Ui
