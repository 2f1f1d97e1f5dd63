// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ui/detail/recordform.h>

#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

class OptionalDateEdit;

/// The fields of a Link. Its two ends are shown by name and set when the link
/// is added from a record.
class LinkForm : public RecordForm
{
    Q_OBJECT

public:
    explicit LinkForm(QWidget *parent = nullptr);

    /// Store used to show the names of the two ends.
    void setStore(Core::Store *store) { m_store = store; }
    void setTerms(const TermLabels &labels) override;
    void setRecord(const AnyRecord &record) override;
    [[nodiscard]] AnyRecord record() const override;
    [[nodiscard]] QList<FieldProblem> validate() const override;

private:
    [[nodiscard]] QString nameOf(const QString &id) const;

    QPointer<Core::Store> m_store;
    Core::Link m_record;
    QLabel *m_from = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_to = nullptr;
    OptionalDateEdit *m_start = nullptr;
    OptionalDateEdit *m_end = nullptr;
    QLineEdit *m_note = nullptr;
    QLineEdit *m_source = nullptr;
};

} // namespace CoopAtlas::Ui
