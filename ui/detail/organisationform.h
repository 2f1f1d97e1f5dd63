// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ui/detail/recordform.h>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace CoopAtlas::Ui {

class ExtraFieldsEdit;
class OptionalDateEdit;
class RowListEdit;

/// Every field of an Organisation.
class OrganisationForm : public RecordForm
{
    Q_OBJECT

public:
    explicit OrganisationForm(QWidget *parent = nullptr);

    void setTerms(const TermLabels &labels) override;
    void setRecord(const AnyRecord &record) override;
    [[nodiscard]] AnyRecord record() const override;
    [[nodiscard]] QList<FieldProblem> validate() const override;

private:
    void buildIdentity();
    void buildAddress();
    void buildContact();
    void buildProfile();
    void buildCustomFields();
    void fillCommunes();
    void guessCommune();
    void setSectors(const QStringList &keys);
    [[nodiscard]] QStringList sectors() const;

    Core::Organisation m_record;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_legalForm = nullptr;
    QListWidget *m_sectors = nullptr;
    QComboBox *m_stage = nullptr;
    OptionalDateEdit *m_founded = nullptr;
    OptionalDateEdit *m_closed = nullptr;
    QLineEdit *m_street = nullptr;
    QLineEdit *m_postcode = nullptr;
    QLineEdit *m_locality = nullptr;
    QComboBox *m_commune = nullptr;
    QLineEdit *m_country = nullptr;
    QLineEdit *m_websites = nullptr;
    RowListEdit *m_emails = nullptr;
    RowListEdit *m_phones = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_cooperativeModel = nullptr;
    QSpinBox *m_memberCount = nullptr;
    QLineEdit *m_tags = nullptr;
    QLineEdit *m_languages = nullptr;
    QLineEdit *m_source = nullptr;
    ExtraFieldsEdit *m_extra = nullptr;
};

} // namespace CoopAtlas::Ui
