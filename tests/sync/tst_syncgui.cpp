// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../ui/tst_syncmemoryvault.h"
#include "testserver.h"

#include <core/storage/database.h>
#include <core/storage/store.h>
#include <core/sync/couchclient.h>
#include <core/sync/credentialstore.h>
#include <core/sync/syncengine.h>
#include <core/sync/tlstrust.h>
#include <ui/detail/detailpane.h>
#include <ui/detail/recordform.h>
#include <ui/listpanel.h>
#include <ui/mainwindow.h>
#include <ui/models/recordlistmodel.h>
#include <ui/sync/synccontroller.h>
#include <ui/sync/syncsettingspage.h>
#include <ui/sync/syncstatuswidget.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>

using namespace CoopAtlas;
using namespace CoopAtlas::TestSupport;

namespace {

/// Bound of one whole sync against the local test server.
constexpr int SyncTimeoutMs = 120000;

/// Calls `act` on the first visible top-level widget of type T, checking every
/// 100 ms for at most 30 s. Returns the timer, which the caller deletes.
template <typename T> QTimer *whenShown(std::function<void(T *)> act)
{
    auto *timer = new QTimer;
    auto tries = std::make_shared<int>(0);
    timer->setInterval(100);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, tries, act] {
        if (++*tries > 300) {
            timer->stop();
            return;
        }
        const QWidgetList widgets = QApplication::topLevelWidgets();
        for (QWidget *widget : widgets) {
            if (auto *shown = qobject_cast<T *>(widget); shown && shown->isVisible()) {
                timer->stop();
                act(shown);
                return;
            }
        }
    });
    timer->start();
    return timer;
}

} // namespace

class tst_SyncGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void syncNowShowsRecordOfOtherStore();
    void untrustedCertificateTrustedForHost();
    void missingPasswordAskedAndStored();
    void wrongPasswordNeedsNewOne();
    void passwordDialogStoresPassword();
    void certificateDialogTrustsHost();
    void closingWindowCancelsRunningSync();
    void cancelButtonStopsSync();
    void testConnectionReportsAccount();
    void syncAtStartRunsOnOpen();
    void unsavedEditKeptAfterSync();
    void clockSkewShownInStatusBar();

private:
    /// Opens the window on a new store file set up to sync as alice.
    void openWindow(bool withCaFile, bool viaProxy = false, bool syncAtStart = false);
    /// Adds an organisation in a second store file and syncs it as bob.
    void addOnServerAsBob(const QString &name);
    [[nodiscard]] bool listContains(const QString &name) const;
    void saveScreenshot(QWidget &widget, const QString &name) const;

    QTemporaryDir m_configDir;
    TestServerEnv m_env;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Ui::MainWindow> m_window;
    std::shared_ptr<SyncMemoryVault> m_vault;
    std::shared_ptr<Core::TlsTrust> m_trust;
};

void tst_SyncGui::initTestCase()
{
    QVERIFY(m_configDir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configDir.path()));
    auto env = serverEnvFromEnvironment();
    QVERIFY2(env.ok(), qPrintable(env ? QString() : env.error().text()));
    m_env = *env;
}

void tst_SyncGui::init()
{
    auto database = TestDatabase::create(m_env,
                                         QStringLiteral("syncgui"),
                                         {{QStringLiteral("alice"), {QStringLiteral("editor")}},
                                          {QStringLiteral("bob"), {QStringLiteral("editor")}}});
    QVERIFY2(database.ok(), qPrintable(database ? QString() : database.error().text()));
    m_database = std::move(database).value();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_vault = std::make_shared<SyncMemoryVault>();
    m_trust = std::make_shared<Core::TlsTrust>(Core::TlsTrust::Storage::Memory);
}

void tst_SyncGui::cleanup()
{
    m_window.reset();
    m_dir.reset();
    m_database.reset();
}

