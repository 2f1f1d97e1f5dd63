// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/storage/store.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace CoopAtlas;
using namespace CoopAtlas::Core;

/// Taxonomy terms and the records that use their keys: rename, removal with
/// replacement, undo of a removal, order, and the updated_at of every write.
class tst_StoreTerms : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void renameKeyRewritesOrganisations();
    void renameKeyRewritesSectorList();
    void renameKeyRewritesLinksAndNotes();
    void renameToTakenKeyRejected();
    void usageCountsLiveRecordsOnly();
    void removeUsedTermRejected();
    void removeUnusedTermTombstones();
    void removeWithReplacementRewrites();
    void undoRemovalRestoresKeys();
    void undoRemovalKeepsLaterEdit();
    void reorderSetsPositions();
    void staleTermEditRejected();
    void writesGetNewerTimestamps();

private:
    TaxonomyTerm termByKey(const QString &vocabulary, const QString &key);
    QString
    insertOrganisation(const QString &name, const QString &kind, const QStringList &sectors = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void tst_StoreTerms::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("terms.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().text()));
    m_store = std::make_unique<Store>(std::move(db).value());
}

void tst_StoreTerms::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

TaxonomyTerm tst_StoreTerms::termByKey(const QString &vocabulary, const QString &key)
{
    auto terms = m_store->terms(vocabulary);
    if (terms) {
        for (const TaxonomyTerm &term : *terms) {
            if (term.key == key)
                return term;
        }
    }
    return {};
}

QString tst_StoreTerms::insertOrganisation(const QString &name,
                                           const QString &kind,
                                           const QStringList &sectors)
{
    Organisation org;
    org.name = name;
    org.kind = kind;
    org.sectors = sectors;
    org.founded = QDate(2024, 1, 15); // organisationGrowth() leaves undated organisations out
    auto id = m_store->insertOrganisation(org);
    if (!id)
        qWarning() << id.error().text();
    return id ? id.value() : QString();
}

void tst_StoreTerms::renameKeyRewritesOrganisations()
{
    const QString first = insertOrganisation(QStringLiteral("Smart"), QStringLiteral("funder"));
    const QString second = insertOrganisation(QStringLiteral("Febecoop"), QStringLiteral("funder"));
    const QString other = insertOrganisation(QStringLiteral("SAW-B"), QStringLiteral("network"));
    QVERIFY(m_store->remove(RecordKind::Organisation, second).ok());
    const QDateTime before = m_store->organisation(first)->meta.updatedAt;

    TaxonomyTerm funder = termByKey(QStringLiteral("organisation-kind"), QStringLiteral("funder"));
    QVERIFY(!funder.meta.id.isEmpty());
    funder.key = QStringLiteral("financer");
    funder.labelEn = QStringLiteral("Financer");
    auto updated = m_store->updateTerm(funder);
    QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error().text()));

    QCOMPARE(m_store->organisation(first)->kind, QStringLiteral("financer"));
    QCOMPARE(m_store->organisation(second)->kind, QStringLiteral("financer"));
    QCOMPARE(m_store->organisation(other)->kind, QStringLiteral("network"));
    QVERIFY(m_store->organisation(first)->meta.updatedAt > before);
    QCOMPARE(m_store->organisation(first)->meta.dirty, true);

    // The renamed records stay valid: another save of one succeeds.
    Organisation org = *m_store->organisation(first);
    org.legalForm = QStringLiteral("SCRL");
    QVERIFY(m_store->updateOrganisation(org).ok());

    ListQuery query;
    query.kindFilter = QStringLiteral("financer");
    QCOMPARE(*m_store->count(query), qint64(1));
    query.kindFilter = QStringLiteral("funder");
    QCOMPARE(*m_store->count(query), qint64(0));
    QCOMPARE(*m_store->count(ListQuery()), qint64(2));
    query.kindFilter.clear();
    query.filterText = QStringLiteral("Smart");
    QCOMPARE(*m_store->count(query), qint64(1));
    auto hits = m_store->search(QStringLiteral("Smart"));
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->at(0).id, first);

    auto growth = m_store->organisationGrowth(QStringLiteral("organisation-kind"));
    QVERIFY(growth.ok());
    QStringList series;
    for (const GrowthPoint &point : *growth)
        series.append(point.series);
    QVERIFY(series.contains(QStringLiteral("financer")));
    QVERIFY(!series.contains(QStringLiteral("funder")));
    QCOMPARE(*m_store->termUsage(QStringLiteral("organisation-kind"), QStringLiteral("funder")),
             qint64(0));
    QCOMPARE(*m_store->termUsage(QStringLiteral("organisation-kind"), QStringLiteral("financer")),
             qint64(1));
}

