// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listpanel.h"

#include <ui/models/recordlistmodel.h>
#include <ui/models/termlabels.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

ListPanel::ListPanel(Core::ListTable table, QWidget *parent)
    : QWidget(parent)
    , m_model(new RecordListModel(table, this))
    , m_filter(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_view(new QTableView(this))
{
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the list"));
    m_kind->setAccessibleName(tr("Kind of organisation"));
    m_kind->setVisible(table == Core::ListTable::Organisations);
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    // Fixed row heights let the view skip measuring a million rows.
    // The header still keeps one entry per shown row, which is why the model
    // shows rows in steps through fetchMore().
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setDefaultSectionSize(120);
    m_view->horizontalHeader()->resizeSection(0, 260);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_kind);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(FilterDelayMs);
    connect(&m_filterTimer, &QTimer::timeout, this, &ListPanel::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, this, [this] { m_filterTimer.start(); });
    connect(m_filter, &QLineEdit::returnPressed, this, &ListPanel::applyFilter);
    connect(m_kind, &QComboBox::activated, this, [this] {
        m_model->setKindFilter(m_kind->currentData().toString());
    });
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &ListPanel::onCurrentChanged);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit recordActivated(recordKind(), m_model->idAt(index.row()));
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &ListPanel::rememberSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListPanel::restoreSelection);
}

void ListPanel::setStore(Core::Store *store)
{
    m_model->setStore(store);
    fillKinds();
}

void ListPanel::setActive(bool active)
{
    m_model->setActive(active);
}

void ListPanel::fillKinds()
{
    if (table() != Core::ListTable::Organisations)
        return;
    const QString current = m_kind->currentData().toString();
    m_kind->clear();
    m_kind->addItem(tr("All kinds"), QString());
    TermLabels labels;
    if (Core::Store *store = m_model->store())
        labels.reload(*store);
    const QString language = TermLabels::uiLanguage();
    const auto terms = labels.terms(QString::fromLatin1(Core::Vocabulary::OrganisationKind));
    for (const Core::TaxonomyTerm &term : terms)
        m_kind->addItem(term.label(language), term.key);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(current)));
}

Core::ListTable ListPanel::table() const
{
    return m_model->table();
}

Core::RecordKind ListPanel::recordKind() const
{
    switch (table()) {
    case Core::ListTable::People:
        return Core::RecordKind::Person;
    case Core::ListTable::Links:
        return Core::RecordKind::Link;
    case Core::ListTable::Organisations:
        break;
    }
    return Core::RecordKind::Organisation;
}

QString ListPanel::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : QString();
}

bool ListPanel::selectRecord(const QString &id)
{
    const int row = m_model->findRow(id, m_view->currentIndex().row());
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    // Scroll again once a view that is not laid out yet has its final size.
    QTimer::singleShot(0, m_view, [view = m_view, row = QPersistentModelIndex(index)] {
        if (row.isValid())
            view->scrollTo(row, QAbstractItemView::PositionAtCenter);
    });
    return true;
}

void ListPanel::applyFilter()
{
    m_filterTimer.stop();
    m_model->setFilterText(m_filter->text().trimmed());
}

void ListPanel::onCurrentChanged()
{
    const QString id = currentId();
    if (id == m_currentId)
        return;
    m_currentId = id;
    emit currentRecordChanged(recordKind(), id);
}

void ListPanel::rememberSelection()
{
    m_keptId = m_currentId;
    m_keptRow = m_view->currentIndex().row();
}

void ListPanel::restoreSelection()
{
    if (m_keptId.isEmpty())
        return;
    if (!selectRecord(m_keptId)) {
        // The record left the list (deleted or filtered out).
        m_currentId.clear();
        emit currentRecordChanged(recordKind(), QString());
    }
}

} // namespace CoopAtlas::Ui
