// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>
#include <core/sync/serverconfig.h>

#include <QString>

namespace CoopAtlas::Core {

/// Blocking access to the passwords kept in the operating system's secret store
/// (QtKeychain, service "CoopAtlas"). Each call runs a local event loop, so it may be
/// called from any thread that is allowed to block, for at most TimeoutMs.
class CredentialStore
{
public:
    static constexpr int TimeoutMs = 120000; // room for an unlock prompt of the keyring

    /// Returns the key "<user>@<host>:<port>/<database>" of a server account.
    [[nodiscard]] static QString keyFor(const ServerConfig &config);

    /// Reads a password. When no password is stored under the key, it returns an Error
    /// and sets *notFound (when given) to true.
    static Result<QString> readPassword(const QString &key, bool *notFound = nullptr);
    static Result<void> writePassword(const QString &key, const QString &password);
    /// Deletes a password; deleting a key that has none is a success.
    static Result<void> deletePassword(const QString &key);
};

} // namespace CoopAtlas::Core
