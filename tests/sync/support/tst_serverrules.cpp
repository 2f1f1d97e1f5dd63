// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Tests of the write rules that packaging/server installs (_security and
// validate_doc_update.js), against the running test server.
#include "testserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

using namespace CoopAtlas::TestSupport;

namespace {

QJsonObject organisation(const QString &name)
{
    return {{QStringLiteral("type"), QStringLiteral("organisation")},
            {QStringLiteral("schema"), 1},
            {QStringLiteral("name"), name},
            {QStringLiteral("deleted"), false},
            {QStringLiteral("updated_at"), QStringLiteral("2026-03-01T10:15:00.000Z")},
            {QStringLiteral("updated_by"), QStringLiteral("emil")},
            {QStringLiteral("extra"), QJsonObject{}}};
}

/// A valid document of `kind` with every field that the server requires of it.
QJsonObject documentOfKind(const QString &kind)
{
    QJsonObject document{
        {QStringLiteral("type"), kind},
        {QStringLiteral("schema"), 1},
        {QStringLiteral("deleted"), false},
        {QStringLiteral("updated_at"), QStringLiteral("2026-03-01T10:15:00.000Z")}};
    const QString recordId = QStringLiteral("0190a0b0-0000-7000-8000-000000000001");
    if (kind == QLatin1String("organisation")) {
        document.insert(QStringLiteral("name"), QStringLiteral("SMart"));
    } else if (kind == QLatin1String("person")) {
        document.insert(QStringLiteral("formatted_name"), QStringLiteral("Emil Dupont"));
    } else if (kind == QLatin1String("link")) {
        document.insert(QStringLiteral("from_id"), recordId);
        document.insert(QStringLiteral("to_id"),
                        QStringLiteral("0190a0b0-0000-7000-8000-000000000002"));
        document.insert(QStringLiteral("link_type"), QStringLiteral("partners-with"));
    } else if (kind == QLatin1String("note")) {
        document.insert(QStringLiteral("record_id"), recordId);
        document.insert(QStringLiteral("record_kind"), QStringLiteral("organisation"));
        document.insert(QStringLiteral("text"), QStringLiteral("Called about the workshop."));
    } else if (kind == QLatin1String("taxonomy")) {
        document.insert(QStringLiteral("vocabulary"), QStringLiteral("sector"));
        document.insert(QStringLiteral("key"), QStringLiteral("mobility"));
    }
    return document;
}

QString newDocumentId(const QString &kind)
{
    return kind + u':' + QUuid::createUuid().toString(QUuid::WithoutBraces).toLower();
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString reasonOf(const HttpReply &reply)
{
    return reply.json().object().value(QStringLiteral("reason")).toString();
}

} // namespace

class tst_ServerRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void validDocumentAccepted();
    void wrongSchemaRejectedNamingField_data();
    void wrongSchemaRejectedNamingField();
    void documentOfEachKindAccepted_data();
    void documentOfEachKindAccepted();
    void missingRequiredFieldRejected_data();
    void missingRequiredFieldRejected();
    void readerWriteRejected();
    void anonymousReadRejected();
    void editorSoftDeleteRejected();
    void adminSoftDeleteAccepted();
    void editorEditOfDeletedRecordAccepted();
    void editorRemovalRejected();
    void adminRemovalAccepted();
    void editorConflictRemovalAccepted();
    void bulkDocsRejectsOneDocument();
    void editorDesignDocumentRejected();

private:
    // Writes m_organisationId as the editor; returns its revision.
    QString writeOrganisation(const QString &name);

    TestServerEnv m_env;
    // One database for the whole test case; each test function writes its own document.
    std::unique_ptr<TestDatabase> m_database;
    QString m_organisationId;
};

void tst_ServerRules::initTestCase()
{
    const auto env = serverEnvFromEnvironment();
    QVERIFY2(env.ok(), qPrintable(env.ok() ? QString() : env.error().text()));
    m_env = env.value();
    auto database = TestDatabase::create(
        m_env,
        QStringLiteral("validation"),
        {{QStringLiteral("reader"), {QStringLiteral("reader")}},
         {QStringLiteral("editor"), {QStringLiteral("editor")}},
         {QStringLiteral("admin"), {QStringLiteral("editor"), QStringLiteral("admin")}}});
    QVERIFY2(database.ok(), qPrintable(database.ok() ? QString() : database.error().text()));
    m_database = std::move(database).value();
}

