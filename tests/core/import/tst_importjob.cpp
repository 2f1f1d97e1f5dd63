// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/import/importjob.h>
#include <core/storage/database.h>
#include <core/storage/store.h>

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace CoopAtlas::Core;

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

const QString DotcoopPath = QStringLiteral(TESTS_DATA_DIR "/directories/dotcoop-expected.csv");
const QString BerlinPath
    = QStringLiteral(TESTS_DATA_DIR "/directories/Wandelwoche_wandelwoche-ganz.csv");

/// SHA-256 over every row of every table, read through a separate connection.
QByteArray dumpChecksum(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QString name = QStringLiteral("dump-") + QString::number(quintptr(&hash));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            return {};
        }
        QSqlQuery tables(db);
        tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                   "ORDER BY name"));
        QStringList names;
        while (tables.next()) {
            names.append(tables.value(0).toString());
        }
        for (const QString &table : names) {
            QSqlQuery rows(db);
            rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table));
            hash.addData(table.toUtf8());
            while (rows.next()) {
                for (int i = 0; i < rows.record().count(); ++i) {
                    hash.addData(rows.value(i).toString().toUtf8());
                    hash.addData(QByteArrayView("\x1F", 1));
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return hash.result();
}

std::unique_ptr<Store> openStore(const QString &path)
{
    auto db = Database::open(path);
    if (!db) {
        qWarning() << db.error().text();
        return nullptr;
    }
    return std::make_unique<Store>(std::move(db).value());
}

qint64 count(const QString &path, RecordKind kind)
{
    auto store = openStore(path);
    return store ? store->totalCount(kind).value() : -1;
}

int brusselsOrganisations(const QString &path)
{
    auto store = openStore(path);
    if (!store) {
        return -1;
    }
    const auto counts = store->countsByCommune();
    if (!counts) {
        return -1;
    }
    int total = 0;
    for (const auto &entry : counts.value()) {
        total += entry.second;
    }
    return total;
}

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString path = dir.filePath(QString::fromUtf8(name));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(bytes);
    }
    return path;
}

const DuplicateMatch *findDuplicate(const ImportPreview &preview, const char *name)
{
    for (const DuplicateMatch &match : preview.duplicates) {
        if (preview.records.at(match.recordIndex).displayName() == QString::fromUtf8(name)) {
            return &match;
        }
    }
    return nullptr;
}

} // namespace

class tst_ImportJob : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void testDotcoopBrusselsCount();
    void testImportTwiceCreatesNothing();
    void testSmartPairOfferedAsDuplicate();
    void testMergeFillsExistingRecord();
    void testDryRunWritesNothing();
    void testRejectedWriteLeavesStoreUnchanged();
    void testBadVCardLeavesStoreUnchanged();
    void testCancelLeavesNothing();
    void testWorkerThreadPhases();
    void testVCardImportCreatesPeopleAndOrganisations();
    void testCardWithoutNameSkipped();
    void testUnknownCsvFormatRejected();
    void testStoredLegalFormNameMatched();
    void testHeaderNamesFileImported();
    void unknownKindKeptAsCustomField();
    void unknownKindWarningsCounted();
    void vCardUnknownStageAndSectorDropped();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void tst_ImportJob::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("store.sqlite"));
}

void tst_ImportJob::testDotcoopBrusselsCount()
{
    // 36 rows of dotcoop-expected.csv have Country Name "Belgium" and a Brussels
    // postcode or locality, counted with Python's csv module: Brussels postcodes
    // 1000-1210 of the 19 communes, or a locality starting with a commune name.
    ImportJob job(m_db);
    auto preview = job.analyse(DotcoopPath);
    QVERIFY2(preview.ok(), qPrintable(preview.ok() ? QString() : preview.error().text()));
    QCOMPARE(preview->records.size(), 5179);
    auto summary = job.commit(*preview, {}, DuplicateDecision::KeepBoth);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().text()));
    QCOMPARE(summary->created, 5179);
    QCOMPARE(summary->merged, 0);
    QCOMPARE(summary->skipped, 29);
    QCOMPARE(summary->skippedRows.first().reason, u8("The name is empty."));
    QCOMPARE(count(m_db, RecordKind::Organisation), 5179);
    QCOMPARE(brusselsOrganisations(m_db), 36);
}

