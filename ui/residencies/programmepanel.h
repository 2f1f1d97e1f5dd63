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

/// The programme of a residency: dated visits and meetings, shown and entered
/// in the local time of the residency's city.
class ProgrammePanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { Title, Kind, Start, End, Place, ColumnCount };

    ProgrammePanel(QUndoStack *undoStack, CommandContext *context, QWidget *parent = nullptr);

    void setStore(Core::Store *store);
    /// Shows the programme of a residency; times are shown in `timeZone`.
    void setResidency(const QString &residencyId, const QString &timeZone, QDate start);
    void reload();
    bool addVisit(const Core::Visit &visit);
    bool removeVisit(int row);
    [[nodiscard]] QTableWidget *table() const { return m_table; }

private:
    void openAddDialog();

    QUndoStack *m_undoStack;
    CommandContext *m_context;
    QPointer<Core::Store> m_store;
    QString m_residencyId;
    QString m_timeZone;
    QDate m_start;
    QList<Core::Visit> m_rows;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QTimer m_reloadTimer;
};

} // namespace CoopAtlas::Ui
