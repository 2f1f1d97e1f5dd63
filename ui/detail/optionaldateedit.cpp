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
    // The minimum date is the marker for "unset" and shows the special value text.
    // QDateEdit cannot go below January 1 of the year 100, so that day is the
    // marker, and dates from January 2 of the year 100 on can be edited.
    m_edit->setMinimumDate(QDate(100, 1, 1));
    m_edit->setMaximumDate(QDate(9999, 12, 31));
    // Four-digit years, because a two-digit year of a locale format loses the century.
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_edit->setSpecialValueText(tr("not set"));
    m_edit->setDate(m_edit->minimumDate());
    m_edit->setEnabled(false);
    setFocusProxy(m_enabled);

    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        m_unshownDate = QDate();
        m_edit->setEnabled(on);
        const QSignalBlocker blocker(m_edit);
        if (on && m_edit->date() == m_edit->minimumDate())
            m_edit->setDate(QDate::currentDate());
        else if (!on)
            m_edit->setDate(m_edit->minimumDate());
        emit changed();
    });
    connect(m_edit, &QDateEdit::dateChanged, this, [this] {
        m_unshownDate = QDate();
        if (m_enabled->isChecked())
            emit changed();
    });
}

QDate OptionalDateEdit::date() const
{
    if (!m_enabled->isChecked())
        return QDate();
    if (m_unshownDate.isValid())
        return m_unshownDate;
    return m_edit->date() == m_edit->minimumDate() ? QDate() : m_edit->date();
}

void OptionalDateEdit::setDate(const QDate &date)
{
    const QSignalBlocker blockCheck(m_enabled);
    const QSignalBlocker blockEdit(m_edit);
    m_enabled->setChecked(date.isValid());
    m_edit->setEnabled(date.isValid());
    m_edit->setDate(date.isValid() ? date : m_edit->minimumDate());
    // A stored date that the edit cannot show (before January 2 of the year 100)
    // is kept as it is until the user changes the date.
    const bool shown = !date.isValid() || date > m_edit->minimumDate();
    m_unshownDate = shown ? QDate() : date;
    m_edit->setToolTip(shown ? QString()
                             : tr("The stored date %1 is earlier than this field can show.")
                                   .arg(date.toString(Qt::ISODate)));
}

} // namespace CoopAtlas::Ui
