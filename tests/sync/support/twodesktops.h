// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../tst_syncengine_desktop.h"

#include <core/result.h>
#include <core/storage/activitystore.h>

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <testserver.h>

namespace CoopAtlas::TestSupport {

/// Two desktops of the editors "alice" and "bob" on a test database of their
/// own, as the sync tests of two people editing the same records set them up.
/// Both desktops reach the server through nginx until routeThroughProxy().
class TwoDesktops
{
public:
    /// Creates a database "<label>-<random>" with the editors alice and bob on
    /// the test server that COOPATLAS_TEST_SERVER_ENV names, and a desktop for
    /// each with an empty store file of its own.
    static Core::Result<std::unique_ptr<TwoDesktops>> create(const QString &label);

    TwoDesktops(const TwoDesktops &) = delete;
    TwoDesktops &operator=(const TwoDesktops &) = delete;

    [[nodiscard]] const TestServerEnv &env() const { return m_database->env(); }
    [[nodiscard]] TestDatabase &database() { return *m_database; }
    [[nodiscard]] const TestDatabase &database() const { return *m_database; }
    [[nodiscard]] SyncTestDesktop &alice() { return *m_alice; }
    [[nodiscard]] SyncTestDesktop &bob() { return *m_bob; }
    [[nodiscard]] Core::ActivityStore &aliceActivities() { return *m_aliceActivities; }
    [[nodiscard]] Core::ActivityStore &bobActivities() { return *m_bobActivities; }
    /// The password of the user "alice" or "bob".
    [[nodiscard]] QString password(const QString &userLabel) const;

    /// Sends the later syncs of `desktop` through the fault proxy.
    void routeThroughProxy(SyncTestDesktop &desktop) const;

    /// The server's document at `pathAndQuery` ("resource:ID?conflicts=true"),
    /// read as the server admin; an empty object when the request fails.
    [[nodiscard]] QJsonObject serverDocument(const QString &pathAndQuery) const;

    /// Writes the sync document of the resource `resourceId` in the file of
    /// `desktop` to the server as the admin, without its attachment, as a
    /// client that does not send files writes it.
    HttpReply putWithoutAttachment(const SyncTestDesktop &desktop, const QString &resourceId);

    /// Makes a conflict on the file of a new resource: alice creates the
    /// resource and both desktops sync. Then alice attaches `aliceFile` as
    /// "budget-alice.ods", bob attaches `bobFile` as "budget-bob.ods", and
    /// alice syncs before bob. Returns the resource id.
    Core::Result<QString> makeFileConflict(const QByteArray &aliceFile, const QByteArray &bobFile);

private:
    TwoDesktops() = default;

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<SyncTestDesktop> m_alice;
    std::unique_ptr<SyncTestDesktop> m_bob;
    std::unique_ptr<Core::ActivityStore> m_aliceActivities;
    std::unique_ptr<Core::ActivityStore> m_bobActivities;
};

/// `size` bytes from a linear congruential generator started at `seed`. They
/// do not compress, so the server stores and sends them all.
QByteArray patternBytes(qsizetype size, quint32 seed);

/// SHA-256 of `data` in lowercase hex, as the sync documents name files.
QString sha256Hex(const QByteArray &data);

/// Inserts a resource of kind "guide" with `title`; its id, or an empty string on failure.
QString addResource(Core::ActivityStore &activities, const QString &title);

/// The sync document of a record in the file of `desktop`, without `_rev`;
/// an empty object when the file lacks the record.
QJsonObject localDocument(const SyncTestDesktop &desktop, Core::RecordKind kind, const QString &id);

} // namespace CoopAtlas::TestSupport
