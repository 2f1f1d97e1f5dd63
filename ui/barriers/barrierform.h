// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/activities.h>
#include <ui/detail/recordform.h>

#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QUndoStack;

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

class CommandContext;
class FieldRows;
class OptionalDateEdit;
class RelatedRecordsEdit;

/// The form of an obstacle or opportunity: title, kind, domain, description,
/// evidence (notes and resources), affected organisations, severity, status,
/// recommendation, the authority it was raised with and when. Saving pushes
/// one undoable command.
class BarrierForm : public QWidget
{
    Q_OBJECT

public:
    BarrierForm(QUndoStack *undoStack, CommandContext *context, QWidget *parent = nullptr);
    ~BarrierForm() override;

    void setStore(Core::Store *store);
    /// Reads the domains again from the store.
    void reloadTerms();
    /// Shows a stored barrier; an empty form when it cannot be read.
    void showBarrier(const QString &id);
    void newBarrier();
    [[nodiscard]] QString barrierId() const { return m_record.meta.id; }
    /// The shown barrier with the edited fields applied.
    [[nodiscard]] Core::Barrier barrier() const;
    [[nodiscard]] bool isModified() const { return m_modified; }
    [[nodiscard]] QList<FieldProblem> validate() const;
    /// Checks the fields, then saves; false with the messages shown at their fields.
    bool save();
    void revert();

    [[nodiscard]] QString problemText(const QString &field) const;
    [[nodiscard]] QWidget *fieldWidget(const QString &field) const;

signals:
    void edited();
    void saved(const QString &id);

private:
    void buildFields();
    void fill(const Core::Barrier &barrier);
    void markModified();
    static void fillKeys(QComboBox *combo, const QStringList &keys);

    QUndoStack *m_undoStack;
    CommandContext *m_context;
    QPointer<Core::Store> m_store;
    Core::Barrier m_record;
    bool m_modified = false;
    bool m_filling = false;
    std::unique_ptr<FieldRows> m_rows;

    QLineEdit *m_title;
    QComboBox *m_kind;
    QComboBox *m_domain;
    QPlainTextEdit *m_description;
    RelatedRecordsEdit *m_evidence;
    RelatedRecordsEdit *m_affected;
    QComboBox *m_severity;
    QComboBox *m_status;
    QPlainTextEdit *m_recommendation;
    QLineEdit *m_authority;
    OptionalDateEdit *m_raisedOn;
    QPushButton *m_save;
    QPushButton *m_revert;
};

} // namespace CoopAtlas::Ui