void tst_ImportJob::testImportTwiceCreatesNothing()
{
    ImportJob job(m_db);
    auto first = job.analyse(DotcoopPath);
    QVERIFY(first.ok());
    QVERIFY(job.commit(*first, {}, DuplicateDecision::Skip).ok());
    const qint64 organisations = count(m_db, RecordKind::Organisation);
    // Skipped as duplicates: the second Belgian "International Co-operative
    // Alliance" row (same address) and "Smart Coop" (same address as "SMart").
    QCOMPARE(brusselsOrganisations(m_db), 34);
    const QByteArray before = dumpChecksum(m_db);

    // Rows skipped as duplicates the first time are offered again; every other
    // row is recognised as already present.
    auto second = job.analyse(DotcoopPath);
    QVERIFY(second.ok());
    QCOMPARE(second->records.size(), second->duplicates.size());
    QCOMPARE(second->records.size() + second->skipped.size(), qsizetype(5208));
    QVERIFY(findDuplicate(*second, "Smart Coop"));
    auto summary = job.commit(*second, {}, DuplicateDecision::Skip);
    QVERIFY(summary.ok());
    QCOMPARE(summary->created, 0);
    QCOMPARE(summary->merged, 0);
    QCOMPARE(count(m_db, RecordKind::Organisation), organisations);
    QCOMPARE(dumpChecksum(m_db), before);

    auto berlin = job.analyse(BerlinPath);
    QVERIFY(berlin.ok());
    QVERIFY(job.commit(*berlin, {}, DuplicateDecision::KeepBoth).ok());
    auto again = job.analyse(BerlinPath);
    QVERIFY(again.ok());
    QCOMPARE(again->records.size(), qsizetype(0));
    QCOMPARE(again->skipped.size(), qsizetype(76));
    QCOMPARE(again->skipped.first().reason, u8("already present in the database"));
}

void tst_ImportJob::testSmartPairOfferedAsDuplicate()
{
    ImportJob job(m_db);
    auto preview = job.analyse(DotcoopPath);
    QVERIFY(preview.ok());
    const DuplicateMatch *match = findDuplicate(*preview, "Smart Coop");
    QVERIFY(match);
    QCOMPARE(match->existingName, u8("SMart"));
    QVERIFY(match->existingId.isEmpty());
    QCOMPARE(preview->records.at(match->earlierIndex).displayName(), u8("SMart"));
    QCOMPARE(match->reason,
             u8("names equal apart from legal forms (smart) and address rue emile feron 1060"));
    QCOMPARE(match->line, 4250); // grep -n "^281629819," dotcoop-expected.csv
}

