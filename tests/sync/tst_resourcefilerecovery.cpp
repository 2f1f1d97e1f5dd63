// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Files of resources whose attachment is not where the sync expects it: a stub
// that the server cannot match, a conflict resolved with the other desktop's
// file, and a server-side conflict merged into a losing revision's file.
#include "support/twodesktops.h"

#include <core/domain/activities.h>
#include <core/storage/activitystore.h>
#include <core/sync/merge.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace CoopAtlas::Core;
using namespace CoopAtlas::TestSupport;

namespace {

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// Files that the desktop's syncs have not received yet, by resource id.
QHash<QString, QString> missingFiles(const SyncTestDesktop &desktop)
{
    auto db = Database::open(desktop.path());
    if (!db) {
        return {};
    }
    SyncStore store(**db);
    auto missing = SyncEngine::missingResourceFiles(store);
    return missing ? *missing : QHash<QString, QString>();
}

/// Number of requests for the file attachment of a revision in the fault proxy's log.
int fileRequests(const QJsonArray &log)
{
    int count = 0;
    for (const QJsonValue &entry : log) {
        const QJsonObject request = entry.toObject();
        if (request.value(QStringLiteral("method")).toString() == QLatin1String("GET")
            && request.value(QStringLiteral("path")).toString().contains(QLatin1String("/file?"))) {
            ++count;
        }
    }
    return count;
}

/// The `status` the fault proxy gave to each `_bulk_docs` request in its log.
QList<int> bulkDocsStatuses(const QJsonArray &log)
{
    QList<int> statuses;
    for (const QJsonValue &entry : log) {
        const QJsonObject request = entry.toObject();
        if (request.value(QStringLiteral("path"))
                .toString()
                .contains(QLatin1String("_bulk_docs"))) {
            statuses.append(request.value(QStringLiteral("status")).toInt());
        }
    }
    return statuses;
}

QJsonObject fileAttachment(const QJsonObject &document)
{
    return document.value(QStringLiteral("_attachments"))
        .toObject()
        .value(QStringLiteral("file"))
        .toObject();
}

} // namespace

class tst_ResourceFileRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void stubWithoutAttachmentResent();
    void conflictResolvedWithOtherFile();
    void serverConflictTakesLoserFile();
    void serverConflictWithoutLoserFile();
    void pulledFileMissingOnServer();
    void missingFileReadAgainNextSync();

private:
    QJsonObject serverDocument(const QString &pathAndQuery) const
    {
        return m_desktops->serverDocument(pathAndQuery);
    }
    HttpReply
    writeLosingBranch(const QJsonObject &first, const QByteArray &file, bool withAttachment) const;

    std::unique_ptr<TwoDesktops> m_desktops;
};

void tst_ResourceFileRecovery::initTestCase()
{
    auto env = serverEnvFromEnvironment();
    QVERIFY2(env.ok(), qPrintable(env ? QString() : env.error().text()));
}

void tst_ResourceFileRecovery::init()
{
    auto desktops = TwoDesktops::create(QStringLiteral("recovery"));
    QVERIFY2(desktops.ok(), qPrintable(desktops ? QString() : desktops.error().text()));
    m_desktops = std::move(desktops).value();
}

void tst_ResourceFileRecovery::cleanup()
{
    m_desktops.reset();
}

/// Writes a second revision 2 of `first` that changes only the file, as
/// replication writes a branch (new_edits=false). Its revision id sorts before
/// that of any other revision 2, so it loses the server-side conflict.
HttpReply tst_ResourceFileRecovery::writeLosingBranch(const QJsonObject &first,
                                                      const QByteArray &file,
                                                      bool withAttachment) const
{
    const QString branchHash(32, QLatin1Char('0'));
    QJsonObject branch = first;
    branch.remove(QStringLiteral("_attachments"));
    const QString branchRevision = QStringLiteral("2-") + branchHash;
    branch.insert(QStringLiteral("_rev"), branchRevision);
    branch.insert(QStringLiteral("_revisions"),
                  QJsonObject{{QStringLiteral("start"), 2},
                              {QStringLiteral("ids"),
                               QJsonArray{branchHash,
                                          first.value(QStringLiteral("_rev")).toString().mid(2)}}});
    branch.insert(QStringLiteral("file_name"), QStringLiteral("pacte-signe.pdf"));
    branch.insert(QStringLiteral("file_size"), file.size());
    branch.insert(QStringLiteral("file_sha256"), sha256Hex(file));
    if (withAttachment) {
        const QJsonObject attachment{
            {QStringLiteral("content_type"), QStringLiteral("application/pdf")},
            {QStringLiteral("data"), QString::fromLatin1(file.toBase64())}};
        branch.insert(QStringLiteral("_attachments"),
                      QJsonObject{{QStringLiteral("file"), attachment}});
    }
    return m_desktops->database().request(
        "POST",
        QStringLiteral("/_bulk_docs"),
        m_desktops->database().adminCredentials(),
        compactJson(QJsonObject{{QStringLiteral("new_edits"), false},
                                {QStringLiteral("docs"), QJsonArray{branch}}}));
}

