// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailpane.h"

#include <core/storage/store.h>
#include <ui/commands/recordcommands.h>
#include <ui/detail/addlinkdialog.h>
#include <ui/detail/addnotedialog.h>
#include <ui/detail/linkform.h>
#include <ui/detail/organisationform.h>
#include <ui/detail/personform.h>
#include <ui/detail/relatedsection.h>
#include <ui/logging.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

namespace {

enum Page { EmptyPage, OrganisationPage, PersonPage, LinkPage };

/// Characters of a record name shown in the title and in questions.
constexpr qsizetype MaxTitleLength = 200;

} // namespace

DetailPane::DetailPane(QUndoStack *undoStack, CommandContext *context, QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
    , m_context(context)
{
    buildLayout();
    clear();
}

void DetailPane::buildLayout()
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    auto *empty = new QLabel(tr("Select a record in the list, or create one with Edit > New."));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_organisationForm = new OrganisationForm;
    m_personForm = new PersonForm;
    m_linkForm = new LinkForm;
    m_pages = new QStackedWidget;
    m_pages->insertWidget(EmptyPage, empty);
    m_pages->insertWidget(OrganisationPage, m_organisationForm);
    m_pages->insertWidget(PersonPage, m_personForm);
    m_pages->insertWidget(LinkPage, m_linkForm);
    m_related = new RelatedSection(m_labels);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_pages);
    contentLayout->addWidget(m_related);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_save = new QPushButton(tr("&Save"), this);
    m_save->setToolTip(tr("Save the changes (Ctrl+S)"));
    m_revert = new QPushButton(tr("Re&vert"), this);
    m_revert->setToolTip(tr("Drop the changes and read the saved values again"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    for (RecordForm *form : {static_cast<RecordForm *>(m_organisationForm),
                             static_cast<RecordForm *>(m_personForm),
                             static_cast<RecordForm *>(m_linkForm)})
        connect(form, &RecordForm::edited, this, &DetailPane::onEdited);
    connect(m_save, &QPushButton::clicked, this, &DetailPane::save);
    connect(m_revert, &QPushButton::clicked, this, &DetailPane::revert);
    connect(m_related, &RelatedSection::addLinkRequested, this, &DetailPane::openAddLinkDialog);
    connect(m_related, &RelatedSection::addNoteRequested, this, &DetailPane::openAddNoteDialog);
    connect(
        m_related, &RelatedSection::openRecordRequested, this, &DetailPane::openRecordRequested);
}

void DetailPane::setStore(Core::Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_linkForm->setStore(store);
    m_related->setStore(store);
    // The window asks about unsaved edits before it replaces the store.
    m_dirty = false;
    if (m_store) {
        connect(m_store, &Core::Store::changed, this, &DetailPane::onStoreChanged);
        connect(m_store, &Core::Store::reloaded, this, [this] {
            reloadTerms();
            if (m_showing && !m_id.isEmpty() && !m_dirty)
                showRecord(m_kind, m_id);
        });
    }
    reloadTerms();
    clear();
}

void DetailPane::reloadTerms()
{
    if (m_store)
        m_labels.reload(*m_store);
    m_organisationForm->setTerms(m_labels);
    m_personForm->setTerms(m_labels);
    m_linkForm->setTerms(m_labels);
}

RecordForm *DetailPane::formFor(Core::RecordKind kind) const
{
    switch (kind) {
    case Core::RecordKind::Organisation:
        return m_organisationForm;
    case Core::RecordKind::Person:
        return m_personForm;
    case Core::RecordKind::Link:
        return m_linkForm;
    case Core::RecordKind::Note:
    case Core::RecordKind::Taxonomy:
    case Core::RecordKind::Workshop:
    case Core::RecordKind::Participation:
    case Core::RecordKind::Followup:
    case Core::RecordKind::Residency:
    case Core::RecordKind::Stay:
    case Core::RecordKind::Visit:
    case Core::RecordKind::BudgetLine:
    case Core::RecordKind::Resource:
    case Core::RecordKind::Barrier:
        break;
    }
    return nullptr;
}

RecordForm *DetailPane::currentForm() const
{
    return m_showing ? formFor(m_kind) : nullptr;
}

AnyRecord DetailPane::emptyRecord(Core::RecordKind kind)
{
    switch (kind) {
    case Core::RecordKind::Person:
        return Core::Person();
    case Core::RecordKind::Link:
        return Core::Link();
    default:
        return Core::Organisation();
    }
}

void DetailPane::clear()
{
    if (m_showing && m_dirty) {
        qCInfo(lcUiEdit) << "Kept record" << m_id << "on screen because it has unsaved changes";
        return;
    }
    m_showing = false;
    m_dirty = false;
    m_id.clear();
    showPage(m_pages->widget(EmptyPage));
    m_related->setRecord(QString());
    m_related->setVisible(false);
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    m_title->setText(tr("No record selected"));
}

bool DetailPane::confirmLeave()
{
    RecordForm *form = currentForm();
    if (!form || !m_dirty)
        return true;
    const QList<FieldProblem> problems = form->validate();
    form->showProblems(problems);
    QString name = displayNameOf(form->record());
    if (name.size() > MaxTitleLength)
        name = name.left(MaxTitleLength) + u'…';
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"), QString(), {}, this);
    if (problems.isEmpty()) {
        box.setText(tr("\"%1\" has changes that are not saved. Save them?").arg(name));
        box.setStandardButtons(QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Save);
    } else {
        QStringList messages;
        for (const FieldProblem &problem : problems)
            messages.append(problem.message);
        box.setText(tr("The changes to \"%1\" cannot be saved because of these problems:\n%2\n"
                       "Discard the changes, or cancel and correct the fields.")
                        .arg(name, messages.join(u'\n')));
        box.setStandardButtons(QMessageBox::Discard | QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
    }
    const auto answer = box.exec();
    if (answer == QMessageBox::Discard) {
        qCInfo(lcUiEdit) << "Discarded the unsaved changes of record" << m_id;
        revert();
        return true;
    }
    // A failed save has already been reported through the command context.
    return answer == QMessageBox::Save && save();
}

bool DetailPane::showRecord(Core::RecordKind kind, const QString &id)
{
    if (m_dirty) {
        // The edits stay when the same record is selected again.
        if (kind == m_kind && id == m_id)
            return true;
        if (!confirmLeave())
            return false;
    }
    if (!m_store || id.isEmpty() || !formFor(kind)) {
        clear();
        return true;
    }
    auto record = loadRecord(*m_store, kind, id);
    if (!record) {
        qCWarning(lcUi) << "Reading the record" << id << "failed:" << record.error().text();
        clear();
        m_title->setText(tr("The record could not be read: %1").arg(record.error().text()));
        return true;
    }
    m_id = id;
    showForm(kind, record.value());
    return true;
}

bool DetailPane::showNew(Core::RecordKind kind)
{
    if (!confirmLeave())
        return false;
    if (!formFor(kind))
        return true;
    m_id.clear();
    showForm(kind, emptyRecord(kind));
    formFor(kind)->focusFirstField();
    return true;
}

void DetailPane::showForm(Core::RecordKind kind, const AnyRecord &record)
{
    m_kind = kind;
    m_loaded = record;
    m_showing = true;
    m_dirty = false;
    RecordForm *form = formFor(kind);
    form->setRecord(record);
    form->showProblems({});
    showPage(form);
    const bool hasRelated = kind != Core::RecordKind::Link && !m_id.isEmpty();
    m_related->setVisible(hasRelated);
    m_related->setRecord(hasRelated ? m_id : QString());
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    updateTitle();
}

void DetailPane::showPage(QWidget *page)
{
    // Only the current page counts for the size, so that the empty page needs no scroll bar.
    for (int i = 0; i < m_pages->count(); ++i) {
        QWidget *widget = m_pages->widget(i);
        const auto policy = widget == page ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        widget->setSizePolicy(policy, policy);
    }
    m_pages->setCurrentWidget(page);
    m_pages->adjustSize();
}

void DetailPane::updateTitle()
{
    QString name = displayNameOf(m_loaded);
    if (m_kind == Core::RecordKind::Link)
        name = m_labels.label(QString::fromLatin1(Core::Vocabulary::LinkType), name);
    if (m_id.isEmpty()) {
        switch (m_kind) {
        case Core::RecordKind::Person:
            m_title->setText(tr("New person"));
            return;
        case Core::RecordKind::Link:
            m_title->setText(tr("New link"));
            return;
        default:
            m_title->setText(tr("New organisation"));
            return;
        }
    }
    // A long name would widen the pane beyond the window.
    if (name.size() > MaxTitleLength)
        name = name.left(MaxTitleLength) + u'…';
    m_title->setText(name.isEmpty() ? tr("(no name)") : name);
}

void DetailPane::onEdited()
{
    if (!m_showing)
        return;
    m_dirty = true;
    RecordForm *form = currentForm();
    const QList<FieldProblem> problems = form->validate();
    form->showProblems(problems);
    m_save->setEnabled(problems.isEmpty());
    m_revert->setEnabled(true);
}

bool DetailPane::save()
{
    RecordForm *form = currentForm();
    if (!form || !m_store || !m_dirty)
        return false;
    const QList<FieldProblem> problems = form->validate();
    form->showProblems(problems);
    if (!problems.isEmpty())
        return false;
    const AnyRecord after = form->record();
    const int countBefore = m_undoStack->count();
    m_dirty = false;
    if (m_id.isEmpty()) {
        auto *command
            = new CreateRecordCommand(m_context, after, tr("New %1").arg(displayNameOf(after)));
        m_undoStack->push(command);
        if (m_undoStack->count() == countBefore) {
            m_dirty = true;
            return false;
        }
        m_id = command->createdId();
        qCInfo(lcUiEdit) << "Created record" << m_id;
        showRecord(m_kind, m_id);
        emit recordCreated(m_kind, m_id);
        return true;
    }
    // Revert() after a reload sets m_dirty to false again.
    m_dirty = true;
    if (changedElsewhere())
        return false;
    m_dirty = false;
    m_undoStack->push(new EditRecordCommand(m_context, m_loaded, after));
    if (m_undoStack->count() == countBefore) {
        m_dirty = true;
        return false;
    }
    showRecord(m_kind, m_id);
    return true;
}

bool DetailPane::changedElsewhere()
{
    auto stored = loadRecord(*m_store, m_kind, m_id);
    if (!stored || metaOf(stored.value()).updatedAt == metaOf(m_loaded).updatedAt)
        return false;
    qCInfo(lcUiEdit) << "Record" << m_id << "changed in the file since it was shown";
    QMessageBox box(QMessageBox::Warning,
                    tr("Record Changed Elsewhere"),
                    tr("\"%1\" was changed in another window or program since you opened it, "
                       "so your changes were not saved. Reload it to see the other change (your "
                       "changes are dropped), or cancel to keep your changes on screen.")
                        .arg(m_title->text()),
                    QMessageBox::Cancel,
                    this);
    QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::AcceptRole);
    box.setDefaultButton(reload);
    box.exec();
    if (box.clickedButton() == reload)
        revert();
    return true;
}

void DetailPane::revert()
{
    if (!m_showing)
        return;
    m_dirty = false;
    // Reads the record again, so that Revert also shows a change saved in another window.
    if (m_store && !m_id.isEmpty()) {
        auto record = loadRecord(*m_store, m_kind, m_id);
        if (record && !metaOf(record.value()).deleted) {
            showForm(m_kind, record.value());
            return;
        }
    }
    showForm(m_kind, m_loaded);
}

void DetailPane::onStoreChanged(Core::RecordKind kind, const QString &id)
{
    if (kind == Core::RecordKind::Taxonomy) {
        // A term was added, edited, moved or deleted, possibly through undo.
        reloadTerms();
        return;
    }
    if (!m_showing || m_id.isEmpty())
        return;
    if (kind == Core::RecordKind::Link || kind == Core::RecordKind::Note) {
        if (m_kind != Core::RecordKind::Link || id != m_id) {
            m_related->refresh();
            return;
        }
    }
    if (id != m_id || m_dirty)
        return;
    // The record changed through undo, redo or another view: show the stored values.
    auto record = loadRecord(*m_store, m_kind, m_id);
    if (!record || metaOf(record.value()).deleted) {
        clear();
        return;
    }
    showForm(m_kind, record.value());
}

bool DetailPane::addLink(const Core::Link &link)
{
    if (!m_store)
        return false;
    const int countBefore = m_undoStack->count();
    const QString type = m_labels.label(QString::fromLatin1(Core::Vocabulary::LinkType), link.type);
    m_undoStack->push(new CreateRecordCommand(m_context, link, tr("Add link \"%1\"").arg(type)));
    m_related->refresh();
    return m_undoStack->count() > countBefore;
}

bool DetailPane::addNote(Core::Note note)
{
    if (!m_store || m_id.isEmpty())
        return false;
    note.recordId = m_id;
    note.recordKind = m_kind;
    if (note.author.isEmpty())
        note.author = m_store->database().author();
    const int countBefore = m_undoStack->count();
    m_undoStack->push(new CreateRecordCommand(m_context, note, tr("Add note")));
    m_related->refresh();
    return m_undoStack->count() > countBefore;
}

void DetailPane::openAddLinkDialog()
{
    if (!m_store || m_id.isEmpty())
        return;
    auto *dialog = new AddLinkDialog(m_store, m_labels, m_id, displayNameOf(m_loaded), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addLink(dialog->link()); });
    dialog->open();
}

void DetailPane::openAddNoteDialog()
{
    if (!m_store || m_id.isEmpty())
        return;
    auto *dialog = new AddNoteDialog(m_labels, displayNameOf(m_loaded), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addNote(dialog->note()); });
    dialog->open();
}

} // namespace CoopAtlas::Ui
