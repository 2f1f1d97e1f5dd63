// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ui/sync/syncsettings.h>
#include <ui/sync/syncstatus.h>

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <memory>

class QThread;

namespace CoopAtlas::Core {
class Store;
class TlsTrust;
} // namespace CoopAtlas::Core

namespace CoopAtlas::Ui {

struct SyncRunInput;
struct SyncRunOutcome;

/// Runs the sync of the open store file on a worker thread: at start when the
/// file's settings ask for it, every N minutes, after an offline failure, and
/// on request. The worker opens its own Database connection to the same file
/// and owns the CouchClient and the SyncEngine. Only one run exists at a time:
/// a request while one runs is merged into it. After a run that changed
/// records, the Store gets notifyReloaded() so that the views read it again.
class SyncController : public QObject
{
    Q_OBJECT

public:
    /// Upper bound of the wait for a cancelled run when the store closes. The
    /// engine stops at its next request or page, within about 100 ms of a
    /// network call, so the bound is reached only when SQLite itself stalls.
    static constexpr int ShutdownWaitMs = 15000;
    /// Automatic retries after offline failures in a row, before the controller
    /// waits for a request or the next scheduled sync.
    static constexpr int MaxOfflineRetries = 20;

    explicit SyncController(QObject *parent = nullptr);
    ~SyncController() override;

    /// Follows `store`; stops and waits for a run of the previous store first.
    /// Starts a run when the file's settings ask to sync at start.
    void setStore(Core::Store *store);
    /// Replaces the keychain access; the default is PasswordVault::system().
    void setPasswordVault(PasswordVault vault);
    /// Replaces the certificate trust; the default keeps it in the application's QSettings.
    void setTlsTrust(std::shared_ptr<Core::TlsTrust> trust);
    [[nodiscard]] Core::TlsTrust &tlsTrust() const { return *m_trust; }
    [[nodiscard]] std::shared_ptr<Core::TlsTrust> tlsTrustPointer() const { return m_trust; }
    [[nodiscard]] const PasswordVault &passwordVault() const { return m_vault; }

    /// Reads the file's sync settings again and restarts the schedule.
    void reloadSettings();
    [[nodiscard]] const SyncSettings &settings() const { return m_settings; }
    [[nodiscard]] const SyncStatus &status() const { return m_status; }
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }

    /// Starts a run, or merges the request into the running one.
    /// `userRequested` marks runs that may open a dialog when they fail.
    void syncNow(bool userRequested = true);
    /// Asks the running run to stop at its next request or page.
    void cancel();
    /// Cancels the running run and waits for it, at most timeoutMs. Returns
    /// false when the run is still going after that time.
    bool shutdown(int timeoutMs = ShutdownWaitMs);

    /// Stores a password typed after a rejected login in the keychain and in
    /// memory for this session, then starts a run.
    void retryWithPassword(const QString &password);
    /// Trusts the certificate of the last UntrustedCertificate failure for its
    /// host and port only, then starts a run.
    void trustCertificateAndRetry();

    /// Reads the number of open conflicts and rejected records from the file.
    void refreshCounts();

    /// Resolves the open conflict of `recordId` with `chosen` on a worker thread
    /// (resolveConflictRun()), because choosing a file that this computer lacks
    /// reads it from the server. Emits conflictResolveFinished() when done.
    /// Returns false with the reason in `error` when a sync or another
    /// resolution is running or no file is open. A sync requested during a
    /// resolution starts after it.
    bool resolveConflict(const QString &recordId, const QJsonObject &chosen, QString &error);
    [[nodiscard]] bool isResolving() const { return m_resolveThread != nullptr; }

signals:
    /// A resolution that resolveConflict() started ended. On failure the
    /// conflict stays open and `error` contains the reason.
    void conflictResolveFinished(const QString &recordId, bool ok, const QString &error);
    void statusChanged();
    /// A run ended; `ok` is false when it failed or was cancelled.
    void finished(bool ok, bool userRequested);

private:
    void startRun(bool userRequested);
    [[nodiscard]] SyncRunInput runInput() const;
    void onResolveFinished();
    bool waitForResolve(int timeoutMs);
    void onProgress(Core::SyncPhase phase, qint64 done, qint64 total);
    void onRunFinished();
    void scheduleOfflineRetry();
    void restartSchedule();
    void setState(SyncStatus::State state);

    QPointer<Core::Store> m_store;
    SyncSettings m_settings;
    SyncStatus m_status;
    PasswordVault m_vault;
    std::shared_ptr<Core::TlsTrust> m_trust;
    /// Password typed in this session, used instead of the keychain when set.
    QString m_sessionPassword;
    QThread *m_thread = nullptr;
    std::shared_ptr<SyncRunOutcome> m_outcome;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_runUserRequested = false;
    int m_mergedRequests = 0;
    int m_offlineRetries = 0;
    QThread *m_resolveThread = nullptr;
    std::shared_ptr<SyncRunOutcome> m_resolveOutcome;
    std::shared_ptr<std::atomic_bool> m_resolveCancel;
    QString m_resolveRecordId;
    /// A sync requested while a resolution runs, started when it ends.
    bool m_syncAfterResolve = false;
    bool m_syncAfterResolveUserRequested = false;
    QTimer m_intervalTimer;
    QTimer m_retryTimer;
};

} // namespace CoopAtlas::Ui
