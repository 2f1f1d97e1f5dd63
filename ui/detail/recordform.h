// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>
#include <ui/commands/anyrecord.h>

#include <QHash>
#include <QList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace CoopAtlas::Ui {

class TermLabels;

/// A problem with one field of a form, shown next to that field.
struct FieldProblem
{
    QString field; ///< record field name, as in core/domain/records.h
    QString message;
};

/// Base of the organisation, person and link forms: a form layout whose rows
/// each have a place for a validation message.
class RecordForm : public QWidget
{
    Q_OBJECT

public:
    explicit RecordForm(QWidget *parent = nullptr);

    /// Fills the term combos in the UI language.
    virtual void setTerms(const TermLabels &labels) = 0;
    /// Shows a record and keeps it as the base of record().
    virtual void setRecord(const AnyRecord &record) = 0;
    /// The shown record with the edited fields applied.
    [[nodiscard]] virtual AnyRecord record() const = 0;
    [[nodiscard]] virtual QList<FieldProblem> validate() const = 0;

    /// Shows each message next to its field and hides the others.
    void showProblems(const QList<FieldProblem> &problems);
    /// The validation message shown for a field, empty when none.
    [[nodiscard]] QString problemText(const QString &field) const;
    /// The editor widget of a field, for tests and focus.
    [[nodiscard]] QWidget *fieldWidget(const QString &field) const;
    /// Moves the keyboard focus to the first field.
    void focusFirstField();

signals:
    void edited();

protected:
    void addField(const QString &field, const QString &label, QWidget *editor);
    void addSection(const QString &title);
    void watch(QLineEdit *edit);
    void watch(QPlainTextEdit *edit);
    void watch(QComboBox *combo);

    static void fillTermCombo(QComboBox *combo,
                              const QList<Core::TaxonomyTerm> &terms,
                              const QString &language);
    static void setComboKey(QComboBox *combo, const QString &key);
    static QString comboKey(const QComboBox *combo);
    static QStringList splitList(const QString &text);
    static QString joinList(const QStringList &items);
    static QList<QStringList> contactRows(const QList<Core::ContactValue> &values);
    static QList<Core::ContactValue> contactValues(const QList<QStringList> &rows,
                                                   const QList<Core::ContactValue> &previous);

    QFormLayout *m_layout;

private:
    QHash<QString, QLabel *> m_problemLabels;
    QHash<QString, QWidget *> m_editors;
    QWidget *m_firstEditor = nullptr;
    QObject *m_wheelGuard = nullptr; ///< see protectValues() in recordform.cpp
};

} // namespace CoopAtlas::Ui