void tst_SyncGui::openWindow(bool withCaFile, bool viaProxy, bool syncAtStart)
{
    auto db = Core::Database::open(m_dir->filePath(QStringLiteral("alice.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().text()));
    auto store = std::make_unique<Core::Store>(std::move(db).value());
    Ui::SyncSettings settings;
    settings.serverUrl = (viaProxy ? m_env.proxyUrl : m_env.url).toString();
    settings.database = m_database->name();
    settings.user = m_database->user(QStringLiteral("alice")).name;
    settings.caFile = withCaFile ? m_env.caFile : QString();
    settings.syncAtStart = syncAtStart;
    QVERIFY(settings.save(*store).ok());
    m_vault->passwords.insert(Core::CredentialStore::keyFor(settings.serverConfig()),
                              m_database->user(QStringLiteral("alice")).password);

    m_window = std::make_unique<Ui::MainWindow>();
    m_window->syncController()->setPasswordVault(SyncMemoryVault::use(m_vault));
    m_window->syncController()->setTlsTrust(m_trust);
    m_window->setStore(std::move(store));
    m_window->showSection(Ui::MainWindow::Section::Organisations);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_SyncGui::addOnServerAsBob(const QString &name)
{
    auto db = Core::Database::open(m_dir->filePath(QStringLiteral("bob.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().text()));
    const TestUser bob = m_database->user(QStringLiteral("bob"));
    (*db)->setAuthor(bob.name);
    {
        Core::Store store(std::move(db).value());
        Core::Organisation org;
        org.name = name;
        org.kind = QStringLiteral("project-holder");
        QVERIFY(store.insertOrganisation(org).ok());
    }
    auto syncDb = Core::Database::open(m_dir->filePath(QStringLiteral("bob.sqlite")));
    QVERIFY(syncDb.ok());
    (*syncDb)->setAuthor(bob.name);
    Core::ServerConfig config;
    config.url = m_env.url;
    config.database = m_database->name();
    config.user = bob.name;
    config.caFile = m_env.caFile;
    Core::TlsTrust trust(Core::TlsTrust::Storage::Memory);
    Core::CouchClient client(config, bob.password, &trust);
    Core::SyncEngine engine(**syncDb, client);
    const auto summary = engine.run();
    QVERIFY2(summary.ok(), qPrintable(summary ? QString() : summary.error().text()));
    QVERIFY(summary->pushed >= 1);
}

bool tst_SyncGui::listContains(const QString &name) const
{
    const Ui::RecordListModel *model = m_window->listPanel(Core::ListTable::Organisations)->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            if (model->index(row, column).data().toString() == name)
                return true;
        }
    }
    return false;
}

void tst_SyncGui::saveScreenshot(QWidget &widget, const QString &name) const
{
    const QDir dir(QCoreApplication::applicationDirPath());
    dir.mkpath(QStringLiteral("screenshots"));
    const QPixmap pixmap = widget.grab();
    QVERIFY(!pixmap.isNull());
    QVERIFY(pixmap.save(dir.filePath(QStringLiteral("screenshots/") + name)));
}

void tst_SyncGui::syncNowShowsRecordOfOtherStore()
{
    openWindow(true);
    Ui::SyncController *controller = m_window->syncController();
    QCOMPARE(controller->status().state, Ui::SyncStatus::State::Idle);
    addOnServerAsBob(QStringLiteral("Coopérative Écho"));
    QVERIFY(!listContains(QStringLiteral("Coopérative Écho")));

    // A grab of the status bar while it shows the progress of the pull.
    bool progressShown = false;
    connect(controller, &Ui::SyncController::statusChanged, this, [&] {
        if (!progressShown && controller->status().state == Ui::SyncStatus::State::Running
            && controller->status().phase == Core::SyncPhase::Pulling) {
            progressShown = true;
            m_window->syncStatus()->updateGeometry();
            saveScreenshot(*m_window->statusBar(), QStringLiteral("sync-status-running.png"));
        }
    });
    QSignalSpy finished(controller, &Ui::SyncController::finished);
    QAction *syncNow = m_window->action(QStringLiteral("syncNow"));
    QVERIFY(syncNow);
    QCOMPARE(syncNow->shortcut(), QKeySequence(Qt::Key_F9));
    syncNow->trigger();
    QVERIFY(controller->isRunning());
    // A second request while the first runs is merged into it.
    syncNow->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, SyncTimeoutMs);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(controller->status().error));
    QCOMPARE(controller->isRunning(), false);
    QCOMPARE(controller->status().state, Ui::SyncStatus::State::UpToDate);
    QTRY_VERIFY(listContains(QStringLiteral("Coopérative Écho")));
    QVERIFY(
        m_window->syncStatus()->stateLabel()->text().startsWith(QStringLiteral("Up to date (")));
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
    saveScreenshot(*m_window->statusBar(), QStringLiteral("sync-status-up-to-date.png"));
}

void tst_SyncGui::untrustedCertificateTrustedForHost()
{
    // Without the CA file, the server certificate of the test CA is not trusted.
    openWindow(false);
    Ui::SyncController *controller = m_window->syncController();
    QSignalSpy finished(controller, &Ui::SyncController::finished);
    controller->syncNow(false);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, SyncTimeoutMs);
    QCOMPARE(controller->status().state, Ui::SyncStatus::State::Failed);
    QCOMPARE(controller->status().failure.kind, Core::SyncFailureKind::UntrustedCertificate);
    const QString fingerprint = controller->status().failure.certificateFingerprint;
    QCOMPARE(fingerprint.size(), 64);
    QCOMPARE(m_window->syncStatus()->actionButton()->text(),
             QStringLiteral("Check Certificate..."));
    saveScreenshot(*m_window->statusBar(), QStringLiteral("sync-status-certificate.png"));

    controller->trustCertificateAndRetry();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, SyncTimeoutMs);
    QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(controller->status().error));
    QCOMPARE(controller->status().state, Ui::SyncStatus::State::UpToDate);
    QVERIFY(m_trust->isTrusted(m_env.url.host(), m_env.url.port(), fingerprint));
    QVERIFY(!m_trust->isTrusted(m_env.url.host(), m_env.url.port() + 1, fingerprint));
}

