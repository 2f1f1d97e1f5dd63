// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccontroller.h"

#include <core/storage/database.h>
#include <core/storage/store.h>
#include <core/storage/syncstore.h>
#include <core/sync/credentialstore.h>
#include <core/sync/tlstrust.h>
#include <ui/logging.h>
#include <ui/sync/syncrun.h>

#include <QDeadlineTimer>
#include <QThread>

namespace CoopAtlas::Ui {

namespace {

constexpr int MinuteMs = 60 * 1000;
/// Maximum wait between automatic retries after offline failures, in minutes.
constexpr int MaxRetryMinutes = 15;

bool isOffline(Core::SyncFailureKind kind)
{
    return kind == Core::SyncFailureKind::Offline || kind == Core::SyncFailureKind::Timeout;
}

} // namespace

SyncController::SyncController(QObject *parent)
    : QObject(parent)
    , m_vault(PasswordVault::system())
    , m_trust(std::make_shared<Core::TlsTrust>())
{
    m_intervalTimer.setSingleShot(false);
    m_retryTimer.setSingleShot(true);
    connect(&m_intervalTimer, &QTimer::timeout, this, [this] { syncNow(false); });
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { syncNow(false); });
}

SyncController::~SyncController()
{
    if (shutdown())
        return;
    // Destroying a running QThread aborts the process, so the thread object is
    // left to the end of the process.
    // NOTE: progress of that run may still be posted to this deleted object.
    qCWarning(lcUi) << "Sync thread left running after" << ShutdownWaitMs << "ms";
    for (QThread *thread : {m_thread, m_resolveThread}) {
        if (thread)
            thread->disconnect();
    }
    m_thread = nullptr;
    m_resolveThread = nullptr;
}

void SyncController::setStore(Core::Store *store)
{
    if (!shutdown())
        qCWarning(lcUi) << "Sync of the previous store still running after" << ShutdownWaitMs
                        << "ms";
    m_store = store;
    m_sessionPassword.clear();
    m_status = SyncStatus();
    m_offlineRetries = 0;
    reloadSettings();
    if (m_settings.isComplete() && m_settings.syncAtStart)
        syncNow(false);
}

void SyncController::setPasswordVault(PasswordVault vault)
{
    m_vault = std::move(vault);
}

void SyncController::setTlsTrust(std::shared_ptr<Core::TlsTrust> trust)
{
    m_trust = std::move(trust);
}

void SyncController::reloadSettings()
{
    m_settings = SyncSettings();
    if (m_store) {
        auto loaded = SyncSettings::load(*m_store);
        if (loaded)
            m_settings = *loaded;
        else
            qCWarning(lcUi) << "Sync settings not read:" << loaded.error().text();
    }
    const QUrl url(m_settings.serverUrl);
    m_status.host = url.host();
    m_status.port = url.port(url.scheme() == QLatin1String("http") ? 80 : 443);
    if (!isRunning()) {
        const bool configured = m_settings.isComplete();
        if (!configured)
            setState(SyncStatus::State::NotConfigured);
        else if (m_status.state == SyncStatus::State::NotConfigured)
            setState(SyncStatus::State::Idle);
    }
    restartSchedule();
    refreshCounts();
}

void SyncController::restartSchedule()
{
    m_intervalTimer.stop();
    if (m_store && m_settings.isComplete() && m_settings.intervalMinutes > 0)
        m_intervalTimer.start(m_settings.intervalMinutes * MinuteMs);
}

void SyncController::syncNow(bool userRequested)
{
    if (!m_store || !m_settings.isComplete())
        return;
    if (isResolving()) {
        m_syncAfterResolve = true;
        m_syncAfterResolveUserRequested = m_syncAfterResolveUserRequested || userRequested;
        qCInfo(lcUi) << "Sync request deferred until the conflict resolution ends";
        return;
    }
    if (isRunning()) {
        // A request during a run is merged into it rather than queued.
        // NOTE: an edit saved after the push passed that record waits for the next sync.
        ++m_mergedRequests;
        m_runUserRequested = m_runUserRequested || userRequested;
        qCInfo(lcUi) << "Sync request merged into the running sync";
        return;
    }
    if (userRequested)
        m_offlineRetries = 0;
    startRun(userRequested);
}

