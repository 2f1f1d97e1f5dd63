// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// CredentialStore against a real Secret Service. CTest runs the keyring checks through
// tst_credentials.sh (a throwaway GNOME Keyring on a private D-Bus session bus) and
// missingSecretServiceIsExplained with a D-Bus address where nothing listens.
#include <core/sync/credentialstore.h>

#include <QTest>
#include <QUuid>

using namespace CoopAtlas::Core;

namespace {

bool withoutSecretService()
{
    return qEnvironmentVariableIntValue("COOPATLAS_TEST_NO_SECRET_SERVICE") == 1;
}

QString uniqueKey()
{
    ServerConfig config;
    config.url = QUrl(QStringLiteral("https://127.0.0.1:6984"));
    config.user = QStringLiteral("alice-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    config.database = QStringLiteral("coopatlas");
    return CredentialStore::keyFor(config);
}

} // namespace

class tst_Credentials : public QObject
{
    Q_OBJECT

private slots:
    void keyNamesUserServerAndDatabase();
    void keyUsesDefaultHttpsPort();
    void writeReadAndDelete();
    void writeReplacesPassword();
    void readMissingPasswordFails();
    void deleteMissingPasswordSucceeds();
    void missingSecretServiceIsExplained();
};

void tst_Credentials::keyNamesUserServerAndDatabase()
{
    ServerConfig config;
    config.url = QUrl(QStringLiteral("https://couch.example.org:6984"));
    config.user = QStringLiteral("alice");
    config.database = QStringLiteral("coopatlas");

    QCOMPARE(CredentialStore::keyFor(config),
             QStringLiteral("alice@couch.example.org:6984/coopatlas"));
}

void tst_Credentials::keyUsesDefaultHttpsPort()
{
    ServerConfig config;
    config.url = QUrl(QStringLiteral("https://couch.example.org"));
    config.user = QStringLiteral("alice");
    config.database = QStringLiteral("coopatlas");

    QCOMPARE(CredentialStore::keyFor(config),
             QStringLiteral("alice@couch.example.org:443/coopatlas"));
}

void tst_Credentials::writeReadAndDelete()
{
    if (withoutSecretService())
        QSKIP("runs only with a Secret Service");
    const QString key = uniqueKey();
    const QString password = QStringLiteral("pässwörd with spaces & symbols €");

    const Result<void> written = CredentialStore::writePassword(key, password);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().text()));
    bool notFound = true;
    const Result<QString> read = CredentialStore::readPassword(key, &notFound);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().text()));
    QCOMPARE(read.value(), password);
    QCOMPARE(notFound, false);

    const Result<void> deleted = CredentialStore::deletePassword(key);
    QVERIFY2(deleted.ok(), qPrintable(deleted.ok() ? QString() : deleted.error().text()));
    const Result<QString> afterDelete = CredentialStore::readPassword(key, &notFound);
    QVERIFY(!afterDelete.ok());
    QCOMPARE(notFound, true);
}

void tst_Credentials::writeReplacesPassword()
{
    if (withoutSecretService())
        QSKIP("runs only with a Secret Service");
    const QString key = uniqueKey();

    QVERIFY(CredentialStore::writePassword(key, QStringLiteral("first")).ok());
    QVERIFY(CredentialStore::writePassword(key, QStringLiteral("second")).ok());
    const Result<QString> read = CredentialStore::readPassword(key);

    QVERIFY(read.ok());
    QCOMPARE(read.value(), QStringLiteral("second"));
    QVERIFY(CredentialStore::deletePassword(key).ok());
}

void tst_Credentials::readMissingPasswordFails()
{
    if (withoutSecretService())
        QSKIP("runs only with a Secret Service");
    const QString key = uniqueKey();
    bool notFound = false;

    const Result<QString> read = CredentialStore::readPassword(key, &notFound);

    QVERIFY(!read.ok());
    QCOMPARE(notFound, true);
    QCOMPARE(read.error().context, key);
    QVERIFY2(read.error().message.contains(QStringLiteral("No password is stored")),
             qPrintable(read.error().message));
}

void tst_Credentials::deleteMissingPasswordSucceeds()
{
    if (withoutSecretService())
        QSKIP("runs only with a Secret Service");

    const Result<void> deleted = CredentialStore::deletePassword(uniqueKey());

    QVERIFY2(deleted.ok(), qPrintable(deleted.ok() ? QString() : deleted.error().text()));
}

void tst_Credentials::missingSecretServiceIsExplained()
{
    if (!withoutSecretService())
        QSKIP("runs only without a Secret Service (COOPATLAS_TEST_NO_SECRET_SERVICE=1)");
    const QString key = uniqueKey();
    bool notFound = true;

    const Result<QString> read = CredentialStore::readPassword(key, &notFound);
    const Result<void> written = CredentialStore::writePassword(key, QStringLiteral("secret"));

    QVERIFY(!read.ok());
    QCOMPARE(notFound, false);
    QVERIFY2(read.error().message.contains(QStringLiteral("gnome-keyring")),
             qPrintable(read.error().message));
    QVERIFY(!written.ok());
    QVERIFY2(written.error().message.contains(QStringLiteral("Secret Service")),
             qPrintable(written.error().message));
    QVERIFY2(!written.error().message.contains(QStringLiteral("secret\"")),
             qPrintable(written.error().message));
}

QTEST_GUILESS_MAIN(tst_Credentials)
#include "tst_credentials.moc"
