// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include <core/logging.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace CoopAtlas::Core {

namespace {

const QString ServiceName = QStringLiteral("CoopAtlas");

class CredentialStoreText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::CredentialStore)
};

// Runs a job to its end or to the timeout. Returns false on timeout; the job then
// deletes itself whenever it finishes.
bool runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(CredentialStore::TimeoutMs);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
    if (timeout.isActive())
        return true;
    job.setAutoDelete(true);
    return false;
}

Error jobError(const QString &action, const QString &key, const QKeychain::Job *job)
{
    Error error;
    error.context = key;
    if (job == nullptr) {
        error.message = CredentialStoreText::tr(
                            "%1 failed: the secret store did not respond within %2 seconds. "
                            "Unlock the keyring of your desktop session if it asks for it, then "
                            "try again.")
                            .arg(action)
                            .arg(CredentialStore::TimeoutMs / 1000);
    } else if (job->error() == QKeychain::NoBackendAvailable
               || job->error() == QKeychain::OtherError) {
        // QtKeychain 0.13 reports a missing Secret Service (no D-Bus provider of
        // org.freedesktop.secrets) as OtherError.
        error.message = CredentialStoreText::tr(
                            "%1 failed: the secret store of the desktop cannot be reached (%2). "
                            "Install and start a Secret Service provider, such as GNOME Keyring "
                            "(Debian package gnome-keyring) or KWallet, then log in again.")
                            .arg(action, job->errorString());
    } else if (job->error() == QKeychain::AccessDeniedByUser
               || job->error() == QKeychain::AccessDenied) {
        error.message = CredentialStoreText::tr(
                            "%1 failed: the secret store denied access (%2). Allow CoopAtlas "
                            "to use the keyring when it asks, then try again.")
                            .arg(action, job->errorString());
    } else {
        error.message = CredentialStoreText::tr(
                            "%1 failed: %2. Check that the keyring of your desktop session is "
                            "unlocked, then try again.")
                            .arg(action, job->errorString());
    }
    qCWarning(lcSync).noquote() << "Secret store:" << error.message;
    return error;
}

} // namespace

QString CredentialStore::keyFor(const ServerConfig &config)
{
    return config.user + u'@' + config.url.host() + u':' + QString::number(config.url.port(443))
           + u'/' + config.database;
}

Result<QString> CredentialStore::readPassword(const QString &key, bool *notFound)
{
    if (notFound != nullptr)
        *notFound = false;
    const QString action = CredentialStoreText::tr("Reading the password of %1").arg(key);
    auto *job = new QKeychain::ReadPasswordJob(ServiceName);
    job->setKey(key);
    if (!runJob(*job))
        return jobError(action, key, nullptr);
    const std::unique_ptr<QKeychain::ReadPasswordJob> finished(job);
    if (job->error() == QKeychain::EntryNotFound) {
        if (notFound != nullptr)
            *notFound = true;
        return Error{
            CredentialStoreText::tr("No password is stored for %1. Enter the password.").arg(key),
            key};
    }
    if (job->error() != QKeychain::NoError)
        return jobError(action, key, job);
    return job->textData();
}

Result<void> CredentialStore::writePassword(const QString &key, const QString &password)
{
    const QString action = CredentialStoreText::tr("Storing the password of %1").arg(key);
    auto *job = new QKeychain::WritePasswordJob(ServiceName);
    job->setKey(key);
    job->setTextData(password);
    if (!runJob(*job))
        return jobError(action, key, nullptr);
    const std::unique_ptr<QKeychain::WritePasswordJob> finished(job);
    if (job->error() != QKeychain::NoError)
        return jobError(action, key, job);
    qCInfo(lcSync).noquote() << "Stored the password of" << key << "in the secret store";
    return {};
}

Result<void> CredentialStore::deletePassword(const QString &key)
{
    const QString action = CredentialStoreText::tr("Deleting the password of %1").arg(key);
    auto *job = new QKeychain::DeletePasswordJob(ServiceName);
    job->setKey(key);
    if (!runJob(*job))
        return jobError(action, key, nullptr);
    const std::unique_ptr<QKeychain::DeletePasswordJob> finished(job);
    if (job->error() == QKeychain::EntryNotFound)
        return {};
    if (job->error() != QKeychain::NoError)
        return jobError(action, key, job);
    qCInfo(lcSync).noquote() << "Deleted the password of" << key << "from the secret store";
    return {};
}

} // namespace CoopAtlas::Core
