// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/activities.h>

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

class CommandContext;

/// The participants of one workshop: participant, role, registration (with the
/// waiting-list position) and attendance. Each change is one undoable command.
class ParticipantsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { Participant, Role, Registration, Attendance, ColumnCount };

    ParticipantsPanel(QUndoStack *undoStack, CommandContext *context, QWidget *parent = nullptr);

    void setStore(Core::Store *store);
    /// Shows the participants of a workshop; an empty id shows none and disables adding.
    void setWorkshopId(const QString &workshopId);
    /// Reads the participants again now.
    void reload();

    /// Registers a person or organisation (one command). A registration past
    /// the capacity goes to the waiting list, and message() says so.
    bool addParticipant(const QString &participantId,
                        const QString &role = QStringLiteral("participant"));
    /// Cancels the registration of a row; the first waiting one moves up.
    bool cancelRegistration(int row);
    bool setAttendance(int row, const QString &attendance);
    bool setRole(int row, const QString &role);
    bool removeParticipant(int row);

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] const QList<Core::Participation> &participations() const { return m_rows; }
    /// The last note about a registration ("... is on the waiting list").
    [[nodiscard]] QString message() const;

private:
    void fillRow(int row, const Core::Participation &participation, int waitingPosition);
    bool editRow(int row, Core::Participation after, const QString &text);
    void showMessage(const QString &text);
    void updateButtons();

    QUndoStack *m_undoStack;
    CommandContext *m_context;
    QPointer<Core::Store> m_store;
    QString m_workshopId;
    QList<Core::Participation> m_rows;
    QTableWidget *m_table;
    QLabel *m_message;
    QLabel *m_summary;
    QPushButton *m_add;
    QPushButton *m_cancel;
    QPushButton *m_remove;
    QTimer m_reloadTimer;
};

} // namespace CoopAtlas::Ui