void tst_ImportJob::testMergeFillsExistingRecord()
{
    QTemporaryDir files;
    const QString first = writeFile(files,
                                    "first.csv",
                                    "Identifier,Name,Street Address,Locality,Postcode,Country Name,"
                                    "Website,Phone,Email\n"
                                    "1,SMart,Rue Emile Feron 70,Saint-Gilles,1060,Belgium,"
                                    "http://smart.coop,,\n");
    const QString second
        = writeFile(files,
                    "second.csv",
                    "Identifier,Name,Street Address,Locality,Postcode,Country Name,"
                    "Website,Phone,Email\n"
                    "2,Smart Coop scrl,Rue Emile Feron 70,Sint-Gillis,1060,Belgium,"
                    "https://www.lamicale.coop;http://smart.coop,02 542 10 80,"
                    "info@smart.coop\n");
    ImportJob job(m_db);
    auto created = job.analyse(first);
    QVERIFY(created.ok());
    QVERIFY(job.commit(*created, {}).ok());

    auto preview = job.analyse(second);
    QVERIFY(preview.ok());
    QCOMPARE(preview->duplicates.size(), qsizetype(1));
    const DuplicateMatch match = preview->duplicates.first();
    QCOMPARE(match.existingName, u8("SMart"));
    QCOMPARE(match.reason, u8("names equal apart from legal forms (smart) and website smart.coop"));
    auto summary = job.commit(*preview, {{match.recordIndex, DuplicateDecision::Merge}});
    QVERIFY(summary.ok());
    QCOMPARE(summary->merged, 1);
    QCOMPARE(summary->created, 0);

    auto store = openStore(m_db);
    QVERIFY(store);
    const Organisation org = store->organisation(match.existingId).value();
    QCOMPARE(org.name, u8("SMart"));
    QCOMPARE(org.locality, u8("Saint-Gilles"));
    QCOMPARE(org.websites, (QStringList{u8("http://smart.coop"), u8("https://www.lamicale.coop")}));
    QCOMPARE(org.phones.size(), 1);
    QCOMPARE(org.phones.first().value, u8("02 542 10 80"));
    QCOMPARE(org.emails.first().value, u8("info@smart.coop"));
    QCOMPARE(org.extra.value(u8("Identifier")).toString(), u8("1"));
    QCOMPARE(store->totalCount(RecordKind::Organisation).value(), 1);
}

void tst_ImportJob::testDryRunWritesNothing()
{
    ImportJob job(m_db);
    job.setDryRun(true);
    auto preview = job.analyse(BerlinPath);
    QVERIFY(preview.ok());
    auto summary = job.commit(*preview, {});
    QVERIFY(summary.ok());
    QVERIFY(summary->dryRun);
    QCOMPARE(summary->created, 76);
    QCOMPARE(count(m_db, RecordKind::Organisation), 0);
}

void tst_ImportJob::testRejectedWriteLeavesStoreUnchanged()
{
    ImportJob job(m_db);
    auto berlin = job.analyse(BerlinPath);
    QVERIFY(berlin.ok());
    QVERIFY(job.commit(*berlin, {}).ok());
    const QByteArray before = dumpChecksum(m_db);
    QVERIFY(!before.isEmpty());

    // The third row names a kind that is not in the taxonomy, so the store
    // rejects it after the first two rows were written in the transaction.
    QTemporaryDir files;
    const QString path = writeFile(files,
                                   "export.csv",
                                   "name,kind,legal_form,commune,postcode\n"
                                   "Alpha,,,,1000\nBeta,,,,1060\nGamma,no-such-kind,,,1050\n");
    auto preview = job.analyse(path);
    QVERIFY(preview.ok());
    QCOMPARE(preview->mapping->preset, u8("coopatlas-organisations"));
    auto summary = job.commit(*preview, {});
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().context, u8("export.csv, line 4"));
    QVERIFY(summary.error().message.contains(u8("Gamma")));
    QVERIFY(summary.error().message.contains(u8("Nothing was imported")));
    QCOMPARE(count(m_db, RecordKind::Organisation), 76);
    QCOMPARE(dumpChecksum(m_db), before);
}

void tst_ImportJob::testBadVCardLeavesStoreUnchanged()
{
    ImportJob job(m_db);
    auto berlin = job.analyse(BerlinPath);
    QVERIFY(berlin.ok());
    QVERIFY(job.commit(*berlin, {}).ok());
    const QByteArray before = dumpChecksum(m_db);

    QTemporaryDir files;
    const QString path = writeFile(files,
                                   "cut.vcf",
                                   "BEGIN:VCARD\nVERSION:3.0\nFN:Kept Out\nEND:VCARD\n"
                                   "BEGIN:VCARD\nVERSION:3.0\nFN:No End\n");
    auto preview = job.analyse(path);
    QVERIFY(!preview.ok());
    QCOMPARE(preview.error().context, u8("cut.vcf, line 5"));
    QCOMPARE(count(m_db, RecordKind::Person), 0);
    QCOMPARE(count(m_db, RecordKind::Organisation), 76);
    QCOMPARE(dumpChecksum(m_db), before);
}

