// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/sync/couchclient.h>
#include <core/sync/syncengine.h>
#include <ui/sync/syncsettings.h>

#include <atomic>
#include <functional>
#include <memory>

namespace CoopAtlas::Core {
class TlsTrust;
}

namespace CoopAtlas::Ui {

/// Everything a sync run on a worker thread needs; copied to the thread.
struct SyncRunInput
{
    QString storePath;
    Core::ServerConfig config;
    /// Password typed in this session; when empty, the vault is read.
    QString password;
    PasswordVault vault;
    std::shared_ptr<Core::TlsTrust> trust;
    std::shared_ptr<std::atomic_bool> cancel;
    /// Author of the record that a conflict resolution writes. A sync run uses config.user.
    QString author;
    /// Called on the worker thread; must forward to the GUI thread itself.
    Core::SyncEngine::ProgressCallback progress;
};

/// Outcome of one run or connection test.
struct SyncRunOutcome
{
    bool ok = false;
    bool cancelled = false;
    /// True when the server rejected the password or the vault has none.
    bool passwordNeeded = false;
    /// True when the run wrote records to the file.
    bool changed = false;
    Core::SyncSummary summary;
    Core::ServerSession session;
    QString error;
    Core::SyncFailure failure;
};

/// Runs one sync of the file at input.storePath on the calling thread, with a
/// Database connection, a CouchClient and a SyncEngine of its own. Blocks.
[[nodiscard]] SyncRunOutcome runSync(const SyncRunInput &input);

/// Resolves the open conflict of `recordId` with `chosen` through
/// SyncEngine::resolveConflict() on the calling thread, with a Database
/// connection and a CouchClient of its own. Reads the password and contacts the
/// server only when the chosen version names a file that the file lacks.
/// Blocks until that file is read.
[[nodiscard]] SyncRunOutcome
resolveConflictRun(const SyncRunInput &input, const QString &recordId, const QJsonObject &chosen);

/// Connects to the server of input.config and checks the account and the
/// database without syncing (CouchClient::connect()). Blocks.
[[nodiscard]] SyncRunOutcome testConnection(const SyncRunInput &input);

} // namespace CoopAtlas::Ui
