// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tst_syncmemoryvault.h"

#include <core/storage/database.h>
#include <core/storage/store.h>
#include <core/sync/credentialstore.h>
#include <core/sync/tlstrust.h>
#include <ui/settings/settingsdialog.h>
#include <ui/sync/synccontroller.h>
#include <ui/sync/syncsettingspage.h>
#include <ui/sync/syncstatuswidget.h>

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace CoopAtlas;

class tst_SyncSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void settingsSavedToMetadata();
    void noTypedPasswordLeavesVault();
    void typedPasswordGoesToVaultOnly();
    void forgetDeletesStoredPassword();
    void settingsLoadIntoPage();
    void settingsDialogHasSyncPage();
    void statusWithoutSettingsAsksToSetUp();
    void missingPasswordShowsAction();
    void unreachableServerIsOffline();

private:
    std::unique_ptr<Ui::SyncSettingsPage> makePage();
    void fillPage(Ui::SyncSettingsPage &page);
    QString metadata(const QString &key) const;
    void saveScreenshot(QWidget &widget, const QString &name) const;

    QTemporaryDir m_configDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Store> m_store;
    std::shared_ptr<SyncMemoryVault> m_vault;
};

void tst_SyncSettings::initTestCase()
{
    QVERIFY(m_configDir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configDir.path()));
}

void tst_SyncSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Core::Database::open(m_dir->filePath(QStringLiteral("sync.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().text()));
    m_store = std::make_unique<Core::Store>(std::move(db).value());
    m_vault = std::make_shared<SyncMemoryVault>();
}

void tst_SyncSettings::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

std::unique_ptr<Ui::SyncSettingsPage> tst_SyncSettings::makePage()
{
    auto page = std::make_unique<Ui::SyncSettingsPage>(
        *m_store,
        SyncMemoryVault::use(m_vault),
        std::make_shared<Core::TlsTrust>(Core::TlsTrust::Storage::Memory));
    return page;
}

void tst_SyncSettings::fillPage(Ui::SyncSettingsPage &page)
{
    page.serverEdit()->setText(QStringLiteral(" https://127.0.0.1:6984 "));
    page.databaseEdit()->setText(QStringLiteral("platform-coop"));
    page.userEdit()->setText(QStringLiteral("amina"));
    page.caFileEdit()->setText(QStringLiteral("/etc/coopatlas/ca.pem"));
    page.atStartCheck()->setChecked(true);
    page.intervalSpin()->setValue(30);
}

QString tst_SyncSettings::metadata(const QString &key) const
{
    auto value = m_store->metadata(key);
    return value ? *value : QStringLiteral("<error>");
}

void tst_SyncSettings::saveScreenshot(QWidget &widget, const QString &name) const
{
    const QDir dir(QCoreApplication::applicationDirPath());
    dir.mkpath(QStringLiteral("screenshots"));
    const QPixmap pixmap = widget.grab();
    QVERIFY(!pixmap.isNull());
    QVERIFY(pixmap.save(dir.filePath(QStringLiteral("screenshots/") + name)));
}

void tst_SyncSettings::settingsSavedToMetadata()
{
    auto page = makePage();
    fillPage(*page);
    const auto saved = page->save();
    QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().text()));
    QCOMPARE(metadata(Ui::SyncMetadataKey::ServerUrl), QStringLiteral("https://127.0.0.1:6984"));
    QCOMPARE(metadata(Ui::SyncMetadataKey::ServerDatabase), QStringLiteral("platform-coop"));
    QCOMPARE(metadata(Ui::SyncMetadataKey::User), QStringLiteral("amina"));
    QCOMPARE(metadata(Ui::SyncMetadataKey::CaFile), QStringLiteral("/etc/coopatlas/ca.pem"));
    QCOMPARE(metadata(Ui::SyncMetadataKey::SyncAtStart), QStringLiteral("1"));
    QCOMPARE(metadata(Ui::SyncMetadataKey::IntervalMinutes), QStringLiteral("30"));
}