void tst_ServerRules::init()
{
    m_organisationId = QStringLiteral("organisation:")
                       + QUuid::createUuid().toString(QUuid::WithoutBraces).toLower();
}

void tst_ServerRules::cleanupTestCase()
{
    if (m_database) {
        const auto removed = m_database->remove();
        QVERIFY2(removed.ok(), qPrintable(removed.ok() ? QString() : removed.error().text()));
    }
    m_database.reset();
}

QString tst_ServerRules::writeOrganisation(const QString &name)
{
    const HttpReply reply = m_database->request("PUT",
                                                u'/' + m_organisationId,
                                                m_database->credentials(QStringLiteral("editor")),
                                                toJson(organisation(name)));
    if (reply.status != 201) {
        qWarning("writing %s failed: HTTP %d %s",
                 qPrintable(m_organisationId),
                 reply.status,
                 reply.body.constData());
    }
    return reply.json().object().value(QStringLiteral("rev")).toString();
}

void tst_ServerRules::validDocumentAccepted()
{
    const QString rev = writeOrganisation(QStringLiteral("SMart"));
    QVERIFY(rev.startsWith(QStringLiteral("1-")));
    const HttpReply read = m_database->request(
        "GET", u'/' + m_organisationId, m_database->credentials(QStringLiteral("reader")));
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json().object().value(QStringLiteral("name")).toString(),
             QStringLiteral("SMart"));
}

void tst_ServerRules::wrongSchemaRejectedNamingField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("id");

    QTest::newRow("schema 2") << QStringLiteral("schema") << QJsonValue(2) << QString();
    QTest::newRow("schema as text")
        << QStringLiteral("schema") << QJsonValue(QStringLiteral("1")) << QString();
    QTest::newRow("unknown type") << QStringLiteral("type") << QJsonValue(QStringLiteral("company"))
                                  << QString();
    QTest::newRow("empty name") << QStringLiteral("name") << QJsonValue(QString()) << QString();
    QTest::newRow("name as number") << QStringLiteral("name") << QJsonValue(7) << QString();
    QTest::newRow("local time") << QStringLiteral("updated_at")
                                << QJsonValue(QStringLiteral("2026-03-01T11:15:00+01:00"))
                                << QString();
    QTest::newRow("author as list")
        << QStringLiteral("updated_by") << QJsonValue(QJsonArray()) << QString();
    QTest::newRow("deleted as text")
        << QStringLiteral("deleted") << QJsonValue(QStringLiteral("false")) << QString();
    QTest::newRow("extra as list")
        << QStringLiteral("extra") << QJsonValue(QJsonArray()) << QString();
    QTest::newRow("id of a person")
        << QStringLiteral("_id") << QJsonValue()
        << QStringLiteral("person:0190a0b0-0000-7000-8000-000000000001");
    QTest::newRow("id without uuid")
        << QStringLiteral("_id") << QJsonValue() << QStringLiteral("organisation:smart");
}

void tst_ServerRules::wrongSchemaRejectedNamingField()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, id);
    if (id.isEmpty()) {
        id = m_organisationId;
    }
    QJsonObject document = organisation(QStringLiteral("SMart"));
    if (field != QStringLiteral("_id")) {
        document.insert(field, value);
    }

    const HttpReply reply = m_database->request(
        "PUT", u'/' + id, m_database->credentials(QStringLiteral("editor")), toJson(document));
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.json().object().value(QStringLiteral("error")).toString(),
             QStringLiteral("forbidden"));
    QVERIFY2(reasonOf(reply).contains(u'"' + field + u'"'), qPrintable(reasonOf(reply)));
    QVERIFY2(reasonOf(reply).contains(id), qPrintable(reasonOf(reply)));
    QCOMPARE(m_database->request("GET", u'/' + id, m_database->adminCredentials()).status, 404);
}

void tst_ServerRules::documentOfEachKindAccepted_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : {"organisation", "person", "link", "note", "taxonomy"}) {
        QTest::newRow(kind) << QString::fromLatin1(kind);
    }
}

