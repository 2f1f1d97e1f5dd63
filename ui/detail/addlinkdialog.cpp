// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "addlinkdialog.h"

#include <core/storage/store.h>
#include <ui/detail/optionaldateedit.h>
#include <ui/detail/recordpicker.h>
#include <ui/models/termlabels.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace CoopAtlas::Ui {

AddLinkDialog::AddLinkDialog(Core::Store *store,
                             const TermLabels &labels,
                             const QString &recordId,
                             const QString &recordName,
                             QWidget *parent)
    : QDialog(parent)
    , m_recordId(recordId)
    , m_picker(new RecordPicker(store, this))
    , m_direction(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_start(new OptionalDateEdit(this))
    , m_end(new OptionalDateEdit(this))
    , m_note(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add Link to %1").arg(recordName));
    m_picker->setExcludedIds({recordId});
    m_direction->addItem(tr("%1 → chosen record").arg(recordName), true);
    m_direction->addItem(tr("chosen record → %1").arg(recordName), false);
    for (const Core::TaxonomyTerm &term :
         labels.terms(QString::fromLatin1(Core::Vocabulary::LinkType)))
        m_type->addItem(term.label(TermLabels::uiLanguage()), term.key);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Record:"), m_picker);
    form->addRow(tr("&Direction:"), m_direction);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("S&tart:"), m_start);
    form->addRow(tr("&End:"), m_end);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(m_buttons);

    connect(m_picker, &RecordPicker::chosenChanged, this, &AddLinkDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

QLineEdit *AddLinkDialog::searchEdit() const
{
    return m_picker->searchEdit();
}

QListWidget *AddLinkDialog::resultList() const
{
    return m_picker->resultList();
}

void AddLinkDialog::searchNow()
{
    m_picker->searchNow();
}

void AddLinkDialog::updateOk()
{
    const bool chosen = !m_picker->chosenId().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(chosen && m_type->count() > 0);
}

Core::Link AddLinkDialog::link() const
{
    Core::Link link;
    const QString otherId = m_picker->chosenId();
    const bool fromThis = m_direction->currentData().toBool();
    link.fromId = fromThis ? m_recordId : otherId;
    link.toId = fromThis ? otherId : m_recordId;
    link.type = m_type->currentData().toString();
    link.start = m_start->date();
    link.end = m_end->date();
    link.note = m_note->text().trimmed();
    return link;
}

} // namespace CoopAtlas::Ui