void SyncController::startRun(bool userRequested)
{
    m_retryTimer.stop();
    m_status.nextRetry = {};
    m_runUserRequested = userRequested;
    m_mergedRequests = 0;
    m_cancel = std::make_shared<std::atomic_bool>(false);

    SyncRunInput input = runInput();
    input.cancel = m_cancel;
    const QPointer<SyncController> self(this);
    input.progress = [self](Core::SyncPhase phase, qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            self.get(),
            [self, phase, done, total] {
                if (self)
                    self->onProgress(phase, done, total);
            },
            Qt::QueuedConnection);
    };

    auto outcome = std::make_shared<SyncRunOutcome>();
    m_outcome = outcome;
    m_thread = QThread::create([input, outcome] { *outcome = runSync(input); });
    m_thread->setObjectName(QStringLiteral("coopatlas-sync"));
    connect(m_thread, &QThread::finished, this, &SyncController::onRunFinished);
    m_status.phase = Core::SyncPhase::Connecting;
    m_status.done = 0;
    m_status.total = 0;
    setState(SyncStatus::State::Running);
    qCInfo(lcUi) << "Sync started for" << input.storePath;
    m_thread->start();
}

SyncRunInput SyncController::runInput() const
{
    SyncRunInput input;
    input.storePath = m_store->database().path();
    input.config = m_settings.serverConfig();
    input.password = m_sessionPassword;
    input.vault = m_vault;
    input.trust = m_trust;
    input.author = m_store->database().author();
    return input;
}

bool SyncController::resolveConflict(const QString &recordId,
                                     const QJsonObject &chosen,
                                     QString &error)
{
    if (!m_store) {
        error = tr("No file is open.");
        return false;
    }
    if (isRunning() || isResolving()) {
        error = tr("A sync or another conflict resolution is running. Resolve this conflict "
                   "once it has finished.");
        return false;
    }
    m_resolveCancel = std::make_shared<std::atomic_bool>(false);
    SyncRunInput input = runInput();
    input.cancel = m_resolveCancel;
    auto outcome = std::make_shared<SyncRunOutcome>();
    m_resolveOutcome = outcome;
    m_resolveRecordId = recordId;
    m_resolveThread = QThread::create([input, recordId, chosen, outcome] {
        *outcome = resolveConflictRun(input, recordId, chosen);
    });
    m_resolveThread->setObjectName(QStringLiteral("coopatlas-resolve"));
    connect(m_resolveThread, &QThread::finished, this, &SyncController::onResolveFinished);
    qCInfo(lcUi) << "Conflict resolution started for" << recordId;
    m_resolveThread->start();
    return true;
}

void SyncController::onResolveFinished()
{
    // As in onRunFinished(), a queued signal may arrive after waitForResolve() handled it.
    if (!m_resolveThread || !m_resolveThread->isFinished())
        return;
    delete std::exchange(m_resolveThread, nullptr);
    const SyncRunOutcome outcome = *std::exchange(m_resolveOutcome, nullptr);
    const QString recordId = std::exchange(m_resolveRecordId, QString());
    if (outcome.ok) {
        qCInfo(lcUi) << "Conflict resolved for" << recordId;
        if (m_store)
            m_store->notifyReloaded();
    } else {
        qCWarning(lcUi) << "Conflict of" << recordId << "not resolved:" << outcome.error;
    }
    refreshCounts();
    emit conflictResolveFinished(recordId, outcome.ok, outcome.error);
    if (std::exchange(m_syncAfterResolve, false))
        syncNow(std::exchange(m_syncAfterResolveUserRequested, false));
}

/// Cancels a running resolution and waits for it, at most timeoutMs.
bool SyncController::waitForResolve(int timeoutMs)
{
    if (!isResolving())
        return true;
    m_resolveCancel->store(true);
    m_syncAfterResolve = false;
    if (!m_resolveThread->wait(QDeadlineTimer(timeoutMs)))
        return false;
    onResolveFinished();
    return true;
}

void SyncController::onProgress(Core::SyncPhase phase, qint64 done, qint64 total)
{
    if (!isRunning())
        return;
    m_status.phase = phase;
    m_status.done = done;
    m_status.total = total;
    emit statusChanged();
}

