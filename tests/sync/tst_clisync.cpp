// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/twodesktops.h"

#include <core/domain/activities.h>
#include <core/storage/activitystore.h>

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace CoopAtlas::Core;
using namespace CoopAtlas::TestSupport;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QJsonObject rule(const QString &method, const QString &pathRegex, const QString &action, int times)
{
    return {{QStringLiteral("method"), method},
            {QStringLiteral("pathRegex"), pathRegex},
            {QStringLiteral("action"), action},
            {QStringLiteral("times"), times}};
}

int countRequests(const QJsonArray &log, const QString &method, const QString &pathPart)
{
    int count = 0;
    for (const QJsonValue &entry : log) {
        const QJsonObject request = entry.toObject();
        if (request.value(QStringLiteral("method")).toString() == method
            && request.value(QStringLiteral("path")).toString().contains(pathPart)) {
            ++count;
        }
    }
    return count;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_CliSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void syncWithoutServerIsUsageError();
    void syncSavesOptionsAndSyncs();
    void wrongPasswordFailsWithMessage();
    void serverBelowPathPrefixSyncs();
    void trustFingerprintTrustsOnlyTheShownCertificate();
    void conflictsListedAndResolved();
    void resolveReadsOtherFile();
    void rejectedDeletionListedOnce();
    void killedSyncResumesWithoutLoss_data();
    void killedSyncResumesWithoutLoss();
    void passwordAbsentFromFilesAndLogs();

private:
    QProcess *startCli(const QStringList &arguments, const QString &password);
    CliRun runCli(const QStringList &arguments, const QString &password = {});
    QStringList serverOptions(const QString &userLabel, bool viaProxy = false) const;
    qint64 dirtyRows(const QString &path) const;

    TestServerEnv m_env;
    std::unique_ptr<TwoDesktops> m_desktops;
    std::unique_ptr<FaultProxy> m_proxy;
    std::unique_ptr<QTemporaryDir> m_home;
};

void tst_CliSync::initTestCase()
{
    auto env = serverEnvFromEnvironment();
    QVERIFY2(env.ok(), qPrintable(env ? QString() : env.error().text()));
    m_env = *env;
    m_proxy = std::make_unique<FaultProxy>(m_env);
}

void tst_CliSync::init()
{
    auto desktops = TwoDesktops::create(QStringLiteral("cli"));
    QVERIFY2(desktops.ok(), qPrintable(desktops ? QString() : desktops.error().text()));
    m_desktops = std::move(desktops).value();
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_proxy->clearRules().ok());
    QVERIFY(m_proxy->clearLog().ok());
}

void tst_CliSync::cleanup()
{
    QVERIFY(m_proxy->clearRules().ok());
    m_desktops.reset();
    m_home.reset();
}

QStringList tst_CliSync::serverOptions(const QString &userLabel, bool viaProxy) const
{
    const QUrl url = viaProxy ? m_env.proxyUrl : m_env.url;
    return {QStringLiteral("--server"),
            url.toString(),
            QStringLiteral("--server-database"),
            m_desktops->database().name(),
            QStringLiteral("--user"),
            m_desktops->database().user(userLabel).name,
            QStringLiteral("--ca-file"),
            m_env.caFile,
            QStringLiteral("--password-stdin")};
}