void tst_ResourceFileRecovery::stubWithoutAttachmentResent()
{
    SyncTestDesktop &alice = m_desktops->alice();
    m_desktops->routeThroughProxy(alice);
    SyncTestDesktop &bob = m_desktops->bob();
    ActivityStore &aliceActivities = m_desktops->aliceActivities();
    const QString id = addResource(aliceActivities, QStringLiteral("Modèle de convention"));
    const QByteArray data = patternBytes(5000, 8);
    QVERIFY(aliceActivities
                .attachResourceFile(id,
                                    QStringLiteral("convention.odt"),
                                    QStringLiteral("application/vnd.oasis.opendocument.text"),
                                    data)
                .ok());

    // The document as a client that does not send files writes it: the file
    // fields without the attachment.
    const QString documentId = QStringLiteral("resource:") + id;
    const QJsonObject document = localDocument(alice, RecordKind::Resource, id);
    QCOMPARE(document.value(QStringLiteral("file_sha256")).toString(), sha256Hex(data));
    const HttpReply written = m_desktops->putWithoutAttachment(alice, id);
    QCOMPARE(written.status, 201);
    QVERIFY(!serverDocument(documentId).contains(QStringLiteral("_attachments")));

    // Alice pulls that revision, so her base names the SHA-256 of the file.
    auto pulled = alice.sync();
    QVERIFY2(pulled.ok(), qPrintable(pulled ? QString() : pulled.error().text()));
    QVERIFY(alice.conflicts().isEmpty());
    QCOMPARE(aliceActivities.resource(id)->meta.dirty, false);

    Resource resource = aliceActivities.resource(id).value();
    resource.title = QStringLiteral("Modèle de convention de partenariat");
    QVERIFY(aliceActivities.updateResource(resource).ok());
    FaultProxy proxy(m_desktops->env());
    QVERIFY(proxy.clearLog().ok());
    auto pushed = alice.sync();
    QVERIFY2(pushed.ok(), qPrintable(pushed ? QString() : pushed.error().text()));
    QVERIFY(alice.recordErrors().isEmpty());
    QCOMPARE(pushed->pushed, 1);
    QCOMPARE(aliceActivities.resource(id)->meta.dirty, false);
    // The stub is rejected once, and the bytes go in one more request.
    QCOMPARE(bulkDocsStatuses(proxy.log().value()), QList<int>({412, 201}));

    const QJsonObject onServer = serverDocument(documentId);
    QCOMPARE(onServer.value(QStringLiteral("title")).toString(), resource.title);
    QCOMPARE(fileAttachment(onServer).value(QStringLiteral("length")).toInteger(), data.size());
    const HttpReply bytes
        = m_desktops->database().request("GET",
                              QLatin1Char('/') + documentId + QStringLiteral("/file"),
                              m_desktops->database().adminCredentials());
    QCOMPARE(bytes.status, 200);
    QCOMPARE(bytes.body, data);

    auto received = bob.sync();
    QVERIFY2(received.ok(), qPrintable(received ? QString() : received.error().text()));
    ActivityStore &bobActivities = m_desktops->bobActivities();
    QCOMPARE(bobActivities.resourceFileData(id).value(), data);
    QCOMPARE(bobActivities.resource(id)->title, resource.title);
}

