// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncrun.h"

#include <core/storage/database.h>
#include <core/storage/syncstore.h>
#include <core/sync/credentialstore.h>
#include <ui/logging.h>

#include <QCoreApplication>

namespace CoopAtlas::Ui {

namespace {

class SyncRunText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Ui::SyncController)
};

/// Fills `password` from the input or the vault. On failure, fills the outcome and returns false.
bool readPassword(const SyncRunInput &input, QString &password, SyncRunOutcome &outcome)
{
    if (!input.password.isEmpty()) {
        password = input.password;
        return true;
    }
    bool notFound = false;
    auto stored = input.vault.read(Core::CredentialStore::keyFor(input.config), &notFound);
    if (stored) {
        password = *stored;
        return true;
    }
    outcome.passwordNeeded = true;
    outcome.failure.kind = Core::SyncFailureKind::Unauthorized;
    if (notFound) {
        outcome.error
            = SyncRunText::tr("No password is stored for %1 on this computer. Enter it to sync.")
                  .arg(input.config.user);
    } else {
        outcome.error
            = SyncRunText::tr("The password could not be read from the system keychain: %1 "
                              "Unlock the keychain, or enter the password again.")
                  .arg(stored.error().text());
        qCWarning(lcUi) << "Sync password not read:" << stored.error().text();
    }
    return false;
}

void fillFailure(SyncRunOutcome &outcome,
                 const Core::Error &error,
                 const Core::CouchClient &client,
                 const SyncRunInput &input)
{
    // The context of client errors is the request URL, which the message already names.
    outcome.error = error.message;
    outcome.failure = client.lastFailure();
    outcome.passwordNeeded = outcome.failure.kind == Core::SyncFailureKind::Unauthorized;
    outcome.cancelled = outcome.failure.kind == Core::SyncFailureKind::Cancelled
                        || (input.cancel && input.cancel->load());
}

} // namespace

SyncRunOutcome runSync(const SyncRunInput &input)
{
    SyncRunOutcome outcome;
    QString password;
    if (!readPassword(input, password, outcome))
        return outcome;
    auto db = Core::Database::open(input.storePath);
    if (!db) {
        outcome.error = db.error().text();
        qCWarning(lcUi) << "Sync could not open the store:" << outcome.error;
        return outcome;
    }
    // Like `coopatlas-cli sync`, records merged by the engine name the server account.
    (*db)->setAuthor(input.config.user);
    Core::CouchClient client(input.config, password, input.trust.get());
    client.setCancelFlag(input.cancel.get());
    Core::SyncEngine engine(**db, client);
    engine.setCancelFlag(input.cancel.get());
    engine.setProgressCallback(input.progress);
    engine.setChangesCallback([&outcome] { outcome.changed = true; });
    auto summary = engine.run();
    if (!summary) {
        fillFailure(outcome, summary.error(), client, input);
        return outcome;
    }
    outcome.ok = true;
    outcome.summary = *summary;
    return outcome;
}

SyncRunOutcome
resolveConflictRun(const SyncRunInput &input, const QString &recordId, const QJsonObject &chosen)
{
    SyncRunOutcome outcome;
    auto db = Core::Database::open(input.storePath);
    if (!db) {
        outcome.error = db.error().text();
        qCWarning(lcUi) << "Conflict resolution could not open the store:" << outcome.error;
        return outcome;
    }
    (*db)->setAuthor(input.author);
    Core::SyncStore store(**db);
    auto readsFile = Core::SyncEngine::resolutionReadsFile(store, recordId, chosen);
    if (!readsFile) {
        outcome.error = readsFile.error().text();
        return outcome;
    }
    QString password;
    if (*readsFile) {
        const Core::ServerConfig &config = input.config;
        if (config.url.isEmpty() || config.database.isEmpty() || config.user.isEmpty()) {
            outcome.error = SyncRunText::tr(
                "The file of the chosen version is stored on the server, and no server is set "
                "for this file, so the conflict stays open. Set the server in the sync "
                "settings, or keep this computer's file.");
            return outcome;
        }
        if (!readPassword(input, password, outcome))
            return outcome;
    }
    Core::CouchClient client(input.config, password, input.trust.get());
    client.setCancelFlag(input.cancel.get());
    Core::SyncEngine engine(**db, client);
    engine.setCancelFlag(input.cancel.get());
    if (auto resolved = engine.resolveConflict(recordId, chosen); !resolved) {
        outcome.error = resolved.error().message;
        outcome.failure = client.lastFailure();
        outcome.cancelled = input.cancel && input.cancel->load();
        return outcome;
    }
    outcome.ok = true;
    outcome.changed = true;
    return outcome;
}

SyncRunOutcome testConnection(const SyncRunInput &input)
{
    SyncRunOutcome outcome;
    QString password;
    if (!readPassword(input, password, outcome))
        return outcome;
    Core::ServerConfig config = input.config;
    config.maxAttempts = 1;
    Core::CouchClient client(config, password, input.trust.get());
    client.setCancelFlag(input.cancel.get());
    auto session = client.connect();
    if (!session) {
        fillFailure(outcome, session.error(), client, input);
        return outcome;
    }
    outcome.ok = true;
    outcome.session = *session;
    return outcome;
}

} // namespace CoopAtlas::Ui