QProcess *tst_CliSync::startCli(const QStringList &arguments, const QString &password)
{
    auto *process = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Settings (trusted certificates) go to a folder of this test only.
    environment.insert(QStringLiteral("HOME"), m_home->path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_home->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    process->setProcessEnvironment(environment);
    process->start(QStringLiteral(COOPATLAS_CLI_PATH), arguments);
    process->waitForStarted(10000);
    process->write(password.toUtf8() + '\n');
    process->closeWriteChannel();
    return process;
}

CliRun tst_CliSync::runCli(const QStringList &arguments, const QString &password)
{
    QProcess *process = startCli(arguments, password);
    CliRun run;
    if (!process->waitForFinished(120000)) {
        process->kill();
        process->waitForFinished(5000);
    }
    run.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    run.out = process->readAllStandardOutput();
    run.err = process->readAllStandardError();
    delete process;
    return run;
}

qint64 tst_CliSync::dirtyRows(const QString &path) const
{
    auto db = Database::open(path);
    if (!db) {
        return -1;
    }
    qint64 total = 0;
    for (const char *table : {"organisations", "persons", "links", "notes", "taxonomy"}) {
        QSqlQuery query((*db)->connection());
        query.exec(
            QStringLiteral("SELECT count(*) FROM %1 WHERE dirty = 1").arg(QLatin1String(table)));
        total += query.next() ? query.value(0).toLongLong() : 0;
    }
    return total;
}

void tst_CliSync::syncWithoutServerIsUsageError()
{
    const QString path = m_home->filePath(QStringLiteral("empty.coopatlas"));
    const CliRun run = runCli({QStringLiteral("sync"), QStringLiteral("--database"), path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--server"));
}

void tst_CliSync::syncSavesOptionsAndSyncs()
{
    SyncTestDesktop &alice = m_desktops->alice();
    addOrganisation(alice.store(), QStringLiteral("Coopérative Lumière"));
    const QString password = m_desktops->password(QStringLiteral("alice"));
    CliRun run
        = runCli(QStringList{QStringLiteral("sync"), QStringLiteral("--database"), alice.path()}
                     + serverOptions(QStringLiteral("alice")),
                 password);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Connecting to https://"), run.out.constData());
    // Every record that the file has, its terms included, was sent.
    const QRegularExpression allSent(QStringLiteral("Sending changes: (\\d+) of \\1 sent\\.\n"));
    QVERIFY2(allSent.match(QString::fromUtf8(run.out)).hasMatch(), run.out.constData());
    QVERIFY(run.out.contains("Sent: "));
    QVERIFY(run.out.contains("Conflicts: 0"));
    QCOMPARE(dirtyRows(alice.path()), 0);

    // The second run finds the server settings in the file.
    run = runCli({QStringLiteral("sync"),
                  QStringLiteral("--database"),
                  alice.path(),
                  QStringLiteral("--password-stdin")},
                 password);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("Sent: 0"));
}

void tst_CliSync::serverBelowPathPrefixSyncs()
{
    // The test server's nginx also serves CouchDB below /couch/. The fault
    // proxy in front of it logs the paths that the client requests.
    SyncTestDesktop &alice = m_desktops->alice();
    const QString id = addOrganisation(alice.store(), QStringLiteral("Coopérative Préfixe"));
    QStringList options = serverOptions(QStringLiteral("alice"), true);
    options[1] = m_env.proxyUrl.toString() + QStringLiteral("/couch/");
    const QString password = m_desktops->password(QStringLiteral("alice"));
    CliRun run = runCli(
        QStringList{QStringLiteral("sync"), QStringLiteral("--database"), alice.path()} + options,
        password);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Records rejected by the server: 0"), run.out.constData());
    QCOMPARE(dirtyRows(alice.path()), 0);
    const HttpReply onServer = m_desktops->database().request(
        "GET", QStringLiteral("/organisation:") + id, m_desktops->database().adminCredentials());
    QCOMPARE(onServer.status, 200);
    auto log = m_proxy->log();
    QVERIFY(log.ok());
    QCOMPARE(countRequests(*log, QStringLiteral("POST"), QStringLiteral("/couch/_session")), 1);
    QVERIFY(countRequests(*log,
                          QStringLiteral("POST"),
                          QStringLiteral("/couch/") + m_desktops->database().name()
                              + QStringLiteral("/_bulk_docs"))
            >= 1);

    // A URL with a query is still rejected, naming the accepted form.
    options[1] = m_env.url.toString() + QStringLiteral("/couch?x=1");
    run = runCli(QStringList{QStringLiteral("sync"), QStringLiteral("--database"), alice.path()}
                     + options,
                 password);
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains("https://HOST[:PORT][/PATH]"), run.err.constData());
}

void tst_CliSync::wrongPasswordFailsWithMessage()
{
    SyncTestDesktop &alice = m_desktops->alice();
    const CliRun run
        = runCli(QStringList{QStringLiteral("sync"), QStringLiteral("--database"), alice.path()}
                     + serverOptions(QStringLiteral("alice")),
                 QStringLiteral("wrong password"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("Sync failed"));
    QVERIFY(run.err.contains("password"));
    QVERIFY2(run.err.endsWith("\nGive the password with --password-stdin, and check --user.\n"),
             run.err.constData());
}

void tst_CliSync::trustFingerprintTrustsOnlyTheShownCertificate()
{
    SyncTestDesktop &alice = m_desktops->alice();
    // The options without --ca-file, so that the server certificate is not trusted.
    const QStringList options{QStringLiteral("sync"),
                              QStringLiteral("--database"),
                              alice.path(),
                              QStringLiteral("--server"),
                              m_env.url.toString(),
                              QStringLiteral("--server-database"),
                              m_desktops->database().name(),
                              QStringLiteral("--user"),
                              m_desktops->database().user(QStringLiteral("alice")).name,
                              QStringLiteral("--password-stdin")};
    const QString password = m_desktops->password(QStringLiteral("alice"));
    const QString wrong = QString(64, u'0');

    const CliRun refused
        = runCli(options + QStringList{QStringLiteral("--trust-fingerprint"), wrong}, password);

    QCOMPARE(refused.exitCode, 1);
    const QByteArray marker = "certificate has the SHA-256 fingerprint ";
    const qsizetype start = refused.err.indexOf(marker);
    QVERIFY2(start >= 0, refused.err.constData());
    // 32 bytes as two hex digits each, with 31 colons.
    const QByteArray shown = refused.err.mid(start + marker.size(), 95);
    QVERIFY2(refused.err.contains(", not the one given with --trust-fingerprint (00:00:"),
             refused.err.constData());

    const CliRun trusted = runCli(
        options + QStringList{QStringLiteral("--trust-fingerprint"), QString::fromLatin1(shown)},
        password);

    QCOMPARE(trusted.exitCode, 0);
    const QByteArray expected = "Trusted the certificate with the SHA-256 fingerprint " + shown
                                + " for " + m_env.url.host().toLatin1() + ".\n";
    QVERIFY2(trusted.out.contains(expected), trusted.out.constData());

    // The trust is kept for the next runs.
    const CliRun again = runCli({QStringLiteral("sync"),
                                 QStringLiteral("--database"),
                                 alice.path(),
                                 QStringLiteral("--password-stdin")},
                                password);

    QCOMPARE(again.exitCode, 0);
    QVERIFY(!again.out.contains("Trusted the certificate"));
}

void tst_CliSync::conflictsListedAndResolved()
{
    SyncTestDesktop &alice = m_desktops->alice();
    SyncTestDesktop &bob = m_desktops->bob();
    const QString id = addOrganisation(alice.store(), QStringLiteral("Lumière"));
    QVERIFY(alice.sync().ok());
    QVERIFY(bob.sync().ok());
    auto aliceOrg = alice.store().organisation(id);
    aliceOrg->name = QStringLiteral("Lumière SC");
    QVERIFY(alice.store().updateOrganisation(*aliceOrg).ok());
    auto bobOrg = bob.store().organisation(id);
    bobOrg->name = QStringLiteral("Lumière ASBL");
    QVERIFY(bob.store().updateOrganisation(*bobOrg).ok());
    QVERIFY(alice.sync().ok());

    const QString bobPassword = m_desktops->password(QStringLiteral("bob"));
    CliRun run
        = runCli(QStringList{QStringLiteral("sync"), QStringLiteral("--database"), bob.path()}
                     + serverOptions(QStringLiteral("bob")),
                 bobPassword);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("Conflicts: 1"));
    QVERIFY(run.out.contains("coopatlas-cli resolve"));

    run = runCli({QStringLiteral("conflicts"), QStringLiteral("--database"), bob.path()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(id.toUtf8()));
    QVERIFY(run.out.contains(
        QStringLiteral("name: here \"Lumière ASBL\", on the server \"Lumière SC\"").toUtf8()));
    QVERIFY(run.out.contains(m_desktops->database().user(QStringLiteral("alice")).name.toUtf8()));

    run = runCli({QStringLiteral("resolve"),
                  id,
                  QStringLiteral("--take"),
                  QStringLiteral("sideways"),
                  QStringLiteral("--database"),
                  bob.path()});
    QCOMPARE(run.exitCode, 2);
    run = runCli({QStringLiteral("resolve"),
                  id,
                  QStringLiteral("--take"),
                  QStringLiteral("remote"),
                  QStringLiteral("--database"),
                  bob.path()});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = runCli({QStringLiteral("sync"),
                  QStringLiteral("--database"),
                  bob.path(),
                  QStringLiteral("--password-stdin")},
                 bobPassword);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("Conflicts: 0"));
    QVERIFY(alice.sync().ok());
    QCOMPARE(bob.store().organisation(id)->name, QStringLiteral("Lumière SC"));
    QCOMPARE(alice.documents(), bob.documents());
}

void tst_CliSync::resolveReadsOtherFile()
{
    SyncTestDesktop &alice = m_desktops->alice();
    SyncTestDesktop &bob = m_desktops->bob();
    ActivityStore &aliceActivities = m_desktops->aliceActivities();
    ActivityStore &bobActivities = m_desktops->bobActivities();
    const QByteArray aliceFile = patternBytes(1500, 41);
    const QByteArray bobFile = patternBytes(2500, 42);
    auto conflicted = m_desktops->makeFileConflict(aliceFile, bobFile);
    QVERIFY2(conflicted.ok(), qPrintable(conflicted ? QString() : conflicted.error().text()));
    const QString id = *conflicted;
    QCOMPARE(bob.conflicts().size(), 1);

    // Reading Alice's file needs the server, which no CLI sync saved in this file yet.
    const QString bobPassword = m_desktops->password(QStringLiteral("bob"));
    const QStringList resolve{QStringLiteral("resolve"),
                              id,
                              QStringLiteral("--take"),
                              QStringLiteral("remote"),
                              QStringLiteral("--database"),
                              bob.path(),
                              QStringLiteral("--password-stdin")};
    CliRun run = runCli(resolve, bobPassword);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("coopatlas-cli sync"), run.err.constData());
    QCOMPARE(bob.conflicts().size(), 1);

    run = runCli(QStringList{QStringLiteral("sync"), QStringLiteral("--database"), bob.path()}
                     + serverOptions(QStringLiteral("bob")),
                 bobPassword);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("Conflicts: 1"));
    run = runCli(resolve, bobPassword);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(bob.conflicts().isEmpty());
    QCOMPARE(sha256Hex(bobActivities.resourceFileData(id).value()), sha256Hex(aliceFile));
    QCOMPARE(bobActivities.resource(id)->file.name, QStringLiteral("budget-alice.ods"));

    run = runCli({QStringLiteral("sync"),
                  QStringLiteral("--database"),
                  bob.path(),
                  QStringLiteral("--password-stdin")},
                 bobPassword);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("Conflicts: 0"));
    QCOMPARE(bobActivities.resource(id)->meta.dirty, false);
    const HttpReply onServer
        = m_desktops->database().request("GET",
                              QStringLiteral("/resource:") + id + QStringLiteral("?conflicts=true"),
                              m_desktops->database().adminCredentials());
    QCOMPARE(onServer.status, 200);
    const QJsonObject document = onServer.json().object();
    QVERIFY(document.value(QStringLiteral("_conflicts")).toArray().isEmpty());
    QCOMPARE(document.value(QStringLiteral("file_sha256")).toString(), sha256Hex(aliceFile));
    QVERIFY(alice.sync().ok());
    QCOMPARE(sha256Hex(aliceActivities.resourceFileData(id).value()), sha256Hex(aliceFile));
}