void tst_SyncGui::missingPasswordAskedAndStored()
{
    openWindow(true);
    m_vault->passwords.clear();
    Ui::SyncController *controller = m_window->syncController();
    QSignalSpy finished(controller, &Ui::SyncController::finished);
    controller->syncNow(false);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, SyncTimeoutMs);
    QCOMPARE(controller->status().state, Ui::SyncStatus::State::Failed);
    QCOMPARE(controller->status().passwordNeeded, true);
    QCOMPARE(m_window->syncStatus()->actionButton()->text(), QStringLiteral("Enter Password..."));

    const TestUser alice = m_database->user(QStringLiteral("alice"));
    controller->retryWithPassword(alice.password);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, SyncTimeoutMs);
    QCOMPARE(controller->status().state, Ui::SyncStatus::State::UpToDate);
    QCOMPARE(m_vault->writes, 1);
    QCOMPARE(m_vault->passwords.value(
                 Core::CredentialStore::keyFor(controller->settings().serverConfig())),
             alice.password);
}

void tst_SyncGui::wrongPasswordNeedsNewOne()
{
    openWindow(true);
    for (auto it = m_vault->passwords.begin(); it != m_vault->passwords.end(); ++it)
        it.value() = QStringLiteral("not-the-password");
    Ui::SyncController *controller = m_window->syncController();
    QSignalSpy finished(controller, &Ui::SyncController::finished);
    controller->syncNow(false);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, SyncTimeoutMs);
    QCOMPARE(controller->status().state, Ui::SyncStatus::State::Failed);
    QCOMPARE(controller->status().failure.kind, Core::SyncFailureKind::Unauthorized);
    QCOMPARE(controller->status().passwordNeeded, true);
    QVERIFY2(controller->status().error.contains(m_database->user(QStringLiteral("alice")).name),
             qPrintable(controller->status().error));
    QCOMPARE(m_window->syncStatus()->stateLabel()->text(),
             QStringLiteral("Sync stopped: the password is missing or wrong"));
}

