// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// CouchClient against the real sync test server over TLS (through nginx).
#include "testserver.h"

#include <core/sync/couchclient.h>
#include <core/sync/tlstrust.h>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace CoopAtlas::Core;
using namespace CoopAtlas::TestSupport;

namespace {

QString newId()
{
    return QStringLiteral("organisation:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject validDocument(const QString &id, const QString &name)
{
    return QJsonObject{{QStringLiteral("_id"), id},
                       {QStringLiteral("type"), QStringLiteral("organisation")},
                       {QStringLiteral("schema"), 1},
                       {QStringLiteral("name"), name}};
}

QStringList messagesLogged;

void collectMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    messagesLogged << message;
}

} // namespace

class tst_CouchClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void connectWithCaFile();
    void connectWithoutCaFailsUntrusted();
    void connectAfterTrustSucceeds();
    void wrongPasswordIsUnauthorized();
    void missingDatabaseIsNotFound();
    void readerCannotWriteButReads();
    void changesPagesWithOpaqueSince();
    void changesIncludeDeletions();
    void bulkDocsReportsRejectedDocument();
    void documentReadsRevisionAndConflicts();
    void missingDocumentIsNotFound();
    void revisionsLeavesOutMissing();
    void logsHoldNoSecrets();

private:
    ServerConfig configFor(const QString &label) const;
    std::unique_ptr<CouchClient> connectedClient(const QString &label);

    TestServerEnv m_env;
    std::unique_ptr<TestDatabase> m_database;
    TlsTrust m_trust{TlsTrust::Storage::Memory};
};

void tst_CouchClient::initTestCase()
{
    const auto env = serverEnvFromEnvironment();
    QVERIFY2(env.ok(), qPrintable(env.ok() ? QString() : env.error().text()));
    m_env = env.value();
    auto database = TestDatabase::create(
        m_env,
        QStringLiteral("client"),
        {{QStringLiteral("alice"), {QStringLiteral("editor")}},
         {QStringLiteral("rita"), {QStringLiteral("reader")}},
         {QStringLiteral("ada"), {QStringLiteral("editor"), QStringLiteral("admin")}}});
    QVERIFY2(database.ok(), qPrintable(database.ok() ? QString() : database.error().text()));
    m_database = std::move(database).value();
}

void tst_CouchClient::cleanupTestCase()
{
    m_database.reset();
}

ServerConfig tst_CouchClient::configFor(const QString &label) const
{
    ServerConfig config;
    config.url = m_env.url;
    config.database = m_database->name();
    config.user = m_database->user(label).name;
    config.caFile = m_env.caFile;
    config.timeoutMs = 20000;
    config.maxAttempts = 2;
    return config;
}

std::unique_ptr<CouchClient> tst_CouchClient::connectedClient(const QString &label)
{
    auto client = std::make_unique<CouchClient>(
        configFor(label), m_database->user(label).password, &m_trust);
    const Result<ServerSession> session = client->connect();
    if (!session.ok()) {
        qWarning("connect failed: %s", qPrintable(session.error().text()));
        return nullptr;
    }
    return client;
}

void tst_CouchClient::connectWithCaFile()
{
    CouchClient client(configFor(QStringLiteral("alice")),
                       m_database->user(QStringLiteral("alice")).password,
                       &m_trust);

    const Result<ServerSession> session = client.connect();

    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().text()));
    QCOMPARE(session->user, m_database->user(QStringLiteral("alice")).name);
    QCOMPARE(session->roles, QStringList{QStringLiteral("coopatlas_editor")});
    QCOMPARE(session->vendor, QStringLiteral("PouchDB authors"));
    // Server and client run on the same machine, so their clocks agree.
    QVERIFY(session->clockWarning.isEmpty());
    QCOMPARE(client.lastFailure().kind, SyncFailureKind::None);
}

void tst_CouchClient::connectWithoutCaFailsUntrusted()
{
    ServerConfig config = configFor(QStringLiteral("alice"));
    config.caFile.clear();
    TlsTrust trust(TlsTrust::Storage::Memory);
    CouchClient client(config, m_database->user(QStringLiteral("alice")).password, &trust);

    const Result<ServerSession> session = client.connect();

    QVERIFY(!session.ok());
    QCOMPARE(client.lastFailure().kind, SyncFailureKind::UntrustedCertificate);
    QProcess openssl;
    const QString serverCertificate
        = QFileInfo(m_env.caFile).dir().filePath(QStringLiteral("server.crt"));
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("x509"),
                   QStringLiteral("-in"),
                   serverCertificate,
                   QStringLiteral("-noout"),
                   QStringLiteral("-fingerprint"),
                   QStringLiteral("-sha256")});
    QVERIFY(openssl.waitForFinished(30000));
    const QByteArray output = openssl.readAllStandardOutput();
    const QString expected
        = QString::fromLatin1(output.mid(output.indexOf('=') + 1).trimmed()).remove(u':').toLower();
    QCOMPARE(expected.size(), 64);
    QCOMPARE(client.lastFailure().certificateFingerprint, expected);
    QVERIFY2(session.error().message.contains(QStringLiteral("SHA-256 fingerprint")),
             qPrintable(session.error().message));
}