void tst_CliSync::rejectedDeletionListedOnce()
{
    SyncTestDesktop &alice = m_desktops->alice();
    SyncTestDesktop &bob = m_desktops->bob();
    const QString id = addOrganisation(alice.store(), QStringLiteral("Coop à garder"));
    QVERIFY(alice.sync().ok());
    QVERIFY(bob.sync().ok());
    QVERIFY(bob.store().remove(RecordKind::Organisation, id).ok());

    const QString bobPassword = m_desktops->password(QStringLiteral("bob"));
    CliRun run
        = runCli(QStringList{QStringLiteral("sync"), QStringLiteral("--database"), bob.path()}
                     + serverOptions(QStringLiteral("bob")),
                 bobPassword);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("Records rejected by the server: 1"));
    QVERIFY2(run.out.contains("Sending changes: 0 of 1 sent, 1 rejected by the server.\n"),
             run.out.constData());
    QVERIFY2(!run.out.contains("Sending changes: 1 of 1 sent"), run.out.constData());

    const QByteArray notice
        = (id + QStringLiteral(" restored: Only an administrator can delete records")).toUtf8();
    run = runCli({QStringLiteral("conflicts"), QStringLiteral("--database"), bob.path()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(notice), run.out.constData());

    // The next sync reports nothing new, and the notice stays listed.
    run = runCli({QStringLiteral("sync"),
                  QStringLiteral("--database"),
                  bob.path(),
                  QStringLiteral("--password-stdin")},
                 bobPassword);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("Records rejected by the server: 0"));
    run = runCli({QStringLiteral("conflicts"), QStringLiteral("--database"), bob.path()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(notice));
    QCOMPARE(bob.store().organisation(id)->meta.deleted, false);
}

