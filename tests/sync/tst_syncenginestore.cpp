// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/domain/activities.h>
#include <core/storage/activitystore.h>
#include <core/storage/store.h>
#include <core/storage/syncstore.h>
#include <core/sync/documentcodec.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace CoopAtlas::Core;

namespace {

const QString RemoteId = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");

QJsonObject remoteOrganisation(const QString &name, bool deleted = false)
{
    Organisation org;
    org.meta.id = RemoteId;
    org.meta.serverRevision = QStringLiteral("1-remote");
    org.meta.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    org.meta.updatedAt = org.meta.createdAt;
    org.meta.createdBy = QStringLiteral("other");
    org.meta.updatedBy = QStringLiteral("other");
    org.meta.deleted = deleted;
    org.name = name;
    org.kind = QStringLiteral("project-holder");
    return DocumentCodec::encode(org);
}

/// A remote organisation with a generated id that sorts by `number`.
QJsonObject numberedOrganisation(int number)
{
    QJsonObject document = remoteOrganisation(QStringLiteral("Coopérative %1").arg(number));
    const QString id
        = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-%1").arg(number, 12, 10, QLatin1Char('0'));
    document.insert(QStringLiteral("_id"), DocumentCodec::documentId(RecordKind::Organisation, id));
    return document;
}

QJsonObject remoteResource(const QByteArray &file)
{
    Resource resource;
    resource.meta.id = RemoteId;
    resource.meta.serverRevision = QStringLiteral("1-remote");
    resource.meta.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    resource.meta.updatedAt = resource.meta.createdAt;
    resource.meta.createdBy = QStringLiteral("other");
    resource.meta.updatedBy = QStringLiteral("other");
    resource.title = QStringLiteral("Statuts types");
    resource.kind = QStringLiteral("guide");
    if (!file.isEmpty()) {
        resource.file
            = ResourceFile{QStringLiteral("statuts.pdf"),
                           QStringLiteral("application/pdf"),
                           file.size(),
                           QString::fromLatin1(
                               QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex())};
    }
    return DocumentCodec::encode(resource);
}

} // namespace

class tst_SyncEngineStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void applyRemoteInsertsCleanRecord();
    void remoteTombstoneUpdatesCountsAndSearch();
    void markPushedCleansUnchangedRecord();
    void editDuringPushStaysDirty();
    void writeMergedStaysDirty();
    void conflictHidesRecordFromPush();
    void resolveWritesChosenVersion();
    void resolveNeedsChosenFileBytes();
    void tooLargeSkippedUntilChanged();
    void remoteRenameUpdatesLinkNames();
    void invalidDocumentIsRejected();
    void editKeepsUnknownFieldsAndTimestampText();
    void batchInsertStoresEveryDocument();
    void batchInsertNamesWaitingLinks();
    void batchInsertFailsOnExistingRecord();
    void batchInsertDeclinesUndecodableDocument();
    void batchInsertKeepsUnusualText();
    void batchInsertStoresPhotoBytes();
    void batchInsertStoresServerText();
    void existingRecordIdsFindsStoredRecords();
    void checkpointPagesAreSet();
    void batchInsertManyRowCounts();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Database> m_syncDb;
    std::unique_ptr<SyncStore> m_sync;
};

void tst_SyncEngineStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("store.coopatlas"));
    auto db = Database::open(path);
    QVERIFY(db.ok());
    (*db)->setAuthor(QStringLiteral("me"));
    m_store = std::make_unique<Store>(std::move(db).value());
    auto syncDb = Database::open(path);
    QVERIFY(syncDb.ok());
    (*syncDb)->setAuthor(QStringLiteral("me"));
    m_syncDb = std::move(syncDb).value();
    m_sync = std::make_unique<SyncStore>(*m_syncDb);
}

void tst_SyncEngineStore::cleanup()
{
    m_sync.reset();
    m_syncDb.reset();
    m_store.reset();
    m_dir.reset();
}