void tst_SyncGui::passwordDialogStoresPassword()
{
    openWindow(true);
    for (auto it = m_vault->passwords.begin(); it != m_vault->passwords.end(); ++it)
        it.value() = QStringLiteral("not-the-password");
    const TestUser alice = m_database->user(QStringLiteral("alice"));
    QString prompt;
    std::unique_ptr<QTimer> answer(whenShown<QInputDialog>([&](QInputDialog *dialog) {
        prompt = dialog->labelText();
        saveScreenshot(*dialog, QStringLiteral("sync-password-dialog.png"));
        dialog->setTextValue(alice.password);
        dialog->accept();
    }));
    Ui::SyncController *controller = m_window->syncController();
    QSignalSpy finished(controller, &Ui::SyncController::finished);
    m_window->action(QStringLiteral("syncNow"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, SyncTimeoutMs);
    QVERIFY2(prompt.contains(alice.name), qPrintable(prompt));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(controller->status().error));
    QCOMPARE(controller->status().state, Ui::SyncStatus::State::UpToDate);
    QCOMPARE(m_vault->writes, 1);
    QCOMPARE(m_vault->passwords.value(
                 Core::CredentialStore::keyFor(controller->settings().serverConfig())),
             alice.password);
}

void tst_SyncGui::certificateDialogTrustsHost()
{
    openWindow(false);
    Ui::SyncController *controller = m_window->syncController();
    QString shown;
    QString fingerprint;
    std::unique_ptr<QTimer> answer(whenShown<QMessageBox>([&](QMessageBox *box) {
        shown = box->text() + QLatin1Char('\n') + box->informativeText();
        fingerprint = controller->status().failure.certificateFingerprint;
        saveScreenshot(*box, QStringLiteral("sync-certificate-dialog.png"));
        const QList<QAbstractButton *> buttons = box->buttons();
        for (QAbstractButton *button : buttons) {
            if (button->text() == QStringLiteral("&Trust and Sync"))
                button->click();
        }
    }));
    QSignalSpy finished(controller, &Ui::SyncController::finished);
    m_window->action(QStringLiteral("syncNow"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, SyncTimeoutMs);
    QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(controller->status().error));
    QCOMPARE(controller->status().state, Ui::SyncStatus::State::UpToDate);
    QVERIFY2(
        shown.contains(
            QStringLiteral("The server %1, port %2,").arg(m_env.url.host()).arg(m_env.url.port())),
        qPrintable(shown));
    QCOMPARE(fingerprint.size(), 64);
    // The fingerprint is shown as upper-case byte pairs separated by colons.
    const QString grouped
        = fingerprint.left(2).toUpper() + QLatin1Char(':') + fingerprint.mid(2, 2).toUpper();
    QVERIFY2(shown.contains(QStringLiteral("SHA-256 fingerprint:\n") + grouped), qPrintable(shown));
    QVERIFY(m_trust->isTrusted(m_env.url.host(), m_env.url.port(), fingerprint));
}