void tst_CliSync::killedSyncResumesWithoutLoss_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("pathRegex");
    QTest::addColumn<int>("requestsBefore"); // matching requests let through before the stall

    QTest::newRow("while receiving") << QStringLiteral("GET") << QStringLiteral("_changes") << 0;
    QTest::newRow("first batch") << QStringLiteral("POST") << QStringLiteral("_bulk_docs") << 0;
    QTest::newRow("third batch") << QStringLiteral("POST") << QStringLiteral("_bulk_docs") << 2;
}

void tst_CliSync::killedSyncResumesWithoutLoss()
{
    QFETCH(QString, method);
    QFETCH(QString, pathRegex);
    QFETCH(int, requestsBefore);

    SyncTestDesktop &bob = m_desktops->bob();
    addOrganisation(bob.store(), QStringLiteral("Received before the kill"));
    QVERIFY(bob.sync().ok());
    SyncTestDesktop &alice = m_desktops->alice();
    {
        Transaction transaction(alice.store().database());
        for (int i = 0; i < 1100; ++i) {
            QVERIFY(!addOrganisation(alice.store(), QStringLiteral("Coop %1").arg(i)).isEmpty());
        }
        QVERIFY(transaction.commit().ok());
    }

    QJsonArray rules;
    if (requestsBefore > 0) {
        rules.append(rule(method, pathRegex, QStringLiteral("pass"), requestsBefore));
    }
    QJsonObject stall = rule(method, pathRegex, QStringLiteral("stall"), 1);
    stall.insert(QStringLiteral("seconds"), 60);
    rules.append(stall);
    QVERIFY(m_proxy->setRules(rules).ok());
    QVERIFY(m_proxy->clearLog().ok());

    const QString password = m_desktops->password(QStringLiteral("alice"));
    QProcess *process
        = startCli(QStringList{QStringLiteral("sync"), QStringLiteral("--database"), alice.path()}
                       + serverOptions(QStringLiteral("alice"), true),
                   password);
    // Wait until the stalled request reached the proxy, at most 60 s.
    QElapsedTimer waited;
    waited.start();
    bool held = false;
    while (!held && waited.elapsed() < 60000 && process->state() == QProcess::Running) {
        QTest::qWait(100);
        auto log = m_proxy->log();
        held = log.ok() && countRequests(*log, method, pathRegex) > requestsBefore;
    }
    QVERIFY2(held, process->readAllStandardError().constData());
    process->kill(); // SIGKILL: no clean-up in the process
    QVERIFY(process->waitForFinished(10000));
    delete process;
    QVERIFY(m_proxy->clearRules().ok());
    QTest::qWait(200);

    const CliRun resumed = runCli({QStringLiteral("sync"),
                                   QStringLiteral("--database"),
                                   alice.path(),
                                   QStringLiteral("--password-stdin")},
                                  password);
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    QCOMPARE(dirtyRows(alice.path()), 0);
    QCOMPARE(alice.rowCount(QStringLiteral("organisations")), 1101);
    auto count = m_desktops->database().documentCount();
    QVERIFY(count.ok());
    QCOMPARE(*count,
             alice.rowCount(QStringLiteral("organisations"))
                 + alice.rowCount(QStringLiteral("taxonomy")) + 1);
}

