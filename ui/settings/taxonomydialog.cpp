// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "taxonomydialog.h"

#include <core/domain/validation.h>
#include <core/storage/store.h>
#include <ui/commands/recordcommands.h>
#include <ui/commands/termcommands.h>
#include <ui/logging.h>
#include <ui/models/termlabels.h>
#include <ui/settings/replacetermdialog.h>

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace CoopAtlas::Ui {

namespace {

enum Column { KeyColumn, EnglishColumn, FrenchColumn, DutchColumn, ColumnCount };

} // namespace

TermFormDialog::TermFormDialog(Core::TaxonomyTerm term, bool isNew, QWidget *parent)
    : QDialog(parent)
    , m_term(std::move(term))
    , m_key(new QLineEdit(m_term.key, this))
    , m_labelEn(new QLineEdit(m_term.labelEn, this))
    , m_labelFr(new QLineEdit(m_term.labelFr, this))
    , m_labelNl(new QLineEdit(m_term.labelNl, this))
    , m_keyNote(new QLabel(this))
    , m_messages(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(isNew ? tr("Add Term") : tr("Edit Term"));
    m_keyNote->setText(tr("A changed key is also written to every record that uses the term."));
    m_keyNote->setWordWrap(true);
    m_keyNote->setVisible(!isNew);
    m_key->setObjectName(QStringLiteral("key"));
    m_labelEn->setObjectName(QStringLiteral("labelEn"));
    m_labelFr->setObjectName(QStringLiteral("labelFr"));
    m_labelNl->setObjectName(QStringLiteral("labelNl"));
    m_messages->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("&English:"), m_labelEn);
    form->addRow(tr("&French:"), m_labelFr);
    form->addRow(tr("&Dutch:"), m_labelNl);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_keyNote);
    layout->addWidget(m_messages);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_key, m_labelEn, m_labelFr, m_labelNl})
        connect(edit, &QLineEdit::textChanged, this, &TermFormDialog::revalidate);
    revalidate();
}

Core::TaxonomyTerm TermFormDialog::term() const
{
    Core::TaxonomyTerm term = m_term;
    term.key = m_key->text().trimmed();
    term.labelEn = m_labelEn->text().trimmed();
    term.labelFr = m_labelFr->text().trimmed();
    term.labelNl = m_labelNl->text().trimmed();
    return term;
}

QLineEdit *TermFormDialog::labelEdit(const QString &language) const
{
    if (language == QLatin1String("fr"))
        return m_labelFr;
    if (language == QLatin1String("nl"))
        return m_labelNl;
    return m_labelEn;
}

QPushButton *TermFormDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void TermFormDialog::revalidate()
{
    const QList<Core::FieldError> errors = Core::validate(term());
    m_messages->setText(Core::joinMessages(errors));
    m_messages->setVisible(!errors.isEmpty());
    okButton()->setEnabled(errors.isEmpty());
}

