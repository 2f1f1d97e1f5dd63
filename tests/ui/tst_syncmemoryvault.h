// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ui/sync/syncsettings.h>

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

#include <memory>

/// Passwords kept in memory in place of the system keychain, which offscreen
/// tests cannot reach, with a count of each kind of call.
struct SyncMemoryVault
{
    QMutex mutex;
    QHash<QString, QString> passwords;
    int reads = 0;
    int writes = 0;
    int removes = 0;

    /// A PasswordVault that uses `vault`; the vault must outlive its users.
    static CoopAtlas::Ui::PasswordVault use(const std::shared_ptr<SyncMemoryVault> &vault)
    {
        using CoopAtlas::Core::Error;
        using CoopAtlas::Core::Result;
        return CoopAtlas::Ui::PasswordVault{
            [vault](const QString &key, bool *notFound) -> Result<QString> {
                const QMutexLocker locker(&vault->mutex);
                ++vault->reads;
                if (!vault->passwords.contains(key)) {
                    if (notFound)
                        *notFound = true;
                    return Error{QStringLiteral("No password is stored."), key};
                }
                return vault->passwords.value(key);
            },
            [vault](const QString &key, const QString &password) -> Result<void> {
                const QMutexLocker locker(&vault->mutex);
                ++vault->writes;
                vault->passwords.insert(key, password);
                return {};
            },
            [vault](const QString &key) -> Result<void> {
                const QMutexLocker locker(&vault->mutex);
                ++vault->removes;
                vault->passwords.remove(key);
                return {};
            },
        };
    }
};
