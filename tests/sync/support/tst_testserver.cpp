// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Tests of the sync test-support library and of packaging/server's set-up
// script, against the running test server.
#include "testserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace CoopAtlas::TestSupport;

class tst_TestServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testReadServerEnv();
    void readServerEnvWhenKeyMissing();
    void testCreateSetsSecurity();
    void testCreateInstallsValidation();
    void testCreateMakesUsersWithRoles();
    void initTwiceChangesNothing();
    void addUserTwiceChangesNothing();
    void addUserChangesRoles();
    void testRemoveDeletesDatabaseAndUsers();
    void statusReportsSetUp();
    void newIdentityReplacesIdentity();
    void setupRejectsUrlWithPassword();
    void databasesDoNotShareDocuments();

private:
    static QJsonObject sessionOf(const TestDatabase &database, const Credentials &credentials);

    TestServerEnv m_env;
};

void tst_TestServer::initTestCase()
{
    const auto env = serverEnvFromEnvironment();
    QVERIFY2(env.ok(), qPrintable(env.ok() ? QString() : env.error().text()));
    m_env = env.value();
}

QJsonObject tst_TestServer::sessionOf(const TestDatabase &database, const Credentials &credentials)
{
    QUrl url = database.env().url;
    url.setPath(QStringLiteral("/_session"));
    const HttpReply reply = sendRequest("GET", url, database.env().caFile, credentials);
    return reply.json().object().value(QStringLiteral("userCtx")).toObject();
}

void tst_TestServer::testReadServerEnv()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("server.env"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("COOPATLAS_TEST_URL=https://127.0.0.1:8443\n"
               "COOPATLAS_TEST_CA_FILE=/run/ca.crt\n"
               "COOPATLAS_TEST_ADMIN_USER=admin\n"
               "COOPATLAS_TEST_ADMIN_PASSWORD=p=w\n"
               "COOPATLAS_TEST_PROXY_URL=\n"
               "COOPATLAS_TEST_PROXY_CONTROL=http://127.0.0.1:9000\n"
               "COOPATLAS_TEST_MAX_BODY_BYTES=1024\n");
    file.close();

    const auto env = readServerEnv(path);
    QVERIFY(env.ok());
    QCOMPARE(env->url, QUrl(QStringLiteral("https://127.0.0.1:8443")));
    QCOMPARE(env->caFile, QStringLiteral("/run/ca.crt"));
    QCOMPARE(env->adminUser, QStringLiteral("admin"));
    QCOMPARE(env->adminPassword, QStringLiteral("p=w"));
    QVERIFY(env->proxyUrl.isEmpty());
    QCOMPARE(env->proxyControl, QUrl(QStringLiteral("http://127.0.0.1:9000")));
    QCOMPARE(env->maxBodyBytes, 1024);
}

void tst_TestServer::readServerEnvWhenKeyMissing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("server.env"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("COOPATLAS_TEST_URL=https://127.0.0.1:8443\nCOOPATLAS_TEST_CA_FILE=/run/ca.crt\n");
    file.close();

    const auto env = readServerEnv(path);
    QVERIFY(!env.ok());
    QVERIFY(env.error().message.contains(QStringLiteral("COOPATLAS_TEST_ADMIN_USER")));
    QCOMPARE(env.error().context, path);
}

void tst_TestServer::testCreateSetsSecurity()
{
    const auto database = TestDatabase::create(m_env, QStringLiteral("security"));
    QVERIFY2(database.ok(), qPrintable(database.ok() ? QString() : database.error().text()));
    const TestDatabase &db = *database.value();

    const HttpReply reply = db.request("GET", QStringLiteral("/_security"), db.adminCredentials());
    QCOMPARE(reply.status, 200);
    const QJsonObject members = reply.json().object().value(QStringLiteral("members")).toObject();
    const QJsonArray expectedRoles = {QStringLiteral("coopatlas_reader"),
                                      QStringLiteral("coopatlas_editor"),
                                      QStringLiteral("coopatlas_admin")};
    QCOMPARE(members.value(QStringLiteral("roles")).toArray(), expectedRoles);
    QCOMPARE(members.value(QStringLiteral("names")).toArray(), QJsonArray());

    const HttpReply anonymous = db.request("GET", {}, {});
    QCOMPARE(anonymous.status, 401);
}