void tst_CouchClient::connectAfterTrustSucceeds()
{
    ServerConfig config = configFor(QStringLiteral("alice"));
    config.caFile.clear();
    TlsTrust trust(TlsTrust::Storage::Memory);
    CouchClient untrusted(config, m_database->user(QStringLiteral("alice")).password, &trust);
    QVERIFY(!untrusted.connect().ok());
    const QString fingerprint = untrusted.lastFailure().certificateFingerprint;
    QCOMPARE(fingerprint.size(), 64);

    trust.trust(config.url.host(), config.url.port(), fingerprint);
    CouchClient trusted(config, m_database->user(QStringLiteral("alice")).password, &trust);
    const Result<ServerSession> session = trusted.connect();

    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().text()));
    QCOMPARE(session->user, m_database->user(QStringLiteral("alice")).name);
    const Result<ChangesPage> page = trusted.changes({}, 10);
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().text()));
}

void tst_CouchClient::wrongPasswordIsUnauthorized()
{
    CouchClient client(
        configFor(QStringLiteral("alice")), QStringLiteral("not-the-password"), &m_trust);

    const Result<ServerSession> session = client.connect();

    QVERIFY(!session.ok());
    QCOMPARE(client.lastFailure().kind, SyncFailureKind::Unauthorized);
    QCOMPARE(client.lastFailure().httpStatus, 401);
    QVERIFY2(session.error().message.contains(QStringLiteral("Check the password.")),
             qPrintable(session.error().message));
    QVERIFY2(session.error().message.contains(m_database->user(QStringLiteral("alice")).name),
             qPrintable(session.error().message));
    QCOMPARE(session.error().context, m_env.url.toString() + QStringLiteral("/_session"));
}

void tst_CouchClient::missingDatabaseIsNotFound()
{
    ServerConfig config = configFor(QStringLiteral("alice"));
    config.database = m_database->name() + QStringLiteral("-missing");
    CouchClient client(config, m_database->user(QStringLiteral("alice")).password, &m_trust);

    const Result<ServerSession> session = client.connect();

    QVERIFY(!session.ok());
    QCOMPARE(client.lastFailure().kind, SyncFailureKind::NotFound);
    QCOMPARE(client.lastFailure().httpStatus, 404);
    QCOMPARE(session.error().context, m_env.url.toString() + u'/' + config.database);
}

void tst_CouchClient::readerCannotWriteButReads()
{
    const auto reader = connectedClient(QStringLiteral("rita"));
    QVERIFY(reader);

    const Result<QList<BulkDocResult>> written
        = reader->bulkDocs(QJsonArray{validDocument(newId(), QStringLiteral("Reader write"))});
    const Result<ChangesPage> read = reader->changes({}, 10);

    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().text()));
    QCOMPARE(written->size(), 1);
    QCOMPARE(written->at(0).error, QStringLiteral("forbidden"));
    QVERIFY(written->at(0).rev.isEmpty());
    QVERIFY(read.ok());
}

void tst_CouchClient::changesPagesWithOpaqueSince()
{
    auto database = TestDatabase::create(
        m_env, QStringLiteral("paging"), {{QStringLiteral("alice"), {QStringLiteral("editor")}}});
    QVERIFY2(database.ok(), qPrintable(database.ok() ? QString() : database.error().text()));
    ServerConfig config = configFor(QStringLiteral("alice"));
    config.database = database.value()->name();
    config.user = database.value()->user(QStringLiteral("alice")).name;
    CouchClient client(config, database.value()->user(QStringLiteral("alice")).password, &m_trust);
    QVERIFY(client.connect().ok());
    // The design document of the validation is the first change; 7 records follow.
    QSet<QString> expected{QStringLiteral("_design/coopatlas")};
    QJsonArray documents;
    for (int i = 0; i < 7; ++i) {
        const QString id = newId();
        expected.insert(id);
        documents.append(validDocument(id, QStringLiteral("Cooperative %1").arg(i)));
    }
    const Result<QList<BulkDocResult>> written = client.bulkDocs(documents);
    QVERIFY(written.ok());

    QSet<QString> seen;
    QList<qsizetype> pageSizes;
    QByteArray since;
    for (int pageNumber = 0; pageNumber < 10; ++pageNumber) {
        const Result<ChangesPage> page = client.changes(since, 3);
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().text()));
        QVERIFY(!page->lastSeq.isEmpty());
        if (page->docs.isEmpty()) {
            QCOMPARE(page->lastSeq, since);
            break;
        }
        pageSizes << page->docs.size();
        for (const QJsonObject &doc : page->docs)
            seen.insert(doc.value(u"_id").toString());
        since = page->lastSeq;
    }

    QCOMPARE(pageSizes, (QList<qsizetype>{3, 3, 2}));
    QCOMPARE(seen, expected);
}

