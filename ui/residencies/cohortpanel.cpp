// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cohortpanel.h"

#include <core/domain/activityvalidation.h>
#include <core/storage/activitystore.h>
#include <ui/commands/activitycommands.h>
#include <ui/commands/recordcommands.h>
#include <ui/logging.h>
#include <ui/workshops/activityfields.h>

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

CohortPanel::CohortPanel(QUndoStack *undoStack, CommandContext *context, QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
    , m_context(context)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("Add Cohort Member..."), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_table->setObjectName(QStringLiteral("cohort"));
    m_table->setAccessibleName(tr("Cohort"));
    m_table->setHorizontalHeaderLabels(
        {tr("Person"), tr("Project holder"), tr("Arrival"), tr("Departure")});
    m_table->horizontalHeader()->setSectionResizeMode(Person, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ProjectHolder, QHeaderView::Stretch);
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
    connect(&m_reloadTimer, &QTimer::timeout, this, &CohortPanel::reload);
    connect(m_add, &QPushButton::clicked, this, &CohortPanel::openAddDialog);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeStay(m_table->currentRow()); });
}

void CohortPanel::setStore(Core::Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &Core::Store::changed, this, [this](Core::RecordKind kind) {
            if (kind == Core::RecordKind::Stay)
                m_reloadTimer.start();
        });
    }
    setResidency(QString(), QDate(), QDate());
}

void CohortPanel::setResidency(const QString &residencyId, QDate start, QDate end)
{
    m_residencyId = residencyId;
    m_start = start;
    m_end = end;
    reload();
}

void CohortPanel::reload()
{
    m_reloadTimer.stop();
    m_rows.clear();
    if (m_store && !m_residencyId.isEmpty()) {
        const Core::ActivityStore activities(*m_store);
        auto stays = activities.staysOf(m_residencyId);
        if (stays)
            m_rows = stays.value();
        else
            qCWarning(lcUiModel) << "Reading the cohort of" << m_residencyId
                                 << "failed:" << stays.error().text();
    }
    const QLocale locale;
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const Core::Stay &stay = m_rows[row];
        m_table->setItem(row, Person, new QTableWidgetItem(recordName(m_store, stay.personId)));
        m_table->setItem(
            row, ProjectHolder, new QTableWidgetItem(recordName(m_store, stay.organisationId)));
        m_table->setItem(row,
                         Arrival,
                         new QTableWidgetItem(locale.toString(stay.arrival, QLocale::ShortFormat)));
        m_table->setItem(
            row,
            Departure,
            new QTableWidgetItem(locale.toString(stay.departure, QLocale::ShortFormat)));
        const QStringList warnings = stayWarnings(stay);
        if (!warnings.isEmpty()) {
            QTableWidgetItem *person = m_table->item(row, Person);
            person->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            person->setToolTip(warnings.join(u'\n'));
        }
    }
    m_add->setEnabled(m_store && !m_residencyId.isEmpty());
    m_remove->setEnabled(!m_rows.isEmpty());
}

QStringList CohortPanel::overlapWarnings(const Core::Stay &stay) const
{
    QStringList warnings;
    if (!m_store)
        return warnings;
    const Core::ActivityStore activities(*m_store);
    const auto overlaps = activities.stayOverlaps(stay);
    if (!overlaps)
        return warnings;
    for (const Core::StayOverlap &overlap : overlaps.value())
        warnings.append(overlap.message);
    return warnings;
}

QStringList CohortPanel::stayWarnings(const Core::Stay &stay) const
{
    QStringList warnings = overlapWarnings(stay);
    if (const QString outside = Core::stayOutsideResidency(stay, m_start, m_end);
        !outside.isEmpty())
        warnings.append(outside);
    return warnings;
}

bool CohortPanel::addStay(const Core::Stay &stay, bool confirmed)
{
    if (!m_store || m_residencyId.isEmpty())
        return false;
    Core::Stay added = stay;
    added.residencyId = m_residencyId;
    const QStringList warnings = stayWarnings(added);
    if (!warnings.isEmpty() && !confirmed) {
        const QString title = overlapWarnings(added).isEmpty() ? tr("Stay Outside the Residency")
                                                               : tr("Person Already Booked");
        const auto answer
            = QMessageBox::warning(this,
                                   title,
                                   tr("%1\nAdd this stay anyway?").arg(warnings.join(u'\n')),
                                   QMessageBox::Yes | QMessageBox::Cancel,
                                   QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    const int count = m_undoStack->count();
    m_undoStack->push(new CreateActivityCommand(
        m_context, added, tr("Add %1 to the cohort").arg(recordName(m_store, added.personId))));
    return m_undoStack->count() != count;
}

bool CohortPanel::removeStay(int row)
{
    if (!m_store || row < 0 || row >= m_rows.size())
        return false;
    const int count = m_undoStack->count();
    m_undoStack->push(new DeleteActivityCommand(m_context,
                                                Core::RecordKind::Stay,
                                                m_rows[row].meta.id,
                                                recordName(m_store, m_rows[row].personId)));
    return m_undoStack->count() != count;
}

void CohortPanel::openAddDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add Cohort Member"));
    Core::Stay stay;
    auto *person = new QPushButton(tr("Choose..."), &dialog);
    auto *holder = new QPushButton(tr("Choose..."), &dialog);
    auto *arrival = new QDateEdit(m_start.isValid() ? m_start : QDate::currentDate(), &dialog);
    auto *departure = new QDateEdit(m_end.isValid() ? m_end : QDate::currentDate(), &dialog);
    auto *problem = new QLabel(&dialog);
    problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    problem->setWordWrap(true);
    for (QDateEdit *edit : {arrival, departure})
        edit->setCalendarPopup(true);
    connect(person, &QPushButton::clicked, &dialog, [&] {
        if (const auto picked
            = pickRecord(&dialog, m_store, {Core::RecordKind::Person}, tr("Person"))) {
            stay.personId = picked->id;
            person->setText(picked->name);
        }
    });
    connect(holder, &QPushButton::clicked, &dialog, [&] {
        if (const auto picked = pickRecord(
                &dialog, m_store, {Core::RecordKind::Organisation}, tr("Project Holder"))) {
            stay.organisationId = picked->id;
            holder->setText(picked->name);
        }
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Person:"), person);
    form->addRow(tr("Project &holder:"), holder);
    form->addRow(tr("&Arrival:"), arrival);
    form->addRow(tr("&Departure:"), departure);
    form->addRow(problem);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        stay.residencyId = m_residencyId;
        stay.arrival = arrival->date();
        stay.departure = departure->date();
        const QList<Core::FieldError> errors = Core::validate(stay);
        if (!errors.isEmpty()) {
            problem->setText(errors.first().message);
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted)
        addStay(stay);
}

} // namespace CoopAtlas::Ui
