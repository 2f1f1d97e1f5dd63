// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/storage/store.h>
#include <core/storage/syncstore.h>
#include <core/sync/serverconfig.h>
#include <core/sync/syncengine.h>

#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>

#include <memory>
#include <testserver.h>

/// One desktop in a sync test: its own store file, edited through a Store the
/// way the GUI does, and synced through a SyncEngine on a second connection.
class SyncTestDesktop
{
public:
    SyncTestDesktop(const CoopAtlas::TestSupport::TestDatabase &database,
                    const QString &userLabel,
                    bool viaProxy = false);

    [[nodiscard]] bool isValid() const { return m_store != nullptr; }
    [[nodiscard]] CoopAtlas::Core::Store &store() { return *m_store; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] CoopAtlas::Core::ServerConfig config() const { return m_config; }
    [[nodiscard]] QString password() const { return m_password; }
    void setServerUrl(const QUrl &url) { m_config.url = url; }
    void setTimeoutMs(int timeoutMs) { m_config.timeoutMs = timeoutMs; }
    void setBatchSize(int batchSize) { m_config.batchSize = batchSize; }
    void setPageSize(int pageSize) { m_config.pageSize = pageSize; }
    void setMaxAttempts(int attempts) { m_config.maxAttempts = attempts; }
    void setPassword(const QString &password) { m_password = password; }

    /// Runs one sync on a connection of its own, as the GUI's worker does.
    CoopAtlas::Core::Result<CoopAtlas::Core::SyncSummary> sync();

    /// Resolves a conflict through SyncEngine::resolveConflict(), on a
    /// connection and a client of its own, as sync() runs.
    CoopAtlas::Core::Result<void> resolveConflict(const QString &recordId,
                                                  const QJsonObject &chosen);

    /// Every record of every kind as its document without `_rev`, by document id.
    [[nodiscard]] QMap<QString, QJsonObject> documents() const;
    [[nodiscard]] QList<CoopAtlas::Core::SyncConflict> conflicts() const;
    [[nodiscard]] QList<CoopAtlas::Core::SyncRecordError> recordErrors() const;
    /// Number of rows of a record table, tombstones included.
    [[nodiscard]] qint64 rowCount(const QString &table) const;

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_password;
    CoopAtlas::Core::ServerConfig m_config;
    std::unique_ptr<CoopAtlas::Core::Store> m_store;
};

/// A new organisation with the given name, inserted through the store; its id.
QString addOrganisation(CoopAtlas::Core::Store &store, const QString &name);