void tst_TestServer::testCreateInstallsValidation()
{
    const auto database = TestDatabase::create(m_env, QStringLiteral("design"));
    QVERIFY(database.ok());
    const TestDatabase &db = *database.value();

    const HttpReply reply
        = db.request("GET", QStringLiteral("/_design/coopatlas"), db.adminCredentials());
    QCOMPARE(reply.status, 200);
    const QJsonObject design = reply.json().object();
    const QString validation = design.value(QStringLiteral("validate_doc_update")).toString();
    QVERIFY(validation.startsWith(QStringLiteral("function (newDoc, oldDoc, userCtx, secObj)")));
    QVERIFY(!validation.contains(QStringLiteral("SPDX")));
    QCOMPARE(design.value(QStringLiteral("coopatlas_validation_sha256")).toString().size(), 64);
    QCOMPARE(db.documentCount().value(), 1);
}

void tst_TestServer::testCreateMakesUsersWithRoles()
{
    const auto database = TestDatabase::create(
        m_env,
        QStringLiteral("users"),
        {{QStringLiteral("rita"), {QStringLiteral("reader")}},
         {QStringLiteral("emil"), {QStringLiteral("editor")}},
         {QStringLiteral("ada"), {QStringLiteral("editor"), QStringLiteral("admin")}}});
    QVERIFY2(database.ok(), qPrintable(database.ok() ? QString() : database.error().text()));
    const TestDatabase &db = *database.value();

    QCOMPARE(db.users().size(), 3);
    QCOMPARE(db.user(QStringLiteral("rita")).name, db.name() + QStringLiteral("-rita"));
    QCOMPARE(db.user(QStringLiteral("rita")).password.size(), 32);
    QVERIFY(db.user(QStringLiteral("nobody")).name.isEmpty());

    const QJsonObject rita = sessionOf(db, db.credentials(QStringLiteral("rita")));
    QCOMPARE(rita.value(QStringLiteral("name")).toString(), db.name() + QStringLiteral("-rita"));
    QCOMPARE(rita.value(QStringLiteral("roles")).toArray(),
             QJsonArray{QStringLiteral("coopatlas_reader")});
    const QJsonObject ada = sessionOf(db, db.credentials(QStringLiteral("ada")));
    const QJsonArray adaRoles
        = {QStringLiteral("coopatlas_editor"), QStringLiteral("coopatlas_admin")};
    QCOMPARE(ada.value(QStringLiteral("roles")).toArray(), adaRoles);

    const HttpReply readerRead = db.request("GET", {}, db.credentials(QStringLiteral("rita")));
    QCOMPARE(readerRead.status, 200);
    const Credentials wrongPassword{db.user(QStringLiteral("emil")).name, QStringLiteral("wrong")};
    const HttpReply rejected = db.request("GET", {}, wrongPassword);
    QCOMPARE(rejected.status, 401);
}

void tst_TestServer::initTwiceChangesNothing()
{
    const auto database = TestDatabase::create(m_env, QStringLiteral("idempotent"));
    QVERIFY(database.ok());
    TestDatabase &db = *database.value();
    const HttpReply before
        = db.request("GET", QStringLiteral("/_design/coopatlas"), db.adminCredentials());
    const HttpReply securityBefore
        = db.request("GET", QStringLiteral("/_security"), db.adminCredentials());

    const auto second = db.runSetupScript({QStringLiteral("init")});
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().text()));
    QVERIFY(second.value().contains(
        QStringLiteral("_design/coopatlas in %1 is up to date").arg(db.name())));
    QVERIFY(
        second.value().contains(QStringLiteral("_security of %1 is up to date").arg(db.name())));

    const HttpReply after
        = db.request("GET", QStringLiteral("/_design/coopatlas"), db.adminCredentials());
    const HttpReply securityAfter
        = db.request("GET", QStringLiteral("/_security"), db.adminCredentials());
    QCOMPARE(after.json().object().value(QStringLiteral("_rev")),
             before.json().object().value(QStringLiteral("_rev")));
    QCOMPARE(securityAfter.json(), securityBefore.json());
    QCOMPARE(db.documentCount().value(), 1);
}

void tst_TestServer::addUserTwiceChangesNothing()
{
    const auto database = TestDatabase::create(
        m_env, QStringLiteral("adduser"), {{QStringLiteral("emil"), {QStringLiteral("editor")}}});
    QVERIFY(database.ok());
    TestDatabase &db = *database.value();
    const TestUser emil = db.user(QStringLiteral("emil"));
    const QString userPath = QStringLiteral("/_users/org.couchdb.user:") + emil.name;
    QUrl url = m_env.url;
    url.setPath(userPath);
    const Credentials admin = db.adminCredentials();
    const QJsonValue revBefore = sendRequest("GET", url, m_env.caFile, admin)
                                     .json()
                                     .object()
                                     .value(QStringLiteral("_rev"));

    const auto again = db.runSetupScript(
        {QStringLiteral("add-user"), emil.name, QStringLiteral("editor")}, emil.password);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().text()));
    QVERIFY(again.value().contains(QStringLiteral("the account %1 is up to date").arg(emil.name)));

    const QJsonValue revAfter = sendRequest("GET", url, m_env.caFile, admin)
                                    .json()
                                    .object()
                                    .value(QStringLiteral("_rev"));
    QVERIFY(revBefore.isString());
    QCOMPARE(revAfter, revBefore);
}