void tst_CouchClient::changesIncludeDeletions()
{
    // Removing a document needs the coopatlas_admin role.
    const auto client = connectedClient(QStringLiteral("ada"));
    QVERIFY(client);
    const Result<ChangesPage> before = client->changes({}, 10000);
    QVERIFY(before.ok());
    const QString id = newId();
    const auto created = client->bulkDocs(QJsonArray{validDocument(id, QStringLiteral("Gone"))});
    QVERIFY(created.ok());
    QJsonObject deletion = validDocument(id, QStringLiteral("Gone"));
    deletion.insert(QStringLiteral("_rev"), created->at(0).rev);
    deletion.insert(QStringLiteral("_deleted"), true);
    const auto deleted = client->bulkDocs(QJsonArray{deletion});
    QVERIFY(deleted.ok());
    QVERIFY2(deleted->at(0).error.isEmpty(), qPrintable(deleted->at(0).reason));

    const Result<ChangesPage> page = client->changes(before->lastSeq, 100);

    QVERIFY(page.ok());
    QCOMPARE(page->docs.size(), 1);
    QCOMPARE(page->docs.at(0).value(u"_id").toString(), id);
    QCOMPARE(page->docs.at(0).value(u"_deleted").toBool(), true);
    QCOMPARE(page->docs.at(0).value(u"_rev").toString(), deleted->at(0).rev);
}

void tst_CouchClient::bulkDocsReportsRejectedDocument()
{
    const auto client = connectedClient(QStringLiteral("alice"));
    QVERIFY(client);
    const QString firstId = newId();
    const QString rejectedId = newId();
    const QString lastId = newId();
    QJsonObject rejected = validDocument(rejectedId, QStringLiteral("Wrong schema"));
    rejected.insert(QStringLiteral("schema"), 2);

    const Result<QList<BulkDocResult>> results
        = client->bulkDocs(QJsonArray{validDocument(firstId, QStringLiteral("First")),
                                      rejected,
                                      validDocument(lastId, QStringLiteral("Last"))});

    QVERIFY2(results.ok(), qPrintable(results.ok() ? QString() : results.error().text()));
    QCOMPARE(results->size(), 3);
    QCOMPARE(results->at(0).id, firstId);
    QVERIFY(results->at(0).rev.startsWith(QStringLiteral("1-")));
    QVERIFY(results->at(0).error.isEmpty());
    QCOMPARE(results->at(1).id, rejectedId);
    QCOMPARE(results->at(1).error, QStringLiteral("forbidden"));
    QVERIFY2(results->at(1).reason.contains(QStringLiteral("\"schema\"")),
             qPrintable(results->at(1).reason));
    QVERIFY(results->at(1).rev.isEmpty());
    QCOMPARE(results->at(2).id, lastId);
    QVERIFY(results->at(2).rev.startsWith(QStringLiteral("1-")));
    QCOMPARE(client->lastFailure().kind, SyncFailureKind::None);
}