void SyncController::onRunFinished()
{
    // A queued finished signal can arrive after shutdown() handled that run
    // and a new one started.
    if (!m_thread || !m_thread->isFinished())
        return;
    delete std::exchange(m_thread, nullptr);
    const SyncRunOutcome outcome = *std::exchange(m_outcome, nullptr);
    const bool userRequested = m_runUserRequested;
    m_status.failure = outcome.failure;
    m_status.passwordNeeded = outcome.passwordNeeded;
    if (outcome.changed && m_store)
        m_store->notifyReloaded();
    if (outcome.ok) {
        m_offlineRetries = 0;
        m_status.error.clear();
        m_status.lastSuccess = QDateTime::currentDateTime();
        m_status.clockWarning = outcome.summary.clockWarning;
        qCInfo(lcUi) << "Sync finished";
        setState(SyncStatus::State::UpToDate);
    } else if (outcome.cancelled) {
        m_status.error = outcome.error;
        qCInfo(lcUi) << "Sync cancelled";
        setState(SyncStatus::State::Cancelled);
    } else {
        m_status.error = outcome.error;
        qCWarning(lcUi) << "Sync failed:" << outcome.error;
        if (isOffline(outcome.failure.kind)) {
            scheduleOfflineRetry();
            setState(SyncStatus::State::Offline);
        } else {
            setState(SyncStatus::State::Failed);
        }
    }
    refreshCounts();
    emit finished(outcome.ok, userRequested);
}

void SyncController::scheduleOfflineRetry()
{
    if (m_offlineRetries >= MaxOfflineRetries) {
        qCInfo(lcUi) << "Sync retries stopped after" << m_offlineRetries << "offline failures";
        return;
    }
    // 1, 2, 4, 8 then 15 minutes, or the sync interval when it is shorter.
    int minutes = qMin(1 << qMin(m_offlineRetries, 4), MaxRetryMinutes);
    if (m_settings.intervalMinutes > 0)
        minutes = qMin(minutes, m_settings.intervalMinutes);
    ++m_offlineRetries;
    m_status.nextRetry = QDateTime::currentDateTime().addSecs(qint64(minutes) * 60);
    m_retryTimer.start(minutes * MinuteMs);
    qCInfo(lcUi) << "Sync retry" << m_offlineRetries << "in" << minutes << "min";
}

void SyncController::cancel()
{
    if (m_cancel && isRunning()) {
        qCInfo(lcUi) << "Sync cancel requested";
        m_cancel->store(true);
    }
}

bool SyncController::shutdown(int timeoutMs)
{
    m_intervalTimer.stop();
    m_retryTimer.stop();
    if (!waitForResolve(timeoutMs))
        return false;
    if (!isRunning())
        return true;
    cancel();
    if (!m_thread->wait(QDeadlineTimer(timeoutMs)))
        return false;
    // Handle the outcome now rather than through the queued signal, so that
    // the store hears about written records before it is replaced.
    onRunFinished();
    m_intervalTimer.stop();
    m_retryTimer.stop();
    return true;
}

void SyncController::retryWithPassword(const QString &password)
{
    if (!m_store || password.isEmpty())
        return;
    const QString key = Core::CredentialStore::keyFor(m_settings.serverConfig());
    if (auto written = m_vault.write(key, password); !written) {
        // The session still syncs with the typed password.
        qCWarning(lcUi) << "Sync password not stored in the keychain:" << written.error().text();
    }
    m_sessionPassword = password;
    syncNow(true);
}

void SyncController::trustCertificateAndRetry()
{
    const QString fingerprint = m_status.failure.certificateFingerprint;
    if (fingerprint.isEmpty() || m_status.host.isEmpty())
        return;
    qCInfo(lcUi) << "Trusting the certificate of" << m_status.host << m_status.port;
    m_trust->trust(m_status.host, m_status.port, fingerprint);
    syncNow(true);
}

void SyncController::refreshCounts()
{
    m_status.openConflicts = 0;
    m_status.recordErrors = 0;
    m_status.unreadableDocuments = 0;
    if (m_store) {
        Core::SyncStore syncStore(m_store->database());
        auto conflicts = syncStore.conflicts();
        if (conflicts)
            m_status.openConflicts = int(conflicts->size());
        else
            qCWarning(lcUi) << "Sync conflicts not read:" << conflicts.error().text();
        auto errors = syncStore.recordErrors();
        if (errors) {
            for (const Core::SyncRecordError &error : std::as_const(*errors)) {
                if (error.code == QLatin1String(Core::SyncStore::UnreadableCode))
                    ++m_status.unreadableDocuments;
                else
                    ++m_status.recordErrors;
            }
        } else
            qCWarning(lcUi) << "Rejected records not read:" << errors.error().text();
    }
    emit statusChanged();
}

void SyncController::setState(SyncStatus::State state)
{
    m_status.state = state;
    emit statusChanged();
}

} // namespace CoopAtlas::Ui
