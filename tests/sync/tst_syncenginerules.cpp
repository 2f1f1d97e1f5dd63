// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sync engine against the server's rules: rejected deletions and edits,
// and server-side conflicts of records edited here.
#include "tst_syncengine_desktop.h"

#include <core/sync/couchclient.h>
#include <core/sync/documentcodec.h>
#include <core/sync/tlstrust.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

#include <functional>

using namespace CoopAtlas::Core;
using namespace CoopAtlas::TestSupport;

namespace {

void editOrganisation(Store &store,
                      const QString &id,
                      const std::function<void(Organisation &)> &edit)
{
    auto org = store.organisation(id);
    QVERIFY2(org.ok(), qPrintable(org ? QString() : org.error().text()));
    edit(org.value());
    auto updated = store.updateOrganisation(org.value());
    QVERIFY2(updated.ok(), qPrintable(updated ? QString() : updated.error().text()));
}

QString errorText(const Result<SyncSummary> &result)
{
    return result ? QString() : result.error().text();
}

/// The record as the sync engine reads it from the file at `path`.
std::optional<LocalDocument> localDocument(const QString &path, RecordKind kind, const QString &id)
{
    auto db = Database::open(path);
    if (!db) {
        return std::nullopt;
    }
    SyncStore store(**db);
    auto local = store.localDocument(kind, id);
    return local ? *local : std::nullopt;
}

QStringList savedRoles(const QString &path)
{
    auto db = Database::open(path);
    if (!db) {
        return {QStringLiteral("(file not opened)")};
    }
    SyncStore store(**db);
    auto roles = store.serverRoles();
    return roles ? *roles : QStringList{QStringLiteral("(roles not read)")};
}

/// Runs one sync of `desktop` and returns the totals reported for the push phase.
QList<qint64> pushTotals(SyncTestDesktop &desktop)
{
    QList<qint64> totals;
    auto db = Database::open(desktop.path());
    if (!db) {
        return {-1};
    }
    (*db)->setAuthor(desktop.config().user);
    TlsTrust trust(TlsTrust::Storage::Memory);
    CouchClient client(desktop.config(), desktop.password(), &trust);
    SyncEngine engine(**db, client);
    engine.setProgressCallback([&totals](SyncPhase phase, qint64, qint64 total) {
        if (phase == SyncPhase::Pushing) {
            totals.append(total);
        }
    });
    if (!engine.run()) {
        return {-1};
    }
    desktop.store().notifyReloaded();
    return totals;
}

/// Inserts a term of the sector vocabulary with the key "agroecologie"; its id.
QString addSectorTerm(Store &store, const QString &labelFr)
{
    TaxonomyTerm term;
    term.vocabulary = QLatin1String(Vocabulary::Sector);
    term.key = QStringLiteral("agroecologie");
    term.labelEn = QStringLiteral("Agroecology");
    term.labelFr = labelFr;
    auto inserted = store.insertTerm(term);
    if (!inserted) {
        qWarning() << "Could not insert the term" << inserted.error().text();
        return {};
    }
    return *inserted;
}

/// Inserts a term of the sector vocabulary with the key "urban-farming", the
/// English label that every term needs and the given labels; its id.
QString addUrbanFarmingTerm(Store &store, const QString &labelFr, const QString &labelNl)
{
    TaxonomyTerm term;
    term.vocabulary = QLatin1String(Vocabulary::Sector);
    term.key = QStringLiteral("urban-farming");
    term.labelEn = QStringLiteral("Urban farming");
    term.labelFr = labelFr;
    term.labelNl = labelNl;
    auto inserted = store.insertTerm(term);
    if (!inserted) {
        qWarning() << "Could not insert the term" << inserted.error().text();
        return {};
    }
    return *inserted;
}

/// The live sector terms with the key "urban-farming" in the file at `path`,
/// as the sync engine reads them, by id.
QMap<QString, LocalDocument> urbanFarmingTerms(const QString &path)
{
    QMap<QString, LocalDocument> terms;
    auto db = Database::open(path);
    if (!db) {
        return terms;
    }
    QSqlQuery query((*db)->connection());
    query.exec(QStringLiteral("SELECT id FROM taxonomy WHERE vocabulary = 'sector' "
                              "AND key = 'urban-farming' AND deleted = 0"));
    QStringList ids;
    while (query.next()) {
        ids.append(query.value(0).toString());
    }
    query.finish();
    SyncStore store(**db);
    for (const QString &id : std::as_const(ids)) {
        auto local = store.localDocument(RecordKind::Taxonomy, id);
        if (local && local->has_value()) {
            terms.insert(id, **local);
        }
    }
    return terms;
}

QString mergedTermsOf(const QString &path)
{
    auto db = Database::open(path);
    if (!db) {
        return QStringLiteral("(file not opened)");
    }
    SyncStore store(**db);
    auto saved = store.metadata(QLatin1String(SyncEngine::MergedTermsKey));
    return saved ? *saved : QStringLiteral("(metadata not read)");
}

} // namespace

