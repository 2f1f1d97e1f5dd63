// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tst_syncengine_desktop.h"

#include <core/sync/documentcodec.h>

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace CoopAtlas::Core;
using namespace CoopAtlas::TestSupport;

namespace {

QString errorText(const Result<SyncSummary> &result)
{
    return result ? QString() : result.error().text();
}

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

} // namespace

class tst_SyncFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void droppedPushReplyGivesNoDuplicate();
    void serviceUnavailableIsRetried();
    void tooLargeRecordIsMarked();
    void recordOverServerLimitIsMarked();
    void expiredSessionIsReplayed();
    void stallTimesOutThenResumes();
    void wrongPasswordStopsSync();

private:
    void checkServerHolds(SyncTestDesktop &desktop);

    TestServerEnv m_env;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<FaultProxy> m_proxy;
};

void tst_SyncFaults::initTestCase()
{
    auto env = serverEnvFromEnvironment();
    QVERIFY2(env.ok(), qPrintable(env ? QString() : env.error().text()));
    m_env = *env;
    m_proxy = std::make_unique<FaultProxy>(m_env);
}

void tst_SyncFaults::init()
{
    auto database = TestDatabase::create(
        m_env, QStringLiteral("faults"), {{QStringLiteral("alice"), {QStringLiteral("editor")}}});
    QVERIFY2(database.ok(), qPrintable(database ? QString() : database.error().text()));
    m_database = std::move(database).value();
    QVERIFY(m_proxy->clearRules().ok());
    QVERIFY(m_proxy->clearLog().ok());
}

void tst_SyncFaults::cleanup()
{
    QVERIFY(m_proxy->clearRules().ok());
    m_database.reset();
}

/// Checks that the server contains exactly the records of the desktop, each once,
/// and that the desktop has nothing left to send.
void tst_SyncFaults::checkServerHolds(SyncTestDesktop &desktop)
{
    const QMap<QString, QJsonObject> local = desktop.documents();
    auto count = m_database->documentCount();
    QVERIFY(count.ok());
    QCOMPARE(*count, qint64(local.size()) + 1); // + the design document
    for (auto it = local.begin(); it != local.end(); ++it) {
        const HttpReply reply = m_database->request(
            "GET", QLatin1Char('/') + it.key(), m_database->adminCredentials());
        QCOMPARE(reply.status, 200);
        QVERIFY(DocumentCodec::sameContent(reply.json().object(), it.value()));
    }
    auto again = desktop.sync();
    QVERIFY2(again.ok(), qPrintable(errorText(again)));
    QCOMPARE(again->pushed, 0);
}

void tst_SyncFaults::droppedPushReplyGivesNoDuplicate()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"), true);
    for (int i = 0; i < 5; ++i) {
        addOrganisation(alice.store(), QStringLiteral("Coop %1").arg(i));
    }
    QVERIFY(m_proxy
                ->setRules({rule(QStringLiteral("POST"),
                                 QStringLiteral("_bulk_docs"),
                                 QStringLiteral("drop-after-commit"),
                                 1)})
                .ok());
    auto first = alice.sync();
    if (!first) {
        qInfo() << "First sync failed as the reply was lost:" << first.error().text();
        auto resumed = alice.sync();
        QVERIFY2(resumed.ok(), qPrintable(errorText(resumed)));
    }
    auto log = m_proxy->log();
    QVERIFY(log.ok());
    QVERIFY(countRequests(*log, QStringLiteral("POST"), QStringLiteral("_bulk_docs")) >= 2);
    QCOMPARE(alice.store().totalCount(RecordKind::Organisation).value(), 5);
    checkServerHolds(alice);
}

void tst_SyncFaults::serviceUnavailableIsRetried()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"), true);
    addOrganisation(alice.store(), QStringLiteral("SAW-B"));
    QJsonObject unavailable
        = rule(QStringLiteral("GET"), QStringLiteral("_changes"), QStringLiteral("status"), 2);
    unavailable.insert(QStringLiteral("status"), 503);
    unavailable.insert(QStringLiteral("headers"),
                       QJsonObject{{QStringLiteral("Retry-After"), QStringLiteral("1")}});
    QVERIFY(m_proxy->setRules({unavailable}).ok());
    auto result = alice.sync();
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    auto log = m_proxy->log();
    QVERIFY(log.ok());
    QCOMPARE(countRequests(*log, QStringLiteral("GET"), QStringLiteral("_changes")), 3);
    checkServerHolds(alice);
}

