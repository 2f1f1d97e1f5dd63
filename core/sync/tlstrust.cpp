// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlstrust.h"

#include <core/logging.h>

#include <QMutexLocker>
#include <QSettings>

namespace CoopAtlas::Core {

namespace {

const QString SettingsGroup = QStringLiteral("trusted-certificates");

QString normalisedFingerprint(const QString &fingerprint)
{
    QString hex = fingerprint.toLower();
    hex.remove(u':');
    return hex.trimmed();
}

} // namespace

TlsTrust::TlsTrust(Storage storage)
    : m_storage(storage)
{}

QString TlsTrust::keyFor(const QString &host, int port)
{
    // QSettings keys may not contain '/' or '\\'; host names and IP addresses have neither.
    return host.toLower() + u'!' + QString::number(port);
}

bool TlsTrust::isTrusted(const QString &host, int port, const QString &fingerprintSha256Hex) const
{
    const QString expected = normalisedFingerprint(fingerprintSha256Hex);
    if (expected.isEmpty())
        return false;
    QMutexLocker locker(&m_mutex);
    if (m_storage == Storage::Memory)
        return m_memory.value(keyFor(host, port)) == expected;
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    return settings.value(keyFor(host, port)).toString() == expected;
}

void TlsTrust::trust(const QString &host, int port, const QString &fingerprintSha256Hex)
{
    const QString fingerprint = normalisedFingerprint(fingerprintSha256Hex);
    QMutexLocker locker(&m_mutex);
    qCInfo(lcSync).noquote() << "Trusting the certificate" << fingerprint << "for" << host << "port"
                             << port;
    if (m_storage == Storage::Memory) {
        m_memory.insert(keyFor(host, port), fingerprint);
        return;
    }
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    settings.setValue(keyFor(host, port), fingerprint);
}

void TlsTrust::forget(const QString &host, int port)
{
    QMutexLocker locker(&m_mutex);
    qCInfo(lcSync).noquote() << "Forgetting the trusted certificate of" << host << "port" << port;
    if (m_storage == Storage::Memory) {
        m_memory.remove(keyFor(host, port));
        return;
    }
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    settings.remove(keyFor(host, port));
}

} // namespace CoopAtlas::Core
