// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/import/csvreader.h>

#include <QTest>

using namespace CoopAtlas::Core;

namespace {

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items) {
        list.append(QString::fromUtf8(item));
    }
    return list;
}

} // namespace

class tst_CsvReader : public QObject
{
    Q_OBJECT

private slots:
    void testDelimiters_data();
    void testDelimiters();
    void testBerlinFileIsTabSeparated();
    void testEncodings_data();
    void testEncodings();
    void testQuotedLineBreaksKeepLineNumbers();
    void testDoubledQuotes();
    void testLoneCarriageReturnKept();
    void testFormulaGuardRemoved();
    void testDuplicateHeadersRenamed();
    void testShortAndLongRows();
    void testUnclosedQuoteAtEndOfFile();
    void testBinaryFileRejected();
    void testHugeFieldRejected();
    void testEmptyFileRejected();
    void testMissingFileNamesPath();
    void testDirectoryFileRowCount();
};

void tst_CsvReader::testDelimiters_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("delimiter");
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << QStringLiteral(",");
    QTest::newRow("semicolon") << QByteArray("a;b;c\n1;2;3\n") << QStringLiteral(";");
    QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2\t3\n") << QStringLiteral("\t");
    QTest::newRow("semicolon with commas in quotes")
        << QByteArray("\"a,x\";\"b,y\";c\n1;2;3\n") << QStringLiteral(";");
}

void tst_CsvReader::testDelimiters()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, delimiter);
    const Result<CsvTable> table = CsvReader().read(bytes, QStringLiteral("t.csv"));
    QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().text()));
    QCOMPARE(QString(table->delimiter), delimiter);
    QCOMPARE(table->headers.size(), 3);
    QCOMPARE(table->rows.size(), 1);
    QCOMPARE(table->rows.first().fields, strings({"1", "2", "3"}));
}

void tst_CsvReader::testBerlinFileIsTabSeparated()
{
    const auto table
        = CsvReader().readFile(QStringLiteral(TESTS_DATA_DIR "/directories/"
                                                             "Wandelwoche_wandelwoche-ganz.csv"));
    QVERIFY(table.ok());
    QCOMPARE(table->delimiter, QChar(u'\t'));
    QCOMPARE(table->headers.size(), 12);
    QCOMPARE(table->headers.at(4), QStringLiteral("addr:housenumber"));
    QCOMPARE(table->encoding, TextEncoding::Utf8);
    QCOMPARE(table->rows.at(1).fields.at(0), QStringLiteral("Akademie für Suffizienz"));
}

void tst_CsvReader::testEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    const QString text = QStringLiteral("name;ville\nCafé Müller;Saint-Gilles – Sint-Gillis\n");
    QTest::newRow("utf-8") << text.toUtf8() << int(TextEncoding::Utf8);
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8()
                               << int(TextEncoding::Utf8WithBom);
    QByteArray le("\xFF\xFE");
    QByteArray be("\xFE\xFF");
    for (const QChar c : text) {
        le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    }
    QTest::newRow("utf-16le bom") << le << int(TextEncoding::Utf16LE);
    QTest::newRow("utf-16be bom") << be << int(TextEncoding::Utf16BE);
    QTest::newRow("utf-16be no bom") << be.mid(2) << int(TextEncoding::Utf16BE);
    // 0xE9 is "é", 0xFC "ü" and 0x96 the en dash in Windows-1252.
    QTest::newRow("windows-1252") << QByteArray(
        "name;ville\nCaf\xE9 M\xFCller;Saint-Gilles \x96 Sint-Gillis\n")
                                  << int(TextEncoding::Windows1252);
}

void tst_CsvReader::testEncodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    const auto table = CsvReader().read(bytes, QStringLiteral("t.csv"));
    QVERIFY(table.ok());
    QCOMPARE(int(table->encoding), encoding);
    QCOMPARE(table->headers, strings({"name", "ville"}));
    QCOMPARE(table->rows.size(), 1);
    QCOMPARE(table->rows.first().fields.at(0), QStringLiteral("Café Müller"));
    QCOMPARE(table->rows.first().fields.at(1), QStringLiteral("Saint-Gilles – Sint-Gillis"));
}

void tst_CsvReader::testQuotedLineBreaksKeepLineNumbers()
{
    const QByteArray bytes("a,b\r\n\"one\r\ntwo\r\nthree\",x\r\nlast,y\r\n");
    const auto table = CsvReader().read(bytes, QStringLiteral("t.csv"));
    QVERIFY(table.ok());
    QCOMPARE(table->rows.size(), 2);
    // Line breaks inside quotes are kept as written.
    QCOMPARE(table->rows.at(0).fields.at(0), QStringLiteral("one\r\ntwo\r\nthree"));
    QCOMPARE(table->rows.at(0).line, 2);
    QCOMPARE(table->rows.at(0).record, 1);
    QCOMPARE(table->rows.at(1).line, 5);
    QCOMPARE(table->rows.at(1).record, 2);
    QCOMPARE(table->rows.at(1).fields.at(0), QStringLiteral("last"));
}

void tst_CsvReader::testLoneCarriageReturnKept()
{
    const auto table
        = CsvReader().read("a,b\n\"old\rmac\",\"unix\nline\"\n2,3\n", QStringLiteral("t.csv"));
    QVERIFY(table.ok());
    QCOMPARE(table->rows.size(), 2);
    QCOMPARE(table->rows.at(0).fields.at(0), QStringLiteral("old\rmac"));
    QCOMPARE(table->rows.at(0).fields.at(1), QStringLiteral("unix\nline"));
    QCOMPARE(table->rows.at(1).line, 5); // the lone CR counts as a line break
}

