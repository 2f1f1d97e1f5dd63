// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/import/csvreader.h>
#include <core/interchange/csvwriter.h>
#include <core/interchange/listcsvexport.h>
#include <core/storage/database.h>
#include <core/storage/store.h>

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using namespace CoopAtlas::Core;

class tst_CsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void testGuard_data();
    void testGuard();
    void testGuardRemoval_data();
    void testGuardRemoval();
    void testDefaultDialect();
    void testExcelDialectBytes();
    void testPlainDialectBytes();
    void testQuoting();
    void testGuardRemovedOnImport();
    void testListExportColumnsAndOrder();
    void testListExportFilter();
    void testListExportCancelled();

private:
    QByteArray writeRecords(CsvDialect dialect, const QList<QStringList> &records);
    QString insertOrganisation(const QString &name, const QString &locality);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void tst_CsvWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("store.coopatlas")));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().text()));
    m_store = std::make_unique<Store>(std::move(db).value());
}

void tst_CsvWriter::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QByteArray tst_CsvWriter::writeRecords(CsvDialect dialect, const QList<QStringList> &records)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer, dialect);
    if (!writer.writeStart().ok()) {
        return {};
    }
    for (const QStringList &record : records) {
        if (!writer.writeRecord(record).ok()) {
            return {};
        }
    }
    return buffer.data();
}

QString tst_CsvWriter::insertOrganisation(const QString &name, const QString &locality)
{
    Organisation org;
    org.name = name;
    org.locality = locality;
    auto id = m_store->insertOrganisation(org);
    if (!id) {
        qWarning() << id.error().text();
        return {};
    }
    return *id;
}

void tst_CsvWriter::testGuard_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");
    QTest::newRow("equals") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
    QTest::newRow("plus") << QStringLiteral("+32 2 555 00 00")
                          << QStringLiteral("'+32 2 555 00 00");
    QTest::newRow("minus") << QStringLiteral("-5") << QStringLiteral("'-5");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
    QTest::newRow("carriage return") << QStringLiteral("\rx") << QStringLiteral("'\rx");
    QTest::newRow("apostrophe") << QStringLiteral("'quoted") << QStringLiteral("'quoted");
    QTest::newRow("apostrophe and equals") << QStringLiteral("'=A1") << QStringLiteral("''=A1");
    QTest::newRow("space and equals") << QStringLiteral(" =A1") << QStringLiteral("' =A1");
    QTest::newRow("spaces only") << QStringLiteral("  ") << QStringLiteral("  ");
    QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("empty") << QString() << QString();
}

void tst_CsvWriter::testGuard()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(guardCsvFormula(cell), expected);
    QCOMPARE(removeCsvFormulaGuard(guardCsvFormula(cell)), cell);
}

void tst_CsvWriter::testGuardRemoval_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");
    QTest::newRow("guarded formula") << QStringLiteral("'=A1") << QStringLiteral("=A1");
    QTest::newRow("guarded minus") << QStringLiteral("'-3") << QStringLiteral("-3");
    QTest::newRow("quoted word") << QStringLiteral("'quoted") << QStringLiteral("'quoted");
    QTest::newRow("two apostrophes") << QStringLiteral("''=A1") << QStringLiteral("'=A1");
    QTest::newRow("guarded space") << QStringLiteral("' =A1") << QStringLiteral(" =A1");
    QTest::newRow("apostrophe and space") << QStringLiteral("' A1") << QStringLiteral("' A1");
    QTest::newRow("apostrophe only") << QStringLiteral("'") << QStringLiteral("'");
    QTest::newRow("plain") << QStringLiteral("=A1") << QStringLiteral("=A1");
}

void tst_CsvWriter::testGuardRemoval()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(removeCsvFormulaGuard(cell), expected);
}

void tst_CsvWriter::testDefaultDialect()
{
    QCOMPARE(defaultCsvDialect(QStringLiteral("fr")), CsvDialect::Excel);
    QCOMPARE(defaultCsvDialect(QStringLiteral("nl_BE")), CsvDialect::Excel);
    QCOMPARE(defaultCsvDialect(QStringLiteral("de")), CsvDialect::Excel);
    QCOMPARE(defaultCsvDialect(QStringLiteral("en")), CsvDialect::Plain);
    QCOMPARE(csvDialectFromName(QStringLiteral("excel")), CsvDialect::Excel);
    QCOMPARE(csvDialectFromName(QStringLiteral("plain")), CsvDialect::Plain);
    QVERIFY(!csvDialectFromName(QStringLiteral("tab")).has_value());
}

void tst_CsvWriter::testExcelDialectBytes()
{
    const QByteArray bytes = writeRecords(CsvDialect::Excel,
                                          {{QStringLiteral("Name"), QStringLiteral("Ville")},
                                           {QStringLiteral("Café"), QStringLiteral("Bruxelles")}});
    QCOMPARE(bytes, QByteArray("\xEF\xBB\xBFName;Ville\r\nCaf\xC3\xA9;Bruxelles\r\n"));
}

void tst_CsvWriter::testPlainDialectBytes()
{
    const QByteArray bytes = writeRecords(CsvDialect::Plain,
                                          {{QStringLiteral("Name"), QStringLiteral("City")},
                                           {QStringLiteral("Café"), QStringLiteral("Brussels")}});
    QCOMPARE(bytes, QByteArray("Name,City\r\nCaf\xC3\xA9,Brussels\r\n"));
}