class tst_SyncEngineRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void rejectedDeletionIsRestored();
    void adminDeletionIsSent();
    void forbiddenEditIsNotRetried();
    void serverConflictKeepsLocalEdit();
    void mergedTermRemovedByAdmin_data();
    void mergedTermRemovedByAdmin();
    void mergedTermsKeepBothLabels();
    void mergedAwayTermEditIsKept();

private:
    QJsonObject serverDocument(const QString &documentId) const;
    /// Live documents of sector terms with the key "urban-farming" on the server.
    QList<QJsonObject> serverUrbanFarmingTerms() const;

    TestServerEnv m_env;
    std::unique_ptr<TestDatabase> m_database;
};

void tst_SyncEngineRules::initTestCase()
{
    auto env = serverEnvFromEnvironment();
    QVERIFY2(env.ok(), qPrintable(env ? QString() : env.error().text()));
    m_env = *env;
}

void tst_SyncEngineRules::init()
{
    auto database = TestDatabase::create(m_env,
                                         QStringLiteral("rules"),
                                         {{QStringLiteral("alice"), {QStringLiteral("editor")}},
                                          {QStringLiteral("bob"), {QStringLiteral("editor")}},
                                          {QStringLiteral("dana"), {QStringLiteral("admin")}},
                                          {QStringLiteral("rita"), {QStringLiteral("reader")}}});
    QVERIFY2(database.ok(), qPrintable(database ? QString() : database.error().text()));
    m_database = std::move(database).value();
}

void tst_SyncEngineRules::cleanup()
{
    m_database.reset();
}

QJsonObject tst_SyncEngineRules::serverDocument(const QString &documentId) const
{
    const HttpReply reply
        = m_database->request("GET",
                              QLatin1Char('/') + documentId + QStringLiteral("?conflicts=true"),
                              m_database->adminCredentials());
    return reply.json().object();
}

QList<QJsonObject> tst_SyncEngineRules::serverUrbanFarmingTerms() const
{
    const HttpReply reply = m_database->request(
        "GET", QStringLiteral("/_all_docs?include_docs=true"), m_database->adminCredentials());
    QList<QJsonObject> terms;
    if (reply.status != 200) {
        qWarning() << "Listing the documents failed:" << reply.status << reply.body;
        return terms;
    }
    for (const auto &row : reply.json().object().value(QStringLiteral("rows")).toArray()) {
        const QJsonObject document = row.toObject().value(QStringLiteral("doc")).toObject();
        if (document.value(QStringLiteral("_id")).toString().startsWith(QStringLiteral("taxonomy:"))
            && document.value(QStringLiteral("key")).toString() == QStringLiteral("urban-farming")
            && !document.value(QStringLiteral("deleted")).toBool()) {
            terms.append(document);
        }
    }
    return terms;
}