void tst_ResourceFileRecovery::conflictResolvedWithOtherFile()
{
    SyncTestDesktop &alice = m_desktops->alice();
    SyncTestDesktop &bob = m_desktops->bob();
    m_desktops->routeThroughProxy(bob);
    ActivityStore &aliceActivities = m_desktops->aliceActivities();
    ActivityStore &bobActivities = m_desktops->bobActivities();
    const QByteArray aliceFile = patternBytes(1500, 9);
    const QByteArray bobFile = patternBytes(2500, 10);
    auto conflicted = m_desktops->makeFileConflict(aliceFile, bobFile);
    QVERIFY2(conflicted.ok(), qPrintable(conflicted ? QString() : conflicted.error().text()));
    const QString id = *conflicted;
    QCOMPARE(bob.conflicts().size(), 1);
    const SyncConflict conflict = bob.conflicts().constFirst();
    const QJsonObject chosen = resolveConflictingFields(
        conflict.base, conflict.local, conflict.remote, ConflictSide::Remote);
    QCOMPARE(chosen.value(QStringLiteral("file_sha256")).toString(), sha256Hex(aliceFile));

    // While the server fails the file request, the conflict stays as it was.
    FaultProxy proxy(m_desktops->env());
    QVERIFY(proxy
                .setRules(QJsonArray{
                    QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                                {QStringLiteral("pathRegex"), QStringLiteral("/file\\?rev=")},
                                {QStringLiteral("action"), QStringLiteral("status")},
                                {QStringLiteral("status"), 503}}})
                .ok());
    bob.setMaxAttempts(1);
    auto offline = bob.resolveConflict(id, chosen);
    QVERIFY(!offline.ok());
    QVERIFY2(offline.error().message.contains(QLatin1String("budget-alice.ods")),
             qPrintable(offline.error().message));
    QVERIFY2(offline.error().message.contains(QLatin1String("stays open")),
             qPrintable(offline.error().message));
    QCOMPARE(bob.conflicts().size(), 1);
    QCOMPARE(bobActivities.resource(id)->file.name, QStringLiteral("budget-bob.ods"));
    QCOMPARE(bobActivities.resourceFileData(id).value(), bobFile);
    QVERIFY(proxy.clearRules().ok());
    bob.setMaxAttempts(3);

    auto resolved = bob.resolveConflict(id, chosen);
    QVERIFY2(resolved.ok(), qPrintable(resolved ? QString() : resolved.error().text()));
    QVERIFY(bob.conflicts().isEmpty());
    QCOMPARE(bobActivities.resourceFileData(id).value(), aliceFile);

    auto pushed = bob.sync();
    QVERIFY2(pushed.ok(), qPrintable(pushed ? QString() : pushed.error().text()));
    QVERIFY(bob.recordErrors().isEmpty());
    auto received = alice.sync();
    QVERIFY2(received.ok(), qPrintable(received ? QString() : received.error().text()));
    for (ActivityStore *activities : {&aliceActivities, &bobActivities}) {
        const Resource resource = activities->resource(id).value();
        QCOMPARE(activities->resourceFileData(id).value(), aliceFile);
        QCOMPARE(resource.file.sha256, sha256Hex(aliceFile));
        QCOMPARE(resource.file.name, QStringLiteral("budget-alice.ods"));
        QCOMPARE(resource.meta.dirty, false);
    }
    QVERIFY(alice.conflicts().isEmpty());
    const QJsonObject onServer
        = serverDocument(QStringLiteral("resource:") + id + QStringLiteral("?conflicts=true"));
    QCOMPARE(onServer.value(QStringLiteral("file_sha256")).toString(), sha256Hex(aliceFile));
    QVERIFY(onServer.value(QStringLiteral("_conflicts")).toArray().isEmpty());
    QCOMPARE(fileAttachment(onServer).value(QStringLiteral("length")).toInteger(),
             aliceFile.size());
}