void tst_SyncGui::closingWindowCancelsRunningSync()
{
    // The proxy delays the first _changes request for 20 s, so the sync is
    // still running when the window closes.
    FaultProxy proxy(m_env);
    const QJsonObject stall{{QStringLiteral("method"), QStringLiteral("GET")},
                            {QStringLiteral("pathRegex"), QStringLiteral("_changes")},
                            {QStringLiteral("action"), QStringLiteral("stall")},
                            {QStringLiteral("times"), 1},
                            {QStringLiteral("seconds"), 20}};
    QVERIFY(proxy.setRules(QJsonArray{stall}).ok());
    openWindow(true, true);
    Ui::SyncController *controller = m_window->syncController();
    controller->syncNow(false);
    QVERIFY(controller->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(controller->status().phase == Core::SyncPhase::Connecting
                                 && controller->status().state == Ui::SyncStatus::State::Running,
                             SyncTimeoutMs);
    QTest::qWait(1000);
    QVERIFY(controller->isRunning());
    QVERIFY(m_window->close());
    QCOMPARE(controller->isRunning(), false);
    QCOMPARE(controller->status().state, Ui::SyncStatus::State::Cancelled);
    QVERIFY(proxy.clearRules().ok());

    // The lock of the file is free again: a new sync of the same file runs.
    QSignalSpy finished(controller, &Ui::SyncController::finished);
    controller->reloadSettings();
    controller->syncNow(false);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, SyncTimeoutMs);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(controller->status().error));
}

void tst_SyncGui::cancelButtonStopsSync()
{
    FaultProxy proxy(m_env);
    const QJsonObject stall{{QStringLiteral("method"), QStringLiteral("GET")},
                            {QStringLiteral("pathRegex"), QStringLiteral("_changes")},
                            {QStringLiteral("action"), QStringLiteral("stall")},
                            {QStringLiteral("times"), 1},
                            {QStringLiteral("seconds"), 20}};
    QVERIFY(proxy.setRules(QJsonArray{stall}).ok());
    openWindow(true, true);
    Ui::SyncController *controller = m_window->syncController();
    QSignalSpy finished(controller, &Ui::SyncController::finished);
    QToolButton *button = m_window->syncStatus()->syncButton();
    QCOMPARE(button->text(), QStringLiteral("Sync Now"));
    button->click();
    QVERIFY(controller->isRunning());
    QCOMPARE(button->text(), QStringLiteral("Cancel"));
    QTest::qWait(1000);
    QCOMPARE(finished.count(), 0);
    button->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, SyncTimeoutMs);
    QVERIFY(proxy.clearRules().ok());
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(controller->status().state, Ui::SyncStatus::State::Cancelled);
    QCOMPARE(m_window->syncStatus()->stateLabel()->text(), QStringLiteral("Sync cancelled"));
    QCOMPARE(button->text(), QStringLiteral("Sync Now"));
}

void tst_SyncGui::testConnectionReportsAccount()
{
    auto db = Core::Database::open(m_dir->filePath(QStringLiteral("settings.sqlite")));
    QVERIFY(db.ok());
    Core::Store store(std::move(db).value());
    Ui::SyncSettingsPage page(store, SyncMemoryVault::use(m_vault), m_trust);
    const TestUser alice = m_database->user(QStringLiteral("alice"));
    page.serverEdit()->setText(m_env.url.toString());
    page.databaseEdit()->setText(m_database->name());
    page.userEdit()->setText(alice.name);
    page.caFileEdit()->setText(m_env.caFile);
    page.passwordEdit()->setText(alice.password);
    QSignalSpy finished(&page, &Ui::SyncSettingsPage::testFinished);
    page.testButton()->click();
    QVERIFY(page.isTesting());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, SyncTimeoutMs);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(page.testResultLabel()->text(),
             QStringLiteral("Connected as %1. The database is readable.").arg(alice.name));
    // The test does not store the typed password.
    QCOMPARE(m_vault->writes, 0);

    page.passwordEdit()->setText(QStringLiteral("not-the-password"));
    page.testButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, SyncTimeoutMs);
    QCOMPARE(finished.at(1).at(0).toBool(), false);
    QVERIFY(page.testResultLabel()->text().startsWith(QStringLiteral("Connection failed: ")));
}