void tst_SyncEngineStore::applyRemoteInsertsCleanRecord()
{
    QVERIFY(m_sync->applyRemote(remoteOrganisation(QStringLiteral("Coopérative Lumière"))).ok());
    auto org = m_store->organisation(RemoteId);
    QVERIFY(org.ok());
    QCOMPARE(org->name, QStringLiteral("Coopérative Lumière"));
    QCOMPARE(org->meta.dirty, false);
    QCOMPARE(org->meta.serverRevision, QStringLiteral("1-remote"));
    QCOMPARE(org->meta.createdBy, QStringLiteral("other"));
    QCOMPARE(m_store->totalCount(RecordKind::Organisation).value(), 1);
    QCOMPARE(m_store->search(QStringLiteral("lumiere")).value().size(), 1);

    auto local = m_sync->localDocument(RecordKind::Organisation, RemoteId);
    QVERIFY(local.ok() && local->has_value());
    QCOMPARE((*local)->base, remoteOrganisation(QStringLiteral("Coopérative Lumière")));
    QCOMPARE((*local)->document, (*local)->base);
    QCOMPARE(m_sync->dirtyDocuments(RecordKind::Organisation, {}, 10)->size(), 0);
}

void tst_SyncEngineStore::remoteTombstoneUpdatesCountsAndSearch()
{
    QVERIFY(m_sync->applyRemote(remoteOrganisation(QStringLiteral("Lumière"))).ok());
    QVERIFY(m_sync->applyRemote(remoteOrganisation(QStringLiteral("Lumière"), true)).ok());
    QCOMPARE(m_store->totalCount(RecordKind::Organisation).value(), 0);
    QCOMPARE(m_store->search(QStringLiteral("lumiere")).value().size(), 0);
    QCOMPARE(m_store->organisation(RemoteId)->meta.deleted, true);
    QVERIFY(m_sync->applyRemote(remoteOrganisation(QStringLiteral("Lumière"))).ok());
    QCOMPARE(m_store->totalCount(RecordKind::Organisation).value(), 1);
}

void tst_SyncEngineStore::markPushedCleansUnchangedRecord()
{
    Organisation org;
    org.name = QStringLiteral("Febecoop");
    const QString id = m_store->insertOrganisation(org).value();
    auto dirty = m_sync->dirtyDocuments(RecordKind::Organisation, {}, 10);
    QVERIFY(dirty.ok());
    QCOMPARE(dirty->size(), 1);
    const QJsonObject pushed = dirty->constFirst().document;
    QVERIFY(!pushed.contains(QStringLiteral("_rev")));

    auto marked = m_sync->markPushed(pushed, QStringLiteral("1-abc"));
    QVERIFY(marked.ok());
    QCOMPARE(*marked, true);
    QCOMPARE(m_store->organisation(id)->meta.dirty, false);
    QCOMPARE(m_store->organisation(id)->meta.serverRevision, QStringLiteral("1-abc"));
    QCOMPARE(m_sync->dirtyDocuments(RecordKind::Organisation, {}, 10)->size(), 0);
    auto local = m_sync->localDocument(RecordKind::Organisation, id);
    QCOMPARE((*local)->base.value(QStringLiteral("_rev")).toString(), QStringLiteral("1-abc"));
    QCOMPARE((*local)->base.value(QStringLiteral("name")).toString(), QStringLiteral("Febecoop"));
}

void tst_SyncEngineStore::editDuringPushStaysDirty()
{
    Organisation org;
    org.name = QStringLiteral("Febecoop");
    const QString id = m_store->insertOrganisation(org).value();
    const QJsonObject pushed
        = m_sync->dirtyDocuments(RecordKind::Organisation, {}, 10)->constFirst().document;

    auto edited = m_store->organisation(id);
    edited->locality = QStringLiteral("Bruxelles");
    QTest::qWait(2); // a later updated_at than the pushed version
    QVERIFY(m_store->updateOrganisation(*edited).ok());

    auto marked = m_sync->markPushed(pushed, QStringLiteral("1-abc"));
    QVERIFY(marked.ok());
    QCOMPARE(*marked, false);
    auto after = m_store->organisation(id);
    QCOMPARE(after->meta.dirty, true);
    QCOMPARE(after->meta.serverRevision, QStringLiteral("1-abc"));
    QCOMPARE(after->locality, QStringLiteral("Bruxelles"));
    auto local = m_sync->localDocument(RecordKind::Organisation, id);
    QCOMPARE((*local)->base.value(QStringLiteral("locality")).toString(), QString());
    QCOMPARE(m_sync->dirtyDocuments(RecordKind::Organisation, {}, 10)->size(), 1);
}

