// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkform.h"

#include <core/storage/store.h>
#include <ui/detail/formchecks.h>
#include <ui/detail/optionaldateedit.h>
#include <ui/detail/recordpicker.h>
#include <ui/logging.h>
#include <ui/models/termlabels.h>

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

LinkForm::LinkForm(QWidget *parent)
    : RecordForm(parent)
    , m_from(new QLabel(this))
    , m_changeFrom(new QPushButton(tr("C&hange..."), this))
    , m_type(new QComboBox(this))
    , m_to(new QLabel(this))
    , m_changeTo(new QPushButton(tr("Ch&ange..."), this))
    , m_start(new OptionalDateEdit(this))
    , m_end(new OptionalDateEdit(this))
    , m_note(new QLineEdit(this))
    , m_source(new QLineEdit(this))
{
    m_changeFrom->setToolTip(tr("Choose another organisation or person as the start of the link"));
    m_changeTo->setToolTip(tr("Choose another organisation or person as the end of the link"));
    addField(QStringLiteral("fromId"), tr("From:"), endEditor(m_from, m_changeFrom));
    addField(QStringLiteral("type"), tr("&Type:"), m_type);
    addField(QStringLiteral("toId"), tr("To:"), endEditor(m_to, m_changeTo));
    addField(QStringLiteral("start"), tr("&Start:"), m_start);
    addField(QStringLiteral("end"), tr("&End:"), m_end);
    addField(QStringLiteral("note"), tr("N&ote:"), m_note);
    addField(QStringLiteral("source"), tr("Source:"), m_source);
    watch(m_type);
    watch(m_note);
    watch(m_source);
    connect(m_start, &OptionalDateEdit::changed, this, &RecordForm::edited);
    connect(m_end, &OptionalDateEdit::changed, this, &RecordForm::edited);
    connect(m_changeFrom, &QPushButton::clicked, this, [this] { chooseEnd(End::From); });
    connect(m_changeTo, &QPushButton::clicked, this, [this] { chooseEnd(End::To); });
}

QWidget *LinkForm::endEditor(QLabel *name, QPushButton *change)
{
    auto *editor = new QWidget(this);
    auto *row = new QHBoxLayout(editor);
    row->setContentsMargins(0, 0, 0, 0);
    name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    name->setWordWrap(true);
    row->addWidget(name, 1);
    row->addWidget(change);
    editor->setFocusProxy(change);
    return editor;
}

void LinkForm::setTerms(const TermLabels &labels)
{
    fillTermCombo(m_type,
                  labels.terms(QString::fromLatin1(Core::Vocabulary::LinkType)),
                  TermLabels::uiLanguage());
}

QString LinkForm::nameOf(const QString &id) const
{
    if (id.isEmpty() || !m_store)
        return QString();
    const auto description = m_store->describe(id);
    return description ? description->second : tr("(unknown record %1)").arg(id);
}

void LinkForm::setRecord(const AnyRecord &record)
{
    m_record = std::get<Core::Link>(record);
    m_fromId = m_record.fromId;
    m_toId = m_record.toId;
    m_from->setText(nameOf(m_fromId));
    setComboKey(m_type, m_record.type);
    m_to->setText(nameOf(m_toId));
    m_start->setDate(m_record.start);
    m_end->setDate(m_record.end);
    m_note->setText(m_record.note);
    m_source->setText(m_record.source);
}

void LinkForm::setEnd(End end, const QString &id)
{
    QString &current = end == End::From ? m_fromId : m_toId;
    if (current == id)
        return;
    current = id;
    (end == End::From ? m_from : m_to)->setText(nameOf(id));
    emit edited();
}

QPushButton *LinkForm::changeButton(End end) const
{
    return end == End::From ? m_changeFrom : m_changeTo;
}

void LinkForm::chooseEnd(End end)
{
    if (!m_store)
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("chooseEndDialog"));
    dialog.setWindowTitle(end == End::From ? tr("Choose the Start of the Link")
                                           : tr("Choose the End of the Link"));
    auto *picker = new RecordPicker(m_store, &dialog);
    // The other end is left out: a link joins two different records.
    picker->setExcludedIds({end == End::From ? m_toId : m_fromId});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(picker);
    layout->addWidget(buttons);
    const auto updateOk = [picker, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!picker->chosenId().isEmpty());
    };
    connect(picker, &RecordPicker::chosenChanged, &dialog, updateOk);
    connect(picker, &RecordPicker::activated, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    updateOk();
    picker->setFocus();
    if (dialog.exec() != QDialog::Accepted || picker->chosenId().isEmpty())
        return;
    qCInfo(lcUiEdit) << "Link" << m_record.meta.id << "gets a new end" << picker->chosenId();
    setEnd(end, picker->chosenId());
}

AnyRecord LinkForm::record() const
{
    Core::Link link = m_record;
    link.fromId = m_fromId;
    link.toId = m_toId;
    link.type = comboKey(m_type);
    link.start = m_start->date();
    link.end = m_end->date();
    link.note = m_note->text().trimmed();
    link.source = m_source->text().trimmed();
    return link;
}

QString LinkForm::endProblem(const QString &id) const
{
    if (!m_store || id.isEmpty())
        return QString();
    auto organisation = m_store->organisation(id);
    if (organisation && !organisation->meta.deleted)
        return QString();
    auto person = m_store->person(id);
    if (person && !person->meta.deleted)
        return QString();
    const bool deleted = organisation || person;
    return deleted
               ? tr("\"%1\" was deleted. Choose another organisation or person, or restore "
                    "it first.")
                     .arg(nameOf(id))
               : tr("No organisation or person with id %1 exists. Choose another record.").arg(id);
}

QList<FieldProblem> LinkForm::validate() const
{
    QList<FieldProblem> problems = checkLink(std::get<Core::Link>(record()));
    if (const QString problem = endProblem(m_fromId); !problem.isEmpty())
        problems.append({QStringLiteral("fromId"), problem});
    if (const QString problem = endProblem(m_toId); !problem.isEmpty())
        problems.append({QStringLiteral("toId"), problem});
    return problems;
}

} // namespace CoopAtlas::Ui
