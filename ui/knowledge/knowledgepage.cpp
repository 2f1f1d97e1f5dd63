// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knowledgepage.h"

#include <core/domain/activities.h>
#include <core/storage/store.h>
#include <ui/commands/knowledgecommands.h>
#include <ui/knowledge/knowledgetext.h>
#include <ui/knowledge/resourceform.h>
#include <ui/knowledge/resourcelistmodel.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

namespace {

constexpr int FilterDelayMs = 150;

} // namespace

KnowledgePage::KnowledgePage(QUndoStack *undoStack, CommandContext *context, QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
    , m_context(context)
    , m_model(new ResourceListModel(this))
    , m_list(new QTableView(this))
    , m_form(new ResourceForm(undoStack, context, this))
    , m_search(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_tag(new QLineEdit(this))
{
    setObjectName(QStringLiteral("knowledgePage"));
    m_list->setObjectName(QStringLiteral("resourceList"));
    m_list->setAccessibleName(tr("Resources"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(ResourceListModel::Title,
                                                     QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(ResourceListModel::Tags,
                                                     QHeaderView::ResizeToContents);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buildFilterBar());
    leftLayout->addWidget(m_list);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(FilterDelayMs);
    connect(&m_filterTimer, &QTimer::timeout, this, &KnowledgePage::applyFilterNow);
    connect(m_model, &ResourceListModel::loadFailed, this, &KnowledgePage::loadFailed);
    connect(m_list->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &KnowledgePage::onCurrentRowChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Keep the shown resource selected after the list was read again.
        const int row = m_model->rowOf(m_form->resourceId());
        if (row >= 0) {
            const QSignalBlocker blocker(m_list->selectionModel());
            m_list->selectRow(row);
        }
    });
    connect(m_form, &ResourceForm::saved, this, &KnowledgePage::selectResource);
}

QWidget *KnowledgePage::buildFilterBar()
{
    auto *bar = new QWidget(this);
    m_search->setObjectName(QStringLiteral("resourceSearch"));
    m_search->setPlaceholderText(tr("Search titles, summaries, text and tags"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the knowledge base"));
    m_kind->setAccessibleName(tr("Filter by kind"));
    m_language->setAccessibleName(tr("Filter by language"));
    m_language->addItem(tr("All languages"), QString());
    for (const QString &key : Core::ActivityKeys::resourceLanguages())
        m_language->addItem(Core::ActivityKeys::label(key), key);
    m_tag->setPlaceholderText(tr("Tag"));
    m_tag->setClearButtonEnabled(true);
    m_tag->setAccessibleName(tr("Filter by tag"));
    m_tag->setMaximumWidth(m_tag->fontMetrics().averageCharWidth() * 18);
    reloadKindFilter();

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_kind);
    layout->addWidget(m_language);
    layout->addWidget(m_tag);
    auto restart = [this] {
        m_filterTimer.start();
    };
    connect(m_search, &QLineEdit::textChanged, this, restart);
    connect(m_tag, &QLineEdit::textChanged, this, restart);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &KnowledgePage::applyFilterNow);
    connect(m_language, &QComboBox::currentIndexChanged, this, &KnowledgePage::applyFilterNow);
    return bar;
}

void KnowledgePage::reloadKindFilter()
{
    const QString current = m_kind->currentData().toString();
    const QSignalBlocker blocker(m_kind);
    m_kind->clear();
    m_kind->addItem(tr("All kinds"), QString());
    for (const auto &[key, label] : knowledgeTerms(m_store, Core::Vocabulary::ResourceKind))
        m_kind->addItem(label, key);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(current)));
}

void KnowledgePage::setStore(Core::Store *store)
{
    m_store = store;
    reloadKindFilter();
    m_form->setStore(store);
    m_model->setStore(store);
}

void KnowledgePage::applyFilterNow()
{
    m_filterTimer.stop();
    ResourceFilter filter;
    filter.text = m_search->text();
    filter.kind = m_kind->currentData().toString();
    filter.language = m_language->currentData().toString();
    filter.tag = m_tag->text();
    m_model->setFilter(filter);
}

void KnowledgePage::onCurrentRowChanged()
{
    const QString id = m_model->idAt(m_list->currentIndex().row());
    if (id.isEmpty() || id == m_form->resourceId())
        return;
    if (!confirmLeave()) {
        const QSignalBlocker blocker(m_list->selectionModel());
        const int row = m_model->rowOf(m_form->resourceId());
        if (row >= 0)
            m_list->selectRow(row);
        return;
    }
    m_form->showResource(id);
}

void KnowledgePage::selectResource(const QString &id)
{
    if (id != m_form->resourceId() || m_form->isModified())
        m_form->showResource(id);
    const int row = m_model->rowOf(id);
    const QSignalBlocker blocker(m_list->selectionModel());
    if (row >= 0)
        m_list->selectRow(row);
    else
        m_list->clearSelection();
}

void KnowledgePage::newResource()
{
    if (!confirmLeave())
        return;
    m_list->clearSelection();
    m_form->newResource();
    if (QWidget *title = m_form->fieldWidget(QStringLiteral("title")))
        title->setFocus();
}

bool KnowledgePage::save()
{
    return m_form->save();
}

void KnowledgePage::deleteResource()
{
    const QString id = m_form->resourceId();
    if (id.isEmpty())
        return;
    const QString title = m_form->resource().title;
    const auto answer = QMessageBox::question(
        this,
        tr("Delete Resource"),
        tr("Delete the resource \"%1\" with its file and notes? You can undo this with Edit > "
           "Undo.")
            .arg(title),
        QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_undoStack->push(new DeleteKnowledgeCommand(m_context, Core::RecordKind::Resource, id, title));
    m_form->newResource();
}

bool KnowledgePage::confirmLeave()
{
    if (!m_form->isModified())
        return true;
    const auto answer = QMessageBox::question(
        this,
        tr("Unsaved Changes"),
        tr("The resource \"%1\" has unsaved changes. Save them before leaving?")
            .arg(m_form->resource().title),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
        QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        if (m_form->save())
            return true;
        // The form marks the problems, and this notice explains why the next record did not open.
        QMessageBox::warning(this,
                             tr("Resource Not Saved"),
                             tr("The changes to the resource \"%1\" could not be saved, so it "
                                "stays open. Correct the fields marked in the form, or press "
                                "Revert, and try again.")
                                 .arg(m_form->resource().title));
        return false;
    }
    if (answer == QMessageBox::Discard) {
        m_form->revert();
        return true;
    }
    return false;
}

} // namespace CoopAtlas::Ui
