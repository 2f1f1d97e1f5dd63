// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshopform.h"

#include <core/domain/activityvalidation.h>
#include <core/storage/activitystore.h>
#include <ui/commands/activitycommands.h>
#include <ui/commands/recordcommands.h>
#include <ui/logging.h>
#include <ui/models/termlabels.h>
#include <ui/workshops/followupspanel.h>
#include <ui/workshops/participantspanel.h>
#include <ui/workshops/walltime.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QUndoStack>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

namespace {

const QString TimedFormat = QStringLiteral("ddd d MMM yyyy HH:mm");
const QString AllDayFormat = QStringLiteral("ddd d MMM yyyy");
constexpr int MaxCapacity = 100000;

QDateTimeEdit *dateTimeEdit(const QString &name)
{
    auto *edit = new QDateTimeEdit;
    edit->setCalendarPopup(true);
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(TimedFormat);
    edit->setAccessibleName(name);
    return edit;
}

} // namespace

WorkshopForm::WorkshopForm(QUndoStack *undoStack, CommandContext *context, QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
    , m_context(context)
    , m_heading(new QLabel(this))
    , m_formMessage(new QLabel(this))
    , m_timeNote(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_theme(new QComboBox(this))
    , m_axis(new QComboBox(this))
    , m_start(dateTimeEdit(tr("Start")))
    , m_end(dateTimeEdit(tr("End")))
    , m_zone(createTimeZoneCombo(this))
    , m_allDay(new QCheckBox(tr("All &day"), this))
    , m_venue(new QLineEdit(this))
    , m_capacity(new QSpinBox(this))
    , m_organisers(new RecordSetEdit(tr("Add Organiser"), this))
    , m_status(new QComboBox(this))
    , m_description(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
    , m_participants(new ParticipantsPanel(undoStack, context, this))
    , m_followups(new FollowupsPanel(undoStack, context, this))
{
    buildFields();
    clear();
}

void WorkshopForm::buildFields()
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_formMessage->setWordWrap(true);
    m_formMessage->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_formMessage->setVisible(false);
    fillKeyCombo(m_axis, Core::ActivityKeys::axes());
    fillKeyCombo(m_status, Core::ActivityKeys::workshopStatuses());
    m_capacity->setRange(0, MaxCapacity);
    m_capacity->setSpecialValueText(tr("No limit"));
    m_zone->setAccessibleName(tr("Time zone"));
    m_description->setMaximumHeight(90);
    // Edit > Save (Ctrl+S) of the main window saves the form; the button has no shortcut
    // of its own, so that the key is not ambiguous.
    m_save->setToolTip(
        tr("Save the workshop (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_organisers->setAccessibleName(tr("Organisers"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title:"), m_problems.wrap(QStringLiteral("title"), m_title));
    form->addRow(tr("T&heme:"), m_problems.wrap(QStringLiteral("theme"), m_theme));
    form->addRow(tr("A&xis:"), m_problems.wrap(QStringLiteral("axis"), m_axis));
    auto *times = new QWidget;
    auto *timesLayout = new QHBoxLayout(times);
    timesLayout->setContentsMargins(0, 0, 0, 0);
    timesLayout->addWidget(m_start, 1);
    timesLayout->addWidget(new QLabel(tr("to")));
    timesLayout->addWidget(m_end, 1);
    timesLayout->addWidget(m_allDay);
    form->addRow(tr("&Start:"), m_problems.wrap(QStringLiteral("start"), times));
    // Messages about the end appear under the start and end row.
    auto *endMessages = new QWidget;
    endMessages->setFixedHeight(0);
    form->addRow(QString(), m_problems.wrap(QStringLiteral("end"), endMessages));
    m_timeNote->setWordWrap(true);
    m_timeNote->setVisible(false);
    form->addRow(QString(), m_timeNote);
    form->addRow(tr("Time &zone:"), m_problems.wrap(QStringLiteral("timeZone"), m_zone));
    form->addRow(tr("&Venue:"), m_problems.wrap(QStringLiteral("venue"), m_venue));
    form->addRow(tr("&Capacity:"), m_problems.wrap(QStringLiteral("capacity"), m_capacity));
    form->addRow(tr("&Organisers:"), m_problems.wrap(QStringLiteral("organiserIds"), m_organisers));
    form->addRow(tr("St&atus:"), m_problems.wrap(QStringLiteral("status"), m_status));
    form->addRow(tr("&Description:"),
                 m_problems.wrap(QStringLiteral("description"), m_description));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *participantsBox = new QGroupBox(tr("Participants"));
    (new QVBoxLayout(participantsBox))->addWidget(m_participants);
    auto *followupsBox = new QGroupBox(tr("Follow-up Actions"));
    (new QVBoxLayout(followupsBox))->addWidget(m_followups);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_formMessage);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(participantsBox, 1);
    layout->addWidget(followupsBox);

    for (QLineEdit *edit : {m_title, m_venue})
        connect(edit, &QLineEdit::textEdited, this, &WorkshopForm::markModified);
    for (QComboBox *combo : {m_theme, m_axis, m_status, m_zone})
        connect(combo, &QComboBox::currentIndexChanged, this, &WorkshopForm::markModified);
    connect(m_zone, &QComboBox::editTextChanged, this, &WorkshopForm::markModified);
    for (QDateTimeEdit *edit : {m_start, m_end})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &WorkshopForm::markModified);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &start) {
        // Moving the start moves the end by as much, so the duration stays.
        if (!m_filling && m_shownStart.isValid())
            m_end->setDateTime(m_end->dateTime().addSecs(m_shownStart.secsTo(start)));
        m_shownStart = start;
    });
    for (QDateTimeEdit *edit : {m_start, m_end})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &WorkshopForm::updateTimeNote);
    connect(m_zone, &QComboBox::currentTextChanged, this, &WorkshopForm::updateTimeNote);
    connect(m_allDay, &QCheckBox::toggled, this, &WorkshopForm::updateTimeNote);
    connect(m_capacity, &QSpinBox::valueChanged, this, &WorkshopForm::markModified);
    connect(m_allDay, &QCheckBox::toggled, this, [this] {
        updateAllDay();
        markModified();
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, &WorkshopForm::markModified);
    connect(m_organisers, &RecordSetEdit::edited, this, &WorkshopForm::markModified);
    connect(m_save, &QPushButton::clicked, this, &WorkshopForm::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (m_record.meta.id.isEmpty())
            showNew(m_start->date());
        else
            showWorkshop(m_record.meta.id);
    });
}