void tst_TestServer::addUserChangesRoles()
{
    const auto database = TestDatabase::create(
        m_env, QStringLiteral("roles"), {{QStringLiteral("emil"), {QStringLiteral("reader")}}});
    QVERIFY(database.ok());
    TestDatabase &db = *database.value();
    const TestUser emil = db.user(QStringLiteral("emil"));

    const auto changed = db.runSetupScript(
        {QStringLiteral("add-user"), emil.name, QStringLiteral("editor")}, emil.password);
    QVERIFY(changed.ok());
    QVERIFY(changed.value().contains(QStringLiteral("updated the account %1").arg(emil.name)));
    QVERIFY(!changed.value().contains(emil.password));
    QVERIFY(!changed.value().contains(m_env.adminPassword));

    const QJsonObject session = sessionOf(db, db.credentials(QStringLiteral("emil")));
    QCOMPARE(session.value(QStringLiteral("roles")).toArray(),
             QJsonArray{QStringLiteral("coopatlas_editor")});

    const auto badRole = db.runSetupScript(
        {QStringLiteral("add-user"), emil.name, QStringLiteral("owner")}, emil.password);
    QVERIFY(!badRole.ok());
    QVERIFY(badRole.error().message.contains(QStringLiteral("unknown role 'owner'")));
}

void tst_TestServer::testRemoveDeletesDatabaseAndUsers()
{
    auto database = TestDatabase::create(
        m_env, QStringLiteral("remove"), {{QStringLiteral("emil"), {QStringLiteral("editor")}}});
    QVERIFY(database.ok());
    TestDatabase &db = *database.value();
    const Credentials emil = db.credentials(QStringLiteral("emil"));
    QCOMPARE(sessionOf(db, emil).value(QStringLiteral("name")).toString(), emil.name);

    const auto removed = db.remove();
    QVERIFY2(removed.ok(), qPrintable(removed.ok() ? QString() : removed.error().text()));

    QCOMPARE(db.request("GET", {}, db.adminCredentials()).status, 404);
    QUrl url = m_env.url;
    url.setPath(QStringLiteral("/_users/org.couchdb.user:") + emil.name);
    QCOMPARE(sendRequest("GET", url, m_env.caFile, db.adminCredentials()).status, 404);
    QUrl sessionUrl = m_env.url;
    sessionUrl.setPath(QStringLiteral("/_session"));
    QCOMPARE(sendRequest("GET", sessionUrl, m_env.caFile, emil).status, 401);
    QVERIFY(db.remove().ok());
}

void tst_TestServer::databasesDoNotShareDocuments()
{
    const auto first = TestDatabase::create(m_env, QStringLiteral("first"));
    const auto second = TestDatabase::create(m_env, QStringLiteral("second"));
    QVERIFY(first.ok());
    QVERIFY(second.ok());
    QVERIFY(first.value()->name() != second.value()->name());

    const QByteArray document = R"({"type":"organisation","schema":1,"name":"Smart"})";
    const QString path = QStringLiteral("/organisation:0190a0b0-0000-7000-8000-000000000001");
    const HttpReply written
        = first.value()->request("PUT", path, first.value()->adminCredentials(), document);
    QCOMPARE(written.status, 201);
    QCOMPARE(first.value()->request("GET", path, first.value()->adminCredentials()).status, 200);
    QCOMPARE(second.value()->request("GET", path, second.value()->adminCredentials()).status, 404);
    QCOMPARE(first.value()->documentCount().value(), 2);
    QCOMPARE(second.value()->documentCount().value(), 1);
}