void tst_CliSync::passwordAbsentFromFilesAndLogs()
{
    SyncTestDesktop &alice = m_desktops->alice();
    addOrganisation(alice.store(), QStringLiteral("SAW-B"));
    const QString password = m_desktops->password(QStringLiteral("alice"));
    QVERIFY(password.size() >= 8);
    QProcess *process = startCli(QStringList{QStringLiteral("--verbose"),
                                             QStringLiteral("sync"),
                                             QStringLiteral("--database"),
                                             alice.path()}
                                     + serverOptions(QStringLiteral("alice")),
                                 password);
    // The test's own Store keeps the file open, so the -wal file is still there to search.
    QVERIFY(process->waitForFinished(120000));
    QCOMPARE(process->exitCode(), 0);
    const QByteArray output = process->readAllStandardOutput() + process->readAllStandardError();
    delete process;
    QVERIFY(output.contains("coopatlas.sync")); // the log was captured
    QVERIFY(!output.contains(password.toUtf8()));

    QStringList files{alice.path(), alice.path() + QStringLiteral("-wal")};
    QDirIterator settings(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (settings.hasNext()) {
        files.append(settings.next());
    }
    QVERIFY(QFile::exists(alice.path() + QStringLiteral("-wal")));
    for (const QString &file : files) {
        const QByteArray bytes = fileBytes(file);
        QVERIFY2(!bytes.contains(password.toUtf8()), qPrintable(file));
        const QByteArray utf16(reinterpret_cast<const char *>(password.utf16()),
                               password.size() * 2);
        QVERIFY2(!bytes.contains(utf16), qPrintable(file));
    }
}

QTEST_GUILESS_MAIN(tst_CliSync)
#include "tst_clisync.moc"
