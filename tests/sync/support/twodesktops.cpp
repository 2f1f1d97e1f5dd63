// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "twodesktops.h"

#include <core/domain/activities.h>
#include <core/storage/syncstore.h>

#include <QCryptographicHash>
#include <QJsonDocument>

namespace CoopAtlas::TestSupport {

using namespace Core;

namespace {

/// The error of a failed step of a set-up, naming the step.
Error stepFailed(const QString &step, const Result<SyncSummary> &synced)
{
    return Error{step + QStringLiteral(" failed: ") + synced.error().text(), {}};
}

} // namespace

Result<std::unique_ptr<TwoDesktops>> TwoDesktops::create(const QString &label)
{
    auto env = serverEnvFromEnvironment();
    if (!env) {
        return env.error();
    }
    const QStringList editor{QStringLiteral("editor")};
    auto database = TestDatabase::create(
        *env, label, {{QStringLiteral("alice"), editor}, {QStringLiteral("bob"), editor}});
    if (!database) {
        return database.error();
    }
    std::unique_ptr<TwoDesktops> desktops(new TwoDesktops);
    desktops->m_database = std::move(database).value();
    desktops->m_alice
        = std::make_unique<SyncTestDesktop>(*desktops->m_database, QStringLiteral("alice"));
    desktops->m_bob
        = std::make_unique<SyncTestDesktop>(*desktops->m_database, QStringLiteral("bob"));
    if (!desktops->m_alice->isValid() || !desktops->m_bob->isValid()) {
        return Error{QStringLiteral("The store file of a desktop could not be opened"),
                     desktops->m_alice->path()};
    }
    desktops->m_aliceActivities = std::make_unique<ActivityStore>(desktops->m_alice->store());
    desktops->m_bobActivities = std::make_unique<ActivityStore>(desktops->m_bob->store());
    return desktops;
}

QString TwoDesktops::password(const QString &userLabel) const
{
    return m_database->user(userLabel).password;
}

void TwoDesktops::routeThroughProxy(SyncTestDesktop &desktop) const
{
    desktop.setServerUrl(env().proxyUrl);
}

QJsonObject TwoDesktops::serverDocument(const QString &pathAndQuery) const
{
    const HttpReply reply = m_database->request(
        "GET", QLatin1Char('/') + pathAndQuery, m_database->adminCredentials());
    return reply.json().object();
}

HttpReply TwoDesktops::putWithoutAttachment(const SyncTestDesktop &desktop,
                                            const QString &resourceId)
{
    // The local document has no `_attachments`: the push adds them.
    const QJsonObject document = localDocument(desktop, RecordKind::Resource, resourceId);
    return m_database->request("PUT",
                               QStringLiteral("/resource:") + resourceId,
                               m_database->adminCredentials(),
                               QJsonDocument(document).toJson(QJsonDocument::Compact));
}

Result<QString> TwoDesktops::makeFileConflict(const QByteArray &aliceFile,
                                              const QByteArray &bobFile)
{
    const QString id = addResource(*m_aliceActivities, QStringLiteral("Budget type"));
    if (id.isEmpty()) {
        return Error{QStringLiteral("Inserting the resource failed"), {}};
    }
    if (auto synced = m_alice->sync(); !synced) {
        return stepFailed(QStringLiteral("alice's first sync"), synced);
    }
    if (auto synced = m_bob->sync(); !synced) {
        return stepFailed(QStringLiteral("bob's first sync"), synced);
    }
    const QString type = QStringLiteral("application/octet-stream");
    if (auto attached = m_aliceActivities->attachResourceFile(
            id, QStringLiteral("budget-alice.ods"), type, aliceFile);
        !attached) {
        return attached.error();
    }
    if (auto attached
        = m_bobActivities->attachResourceFile(id, QStringLiteral("budget-bob.ods"), type, bobFile);
        !attached) {
        return attached.error();
    }
    if (auto synced = m_alice->sync(); !synced) {
        return stepFailed(QStringLiteral("alice's sync of her file"), synced);
    }
    if (auto synced = m_bob->sync(); !synced) {
        return stepFailed(QStringLiteral("bob's sync of his file"), synced);
    }
    return id;
}

QByteArray patternBytes(qsizetype size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    quint32 state = seed;
    for (qsizetype i = 0; i < size; ++i) {
        state = state * 1664525U + 1013904223U;
        data[i] = static_cast<char>(state >> 24);
    }
    return data;
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString addResource(ActivityStore &activities, const QString &title)
{
    Resource resource;
    resource.title = title;
    resource.kind = QStringLiteral("guide");
    auto id = activities.insertResource(resource);
    return id ? *id : QString();
}

QJsonObject localDocument(const SyncTestDesktop &desktop, RecordKind kind, const QString &id)
{
    auto db = Database::open(desktop.path());
    if (!db) {
        return {};
    }
    SyncStore store(**db);
    auto local = store.localDocument(kind, id);
    if (!local || !local->has_value()) {
        return {};
    }
    QJsonObject document = (*local)->document;
    document.remove(QStringLiteral("_rev"));
    return document;
}

} // namespace CoopAtlas::TestSupport
