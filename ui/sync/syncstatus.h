// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/sync/syncengine.h>
#include <core/sync/syncfailure.h>

#include <QDateTime>
#include <QString>

namespace CoopAtlas::Ui {

/// State of the sync of the open store file, as the status bar shows it.
struct SyncStatus
{
    enum class State {
        NotConfigured, ///< server, database or user not set for this file
        Idle,          ///< configured, no sync run yet
        Running,
        UpToDate,  ///< the last run finished
        Offline,   ///< the server could not be reached; a retry is scheduled
        Failed,    ///< the last run failed for another reason
        Cancelled, ///< the user stopped the last run
    };

    State state = State::NotConfigured;
    Core::SyncPhase phase = Core::SyncPhase::Connecting;
    qint64 done = 0;
    qint64 total = 0;
    QDateTime lastSuccess;
    /// Translated error of the last failed run.
    QString error;
    Core::SyncFailure failure;
    /// True when the server rejected the password or none is stored.
    bool passwordNeeded = false;
    QString host;
    int port = 0;
    /// Time of the next automatic retry after Offline; invalid when none is planned.
    QDateTime nextRetry;
    /// Non-empty when the server clock differs from the local one by over 5 minutes.
    QString clockWarning;
    int openConflicts = 0;
    /// Records that the server rejected, which are not sent until changed or retried.
    int recordErrors = 0;
    /// Documents received from the server that this file could not read or store.
    int unreadableDocuments = 0;
};

} // namespace CoopAtlas::Ui
