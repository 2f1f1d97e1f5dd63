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

/// The cohort of a residency: person, project holder organisation, arrival and
/// departure. A stay that overlaps another stay of the same person is saved
/// only after the user confirms the warning.
class CohortPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { Person, ProjectHolder, Arrival, Departure, ColumnCount };

    CohortPanel(QUndoStack *undoStack, CommandContext *context, QWidget *parent = nullptr);

    void setStore(Core::Store *store);
    /// Shows the cohort of a residency; new stays default to its dates.
    void setResidency(const QString &residencyId, QDate start, QDate end);
    void reload();

    /// Warnings about other stays of the person that overlap `stay`.
    [[nodiscard]] QStringList overlapWarnings(const Core::Stay &stay) const;
    /// Warnings about overlapping stays and about dates outside the residency.
    [[nodiscard]] QStringList stayWarnings(const Core::Stay &stay) const;
    /// Adds a stay (one command). When stayWarnings() returns a warning, the
    /// user confirms first unless `confirmed` is true.
    bool addStay(const Core::Stay &stay, bool confirmed = false);
    bool removeStay(int row);
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] const QList<Core::Stay> &stays() const { return m_rows; }

private:
    void openAddDialog();

    QUndoStack *m_undoStack;
    CommandContext *m_context;
    QPointer<Core::Store> m_store;
    QString m_residencyId;
    QDate m_start;
    QDate m_end;
    QList<Core::Stay> m_rows;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QTimer m_reloadTimer;
};

} // namespace CoopAtlas::Ui
