// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "addnotedialog.h"

#include <ui/models/termlabels.h>

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>

namespace CoopAtlas::Ui {

AddNoteDialog::AddNoteDialog(const TermLabels &labels, const QString &recordName, QWidget *parent)
    : QDialog(parent)
    , m_at(new QDateTimeEdit(QDateTime::currentDateTime(), this))
    , m_kind(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add Note to %1").arg(recordName));
    m_at->setCalendarPopup(true);
    m_text->setTabChangesFocus(true);
    for (const Core::TaxonomyTerm &term :
         labels.terms(QString::fromLatin1(Core::Vocabulary::NoteKind)))
        m_kind->addItem(term.label(TermLabels::uiLanguage()), term.key);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&When:"), m_at);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Text:"), m_text);
    form->addRow(m_buttons);

    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this, ok] {
        ok->setEnabled(!m_text->toPlainText().trimmed().isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Core::Note AddNoteDialog::note() const
{
    Core::Note note;
    note.at = m_at->dateTime().toUTC();
    note.kind = m_kind->currentData().toString();
    note.text = m_text->toPlainText().trimmed();
    return note;
}

} // namespace CoopAtlas::Ui