TaxonomyDialog::TaxonomyDialog(Core::Store *store,
                               QUndoStack *undoStack,
                               CommandContext *context,
                               QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_context(context)
    , m_vocabulary(new QComboBox(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("&Add Term..."), this))
    , m_edit(new QPushButton(tr("&Edit..."), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_moveUp(new QPushButton(tr("Move &Up"), this))
    , m_moveDown(new QPushButton(tr("Move Do&wn"), this))
{
    if (!m_undoStack || !m_context) {
        m_undoStack = new QUndoStack(this);
        m_context = new CommandContext(this);
        m_context->setStore(store);
        connect(m_context, &CommandContext::failed, this, [this](const QString &message) {
            QMessageBox::warning(this, tr("Taxonomies"), message);
        });
    }
    setWindowTitle(tr("Taxonomies"));
    using namespace Core::Vocabulary;
    const QList<std::pair<QString, const char *>> vocabularies{
        {tr("Organisation kinds"), OrganisationKind},
        {tr("Sectors"), Sector},
        {tr("Stages"), Stage},
        {tr("Link types"), LinkType},
        {tr("Cooperative models"), CooperativeModel},
        {tr("Note kinds"), NoteKind},
    };
    for (const auto &[name, key] : vocabularies)
        m_vocabulary->addItem(name, QString::fromLatin1(key));
    buildLayout();

    connect(m_vocabulary, &QComboBox::currentIndexChanged, this, &TaxonomyDialog::refresh);
    connect(m_add, &QPushButton::clicked, this, &TaxonomyDialog::addTerm);
    connect(m_edit, &QPushButton::clicked, this, &TaxonomyDialog::editTerm);
    connect(m_delete, &QPushButton::clicked, this, &TaxonomyDialog::deleteTerm);
    connect(m_moveUp, &QPushButton::clicked, this, [this] {
        moveTerm(currentTermRow(), currentTermRow() - 1);
    });
    connect(m_moveDown, &QPushButton::clicked, this, [this] {
        moveTerm(currentTermRow(), currentTermRow() + 1);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TaxonomyDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &TaxonomyDialog::editTerm);
    // Undo and redo from this dialog, or from the window, show the stored terms.
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        const int row = currentTermRow();
        const QString id = row >= 0 ? m_terms.at(row).meta.id : QString();
        refresh();
        selectTerm(id);
    });
    refresh();
}

TaxonomyDialog::~TaxonomyDialog()
{
    // A stack owned by this dialog clears itself when the child widgets are
    // already gone, and its indexChanged() must not refresh the table then.
    disconnect(m_undoStack, nullptr, this, nullptr);
}

void TaxonomyDialog::buildLayout()
{
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("English"), tr("French"), tr("Dutch")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setDragEnabled(true);
    m_table->setAcceptDrops(true);
    m_table->setDragDropMode(QAbstractItemView::InternalMove);
    m_table->setDropIndicatorShown(true);
    m_table->viewport()->setAcceptDrops(true);
    m_table->viewport()->installEventFilter(this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setToolTip(tr("Delete the selected term (Del)"));
    m_moveUp->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_moveUp->setToolTip(tr("Move the selected term up (Ctrl+Up)"));
    m_moveDown->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    m_moveDown->setToolTip(tr("Move the selected term down (Ctrl+Down)"));
    // Wide enough for the four columns of the longest built-in labels.
    resize(760, 460);

    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    addAction(undo);
    addAction(redo);

    auto *top = new QFormLayout;
    top->addRow(tr("&Vocabulary:"), m_vocabulary);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_edit, m_delete, m_moveUp, m_moveDown})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(close);
}

QString TaxonomyDialog::currentVocabulary() const
{
    return m_vocabulary->currentData().toString();
}

int TaxonomyDialog::currentTermRow() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_terms.size() && m_table->item(row, 0)
                   && m_table->item(row, 0)->isSelected()
               ? row
               : -1;
}