void tst_SyncGui::syncAtStartRunsOnOpen()
{
    addOnServerAsBob(QStringLiteral("Atelier du Départ"));
    openWindow(true, false, true);
    Ui::SyncController *controller = m_window->syncController();
    QVERIFY(controller->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!controller->isRunning(), SyncTimeoutMs);
    QCOMPARE(controller->status().state, Ui::SyncStatus::State::UpToDate);
    QTRY_VERIFY(listContains(QStringLiteral("Atelier du Départ")));
}

void tst_SyncGui::unsavedEditKeptAfterSync()
{
    openWindow(true);
    Core::Organisation org;
    org.name = QStringLiteral("Maison Locale");
    org.kind = QStringLiteral("project-holder");
    const auto id = m_window->store()->insertOrganisation(org);
    QVERIFY(id.ok());
    m_window->revealRecord(Core::RecordKind::Organisation, *id);
    auto *name = qobject_cast<QLineEdit *>(
        m_window->detailPane()->currentForm()->fieldWidget(QStringLiteral("name")));
    QVERIFY(name);
    QTest::keyClicks(name, QStringLiteral(" Bis"));
    QVERIFY(m_window->detailPane()->isDirty());

    addOnServerAsBob(QStringLiteral("Autre Coop"));
    Ui::SyncController *controller = m_window->syncController();
    QSignalSpy finished(controller, &Ui::SyncController::finished);
    controller->syncNow(true);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, SyncTimeoutMs);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(controller->status().error));
    QTRY_VERIFY(listContains(QStringLiteral("Autre Coop")));
    QCOMPARE(name->text(), QStringLiteral("Maison Locale Bis"));
    QVERIFY(m_window->detailPane()->isDirty());
    QCOMPARE(m_window->detailPane()->recordId(), *id);
    // The file keeps the saved name until the user saves the form.
    QCOMPARE(m_window->store()->organisation(*id)->name, QStringLiteral("Maison Locale"));
}

void tst_SyncGui::clockSkewShownInStatusBar()
{
    // The proxy answers the welcome request with a Date header 10 minutes ahead.
    const QDateTime serverTime = QDateTime::currentDateTimeUtc().addSecs(600);
    const QString date
        = QLocale::c().toString(serverTime, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    const QJsonObject welcome{
        {QStringLiteral("couchdb"), QStringLiteral("Welcome")},
        {QStringLiteral("version"), QStringLiteral("3.3.3")},
        {QStringLiteral("vendor"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("The Apache Software Foundation")}}}};
    const QJsonObject rule{{QStringLiteral("method"), QStringLiteral("GET")},
                           {QStringLiteral("pathRegex"), QStringLiteral("^/$")},
                           {QStringLiteral("action"), QStringLiteral("status")},
                           {QStringLiteral("status"), 200},
                           {QStringLiteral("times"), 1},
                           {QStringLiteral("headers"), QJsonObject{{QStringLiteral("Date"), date}}},
                           {QStringLiteral("body"), welcome}};
    FaultProxy proxy(m_env);
    QVERIFY(proxy.setRules(QJsonArray{rule}).ok());
    openWindow(true, true);
    Ui::SyncController *controller = m_window->syncController();
    QSignalSpy finished(controller, &Ui::SyncController::finished);
    controller->syncNow(false);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, SyncTimeoutMs);
    QVERIFY(proxy.clearRules().ok());
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(controller->status().error));
    QVERIFY(!controller->status().clockWarning.isEmpty());
    QLabel *clock = m_window->syncStatus()->clockLabel();
    QCOMPARE(clock->isVisibleTo(m_window.get()), true);
    QCOMPARE(clock->text(), QStringLiteral("Clock differs"));
    QCOMPARE(clock->toolTip(), controller->status().clockWarning);
    saveScreenshot(*m_window->statusBar(), QStringLiteral("sync-status-clock.png"));
}

QTEST_MAIN(tst_SyncGui)
#include "tst_syncgui.moc"
