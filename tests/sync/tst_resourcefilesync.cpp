// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tst_syncengine_desktop.h"

#include <core/domain/activities.h>
#include <core/storage/activitystore.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace CoopAtlas::Core;
using namespace CoopAtlas::TestSupport;

namespace {

/// Bytes that do not compress, so that the server stores and sends them all.
QByteArray fileBytes(qsizetype size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    quint32 state = seed;
    for (qsizetype i = 0; i < size; ++i) {
        state = state * 1664525U + 1013904223U;
        data[i] = static_cast<char>(state >> 24);
    }
    return data;
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString newResource(ActivityStore &activities, const QString &title)
{
    Resource resource;
    resource.title = title;
    resource.kind = QStringLiteral("guide");
    return activities.insertResource(resource).value();
}

QStringList sorted(QStringList ids)
{
    ids.sort();
    return ids;
}

} // namespace

class tst_ResourceFileSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fileTravelsBothWays();
    void emptyFileTravels();
    void unchangedFileNotResent();
    void removedFileDisappears();
    void oversizedFileRejectedBeforeUpload();
    void differentFilesConflict();
    void organiserSetMerges_data();
    void organiserSetMerges();

private:
    QJsonObject serverDocument(const QString &documentId) const;

    TestServerEnv m_env;
    std::unique_ptr<TestDatabase> m_database;
};

void tst_ResourceFileSync::initTestCase()
{
    auto env = serverEnvFromEnvironment();
    QVERIFY2(env.ok(), qPrintable(env ? QString() : env.error().text()));
    m_env = *env;
}

void tst_ResourceFileSync::init()
{
    auto database = TestDatabase::create(m_env,
                                         QStringLiteral("files"),
                                         {{QStringLiteral("alice"), {QStringLiteral("editor")}},
                                          {QStringLiteral("bob"), {QStringLiteral("editor")}}});
    QVERIFY2(database.ok(), qPrintable(database ? QString() : database.error().text()));
    m_database = std::move(database).value();
}

void tst_ResourceFileSync::cleanup()
{
    m_database.reset();
}

QJsonObject tst_ResourceFileSync::serverDocument(const QString &documentId) const
{
    const HttpReply reply
        = m_database->request("GET", QLatin1Char('/') + documentId, m_database->adminCredentials());
    return reply.json().object();
}

void tst_ResourceFileSync::fileTravelsBothWays()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"));
    SyncTestDesktop bob(*m_database, QStringLiteral("bob"));
    QVERIFY(alice.isValid());
    QVERIFY(bob.isValid());
    ActivityStore aliceActivities(alice.store());
    ActivityStore bobActivities(bob.store());
    const QString id = newResource(aliceActivities, QStringLiteral("Statuts types"));
    const QByteArray first = fileBytes(300 * 1024, 1);
    QVERIFY(aliceActivities
                .attachResourceFile(
                    id, QStringLiteral("statuts.pdf"), QStringLiteral("application/pdf"), first)
                .ok());

    auto pushed = alice.sync();
    QVERIFY2(pushed.ok(), qPrintable(pushed ? QString() : pushed.error().text()));
    QVERIFY(alice.recordErrors().isEmpty());
    const QJsonObject onServer = serverDocument(QStringLiteral("resource:") + id);
    const QJsonObject attachment = onServer.value(QStringLiteral("_attachments"))
                                       .toObject()
                                       .value(QStringLiteral("file"))
                                       .toObject();
    QCOMPARE(attachment.value(QStringLiteral("length")).toInteger(), 300 * 1024);
    QCOMPARE(attachment.value(QStringLiteral("content_type")).toString(),
             QStringLiteral("application/pdf"));

    auto pulled = bob.sync();
    QVERIFY2(pulled.ok(), qPrintable(pulled ? QString() : pulled.error().text()));
    QCOMPARE(bobActivities.resourceFileData(id).value(), first);
    const Resource arrived = bobActivities.resource(id).value();
    QCOMPARE(arrived.file.name, QStringLiteral("statuts.pdf"));
    QCOMPARE(arrived.file.size, 300 * 1024);
    QCOMPARE(arrived.file.sha256, sha256Hex(first));

    const QByteArray second = fileBytes(200 * 1024, 2);
    QVERIFY(
        bobActivities
            .attachResourceFile(
                id, QStringLiteral("statuts-2026.pdf"), QStringLiteral("application/pdf"), second)
            .ok());
    auto replaced = bob.sync();
    QVERIFY2(replaced.ok(), qPrintable(replaced ? QString() : replaced.error().text()));
    QVERIFY(bob.recordErrors().isEmpty());
    auto received = alice.sync();
    QVERIFY2(received.ok(), qPrintable(received ? QString() : received.error().text()));
    QCOMPARE(aliceActivities.resourceFileData(id).value(), second);
    QCOMPARE(aliceActivities.resource(id)->file.name, QStringLiteral("statuts-2026.pdf"));
    QCOMPARE(aliceActivities.resource(id)->meta.dirty, false);
    QVERIFY(alice.conflicts().isEmpty());
}