void tst_StoreTerms::renameKeyRewritesSectorList()
{
    const QString id = insertOrganisation(
        QStringLiteral("Coopcycle"),
        QString(),
        {QStringLiteral("mobility"), QStringLiteral("food"), QStringLiteral("culture")});
    const QString both = insertOrganisation(QStringLiteral("Bees Coop"),
                                            QString(),
                                            {QStringLiteral("food"), QStringLiteral("culture")});
    TaxonomyTerm food = termByKey(QStringLiteral("sector"), QStringLiteral("food"));
    QVERIFY(!food.meta.id.isEmpty());
    food.key = QStringLiteral("food-and-farming");
    QVERIFY(m_store->updateTerm(food).ok());

    QCOMPARE(m_store->organisation(id)->sectors,
             QStringList({QStringLiteral("mobility"),
                          QStringLiteral("food-and-farming"),
                          QStringLiteral("culture")}));
    QCOMPARE(m_store->organisation(both)->sectors,
             QStringList({QStringLiteral("food-and-farming"), QStringLiteral("culture")}));

    // Replacing a sector by one that the record already has keeps one of them.
    auto removal = m_store->removeTerm(food.meta.id, QStringLiteral("culture"));
    QVERIFY2(removal.ok(), qPrintable(removal.ok() ? QString() : removal.error().text()));
    QCOMPARE(m_store->organisation(id)->sectors,
             QStringList({QStringLiteral("mobility"), QStringLiteral("culture")}));
    QCOMPARE(m_store->organisation(both)->sectors, QStringList({QStringLiteral("culture")}));
}

void tst_StoreTerms::renameKeyRewritesLinksAndNotes()
{
    const QString from = insertOrganisation(QStringLiteral("Smart"), QString());
    const QString to = insertOrganisation(QStringLiteral("Febecoop"), QString());
    Link link;
    link.fromId = from;
    link.toId = to;
    link.type = QStringLiteral("funds");
    auto linkId = m_store->insertLink(link);
    QVERIFY(linkId.ok());
    Note note;
    note.recordId = from;
    note.kind = QStringLiteral("call");
    note.text = QStringLiteral("Called about the residency");
    note.at = QDateTime::currentDateTimeUtc();
    auto noteId = m_store->insertNote(note);
    QVERIFY2(noteId.ok(), qPrintable(noteId.ok() ? QString() : noteId.error().text()));

    TaxonomyTerm funds = termByKey(QStringLiteral("link-type"), QStringLiteral("funds"));
    funds.key = QStringLiteral("finances");
    QVERIFY(m_store->updateTerm(funds).ok());
    TaxonomyTerm call = termByKey(QStringLiteral("note-kind"), QStringLiteral("call"));
    QVERIFY(!call.meta.id.isEmpty());
    call.key = QStringLiteral("phone-call");
    QVERIFY(m_store->updateTerm(call).ok());

    QCOMPARE(m_store->link(*linkId)->type, QStringLiteral("finances"));
    QCOMPARE(m_store->note(*noteId)->kind, QStringLiteral("phone-call"));
    ListQuery query;
    query.table = ListTable::Links;
    query.kindFilter = QStringLiteral("finances");
    QCOMPARE(*m_store->count(query), qint64(1));
    auto hits = m_store->search(QStringLiteral("residency"));
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 1);
}

void tst_StoreTerms::renameToTakenKeyRejected()
{
    const QString id = insertOrganisation(QStringLiteral("Smart"), QStringLiteral("funder"));
    TaxonomyTerm funder = termByKey(QStringLiteral("organisation-kind"), QStringLiteral("funder"));
    funder.key = QStringLiteral("network");
    auto updated = m_store->updateTerm(funder);
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().message,
             QStringLiteral("The vocabulary \"organisation-kind\" already has a term \"network\", "
                            "or had one that was deleted. Choose another key."));
    QCOMPARE(m_store->organisation(id)->kind, QStringLiteral("funder"));
    QCOMPARE(termByKey(QStringLiteral("organisation-kind"), QStringLiteral("funder")).meta.id,
             funder.meta.id);
}