void WorkshopForm::setStore(Core::Store *store)
{
    m_store = store;
    m_organisers->setStore(store);
    m_participants->setStore(store);
    m_followups->setStore(store);
    fillThemes();
    clear();
}

void WorkshopForm::fillThemes()
{
    const QSignalBlocker blocker(m_theme);
    m_theme->clear();
    m_theme->addItem(tr("(none)"), QString());
    if (!m_store)
        return;
    const auto terms = m_store->terms(QLatin1String(Core::Vocabulary::WorkshopTheme));
    if (!terms)
        return;
    const QString language = TermLabels::uiLanguage();
    for (const Core::TaxonomyTerm &term : terms.value())
        m_theme->addItem(term.label(language), term.key);
}

void WorkshopForm::clear()
{
    m_record = Core::Workshop();
    setFields(m_record);
    m_heading->setText(tr("No workshop selected"));
    setEnabledForRecord(false);
    m_participants->setWorkshopId(QString());
    m_followups->setWorkshopId(QString());
    emit recordShown();
}

bool WorkshopForm::showWorkshop(const QString &id)
{
    if (!m_store)
        return false;
    const Core::ActivityStore activities(*m_store);
    auto workshop = activities.workshop(id);
    if (!workshop) {
        qCWarning(lcUi) << "Reading workshop" << id << "failed:" << workshop.error().text();
        return false;
    }
    m_record = workshop.value();
    fillThemes();
    setFields(m_record);
    m_heading->setText(m_record.title);
    setEnabledForRecord(true);
    m_participants->setWorkshopId(id);
    m_followups->setWorkshopId(id);
    emit recordShown();
    return true;
}