void tst_SyncSettings::noTypedPasswordLeavesVault()
{
    auto page = makePage();
    fillPage(*page);
    QVERIFY(page->save().ok());
    QTRY_VERIFY(!page->isTesting());
    QCOMPARE(m_vault->writes, 0);
    QCOMPARE(m_vault->removes, 0);
    QVERIFY(m_vault->passwords.isEmpty());
}

void tst_SyncSettings::typedPasswordGoesToVaultOnly()
{
    const QString secret = QStringLiteral("correct-horse-7");
    auto page = makePage();
    fillPage(*page);
    page->passwordEdit()->setText(secret);
    QVERIFY(page->save().ok());
    QCOMPARE(m_vault->writes, 1);
    QCOMPARE(m_vault->passwords.keys(),
             QStringList{QStringLiteral("amina@127.0.0.1:6984/platform-coop")});
    QCOMPARE(m_vault->passwords.value(QStringLiteral("amina@127.0.0.1:6984/platform-coop")),
             secret);
    QCOMPARE(page->passwordEdit()->text(), QString());

    // Neither the metadata nor any other table of the file contains the password.
    QFile file(m_store->database().path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(secret.toUtf8()));
    QFile wal(m_store->database().path() + QStringLiteral("-wal"));
    QVERIFY(wal.open(QIODevice::ReadOnly));
    QVERIFY(!wal.readAll().contains(secret.toUtf8()));
}

void tst_SyncSettings::forgetDeletesStoredPassword()
{
    m_vault->passwords.insert(QStringLiteral("amina@127.0.0.1:6984/platform-coop"),
                              QStringLiteral("old"));
    auto page = makePage();
    fillPage(*page);
    emit page->userEdit()->editingFinished();
    QTRY_COMPARE(page->passwordStateLabel()->text(),
                 QStringLiteral("A password is stored on this computer."));
    QPushButton *forget = page->forgetButton();
    QVERIFY(forget->isEnabled());
    forget->click();
    QCOMPARE(m_vault->removes, 1);
    QVERIFY(m_vault->passwords.isEmpty());
    QTRY_COMPARE(page->passwordStateLabel()->text(),
                 QStringLiteral("No password is stored on this computer."));
}

void tst_SyncSettings::settingsLoadIntoPage()
{
    QVERIFY(
        m_store
            ->setMetadata(Ui::SyncMetadataKey::ServerUrl, QStringLiteral("https://127.0.0.1:8443"))
            .ok());
    QVERIFY(
        m_store->setMetadata(Ui::SyncMetadataKey::ServerDatabase, QStringLiteral("atlas")).ok());
    QVERIFY(m_store->setMetadata(Ui::SyncMetadataKey::User, QStringLiteral("jo")).ok());
    QVERIFY(m_store->setMetadata(Ui::SyncMetadataKey::IntervalMinutes, QStringLiteral("15")).ok());
    auto page = makePage();
    QCOMPARE(page->serverEdit()->text(), QStringLiteral("https://127.0.0.1:8443"));
    QCOMPARE(page->databaseEdit()->text(), QStringLiteral("atlas"));
    QCOMPARE(page->userEdit()->text(), QStringLiteral("jo"));
    QCOMPARE(page->intervalSpin()->value(), 15);
    QCOMPARE(page->atStartCheck()->isChecked(), false);
    QCOMPARE(page->caFileEdit()->text(), QString());
}

void tst_SyncSettings::settingsDialogHasSyncPage()
{
    Ui::SyncController controller;
    controller.setPasswordVault(SyncMemoryVault::use(m_vault));
    controller.setTlsTrust(std::make_shared<Core::TlsTrust>(Core::TlsTrust::Storage::Memory));
    Ui::SettingsDialog dialog(nullptr, m_store.get(), &controller);
    QVERIFY(dialog.syncPage());
    QCOMPARE(dialog.tabs()->count(), 2);
    QCOMPARE(dialog.tabs()->tabText(1), QStringLiteral("Sync"));
    fillPage(*dialog.syncPage());
    dialog.tabs()->setCurrentIndex(1);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    saveScreenshot(dialog, QStringLiteral("sync-settings.png"));
    QVERIFY(dialog.save());
    QCOMPARE(metadata(Ui::SyncMetadataKey::User), QStringLiteral("amina"));
    QCOMPARE(m_vault->writes, 0);

    Ui::SettingsDialog plain;
    QCOMPARE(plain.syncPage(), nullptr);
}

