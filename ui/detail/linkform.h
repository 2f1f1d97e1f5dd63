// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ui/detail/recordform.h>

#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

class OptionalDateEdit;

/// The fields of a Link. Its two ends are shown by name, and a Change button
/// next to each opens a search for another organisation or person.
class LinkForm : public RecordForm
{
    Q_OBJECT

public:
    enum class End { From, To };

    explicit LinkForm(QWidget *parent = nullptr);

    /// Store used to show the names of the two ends and to search for new ones.
    void setStore(Core::Store *store) { m_store = store; }
    void setTerms(const TermLabels &labels) override;
    void setRecord(const AnyRecord &record) override;
    [[nodiscard]] AnyRecord record() const override;
    /// Checks the fields, and that each end is a live organisation or person.
    [[nodiscard]] QList<FieldProblem> validate() const override;

    /// Makes the record `id` one end of the link, as the search dialog does.
    void setEnd(End end, const QString &id);
    [[nodiscard]] QPushButton *changeButton(End end) const;
    /// Opens a modal search for another record at `end`.
    void chooseEnd(End end);

private:
    [[nodiscard]] QWidget *endEditor(QLabel *name, QPushButton *change);
    [[nodiscard]] QString nameOf(const QString &id) const;
    /// Message when `id` is not a live organisation or person, else an empty string.
    [[nodiscard]] QString endProblem(const QString &id) const;

    QPointer<Core::Store> m_store;
    Core::Link m_record;
    QString m_fromId;
    QString m_toId;
    QLabel *m_from = nullptr;
    QPushButton *m_changeFrom = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_to = nullptr;
    QPushButton *m_changeTo = nullptr;
    OptionalDateEdit *m_start = nullptr;
    OptionalDateEdit *m_end = nullptr;
    QLineEdit *m_note = nullptr;
    QLineEdit *m_source = nullptr;
};

} // namespace CoopAtlas::Ui
