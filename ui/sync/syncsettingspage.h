// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ui/sync/syncrun.h>
#include <ui/sync/syncsettings.h>

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace CoopAtlas::Core {
class Store;
class TlsTrust;
} // namespace CoopAtlas::Core

namespace CoopAtlas::Ui {

/// The Sync page of the settings: server, database, account and schedule of
/// one store file. The values go to the file's metadata; the password goes to
/// the vault (the system keychain) and only when one was typed.
class SyncSettingsPage : public QWidget
{
    Q_OBJECT

public:
    SyncSettingsPage(Core::Store &store,
                     PasswordVault vault,
                     std::shared_ptr<Core::TlsTrust> trust,
                     QWidget *parent = nullptr);
    ~SyncSettingsPage() override;

    /// Writes the settings to the file and a typed password to the vault.
    /// The error names the value that failed.
    [[nodiscard]] Core::Result<void> save();
    /// The settings as they are in the fields now.
    [[nodiscard]] SyncSettings currentSettings() const;

    [[nodiscard]] QLineEdit *serverEdit() const { return m_server; }
    [[nodiscard]] QLineEdit *databaseEdit() const { return m_database; }
    [[nodiscard]] QLineEdit *userEdit() const { return m_user; }
    [[nodiscard]] QLineEdit *passwordEdit() const { return m_password; }
    [[nodiscard]] QLineEdit *caFileEdit() const { return m_caFile; }
    [[nodiscard]] QCheckBox *atStartCheck() const { return m_atStart; }
    [[nodiscard]] QSpinBox *intervalSpin() const { return m_interval; }
    [[nodiscard]] QPushButton *testButton() const { return m_test; }
    [[nodiscard]] QLabel *passwordStateLabel() const { return m_passwordState; }
    [[nodiscard]] QPushButton *forgetButton() const { return m_forget; }
    [[nodiscard]] QLabel *testResultLabel() const { return m_testResult; }
    /// True while the connection test runs on its worker thread.
    [[nodiscard]] bool isTesting() const { return m_testWatcher.isRunning(); }

signals:
    void testFinished(bool ok);

private:
    void buildLayout();
    void loadValues();
    void checkStoredPassword();
    void forgetPassword();
    void chooseCaFile();
    void startTest();
    void showTestResult(const SyncRunOutcome &outcome);

    Core::Store &m_store;
    PasswordVault m_vault;
    std::shared_ptr<Core::TlsTrust> m_trust;
    QLineEdit *m_server;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_passwordState;
    QPushButton *m_forget;
    QLineEdit *m_caFile;
    QCheckBox *m_atStart;
    QSpinBox *m_interval;
    QPushButton *m_test;
    QLabel *m_testResult;
    /// PasswordState of the last check, as an int.
    QFutureWatcher<int> m_storedWatcher;
    std::shared_ptr<std::atomic_bool> m_testCancel;
    QFutureWatcher<SyncRunOutcome> m_testWatcher;
};

} // namespace CoopAtlas::Ui