void tst_ResourceFileSync::emptyFileTravels()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"));
    SyncTestDesktop bob(*m_database, QStringLiteral("bob"));
    QVERIFY(alice.isValid());
    QVERIFY(bob.isValid());
    ActivityStore aliceActivities(alice.store());
    ActivityStore bobActivities(bob.store());
    const QString id = newResource(aliceActivities, QStringLiteral("Formulaire vide"));
    QVERIFY(aliceActivities
                .attachResourceFile(
                    id, QStringLiteral("empty.pdf"), QStringLiteral("application/pdf"), {})
                .ok());

    auto pushed = alice.sync();
    QVERIFY2(pushed.ok(), qPrintable(pushed ? QString() : pushed.error().text()));
    QVERIFY(alice.recordErrors().isEmpty());
    auto pulled = bob.sync();
    QVERIFY2(pulled.ok(), qPrintable(pulled ? QString() : pulled.error().text()));
    const Resource arrived = bobActivities.resource(id).value();
    QCOMPARE(arrived.file.name, QStringLiteral("empty.pdf"));
    QCOMPARE(arrived.file.size, 0);
    QCOMPARE(arrived.file.sha256, sha256Hex(QByteArray()));
    QCOMPARE(bobActivities.resourceFileData(id)->size(), 0);
}

void tst_ResourceFileSync::unchangedFileNotResent()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"));
    SyncTestDesktop bob(*m_database, QStringLiteral("bob"));
    QVERIFY(alice.isValid());
    QVERIFY(bob.isValid());
    ActivityStore aliceActivities(alice.store());
    const QString id = newResource(aliceActivities, QStringLiteral("Guide du financement"));
    const QByteArray data = fileBytes(300 * 1024, 3);
    QVERIFY(aliceActivities
                .attachResourceFile(id,
                                    QStringLiteral("guide.odt"),
                                    QStringLiteral("application/vnd.oasis.opendocument.text"),
                                    data)
                .ok());
    QVERIFY(alice.sync().ok());

    Resource resource = aliceActivities.resource(id).value();
    resource.title = QStringLiteral("Guide du financement coopératif");
    QVERIFY(aliceActivities.updateResource(resource).ok());
    auto pushed = alice.sync();
    QVERIFY2(pushed.ok(), qPrintable(pushed ? QString() : pushed.error().text()));
    QVERIFY(alice.recordErrors().isEmpty());

    // The attachment's revpos is the revision that last sent its bytes: 2 when
    // the bytes were sent again. CouchDB keeps 1 for a stub, and the test
    // server (PouchDB) leaves revpos out.
    const QJsonObject onServer = serverDocument(QStringLiteral("resource:") + id);
    QVERIFY(onServer.value(QStringLiteral("_rev")).toString().startsWith(QLatin1String("2-")));
    QCOMPARE(onServer.value(QStringLiteral("title")).toString(), resource.title);
    const QJsonObject attachment = onServer.value(QStringLiteral("_attachments"))
                                       .toObject()
                                       .value(QStringLiteral("file"))
                                       .toObject();
    QVERIFY2(attachment.value(QStringLiteral("revpos")).toInt() < 2,
             qPrintable(QString::number(attachment.value(QStringLiteral("revpos")).toInt())));
    QCOMPARE(attachment.value(QStringLiteral("stub")).toBool(), true);
    QCOMPARE(attachment.value(QStringLiteral("length")).toInteger(), data.size());

    auto pulled = bob.sync();
    QVERIFY2(pulled.ok(), qPrintable(pulled ? QString() : pulled.error().text()));
    ActivityStore bobActivities(bob.store());
    QCOMPARE(bobActivities.resourceFileData(id).value(), data);
    QCOMPARE(bobActivities.resource(id)->title, resource.title);
}