void tst_SyncEngineRules::rejectedDeletionIsRestored()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"));
    SyncTestDesktop bob(*m_database, QStringLiteral("bob"));
    const QString id = addOrganisation(alice.store(), QStringLiteral("Coop à garder"));
    QVERIFY(alice.sync().ok());
    QVERIFY(bob.sync().ok());
    QCOMPARE(savedRoles(bob.path()), QStringList{QStringLiteral("coopatlas_editor")});
    QCOMPARE(SyncStore::rolesAllowDeleting(savedRoles(bob.path())), false);
    const QString documentId = QStringLiteral("organisation:") + id;
    const QJsonObject onServer = serverDocument(documentId);

    QVERIFY(bob.store().remove(RecordKind::Organisation, id).ok());
    auto rejected = bob.sync();
    QVERIFY2(rejected.ok(), qPrintable(errorText(rejected)));
    QCOMPARE(rejected->pushed, 0);
    QCOMPARE(rejected->recordErrors, 1);

    // The record is live again, clean, with the server's copy as its base.
    auto org = bob.store().organisation(id);
    QVERIFY(org.ok());
    QCOMPARE(org->meta.deleted, false);
    QCOMPARE(org->meta.dirty, false);
    QCOMPARE(bob.store().totalCount(RecordKind::Organisation).value(), 1);
    const auto local = localDocument(bob.path(), RecordKind::Organisation, id);
    QVERIFY(local.has_value());
    QCOMPARE(local->base, onServer);
    QCOMPARE(local->document.value(QStringLiteral("_rev")), onServer.value(QStringLiteral("_rev")));

    const QList<SyncRecordError> notices = bob.recordErrors();
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.constFirst().recordId, id);
    QCOMPARE(notices.constFirst().code, QStringLiteral("delete-refused"));
    QVERIFY(notices.constFirst().message.contains(QStringLiteral("administrator")));
    QVERIFY(notices.constFirst().message.contains(QStringLiteral("restored")));

    // Later syncs send nothing, report nothing new and keep the notice.
    auto again = bob.sync();
    QVERIFY2(again.ok(), qPrintable(errorText(again)));
    QCOMPARE(again->pushed, 0);
    QCOMPARE(again->recordErrors, 0);
    QCOMPARE(bob.recordErrors().size(), 1);
    QCOMPARE(serverDocument(documentId), onServer);

    // A later edit is sent and clears the notice.
    editOrganisation(
        bob.store(), id, [](Organisation &edited) { edited.stage = QStringLiteral("launched"); });
    auto edited = bob.sync();
    QVERIFY2(edited.ok(), qPrintable(errorText(edited)));
    QCOMPARE(edited->pushed, 1);
    QVERIFY(bob.recordErrors().isEmpty());
    QCOMPARE(serverDocument(documentId).value(QStringLiteral("stage")).toString(),
             QStringLiteral("launched"));
}

void tst_SyncEngineRules::adminDeletionIsSent()
{
    SyncTestDesktop dana(*m_database, QStringLiteral("dana"));
    const QString id = addOrganisation(dana.store(), QStringLiteral("Coop à supprimer"));
    QVERIFY(dana.sync().ok());
    QCOMPARE(savedRoles(dana.path()), QStringList{QStringLiteral("coopatlas_admin")});
    QCOMPARE(SyncStore::rolesAllowDeleting(savedRoles(dana.path())), true);

    QVERIFY(dana.store().remove(RecordKind::Organisation, id).ok());
    auto removed = dana.sync();
    QVERIFY2(removed.ok(), qPrintable(errorText(removed)));
    QCOMPARE(removed->recordErrors, 0);
    QVERIFY(dana.recordErrors().isEmpty());
    QCOMPARE(dana.store().organisation(id)->meta.deleted, true);
    QVERIFY(serverDocument(QStringLiteral("organisation:") + id)
                .value(QStringLiteral("deleted"))
                .toBool());
}

void tst_SyncEngineRules::forbiddenEditIsNotRetried()
{
    SyncTestDesktop rita(*m_database, QStringLiteral("rita"));
    const QString id = addOrganisation(rita.store(), QStringLiteral("Brouillon de Rita"));
    auto first = rita.sync();
    QVERIFY2(first.ok(), qPrintable(errorText(first)));
    QCOMPARE(first->pushed, 0);
    QVERIFY(first->recordErrors > 0);
    QCOMPARE(savedRoles(rita.path()), QStringList{QStringLiteral("coopatlas_reader")});

    // The rejected records keep their edits, are not sent again and do not count
    // in the push total.
    const QList<qint64> totals = pushTotals(rita);
    QVERIFY(!totals.isEmpty());
    QCOMPARE(totals.constFirst(), 0);
    QCOMPARE(totals.constLast(), 0);
    QCOMPARE(rita.store().organisation(id)->meta.dirty, true);
    QCOMPARE(rita.store().organisation(id)->name, QStringLiteral("Brouillon de Rita"));
    bool kept = false;
    for (const SyncRecordError &notice : rita.recordErrors()) {
        kept = kept || (notice.recordId == id && notice.code == QStringLiteral("forbidden"));
    }
    QVERIFY(kept);
    auto again = rita.sync();
    QVERIFY2(again.ok(), qPrintable(errorText(again)));
    QCOMPARE(again->recordErrors, 0);

    // A changed record is sent again and rejected again.
    editOrganisation(
        rita.store(), id, [](Organisation &edited) { edited.locality = QStringLiteral("Uccle"); });
    const QList<qint64> changed = pushTotals(rita);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.constFirst(), 1);
    QCOMPARE(rita.store().organisation(id)->meta.dirty, true);
}

