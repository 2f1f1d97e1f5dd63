// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QPlainTextEdit;

namespace CoopAtlas::Ui {

class TermLabels;

/// Asks for a dated interaction (call, meeting, e-mail, visit) about a record.
class AddNoteDialog : public QDialog
{
    Q_OBJECT

public:
    AddNoteDialog(const TermLabels &labels, const QString &recordName, QWidget *parent = nullptr);

    /// The note without its record id and kind, which the caller sets.
    [[nodiscard]] Core::Note note() const;
    [[nodiscard]] QPlainTextEdit *textEdit() const { return m_text; }

private:
    QDateTimeEdit *m_at;
    QComboBox *m_kind;
    QPlainTextEdit *m_text;
    QDialogButtonBox *m_buttons;
};

} // namespace CoopAtlas::Ui