void tst_SyncEngineStore::writeMergedStaysDirty()
{
    const QJsonObject remote = remoteOrganisation(QStringLiteral("Lumière"));
    QJsonObject merged = remote;
    merged.insert(QStringLiteral("locality"), QStringLiteral("Forest"));
    QVERIFY(m_sync->writeMerged(merged, remote).ok());
    auto org = m_store->organisation(RemoteId);
    QCOMPARE(org->meta.dirty, true);
    QCOMPARE(org->locality, QStringLiteral("Forest"));
    QCOMPARE(org->meta.serverRevision, QStringLiteral("1-remote"));
    auto local = m_sync->localDocument(RecordKind::Organisation, RemoteId);
    QCOMPARE((*local)->base, remote);
}

void tst_SyncEngineStore::conflictHidesRecordFromPush()
{
    QVERIFY(m_sync
                ->writeMerged(remoteOrganisation(QStringLiteral("Lumière")),
                              remoteOrganisation(QStringLiteral("Lumière")))
                .ok());
    QCOMPARE(m_sync->dirtyDocuments(RecordKind::Organisation, {}, 10)->size(), 1);
    SyncConflict conflict;
    conflict.recordId = RemoteId;
    conflict.kind = RecordKind::Organisation;
    conflict.local = remoteOrganisation(QStringLiteral("Lumière SC"));
    conflict.remote = remoteOrganisation(QStringLiteral("Lumière ASBL"));
    conflict.remoteRevision = QStringLiteral("2-remote");
    conflict.remoteAuthor = QStringLiteral("other");
    conflict.fields = {QStringLiteral("name")};
    QVERIFY(m_sync->saveConflict(conflict).ok());
    QCOMPARE(m_sync->dirtyDocuments(RecordKind::Organisation, {}, 10)->size(), 0);
    auto listed = m_sync->conflicts();
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->constFirst().fields, QStringList{QStringLiteral("name")});
    QCOMPARE(listed->constFirst().remote.value(QStringLiteral("name")).toString(),
             QStringLiteral("Lumière ASBL"));
    QVERIFY((*m_sync->localDocument(RecordKind::Organisation, RemoteId))->hasConflict);
}

void tst_SyncEngineStore::resolveWritesChosenVersion()
{
    QVERIFY(m_sync->applyRemote(remoteOrganisation(QStringLiteral("Lumière"))).ok());
    SyncConflict conflict;
    conflict.recordId = RemoteId;
    conflict.kind = RecordKind::Organisation;
    conflict.local = remoteOrganisation(QStringLiteral("Lumière SC"));
    conflict.remote = remoteOrganisation(QStringLiteral("Lumière ASBL"));
    conflict.remoteRevision = QStringLiteral("3-winner");
    conflict.losingRevisions = {QStringLiteral("3-loser")};
    conflict.fields = {QStringLiteral("name")};
    QVERIFY(m_sync->saveConflict(conflict).ok());

    QJsonObject chosen = conflict.remote;
    chosen.insert(QStringLiteral("description"), QStringLiteral("Edited while resolving"));
    auto resolved = m_sync->resolveConflict(RemoteId, chosen);
    QVERIFY2(resolved.ok(), qPrintable(resolved ? QString() : resolved.error().text()));

    auto org = m_store->organisation(RemoteId);
    QCOMPARE(org->name, QStringLiteral("Lumière ASBL"));
    QCOMPARE(org->description, QStringLiteral("Edited while resolving"));
    QCOMPARE(org->meta.dirty, true);
    QCOMPARE(org->meta.serverRevision, QStringLiteral("3-winner"));
    QCOMPARE(org->meta.updatedBy, QStringLiteral("me"));
    QVERIFY(m_sync->conflicts()->isEmpty());
    QCOMPARE(*m_sync->obsoleteRevisions(RemoteId), QStringList{QStringLiteral("3-loser")});
    QVERIFY(m_sync->forgetObsoleteRevision(RemoteId, QStringLiteral("3-loser")).ok());
    QVERIFY(m_sync->obsoleteRevisions(RemoteId)->isEmpty());

    auto again = m_sync->resolveConflict(RemoteId, chosen);
    QVERIFY(!again.ok());
}

