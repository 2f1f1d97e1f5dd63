// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "personform.h"

#include <ui/detail/extrafieldsedit.h>
#include <ui/detail/formchecks.h>
#include <ui/detail/optionaldateedit.h>
#include <ui/detail/rowlistedit.h>

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

PersonForm::PersonForm(QWidget *parent)
    : RecordForm(parent)
{
    buildNames();
    buildWork();
    buildContact();
    buildConsent();
    buildCustomFields();
}

void PersonForm::buildNames()
{
    m_photo = new QLabel(this);
    m_photo->setFixedSize(96, 96);
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->setFrameShape(QFrame::StyledPanel);
    m_photo->setObjectName(QStringLiteral("photo"));
    auto *choosePhoto = new QPushButton(tr("C&hoose Photo..."), this);
    m_removePhoto = new QPushButton(tr("Remo&ve Photo"), this);
    connect(choosePhoto, &QPushButton::clicked, this, &PersonForm::choosePhoto);
    connect(m_removePhoto, &QPushButton::clicked, this, &PersonForm::removePhoto);
    auto *photoButtons = new QVBoxLayout;
    photoButtons->addWidget(choosePhoto);
    photoButtons->addWidget(m_removePhoto);
    photoButtons->addStretch();
    auto *photoRow = new QHBoxLayout;
    photoRow->addWidget(m_photo);
    photoRow->addLayout(photoButtons);
    photoRow->addStretch();
    m_layout->addRow(photoRow);

    m_formattedName = new QLineEdit(this);
    m_prefix = new QLineEdit(this);
    m_givenName = new QLineEdit(this);
    m_additionalNames = new QLineEdit(this);
    m_familyName = new QLineEdit(this);
    m_suffix = new QLineEdit(this);
    m_nickname = new QLineEdit(this);
    addField(QStringLiteral("formattedName"), tr("&Name:"), m_formattedName);
    addField(QStringLiteral("prefix"), tr("Prefix:"), m_prefix);
    addField(QStringLiteral("givenName"), tr("&Given name:"), m_givenName);
    addField(QStringLiteral("additionalNames"), tr("Additional names:"), m_additionalNames);
    addField(QStringLiteral("familyName"), tr("&Family name:"), m_familyName);
    addField(QStringLiteral("suffix"), tr("Suffix:"), m_suffix);
    addField(QStringLiteral("nickname"), tr("Nickname:"), m_nickname);
    for (QLineEdit *edit : {m_formattedName,
                            m_prefix,
                            m_givenName,
                            m_additionalNames,
                            m_familyName,
                            m_suffix,
                            m_nickname})
        watch(edit);
}

void PersonForm::buildWork()
{
    m_organisation = new QLineEdit(this);
    m_title = new QLineEdit(this);
    m_role = new QLineEdit(this);
    addField(QStringLiteral("organisationName"), tr("&Organisation:"), m_organisation);
    addField(QStringLiteral("title"), tr("&Title:"), m_title);
    addField(QStringLiteral("role"), tr("&Role:"), m_role);
    watch(m_organisation);
    watch(m_title);
    watch(m_role);
}