void tst_ResourceFileRecovery::serverConflictTakesLoserFile()
{
    SyncTestDesktop &alice = m_desktops->alice();
    SyncTestDesktop &bob = m_desktops->bob();
    ActivityStore &aliceActivities = m_desktops->aliceActivities();
    ActivityStore &bobActivities = m_desktops->bobActivities();
    const QString id = addResource(aliceActivities, QStringLiteral("Pacte d'associés"));
    const QByteArray draft = patternBytes(1200, 11);
    QVERIFY(aliceActivities
                .attachResourceFile(
                    id, QStringLiteral("pacte.pdf"), QStringLiteral("application/pdf"), draft)
                .ok());
    QVERIFY(alice.sync().ok());
    QVERIFY(bob.sync().ok());
    const QString documentId = QStringLiteral("resource:") + id;
    const QJsonObject first = serverDocument(documentId);
    const QString firstRevision = first.value(QStringLiteral("_rev")).toString();
    QVERIFY(firstRevision.startsWith(QLatin1String("1-")));

    Resource renamed = aliceActivities.resource(id).value();
    renamed.title = QStringLiteral("Pacte d'associés 2026");
    QVERIFY(aliceActivities.updateResource(renamed).ok());
    QVERIFY(alice.sync().ok());

    const QByteArray signedCopy = patternBytes(2200, 12);
    const HttpReply written = writeLosingBranch(first, signedCopy, true);
    QCOMPARE(written.status, 201);
    const QJsonObject conflicted = serverDocument(documentId + QStringLiteral("?conflicts=true"));
    QCOMPARE(conflicted.value(QStringLiteral("title")).toString(), renamed.title);
    const QString branchRevision = QStringLiteral("2-") + QString(32, QLatin1Char('0'));
    QCOMPARE(conflicted.value(QStringLiteral("_conflicts")).toArray(), QJsonArray{branchRevision});

    // Bob merges the title of the winning revision with the file of the losing one.
    auto merged = bob.sync();
    QVERIFY2(merged.ok(), qPrintable(merged ? QString() : merged.error().text()));
    QVERIFY(bob.conflicts().isEmpty());
    QVERIFY(bob.recordErrors().isEmpty());
    const Resource bobResource = bobActivities.resource(id).value();
    QCOMPARE(bobResource.title, renamed.title);
    QCOMPARE(bobResource.file.name, QStringLiteral("pacte-signe.pdf"));
    QCOMPARE(bobResource.file.sha256, sha256Hex(signedCopy));
    QCOMPARE(bobActivities.resourceFileData(id).value(), signedCopy);
    QCOMPARE(bobResource.meta.dirty, false);
    auto again = bob.sync();
    QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().text()));

    const QJsonObject resolved = serverDocument(documentId + QStringLiteral("?conflicts=true"));
    QVERIFY(resolved.value(QStringLiteral("_conflicts")).toArray().isEmpty());
    QCOMPARE(resolved.value(QStringLiteral("file_sha256")).toString(), sha256Hex(signedCopy));
    QCOMPARE(fileAttachment(resolved).value(QStringLiteral("length")).toInteger(),
             signedCopy.size());
    auto received = alice.sync();
    QVERIFY2(received.ok(), qPrintable(received ? QString() : received.error().text()));
    QCOMPARE(aliceActivities.resourceFileData(id).value(), signedCopy);
    QCOMPARE(aliceActivities.resource(id)->title, renamed.title);
    QCOMPARE(aliceActivities.resource(id)->file.name, QStringLiteral("pacte-signe.pdf"));
}

void tst_ResourceFileRecovery::serverConflictWithoutLoserFile()
{
    SyncTestDesktop &alice = m_desktops->alice();
    SyncTestDesktop &bob = m_desktops->bob();
    ActivityStore &aliceActivities = m_desktops->aliceActivities();
    ActivityStore &bobActivities = m_desktops->bobActivities();
    const QString title = QStringLiteral("Pacte d'associés");
    const QString id = addResource(aliceActivities, title);
    const QByteArray draft = patternBytes(1200, 13);
    QVERIFY(aliceActivities
                .attachResourceFile(
                    id, QStringLiteral("pacte.pdf"), QStringLiteral("application/pdf"), draft)
                .ok());
    QVERIFY(alice.sync().ok());
    QVERIFY(bob.sync().ok());
    const QString documentId = QStringLiteral("resource:") + id;
    const QJsonObject first = serverDocument(documentId);
    Resource renamed = aliceActivities.resource(id).value();
    renamed.title = QStringLiteral("Pacte d'associés 2026");
    QVERIFY(aliceActivities.updateResource(renamed).ok());
    QVERIFY(alice.sync().ok());
    // The losing branch names a file whose bytes the server never received.
    const HttpReply written = writeLosingBranch(first, patternBytes(2200, 14), false);
    QCOMPARE(written.status, 201);

    // The merge would take the file of the losing branch, which cannot be
    // read, so Bob gets a conflict on the file and keeps his record as it was.
    for (int run = 0; run < 2; ++run) {
        auto synced = bob.sync();
        QVERIFY2(synced.ok(), qPrintable(synced ? QString() : synced.error().text()));
    }
    const auto conflicts = bob.conflicts();
    QCOMPARE(conflicts.size(), 1);
    const SyncConflict &conflict = conflicts.at(0);
    QCOMPARE(conflict.recordId, id);
    QCOMPARE(conflict.fields, resourceFileFields());
    QCOMPARE(conflict.local.value(QStringLiteral("file_name")).toString(),
             QStringLiteral("pacte.pdf"));
    QCOMPARE(conflict.remote.value(QStringLiteral("file_name")).toString(),
             QStringLiteral("pacte-signe.pdf"));
    QVERIFY(bob.recordErrors().isEmpty());
    QCOMPARE(bobActivities.resource(id)->title, title);
    QCOMPARE(bobActivities.resourceFileData(id).value(), draft);

    // Choosing the file of the losing branch needs its bytes, which the server lacks.
    auto missing = bob.resolveConflict(id, conflict.remote);
    QVERIFY(!missing.ok());
    QCOMPARE(bob.conflicts().size(), 1);

    // The winning revision's file is stored here, so choosing it needs no request.
    auto resolved = bob.resolveConflict(id, conflict.local);
    QVERIFY2(resolved.ok(), qPrintable(resolved ? QString() : resolved.error().text()));
    auto pushed = bob.sync();
    QVERIFY2(pushed.ok(), qPrintable(pushed ? QString() : pushed.error().text()));
    QVERIFY(bob.conflicts().isEmpty());
    QVERIFY(bob.recordErrors().isEmpty());
    QCOMPARE(bobActivities.resource(id)->title, renamed.title);
    QCOMPARE(bobActivities.resource(id)->meta.dirty, false);
    const QJsonObject onServer = serverDocument(documentId + QStringLiteral("?conflicts=true"));
    QVERIFY(onServer.value(QStringLiteral("_conflicts")).toArray().isEmpty());
    QCOMPARE(onServer.value(QStringLiteral("file_sha256")).toString(), sha256Hex(draft));
}

