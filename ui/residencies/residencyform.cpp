// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "residencyform.h"

#include <core/domain/activityvalidation.h>
#include <core/storage/activitystore.h>
#include <ui/commands/activitycommands.h>
#include <ui/commands/anyrecord.h>
#include <ui/commands/recordcommands.h>
#include <ui/detail/addnotedialog.h>
#include <ui/logging.h>
#include <ui/models/termlabels.h>
#include <ui/residencies/budgetpanel.h>
#include <ui/residencies/cohortpanel.h>
#include <ui/residencies/programmepanel.h>

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QUndoStack>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

namespace {

QGroupBox *section(const QString &title, QWidget *content)
{
    auto *box = new QGroupBox(title);
    (new QVBoxLayout(box))->addWidget(content);
    return box;
}

} // namespace

ResidencyForm::ResidencyForm(QUndoStack *undoStack, CommandContext *context, QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
    , m_context(context)
    , m_heading(new QLabel(this))
    , m_formMessage(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_city(new QComboBox(this))
    , m_cityName(new QLineEdit(this))
    , m_zone(createTimeZoneCombo(this))
    , m_hosts(new RecordSetEdit(tr("Add Host Organisation"), this))
    , m_start(new QDateEdit(this))
    , m_end(new QDateEdit(this))
    , m_status(new QComboBox(this))
    , m_objectives(new QPlainTextEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
    , m_cohort(new CohortPanel(undoStack, context, this))
    , m_programme(new ProgrammePanel(undoStack, context, this))
    , m_budget(new BudgetPanel(undoStack, context, this))
    , m_outcomes(new QListWidget(this))
    , m_addNote(new QPushButton(tr("Add Note..."), this))
{
    buildFields();
    clear();
}

void ResidencyForm::buildFields()
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_formMessage->setWordWrap(true);
    m_formMessage->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_formMessage->setVisible(false);
    fillKeyCombo(m_city, Core::ActivityKeys::residencyCities());
    fillKeyCombo(m_status, Core::ActivityKeys::residencyStatuses());
    m_cityName->setPlaceholderText(tr("Name of the city"));
    m_cityName->setAccessibleName(tr("City name"));
    m_zone->setAccessibleName(tr("Time zone"));
    for (QDateEdit *edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    }
    m_start->setAccessibleName(tr("First day"));
    m_end->setAccessibleName(tr("Last day"));
    m_objectives->setMaximumHeight(70);
    m_description->setMaximumHeight(70);
    m_outcomes->setAccessibleName(tr("Outcomes"));
    m_outcomes->setMaximumHeight(110);
    m_save->setToolTip(
        tr("Save the residency (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));

    auto *cityRow = new QWidget;
    auto *cityLayout = new QHBoxLayout(cityRow);
    cityLayout->setContentsMargins(0, 0, 0, 0);
    cityLayout->addWidget(m_city);
    cityLayout->addWidget(m_cityName, 1);
    auto *dates = new QWidget;
    auto *datesLayout = new QHBoxLayout(dates);
    datesLayout->setContentsMargins(0, 0, 0, 0);
    datesLayout->addWidget(m_start, 1);
    datesLayout->addWidget(new QLabel(tr("to")));
    datesLayout->addWidget(m_end, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title:"), m_problems.wrap(QStringLiteral("title"), m_title));
    form->addRow(tr("&City:"), m_problems.wrap(QStringLiteral("city"), cityRow));
    form->addRow(tr("Time &zone:"), m_problems.wrap(QStringLiteral("timeZone"), m_zone));
    form->addRow(tr("&Hosts:"), m_problems.wrap(QStringLiteral("hostIds"), m_hosts));
    form->addRow(tr("&Dates:"), m_problems.wrap(QStringLiteral("start"), dates));
    auto *endMessages = new QWidget;
    endMessages->setFixedHeight(0);
    form->addRow(QString(), m_problems.wrap(QStringLiteral("end"), endMessages));
    form->addRow(tr("St&atus:"), m_problems.wrap(QStringLiteral("status"), m_status));
    form->addRow(tr("&Objectives:"), m_problems.wrap(QStringLiteral("objectives"), m_objectives));
    form->addRow(tr("D&escription:"),
                 m_problems.wrap(QStringLiteral("description"), m_description));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *outcomes = new QWidget;
    auto *outcomesLayout = new QVBoxLayout(outcomes);
    outcomesLayout->setContentsMargins(0, 0, 0, 0);
    outcomesLayout->addWidget(m_outcomes);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_addNote);
    noteRow->addStretch();
    outcomesLayout->addLayout(noteRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_formMessage);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(section(tr("Budget"), m_budget));
    layout->addWidget(section(tr("Cohort"), m_cohort));
    layout->addWidget(section(tr("Programme"), m_programme));
    layout->addWidget(section(tr("Outcomes"), outcomes));

    connect(m_title, &QLineEdit::textEdited, this, &ResidencyForm::markModified);
    connect(m_cityName, &QLineEdit::textEdited, this, &ResidencyForm::markModified);
    for (QComboBox *combo : {m_status, m_zone})
        connect(combo, &QComboBox::currentIndexChanged, this, &ResidencyForm::markModified);
    connect(m_city, &QComboBox::currentIndexChanged, this, [this] {
        updateCity();
        markModified();
    });
    for (QDateEdit *edit : {m_start, m_end})
        connect(edit, &QDateEdit::dateChanged, this, &ResidencyForm::markModified);
    connect(m_start, &QDateEdit::dateChanged, this, [this](QDate start) {
        // Moving the start moves the end by as many days, so the length of the stay stays.
        if (!m_filling && m_shownStart.isValid())
            m_end->setDate(m_end->date().addDays(m_shownStart.daysTo(start)));
        m_shownStart = start;
    });
    for (QPlainTextEdit *edit : {m_objectives, m_description})
        connect(edit, &QPlainTextEdit::textChanged, this, &ResidencyForm::markModified);
    connect(m_hosts, &RecordSetEdit::edited, this, &ResidencyForm::markModified);
    connect(m_save, &QPushButton::clicked, this, &ResidencyForm::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (m_record.meta.id.isEmpty())
            showNew(m_start->date());
        else
            showResidency(m_record.meta.id);
    });
    connect(m_addNote, &QPushButton::clicked, this, &ResidencyForm::addNote);
}

void ResidencyForm::setStore(Core::Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_hosts->setStore(store);
    m_cohort->setStore(store);
    m_programme->setStore(store);
    m_budget->setStore(store);
    if (m_store) {
        connect(m_store, &Core::Store::changed, this, [this](Core::RecordKind kind) {
            if (kind == Core::RecordKind::Note || kind == Core::RecordKind::Link)
                reloadOutcomes();
        });
    }
    clear();
}

void ResidencyForm::clear()
{
    m_record = Core::Residency();
    setFields(m_record);
    m_heading->setText(tr("No residency selected"));
    setEnabledForRecord(false);
    showPanels();
}

bool ResidencyForm::showResidency(const QString &id)
{
    if (!m_store)
        return false;
    const Core::ActivityStore activities(*m_store);
    auto residency = activities.residency(id);
    if (!residency) {
        qCWarning(lcUi) << "Reading residency" << id << "failed:" << residency.error().text();
        return false;
    }
    m_record = residency.value();
    setFields(m_record);
    m_heading->setText(m_record.title);
    setEnabledForRecord(true);
    showPanels();
    return true;
}

void ResidencyForm::showNew(QDate day)
{
    if (!day.isValid())
        day = QDate::currentDate();
    m_record = Core::Residency();
    m_record.city = QStringLiteral("berlin");
    m_record.timeZone = Core::residencyTimeZoneFor(m_record.city);
    m_record.start = day.addDays(7);
    m_record.end = day.addDays(13);
    setFields(m_record);
    m_heading->setText(tr("New Residency"));
    setEnabledForRecord(true);
    m_record.meta.id.clear();
    showPanels();
    m_modified = true;
    m_title->setFocus();
}

void ResidencyForm::showPanels()
{
    const QString id = m_record.meta.id;
    m_cohort->setResidency(id, m_record.start, m_record.end);
    m_programme->setResidency(id, m_record.timeZone, m_record.start);
    m_budget->setResidencyId(id);
    m_addNote->setEnabled(!id.isEmpty());
    reloadOutcomes();
    emit recordShown();
}

void ResidencyForm::setFields(const Core::Residency &residency)
{
    m_filling = true;
    m_problems.clear();
    m_formMessage->setVisible(false);
    m_title->setText(residency.title);
    setComboKey(m_city, residency.city);
    m_cityName->setText(residency.cityName);
    m_zone->setCurrentText(residency.timeZone);
    m_hosts->setIds(residency.hostIds);
    m_start->setDate(residency.start.isValid() ? residency.start : QDate::currentDate());
    m_end->setDate(residency.end.isValid() ? residency.end : QDate::currentDate());
    setComboKey(m_status, residency.status);
    m_objectives->setPlainText(residency.objectives);
    m_description->setPlainText(residency.description);
    updateCity();
    m_modified = false;
    m_filling = false;
}

void ResidencyForm::updateCity()
{
    const QString city = m_city->currentData().toString();
    const bool other = city == QLatin1String("other");
    m_cityName->setVisible(other);
    m_zone->setEnabled(other && m_title->isEnabled());
    if (!other)
        m_zone->setCurrentText(Core::residencyTimeZoneFor(city));
}

void ResidencyForm::setEnabledForRecord(bool enabled)
{
    for (QWidget *widget : std::initializer_list<QWidget *>{m_title,
                                                            m_city,
                                                            m_cityName,
                                                            m_hosts,
                                                            m_start,
                                                            m_end,
                                                            m_status,
                                                            m_objectives,
                                                            m_description,
                                                            m_save,
                                                            m_revert})
        widget->setEnabled(enabled);
    updateCity();
}

void ResidencyForm::markModified()
{
    if (!m_filling)
        m_modified = true;
}

Core::Residency ResidencyForm::residency() const
{
    Core::Residency residency = m_record;
    residency.title = m_title->text().trimmed();
    residency.city = m_city->currentData().toString();
    residency.cityName
        = residency.city == QLatin1String("other") ? m_cityName->text().trimmed() : QString();
    residency.timeZone = residency.city == QLatin1String("other")
                             ? m_zone->currentText().trimmed()
                             : Core::residencyTimeZoneFor(residency.city);
    residency.hostIds = m_hosts->ids();
    residency.start = m_start->date();
    residency.end = m_end->date();
    residency.status = m_status->currentData().toString();
    residency.objectives = m_objectives->toPlainText().trimmed();
    residency.description = m_description->toPlainText().trimmed();
    return residency;
}

QList<Core::FieldError> ResidencyForm::validate()
{
    const QList<Core::FieldError> errors = Core::validate(residency());
    QList<Core::FieldError> placed;
    for (Core::FieldError error : errors) {
        // The city name is typed next to the city, so its message shows there.
        if (error.field == QLatin1String("cityName"))
            error.field = QStringLiteral("city");
        placed.append(error);
    }
    const QStringList unplaced = m_problems.show(placed);
    m_formMessage->setText(unplaced.join(u'\n'));
    m_formMessage->setVisible(!unplaced.isEmpty());
    return errors;
}

bool ResidencyForm::save()
{
    if (!m_store || !validate().isEmpty())
        return false;
    const Core::Residency edited = residency();
    const int count = m_undoStack->count();
    if (edited.meta.id.isEmpty()) {
        m_undoStack->push(new CreateActivityCommand(
            m_context, edited, tr("Add the residency \"%1\"").arg(edited.title)));
        if (m_undoStack->count() == count)
            return false;
        const auto *command = static_cast<const CreateActivityCommand *>(
            m_undoStack->command(m_undoStack->index() - 1));
        showResidency(command->createdId());
        emit saved(command->createdId());
        return true;
    }
    if (!m_modified)
        return true;
    m_undoStack->push(new EditActivityCommand(m_context, m_record, edited));
    if (m_undoStack->count() == count)
        return false;
    showResidency(edited.meta.id);
    emit saved(edited.meta.id);
    return true;
}

void ResidencyForm::reloadOutcomes()
{
    m_outcomes->clear();
    const QString id = m_record.meta.id;
    if (!m_store || id.isEmpty())
        return;
    const QLocale locale;
    if (const auto notes = m_store->notesOf(id)) {
        for (const Core::Note &note : notes.value()) {
            m_outcomes->addItem(
                tr("Note, %1: %2")
                    .arg(locale.toString(note.at.toLocalTime().date(), QLocale::ShortFormat),
                         note.text.simplified()));
        }
    }
    // Links record their source as text, so the links made during the residency
    // are found among those of its hosts and cohort.
    QStringList ends = m_record.hostIds;
    for (const Core::Stay &stay : m_cohort->stays())
        ends << stay.personId << stay.organisationId;
    ends.removeAll(QString());
    ends.removeDuplicates();
    QSet<QString> shown;
    for (const QString &end : std::as_const(ends)) {
        const auto links = m_store->linksOf(end);
        if (!links)
            continue;
        for (const Core::Link &link : links.value()) {
            if (link.source != id || shown.contains(link.meta.id))
                continue;
            shown.insert(link.meta.id);
            m_outcomes->addItem(tr("Link: %1 %2 %3")
                                    .arg(recordName(m_store, link.fromId),
                                         link.type,
                                         recordName(m_store, link.toId)));
        }
    }
}

void ResidencyForm::addNote()
{
    if (!m_store || m_record.meta.id.isEmpty())
        return;
    TermLabels labels;
    labels.reload(*m_store);
    AddNoteDialog dialog(labels, m_record.title, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Core::Note note = dialog.note();
    note.recordId = m_record.meta.id;
    note.recordKind = Core::RecordKind::Residency;
    m_undoStack->push(new CreateRecordCommand(
        m_context, AnyRecord(note), tr("Add a note to \"%1\"").arg(m_record.title)));
    reloadOutcomes();
}

} // namespace CoopAtlas::Ui