void PersonForm::buildContact()
{
    addSection(tr("Contact"));
    m_emails = new RowListEdit({tr("Address"), tr("Types")}, this);
    m_phones = new RowListEdit({tr("Number"), tr("Types")}, this);
    m_addresses = new RowListEdit(
        {tr("Types"), tr("Street"), tr("Postcode"), tr("Locality"), tr("Country")}, this);
    m_websites = new QLineEdit(this);
    m_websites->setPlaceholderText(tr("https://..., separated by commas"));
    m_languages = new QLineEdit(this);
    m_languages->setPlaceholderText(tr("fr, nl, en"));
    m_birthday = new QLineEdit(this);
    m_birthday->setPlaceholderText(tr("YYYY-MM-DD or --MM-DD"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(100);

    addField(QStringLiteral("emails"), tr("E-&mails:"), m_emails);
    addField(QStringLiteral("phones"), tr("&Phones:"), m_phones);
    addField(QStringLiteral("addresses"), tr("Addresses:"), m_addresses);
    addField(QStringLiteral("websites"), tr("&Websites:"), m_websites);
    addField(QStringLiteral("languages"), tr("Lan&guages:"), m_languages);
    addField(QStringLiteral("birthday"), tr("&Birthday:"), m_birthday);
    addField(QStringLiteral("notes"), tr("No&tes:"), m_notes);
    for (RowListEdit *list : {m_emails, m_phones, m_addresses})
        connect(list, &RowListEdit::changed, this, &RecordForm::edited);
    watch(m_websites);
    watch(m_languages);
    watch(m_birthday);
    watch(m_notes);
}

void PersonForm::buildConsent()
{
    addSection(tr("Consent and source"));
    m_consentBasis = new QComboBox(this);
    // Legal bases of GDPR article 6(1).
    m_consentBasis->addItem(tr("(not recorded)"), QString());
    m_consentBasis->addItem(tr("Consent"), QStringLiteral("consent"));
    m_consentBasis->addItem(tr("Contract"), QStringLiteral("contract"));
    m_consentBasis->addItem(tr("Legal obligation"), QStringLiteral("legal-obligation"));
    m_consentBasis->addItem(tr("Vital interests"), QStringLiteral("vital-interests"));
    m_consentBasis->addItem(tr("Public task"), QStringLiteral("public-task"));
    m_consentBasis->addItem(tr("Legitimate interest"), QStringLiteral("legitimate-interest"));
    m_consentDate = new OptionalDateEdit(this);
    m_consentSource = new QLineEdit(this);
    m_source = new QLineEdit(this);

    addField(QStringLiteral("consentBasis"), tr("Legal &basis:"), m_consentBasis);
    addField(QStringLiteral("consentDate"), tr("Consent date:"), m_consentDate);
    addField(QStringLiteral("consentSource"), tr("Consent source:"), m_consentSource);
    addField(QStringLiteral("source"), tr("Source:"), m_source);
    watch(m_consentBasis);
    watch(m_consentSource);
    watch(m_source);
    connect(m_consentDate, &OptionalDateEdit::changed, this, &RecordForm::edited);
}

void PersonForm::buildCustomFields()
{
    addSection(tr("Custom fields"));
    m_extra = new ExtraFieldsEdit(this);
    addField(QStringLiteral("extra"), tr("F&ields:"), m_extra);
    connect(m_extra, &ExtraFieldsEdit::changed, this, &RecordForm::edited);
}

void PersonForm::setTerms(const TermLabels &labels)
{
    Q_UNUSED(labels)
}

bool PersonForm::setPhoto(const QByteArray &bytes, const QString &mimeType)
{
    if (QImage::fromData(bytes).isNull())
        return false;
    m_photoBytes = bytes;
    m_photoMimeType = mimeType;
    showPhoto();
    emit edited();
    return true;
}

void PersonForm::removePhoto()
{
    if (m_photoBytes.isEmpty())
        return;
    m_photoBytes.clear();
    m_photoMimeType.clear();
    showPhoto();
    emit edited();
}

void PersonForm::choosePhoto()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose Photo"), QString(), tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (file.size() > MaxPhotoBytes) {
        QMessageBox::warning(this,
                             tr("Photo Not Used"),
                             tr("%1 is larger than %2 MB. Choose a smaller image.")
                                 .arg(QFileInfo(path).fileName())
                                 .arg(MaxPhotoBytes / (1024 * 1024)));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this,
                             tr("Photo Not Used"),
                             tr("%1 could not be read: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    const QString mimeType = QMimeDatabase().mimeTypeForData(bytes).name();
    if (!setPhoto(bytes, mimeType)) {
        QMessageBox::warning(this,
                             tr("Photo Not Used"),
                             tr("%1 is not an image that CoopAtlas can read. Choose a PNG, "
                                "JPEG, GIF or BMP file.")
                                 .arg(QFileInfo(path).fileName()));
    }
}

void PersonForm::showPhoto()
{
    m_removePhoto->setEnabled(!m_photoBytes.isEmpty());
    QPixmap pixmap;
    if (!m_photoBytes.isEmpty() && pixmap.loadFromData(m_photoBytes)) {
        m_photo->setPixmap(
            pixmap.scaled(m_photo->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
        m_photo->setToolTip(QString());
    } else {
        m_photo->setPixmap(QPixmap());
        m_photo->setText(tr("No photo"));
    }
}

void PersonForm::setRecord(const AnyRecord &record)
{
    m_record = std::get<Core::Person>(record);
    const Core::Person &person = m_record;
    m_photoBytes = person.photo;
    m_photoMimeType = person.photoMimeType;
    showPhoto();
    m_formattedName->setText(person.formattedName);
    m_prefix->setText(person.prefix);
    m_givenName->setText(person.givenName);
    m_additionalNames->setText(person.additionalNames);
    m_familyName->setText(person.familyName);
    m_suffix->setText(person.suffix);
    m_nickname->setText(person.nickname);
    m_organisation->setText(person.organisationName);
    m_title->setText(person.title);
    m_role->setText(person.role);
    m_emails->setRows(contactRows(person.emails));
    m_phones->setRows(contactRows(person.phones));
    QList<QStringList> rows;
    for (const Core::PostalAddress &address : person.addresses) {
        rows.append({joinList(address.types),
                     address.street,
                     address.postcode,
                     address.locality,
                     address.country});
    }
    m_addresses->setRows(rows);
    m_websites->setText(joinList(person.websites));
    m_languages->setText(joinList(person.languages));
    m_birthday->setText(person.birthday);
    m_notes->setPlainText(person.notes);
    setComboKey(m_consentBasis, person.consentBasis);
    m_consentDate->setDate(person.consentDate);
    m_consentSource->setText(person.consentSource);
    m_source->setText(person.source);
    m_extra->setFields(person.extra);
}

QList<Core::PostalAddress> PersonForm::addresses() const
{
    QList<Core::PostalAddress> result;
    const QList<QStringList> rows = m_addresses->rows();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QStringList &row = rows.at(i);
        // Start from the stored address so that fields not shown here (PO box, region) stay.
        Core::PostalAddress address
            = i < m_record.addresses.size() ? m_record.addresses.at(i) : Core::PostalAddress();
        address.types = splitList(row.value(0).toLower());
        address.street = row.value(1);
        address.postcode = row.value(2);
        address.locality = row.value(3);
        address.country = row.value(4);
        result.append(address);
    }
    return result;
}

AnyRecord PersonForm::record() const
{
    Core::Person person = m_record;
    person.photo = m_photoBytes;
    person.photoMimeType = m_photoMimeType;
    person.formattedName = m_formattedName->text().trimmed();
    person.prefix = m_prefix->text().trimmed();
    person.givenName = m_givenName->text().trimmed();
    person.additionalNames = m_additionalNames->text().trimmed();
    person.familyName = m_familyName->text().trimmed();
    person.suffix = m_suffix->text().trimmed();
    person.nickname = m_nickname->text().trimmed();
    person.organisationName = m_organisation->text().trimmed();
    person.title = m_title->text().trimmed();
    person.role = m_role->text().trimmed();
    person.emails = contactValues(m_emails->rows(), m_record.emails);
    person.phones = contactValues(m_phones->rows(), m_record.phones);
    person.addresses = addresses();
    person.websites = splitList(m_websites->text());
    person.languages = splitList(m_languages->text().toLower());
    person.birthday = m_birthday->text().trimmed();
    person.notes = m_notes->toPlainText().trimmed();
    person.consentBasis = comboKey(m_consentBasis);
    person.consentDate = m_consentDate->date();
    person.consentSource = m_consentSource->text().trimmed();
    person.source = m_source->text().trimmed();
    person.extra = m_extra->fields();
    return person;
}

QList<FieldProblem> PersonForm::validate() const
{
    QList<FieldProblem> problems = checkPerson(std::get<Core::Person>(record()));
    for (const QString &problem : m_extra->validate())
        problems.append({QStringLiteral("extra"), problem});
    return problems;
}

} // namespace CoopAtlas::Ui