void WorkshopForm::showNew(QDate day)
{
    if (!day.isValid())
        day = QDate::currentDate();
    m_record = Core::Workshop();
    m_record.axis = QStringLiteral("equip");
    m_record.start = instantIn(day, QTime(14, 0), m_record.timeZone);
    m_record.end = instantIn(day, QTime(17, 0), m_record.timeZone);
    fillThemes();
    setFields(m_record);
    m_heading->setText(tr("New Workshop"));
    setEnabledForRecord(true);
    m_participants->setWorkshopId(QString());
    m_followups->setWorkshopId(QString());
    m_modified = true;
    m_title->setFocus();
    emit recordShown();
}

void WorkshopForm::setFields(const Core::Workshop &workshop)
{
    m_filling = true;
    m_problems.clear();
    m_formMessage->setVisible(false);
    m_title->setText(workshop.title);
    setComboKey(m_theme, workshop.theme);
    setComboKey(m_axis, workshop.axis);
    setComboKey(m_status, workshop.status);
    m_zone->setCurrentText(workshop.timeZone);
    m_allDay->setChecked(workshop.allDay);
    const QDateTime start = workshop.start.isValid()
                                ? workshop.start
                                : instantIn(QDate::currentDate(), QTime(14, 0), workshop.timeZone);
    const QDateTime end = workshop.end.isValid() ? workshop.end : start.addSecs(3 * 3600);
    m_start->setDateTime(localIn(start, workshop.timeZone));
    m_end->setDateTime(localIn(end, workshop.timeZone));
    m_venue->setText(workshop.venue);
    m_capacity->setValue(workshop.capacity.value_or(0));
    m_organisers->setIds(workshop.organiserIds);
    m_description->setPlainText(workshop.description);
    updateAllDay();
    m_modified = false;
    m_filling = false;
    updateTimeNote();
}

void WorkshopForm::setEnabledForRecord(bool enabled)
{
    for (QWidget *widget : std::initializer_list<QWidget *>{m_title,
                                                            m_theme,
                                                            m_axis,
                                                            m_start,
                                                            m_end,
                                                            m_zone,
                                                            m_allDay,
                                                            m_venue,
                                                            m_capacity,
                                                            m_organisers,
                                                            m_status,
                                                            m_description,
                                                            m_save,
                                                            m_revert})
        widget->setEnabled(enabled);
}

void WorkshopForm::markModified()
{
    if (!m_filling)
        m_modified = true;
}

void WorkshopForm::updateAllDay()
{
    const QString format = m_allDay->isChecked() ? AllDayFormat : TimedFormat;
    m_start->setDisplayFormat(format);
    m_end->setDisplayFormat(format);
}

void WorkshopForm::updateTimeNote()
{
    const QString zoneId = m_zone->currentText().trimmed();
    const QTimeZone zone(zoneId.toUtf8());
    QStringList notes;
    const QLocale locale;
    for (const auto &[edit, kept] :
         {std::pair{m_start, m_record.start}, std::pair{m_end, m_record.end}}) {
        if (m_allDay->isChecked() || !zone.isValid())
            break;
        const WallTime wall = resolveWall(edit->date(), edit->time(), zone);
        if (wall.instants.size() < 2)
            continue;
        const bool second = wall.instants.at(1) == kept;
        const QString time = locale.toString(edit->time(), QStringLiteral("HH:mm"));
        const QString change = tr("clocks go back from %1 to %2")
                                   .arg(locale.toString(wall.fromWall, QStringLiteral("HH:mm")),
                                        locale.toString(wall.toWall, QStringLiteral("HH:mm")));
        notes.append(second ? tr("%1 occurs twice on %2 in %3 (%4): the second %1, after the "
                                 "change, is kept.")
                                  .arg(time, longDate(edit->date()), zoneId, change)
                            : tr("%1 occurs twice on %2 in %3 (%4): the first %1, before the "
                                 "change, is used.")
                                  .arg(time, longDate(edit->date()), zoneId, change));
    }
    notes.removeDuplicates();
    m_timeNote->setText(notes.join(u'\n'));
    m_timeNote->setVisible(!notes.isEmpty());
}

