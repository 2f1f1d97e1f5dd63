// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>
#include <core/sync/serverconfig.h>

#include <QString>

#include <functional>

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

/// Metadata keys of a store file's sync settings. The first four are the keys
/// that `coopatlas-cli sync` reads and writes. None of them is a secret.
namespace SyncMetadataKey {
inline const QString ServerUrl = QStringLiteral("sync_server_url");
inline const QString ServerDatabase = QStringLiteral("sync_server_database");
inline const QString User = QStringLiteral("sync_user");
inline const QString CaFile = QStringLiteral("sync_ca_file");
/// "1" to sync when the file is opened, "0" or unset not to.
inline const QString SyncAtStart = QStringLiteral("sync_at_start");
/// Minutes between automatic syncs as a decimal number; "0" or unset turns them off.
inline const QString IntervalMinutes = QStringLiteral("sync_interval_minutes");
} // namespace SyncMetadataKey

/// The sync settings of one store file.
struct SyncSettings
{
    static constexpr int MaxIntervalMinutes = 24 * 60;

    QString serverUrl;
    QString database;
    QString user;
    QString caFile;
    bool syncAtStart = false;
    int intervalMinutes = 0; ///< 0 turns automatic syncs off

    /// True when the server, its database and the user are all set.
    [[nodiscard]] bool isComplete() const;
    [[nodiscard]] Core::ServerConfig serverConfig() const;

    /// Reads the settings from the metadata of `store`.
    [[nodiscard]] static Core::Result<SyncSettings> load(const Core::Store &store);
    /// Writes every value to the metadata of `store` in one transaction.
    [[nodiscard]] Core::Result<void> save(Core::Store &store) const;

    friend bool operator==(const SyncSettings &, const SyncSettings &) = default;
};

/// Access to the passwords of server accounts. system() uses the operating
/// system's keychain through Core::CredentialStore. Every function may block
/// and is called from worker threads as well as from the GUI thread, so each
/// one must be thread-safe. Tests give functions that keep passwords in memory.
struct PasswordVault
{
    std::function<Core::Result<QString>(const QString &key, bool *notFound)> read;
    std::function<Core::Result<void>(const QString &key, const QString &password)> write;
    std::function<Core::Result<void>(const QString &key)> remove;

    [[nodiscard]] static PasswordVault system();
};

} // namespace CoopAtlas::Ui
