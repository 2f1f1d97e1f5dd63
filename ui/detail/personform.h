// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ui/detail/recordform.h>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

class QPushButton;

namespace CoopAtlas::Ui {

class ExtraFieldsEdit;
class OptionalDateEdit;
class RowListEdit;

/// Every field of a Person, with the photo shown.
class PersonForm : public RecordForm
{
    Q_OBJECT

public:
    explicit PersonForm(QWidget *parent = nullptr);

    void setTerms(const TermLabels &labels) override;
    void setRecord(const AnyRecord &record) override;
    [[nodiscard]] AnyRecord record() const override;
    [[nodiscard]] QList<FieldProblem> validate() const override;

    /// Replaces the photo with image bytes; returns false, changing nothing,
    /// when the bytes are not an image that Qt can read.
    bool setPhoto(const QByteArray &bytes, const QString &mimeType);
    void removePhoto();

    /// Largest photo accepted from a file, in bytes.
    static constexpr qint64 MaxPhotoBytes = 5 * 1024 * 1024;

private:
    void choosePhoto();
    void buildNames();
    void buildWork();
    void buildContact();
    void buildConsent();
    void buildCustomFields();
    void showPhoto();
    [[nodiscard]] QList<QStringList> addressRows() const;
    [[nodiscard]] QList<Core::PostalAddress> addresses() const;

    Core::Person m_record;
    QLabel *m_photo = nullptr;
    QPushButton *m_removePhoto = nullptr;
    QByteArray m_photoBytes; ///< the photo shown, edited or not
    QString m_photoMimeType;
    QLineEdit *m_formattedName = nullptr;
    QLineEdit *m_prefix = nullptr;
    QLineEdit *m_givenName = nullptr;
    QLineEdit *m_additionalNames = nullptr;
    QLineEdit *m_familyName = nullptr;
    QLineEdit *m_suffix = nullptr;
    QLineEdit *m_nickname = nullptr;
    QLineEdit *m_organisation = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_role = nullptr;
    RowListEdit *m_emails = nullptr;
    RowListEdit *m_phones = nullptr;
    RowListEdit *m_addresses = nullptr;
    QLineEdit *m_websites = nullptr;
    QLineEdit *m_languages = nullptr;
    QLineEdit *m_birthday = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QComboBox *m_consentBasis = nullptr;
    OptionalDateEdit *m_consentDate = nullptr;
    QLineEdit *m_consentSource = nullptr;
    QLineEdit *m_source = nullptr;
    ExtraFieldsEdit *m_extra = nullptr;
};

} // namespace CoopAtlas::Ui
