// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace CoopAtlas::Core {

/// Server certificates that the user trusted explicitly, by host, port and SHA-256
/// fingerprint. Used for self-signed certificates and private CAs that the system
/// does not know. Fingerprints are not secrets, so they are stored in QSettings
/// (group "trusted-certificates"). All functions are thread-safe.
class TlsTrust
{
public:
    enum class Storage {
        Settings, ///< the application's QSettings, kept across runs
        Memory,   ///< this object only, for tests
    };

    explicit TlsTrust(Storage storage = Storage::Settings);

    /// Returns true when the user trusted this fingerprint (hex, any case) for host:port.
    [[nodiscard]] bool
    isTrusted(const QString &host, int port, const QString &fingerprintSha256Hex) const;
    /// Stores the fingerprint for host:port, replacing the one trusted before.
    void trust(const QString &host, int port, const QString &fingerprintSha256Hex);
    void forget(const QString &host, int port);

private:
    [[nodiscard]] static QString keyFor(const QString &host, int port);

    Storage m_storage;
    mutable QMutex m_mutex;
    QHash<QString, QString> m_memory;
};

} // namespace CoopAtlas::Core