void tst_SyncEngineStore::resolveNeedsChosenFileBytes()
{
    const QByteArray file("%PDF-1.7 statuts");
    QVERIFY(m_sync->applyRemote(remoteResource({})).ok());
    SyncConflict conflict;
    conflict.recordId = RemoteId;
    conflict.kind = RecordKind::Resource;
    conflict.local = remoteResource({});
    conflict.remote = remoteResource(file);
    conflict.remoteRevision = QStringLiteral("2-remote");
    conflict.fields = {QStringLiteral("file_mime_type"),
                       QStringLiteral("file_name"),
                       QStringLiteral("file_sha256"),
                       QStringLiteral("file_size")};
    QVERIFY(m_sync->saveConflict(conflict).ok());
    ActivityStore activities(*m_store);

    auto missing = m_sync->resolveConflict(RemoteId, conflict.remote);
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().message.contains(QLatin1String("statuts.pdf")),
             qPrintable(missing.error().message));
    auto other = m_sync->resolveConflict(RemoteId, conflict.remote, QByteArray("other bytes"));
    QVERIFY(!other.ok());
    QCOMPARE(m_sync->conflicts()->size(), 1);
    QVERIFY(activities.resource(RemoteId)->file.isEmpty());
    QVERIFY(m_sync->resourceFileData(RemoteId)->isEmpty());

    auto resolved = m_sync->resolveConflict(RemoteId, conflict.remote, file);
    QVERIFY2(resolved.ok(), qPrintable(resolved ? QString() : resolved.error().text()));
    QVERIFY(m_sync->conflicts()->isEmpty());
    QCOMPARE(m_sync->resourceFileData(RemoteId).value(), file);
    QCOMPARE(activities.resource(RemoteId)->file.name, QStringLiteral("statuts.pdf"));
    QCOMPARE(activities.resource(RemoteId)->meta.dirty, true);
}

void tst_SyncEngineStore::tooLargeSkippedUntilChanged()
{
    Organisation org;
    org.name = QStringLiteral("Big");
    const QString id = m_store->insertOrganisation(org).value();
    SyncRecordError error;
    error.recordId = id;
    error.code = QStringLiteral("too_large");
    error.message = QStringLiteral("too large");
    error.sizeLimit = 1000;
    QVERIFY(m_sync->saveRecordError(error).ok());
    QCOMPARE(m_sync->dirtyDocuments(RecordKind::Organisation, {}, 10)->size(), 0);
    QCOMPARE(m_sync->recordErrors()->constFirst().sizeLimit, 1000);

    auto edited = m_store->organisation(id);
    edited->description = QStringLiteral("smaller");
    QTest::qWait(2);
    QVERIFY(m_store->updateOrganisation(*edited).ok());
    QCOMPARE(m_sync->dirtyDocuments(RecordKind::Organisation, {}, 10)->size(), 1);
}

void tst_SyncEngineStore::remoteRenameUpdatesLinkNames()
{
    QVERIFY(m_sync->applyRemote(remoteOrganisation(QStringLiteral("Lumière"))).ok());
    Organisation other;
    other.name = QStringLiteral("SMart");
    const QString otherId = m_store->insertOrganisation(other).value();
    Link link;
    link.fromId = RemoteId;
    link.toId = otherId;
    link.type = QStringLiteral("partners-with");
    const QString linkId = m_store->insertLink(link).value();

    QJsonObject renamed = remoteOrganisation(QStringLiteral("Lumière SC"));
    renamed.insert(QStringLiteral("_rev"), QStringLiteral("2-remote"));
    QVERIFY(m_sync->applyRemote(renamed).ok());
    QCOMPARE(m_store->linksOf(otherId)->size(), 1);
    ListQuery query;
    query.table = ListTable::Links;
    query.recordFilter = otherId;
    auto rows = m_store->page(query, 0, 10);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->constFirst().id, linkId);
    QVERIFY(rows->constFirst().values.contains(QVariant(QStringLiteral("Lumière SC"))));
}

void tst_SyncEngineStore::invalidDocumentIsRejected()
{
    QJsonObject invalid = remoteOrganisation(QStringLiteral("Lumière"));
    invalid.insert(QStringLiteral("schema"), 7);
    QVERIFY(!m_sync->applyRemote(invalid).ok());
    QVERIFY(!m_store->organisation(RemoteId).ok());
}

