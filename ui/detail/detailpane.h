// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>
#include <ui/commands/anyrecord.h>
#include <ui/models/termlabels.h>

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QUndoStack;

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

class CommandContext;
class LinkForm;
class OrganisationForm;
class PersonForm;
class RecordForm;
class RelatedSection;

/// The form of the selected record, its links and notes. Every save, added
/// link and added note is one command on the undo stack.
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    DetailPane(QUndoStack *undoStack, CommandContext *context, QWidget *parent = nullptr);

    void setStore(Core::Store *store);
    /// Reads the taxonomy labels again (after a language or vocabulary change).
    void reloadTerms();

    /// Shows a stored record. When the shown record has unsaved edits, first shows
    /// the question of confirmLeave(), and returns false when the user stays.
    bool showRecord(Core::RecordKind kind, const QString &id);
    /// Shows an empty form for a new record of the kind; false when the user
    /// stays with unsaved edits of the shown record.
    bool showNew(Core::RecordKind kind);
    /// Asks whether to save or discard unsaved edits before the shown record is
    /// left, or to cancel. Returns true when the pane may show something else:
    /// there were no edits, they were saved, or the user discarded them. When
    /// the form is invalid or the save fails, a message says so and it returns false.
    bool confirmLeave();
    /// Shows the empty page, unless the shown record has unsaved edits: then it
    /// stays on screen, because nothing else asked the user about those edits.
    void clear();

    [[nodiscard]] Core::RecordKind kind() const { return m_kind; }
    /// Id of the shown record; empty for a new record or nothing shown.
    [[nodiscard]] QString recordId() const { return m_id; }
    [[nodiscard]] bool isShowingRecord() const { return m_showing; }
    [[nodiscard]] bool isDirty() const { return m_dirty; }
    [[nodiscard]] RecordForm *currentForm() const;
    [[nodiscard]] RelatedSection *related() const { return m_related; }
    [[nodiscard]] QPushButton *saveButton() const { return m_save; }
    [[nodiscard]] const TermLabels &labels() const { return m_labels; }

    /// Saves the edits as one undoable command; false when invalid or failed.
    bool save();
    /// Drops the edits and shows the stored values again.
    void revert();
    /// Adds a link (one undoable command); true on success.
    bool addLink(const Core::Link &link);
    /// Adds a note about the shown record (one undoable command); true on success.
    bool addNote(Core::Note note);
    /// Opens the dialog that adds a link from the shown record (non-modal).
    void openAddLinkDialog();
    void openAddNoteDialog();

signals:
    /// A new record was created by save(); the window selects it in its list.
    void recordCreated(CoopAtlas::Core::RecordKind kind, const QString &id);
    void openRecordRequested(CoopAtlas::Core::RecordKind kind, const QString &id);

private:
    void buildLayout();
    void showForm(Core::RecordKind kind, const AnyRecord &record);
    void onEdited();
    /// True when the shown record changed in the file since it was read; then
    /// offers to reload it.
    bool changedElsewhere();
    void onStoreChanged(Core::RecordKind kind, const QString &id);
    void showPage(QWidget *page);
    void updateTitle();
    [[nodiscard]] RecordForm *formFor(Core::RecordKind kind) const;
    [[nodiscard]] static AnyRecord emptyRecord(Core::RecordKind kind);

    QUndoStack *m_undoStack;
    CommandContext *m_context;
    QPointer<Core::Store> m_store;
    TermLabels m_labels;

    Core::RecordKind m_kind = Core::RecordKind::Organisation;
    QString m_id;
    bool m_showing = false;
    bool m_dirty = false;
    AnyRecord m_loaded;

    QLabel *m_title = nullptr;
    QStackedWidget *m_pages = nullptr;
    OrganisationForm *m_organisationForm = nullptr;
    PersonForm *m_personForm = nullptr;
    LinkForm *m_linkForm = nullptr;
    RelatedSection *m_related = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace CoopAtlas::Ui
