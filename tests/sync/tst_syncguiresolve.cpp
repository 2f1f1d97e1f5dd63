// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sync conflicts dialog resolving a conflict with the other desktop's
// resource file, which the sync controller reads from the test server, and
// the resource form of a file not yet received from the server.
#include "../ui/tst_syncmemoryvault.h"
#include "support/twodesktops.h"

#include <core/domain/activities.h>
#include <core/storage/activitystore.h>
#include <core/sync/credentialstore.h>
#include <core/sync/merge.h>
#include <core/sync/tlstrust.h>
#include <ui/commands/recordcommands.h>
#include <ui/knowledge/resourceform.h>
#include <ui/sync/syncconflictsdialog.h>
#include <ui/sync/synccontroller.h>

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace CoopAtlas;
using namespace CoopAtlas::Core;
using namespace CoopAtlas::TestSupport;

namespace {

/// Bound of one sync or resolution against the local test server, in ms.
constexpr int SyncTimeoutMs = 120000;

/// A port on 127.0.0.1 on which nothing listens: one that was free a moment ago.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        return 0;
    }
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

/// Closes the first warning box shown within 60 s (checking every 100 ms) and
/// keeps its text in `text`. The caller deletes the returned timer.
QTimer *closeWarningWhenShown(QString &text)
{
    auto *timer = new QTimer;
    auto tries = std::make_shared<int>(0);
    timer->setInterval(100);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, tries, &text] {
        if (++*tries > 600) {
            timer->stop();
            return;
        }
        const QWidgetList widgets = QApplication::topLevelWidgets();
        for (QWidget *widget : widgets) {
            if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
                timer->stop();
                text = box->text();
                box->accept();
                return;
            }
        }
    });
    timer->start();
    return timer;
}

} // namespace

class tst_SyncGuiResolve : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dialogResolvesWithOtherFile();
    void formShowsFileNotReceived();

private:
    void saveSettings(Store &store, const QUrl &url);

    QTemporaryDir m_configDir;
    std::unique_ptr<TwoDesktops> m_desktops;
    std::shared_ptr<SyncMemoryVault> m_vault;
};

void tst_SyncGuiResolve::initTestCase()
{
    QVERIFY(m_configDir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configDir.path()));
}

void tst_SyncGuiResolve::init()
{
    auto desktops = TwoDesktops::create(QStringLiteral("guiresolve"));
    QVERIFY2(desktops.ok(), qPrintable(desktops ? QString() : desktops.error().text()));
    m_desktops = std::move(desktops).value();
    m_vault = std::make_shared<SyncMemoryVault>();
}

void tst_SyncGuiResolve::cleanup()
{
    m_desktops.reset();
}

/// Saves sync settings for bob with the server at `url`, and his password in the vault.
void tst_SyncGuiResolve::saveSettings(Store &store, const QUrl &url)
{
    Ui::SyncSettings settings;
    settings.serverUrl = url.toString();
    settings.database = m_desktops->database().name();
    settings.user = m_desktops->database().user(QStringLiteral("bob")).name;
    settings.caFile = m_desktops->env().caFile;
    QVERIFY(settings.save(store).ok());
    m_vault->passwords.insert(CredentialStore::keyFor(settings.serverConfig()),
                              m_desktops->password(QStringLiteral("bob")));
}