void tst_TestServer::statusReportsSetUp()
{
    const auto database = TestDatabase::create(m_env, QStringLiteral("status"));
    QVERIFY(database.ok());
    TestDatabase &db = *database.value();

    const auto status = db.runSetupScript({QStringLiteral("status")});
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().text()));
    QVERIFY(status.value().contains(QStringLiteral("server: PouchDB Server ")));
    QVERIFY(status.value().contains(QStringLiteral("database %1: 1 documents").arg(db.name())));
    QVERIFY(status.value().contains(QStringLiteral("_security: up to date")));
    QVERIFY(status.value().contains(QStringLiteral("_design/coopatlas: up to date")));

    const HttpReply changed = db.request("PUT",
                                         QStringLiteral("/_security"),
                                         db.adminCredentials(),
                                         R"({"members":{"names":["x"]}})");
    QCOMPARE(changed.status, 200);
    const auto outdated = db.runSetupScript({QStringLiteral("status")});
    QVERIFY(outdated.ok());
    QVERIFY(outdated.value().contains(
        QStringLiteral("_security: differs from what init sets; run init")));
}

void tst_TestServer::newIdentityReplacesIdentity()
{
    const auto database = TestDatabase::create(m_env, QStringLiteral("identity"));
    QVERIFY(database.ok());
    TestDatabase &db = *database.value();
    const QString path = QStringLiteral("/_local/coopatlas-database");
    const auto identityOf = [&]() {
        return db.request("GET", path, db.adminCredentials())
            .json()
            .object()
            .value(QStringLiteral("database_id"))
            .toString();
    };
    const QString initialIdentity = identityOf();
    QCOMPARE(initialIdentity.size(), 32);

    // Replaces an existing identity with 32 new hex digits.
    const auto replaced = db.runSetupScript({QStringLiteral("new-identity")});
    QVERIFY2(replaced.ok(), qPrintable(replaced.ok() ? QString() : replaced.error().text()));
    const QString renewed = identityOf();
    QVERIFY(renewed != initialIdentity);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(renewed).hasMatch());
    QVERIFY(replaced.value().contains(
        QStringLiteral("wrote _local/coopatlas-database in %1: %2").arg(db.name(), renewed)));

    // Creates one when the document is missing.
    const QString revision = db.request("GET", path, db.adminCredentials())
                                 .json()
                                 .object()
                                 .value(QStringLiteral("_rev"))
                                 .toString();
    QCOMPARE(db.request("DELETE", path + QStringLiteral("?rev=") + revision, db.adminCredentials())
                 .status,
             200);
    const auto created = db.runSetupScript({QStringLiteral("new-identity")});
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().text()));
    QCOMPARE(identityOf().size(), 32);
    QVERIFY(identityOf() != renewed);

    // An identity nested in another field is invalid: init stops, status names it.
    QJsonObject nested = db.request("GET", path, db.adminCredentials()).json().object();
    nested.insert(QStringLiteral("database_id"),
                  QJsonObject{{QStringLiteral("database_id"), QStringLiteral("nested")}});
    QCOMPARE(db.request("PUT", path, db.adminCredentials(), QJsonDocument(nested).toJson()).status,
             201);
    const auto init = db.runSetupScript({QStringLiteral("init")});
    QVERIFY(!init.ok());
    QVERIFY2(init.error().message.contains(
                 QStringLiteral("_local/coopatlas-database in %1 is invalid").arg(db.name())),
             qPrintable(init.error().text()));
    const auto status = db.runSetupScript({QStringLiteral("status")});
    QVERIFY(status.ok());
    QVERIFY(status.value().contains(
        QStringLiteral("_local/coopatlas-database: invalid database_id; run new-identity")));

    const auto extra = db.runSetupScript({QStringLiteral("new-identity"), QStringLiteral("x")});
    QVERIFY(!extra.ok());
    QVERIFY(extra.error().message.contains(QStringLiteral("new-identity takes no arguments")));

    // A missing database is named, not created.
    QCOMPARE(db.request("DELETE", {}, db.adminCredentials()).status, 200);
    const auto missing = db.runSetupScript({QStringLiteral("new-identity")});
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().message.contains(
                 QStringLiteral("the database %1 does not exist; run init").arg(db.name())),
             qPrintable(missing.error().text()));
    QCOMPARE(db.request("GET", {}, db.adminCredentials()).status, 404);
}

void tst_TestServer::setupRejectsUrlWithPassword()
{
    TestServerEnv withPassword = m_env;
    withPassword.url.setUserInfo(QStringLiteral("admin:secret"));
    const auto database = TestDatabase::create(withPassword, QStringLiteral("userinfo"));
    QVERIFY(!database.ok());
    QVERIFY(database.error().message.contains(
        QStringLiteral("COUCHDB_URL contains a user name or password")));
    QVERIFY(!database.error().message.contains(QStringLiteral("secret")));
}

QTEST_GUILESS_MAIN(tst_TestServer)
#include "tst_testserver.moc"
