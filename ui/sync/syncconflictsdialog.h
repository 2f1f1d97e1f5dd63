// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/storage/syncstore.h>

#include <QDialog>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QTabWidget;
class QTreeWidget;
class QWidget;

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

class SyncController;

/// Lists the open sync conflicts of a store file and resolves them field by
/// field. For each conflicting field the user keeps the value of this
/// computer, the server's value or an edited one. A deletion against an edit
/// is kept or deleted. Resolving goes through SyncEngine::resolveConflict(),
/// which reads from the server a chosen file that this computer lacks: with a
/// SyncController on its worker thread while the dialog shows a busy state,
/// else at once without a server. The resolution is written in one
/// transaction, and the next sync sends the result. A second tab lists
/// the records that the server rejected, with the reason and a Retry. A third
/// tab lists the documents received from the server that this file could not
/// read or store, until a readable revision of each arrives.
class SyncConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    /// Column of the field table.
    enum Column { FieldColumn, MineColumn, TheirsColumn, ChoiceColumn, ValueColumn, ColumnCount };
    /// Entries of the choice combo box of each field, in this order.
    enum Choice { KeepMine, KeepTheirs, KeepEdited };

    explicit SyncConflictsDialog(Core::Store &store, QWidget *parent = nullptr);

    /// Reads the conflicts and rejected records from the file again.
    void reload();
    /// Selects the conflict of `recordId`; false when it has none.
    bool selectConflict(const QString &recordId);
    /// Sets the choice of a field row of the shown conflict.
    void setChoice(const QString &field, Choice choice);
    /// Types `text` as the edited value of a field row of the shown conflict.
    void setEditedValue(const QString &field, const QString &text);
    /// For a deletion against an edit: true keeps the record, false deletes it.
    void setKeepRecord(bool keep);
    /// The document that resolving the shown conflict writes now.
    [[nodiscard]] Core::Result<QJsonObject> chosenDocument() const;
    /// Resolves conflicts through `controller`, which reads chosen files from
    /// its server. Without one, choosing a file that this computer lacks fails.
    void setSyncController(SyncController *controller);
    /// Resolves the shown conflict. Without a controller, returns whether it was
    /// resolved. With one, returns whether the resolution started: resolved()
    /// or an error message follows. Shows the error when it fails.
    bool resolveSelected();
    /// True while the controller resolves a conflict for this dialog.
    [[nodiscard]] bool isResolving() const;

    [[nodiscard]] QTreeWidget *conflictList() const { return m_conflictList; }
    [[nodiscard]] QTableWidget *fieldTable() const { return m_fields; }
    [[nodiscard]] QTreeWidget *errorList() const { return m_errorList; }
    [[nodiscard]] QTreeWidget *unreadableList() const { return m_unreadableList; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] QPushButton *resolveButton() const { return m_resolve; }

signals:
    /// A conflict was resolved and written to the file.
    void resolved(const QString &recordId);
    /// The user asked to send a rejected record again.
    void syncRequested();

private:
    QWidget *buildConflictsTab();
    QWidget *buildErrorsTab();
    QWidget *buildUnreadableTab();
    void fillErrorLists();
    void showConflict(int index);
    void fillFieldRow(int row, const QString &field);
    void retrySelectedError();
    void onResolveFinished(const QString &recordId, bool ok, const QString &error);
    void setBusy(bool busy);
    static void keepFileTogether(const Core::SyncConflict &conflict, QJsonObject &chosen);
    void showResolveError(const QString &name, const QString &error);
    [[nodiscard]] int fieldRow(const QString &field) const;
    [[nodiscard]] QString recordName(const Core::SyncConflict &conflict) const;
    [[nodiscard]] const Core::SyncConflict *currentConflict() const;

    Core::Store &m_store;
    QList<Core::SyncConflict> m_conflicts;
    QList<Core::SyncRecordError> m_errors;
    QList<Core::SyncRecordError> m_unreadable;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_conflictList = nullptr;
    QLabel *m_recordTitle = nullptr;
    QLabel *m_sides = nullptr;
    QWidget *m_deletionBox = nullptr;
    QLabel *m_deletionText = nullptr;
    QRadioButton *m_keepRecord = nullptr;
    QRadioButton *m_deleteRecord = nullptr;
    QTableWidget *m_fields = nullptr;
    QPushButton *m_resolve = nullptr;
    QLabel *m_busyLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QPointer<SyncController> m_controller;
    /// Record id of the resolution running in the controller, else empty.
    QString m_resolvingId;
    QString m_resolvingName;
    QTreeWidget *m_errorList = nullptr;
    QPushButton *m_retry = nullptr;
    QTreeWidget *m_unreadableList = nullptr;
};

} // namespace CoopAtlas::Ui