void tst_ResourceFileRecovery::pulledFileMissingOnServer()
{
    SyncTestDesktop &alice = m_desktops->alice();
    SyncTestDesktop &bob = m_desktops->bob();
    m_desktops->routeThroughProxy(bob);
    ActivityStore &aliceActivities = m_desktops->aliceActivities();
    ActivityStore &bobActivities = m_desktops->bobActivities();
    const QString id = addResource(aliceActivities, QStringLiteral("Charte coopérative"));
    const QByteArray data = patternBytes(3000, 15);
    QVERIFY(aliceActivities
                .attachResourceFile(
                    id, QStringLiteral("charte.pdf"), QStringLiteral("application/pdf"), data)
                .ok());
    // A revision that names the file without its attachment, as a client that
    // does not send files writes it.
    const HttpReply written = m_desktops->putWithoutAttachment(alice, id);
    QCOMPARE(written.status, 201);
    QVERIFY(alice.sync().ok());
    // A record written after the resource, which the pull reaches only past it.
    const QString organisationId = addOrganisation(alice.store(), QStringLiteral("Coopcity"));
    QVERIFY(alice.sync().ok());

    FaultProxy proxy(m_desktops->env());
    QVERIFY(proxy.clearLog().ok());
    auto first = bob.sync();
    QVERIFY2(first.ok(), qPrintable(first ? QString() : first.error().text()));
    QCOMPARE(first->missingFiles, 1);
    QVERIFY(bob.conflicts().isEmpty());
    QVERIFY(bob.recordErrors().isEmpty());
    QCOMPARE(bob.store().organisation(organisationId)->name, QStringLiteral("Coopcity"));
    const Resource pulled = bobActivities.resource(id).value();
    QCOMPARE(pulled.title, QStringLiteral("Charte coopérative"));
    QCOMPARE(pulled.file.name, QStringLiteral("charte.pdf"));
    QCOMPARE(pulled.file.sha256, sha256Hex(data));
    QCOMPARE(pulled.meta.dirty, false);
    QCOMPARE(bobActivities.resourceFileData(id).value(), QByteArray());
    QCOMPARE(bob.rowCount(QStringLiteral("resource_files")), 0);
    QCOMPARE(missingFiles(bob), (QHash<QString, QString>{{id, sha256Hex(data)}}));
    QCOMPARE(fileRequests(proxy.log().value()), 1);

    // The checkpoint is past both records, and the file is requested once more.
    QVERIFY(proxy.clearLog().ok());
    auto second = bob.sync();
    QVERIFY2(second.ok(), qPrintable(second ? QString() : second.error().text()));
    QCOMPARE(second->pulled, 0);
    QCOMPARE(second->missingFiles, 1);
    QCOMPARE(fileRequests(proxy.log().value()), 1);
    QCOMPARE(missingFiles(bob).size(), 1);

    // Alice's next edit sends the bytes, and Bob's pull of it stores them.
    Resource renamed = aliceActivities.resource(id).value();
    renamed.title = QStringLiteral("Charte coopérative 2026");
    QVERIFY(aliceActivities.updateResource(renamed).ok());
    auto sent = alice.sync();
    QVERIFY2(sent.ok(), qPrintable(sent ? QString() : sent.error().text()));
    QCOMPARE(sent->pushed, 1);
    auto received = bob.sync();
    QVERIFY2(received.ok(), qPrintable(received ? QString() : received.error().text()));
    QCOMPARE(received->missingFiles, 0);
    QCOMPARE(bobActivities.resourceFileData(id).value(), data);
    QCOMPARE(bobActivities.resource(id)->title, renamed.title);
    QVERIFY(missingFiles(bob).isEmpty());
    QVERIFY(bob.recordErrors().isEmpty());
}