void tst_ResourceFileSync::removedFileDisappears()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"));
    SyncTestDesktop bob(*m_database, QStringLiteral("bob"));
    QVERIFY(alice.isValid());
    QVERIFY(bob.isValid());
    ActivityStore aliceActivities(alice.store());
    ActivityStore bobActivities(bob.store());
    const QString id = newResource(aliceActivities, QStringLiteral("Charte"));
    QVERIFY(
        aliceActivities
            .attachResourceFile(
                id, QStringLiteral("charte.txt"), QStringLiteral("text/plain"), fileBytes(4096, 4))
            .ok());
    QVERIFY(alice.sync().ok());
    QVERIFY(bob.sync().ok());
    QCOMPARE(bobActivities.resourceFileData(id)->size(), 4096);

    QVERIFY(aliceActivities.detachResourceFile(id).ok());
    auto pushed = alice.sync();
    QVERIFY2(pushed.ok(), qPrintable(pushed ? QString() : pushed.error().text()));
    QVERIFY(
        !serverDocument(QStringLiteral("resource:") + id).contains(QStringLiteral("_attachments")));
    auto pulled = bob.sync();
    QVERIFY2(pulled.ok(), qPrintable(pulled ? QString() : pulled.error().text()));
    QVERIFY(bobActivities.resource(id)->file.isEmpty());
    QVERIFY(bobActivities.resourceFileData(id)->isEmpty());
    QVERIFY(bob.conflicts().isEmpty());
}

void tst_ResourceFileSync::oversizedFileRejectedBeforeUpload()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"), true);
    QVERIFY(alice.isValid());
    ActivityStore aliceActivities(alice.store());
    const QString id = newResource(aliceActivities, QStringLiteral("Enregistrement"));
    // The store rejects files over the limit, so the row is written here
    // directly, as a file written by another program would be.
    const QByteArray data = fileBytes(21 * 1024 * 1024, 5);
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("oversized"));
        db.setDatabaseName(alice.path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.prepare(QStringLiteral(
            "UPDATE resources SET file_name = 'enregistrement.wav', "
            "file_mime_type = 'audio/wav', file_size = ?, file_sha256 = ? WHERE id = ?")));
        query.addBindValue(data.size());
        query.addBindValue(sha256Hex(data));
        query.addBindValue(id);
        QVERIFY(query.exec());
        QVERIFY(query.prepare(
            QStringLiteral("INSERT INTO resource_files (resource_id, data) VALUES (?, ?)")));
        query.addBindValue(id);
        query.addBindValue(data);
        QVERIFY(query.exec());
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("oversized"));

    FaultProxy proxy(m_env);
    QVERIFY(proxy.clearLog().ok());
    auto synced = alice.sync();
    QVERIFY2(synced.ok(), qPrintable(synced ? QString() : synced.error().text()));
    const auto errors = alice.recordErrors();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).recordId, id);
    QCOMPARE(errors.at(0).code, QStringLiteral("too_large"));
    QCOMPARE(errors.at(0).sizeLimit, MaxResourceFileBytes);
    QVERIFY2(errors.at(0).message.contains(QLatin1String("enregistrement.wav")),
             qPrintable(errors.at(0).message));
    QVERIFY2(errors.at(0).message.contains(QLatin1String("21")), qPrintable(errors.at(0).message));
    QVERIFY2(errors.at(0).message.contains(QLatin1String("20")), qPrintable(errors.at(0).message));
    QVERIFY(serverDocument(QStringLiteral("resource:") + id).contains(QStringLiteral("error")));
    // The client rejected the file itself: no request met a 413 from the server.
    const QJsonArray log = proxy.log().value();
    QVERIFY(!log.isEmpty());
    for (const QJsonValue &entry : log) {
        const QJsonObject request = entry.toObject();
        QVERIFY2(request.value(QStringLiteral("upstreamStatus")).toInt() != 413,
                 qPrintable(request.value(QStringLiteral("path")).toString()));
        QVERIFY2(request.value(QStringLiteral("status")).toInt() != 413,
                 qPrintable(request.value(QStringLiteral("path")).toString()));
    }
}

