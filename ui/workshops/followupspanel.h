// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/activities.h>

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QPushButton;
class QTableWidget;
class QUndoStack;

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

class CommandContext;

/// Follow-up actions of a workshop: title, owner, due date and done. Open
/// actions past their due date are marked as overdue.
class FollowupsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { Title, Owner, Due, Done, ColumnCount };

    FollowupsPanel(QUndoStack *undoStack, CommandContext *context, QWidget *parent = nullptr);

    void setStore(Core::Store *store);
    void setWorkshopId(const QString &workshopId);
    void reload();
    /// Overrides today's date for the overdue mark (tests); invalid uses the clock.
    void setToday(QDate today) { m_today = today; }

    bool addFollowup(const QString &title, const QString &ownerId, QDate due);
    /// Marks a row done today, or open again.
    bool setDone(int row, bool done);
    bool removeFollowup(int row);
    [[nodiscard]] bool isOverdue(int row) const;
    [[nodiscard]] QTableWidget *table() const { return m_table; }

private:
    void openAddDialog();
    [[nodiscard]] QDate today() const;

    QUndoStack *m_undoStack;
    CommandContext *m_context;
    QPointer<Core::Store> m_store;
    QString m_workshopId;
    QList<Core::Followup> m_rows;
    QDate m_today;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QTimer m_reloadTimer;
};

} // namespace CoopAtlas::Ui