Core::Workshop WorkshopForm::workshop() const
{
    Core::Workshop workshop = m_record;
    workshop.title = m_title->text().trimmed();
    workshop.theme = m_theme->currentData().toString();
    workshop.axis = m_axis->currentData().toString();
    workshop.status = m_status->currentData().toString();
    workshop.timeZone = m_zone->currentText().trimmed();
    workshop.allDay = m_allDay->isChecked();
    const QTime startTime = workshop.allDay ? QTime(0, 0) : m_start->time();
    const QTime endTime = workshop.allDay ? QTime(0, 0) : m_end->time();
    workshop.start = instantForWall(m_start->date(), startTime, workshop.timeZone, m_record.start);
    workshop.end = instantForWall(m_end->date(), endTime, workshop.timeZone, m_record.end);
    workshop.venue = m_venue->text().trimmed();
    workshop.capacity
        = m_capacity->value() > 0 ? std::optional<int>(m_capacity->value()) : std::nullopt;
    workshop.organiserIds = m_organisers->ids();
    workshop.description = m_description->toPlainText().trimmed();
    return workshop;
}

QList<Core::FieldError> WorkshopForm::validate()
{
    const Core::Workshop edited = workshop();
    QList<Core::FieldError> errors = Core::validate(edited);
    QList<Core::FieldError> skipped;
    for (const auto &[field, edit] :
         {std::pair{QStringLiteral("start"), m_start}, std::pair{QStringLiteral("end"), m_end}}) {
        if (edited.allDay)
            break;
        if (auto error = skippedTimeError(field, edit->date(), edit->time(), edited.timeZone))
            skipped.append(*error);
    }
    if (!skipped.isEmpty()) {
        // The instants are not known, so checks of their order would mislead.
        errors.removeIf([](const Core::FieldError &error) {
            return error.field == QLatin1String("start") || error.field == QLatin1String("end");
        });
        errors = skipped + errors;
    }
    if (m_store && edited.capacity && !edited.meta.id.isEmpty()) {
        const Core::ActivityStore activities(*m_store);
        const auto registered = activities.registeredCount(edited.meta.id);
        if (registered && registered.value() > *edited.capacity)
            errors.append(Core::capacityBelowRegistered(*edited.capacity, registered.value()));
    }
    const QStringList unplaced = m_problems.show(errors);
    m_formMessage->setText(unplaced.join(u'\n'));
    m_formMessage->setVisible(!unplaced.isEmpty());
    return errors;
}

bool WorkshopForm::save()
{
    if (!m_store || !validate().isEmpty())
        return false;
    const Core::Workshop edited = workshop();
    const int count = m_undoStack->count();
    if (edited.meta.id.isEmpty()) {
        m_undoStack->push(new CreateActivityCommand(
            m_context, edited, tr("Add the workshop \"%1\"").arg(edited.title)));
        if (m_undoStack->count() == count)
            return false;
        const auto *command = static_cast<const CreateActivityCommand *>(
            m_undoStack->command(m_undoStack->index() - 1));
        const QString id = command->createdId();
        showWorkshop(id);
        emit saved(id);
        return true;
    }
    if (!m_modified)
        return true;
    m_undoStack->push(new EditActivityCommand(m_context, m_record, edited));
    if (m_undoStack->count() == count)
        return false;
    showWorkshop(edited.meta.id);
    emit saved(edited.meta.id);
    return true;
}

} // namespace CoopAtlas::Ui