void tst_StoreTerms::usageCountsLiveRecordsOnly()
{
    insertOrganisation(QStringLiteral("A"), QStringLiteral("network"), {QStringLiteral("food")});
    insertOrganisation(QStringLiteral("B"), QStringLiteral("network"));
    const QString gone = insertOrganisation(QStringLiteral("C"), QStringLiteral("network"));
    QVERIFY(m_store->remove(RecordKind::Organisation, gone).ok());
    QCOMPARE(*m_store->termUsage(QStringLiteral("organisation-kind"), QStringLiteral("network")),
             qint64(2));
    QCOMPARE(*m_store->termUsage(QStringLiteral("sector"), QStringLiteral("food")), qint64(1));
    QCOMPARE(*m_store->termUsage(QStringLiteral("sector"), QStringLiteral("culture")), qint64(0));
}

void tst_StoreTerms::removeUsedTermRejected()
{
    const QString id = insertOrganisation(QStringLiteral("Smart"), QStringLiteral("funder"));
    const TaxonomyTerm funder
        = termByKey(QStringLiteral("organisation-kind"), QStringLiteral("funder"));
    auto removal = m_store->removeTerm(funder.meta.id);
    QVERIFY(!removal.ok());
    QCOMPARE(removal.error().message,
             QStringLiteral("The term \"funder\" is used by 1 record(s), so it was not deleted. "
                            "Replace it with another term of the vocabulary first."));
    QCOMPARE(termByKey(QStringLiteral("organisation-kind"), QStringLiteral("funder")).meta.id,
             funder.meta.id);
    QCOMPARE(m_store->organisation(id)->kind, QStringLiteral("funder"));
}

void tst_StoreTerms::removeUnusedTermTombstones()
{
    const TaxonomyTerm research
        = termByKey(QStringLiteral("organisation-kind"), QStringLiteral("research"));
    QVERIFY(!research.meta.id.isEmpty());
    QSignalSpy changed(m_store.get(), &Store::changed);
    auto removal = m_store->removeTerm(research.meta.id);
    QVERIFY(removal.ok());
    QCOMPARE(removal->rewritten.size(), 0);
    QCOMPARE(changed.count(), 1);
    QVERIFY(termByKey(QStringLiteral("organisation-kind"), QStringLiteral("research"))
                .meta.id.isEmpty());
    auto stored = m_store->term(research.meta.id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->meta.deleted, true);
    QCOMPARE(stored->meta.updatedAt, removal->termWrittenAt);

    Organisation org;
    org.name = QStringLiteral("Lab");
    org.kind = QStringLiteral("research");
    QVERIFY(!m_store->insertOrganisation(org).ok());
}

void tst_StoreTerms::removeWithReplacementRewrites()
{
    const QString first = insertOrganisation(QStringLiteral("Smart"), QStringLiteral("funder"));
    const QString second = insertOrganisation(QStringLiteral("Febecoop"), QStringLiteral("funder"));
    const TaxonomyTerm funder
        = termByKey(QStringLiteral("organisation-kind"), QStringLiteral("funder"));

    auto invalid = m_store->removeTerm(funder.meta.id, QStringLiteral("stage-idea"));
    QVERIFY(!invalid.ok());
    QCOMPARE(m_store->organisation(first)->kind, QStringLiteral("funder"));

    auto removal = m_store->removeTerm(funder.meta.id, QStringLiteral("network"));
    QVERIFY2(removal.ok(), qPrintable(removal.ok() ? QString() : removal.error().text()));
    QCOMPARE(removal->rewritten.size(), 2);
    QCOMPARE(m_store->organisation(first)->kind, QStringLiteral("network"));
    QCOMPARE(m_store->organisation(second)->kind, QStringLiteral("network"));
    QCOMPARE(m_store->term(funder.meta.id)->meta.deleted, true);
    ListQuery query;
    query.kindFilter = QStringLiteral("network");
    QCOMPARE(*m_store->count(query), qint64(2));
}

void tst_StoreTerms::undoRemovalRestoresKeys()
{
    const QString id = insertOrganisation(QStringLiteral("Coopcycle"),
                                          QStringLiteral("funder"),
                                          {QStringLiteral("food"), QStringLiteral("mobility")});
    const TaxonomyTerm food = termByKey(QStringLiteral("sector"), QStringLiteral("food"));
    auto removal = m_store->removeTerm(food.meta.id, QStringLiteral("mobility"));
    QVERIFY(removal.ok());
    QCOMPARE(m_store->organisation(id)->sectors, QStringList({QStringLiteral("mobility")}));

    auto kept = m_store->undoTermRemoval(*removal);
    QVERIFY2(kept.ok(), qPrintable(kept.ok() ? QString() : kept.error().text()));
    QCOMPARE(*kept, 0);
    QCOMPARE(m_store->organisation(id)->sectors,
             QStringList({QStringLiteral("food"), QStringLiteral("mobility")}));
    QCOMPARE(termByKey(QStringLiteral("sector"), QStringLiteral("food")).meta.id, food.meta.id);
    QVERIFY(!m_store->undoTermRemoval(*removal).ok());
}

