// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace CoopAtlas::Ui {

/// A date that may be unset: a check box turns the date edit on and off.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    /// The date, or an invalid QDate when unset.
    [[nodiscard]] QDate date() const;
    /// Sets the date; an invalid date unsets it.
    void setDate(const QDate &date);
    [[nodiscard]] QCheckBox *checkBox() const { return m_enabled; }
    [[nodiscard]] QDateEdit *dateEdit() const { return m_edit; }

signals:
    void changed();

private:
    QCheckBox *m_enabled;
    QDateEdit *m_edit;
    /// A stored date before the first date that m_edit can show, else invalid.
    QDate m_unshownDate;
};

} // namespace CoopAtlas::Ui
