// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "followupspanel.h"

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
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

FollowupsPanel::FollowupsPanel(QUndoStack *undoStack, CommandContext *context, QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
    , m_context(context)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("Add Follow-up..."), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_table->setObjectName(QStringLiteral("followups"));
    m_table->setAccessibleName(tr("Follow-up actions"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Owner"), tr("Due"), tr("Done")});
    m_table->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
    for (int column : {int(Owner), int(Due), int(Done)})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMinimumHeight(110);
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
    connect(&m_reloadTimer, &QTimer::timeout, this, &FollowupsPanel::reload);
    connect(m_add, &QPushButton::clicked, this, &FollowupsPanel::openAddDialog);
    connect(
        m_remove, &QPushButton::clicked, this, [this] { removeFollowup(m_table->currentRow()); });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == Done && item->row() < m_rows.size())
            setDone(item->row(), item->checkState() == Qt::Checked);
    });
}

QDate FollowupsPanel::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void FollowupsPanel::setStore(Core::Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &Core::Store::changed, this, [this](Core::RecordKind kind) {
            if (kind == Core::RecordKind::Followup)
                m_reloadTimer.start();
        });
    }
    setWorkshopId(QString());
}

void FollowupsPanel::setWorkshopId(const QString &workshopId)
{
    m_workshopId = workshopId;
    reload();
}

bool FollowupsPanel::isOverdue(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const Core::Followup &followup = m_rows[row];
    return !followup.done.isValid() && followup.due.isValid() && followup.due < today();
}

void FollowupsPanel::reload()
{
    m_reloadTimer.stop();
    const QSignalBlocker blocker(m_table);
    m_rows.clear();
    if (m_store && !m_workshopId.isEmpty()) {
        const Core::ActivityStore activities(*m_store);
        auto followups = activities.followupsOf(m_workshopId);
        if (followups)
            m_rows = followups.value();
        else
            qCWarning(lcUiModel) << "Reading the follow-ups of" << m_workshopId
                                 << "failed:" << followups.error().text();
    }
    const QLocale locale;
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const Core::Followup &followup = m_rows[row];
        m_table->setItem(row, Title, new QTableWidgetItem(followup.title));
        m_table->setItem(row, Owner, new QTableWidgetItem(recordName(m_store, followup.ownerId)));
        QString due = locale.toString(followup.due, QLocale::ShortFormat);
        auto *dueItem = new QTableWidgetItem;
        if (isOverdue(row)) {
            due = tr("%1 (overdue)").arg(due);
            dueItem->setForeground(QColor(0xb0, 0x00, 0x20));
            dueItem->setToolTip(tr("Due %1 days ago").arg(followup.due.daysTo(today())));
        }
        dueItem->setText(due);
        m_table->setItem(row, Due, dueItem);
        auto *done = new QTableWidgetItem(followup.done.isValid()
                                              ? locale.toString(followup.done, QLocale::ShortFormat)
                                              : QString());
        done->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        done->setCheckState(followup.done.isValid() ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, Done, done);
    }
    m_add->setEnabled(m_store && !m_workshopId.isEmpty());
    m_remove->setEnabled(!m_rows.isEmpty());
}

bool FollowupsPanel::addFollowup(const QString &title, const QString &ownerId, QDate due)
{
    if (!m_store || m_workshopId.isEmpty())
        return false;
    Core::Followup followup;
    followup.workshopId = m_workshopId;
    followup.title = title.trimmed();
    followup.ownerId = ownerId;
    followup.due = due;
    const int count = m_undoStack->count();
    m_undoStack->push(new CreateActivityCommand(
        m_context, followup, tr("Add the follow-up \"%1\"").arg(followup.title)));
    return m_undoStack->count() != count;
}

bool FollowupsPanel::setDone(int row, bool done)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].done.isValid() == done)
        return false;
    Core::Followup after = m_rows[row];
    after.done = done ? today() : QDate();
    const QString text
        = done ? tr("Mark \"%1\" done").arg(after.title) : tr("Reopen \"%1\"").arg(after.title);
    const int count = m_undoStack->count();
    m_undoStack->push(new EditActivityCommand(m_context, m_rows[row], after, text));
    return m_undoStack->count() != count;
}

bool FollowupsPanel::removeFollowup(int row)
{
    if (!m_store || row < 0 || row >= m_rows.size())
        return false;
    const int count = m_undoStack->count();
    m_undoStack->push(new DeleteActivityCommand(
        m_context, Core::RecordKind::Followup, m_rows[row].meta.id, m_rows[row].title));
    return m_undoStack->count() != count;
}

void FollowupsPanel::openAddDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add Follow-up"));
    auto *title = new QLineEdit(&dialog);
    auto *due = new QDateEdit(today().addDays(14), &dialog);
    due->setCalendarPopup(true);
    auto *owner = new QPushButton(tr("Choose..."), &dialog);
    QString ownerId;
    connect(owner, &QPushButton::clicked, &dialog, [&] {
        const auto picked = pickRecord(&dialog, m_store, {Core::RecordKind::Person}, tr("Owner"));
        if (picked) {
            ownerId = picked->id;
            owner->setText(picked->name);
        }
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Action:"), title);
    form->addRow(tr("&Owner:"), owner);
    form->addRow(tr("&Due:"), due);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted && !title->text().trimmed().isEmpty())
        addFollowup(title->text(), ownerId, due->date());
}

} // namespace CoopAtlas::Ui
