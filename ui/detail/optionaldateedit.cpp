// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "optionaldateedit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace CoopAtlas::Ui {

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QWidget(parent)
    , m_enabled(new QCheckBox(this))
    , m_edit(new QDateEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_enabled);
    layout->addWidget(m_edit, 1);
    m_enabled->setToolTip(tr("Check to set a date"));
    m_enabled->setAccessibleName(tr("Date known"));
    m_edit->setCalendarPopup(true);
    // The minimum date stands for "unset" and shows the special value text.
    m_edit->setMinimumDate(QDate(1000, 1, 1));
    m_edit->setSpecialValueText(tr("not set"));
    m_edit->setDate(m_edit->minimumDate());
    m_edit->setEnabled(false);
    setFocusProxy(m_enabled);

    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on);
        const QSignalBlocker blocker(m_edit);
        if (on && m_edit->date() == m_edit->minimumDate())
            m_edit->setDate(QDate::currentDate());
        else if (!on)
            m_edit->setDate(m_edit->minimumDate());
        emit changed();
    });
    connect(m_edit, &QDateEdit::dateChanged, this, [this] {
        if (m_enabled->isChecked())
            emit changed();
    });
}

QDate OptionalDateEdit::date() const
{
    return m_enabled->isChecked() ? m_edit->date() : QDate();
}

void OptionalDateEdit::setDate(const QDate &date)
{
    const QSignalBlocker blockCheck(m_enabled);
    const QSignalBlocker blockEdit(m_edit);
    m_enabled->setChecked(date.isValid());
    m_edit->setEnabled(date.isValid());
    m_edit->setDate(date.isValid() ? date : m_edit->minimumDate());
}

} // namespace CoopAtlas::Ui