void tst_SyncEngineRules::serverConflictKeepsLocalEdit()
{
    SyncTestDesktop alice(*m_database, QStringLiteral("alice"));
    SyncTestDesktop bob(*m_database, QStringLiteral("bob"));
    const QString id = addOrganisation(alice.store(), QStringLiteral("Lumière"));
    QVERIFY(alice.sync().ok());
    QVERIFY(bob.sync().ok());
    editOrganisation(
        bob.store(), id, [](Organisation &org) { org.name = QStringLiteral("Lumière SC"); });

    // Two children of the synced revision that set "stage" differently, written
    // as a replication would: a server-side conflict that does not merge.
    const QString documentId = QStringLiteral("organisation:") + id;
    const QJsonObject first = serverDocument(documentId);
    const QString firstRevision = first.value(QStringLiteral("_rev")).toString();
    QJsonArray branches;
    const QList<QPair<QString, QString>> edits{{QStringLiteral("aaaa"), QStringLiteral("launched")},
                                               {QStringLiteral("bbbb"), QStringLiteral("paused")}};
    for (const auto &[hash, stage] : edits) {
        QJsonObject branch = first;
        branch.insert(QStringLiteral("_rev"), QString(QStringLiteral("2-") + hash));
        branch.insert(QStringLiteral("stage"), stage);
        branch.insert(QStringLiteral("_revisions"),
                      QJsonObject{{QStringLiteral("start"), 2},
                                  {QStringLiteral("ids"), QJsonArray{hash, firstRevision.mid(2)}}});
        branches.append(branch);
    }
    const QJsonObject body{{QStringLiteral("new_edits"), false},
                           {QStringLiteral("docs"), branches}};
    const HttpReply written
        = m_database->request("POST",
                              QStringLiteral("/_bulk_docs"),
                              m_database->adminCredentials(),
                              QJsonDocument(body).toJson(QJsonDocument::Compact));
    QVERIFY2(written.status == 201, written.body.constData());
    const QJsonObject winner = serverDocument(documentId);
    QCOMPARE(winner.value(QStringLiteral("_rev")).toString(), QStringLiteral("2-bbbb"));

    auto result = bob.sync();
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->conflicts, 1);
    QCOMPARE(result->pushed, 0);
    const QList<SyncConflict> conflicts = bob.conflicts();
    QCOMPARE(conflicts.size(), 1);
    const SyncConflict &conflict = conflicts.constFirst();
    QCOMPARE(conflict.fields, QStringList{QStringLiteral("stage")});
    QCOMPARE(conflict.local.value(QStringLiteral("name")).toString(), QStringLiteral("Lumière SC"));
    QCOMPARE(conflict.remote.value(QStringLiteral("_rev")).toString(), QStringLiteral("2-bbbb"));
    QCOMPARE(conflict.remote.value(QStringLiteral("stage")).toString(), QStringLiteral("paused"));
    QCOMPARE(conflict.remoteRevision, QStringLiteral("2-bbbb"));
    QCOMPARE(conflict.losingRevisions, QStringList{QStringLiteral("2-aaaa")});
    QCOMPARE(conflict.conflictingRevisions.size(), 1);
    QCOMPARE(conflict.conflictingRevisions.constFirst().value(QStringLiteral("_rev")).toString(),
             QStringLiteral("2-aaaa"));
    QCOMPARE(conflict.conflictingRevisions.constFirst().value(QStringLiteral("stage")).toString(),
             QStringLiteral("launched"));
    auto kept = bob.store().organisation(id);
    QCOMPARE(kept->name, QStringLiteral("Lumière SC"));
    QCOMPARE(kept->meta.dirty, true);

    // Choosing the losing revision's stage together with the local name.
    {
        auto db = Database::open(bob.path());
        QVERIFY(db.ok());
        (*db)->setAuthor(bob.config().user);
        SyncStore store(**db);
        QJsonObject chosen = conflict.conflictingRevisions.constFirst();
        chosen.insert(QStringLiteral("name"), conflict.local.value(QStringLiteral("name")));
        auto resolved = store.resolveConflict(id, chosen);
        QVERIFY2(resolved.ok(), qPrintable(resolved ? QString() : resolved.error().text()));
    }
    auto resolvedSync = bob.sync();
    QVERIFY2(resolvedSync.ok(), qPrintable(errorText(resolvedSync)));
    QCOMPARE(resolvedSync->conflicts, 0);
    const QJsonObject onServer = serverDocument(documentId);
    QVERIFY(!onServer.contains(QStringLiteral("_conflicts")));
    QVERIFY(onServer.value(QStringLiteral("_rev")).toString().startsWith(QStringLiteral("3-")));
    QCOMPARE(onServer.value(QStringLiteral("name")).toString(), QStringLiteral("Lumière SC"));
    QCOMPARE(onServer.value(QStringLiteral("stage")).toString(), QStringLiteral("launched"));
    QVERIFY(alice.sync().ok());
    QCOMPARE(alice.store().organisation(id)->stage, QStringLiteral("launched"));
}