void tst_CsvWriter::testQuoting()
{
    const QByteArray plain = writeRecords(CsvDialect::Plain,
                                          {{QStringLiteral("a,b"),
                                            QStringLiteral("say \"hi\""),
                                            QStringLiteral("two\nlines"),
                                            QStringLiteral("a;b"),
                                            QStringLiteral(" padded")}});
    QCOMPARE(plain, QByteArray("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",a;b,\" padded\"\r\n"));
    const QByteArray excel
        = writeRecords(CsvDialect::Excel, {{QStringLiteral("a,b"), QStringLiteral("a;b")}});
    QCOMPARE(excel,
             QByteArray("\xEF\xBB\xBF"
                        "a,b;\"a;b\"\r\n"));
    const QByteArray guarded
        = writeRecords(CsvDialect::Plain, {{QStringLiteral("=HYPERLINK(\"x\",1)")}});
    QCOMPARE(guarded, QByteArray("\"'=HYPERLINK(\"\"x\"\",1)\"\r\n"));
}

void tst_CsvWriter::testGuardRemovedOnImport()
{
    const QStringList cells{QStringLiteral("=1+2"),
                            QStringLiteral("+32 2 555 00 00"),
                            QStringLiteral("'quoted"),
                            QStringLiteral("@home"),
                            QStringLiteral("-minus")};
    for (const CsvDialect dialect : {CsvDialect::Excel, CsvDialect::Plain}) {
        const QByteArray bytes = writeRecords(dialect,
                                              {{QStringLiteral("A"),
                                                QStringLiteral("B"),
                                                QStringLiteral("C"),
                                                QStringLiteral("D"),
                                                QStringLiteral("E")},
                                               cells});
        auto table = CsvReader().read(bytes, QStringLiteral("export.csv"));
        QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().text()));
        QCOMPARE(table->rows.size(), 1);
        QCOMPARE(table->rows.constFirst().fields, cells);
        QCOMPARE(table->delimiter, dialect == CsvDialect::Excel ? QChar(u';') : QChar(u','));
    }
}

void tst_CsvWriter::testListExportColumnsAndOrder()
{
    const QString formula = QStringLiteral("=cmd|' /C calc'!A0");
    QVERIFY(!insertOrganisation(QStringLiteral("Zinc"), formula).isEmpty());
    QVERIFY(!insertOrganisation(QStringLiteral("Alpha; Beta"), QStringLiteral("Forest")).isEmpty());
    QVERIFY(!insertOrganisation(QStringLiteral("Mille \"Feuilles\""), QStringLiteral("-Uccle"))
                 .isEmpty());
    const QStringList titles = Store::listColumns(ListTable::Organisations);
    QCOMPARE(titles.at(0), QStringLiteral("Name"));
    QCOMPARE(titles.at(4), QStringLiteral("Locality"));

    ListCsvOptions options;
    options.query.table = ListTable::Organisations;
    options.query.sortColumn = 0;
    options.query.sortOrder = Qt::DescendingOrder;
    options.columns = {4, 0}; // a view that shows Locality before Name
    options.headers = {QStringLiteral("Locality"), QStringLiteral("Name")};
    options.dialect = CsvDialect::Excel;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto rows = ListCsvExport().write(*m_store, options, buffer);
    QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().text()));
    QCOMPARE(*rows, 3);
    QVERIFY(buffer.data().startsWith("\xEF\xBB\xBFLocality;Name\r\n"));
    QVERIFY(buffer.data().contains("\r\n'=cmd|' /C calc'!A0;Zinc\r\n"));

    auto table = CsvReader().read(buffer.data(), QStringLiteral("list.csv"));
    QVERIFY(table.ok());
    QCOMPARE(table->headers, options.headers);
    QCOMPARE(table->rows.size(), 3);
    QCOMPARE(table->rows.at(0).fields, (QStringList{formula, QStringLiteral("Zinc")}));
    QCOMPARE(table->rows.at(1).fields,
             (QStringList{QStringLiteral("-Uccle"), QStringLiteral("Mille \"Feuilles\"")}));
    QCOMPARE(table->rows.at(2).fields,
             (QStringList{QStringLiteral("Forest"), QStringLiteral("Alpha; Beta")}));
}

void tst_CsvWriter::testListExportFilter()
{
    QVERIFY(!insertOrganisation(QStringLiteral("Coopcycle Bruxelles"), QStringLiteral("Ixelles"))
                 .isEmpty());
    QVERIFY(!insertOrganisation(QStringLiteral("Smart"), QStringLiteral("Saint-Gilles")).isEmpty());
    ListCsvOptions options;
    options.query.table = ListTable::Organisations;
    options.query.filterText = QStringLiteral("coopcycle");
    const QString path = m_dir->filePath(QStringLiteral("filtered.csv"));
    const auto rows = ListCsvExport().writeFile(m_store->database().path(), options, path);
    QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().text()));
    QCOMPARE(*rows, 1);
    auto table = CsvReader().readFile(path);
    QVERIFY(table.ok());
    QCOMPARE(table->headers, Store::listColumns(ListTable::Organisations));
    QCOMPARE(table->rows.size(), 1);
    QCOMPARE(table->rows.constFirst().fields.constFirst(), QStringLiteral("Coopcycle Bruxelles"));
}

void tst_CsvWriter::testListExportCancelled()
{
    QVERIFY(!insertOrganisation(QStringLiteral("Smart"), QStringLiteral("Saint-Gilles")).isEmpty());
    auto cancel = std::make_shared<std::atomic_bool>(true);
    ListCsvExport exporter;
    exporter.setCancelFlag(cancel);
    ListCsvOptions options;
    const QString path = m_dir->filePath(QStringLiteral("cancelled.csv"));
    const auto rows = exporter.writeFile(m_store->database().path(), options, path);
    QVERIFY(!rows.ok());
    QVERIFY(rows.error().message.contains(QStringLiteral("cancelled")));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(tst_CsvWriter)
#include "tst_csvwriter.moc"
