// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace CoopAtlas::Core {

/// Address, account and limits of one database on a CouchDB server.
struct ServerConfig
{
    /// Base URL of the server without a database, e.g. https://127.0.0.1:8443.
    QUrl url;
    QString database;
    QString user;
    /// Optional PEM file with CA certificates trusted in addition to the system ones.
    QString caFile;
    /// Upper bound of every single request in milliseconds, whatever the server does.
    int timeoutMs = 30000;
    /// Attempts per request for 5xx replies, timeouts and dropped connections.
    int maxAttempts = 5;
    /// `limit` of one `_changes` page.
    int pageSize = 1000;
    /// Documents per `_bulk_docs` request.
    int batchSize = 500;
};

} // namespace CoopAtlas::Core
