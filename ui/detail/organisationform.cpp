// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "organisationform.h"

#include <core/domain/communes.h>
#include <ui/detail/extrafieldsedit.h>
#include <ui/detail/formchecks.h>
#include <ui/detail/optionaldateedit.h>
#include <ui/detail/rowlistedit.h>
#include <ui/models/termlabels.h>

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>

#include <limits>

namespace CoopAtlas::Ui {

OrganisationForm::OrganisationForm(QWidget *parent)
    : RecordForm(parent)
{
    buildIdentity();
    buildAddress();
    buildContact();
    buildProfile();
    buildCustomFields();
}

void OrganisationForm::buildIdentity()
{
    m_name = new QLineEdit(this);
    m_kind = new QComboBox(this);
    m_legalForm = new QLineEdit(this);
    m_legalForm->setPlaceholderText(tr("SC, ASBL, SRL, ..."));
    m_sectors = new QListWidget(this);
    m_sectors->setMaximumHeight(110);
    m_stage = new QComboBox(this);
    m_founded = new OptionalDateEdit(this);
    m_closed = new OptionalDateEdit(this);

    addField(QStringLiteral("name"), tr("&Name:"), m_name);
    addField(QStringLiteral("kind"), tr("&Kind:"), m_kind);
    addField(QStringLiteral("legalForm"), tr("&Legal form:"), m_legalForm);
    addField(QStringLiteral("sectors"), tr("Sec&tors:"), m_sectors);
    addField(QStringLiteral("stage"), tr("S&tage:"), m_stage);
    addField(QStringLiteral("founded"), tr("&Founded:"), m_founded);
    addField(QStringLiteral("closed"), tr("Closed:"), m_closed);
    watch(m_name);
    watch(m_kind);
    watch(m_legalForm);
    watch(m_stage);
    connect(m_sectors, &QListWidget::itemChanged, this, &RecordForm::edited);
    connect(m_founded, &OptionalDateEdit::changed, this, &RecordForm::edited);
    connect(m_closed, &OptionalDateEdit::changed, this, &RecordForm::edited);
}

void OrganisationForm::buildAddress()
{
    addSection(tr("Address"));
    m_street = new QLineEdit(this);
    m_postcode = new QLineEdit(this);
    m_locality = new QLineEdit(this);
    m_commune = new QComboBox(this);
    m_country = new QLineEdit(this);
    m_country->setPlaceholderText(tr("BE"));
    fillCommunes();

    addField(QStringLiteral("street"), tr("Street:"), m_street);
    addField(QStringLiteral("postcode"), tr("Postcode:"), m_postcode);
    addField(QStringLiteral("locality"), tr("Locality:"), m_locality);
    addField(QStringLiteral("commune"), tr("Co&mmune:"), m_commune);
    addField(QStringLiteral("country"), tr("Country:"), m_country);
    for (QLineEdit *edit : {m_street, m_postcode, m_locality, m_country})
        watch(edit);
    watch(m_commune);
    connect(m_postcode, &QLineEdit::textEdited, this, &OrganisationForm::guessCommune);
    connect(m_locality, &QLineEdit::textEdited, this, &OrganisationForm::guessCommune);
}

void OrganisationForm::buildContact()
{
    addSection(tr("Contact"));
    m_websites = new QLineEdit(this);
    m_websites->setPlaceholderText(tr("https://..., separated by commas"));
    const QStringList headers{tr("Address"), tr("Types")};
    m_emails = new RowListEdit(headers, this);
    m_phones = new RowListEdit({tr("Number"), tr("Types")}, this);

    addField(QStringLiteral("websites"), tr("&Websites:"), m_websites);
    addField(QStringLiteral("emails"), tr("E-&mails:"), m_emails);
    addField(QStringLiteral("phones"), tr("&Phones:"), m_phones);
    watch(m_websites);
    connect(m_emails, &RowListEdit::changed, this, &RecordForm::edited);
    connect(m_phones, &RowListEdit::changed, this, &RecordForm::edited);
}

void OrganisationForm::buildProfile()
{
    addSection(tr("Profile"));
    m_description = new QPlainTextEdit(this);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(120);
    m_cooperativeModel = new QComboBox(this);
    m_memberCount = new QSpinBox(this);
    // The minimum stands for "not known", shown as the special value text.
    m_memberCount->setRange(-1, std::numeric_limits<int>::max());
    m_memberCount->setSpecialValueText(tr("Unknown"));
    m_memberCount->setGroupSeparatorShown(true);
    m_tags = new QLineEdit(this);
    m_tags->setPlaceholderText(tr("separated by commas"));
    m_languages = new QLineEdit(this);
    m_languages->setPlaceholderText(tr("fr, nl, en"));
    m_source = new QLineEdit(this);

    addField(QStringLiteral("description"), tr("&Description:"), m_description);
    addField(QStringLiteral("cooperativeModel"), tr("Cooperative &model:"), m_cooperativeModel);
    addField(QStringLiteral("memberCount"), tr("Member &count:"), m_memberCount);
    addField(QStringLiteral("tags"), tr("T&ags:"), m_tags);
    addField(QStringLiteral("languages"), tr("Lan&guages:"), m_languages);
    addField(QStringLiteral("source"), tr("Source:"), m_source);
    watch(m_description);
    watch(m_cooperativeModel);
    watch(m_tags);
    watch(m_languages);
    watch(m_source);
    connect(m_memberCount, &QSpinBox::valueChanged, this, [this] {
        if (m_memberCount->hasFocus())
            emit edited();
    });
}

void OrganisationForm::fillCommunes()
{
    const QString language = TermLabels::uiLanguage();
    m_commune->addItem(tr("(outside the Brussels Region)"), QString());
    for (const Core::Commune &commune : Core::brusselsCommunes())
        m_commune->addItem(commune.name(language), commune.key);
}

void OrganisationForm::guessCommune()
{
    if (!comboKey(m_commune).isEmpty())
        return;
    const QString key = Core::communeKeyFor(m_locality->text(), m_postcode->text());
    if (!key.isEmpty())
        setComboKey(m_commune, key);
}

void OrganisationForm::buildCustomFields()
{
    addSection(tr("Custom fields"));
    m_extra = new ExtraFieldsEdit(this);
    addField(QStringLiteral("extra"), tr("F&ields:"), m_extra);
    connect(m_extra, &ExtraFieldsEdit::changed, this, &RecordForm::edited);
}

void OrganisationForm::setTerms(const TermLabels &labels)
{
    const QString language = TermLabels::uiLanguage();
    fillTermCombo(
        m_kind, labels.terms(QString::fromLatin1(Core::Vocabulary::OrganisationKind)), language);
    fillTermCombo(m_stage, labels.terms(QString::fromLatin1(Core::Vocabulary::Stage)), language);
    fillTermCombo(m_cooperativeModel,
                  labels.terms(QString::fromLatin1(Core::Vocabulary::CooperativeModel)),
                  language);
    const QStringList checked = sectors();
    const QSignalBlocker blocker(m_sectors);
    m_sectors->clear();
    for (const Core::TaxonomyTerm &term :
         labels.terms(QString::fromLatin1(Core::Vocabulary::Sector))) {
        auto *item = new QListWidgetItem(term.label(language), m_sectors);
        item->setData(Qt::UserRole, term.key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    setSectors(checked);
}

void OrganisationForm::setSectors(const QStringList &keys)
{
    const QSignalBlocker blocker(m_sectors);
    QStringList missing = keys;
    for (int i = 0; i < m_sectors->count(); ++i) {
        QListWidgetItem *item = m_sectors->item(i);
        const QString key = item->data(Qt::UserRole).toString();
        item->setCheckState(keys.contains(key) ? Qt::Checked : Qt::Unchecked);
        missing.removeAll(key);
    }
    // Keep sector keys that the vocabulary does not list.
    for (const QString &key : std::as_const(missing)) {
        auto *item = new QListWidgetItem(key, m_sectors);
        item->setData(Qt::UserRole, key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }
}

QStringList OrganisationForm::sectors() const
{
    QStringList keys;
    for (int i = 0; i < m_sectors->count(); ++i) {
        const QListWidgetItem *item = m_sectors->item(i);
        if (item->checkState() == Qt::Checked)
            keys.append(item->data(Qt::UserRole).toString());
    }
    return keys;
}

void OrganisationForm::setRecord(const AnyRecord &record)
{
    m_record = std::get<Core::Organisation>(record);
    const Core::Organisation &org = m_record;
    m_name->setText(org.name);
    setComboKey(m_kind, org.kind);
    m_legalForm->setText(org.legalForm);
    setSectors(org.sectors);
    setComboKey(m_stage, org.stage);
    m_founded->setDate(org.founded);
    m_closed->setDate(org.closed);
    m_street->setText(org.street);
    m_postcode->setText(org.postcode);
    m_locality->setText(org.locality);
    setComboKey(m_commune, org.commune);
    m_country->setText(org.country);
    m_websites->setText(joinList(org.websites));
    m_emails->setRows(contactRows(org.emails));
    m_phones->setRows(contactRows(org.phones));
    m_description->setPlainText(org.description);
    setComboKey(m_cooperativeModel, org.cooperativeModel);
    const QSignalBlocker blocker(m_memberCount);
    m_memberCount->setValue(org.memberCount.value_or(-1));
    m_tags->setText(joinList(org.tags));
    m_languages->setText(joinList(org.languages));
    m_source->setText(org.source);
    m_extra->setFields(org.extra);
}

AnyRecord OrganisationForm::record() const
{
    Core::Organisation org = m_record;
    org.name = m_name->text().trimmed();
    org.kind = comboKey(m_kind);
    org.legalForm = m_legalForm->text().trimmed();
    org.sectors = sectors();
    org.stage = comboKey(m_stage);
    org.founded = m_founded->date();
    org.closed = m_closed->date();
    org.street = m_street->text().trimmed();
    org.postcode = m_postcode->text().trimmed();
    org.locality = m_locality->text().trimmed();
    org.commune = comboKey(m_commune);
    org.country = m_country->text().trimmed();
    org.websites = splitList(m_websites->text());
    org.emails = contactValues(m_emails->rows(), m_record.emails);
    org.phones = contactValues(m_phones->rows(), m_record.phones);
    org.description = m_description->toPlainText().trimmed();
    org.cooperativeModel = comboKey(m_cooperativeModel);
    org.memberCount
        = m_memberCount->value() < 0 ? std::nullopt : std::optional<int>(m_memberCount->value());
    org.tags = splitList(m_tags->text());
    org.languages = splitList(m_languages->text().toLower());
    org.source = m_source->text().trimmed();
    org.extra = m_extra->fields();
    return org;
}

QList<FieldProblem> OrganisationForm::validate() const
{
    QList<FieldProblem> problems = checkOrganisation(std::get<Core::Organisation>(record()));
    for (const QString &problem : m_extra->validate())
        problems.append({QStringLiteral("extra"), problem});
    return problems;
}

} // namespace CoopAtlas::Ui