void tst_SyncEngineStore::editKeepsUnknownFieldsAndTimestampText()
{
    QJsonObject remote = remoteOrganisation(QStringLiteral("Lumière"));
    remote.insert(QStringLiteral("future_field"), QStringLiteral("keep me"));
    remote.insert(QStringLiteral("created_at"), QStringLiteral("2026-01-02T03:04:05Z"));
    QVERIFY(m_sync->applyRemote(remote).ok());

    auto edited = m_store->organisation(RemoteId);
    QVERIFY(edited.ok());
    edited->name = QStringLiteral("Lumière Brussels");
    QVERIFY(m_store->updateOrganisation(*edited).ok());

    auto dirty = m_sync->dirtyDocuments(RecordKind::Organisation, {}, 10);
    QVERIFY(dirty.ok());
    QCOMPARE(dirty->size(), 1);
    const QJsonObject pushed = dirty->constFirst().document;
    QCOMPARE(pushed.value(QStringLiteral("name")).toString(), QStringLiteral("Lumière Brussels"));
    QCOMPARE(pushed.value(QStringLiteral("future_field")).toString(), QStringLiteral("keep me"));
    QCOMPARE(pushed.value(QStringLiteral("created_at")).toString(),
             QStringLiteral("2026-01-02T03:04:05Z"));
    QVERIFY(pushed.value(QStringLiteral("updated_at")).toString()
            != QStringLiteral("2026-01-02T03:04:05.000Z"));
}

QTEST_GUILESS_MAIN(tst_SyncEngineStore)
#include "tst_syncenginestore.moc"

void tst_SyncEngineStore::batchInsertStoresEveryDocument()
{
    // More documents than one INSERT statement takes.
    const int count = SyncStore::InsertBatchRows + 6;
    QList<QJsonObject> documents;
    for (int number = 1; number <= count; ++number) {
        documents.append(numberedOrganisation(number));
    }
    Transaction transaction(*m_syncDb);
    auto inserted = m_sync->insertRemoteBatch(documents);
    QVERIFY(inserted.ok());
    QCOMPARE(*inserted, true);
    QVERIFY(transaction.commit().ok());

    QCOMPARE(m_store->totalCount(RecordKind::Organisation).value(), count);
    // One name from each INSERT statement is in the search index.
    QCOMPARE(m_store->search(QStringLiteral("63")).value().size(), 1);
    QCOMPARE(m_store->search(QStringLiteral("%1").arg(count)).value().size(), 1);
    const QString lastId = DocumentCodec::parseDocumentId(
                               documents.constLast().value(QLatin1String("_id")).toString())
                               ->second;
    auto local = m_sync->localDocument(RecordKind::Organisation, lastId);
    QVERIFY(local.ok() && local->has_value());
    QCOMPARE((*local)->base, documents.constLast());
    QCOMPARE((*local)->document, documents.constLast());
    QCOMPARE((*local)->dirty, false);
    QCOMPARE(m_store->organisation(lastId)->meta.serverRevision, QStringLiteral("1-remote"));
    QCOMPARE(m_sync->dirtyDocuments(RecordKind::Organisation, {}, 100)->size(), 0);
}

void tst_SyncEngineStore::batchInsertNamesWaitingLinks()
{
    Organisation other;
    other.name = QStringLiteral("SMart");
    const QString otherId = m_store->insertOrganisation(other).value();
    // A link pulled before the organisation at its start.
    Link link;
    link.meta.id = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c");
    link.meta.serverRevision = QStringLiteral("1-remote");
    link.meta.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    link.meta.updatedAt = link.meta.createdAt;
    link.fromId = RemoteId;
    link.toId = otherId;
    link.type = QStringLiteral("partners-with");
    QVERIFY(m_sync->applyRemote(DocumentCodec::encode(link)).ok());

    auto inserted = m_sync->insertRemoteBatch(
        {remoteOrganisation(QStringLiteral("Lumière")), numberedOrganisation(1)});
    QVERIFY(inserted.ok());
    QCOMPARE(*inserted, true);
    ListQuery query;
    query.table = ListTable::Links;
    query.recordFilter = otherId;
    auto rows = m_store->page(query, 0, 10);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QVERIFY(rows->constFirst().values.contains(QVariant(QStringLiteral("Lumière"))));
    QCOMPARE(m_store->search(QStringLiteral("lumiere")).value().size(), 2);
}