void tst_ServerRules::documentOfEachKindAccepted()
{
    QFETCH(QString, kind);
    const QString id = newDocumentId(kind);
    const HttpReply reply = m_database->request("PUT",
                                                u'/' + id,
                                                m_database->credentials(QStringLiteral("editor")),
                                                toJson(documentOfKind(kind)));
    QVERIFY2(reply.status == 201, reply.body.constData());
}

void tst_ServerRules::missingRequiredFieldRejected_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("empty");
    const QList<std::pair<const char *, const char *>> required{
        {"organisation", "name"},
        {"person", "formatted_name"},
        {"link", "from_id"},
        {"link", "to_id"},
        {"link", "link_type"},
        {"note", "record_id"},
        {"note", "record_kind"},
        {"taxonomy", "vocabulary"},
        {"taxonomy", "key"},
    };
    for (const auto &[kind, field] : required) {
        QTest::addRow("%s %s missing", kind, field)
            << QString::fromLatin1(kind) << QString::fromLatin1(field) << false;
        QTest::addRow("%s %s empty", kind, field)
            << QString::fromLatin1(kind) << QString::fromLatin1(field) << true;
    }
}

void tst_ServerRules::missingRequiredFieldRejected()
{
    QFETCH(QString, kind);
    QFETCH(QString, field);
    QFETCH(bool, empty);
    QJsonObject document = documentOfKind(kind);
    if (empty) {
        document.insert(field, QString());
    } else {
        document.remove(field);
    }
    const QString id = newDocumentId(kind);
    const HttpReply reply = m_database->request(
        "PUT", u'/' + id, m_database->credentials(QStringLiteral("editor")), toJson(document));
    QCOMPARE(reply.status, 403);
    QVERIFY2(reasonOf(reply).contains(u'"' + field + u'"'), qPrintable(reasonOf(reply)));
    QVERIFY2(reasonOf(reply).contains(id), qPrintable(reasonOf(reply)));
    QVERIFY2(
        reasonOf(reply).contains(QStringLiteral("every ") + kind + QStringLiteral(" needs it")),
        qPrintable(reasonOf(reply)));
    QCOMPARE(m_database->request("GET", u'/' + id, m_database->adminCredentials()).status, 404);
}

void tst_ServerRules::readerWriteRejected()
{
    const HttpReply reply = m_database->request("PUT",
                                                u'/' + m_organisationId,
                                                m_database->credentials(QStringLiteral("reader")),
                                                toJson(organisation(QStringLiteral("SMart"))));
    QCOMPARE(reply.status, 403);
    QVERIFY2(reasonOf(reply).contains(QStringLiteral("may only read")),
             qPrintable(reasonOf(reply)));
    QCOMPARE(
        m_database->request("GET", u'/' + m_organisationId, m_database->adminCredentials()).status,
        404);
}

void tst_ServerRules::anonymousReadRejected()
{
    // CouchDB 3 returns 401 here too. To a signed-in user without a role, CouchDB 3
    // returns 403 and the test server 401.
    const Credentials anonymous;
    QCOMPARE(m_database->request("GET", {}, anonymous).status, 401);
}

void tst_ServerRules::editorSoftDeleteRejected()
{
    const QString rev = writeOrganisation(QStringLiteral("SMart"));
    QJsonObject deleted = organisation(QStringLiteral("SMart"));
    deleted.insert(QStringLiteral("_rev"), rev);
    deleted.insert(QStringLiteral("deleted"), true);

    const HttpReply reply = m_database->request("PUT",
                                                u'/' + m_organisationId,
                                                m_database->credentials(QStringLiteral("editor")),
                                                toJson(deleted));
    QCOMPARE(reply.status, 403);
    QVERIFY2(reasonOf(reply).contains(QStringLiteral("coopatlas_admin")),
             qPrintable(reasonOf(reply)));
    const HttpReply current
        = m_database->request("GET", u'/' + m_organisationId, m_database->adminCredentials());
    QCOMPARE(current.json().object().value(QStringLiteral("deleted")).toBool(true), false);
    QCOMPARE(current.json().object().value(QStringLiteral("_rev")).toString(), rev);
}