void tst_ImportJob::testCancelLeavesNothing()
{
    ImportJob job(m_db);
    auto preview = job.analyse(BerlinPath);
    QVERIFY(preview.ok());
    connect(&job, &ImportJob::progress, &job, [&job](qint64 done, qint64) {
        if (done == 40) {
            job.cancel();
        }
    });
    auto summary = job.commit(*preview, {});
    QVERIFY(!summary.ok());
    QVERIFY(summary.error().message.contains(u8("cancelled")));
    QCOMPARE(count(m_db, RecordKind::Organisation), 0);

    ImportJob analysing(m_db);
    connect(&analysing, &ImportJob::progress, &analysing, [&analysing](qint64 done, qint64) {
        if (done == 10) {
            analysing.cancel();
        }
    });
    auto cancelled = analysing.analyse(BerlinPath);
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().context, BerlinPath);
}

void tst_ImportJob::testWorkerThreadPhases()
{
    ImportJob job(m_db);
    QSignalSpy analysed(&job, &ImportJob::analysed);
    QSignalSpy committed(&job, &ImportJob::committed);
    QSignalSpy failed(&job, &ImportJob::failed);
    QSignalSpy progress(&job, &ImportJob::progress);
    job.startAnalyse(BerlinPath);
    QVERIFY(analysed.wait(60000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(job.preview().records.size(), qsizetype(76));
    job.startCommit({}, DuplicateDecision::Skip);
    QVERIFY(committed.wait(60000));
    QCOMPARE(failed.count(), 0);
    const auto summary = committed.first().first().value<ImportSummary>();
    QCOMPARE(summary.created, 76);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), 76);
    QCOMPARE(progress.last().at(1).toLongLong(), 76);
    QCOMPARE(count(m_db, RecordKind::Organisation), 76);
}

void tst_ImportJob::testVCardImportCreatesPeopleAndOrganisations()
{
    ImportJob job(m_db);
    auto apple = job.analyse(QStringLiteral(TESTS_DATA_DIR "/contacts/roundcube_apple.vcf"));
    QVERIFY(apple.ok());
    QCOMPARE(apple->format, u8("vcard"));
    QVERIFY(job.commit(*apple, {}).ok());
    auto people = job.analyse(QStringLiteral(TESTS_DATA_DIR "/contacts/kcontacts_vcard10.vcf"));
    QVERIFY(people.ok());
    auto summary = job.commit(*people, {});
    QVERIFY(summary.ok());
    QCOMPARE(summary->created, 5);
    QCOMPARE(count(m_db, RecordKind::Organisation), 1);
    QCOMPARE(count(m_db, RecordKind::Person), 5);
}

void tst_ImportJob::testCardWithoutNameSkipped()
{
    QTemporaryDir files;
    const QString path = writeFile(files,
                                   "names.vcf",
                                   "BEGIN:VCARD\nVERSION:3.0\nNOTE:nothing else\nEND:VCARD\n"
                                   "BEGIN:VCARD\nVERSION:3.0\nEMAIL:only@example.org\nEND:VCARD\n");
    ImportJob job(m_db);
    auto preview = job.analyse(path);
    QVERIFY(preview.ok());
    QCOMPARE(preview->records.size(), qsizetype(1));
    QCOMPARE(preview->records.first().person.formattedName, u8("only@example.org"));
    QCOMPARE(preview->skipped.size(), qsizetype(1));
    QCOMPARE(preview->skipped.first().line, 1);
    QCOMPARE(preview->skipped.first().reason, u8("no name, e-mail address or phone number"));
    auto summary = job.commit(*preview, {});
    QVERIFY(summary.ok());
    QCOMPARE(summary->created, 1);
    QCOMPARE(summary->skipped, 1);
}