void tst_SyncSettings::statusWithoutSettingsAsksToSetUp()
{
    Ui::SyncController controller;
    controller.setPasswordVault(SyncMemoryVault::use(m_vault));
    controller.setStore(m_store.get());
    Ui::SyncStatusWidget status(&controller);
    QCOMPARE(controller.status().state, Ui::SyncStatus::State::NotConfigured);
    QCOMPARE(status.stateLabel()->text(), QStringLiteral("Sync is not set up"));
    QCOMPARE(status.actionButton()->text(), QStringLiteral("Set Up..."));
    QCOMPARE(status.syncButton()->isVisibleTo(&status), false);
    status.show();
    saveScreenshot(status, QStringLiteral("sync-status-not-set-up.png"));
}

void tst_SyncSettings::missingPasswordShowsAction()
{
    auto page = makePage();
    fillPage(*page);
    page->atStartCheck()->setChecked(false);
    QVERIFY(page->save().ok());
    Ui::SyncController controller;
    controller.setPasswordVault(SyncMemoryVault::use(m_vault));
    controller.setStore(m_store.get());
    Ui::SyncStatusWidget status(&controller);
    QCOMPARE(controller.status().state, Ui::SyncStatus::State::Idle);
    QSignalSpy finished(&controller, &Ui::SyncController::finished);
    controller.syncNow(false);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(controller.status().state, Ui::SyncStatus::State::Failed);
    QCOMPARE(controller.status().passwordNeeded, true);
    QCOMPARE(status.stateLabel()->text(),
             QStringLiteral("Sync stopped: the password is missing or wrong"));
    QCOMPARE(status.actionButton()->text(), QStringLiteral("Enter Password..."));
    QCOMPARE(status.actionButton()->isVisibleTo(&status), true);
    QVERIFY(
        status.stateLabel()->toolTip().contains(QStringLiteral("No password is stored for amina")));
    QCOMPARE(m_vault->writes, 0);
    status.show();
    saveScreenshot(status, QStringLiteral("sync-status-password.png"));
}

void tst_SyncSettings::unreachableServerIsOffline()
{
    // Port 9 on the loopback interface: nothing listens, so the connection is refused.
    QVERIFY(
        m_store->setMetadata(Ui::SyncMetadataKey::ServerUrl, QStringLiteral("https://127.0.0.1:9"))
            .ok());
    QVERIFY(
        m_store->setMetadata(Ui::SyncMetadataKey::ServerDatabase, QStringLiteral("atlas")).ok());
    QVERIFY(m_store->setMetadata(Ui::SyncMetadataKey::User, QStringLiteral("jo")).ok());
    m_vault->passwords.insert(QStringLiteral("jo@127.0.0.1:9/atlas"), QStringLiteral("pw"));
    Ui::SyncController controller;
    controller.setPasswordVault(SyncMemoryVault::use(m_vault));
    controller.setTlsTrust(std::make_shared<Core::TlsTrust>(Core::TlsTrust::Storage::Memory));
    controller.setStore(m_store.get());
    Ui::SyncStatusWidget status(&controller);
    QSignalSpy finished(&controller, &Ui::SyncController::finished);
    controller.syncNow(false);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QCOMPARE(controller.status().state, Ui::SyncStatus::State::Offline);
    QVERIFY(controller.status().nextRetry.isValid());
    QCOMPARE(status.stateLabel()->text(), QStringLiteral("Offline: will retry in 1 min"));
    status.show();
    saveScreenshot(status, QStringLiteral("sync-status-offline.png"));
}

QTEST_MAIN(tst_SyncSettings)
#include "tst_syncsettings.moc"
