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

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

/// Form for one taxonomy term: key (editable only for a new term) and the labels
/// in English, French and Dutch. OK stays disabled while validate() reports errors.
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
    QLabel *m_messages;
    QDialogButtonBox *m_buttons;
};

/// Lists the terms of one vocabulary and adds or edits terms, one store write each.
class TaxonomyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TaxonomyDialog(Core::Store *store, QWidget *parent = nullptr);

    [[nodiscard]] QComboBox *vocabularyCombo() const { return m_vocabulary; }
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QPushButton *addButton() const { return m_add; }
    [[nodiscard]] QPushButton *editButton() const { return m_edit; }
    /// Key of the vocabulary shown, such as "sector".
    [[nodiscard]] QString currentVocabulary() const;

    /// Opens the form for a new term in the current vocabulary.
    void addTerm();
    /// Opens the form for the term in the current row.
    void editTerm();
    /// Reloads the terms of the current vocabulary from the store.
    void refresh();

private:
    void saveTerm(const Core::TaxonomyTerm &term, bool isNew);
    void updateButtons();

    QPointer<Core::Store> m_store;
    QList<Core::TaxonomyTerm> m_terms;
    QComboBox *m_vocabulary;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
};

} // namespace CoopAtlas::Ui