void tst_SyncEngineStore::batchInsertFailsOnExistingRecord()
{
    QVERIFY(m_sync->applyRemote(remoteOrganisation(QStringLiteral("Lumière"))).ok());
    Transaction transaction(*m_syncDb);
    auto inserted = m_sync->insertRemoteBatch(
        {numberedOrganisation(1), remoteOrganisation(QStringLiteral("Lumière SC"))});
    QVERIFY(!inserted.ok());
    QVERIFY(inserted.error().message.contains(QLatin1String("constraint failed")));
}

void tst_SyncEngineStore::batchInsertDeclinesUndecodableDocument()
{
    QJsonObject invalid = numberedOrganisation(2);
    invalid.insert(QStringLiteral("schema"), 7);
    auto inserted = m_sync->insertRemoteBatch({numberedOrganisation(1), invalid});
    QVERIFY(inserted.ok());
    QCOMPARE(*inserted, false);
    QCOMPARE(m_store->totalCount(RecordKind::Organisation).value(), 0);
}

void tst_SyncEngineStore::batchInsertKeepsUnusualText()
{
    // Quotes, a backslash, control characters and a character outside the
    // BMP, then an empty text next to a missing value.
    const QString name = QStringLiteral("Coop \"Lumière\" \\ ASBL \U0001F600");
    const QString description = QStringLiteral("line 1\nline 2\ttab \u0001 end\\");
    QJsonObject first = numberedOrganisation(1);
    first.insert(QStringLiteral("name"), name);
    first.insert(QStringLiteral("description"), description);
    first.insert(QStringLiteral("member_count"), 42);
    first.insert(QStringLiteral("legal_form"), QString());
    QJsonObject second = numberedOrganisation(2);
    second.insert(QStringLiteral("founded"), QStringLiteral("2019-03-04"));

    auto inserted = m_sync->insertRemoteBatch({first, second});
    QVERIFY(inserted.ok());
    QCOMPARE(*inserted, true);

    const QString firstId
        = DocumentCodec::parseDocumentId(first.value(QLatin1String("_id")).toString())->second;
    auto org = m_store->organisation(firstId);
    QVERIFY(org.ok());
    QCOMPARE(org->name, name);
    QCOMPARE(org->description, description);
    QCOMPARE(org->memberCount, std::optional<int>(42));
    QCOMPARE(org->legalForm, QString());
    QVERIFY(!org->founded.isValid());
    auto local = m_sync->localDocument(RecordKind::Organisation, firstId);
    QVERIFY(local.ok() && local->has_value());
    QCOMPARE((*local)->document, first);
    QCOMPARE((*local)->base, first);

    const QString secondId
        = DocumentCodec::parseDocumentId(second.value(QLatin1String("_id")).toString())->second;
    QCOMPARE(m_store->organisation(secondId)->founded, QDate(2019, 3, 4));
    QCOMPARE(m_store->organisation(secondId)->memberCount, std::optional<int>());
    QCOMPARE(m_store->search(QStringLiteral("lumiere")).value().size(), 1);
}