void tst_ServerRules::adminSoftDeleteAccepted()
{
    const QString rev = writeOrganisation(QStringLiteral("SMart"));
    QJsonObject deleted = organisation(QStringLiteral("SMart"));
    deleted.insert(QStringLiteral("_rev"), rev);
    deleted.insert(QStringLiteral("deleted"), true);

    const HttpReply reply = m_database->request("PUT",
                                                u'/' + m_organisationId,
                                                m_database->credentials(QStringLiteral("admin")),
                                                toJson(deleted));
    QCOMPARE(reply.status, 201);
    const HttpReply current
        = m_database->request("GET", u'/' + m_organisationId, m_database->adminCredentials());
    QCOMPARE(current.json().object().value(QStringLiteral("deleted")).toBool(false), true);
}

void tst_ServerRules::editorEditOfDeletedRecordAccepted()
{
    const QString rev = writeOrganisation(QStringLiteral("SMart"));
    QJsonObject deleted = organisation(QStringLiteral("SMart"));
    deleted.insert(QStringLiteral("_rev"), rev);
    deleted.insert(QStringLiteral("deleted"), true);
    const HttpReply byAdmin = m_database->request("PUT",
                                                  u'/' + m_organisationId,
                                                  m_database->credentials(QStringLiteral("admin")),
                                                  toJson(deleted));
    QCOMPARE(byAdmin.status, 201);

    deleted.insert(QStringLiteral("_rev"), byAdmin.json().object().value(QStringLiteral("rev")));
    deleted.insert(QStringLiteral("name"), QStringLiteral("SMart Belgium"));
    const HttpReply byEditor
        = m_database->request("PUT",
                              u'/' + m_organisationId,
                              m_database->credentials(QStringLiteral("editor")),
                              toJson(deleted));
    QCOMPARE(byEditor.status, 201);
}

void tst_ServerRules::editorRemovalRejected()
{
    const QString rev = writeOrganisation(QStringLiteral("SMart"));
    const HttpReply reply
        = m_database->request("DELETE",
                              u'/' + m_organisationId + QStringLiteral("?rev=") + rev,
                              m_database->credentials(QStringLiteral("editor")));
    QCOMPARE(reply.status, 403);
    QVERIFY2(reasonOf(reply).contains(QStringLiteral("resolved_into")),
             qPrintable(reasonOf(reply)));
    QCOMPARE(
        m_database->request("GET", u'/' + m_organisationId, m_database->adminCredentials()).status,
        200);
}

void tst_ServerRules::adminRemovalAccepted()
{
    const QString rev = writeOrganisation(QStringLiteral("SMart"));
    const HttpReply reply
        = m_database->request("DELETE",
                              u'/' + m_organisationId + QStringLiteral("?rev=") + rev,
                              m_database->credentials(QStringLiteral("admin")));
    QCOMPARE(reply.status, 200);
    QCOMPARE(
        m_database->request("GET", u'/' + m_organisationId, m_database->adminCredentials()).status,
        404);
}

