// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmepanel.h"

#include <core/domain/activityvalidation.h>
#include <core/storage/activitystore.h>
#include <ui/commands/activitycommands.h>
#include <ui/commands/recordcommands.h>
#include <ui/logging.h>
#include <ui/workshops/activityfields.h>

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QUndoStack>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

ProgrammePanel::ProgrammePanel(QUndoStack *undoStack, CommandContext *context, QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
    , m_context(context)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("Add Visit or Meeting..."), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_table->setObjectName(QStringLiteral("programme"));
    m_table->setAccessibleName(tr("Programme"));
    m_table->setHorizontalHeaderLabels(
        {tr("Title"), tr("Kind"), tr("Start"), tr("End"), tr("Place")});
    m_table->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
    for (int column : {int(Kind), int(Start), int(End)})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMinimumHeight(120);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &ProgrammePanel::reload);
    connect(m_add, &QPushButton::clicked, this, &ProgrammePanel::openAddDialog);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeVisit(m_table->currentRow()); });
}

void ProgrammePanel::setStore(Core::Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &Core::Store::changed, this, [this](Core::RecordKind kind) {
            if (kind == Core::RecordKind::Visit)
                m_reloadTimer.start();
        });
    }
    setResidency(QString(), QString(), QDate());
}

void ProgrammePanel::setResidency(const QString &residencyId, const QString &timeZone, QDate start)
{
    m_residencyId = residencyId;
    m_timeZone = timeZone;
    m_start = start;
    reload();
}

void ProgrammePanel::reload()
{
    m_reloadTimer.stop();
    m_rows.clear();
    if (m_store && !m_residencyId.isEmpty()) {
        const Core::ActivityStore activities(*m_store);
        auto visits = activities.visitsOf(m_residencyId);
        if (visits)
            m_rows = visits.value();
        else
            qCWarning(lcUiModel) << "Reading the programme of" << m_residencyId
                                 << "failed:" << visits.error().text();
    }
    const QLocale locale;
    const QString format = QStringLiteral("ddd d MMM HH:mm");
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const Core::Visit &visit = m_rows[row];
        QTimeZone zone((visit.timeZone.isEmpty() ? m_timeZone : visit.timeZone).toUtf8());
        if (!zone.isValid())
            zone = QTimeZone::systemTimeZone();
        m_table->setItem(row, Title, new QTableWidgetItem(visit.title));
        m_table->setItem(row, Kind, new QTableWidgetItem(Core::ActivityKeys::label(visit.kind)));
        m_table->setItem(
            row,
            Start,
            new QTableWidgetItem(locale.toString(visit.start.toTimeZone(zone), format)));
        m_table->setItem(row,
                         End,
                         new QTableWidgetItem(
                             locale.toString(visit.end.toTimeZone(zone), QStringLiteral("HH:mm"))));
        QString place = visit.place;
        if (!visit.hostOrganisationId.isEmpty())
            place = tr("%1 (host: %2)").arg(place, recordName(m_store, visit.hostOrganisationId));
        m_table->setItem(row, Place, new QTableWidgetItem(place));
    }
    m_add->setEnabled(m_store && !m_residencyId.isEmpty());
    m_remove->setEnabled(!m_rows.isEmpty());
}

bool ProgrammePanel::addVisit(const Core::Visit &visit)
{
    if (!m_store || m_residencyId.isEmpty())
        return false;
    Core::Visit added = visit;
    added.residencyId = m_residencyId;
    const int count = m_undoStack->count();
    m_undoStack->push(new CreateActivityCommand(
        m_context, added, tr("Add \"%1\" to the programme").arg(added.title)));
    return m_undoStack->count() != count;
}

bool ProgrammePanel::removeVisit(int row)
{
    if (!m_store || row < 0 || row >= m_rows.size())
        return false;
    const int count = m_undoStack->count();
    m_undoStack->push(new DeleteActivityCommand(
        m_context, Core::RecordKind::Visit, m_rows[row].meta.id, m_rows[row].title));
    return m_undoStack->count() != count;
}

void ProgrammePanel::openAddDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add Visit or Meeting"));
    auto *title = new QLineEdit(&dialog);
    auto *kind = new QComboBox(&dialog);
    fillKeyCombo(kind, Core::ActivityKeys::visitKinds());
    const QDate day = m_start.isValid() ? m_start : QDate::currentDate();
    auto *start = new QDateTimeEdit(QDateTime(day, QTime(10, 0)), &dialog);
    auto *end = new QDateTimeEdit(QDateTime(day, QTime(12, 0)), &dialog);
    for (QDateTimeEdit *edit : {start, end}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("ddd d MMM yyyy HH:mm"));
    }
    auto *place = new QLineEdit(&dialog);
    auto *problem = new QLabel(&dialog);
    problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Title:"), title);
    form->addRow(tr("&Kind:"), kind);
    form->addRow(tr("&Start (%1):").arg(m_timeZone), start);
    form->addRow(tr("&End (%1):").arg(m_timeZone), end);
    form->addRow(tr("&Place:"), place);
    form->addRow(problem);
    form->addRow(buttons);
    Core::Visit visit;
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        visit.residencyId = m_residencyId;
        visit.title = title->text().trimmed();
        visit.kind = kind->currentData().toString();
        visit.timeZone = m_timeZone;
        visit.start = instantIn(start->date(), start->time(), m_timeZone);
        visit.end = instantIn(end->date(), end->time(), m_timeZone);
        visit.place = place->text().trimmed();
        const QList<Core::FieldError> errors = Core::validate(visit);
        if (!errors.isEmpty()) {
            problem->setText(errors.first().message);
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted)
        addVisit(visit);
}

} // namespace CoopAtlas::Ui
