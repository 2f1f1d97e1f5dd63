// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "participantspanel.h"

#include <core/storage/activitystore.h>
#include <ui/commands/activitycommands.h>
#include <ui/commands/recordcommands.h>
#include <ui/logging.h>
#include <ui/workshops/activityfields.h>
#include <ui/workshops/workshoptext.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

namespace {

QComboBox *keyCombo(const QStringList &keys, const QString &current, const QString &name)
{
    auto *combo = new QComboBox;
    for (const QString &key : keys)
        combo->addItem(Core::ActivityKeys::label(key), key);
    combo->setCurrentIndex(std::max(0, int(keys.indexOf(current))));
    combo->setAccessibleName(name);
    return combo;
}

/// Reason shown when a waiting or cancelled participation cannot take an attendance.
QString noAttendanceText(const QString &registration)
{
    if (registration == QLatin1String("waiting"))
        return ParticipantsPanel::tr("Attendance is recorded only for registered participants. "
                                     "This participant is on the waiting list.");
    return ParticipantsPanel::tr("Attendance is recorded only for registered participants. "
                                 "This registration is cancelled.");
}

} // namespace

ParticipantsPanel::ParticipantsPanel(QUndoStack *undoStack,
                                     CommandContext *context,
                                     QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
    , m_context(context)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_message(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_add(new QPushButton(tr("Add Participant..."), this))
    , m_cancel(new QPushButton(tr("Cancel Registration"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_table->setObjectName(QStringLiteral("participants"));
    m_table->setAccessibleName(tr("Participants"));
    m_table->setHorizontalHeaderLabels(
        {tr("Participant"), tr("Role"), tr("Registration"), tr("Attendance")});
    m_table->horizontalHeader()->setSectionResizeMode(Participant, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Role, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Registration, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Attendance, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMinimumHeight(160);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("participantsMessage"));
    m_message->setVisible(false);
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_add->setToolTip(tr("Register a person or organisation (Ctrl+Shift+P)"));
    m_cancel->setToolTip(tr("Cancel the selected registration; the first one waiting moves up"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &ParticipantsPanel::reload);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const auto picked = pickRecord(this,
                                       m_store,
                                       {Core::RecordKind::Person, Core::RecordKind::Organisation},
                                       tr("Add Participant"));
        if (picked)
            addParticipant(picked->id);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        cancelRegistration(m_table->currentRow());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        removeParticipant(m_table->currentRow());
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &ParticipantsPanel::updateButtons);
    updateButtons();
}

void ParticipantsPanel::setStore(Core::Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &Core::Store::changed, this, [this](Core::RecordKind kind) {
            if (kind == Core::RecordKind::Participation || kind == Core::RecordKind::Workshop)
                m_reloadTimer.start();
        });
    }
    setWorkshopId(QString());
}

void ParticipantsPanel::setWorkshopId(const QString &workshopId)
{
    m_workshopId = workshopId;
    m_message->clear();
    m_message->setVisible(false);
    reload();
}

void ParticipantsPanel::reload()
{
    m_reloadTimer.stop();
    const int current = m_table->currentRow();
    m_rows.clear();
    m_table->setRowCount(0);
    std::optional<int> capacity;
    if (m_store && !m_workshopId.isEmpty()) {
        const Core::ActivityStore activities(*m_store);
        auto participations = activities.participationsOf(m_workshopId);
        if (participations)
            m_rows = participations.value();
        else
            qCWarning(lcUiModel) << "Reading the participants of" << m_workshopId
                                 << "failed:" << participations.error().text();
        if (const auto workshop = activities.workshop(m_workshopId))
            capacity = workshop->capacity;
    }
    int waiting = 0;
    int registered = 0;
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const Core::Participation &participation = m_rows[row];
        if (participation.registration == QLatin1String("waiting"))
            ++waiting;
        else if (participation.registration == QLatin1String("registered"))
            ++registered;
        fillRow(row,
                participation,
                participation.registration == QLatin1String("waiting") ? waiting : 0);
    }
    QString summary = capacity ? tr("%1 of %2 places taken").arg(registered).arg(*capacity)
                               : tr("%n registered", nullptr, registered);
    if (waiting > 0)
        summary += tr(", %n waiting", nullptr, waiting);
    m_summary->setText(summary);
    if (current >= 0 && current < m_table->rowCount())
        m_table->selectRow(current);
    updateButtons();
}

void ParticipantsPanel::fillRow(int row,
                                const Core::Participation &participation,
                                int waitingPosition)
{
    auto *name = new QTableWidgetItem(recordName(m_store, participation.participantId));
    name->setData(Qt::UserRole, participation.meta.id);
    m_table->setItem(row, Participant, name);
    m_table->setItem(
        row,
        Registration,
        new QTableWidgetItem(registrationText(participation.registration, waitingPosition)));

    const QString id = participation.meta.id;
    const auto rowOf = [this, id] {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].meta.id == id)
                return i;
        }
        return -1;
    };
    QComboBox *role = keyCombo(Core::ActivityKeys::participationRoles(),
                               participation.role,
                               tr("Role of %1").arg(name->text()));
    connect(role, &QComboBox::activated, this, [this, role, rowOf] {
        setRole(rowOf(), role->currentData().toString());
    });
    m_table->setCellWidget(row, Role, role);
    QComboBox *attendance = keyCombo(Core::ActivityKeys::attendanceStates(),
                                     participation.attendance,
                                     tr("Attendance of %1").arg(name->text()));
    connect(attendance, &QComboBox::activated, this, [this, attendance, rowOf] {
        setAttendance(rowOf(), attendance->currentData().toString());
    });
    if (participation.registration != QLatin1String("registered")) {
        attendance->setEnabled(false);
        attendance->setToolTip(noAttendanceText(participation.registration));
    }
    m_table->setCellWidget(row, Attendance, attendance);
}

