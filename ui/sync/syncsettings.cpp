// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncsettings.h"

#include <core/storage/database.h>
#include <core/storage/store.h>
#include <core/sync/credentialstore.h>

#include <QUrl>

namespace CoopAtlas::Ui {

bool SyncSettings::isComplete() const
{
    return QUrl(serverUrl).isValid() && !serverUrl.isEmpty() && !database.isEmpty()
           && !user.isEmpty();
}

Core::ServerConfig SyncSettings::serverConfig() const
{
    Core::ServerConfig config;
    config.url = QUrl(serverUrl);
    config.database = database;
    config.user = user;
    config.caFile = caFile;
    return config;
}

Core::Result<SyncSettings> SyncSettings::load(const Core::Store &store)
{
    SyncSettings settings;
    const QList<QPair<QString, QString *>> texts{
        {SyncMetadataKey::ServerUrl, &settings.serverUrl},
        {SyncMetadataKey::ServerDatabase, &settings.database},
        {SyncMetadataKey::User, &settings.user},
        {SyncMetadataKey::CaFile, &settings.caFile},
    };
    for (const auto &[key, target] : texts) {
        auto value = store.metadata(key);
        if (!value)
            return value.error();
        *target = *value;
    }
    auto atStart = store.metadata(SyncMetadataKey::SyncAtStart);
    if (!atStart)
        return atStart.error();
    settings.syncAtStart = *atStart == QLatin1String("1");
    auto interval = store.metadata(SyncMetadataKey::IntervalMinutes);
    if (!interval)
        return interval.error();
    settings.intervalMinutes = qBound(0, interval->toInt(), MaxIntervalMinutes);
    return settings;
}

Core::Result<void> SyncSettings::save(Core::Store &store) const
{
    Core::Transaction transaction(store.database());
    if (!transaction.isActive())
        return transaction.beginError();
    const QList<QPair<QString, QString>> values{
        {SyncMetadataKey::ServerUrl, serverUrl.trimmed()},
        {SyncMetadataKey::ServerDatabase, database.trimmed()},
        {SyncMetadataKey::User, user.trimmed()},
        {SyncMetadataKey::CaFile, caFile.trimmed()},
        {SyncMetadataKey::SyncAtStart, syncAtStart ? QStringLiteral("1") : QStringLiteral("0")},
        {SyncMetadataKey::IntervalMinutes, QString::number(intervalMinutes)},
    };
    for (const auto &[key, value] : values) {
        if (auto saved = store.setMetadata(key, value); !saved)
            return saved;
    }
    return transaction.commit();
}

PasswordVault PasswordVault::system()
{
    return PasswordVault{
        [](const QString &key, bool *notFound) {
            return Core::CredentialStore::readPassword(key, notFound);
        },
        [](const QString &key, const QString &password) {
            return Core::CredentialStore::writePassword(key, password);
        },
        [](const QString &key) { return Core::CredentialStore::deletePassword(key); },
    };
}

} // namespace CoopAtlas::Ui
