// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace CoopAtlas::Ui {

class SyncController;

/// The sync part of the status bar. It shows the state, the progress, and the
/// last error with the action that fixes it (enter the password, trust a
/// certificate). It also shows the clock warning and the numbers of open
/// conflicts and rejected records, which open the conflicts dialog.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(SyncController *controller, QWidget *parent = nullptr);

    [[nodiscard]] QLabel *stateLabel() const { return m_state; }
    [[nodiscard]] QProgressBar *progressBar() const { return m_progress; }
    [[nodiscard]] QToolButton *syncButton() const { return m_sync; }
    [[nodiscard]] QToolButton *actionButton() const { return m_action; }
    [[nodiscard]] QLabel *countsLabel() const { return m_counts; }
    [[nodiscard]] QLabel *clockLabel() const { return m_clock; }

    /// Asks for the password in a dialog, stores it and syncs again.
    void askForPassword();
    /// Shows host, port and SHA-256 fingerprint of the rejected certificate and,
    /// when the user agrees, trusts it for that host and port and syncs again.
    void askToTrustCertificate();

signals:
    void conflictsRequested();
    void settingsRequested();

private:
    void updateFromStatus();
    void onFinished(bool ok, bool userRequested);
    void runAction();
    void showStateText(const QString &text, const QString &toolTip = {});
    [[nodiscard]] QString runningText() const;
    [[nodiscard]] QString countsText() const;

    SyncController *m_controller;
    QLabel *m_state;
    QProgressBar *m_progress;
    QToolButton *m_sync;
    QToolButton *m_action;
    QLabel *m_clock;
    QLabel *m_counts;
    /// Timer that updates the minutes of "Offline: will retry in N min".
    QTimer m_countdown;
};

} // namespace CoopAtlas::Ui