bool ParticipantsPanel::addParticipant(const QString &participantId, const QString &role)
{
    if (!m_store || m_workshopId.isEmpty() || participantId.isEmpty())
        return false;
    for (const Core::Participation &existing : std::as_const(m_rows)) {
        if (existing.participantId == participantId) {
            showMessage(tr("%1 already takes part in this workshop. Change the registration "
                           "in the table instead.")
                            .arg(recordName(m_store, participantId)));
            return false;
        }
    }
    Core::Participation participation;
    participation.workshopId = m_workshopId;
    participation.participantId = participantId;
    participation.role = role;
    const QString name = recordName(m_store, participantId);
    const int before = m_undoStack->count();
    m_undoStack->push(
        new CreateActivityCommand(m_context, participation, tr("Register %1").arg(name)));
    if (m_undoStack->count() == before)
        return false;
    const auto *command = static_cast<const CreateActivityCommand *>(
        m_undoStack->command(m_undoStack->index() - 1));
    const Core::ParticipationWrite write = command->participationWrite();
    reload();
    if (write.registration == QLatin1String("waiting")) {
        int position = 0;
        for (const Core::Participation &row : std::as_const(m_rows)) {
            if (row.registration == QLatin1String("waiting"))
                ++position;
            if (row.meta.id == write.id)
                break;
        }
        showMessage(tr("The workshop is full: %1 is on the waiting list at position %2 and "
                       "moves up when a registration is cancelled.")
                        .arg(name)
                        .arg(position));
    } else {
        showMessage(tr("%1 is registered.").arg(name));
    }
    return true;
}

bool ParticipantsPanel::editRow(int row, Core::Participation after, const QString &text)
{
    if (!m_store || row < 0 || row >= m_rows.size())
        return false;
    const Core::Participation before = m_rows[row];
    const int count = m_undoStack->count();
    m_undoStack->push(new EditActivityCommand(m_context, before, std::move(after), text));
    return m_undoStack->count() != count;
}

bool ParticipantsPanel::cancelRegistration(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].registration == QLatin1String("cancelled"))
        return false;
    Core::Participation after = m_rows[row];
    after.registration = QStringLiteral("cancelled");
    // A cancelled participant has no attendance. Undo brings the previous one back.
    after.attendance = QStringLiteral("unknown");
    const QString name = recordName(m_store, after.participantId);
    if (!editRow(row, after, tr("Cancel the registration of %1").arg(name)))
        return false;
    const auto *command
        = static_cast<const EditActivityCommand *>(m_undoStack->command(m_undoStack->index() - 1));
    const QString promotedId = command->participationWrite().promotedId;
    reload();
    if (promotedId.isEmpty()) {
        showMessage(tr("The registration of %1 is cancelled.").arg(name));
        return true;
    }
    QString promotedName;
    for (const Core::Participation &participation : std::as_const(m_rows)) {
        if (participation.meta.id == promotedId)
            promotedName = recordName(m_store, participation.participantId);
    }
    showMessage(tr("The registration of %1 is cancelled; %2 moved up from the waiting list.")
                    .arg(name, promotedName));
    return true;
}

bool ParticipantsPanel::setAttendance(int row, const QString &attendance)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].attendance == attendance)
        return false;
    if (m_rows[row].registration != QLatin1String("registered")) {
        showMessage(noAttendanceText(m_rows[row].registration));
        return false;
    }
    Core::Participation after = m_rows[row];
    after.attendance = attendance;
    return editRow(
        row,
        after,
        tr("Mark %1 as %2")
            .arg(recordName(m_store, after.participantId), Core::ActivityKeys::label(attendance)));
}

bool ParticipantsPanel::setRole(int row, const QString &role)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].role == role)
        return false;
    Core::Participation after = m_rows[row];
    after.role = role;
    return editRow(
        row, after, tr("Change the role of %1").arg(recordName(m_store, after.participantId)));
}

bool ParticipantsPanel::removeParticipant(int row)
{
    if (!m_store || row < 0 || row >= m_rows.size())
        return false;
    const QString name = recordName(m_store, m_rows[row].participantId);
    const int count = m_undoStack->count();
    m_undoStack->push(new DeleteActivityCommand(
        m_context, Core::RecordKind::Participation, m_rows[row].meta.id, name));
    if (m_undoStack->count() == count)
        return false;
    const auto *command = static_cast<const DeleteActivityCommand *>(
        m_undoStack->command(m_undoStack->index() - 1));
    const QStringList promotedIds = command->participationRemoval().promotedIds;
    reload();
    QStringList promotedNames;
    for (const Core::Participation &participation : std::as_const(m_rows)) {
        if (promotedIds.contains(participation.meta.id))
            promotedNames.append(recordName(m_store, participation.participantId));
    }
    if (promotedNames.isEmpty())
        showMessage(tr("%1 is removed from the workshop.").arg(name));
    else
        showMessage(tr("%1 is removed from the workshop; %2 moved up from the waiting list.")
                        .arg(name, promotedNames.join(QStringLiteral(", "))));
    return true;
}

QString ParticipantsPanel::message() const
{
    return m_message->text();
}

void ParticipantsPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ParticipantsPanel::updateButtons()
{
    const bool hasWorkshop = m_store && !m_workshopId.isEmpty();
    const int row = m_table->currentRow();
    const bool hasRow = hasWorkshop && row >= 0 && row < m_rows.size();
    m_add->setEnabled(hasWorkshop);
    m_cancel->setEnabled(hasRow && m_rows[row].registration != QLatin1String("cancelled"));
    m_remove->setEnabled(hasRow);
}

} // namespace CoopAtlas::Ui
