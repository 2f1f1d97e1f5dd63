// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkform.h"

#include <core/storage/store.h>
#include <ui/detail/formchecks.h>
#include <ui/detail/optionaldateedit.h>
#include <ui/models/termlabels.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace CoopAtlas::Ui {

LinkForm::LinkForm(QWidget *parent)
    : RecordForm(parent)
    , m_from(new QLabel(this))
    , m_type(new QComboBox(this))
    , m_to(new QLabel(this))
    , m_start(new OptionalDateEdit(this))
    , m_end(new OptionalDateEdit(this))
    , m_note(new QLineEdit(this))
    , m_source(new QLineEdit(this))
{
    m_from->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_to->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // TODO: let the user change the two ends of an existing link; today they are fixed once added.
    addField(QStringLiteral("fromId"), tr("From:"), m_from);
    addField(QStringLiteral("type"), tr("&Type:"), m_type);
    addField(QStringLiteral("toId"), tr("To:"), m_to);
    addField(QStringLiteral("start"), tr("&Start:"), m_start);
    addField(QStringLiteral("end"), tr("&End:"), m_end);
    addField(QStringLiteral("note"), tr("N&ote:"), m_note);
    addField(QStringLiteral("source"), tr("Source:"), m_source);
    watch(m_type);
    watch(m_note);
    watch(m_source);
    connect(m_start, &OptionalDateEdit::changed, this, &RecordForm::edited);
    connect(m_end, &OptionalDateEdit::changed, this, &RecordForm::edited);
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
    m_from->setText(nameOf(m_record.fromId));
    setComboKey(m_type, m_record.type);
    m_to->setText(nameOf(m_record.toId));
    m_start->setDate(m_record.start);
    m_end->setDate(m_record.end);
    m_note->setText(m_record.note);
    m_source->setText(m_record.source);
}

AnyRecord LinkForm::record() const
{
    Core::Link link = m_record;
    link.type = comboKey(m_type);
    link.start = m_start->date();
    link.end = m_end->date();
    link.note = m_note->text().trimmed();
    link.source = m_source->text().trimmed();
    return link;
}

QList<FieldProblem> LinkForm::validate() const
{
    return checkLink(std::get<Core::Link>(record()));
}

} // namespace CoopAtlas::Ui