void tst_ResourceFileRecovery::missingFileReadAgainNextSync()
{
    SyncTestDesktop &alice = m_desktops->alice();
    SyncTestDesktop &bob = m_desktops->bob();
    m_desktops->routeThroughProxy(bob);
    ActivityStore &aliceActivities = m_desktops->aliceActivities();
    ActivityStore &bobActivities = m_desktops->bobActivities();
    const QString id = addResource(aliceActivities, QStringLiteral("Statuts types"));
    const QByteArray draft = patternBytes(1800, 16);
    const QByteArray revised = patternBytes(2600, 17);
    QVERIFY(aliceActivities
                .attachResourceFile(
                    id, QStringLiteral("statuts.odt"), QStringLiteral("text/plain"), draft)
                .ok());
    QVERIFY(alice.sync().ok());
    QVERIFY(bob.sync().ok());
    QCOMPARE(bobActivities.resourceFileData(id).value(), draft);
    QVERIFY(aliceActivities
                .attachResourceFile(
                    id, QStringLiteral("statuts-2026.odt"), QStringLiteral("text/plain"), revised)
                .ok());
    QVERIFY(alice.sync().ok());

    // The server fails every file request of Bob's next sync.
    FaultProxy proxy(m_desktops->env());
    QVERIFY(proxy
                .setRules(QJsonArray{
                    QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                                {QStringLiteral("pathRegex"), QStringLiteral("/file\\?rev=")},
                                {QStringLiteral("action"), QStringLiteral("status")},
                                {QStringLiteral("status"), 404}}})
                .ok());
    QVERIFY(proxy.clearLog().ok());
    auto failed = bob.sync();
    QVERIFY2(failed.ok(), qPrintable(failed ? QString() : failed.error().text()));
    QCOMPARE(failed->missingFiles, 1);
    QCOMPARE(fileRequests(proxy.log().value()), 1);
    // The record is the new one, and the previous file stays until the new one arrives.
    QCOMPARE(bobActivities.resource(id)->file.name, QStringLiteral("statuts-2026.odt"));
    QCOMPARE(bobActivities.resourceFileData(id).value(), draft);
    QCOMPARE(missingFiles(bob), (QHash<QString, QString>{{id, sha256Hex(revised)}}));

    // The next sync brings no change, but reads the file once and stores it.
    QVERIFY(proxy.clearRules().ok());
    QVERIFY(proxy.clearLog().ok());
    auto retried = bob.sync();
    QVERIFY2(retried.ok(), qPrintable(retried ? QString() : retried.error().text()));
    QCOMPARE(retried->pulled, 0);
    QCOMPARE(retried->missingFiles, 0);
    QCOMPARE(fileRequests(proxy.log().value()), 1);
    QCOMPARE(bobActivities.resourceFileData(id).value(), revised);
    QVERIFY(missingFiles(bob).isEmpty());
    QCOMPARE(bobActivities.resource(id)->meta.dirty, false);

    // A file already received is not requested again.
    QVERIFY(proxy.clearLog().ok());
    QVERIFY(bob.sync().ok());
    QCOMPARE(fileRequests(proxy.log().value()), 0);
}

QTEST_GUILESS_MAIN(tst_ResourceFileRecovery)
#include "tst_resourcefilerecovery.moc"