void tst_SyncGuiResolve::dialogResolvesWithOtherFile()
{
    SyncTestDesktop &bob = m_desktops->bob();
    ActivityStore &bobActivities = m_desktops->bobActivities();
    const QByteArray aliceFile = patternBytes(1500, 31);
    const QByteArray bobFile = patternBytes(2500, 32);
    auto conflicted = m_desktops->makeFileConflict(aliceFile, bobFile);
    QVERIFY2(conflicted.ok(), qPrintable(conflicted ? QString() : conflicted.error().text()));
    const QString id = *conflicted;
    QCOMPARE(bob.conflicts().size(), 1);

    // While the server cannot be reached, the resolution fails and the conflict stays open.
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    QUrl offlineUrl = m_desktops->env().url;
    offlineUrl.setPort(port);
    saveSettings(bob.store(), offlineUrl);
    Ui::SyncController controller;
    controller.setPasswordVault(SyncMemoryVault::use(m_vault));
    controller.setTlsTrust(std::make_shared<TlsTrust>(TlsTrust::Storage::Memory));
    controller.setStore(&bob.store());
    Ui::SyncConflictsDialog dialog(bob.store());
    dialog.setSyncController(&controller);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.selectConflict(id));
    // Choosing the server's file on its SHA-256 row takes its name, type and size along.
    dialog.setChoice(QStringLiteral("file_sha256"), Ui::SyncConflictsDialog::KeepTheirs);
    auto chosen = dialog.chosenDocument();
    QVERIFY(chosen.ok());
    QCOMPARE(chosen->value(QStringLiteral("file_sha256")).toString(), sha256Hex(aliceFile));
    QCOMPARE(chosen->value(QStringLiteral("file_name")).toString(),
             QStringLiteral("budget-alice.ods"));
    QCOMPARE(chosen->value(QStringLiteral("file_size")).toInteger(), aliceFile.size());
    for (const QString &field : resourceFileFields()) {
        dialog.setChoice(field, Ui::SyncConflictsDialog::KeepTheirs);
    }
    chosen = dialog.chosenDocument();
    QVERIFY(chosen.ok());
    QCOMPARE(chosen->value(QStringLiteral("file_sha256")).toString(), sha256Hex(aliceFile));

    QSignalSpy finished(&controller, &Ui::SyncController::conflictResolveFinished);
    QSignalSpy resolved(&dialog, &Ui::SyncConflictsDialog::resolved);
    QString warning;
    std::unique_ptr<QTimer> closer(closeWarningWhenShown(warning));
    QVERIFY(dialog.resolveSelected());
    QVERIFY(dialog.isResolving());
    QVERIFY(controller.isResolving());
    QCOMPARE(dialog.resolveButton()->isEnabled(), false);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("resolveBusy"))->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, SyncTimeoutMs);
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    QTRY_VERIFY_WITH_TIMEOUT(!warning.isEmpty(), 10000);
    QVERIFY2(warning.contains(QLatin1String("budget-alice.ods")), qPrintable(warning));
    QVERIFY2(warning.contains(QLatin1String("stays open")), qPrintable(warning));
    QCOMPARE(resolved.count(), 0);
    QCOMPARE(dialog.isResolving(), false);
    QCOMPARE(dialog.resolveButton()->isEnabled(), true);
    QCOMPARE(bob.conflicts().size(), 1);
    QCOMPARE(dialog.conflictList()->topLevelItemCount(), 1);
    QCOMPARE(bobActivities.resource(id)->file.name, QStringLiteral("budget-bob.ods"));
    QCOMPARE(sha256Hex(bobActivities.resourceFileData(id).value()), sha256Hex(bobFile));

    // With the server back, the same choice reads Alice's file from it.
    saveSettings(bob.store(), m_desktops->env().url);
    controller.reloadSettings();
    QVERIFY(dialog.resolveSelected());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, SyncTimeoutMs);
    QVERIFY2(finished.at(1).at(1).toBool(), qPrintable(finished.at(1).at(2).toString()));
    QCOMPARE(resolved.count(), 1);
    QCOMPARE(resolved.at(0).at(0).toString(), id);
    QVERIFY(bob.conflicts().isEmpty());
    QCOMPARE(dialog.conflictList()->topLevelItemCount(), 0);
    QCOMPARE(sha256Hex(bobActivities.resourceFileData(id).value()), sha256Hex(aliceFile));
    QCOMPARE(bobActivities.resource(id)->file.name, QStringLiteral("budget-alice.ods"));
    QCOMPARE(controller.status().openConflicts, 0);

    QSignalSpy syncFinished(&controller, &Ui::SyncController::finished);
    controller.syncNow(true);
    QTRY_COMPARE_WITH_TIMEOUT(syncFinished.count(), 1, SyncTimeoutMs);
    QVERIFY2(syncFinished.at(0).at(0).toBool(), qPrintable(controller.status().error));
    QCOMPARE(bobActivities.resource(id)->meta.dirty, false);
    const HttpReply onServer
        = m_desktops->database().request("GET",
                              QStringLiteral("/resource:") + id + QStringLiteral("?conflicts=true"),
                              m_desktops->database().adminCredentials());
    QCOMPARE(onServer.status, 200);
    const QJsonObject document = onServer.json().object();
    QVERIFY(document.value(QStringLiteral("_conflicts")).toArray().isEmpty());
    QCOMPARE(document.value(QStringLiteral("file_sha256")).toString(), sha256Hex(aliceFile));
    QCOMPARE(document.value(QStringLiteral("updated_by")).toString(),
             m_desktops->database().user(QStringLiteral("bob")).name);
    QVERIFY(controller.shutdown());
}