void TaxonomyDialog::refresh()
{
    m_terms.clear();
    m_table->setRowCount(0);
    if (m_store) {
        auto terms = m_store->terms(currentVocabulary());
        if (terms.ok()) {
            m_terms = terms.value();
        } else {
            qCWarning(lcUi) << "Reading the terms of" << currentVocabulary()
                            << "failed:" << terms.error().text();
            QMessageBox::warning(this,
                                 tr("Taxonomies"),
                                 tr("Could not read the terms of \"%1\": %2\nReopen the store "
                                    "and try again.")
                                     .arg(currentVocabulary(), terms.error().text()));
        }
    }
    m_table->setRowCount(int(m_terms.size()));
    for (int row = 0; row < m_terms.size(); ++row) {
        const Core::TaxonomyTerm &term = m_terms.at(row);
        const QStringList cells{term.key, term.labelEn, term.labelFr, term.labelNl};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

void TaxonomyDialog::selectTerm(const QString &id)
{
    for (int row = 0; row < m_terms.size(); ++row) {
        if (m_terms.at(row).meta.id == id) {
            m_table->selectRow(row);
            m_table->setCurrentCell(row, 0);
            return;
        }
    }
}

void TaxonomyDialog::updateButtons()
{
    const int row = currentTermRow();
    m_add->setEnabled(m_store);
    m_edit->setEnabled(m_store && row >= 0);
    m_delete->setEnabled(m_store && row >= 0);
    m_moveUp->setEnabled(m_store && row > 0);
    m_moveDown->setEnabled(m_store && row >= 0 && row + 1 < m_terms.size());
}

bool TaxonomyDialog::pushCommand(QUndoCommand *command, const QString &selectId)
{
    const int countBefore = m_undoStack->count();
    const int indexBefore = m_undoStack->index();
    m_undoStack->push(command);
    // A failed command makes itself obsolete, and QUndoStack deletes it.
    const bool pushed = m_undoStack->count() > countBefore || m_undoStack->index() != indexBefore;
    refresh();
    selectTerm(selectId);
    return pushed;
}

void TaxonomyDialog::addTerm()
{
    Core::TaxonomyTerm term;
    term.vocabulary = currentVocabulary();
    int last = 0;
    for (const Core::TaxonomyTerm &existing : std::as_const(m_terms))
        last = std::max(last, existing.position);
    term.position = last + 1;
    TermFormDialog form(term, true, this);
    if (form.exec() != QDialog::Accepted || !m_store)
        return;
    auto *command = new AddTermCommand(m_context, form.term());
    // QUndoStack deletes a command that failed, so only a pushed one may be read.
    if (pushCommand(command, QString()))
        selectTerm(command->createdId());
}

void TaxonomyDialog::editTerm()
{
    const int row = currentTermRow();
    if (row < 0 || !m_store)
        return;
    const Core::TaxonomyTerm before = m_terms.at(row);
    TermFormDialog form(before, false, this);
    if (form.exec() != QDialog::Accepted)
        return;
    pushCommand(new EditTermCommand(m_context, before, form.term()), before.meta.id);
}

void TaxonomyDialog::deleteTerm()
{
    const int row = currentTermRow();
    if (row < 0 || !m_store)
        return;
    const Core::TaxonomyTerm term = m_terms.at(row);
    auto usage = m_store->termUsage(term.vocabulary, term.key);
    if (!usage) {
        qCWarning(lcUi) << "Counting the records of term" << term.key
                        << "failed:" << usage.error().text();
        QMessageBox::warning(this,
                             tr("Taxonomies"),
                             tr("Could not count the records that use \"%1\": %2")
                                 .arg(term.key, usage.error().text()));
        return;
    }
    QString replacement;
    if (usage.value() > 0) {
        ReplaceTermDialog ask(term, usage.value(), m_terms, TermLabels::uiLanguage(), this);
        if (ask.exec() != QDialog::Accepted || ask.replacementKey().isEmpty())
            return;
        replacement = ask.replacementKey();
    }
    const QString next = row + 1 < m_terms.size() ? m_terms.at(row + 1).meta.id
                         : row > 0                ? m_terms.at(row - 1).meta.id
                                                  : QString();
    pushCommand(new RemoveTermCommand(m_context, term, replacement), next);
}

void TaxonomyDialog::moveTerm(int from, int to)
{
    if (!m_store || from < 0 || from >= m_terms.size() || to < 0 || to >= m_terms.size()
        || from == to)
        return;
    QStringList before;
    for (const Core::TaxonomyTerm &term : std::as_const(m_terms))
        before.append(term.meta.id);
    QStringList after = before;
    after.move(from, to);
    // A copy, because pushing the command reloads m_terms.
    const Core::TaxonomyTerm moved = m_terms.at(from);
    pushCommand(
        new ReorderTermsCommand(
            m_context, currentVocabulary(), before, after, tr("Move term \"%1\"").arg(moved.key)),
        moved.meta.id);
}

void TaxonomyDialog::dropTermAt(const QPoint &position)
{
    const QModelIndex target = m_table->indexAt(position);
    const int to = target.isValid() ? target.row() : int(m_terms.size()) - 1;
    qCDebug(lcUi) << "Term dropped from row" << currentTermRow() << "on row" << to;
    moveTerm(currentTermRow(), to);
}

bool TaxonomyDialog::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    const bool drag = type == QEvent::DragEnter || type == QEvent::DragMove || type == QEvent::Drop;
    if (watched != m_table->viewport() || !drag)
        return QDialog::eventFilter(watched, event);
    auto *drop = static_cast<QDropEvent *>(event);
    // Only rows dragged inside this table move, and the store gives the order,
    // so the table must not move the cells itself.
    if (drop->source() != m_table || currentTermRow() < 0) {
        drop->ignore();
        return true;
    }
    drop->setDropAction(type == QEvent::Drop ? Qt::IgnoreAction : Qt::MoveAction);
    drop->accept();
    if (type == QEvent::Drop)
        dropTermAt(drop->position().toPoint());
    return true;
}

} // namespace CoopAtlas::Ui