void tst_ServerRules::editorConflictRemovalAccepted()
{
    const QString winner = writeOrganisation(QStringLiteral("SMart"));
    // A second branch from another desktop, written without conflict checks.
    QJsonObject other = organisation(QStringLiteral("SMart Coop"));
    other.insert(QStringLiteral("_id"), m_organisationId);
    other.insert(QStringLiteral("_rev"), QStringLiteral("1-00000000000000000000000000000001"));
    const QJsonObject bulk{{QStringLiteral("docs"), QJsonArray{other}},
                           {QStringLiteral("new_edits"), false}};
    const HttpReply branch = m_database->request(
        "POST", QStringLiteral("/_bulk_docs"), m_database->adminCredentials(), toJson(bulk));
    QCOMPARE(branch.status, 201);
    const HttpReply conflicted
        = m_database->request("GET",
                              u'/' + m_organisationId + QStringLiteral("?conflicts=true"),
                              m_database->adminCredentials());
    const QString winning = conflicted.json().object().value(QStringLiteral("_rev")).toString();
    const QJsonArray conflicts
        = conflicted.json().object().value(QStringLiteral("_conflicts")).toArray();
    QCOMPARE(conflicts.size(), 1);
    const QString losing = conflicts.at(0).toString();

    const QJsonObject removal{{QStringLiteral("_id"), m_organisationId},
                              {QStringLiteral("_rev"), losing},
                              {QStringLiteral("_deleted"), true},
                              {QStringLiteral("resolved_into"), winning}};
    const HttpReply withoutReason
        = m_database->request("DELETE",
                              u'/' + m_organisationId + QStringLiteral("?rev=") + losing,
                              m_database->credentials(QStringLiteral("editor")));
    QCOMPARE(withoutReason.status, 403);
    const HttpReply removed
        = m_database->request("POST",
                              QStringLiteral("/_bulk_docs"),
                              m_database->credentials(QStringLiteral("editor")),
                              toJson({{QStringLiteral("docs"), QJsonArray{removal}}}));
    QCOMPARE(removed.status, 201);
    const QJsonObject result = removed.json().array().at(0).toObject();
    QVERIFY2(result.value(QStringLiteral("ok")).toBool(), removed.body.constData());

    const HttpReply after
        = m_database->request("GET",
                              u'/' + m_organisationId + QStringLiteral("?conflicts=true"),
                              m_database->adminCredentials());
    QCOMPARE(after.status, 200);
    QVERIFY(!after.json().object().contains(QStringLiteral("_conflicts")));
    QCOMPARE(after.json().object().value(QStringLiteral("_rev")).toString(), winning);
    QVERIFY(!winner.isEmpty());
}

void tst_ServerRules::bulkDocsRejectsOneDocument()
{
    const QString goodId = QStringLiteral("organisation:0190a0b0-0000-7000-8000-000000000002");
    const QString badId = QStringLiteral("organisation:0190a0b0-0000-7000-8000-000000000003");
    QJsonObject good = organisation(QStringLiteral("Febecoop"));
    good.insert(QStringLiteral("_id"), goodId);
    QJsonObject bad = organisation(QStringLiteral("SAW-B"));
    bad.insert(QStringLiteral("_id"), badId);
    bad.insert(QStringLiteral("schema"), 3);
    // The accepted document comes first: results must keep the request order.
    const QJsonObject bulk{{QStringLiteral("docs"), QJsonArray{good, bad}}};

    const HttpReply reply = m_database->request("POST",
                                                QStringLiteral("/_bulk_docs"),
                                                m_database->credentials(QStringLiteral("editor")),
                                                toJson(bulk));
    QCOMPARE(reply.status, 201);
    const QJsonArray results = reply.json().array();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("id")).toString(), goodId);
    QCOMPARE(results.at(1).toObject().value(QStringLiteral("id")).toString(), badId);
    QVERIFY(results.at(0).toObject().value(QStringLiteral("ok")).toBool());
    QCOMPARE(results.at(1).toObject().value(QStringLiteral("error")).toString(),
             QStringLiteral("forbidden"));
    QVERIFY(results.at(1)
                .toObject()
                .value(QStringLiteral("reason"))
                .toString()
                .contains(QStringLiteral("\"schema\"")));
    QCOMPARE(m_database->request("GET", u'/' + goodId, m_database->adminCredentials()).status, 200);
    QCOMPARE(m_database->request("GET", u'/' + badId, m_database->adminCredentials()).status, 404);
}

void tst_ServerRules::editorDesignDocumentRejected()
{
    const QByteArray design = R"({"validate_doc_update":"function () {}"})";
    const HttpReply reply = m_database->request("PUT",
                                                QStringLiteral("/_design/coopatlas"),
                                                m_database->credentials(QStringLiteral("editor")),
                                                design);
    // The test server returns 401 here, and CouchDB 3 returns 403 with the same meaning.
    QVERIFY2(reply.status == 401 || reply.status == 403, reply.body.constData());
    const HttpReply current = m_database->request(
        "GET", QStringLiteral("/_design/coopatlas"), m_database->adminCredentials());
    QVERIFY(current.json()
                .object()
                .value(QStringLiteral("validate_doc_update"))
                .toString()
                .contains(QStringLiteral("coopatlas_admin")));
}

QTEST_GUILESS_MAIN(tst_ServerRules)
#include "tst_serverrules.moc"