void tst_SyncGuiResolve::formShowsFileNotReceived()
{
    SyncTestDesktop &alice = m_desktops->alice();
    SyncTestDesktop &bob = m_desktops->bob();
    ActivityStore &aliceActivities = m_desktops->aliceActivities();
    const QString id = addResource(aliceActivities, QStringLiteral("Charte coopérative"));
    QVERIFY(!id.isEmpty());
    const QByteArray data = patternBytes(3000, 33);
    QVERIFY(aliceActivities
                .attachResourceFile(
                    id, QStringLiteral("charte.pdf"), QStringLiteral("application/pdf"), data)
                .ok());
    // A revision that names the file without its attachment, as a client that
    // does not send files writes it.
    QVERIFY(!localDocument(alice, RecordKind::Resource, id).isEmpty());
    const HttpReply written = m_desktops->putWithoutAttachment(alice, id);
    QCOMPARE(written.status, 201);
    QVERIFY(alice.sync().ok());
    auto pulled = bob.sync();
    QVERIFY2(pulled.ok(), qPrintable(pulled ? QString() : pulled.error().text()));
    QCOMPARE(pulled->missingFiles, 1);

    Ui::CommandContext context;
    context.setStore(&bob.store());
    QUndoStack stack;
    Ui::ResourceForm form(&stack, &context);
    form.setStore(&bob.store());
    form.showResource(id);
    QVERIFY2(form.fileLabel()->text().startsWith(QLatin1String("charte.pdf (")),
             qPrintable(form.fileLabel()->text()));
    QVERIFY2(form.fileLabel()->text().endsWith(
                 QLatin1String("): file not yet received from the server")),
             qPrintable(form.fileLabel()->text()));
    QTemporaryDir saveDir;
    const QString copy = saveDir.filePath(QStringLiteral("charte.pdf"));
    auto refused = form.saveFileAs(copy);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String("not been received")),
             qPrintable(refused.error().message));
    QVERIFY(!QFile::exists(copy));

    // Alice's next edit sends the bytes, and the form shows the received file.
    Resource renamed = aliceActivities.resource(id).value();
    renamed.title = QStringLiteral("Charte coopérative 2026");
    QVERIFY(aliceActivities.updateResource(renamed).ok());
    QVERIFY(alice.sync().ok());
    auto received = bob.sync();
    QVERIFY2(received.ok(), qPrintable(received ? QString() : received.error().text()));
    QCOMPARE(received->missingFiles, 0);
    form.showResource(id);
    QVERIFY2(!form.fileLabel()->text().contains(QLatin1String("not yet received")),
             qPrintable(form.fileLabel()->text()));
    auto saved = form.saveFileAs(copy);
    QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().text()));
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(sha256Hex(file.readAll()), sha256Hex(data));
}

QTEST_MAIN(tst_SyncGuiResolve)
#include "tst_syncguiresolve.moc"
