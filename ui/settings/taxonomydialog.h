// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QUndoCommand;
class QUndoStack;

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

class CommandContext;

/// Form for one taxonomy term: key and the labels in English, French and Dutch.
/// OK stays disabled while validate() reports errors. For a stored term, a note
/// explains that a changed key is also written to the records that use the term.
class TermFormDialog : public QDialog
{
    Q_OBJECT

public:
    TermFormDialog(Core::TaxonomyTerm term, bool isNew, QWidget *parent = nullptr);

    /// The term with the values entered in the form.
    [[nodiscard]] Core::TaxonomyTerm term() const;

    [[nodiscard]] QLineEdit *keyEdit() const { return m_key; }
    [[nodiscard]] QLineEdit *labelEdit(const QString &language) const;
    [[nodiscard]] QLabel *messageLabel() const { return m_messages; }
    [[nodiscard]] QPushButton *okButton() const;

private:
    void revalidate();

    Core::TaxonomyTerm m_term;
    QLineEdit *m_key;
    QLineEdit *m_labelEn;
    QLineEdit *m_labelFr;
    QLineEdit *m_labelNl;
    QLabel *m_keyNote;
    QLabel *m_messages;
    QDialogButtonBox *m_buttons;
};

/// Lists the terms of one vocabulary in their order, and adds, edits, deletes
/// and moves terms. Every change is one command on the undo stack.
class TaxonomyDialog : public QDialog
{
    Q_OBJECT

public:
    /// Pushes its commands on `undoStack` through `context`, or on a stack of
    /// its own when either is null.
    explicit TaxonomyDialog(Core::Store *store,
                            QUndoStack *undoStack = nullptr,
                            CommandContext *context = nullptr,
                            QWidget *parent = nullptr);
    ~TaxonomyDialog() override;

    [[nodiscard]] QComboBox *vocabularyCombo() const { return m_vocabulary; }
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QPushButton *addButton() const { return m_add; }
    [[nodiscard]] QPushButton *editButton() const { return m_edit; }
    [[nodiscard]] QPushButton *deleteButton() const { return m_delete; }
    [[nodiscard]] QPushButton *moveUpButton() const { return m_moveUp; }
    [[nodiscard]] QPushButton *moveDownButton() const { return m_moveDown; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }
    /// Key of the vocabulary shown, such as "sector".
    [[nodiscard]] QString currentVocabulary() const;

    /// Opens the form for a new term in the current vocabulary.
    void addTerm();
    /// Opens the form for the term in the current row.
    void editTerm();
    /// Deletes the term in the current row. When records use it, first requests
    /// a replacement term.
    void deleteTerm();
    /// Moves the term in row `from` to row `to`, which the other terms make room for.
    void moveTerm(int from, int to);
    /// Moves the term in the current row to the row at `position` in the
    /// table's viewport, or to the end below the last row. Dropping a dragged row
    /// calls it.
    void dropTermAt(const QPoint &position);
    /// Reloads the terms of the current vocabulary from the store.
    void refresh();

protected:
    /// Turns a drop of a row dragged inside the table into dropTermAt().
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildLayout();
    /// Pushes `command` and selects the term `selectId`. Returns false when the command failed.
    bool pushCommand(QUndoCommand *command, const QString &selectId);
    void selectTerm(const QString &id);
    void updateButtons();
    [[nodiscard]] int currentTermRow() const;

    QPointer<Core::Store> m_store;
    QUndoStack *m_undoStack;
    CommandContext *m_context;
    QList<Core::TaxonomyTerm> m_terms;
    QComboBox *m_vocabulary;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_moveUp;
    QPushButton *m_moveDown;
};

} // namespace CoopAtlas::Ui