void tst_SyncFaults::tooLargeRecordIsMarked()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"), true);
    QVERIFY(alice.sync().ok()); // the built-in terms first, without faults
    QStringList ids;
    for (int i = 0; i < 4; ++i) {
        ids.append(addOrganisation(alice.store(), QStringLiteral("Coop %1").arg(i)));
    }
    // 413 for the batch of four, its first half and the first single document.
    QJsonObject tooLarge
        = rule(QStringLiteral("POST"), QStringLiteral("_bulk_docs"), QStringLiteral("status"), 3);
    tooLarge.insert(QStringLiteral("status"), 413);
    QVERIFY(m_proxy->setRules({tooLarge}).ok());
    auto result = alice.sync();
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->recordErrors, 1);
    QCOMPARE(result->pushed, 3);
    const QList<SyncRecordError> errors = alice.recordErrors();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().recordId, ids.constFirst());
    QCOMPARE(errors.constFirst().code, QStringLiteral("too_large"));
    QCOMPARE(alice.store().organisation(ids.constFirst())->meta.dirty, true);

    // Not retried while unchanged.
    QVERIFY(m_proxy->clearRules().ok());
    QVERIFY(m_proxy->clearLog().ok());
    auto again = alice.sync();
    QVERIFY(again.ok());
    QCOMPARE(again->pushed, 0);
    QCOMPARE(countRequests(*m_proxy->log(), QStringLiteral("POST"), QStringLiteral("_bulk_docs")),
             0);

    // Retried once the record changed.
    auto org = alice.store().organisation(ids.constFirst());
    org->description = QStringLiteral("Shorter now");
    QVERIFY(alice.store().updateOrganisation(*org).ok());
    auto retried = alice.sync();
    QVERIFY2(retried.ok(), qPrintable(errorText(retried)));
    QCOMPARE(retried->pushed, 1);
    QVERIFY(alice.recordErrors().isEmpty());
    checkServerHolds(alice);
}

void tst_SyncFaults::recordOverServerLimitIsMarked()
{
    QVERIFY(m_env.maxBodyBytes > 0);
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"));
    addOrganisation(alice.store(), QStringLiteral("Coop 1"));
    addOrganisation(alice.store(), QStringLiteral("Coop 2"));
    Person person;
    person.formattedName = QStringLiteral("Photo trop grande");
    // Base64 makes the photo a third larger than the server's body limit.
    person.photo = QByteArray(m_env.maxBodyBytes * 3 / 4 + 1024, 'x');
    person.photoMimeType = QStringLiteral("image/jpeg");
    auto personId = alice.store().insertPerson(person);
    QVERIFY(personId.ok());

    auto result = alice.sync();
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->recordErrors, 1);
    const QList<SyncRecordError> errors = alice.recordErrors();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().recordId, *personId);
    QCOMPARE(errors.constFirst().code, QStringLiteral("too_large"));
    QCOMPARE(alice.store().person(*personId)->meta.dirty, true);
    QCOMPARE(alice.store().totalCount(RecordKind::Organisation).value(), 2);
    const HttpReply reply = m_database->request(
        "GET", QStringLiteral("/person:") + *personId, m_database->adminCredentials());
    QCOMPARE(reply.status, 404);
    auto count = m_database->documentCount();
    QVERIFY(count.ok());
    QCOMPARE(*count,
             alice.rowCount(QStringLiteral("organisations"))
                 + alice.rowCount(QStringLiteral("taxonomy")) + 1);
}

void tst_SyncFaults::expiredSessionIsReplayed()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"), true);
    addOrganisation(alice.store(), QStringLiteral("Febecoop"));
    QJsonObject expired
        = rule(QStringLiteral("POST"), QStringLiteral("_bulk_docs"), QStringLiteral("status"), 1);
    expired.insert(QStringLiteral("status"), 401);
    expired.insert(QStringLiteral("body"),
                   QJsonObject{{QStringLiteral("error"), QStringLiteral("unauthorized")},
                               {QStringLiteral("reason"), QStringLiteral("Session expired")}});
    QVERIFY(m_proxy->setRules({expired}).ok());
    auto result = alice.sync();
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->recordErrors, 0);
    auto log = m_proxy->log();
    QVERIFY(countRequests(*log, QStringLiteral("POST"), QStringLiteral("_session")) >= 2);
    checkServerHolds(alice);
}

void tst_SyncFaults::stallTimesOutThenResumes()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"), true);
    alice.setTimeoutMs(1000);
    alice.setMaxAttempts(2);
    for (int i = 0; i < 3; ++i) {
        addOrganisation(alice.store(), QStringLiteral("Coop %1").arg(i));
    }
    QJsonObject stall
        = rule(QStringLiteral("POST"), QStringLiteral("_bulk_docs"), QStringLiteral("stall"), 2);
    stall.insert(QStringLiteral("seconds"), 4);
    QVERIFY(m_proxy->setRules({stall}).ok());
    auto stalled = alice.sync();
    QVERIFY(!stalled.ok());
    QVERIFY2(stalled.error().text().contains(QStringLiteral("time"), Qt::CaseInsensitive),
             qPrintable(stalled.error().text()));

    QVERIFY(m_proxy->clearRules().ok());
    alice.setTimeoutMs(10000);
    // The stalled requests may still reach the server after the client gave up.
    QTest::qWait(4500);
    auto resumed = alice.sync();
    QVERIFY2(resumed.ok(), qPrintable(errorText(resumed)));
    QCOMPARE(alice.store().totalCount(RecordKind::Organisation).value(), 3);
    checkServerHolds(alice);
}

void tst_SyncFaults::wrongPasswordStopsSync()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"));
    addOrganisation(alice.store(), QStringLiteral("SMart"));
    alice.setPassword(QStringLiteral("not the password"));
    auto result = alice.sync();
    QVERIFY(!result.ok());
    auto count = m_database->documentCount();
    QVERIFY(count.ok());
    QCOMPARE(*count, 1);
}

QTEST_GUILESS_MAIN(tst_SyncFaults)
#include "tst_syncfaults.moc"