void tst_ResourceFileSync::differentFilesConflict()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"));
    SyncTestDesktop bob(*m_database, QStringLiteral("bob"));
    QVERIFY(alice.isValid());
    QVERIFY(bob.isValid());
    ActivityStore aliceActivities(alice.store());
    ActivityStore bobActivities(bob.store());
    const QString id = newResource(aliceActivities, QStringLiteral("Budget type"));
    QVERIFY(alice.sync().ok());
    QVERIFY(bob.sync().ok());

    QVERIFY(aliceActivities
                .attachResourceFile(id,
                                    QStringLiteral("budget-a.ods"),
                                    QStringLiteral("application/octet-stream"),
                                    fileBytes(1000, 6))
                .ok());
    QVERIFY(bobActivities
                .attachResourceFile(id,
                                    QStringLiteral("budget-b.ods"),
                                    QStringLiteral("application/octet-stream"),
                                    fileBytes(2000, 7))
                .ok());
    QVERIFY(alice.sync().ok());
    auto synced = bob.sync();
    QVERIFY2(synced.ok(), qPrintable(synced ? QString() : synced.error().text()));

    const auto conflicts = bob.conflicts();
    QCOMPARE(conflicts.size(), 1);
    const SyncConflict &conflict = conflicts.at(0);
    QCOMPARE(conflict.recordId, id);
    QCOMPARE(conflict.fields,
             QStringList({QStringLiteral("file_mime_type"),
                          QStringLiteral("file_name"),
                          QStringLiteral("file_sha256"),
                          QStringLiteral("file_size")}));
    QCOMPARE(conflict.local.value(QStringLiteral("file_name")).toString(),
             QStringLiteral("budget-b.ods"));
    QCOMPARE(conflict.local.value(QStringLiteral("file_size")).toInteger(), 2000);
    QCOMPARE(conflict.remote.value(QStringLiteral("file_name")).toString(),
             QStringLiteral("budget-a.ods"));
    QCOMPARE(conflict.remote.value(QStringLiteral("file_size")).toInteger(), 1000);
    // Bob keeps his own file and its bytes until the conflict is resolved.
    QCOMPARE(bobActivities.resourceFileData(id).value(), fileBytes(2000, 7));
}

void tst_ResourceFileSync::organiserSetMerges_data()
{
    QTest::addColumn<bool>("aliceFirst");
    QTest::newRow("alice first") << true;
    QTest::newRow("bob first") << false;
}

void tst_ResourceFileSync::organiserSetMerges()
{
    QFETCH(bool, aliceFirst);
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"));
    SyncTestDesktop bob(*m_database, QStringLiteral("bob"));
    QVERIFY(alice.isValid());
    QVERIFY(bob.isValid());
    ActivityStore aliceActivities(alice.store());
    ActivityStore bobActivities(bob.store());
    const QString x = addOrganisation(alice.store(), QStringLiteral("SAW-B"));
    const QString y = addOrganisation(alice.store(), QStringLiteral("Febecoop"));
    const QString z = addOrganisation(alice.store(), QStringLiteral("SMart"));
    Workshop workshop;
    workshop.title = QStringLiteral("Gouvernance partagée");
    workshop.theme = QStringLiteral("funding");
    workshop.axis = QStringLiteral("equip");
    workshop.start = QDateTime(QDate(2026, 11, 12), QTime(9, 0), Qt::UTC);
    workshop.end = QDateTime(QDate(2026, 11, 12), QTime(12, 0), Qt::UTC);
    workshop.organiserIds = {z};
    const QString workshopId = aliceActivities.insertWorkshop(workshop).value();
    QVERIFY(alice.sync().ok());
    QVERIFY(bob.sync().ok());

    Workshop aliceEdit = aliceActivities.workshop(workshopId).value();
    aliceEdit.organiserIds.append(x);
    QVERIFY(aliceActivities.updateWorkshop(aliceEdit).ok());
    Workshop bobEdit = bobActivities.workshop(workshopId).value();
    bobEdit.organiserIds = {y};
    QVERIFY(bobActivities.updateWorkshop(bobEdit).ok());

    SyncTestDesktop &first = aliceFirst ? alice : bob;
    SyncTestDesktop &second = aliceFirst ? bob : alice;
    for (SyncTestDesktop *desktop : {&first, &second, &first}) {
        auto synced = desktop->sync();
        QVERIFY2(synced.ok(), qPrintable(synced ? QString() : synced.error().text()));
    }

    const QStringList expected = sorted({x, y});
    const Workshop aliceResult = aliceActivities.workshop(workshopId).value();
    const Workshop bobResult = bobActivities.workshop(workshopId).value();
    QCOMPARE(sorted(aliceResult.organiserIds), expected);
    QCOMPARE(sorted(bobResult.organiserIds), expected);
    QCOMPARE(aliceResult.organiserIds, bobResult.organiserIds);
    QCOMPARE(aliceResult.meta.dirty, false);
    QCOMPARE(bobResult.meta.dirty, false);
    QVERIFY(alice.conflicts().isEmpty());
    QVERIFY(bob.conflicts().isEmpty());
}

QTEST_GUILESS_MAIN(tst_ResourceFileSync)
#include "tst_resourcefilesync.moc"