void tst_CsvReader::testFormulaGuardRemoved()
{
    const auto table
        = CsvReader().read("a,b,c,d\n\"'\rcr\",'\ttab,' =space,'quoted\n", QStringLiteral("t.csv"));
    QVERIFY(table.ok());
    QCOMPARE(table->rows.size(), 1);
    const CsvRow &row = table->rows.constFirst();
    QCOMPARE(row.fields,
             QStringList({QStringLiteral("\rcr"),
                          QStringLiteral("\ttab"),
                          QStringLiteral(" =space"),
                          QStringLiteral("'quoted")}));
    QCOMPARE(row.unguardedFields, QList<qsizetype>({0, 1, 2}));
    QVERIFY(row.isUnguarded(2));
    QVERIFY(!row.isUnguarded(3));
}

void tst_CsvReader::testDoubledQuotes()
{
    const auto table
        = CsvReader().read("a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n", QStringLiteral("t.csv"));
    QVERIFY(table.ok());
    QCOMPARE(table->rows.first().fields.at(0), QStringLiteral("say \"hi\""));
    QCOMPARE(table->rows.first().fields.at(1), QStringLiteral("\""));
}

void tst_CsvReader::testDuplicateHeadersRenamed()
{
    const auto table
        = CsvReader().read("Name,Email,Name,,Name\n1,2,3,4,5\n", QStringLiteral("d.csv"));
    QVERIFY(table.ok());
    QCOMPARE(table->headers, strings({"Name", "Email", "Name (2)", "Column 4", "Name (3)"}));
    QCOMPARE(table->warnings.size(), 2);
    QVERIFY(table->warnings.first().contains(QStringLiteral("column 1")));
    QVERIFY(table->warnings.first().contains(QStringLiteral("\"Name (2)\"")));
    QCOMPARE(table->rows.first().fields.at(2), QStringLiteral("3"));
}

void tst_CsvReader::testShortAndLongRows()
{
    const auto table = CsvReader().read("a,b,c\n1\n1,2,3,4\n\n", QStringLiteral("t.csv"));
    QVERIFY(table.ok());
    QCOMPARE(table->rows.size(), 2);
    QCOMPARE(table->rows.at(0).fields, strings({"1", "", ""}));
    QCOMPARE(table->rows.at(1).fields, strings({"1", "2", "3"}));
    QCOMPARE(table->warnings.size(), 1);
    QVERIFY(table->warnings.first().contains(QStringLiteral("line 3")));
}

void tst_CsvReader::testUnclosedQuoteAtEndOfFile()
{
    const auto table
        = CsvReader().read("a,b\n1,2\n3,\"open\nstill open\n", QStringLiteral("q.csv"));
    QVERIFY(!table.ok());
    QCOMPARE(table.error().context, QStringLiteral("q.csv, line 3, column \"b\""));
    QVERIFY(table.error().message.contains(QStringLiteral("not closed")));
    QVERIFY(table.error().message.contains(QStringLiteral("line 3")));
}

void tst_CsvReader::testBinaryFileRejected()
{
    QByteArray bytes("PK\x03\x04");
    bytes.append(QByteArray(64, '\0')).append("more,junk\n");
    const auto table = CsvReader().read(bytes, QStringLiteral("archive.csv"));
    QVERIFY(!table.ok());
    QCOMPARE(table.error().context, QStringLiteral("archive.csv, line 1"));
    QVERIFY(table.error().message.contains(QStringLiteral("not a text file")));
    QVERIFY(table.error().message.contains(QStringLiteral("line 1 contains a NUL byte")));
}

void tst_CsvReader::testHugeFieldRejected()
{
    QByteArray bytes("name,notes\nok,small\nbig,\"");
    bytes.append(QByteArray(10 * 1024 * 1024, 'x'));
    bytes.append("\"\n");
    const auto table = CsvReader().read(bytes, QStringLiteral("big.csv"));
    QVERIFY(!table.ok());
    QCOMPARE(table.error().context, QStringLiteral("big.csv, line 3, column \"notes\""));
    QVERIFY(table.error().message.contains(QStringLiteral("1048576 characters")));
}

void tst_CsvReader::testEmptyFileRejected()
{
    for (const QByteArray &bytes : {QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray("\r\n")}) {
        const auto table = CsvReader().read(bytes, QStringLiteral("empty.csv"));
        QVERIFY(!table.ok());
        QCOMPARE(table.error().context, QStringLiteral("empty.csv"));
        QVERIFY(table.error().message.contains(QStringLiteral("The file is empty")));
    }
}

void tst_CsvReader::testMissingFileNamesPath()
{
    const auto table = CsvReader().readFile(QStringLiteral("/nonexistent/contacts.csv"));
    QVERIFY(!table.ok());
    QCOMPARE(table.error().context, QStringLiteral("/nonexistent/contacts.csv"));
}

void tst_CsvReader::testDirectoryFileRowCount()
{
    // dotcoop-expected.csv has 5,208 records; Python's csv module counts the same.
    const auto table
        = CsvReader().readFile(QStringLiteral(TESTS_DATA_DIR "/directories/dotcoop-expected.csv"));
    QVERIFY(table.ok());
    QCOMPARE(table->rows.size(), 5208);
    QCOMPARE(table->headers.size(), 24);
    QCOMPARE(table->rows.at(1).fields.at(1), QStringLiteral("CSC Corporate Domains, Inc."));
    const auto ica
        = CsvReader().readFile(QStringLiteral(TESTS_DATA_DIR "/directories/ica-expected.csv"));
    QVERIFY(ica.ok());
    QCOMPARE(ica->rows.size(), 316);
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