void tst_ImportJob::testUnknownCsvFormatRejected()
{
    QTemporaryDir files;
    const QString path = writeFile(files, "odd.csv", "foo,bar\n1,2\n");
    ImportJob job(m_db);
    auto preview = job.analyse(path);
    QVERIFY(!preview.ok());
    QCOMPARE(preview.error().context, u8("odd.csv"));
    QVERIFY(preview.error().message.contains(u8("mapping")));
}

void tst_ImportJob::testStoredLegalFormNameMatched()
{
    auto store = openStore(m_db);
    QVERIFY(store);
    Organisation stored;
    stored.name = u8("SCRL Febecoop");
    stored.websites = {u8("https://febecoop.be")};
    const auto id = store->insertOrganisation(stored);
    QVERIFY(id.ok());
    Organisation other;
    other.name = u8("Febecoop Wallonie");
    QVERIFY(store->insertOrganisation(other).ok());
    store.reset();
    QTemporaryDir files;
    const QString path = writeFile(files,
                                   "febecoop.csv",
                                   "Identifier,Name,Street Address,Locality,Postcode,Country Name,"
                                   "Website,Phone,Email\n"
                                   "1,Febecoop,,,,Belgium,http://www.febecoop.be,,\n");

    ImportJob job(m_db);
    auto preview = job.analyse(path);

    QVERIFY(preview.ok());
    QCOMPARE(preview->duplicates.size(), qsizetype(1));
    const DuplicateMatch &match = preview->duplicates.first();
    QCOMPARE(match.existingId, id.value());
    QCOMPARE(match.existingName, u8("SCRL Febecoop"));
    QCOMPARE(match.reason,
             u8("names equal apart from legal forms (febecoop) and website febecoop.be"));
}

void tst_ImportJob::testHeaderNamesFileImported()
{
    QTemporaryDir files;
    const QString path = writeFile(files,
                                   "contacts.csv",
                                   "Prénom;Nom;Courriel;Ville\n"
                                   "Anna;Peeters;anna@example.org;Bruxelles\n"
                                   "Jan;Janssens;jan@example.org;Gent\n");
    ImportJob job(m_db);
    auto preview = job.analyse(path);
    QVERIFY(preview.ok());
    QVERIFY(preview->mapping);
    QCOMPARE(preview->mapping->preset, u8("header-names"));
    QCOMPARE(preview->records.size(), qsizetype(2));
    auto summary = job.commit(*preview, {});
    QVERIFY(summary.ok());
    QCOMPARE(summary->created, 2);
    QCOMPARE(count(m_db, RecordKind::Person), qint64(2));
    QCOMPARE(count(m_db, RecordKind::Organisation), qint64(0));
}

void tst_ImportJob::unknownKindKeptAsCustomField()
{
    const QString csv = writeFile(*m_dir,
                                  "kinds.csv",
                                  "Name,Kind,Stage\n"
                                  "Alpha,Cooperative bank,Lancé\n"
                                  "Beta,Cooperative bank,GELANCEERD\n"
                                  "Gamma,porteur de projet,idea\n");
    ImportJob job(m_db);
    const auto preview = job.analyse(csv);
    QVERIFY2(preview.ok(), qPrintable(preview.ok() ? QString() : preview.error().text()));
    // One warning for the value, not one per row.
    QCOMPARE(preview->warnings.size(), 1);
    QVERIFY2(preview->warnings.constFirst().contains(u"\"Cooperative bank\""_qs),
             qPrintable(preview->warnings.constFirst()));
    QVERIFY(preview->warnings.constFirst().contains(u"line 2"_qs));
    QCOMPARE(preview->records.size(), 3);
    const Organisation &alpha = preview->records.at(0).organisation;
    QCOMPARE(alpha.kind, QString());
    QCOMPARE(alpha.extra.value(u"Kind"_qs).toString(), u"Cooperative bank"_qs);
    QCOMPARE(alpha.stage, u"launched"_qs);
    QCOMPARE(preview->records.at(1).organisation.stage, u"launched"_qs);
    const Organisation &gamma = preview->records.at(2).organisation;
    QCOMPARE(gamma.kind, u"project-holder"_qs);
    QCOMPARE(gamma.stage, u"idea"_qs);
    QVERIFY(gamma.extra.isEmpty());
    // The store accepts every record, the unknown kind being a custom field.
    const auto summary = job.commit(*preview, {}, DuplicateDecision::KeepBoth);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().text()));
    QCOMPARE(summary->created, 3);
}