void tst_SyncEngineRules::mergedTermRemovedByAdmin_data()
{
    QTest::addColumn<bool>("adminTermKept");
    // The administrator receives the term merged away from the server.
    QTest::newRow("admin term kept") << true;
    // The administrator's own term, already on the server, is merged away.
    QTest::newRow("editor term kept") << false;
}

void tst_SyncEngineRules::mergedTermRemovedByAdmin()
{
    QFETCH(bool, adminTermKept);
    SyncTestDesktop bob(*m_database, QStringLiteral("bob"));
    SyncTestDesktop dana(*m_database, QStringLiteral("dana"));
    // UUID v7 ids grow with time, so the term inserted first sorts first and is kept.
    SyncTestDesktop &first = adminTermKept ? dana : bob;
    SyncTestDesktop &second = adminTermKept ? bob : dana;
    const QString keptId = addSectorTerm(first.store(), QStringLiteral("Agroécologie"));
    const QString mergedId = addSectorTerm(second.store(), QStringLiteral("Agro-écologie"));
    QVERIFY(!keptId.isEmpty());
    QVERIFY(keptId < mergedId);
    const QString keptDocument = QStringLiteral("taxonomy:") + keptId;
    const QString mergedDocument = QStringLiteral("taxonomy:") + mergedId;
    const QString org = addOrganisation(second.store(), QStringLiteral("Ferme coopérative"));
    editOrganisation(second.store(), org, [](Organisation &edited) {
        edited.sectors = {QStringLiteral("agroecologie")};
    });

    // The desktop whose term is merged away sends it first, so the other one
    // receives it and keeps its own term. bob, an editor, may not remove
    // documents, so his syncs leave a term merged away on the server, without
    // a rejected request.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("forbidden|403|rejected")));
    for (SyncTestDesktop *desktop : {&second, &first}) {
        auto result = desktop->sync();
        QVERIFY2(result.ok(), qPrintable(errorText(result)));
        QCOMPARE(result->recordErrors, 0);
        QCOMPARE(result->conflicts, 0);
        QCOMPARE(result->termsRemoved, desktop == &dana && adminTermKept ? 1 : 0);
    }
    if (!adminTermKept) {
        // bob's file keeps dana's term, merged away, for removal. dana's next
        // sync receives bob's term, merges her own away and removes it.
        QVERIFY(serverDocument(mergedDocument).value(QStringLiteral("_deleted")).isUndefined());
        QVERIFY(mergedTermsOf(bob.path()).contains(mergedDocument));
        auto removing = dana.sync();
        QVERIFY2(removing.ok(), qPrintable(errorText(removing)));
        QCOMPARE(removing->termsRemoved, 1);
    }
    QVERIFY(bob.recordErrors().isEmpty());
    QVERIFY(dana.recordErrors().isEmpty());

    // The server has one live term for the key and the other removed.
    const HttpReply removed = m_database->request(
        "GET", QLatin1Char('/') + mergedDocument, m_database->adminCredentials());
    QCOMPARE(removed.status, 404);
    const HttpReply listed = m_database->request(
        "POST",
        QStringLiteral("/_all_docs"),
        m_database->adminCredentials(),
        QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{mergedDocument}}}).toJson());
    QCOMPARE(listed.status, 200);
    const QJsonObject row
        = listed.json().object().value(QStringLiteral("rows")).toArray().at(0).toObject();
    QCOMPARE(row.value(QStringLiteral("id")).toString(), mergedDocument);
    QCOMPARE(row.value(QStringLiteral("value")).toObject().value(QStringLiteral("deleted")),
             QJsonValue(true));
    const QJsonObject kept = serverDocument(keptDocument);
    QCOMPARE(kept.value(QStringLiteral("key")).toString(), QStringLiteral("agroecologie"));
    QCOMPARE(kept.value(QStringLiteral("label_fr")).toString(), QStringLiteral("Agroécologie"));

    // Every file pulls the removal, keeps nothing to remove, and refers to the kept term.
    for (SyncTestDesktop *desktop : {&bob, &dana, &bob}) {
        auto result = desktop->sync();
        QVERIFY2(result.ok(), qPrintable(errorText(result)));
        QCOMPARE(result->termsRemoved, 0);
        QCOMPARE(result->recordErrors, 0);
    }
    for (SyncTestDesktop *desktop : {&bob, &dana}) {
        QCOMPARE(mergedTermsOf(desktop->path()), QString());
        const QMap<QString, QJsonObject> documents = desktop->documents();
        QVERIFY(documents.contains(keptDocument));
        QVERIFY(!documents.contains(mergedDocument));
        auto usage = desktop->store().termUsage(QLatin1String(Vocabulary::Sector),
                                                QStringLiteral("agroecologie"));
        QVERIFY(usage.ok());
        QCOMPARE(*usage, 1);
        QCOMPARE(desktop->store().organisation(org)->sectors,
                 QStringList{QStringLiteral("agroecologie")});
    }
}