void tst_StoreTerms::undoRemovalKeepsLaterEdit()
{
    const QString edited = insertOrganisation(QStringLiteral("A"), QStringLiteral("funder"));
    const QString untouched = insertOrganisation(QStringLiteral("B"), QStringLiteral("funder"));
    const TaxonomyTerm funder
        = termByKey(QStringLiteral("organisation-kind"), QStringLiteral("funder"));
    auto removal = m_store->removeTerm(funder.meta.id, QStringLiteral("network"));
    QVERIFY(removal.ok());
    Organisation org = *m_store->organisation(edited);
    org.kind = QStringLiteral("public-body");
    QVERIFY(m_store->updateOrganisation(org).ok());

    auto kept = m_store->undoTermRemoval(*removal);
    QVERIFY(kept.ok());
    QCOMPARE(*kept, 1);
    QCOMPARE(m_store->organisation(edited)->kind, QStringLiteral("public-body"));
    QCOMPARE(m_store->organisation(untouched)->kind, QStringLiteral("funder"));
}

void tst_StoreTerms::reorderSetsPositions()
{
    auto terms = m_store->terms(QStringLiteral("stage"));
    QVERIFY(terms.ok());
    QVERIFY(terms->size() >= 3);
    QStringList ids;
    for (const TaxonomyTerm &term : *terms)
        ids.append(term.meta.id);
    QStringList reordered = ids;
    reordered.move(0, 2);
    QVERIFY(m_store->reorderTerms(QStringLiteral("stage"), reordered).ok());

    auto after = m_store->terms(QStringLiteral("stage"));
    QVERIFY(after.ok());
    QStringList afterIds;
    for (const TaxonomyTerm &term : *after)
        afterIds.append(term.meta.id);
    QCOMPARE(afterIds, reordered);
    for (int position = 0; position < after->size(); ++position)
        QCOMPARE(after->at(position).position, position);

    QVERIFY(!m_store->reorderTerms(QStringLiteral("sector"), reordered).ok());
    QCOMPARE(m_store->terms(QStringLiteral("stage"))->at(0).meta.id, reordered.at(0));
}

void tst_StoreTerms::staleTermEditRejected()
{
    TaxonomyTerm read = termByKey(QStringLiteral("stage"), QStringLiteral("idea"));
    QVERIFY(!read.meta.id.isEmpty());
    TaxonomyTerm first = read;
    first.labelEn = QStringLiteral("Idea stage");
    QVERIFY(m_store->updateTerm(first).ok());
    // Written from the same read, at once: the first write gave a newer updated_at.
    TaxonomyTerm second = read;
    second.labelFr = QStringLiteral("Idée");
    QVERIFY(!m_store->updateTerm(second).ok());
    const TaxonomyTerm stored = termByKey(QStringLiteral("stage"), QStringLiteral("idea"));
    QCOMPARE(stored.labelEn, QStringLiteral("Idea stage"));
    QCOMPARE(stored.labelFr, read.labelFr);
}

void tst_StoreTerms::writesGetNewerTimestamps()
{
    const QString id = insertOrganisation(QStringLiteral("Smart"), QString());
    QDateTime previous = m_store->organisation(id)->meta.updatedAt;
    for (int i = 0; i < 30; ++i) {
        Organisation org = *m_store->organisation(id);
        org.legalForm = QString::number(i);
        QVERIFY(m_store->updateOrganisation(org).ok());
        if (i % 3 == 0) {
            QVERIFY(m_store->remove(RecordKind::Organisation, id).ok());
            QVERIFY(m_store->restore({id}).ok());
        }
        const QDateTime current = m_store->organisation(id)->meta.updatedAt;
        QVERIFY2(current > previous, qPrintable(current.toString(Qt::ISODateWithMs)));
        previous = current;
    }
}

QTEST_GUILESS_MAIN(tst_StoreTerms)
#include "tst_storeterms.moc"