void tst_ImportJob::unknownKindWarningsCounted()
{
    QByteArray rows = "Name;Type\n";
    for (int i = 1; i <= 8; ++i) {
        rows += QByteArray::number(i) + " Coop;Type " + QByteArray::number(i) + "\n";
    }
    ImportJob job(m_db);
    const auto preview = job.analyse(writeFile(*m_dir, "types.csv", rows));
    QVERIFY2(preview.ok(), qPrintable(preview.ok() ? QString() : preview.error().text()));
    QCOMPARE(preview->records.size(), 8);
    // Five values get a warning each, and one more warning counts the other three.
    QCOMPARE(preview->warnings.size(), 6);
    QVERIFY2(preview->warnings.at(4).contains(u"line 6: \"Type 5\""_qs),
             qPrintable(preview->warnings.at(4)));
    // The English plural comes from the translation, which this test does not load.
    QVERIFY2(preview->warnings.at(5).startsWith(u"types.csv: 3 more value"_qs),
             qPrintable(preview->warnings.at(5)));
    QVERIFY(preview->warnings.at(5).contains(u"of the column \"Type\""_qs));
    for (const ImportRecord &record : preview->records) {
        QVERIFY(record.organisation.kind.isEmpty());
        QVERIFY(record.organisation.extra.value(u"Type"_qs).toString().startsWith(u"Type "_qs));
    }
}

void tst_ImportJob::vCardUnknownStageAndSectorDropped()
{
    QTemporaryDir files;
    const QString path = writeFile(files,
                                   "terms.vcf",
                                   "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:Velo Coop\r\n"
                                   "X-COOPATLAS-STAGE:dormant\r\n"
                                   "X-COOPATLAS-SECTORS:mobility,unicorns\r\n"
                                   "X-COOPATLAS-FOUNDED:2020-02-01\r\n"
                                   "CATEGORIES:bikes,repair\\, shop\r\nEND:VCARD\r\n");
    ImportJob job(m_db);
    auto preview = job.analyse(path);
    QVERIFY(preview.ok());
    QCOMPARE(preview->records.size(), qsizetype(1));
    const Organisation &org = preview->records.constFirst().organisation;
    QCOMPARE(org.stage, QString());
    QCOMPARE(org.sectors, QStringList{u8("mobility")});
    QCOMPARE(org.founded, QDate(2020, 2, 1));
    QCOMPARE(org.tags, (QStringList{u8("bikes"), u8("repair, shop")}));
    QCOMPARE(preview->warnings.size(), qsizetype(2));
    QCOMPARE(preview->warnings.at(0),
             u8("terms.vcf, line 1: the stage \"dormant\" is not a term of this file's stages; "
                "the stage is left empty. Add the term and import again to keep it."));
    QCOMPARE(preview->warnings.at(1),
             u8("terms.vcf, line 1: the sector \"unicorns\" is not a term of this file's "
                "sectors; the sector is left out. Add the term and import again to keep it."));
}

QTEST_GUILESS_MAIN(tst_ImportJob)
#include "tst_importjob.moc"