void tst_SyncEngineRules::mergedTermsKeepBothLabels()
{
    SyncTestDesktop bob(*m_database, QStringLiteral("bob"));
    SyncTestDesktop dana(*m_database, QStringLiteral("dana"));
    // UUID v7 ids grow with time, so dana's term, inserted first, is kept.
    const QString keptId
        = addUrbanFarmingTerm(dana.store(), QStringLiteral("Agriculture urbaine"), {});
    const QString mergedId = addUrbanFarmingTerm(bob.store(), {}, QStringLiteral("Stadslandbouw"));
    QVERIFY(!keptId.isEmpty());
    QVERIFY(keptId < mergedId);

    // bob sends his term first. dana receives it, merges it away into her own
    // term, which takes its Dutch label, and removes it from the server.
    auto bobFirst = bob.sync();
    QVERIFY2(bobFirst.ok(), qPrintable(errorText(bobFirst)));
    auto danaSync = dana.sync();
    QVERIFY2(danaSync.ok(), qPrintable(errorText(danaSync)));
    QCOMPARE(danaSync->merged, 1);
    QCOMPARE(danaSync->termsRemoved, 1);
    QCOMPARE(danaSync->conflicts, 0);
    // bob receives dana's term with both labels and merges his own away.
    auto bobSecond = bob.sync();
    QVERIFY2(bobSecond.ok(), qPrintable(errorText(bobSecond)));
    QCOMPARE(bobSecond->conflicts, 0);
    QCOMPARE(bobSecond->recordErrors, 0);

    const QList<QJsonObject> onServer = serverUrbanFarmingTerms();
    QCOMPARE(onServer.size(), 1);
    const QJsonObject &serverTerm = onServer.constFirst();
    QCOMPARE(serverTerm.value(QStringLiteral("_id")).toString(),
             QString(QStringLiteral("taxonomy:") + keptId));
    QCOMPARE(serverTerm.value(QStringLiteral("label_fr")).toString(),
             QStringLiteral("Agriculture urbaine"));
    QCOMPARE(serverTerm.value(QStringLiteral("label_nl")).toString(),
             QStringLiteral("Stadslandbouw"));

    for (SyncTestDesktop *desktop : {&bob, &dana}) {
        const QMap<QString, LocalDocument> terms = urbanFarmingTerms(desktop->path());
        QCOMPARE(terms.keys(), QStringList{keptId});
        const LocalDocument &term = terms.first();
        QCOMPARE(term.document.value(QStringLiteral("label_fr")).toString(),
                 QStringLiteral("Agriculture urbaine"));
        QCOMPARE(term.document.value(QStringLiteral("label_nl")).toString(),
                 QStringLiteral("Stadslandbouw"));
        QCOMPARE(term.dirty, false);
        QCOMPARE(term.document.value(QStringLiteral("_rev")),
                 serverTerm.value(QStringLiteral("_rev")));
    }
}