void tst_CouchClient::documentReadsRevisionAndConflicts()
{
    const auto client = connectedClient(QStringLiteral("alice"));
    QVERIFY(client);
    // Two sibling revisions written with new_edits=false, as a replication would write
    // them; the one whose hash sorts higher wins. PouchDB Server drops a sibling that
    // is added later to an existing document of a validated database, so both go at once.
    const QString id = newId();
    const QString firstRev = QStringLiteral("1-f0000000000000000000000000000001");
    const QString branchRev = QStringLiteral("1-00000000000000000000000000000001");
    QJsonObject winner = validDocument(id, QStringLiteral("One"));
    winner.insert(QStringLiteral("_rev"), firstRev);
    QJsonObject branch = validDocument(id, QStringLiteral("Branch"));
    branch.insert(QStringLiteral("_rev"), branchRev);
    const HttpReply replicated = m_database->request(
        "POST",
        QStringLiteral("/_bulk_docs"),
        m_database->adminCredentials(),
        QJsonDocument(QJsonObject{{QStringLiteral("docs"), QJsonArray{winner, branch}},
                                  {QStringLiteral("new_edits"), false}})
            .toJson(QJsonDocument::Compact));
    QCOMPARE(replicated.status, 201);

    const Result<QJsonObject> conflicted = client->document(id);
    QVERIFY2(conflicted.ok(), qPrintable(conflicted.ok() ? QString() : conflicted.error().text()));
    QJsonObject update = conflicted.value();
    update.insert(QStringLiteral("name"), QStringLiteral("Two"));
    update.remove(QStringLiteral("_conflicts"));
    const auto second = client->bulkDocs(QJsonArray{update});
    const Result<QJsonObject> current = client->document(id);
    const Result<QJsonObject> old = client->document(id, firstRev);

    QCOMPARE(conflicted->value(u"_rev").toString(), firstRev);
    QCOMPARE(conflicted->value(u"name").toString(), QStringLiteral("One"));
    QCOMPARE(conflicted->value(u"_conflicts").toArray(), QJsonArray{branchRev});
    QVERIFY(second.ok());
    QVERIFY(second->at(0).rev.startsWith(QStringLiteral("2-")));
    QVERIFY(current.ok());
    QCOMPARE(current->value(u"_rev").toString(), second->at(0).rev);
    QCOMPARE(current->value(u"name").toString(), QStringLiteral("Two"));
    QCOMPARE(current->value(u"_conflicts").toArray(), QJsonArray{branchRev});
    QVERIFY(old.ok());
    QCOMPARE(old->value(u"_rev").toString(), firstRev);
    QCOMPARE(old->value(u"name").toString(), QStringLiteral("One"));
}

void tst_CouchClient::missingDocumentIsNotFound()
{
    const auto client = connectedClient(QStringLiteral("alice"));
    QVERIFY(client);
    const QString id = newId();

    const Result<QJsonObject> document = client->document(id);

    QVERIFY(!document.ok());
    QCOMPARE(client->lastFailure().kind, SyncFailureKind::NotFound);
    QVERIFY2(document.error().context.endsWith(u'/' + id), qPrintable(document.error().context));
}

void tst_CouchClient::revisionsLeavesOutMissing()
{
    const auto client = connectedClient(QStringLiteral("alice"));
    QVERIFY(client);
    const QString id = newId();
    const auto first = client->bulkDocs(QJsonArray{validDocument(id, QStringLiteral("One"))});
    QVERIFY(first.ok());
    QJsonObject update = validDocument(id, QStringLiteral("Two"));
    update.insert(QStringLiteral("_rev"), first->at(0).rev);
    const auto second = client->bulkDocs(QJsonArray{update});
    QVERIFY(second.ok());

    const Result<QList<QJsonObject>> revisions = client->revisions(
        id, {first->at(0).rev, second->at(0).rev, QStringLiteral("9-0123456789abcdef")});

    QVERIFY2(revisions.ok(), qPrintable(revisions.ok() ? QString() : revisions.error().text()));
    QSet<QString> names;
    for (const QJsonObject &revision : revisions.value())
        names.insert(revision.value(u"name").toString());
    QCOMPARE(revisions->size(), 2);
    QCOMPARE(names, (QSet<QString>{QStringLiteral("One"), QStringLiteral("Two")}));
}

void tst_CouchClient::logsHoldNoSecrets()
{
    QLoggingCategory::setFilterRules(QStringLiteral("coopatlas.*=true"));
    messagesLogged.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectMessage);
    const QString password = m_database->user(QStringLiteral("alice")).password;
    {
        CouchClient client(configFor(QStringLiteral("alice")), password, &m_trust);
        const bool connected = client.connect().ok();
        const bool read = client.changes({}, 5).ok();
        CouchClient rejected(configFor(QStringLiteral("alice")), password + u'x', &m_trust);
        const bool rejectedConnected = rejected.connect().ok();
        qInstallMessageHandler(previous);
        QVERIFY(connected);
        QVERIFY(read);
        QVERIFY(!rejectedConnected);
    }
    QLoggingCategory::setFilterRules(QString());

    QVERIFY(messagesLogged.size() >= 6);
    for (const QString &message : std::as_const(messagesLogged)) {
        QVERIFY2(!message.contains(password), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("AuthSession")), qPrintable(message));
    }
}

QTEST_GUILESS_MAIN(tst_CouchClient)
#include "tst_couchclient.moc"