void tst_SyncEngineStore::batchInsertStoresPhotoBytes()
{
    // insertRows() binds bytes through QtSql, not through SQLite's C functions.
    QList<QJsonObject> documents;
    for (int number = 1; number <= 2; ++number) {
        Person person;
        person.meta.id
            = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-%1").arg(number, 12, 10, QLatin1Char('0'));
        person.meta.serverRevision = QStringLiteral("1-remote");
        person.meta.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        person.meta.updatedAt = person.meta.createdAt;
        person.formattedName = QStringLiteral("Person %1").arg(number);
        person.photo = QByteArray("\x89PNG\r\n\x00\x01", 8) + QByteArray::number(number);
        person.photoMimeType = QStringLiteral("image/png");
        documents.append(DocumentCodec::encode(person));
    }

    auto inserted = m_sync->insertRemoteBatch(documents);
    QVERIFY(inserted.ok());
    QCOMPARE(*inserted, true);

    auto person = m_store->person(QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-000000000002"));
    QVERIFY(person.ok());
    QCOMPARE(person->photo, QByteArray("\x89PNG\r\n\x00\x01", 8) + QByteArray("2"));
    QCOMPARE(person->formattedName, QStringLiteral("Person 2"));
    QCOMPARE(m_store->totalCount(RecordKind::Person).value(), 2);
}

void tst_SyncEngineStore::batchInsertStoresServerText()
{
    // The text as the server wrote it: its own key order, spacing and escapes.
    const QJsonObject first = numberedOrganisation(1);
    const QJsonObject second = numberedOrganisation(2);
    QByteArray text = "{ \"name\": \"Coop\\u00e9rative 1\", \"_rev\": \"1-remote\"";
    for (auto it = first.begin(); it != first.end(); ++it) {
        if (it.key() != QLatin1String("name") && it.key() != QLatin1String("_rev")) {
            text += ", \"" + it.key().toUtf8() + "\": "
                    + QJsonDocument(QJsonArray{it.value()})
                          .toJson(QJsonDocument::Compact)
                          .mid(1)
                          .chopped(1);
        }
    }
    text += " }";
    QCOMPARE(QJsonDocument::fromJson(text).object(), first);

    auto inserted = m_sync->insertRemoteBatch({first, second}, {text, QByteArray()});
    QVERIFY(inserted.ok());
    QCOMPARE(*inserted, true);

    for (const QJsonObject &document : {first, second}) {
        const QString id
            = DocumentCodec::parseDocumentId(document.value(QLatin1String("_id")).toString())
                  ->second;
        auto local = m_sync->localDocument(RecordKind::Organisation, id);
        QVERIFY(local.ok() && local->has_value());
        QCOMPARE((*local)->base, document);
        QCOMPARE((*local)->document, document);
        QCOMPARE((*local)->dirty, false);
    }
}

void tst_SyncEngineStore::existingRecordIdsFindsStoredRecords()
{
    // More ids than one query takes, with a stored record in each query.
    QStringList ids;
    for (int number = 1; number <= SyncStore::ExistenceQueryIds + 5; ++number) {
        ids.append(
            QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-%1").arg(number, 12, 10, QLatin1Char('0')));
    }
    QVERIFY(m_sync->applyRemote(numberedOrganisation(3)).ok());
    QVERIFY(m_sync->applyRemote(numberedOrganisation(SyncStore::ExistenceQueryIds + 4)).ok());
    QVERIFY(m_sync->applyRemote(remoteOrganisation(QStringLiteral("Lumière"), true)).ok());
    ids.append(RemoteId);

    auto existing = m_sync->existingRecordIds(RecordKind::Organisation, ids);
    QVERIFY(existing.ok());
    QCOMPARE(*existing,
             (QSet<QString>{ids.at(2), ids.at(SyncStore::ExistenceQueryIds + 3), RemoteId}));

    auto people = m_sync->existingRecordIds(RecordKind::Person, ids);
    QVERIFY(people.ok());
    QVERIFY(people->isEmpty());
    auto none = m_sync->existingRecordIds(RecordKind::Organisation, {});
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());
}

void tst_SyncEngineStore::checkpointPagesAreSet()
{
    QCOMPARE(m_sync->checkpointPages().value(), 1000);

    QVERIFY(m_sync->setCheckpointPages(10000).ok());
    QCOMPARE(m_sync->checkpointPages().value(), 10000);
    QVERIFY(m_sync->setCheckpointPages(-5).ok());
    QCOMPARE(m_sync->checkpointPages().value(), 0);
}

void tst_SyncEngineStore::batchInsertManyRowCounts()
{
    // Each row count prepares its own statement, more than the SyncStore keeps,
    // and a count used before comes back after others replaced its statement.
    const QList<int> counts{2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 2, 3};
    int number = 0;
    for (const int count : counts) {
        QList<QJsonObject> documents;
        for (int i = 0; i < count; ++i) {
            documents.append(numberedOrganisation(++number));
        }
        auto inserted = m_sync->insertRemoteBatch(documents);
        QVERIFY(inserted.ok());
        QCOMPARE(*inserted, true);
    }

    QCOMPARE(m_store->totalCount(RecordKind::Organisation).value(), number);
    QCOMPARE(m_store->search(QStringLiteral("%1").arg(number)).value().size(), 1);
}