void tst_SyncEngineRules::mergedAwayTermEditIsKept()
{
    SyncTestDesktop bob(*m_database, QStringLiteral("bob"));
    SyncTestDesktop dana(*m_database, QStringLiteral("dana"));
    const QString keptId = addUrbanFarmingTerm(dana.store(), {}, {});
    const QString mergedId = addUrbanFarmingTerm(bob.store(), {}, QStringLiteral("Stadslandbouw"));
    QVERIFY(!keptId.isEmpty());
    QVERIFY(keptId < mergedId);
    QVERIFY(bob.sync().ok());

    // bob gives his term a French label and does not send it yet.
    auto edited = bob.store().term(mergedId);
    QVERIFY2(edited.ok(), qPrintable(edited ? QString() : edited.error().text()));
    edited->labelFr = QStringLiteral("Agriculture urbaine");
    auto updated = bob.store().updateTerm(*edited);
    QVERIFY2(updated.ok(), qPrintable(updated ? QString() : updated.error().text()));

    // dana merges bob's sent term away and removes it from the server. bob then
    // receives dana's term and merges his own term, with its unsent edit, into it.
    auto danaSync = dana.sync();
    QVERIFY2(danaSync.ok(), qPrintable(errorText(danaSync)));
    QCOMPARE(danaSync->termsRemoved, 1);
    auto bobSync = bob.sync();
    QVERIFY2(bobSync.ok(), qPrintable(errorText(bobSync)));
    QCOMPARE(bobSync->merged, 1);
    QCOMPARE(bobSync->conflicts, 0);
    QCOMPARE(bobSync->recordErrors, 0);
    QVERIFY(bobSync->pushed >= 1);
    QVERIFY(dana.sync().ok());

    const QList<QJsonObject> onServer = serverUrbanFarmingTerms();
    QCOMPARE(onServer.size(), 1);
    const QJsonObject &serverTerm = onServer.constFirst();
    QCOMPARE(serverTerm.value(QStringLiteral("_id")).toString(),
             QString(QStringLiteral("taxonomy:") + keptId));
    QCOMPARE(serverTerm.value(QStringLiteral("label_fr")).toString(),
             QStringLiteral("Agriculture urbaine"));
    QCOMPARE(serverTerm.value(QStringLiteral("label_nl")).toString(),
             QStringLiteral("Stadslandbouw"));
    for (SyncTestDesktop *desktop : {&bob, &dana}) {
        const QMap<QString, LocalDocument> terms = urbanFarmingTerms(desktop->path());
        QCOMPARE(terms.keys(), QStringList{keptId});
        const LocalDocument &term = terms.first();
        QCOMPARE(term.document.value(QStringLiteral("label_fr")).toString(),
                 QStringLiteral("Agriculture urbaine"));
        QCOMPARE(term.document.value(QStringLiteral("label_nl")).toString(),
                 QStringLiteral("Stadslandbouw"));
        QCOMPARE(term.dirty, false);
    }
}

QTEST_GUILESS_MAIN(tst_SyncEngineRules)
#include "tst_syncenginerules.moc"
