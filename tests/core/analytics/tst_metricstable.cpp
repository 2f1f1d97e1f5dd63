// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testnetworks.h"

#include <core/analytics/metricstable.h>

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace CoopAtlas::Core;
using namespace CoopAtlas::Core::TestNetworks;

namespace {

/// A path of three nodes whose names need the formula guard and quoting: a
/// project holder, a support organisation and a person.
MetricsTable pathTable()
{
    QList<NetworkNode> nodes{organisation(0, QStringLiteral("project-holder")),
                             organisation(1, QStringLiteral("support-organisation")),
                             organisation(2)};
    nodes[0].label = QStringLiteral("=HYPERLINK(\"x\")");
    nodes[1].label = QStringLiteral("Coop; \"Brussels\"");
    nodes[2].label = QStringLiteral("-minus, +plus");
    nodes[2].type = NetworkNode::Type::Person;
    nodes[2].kind.clear();
    NetworkSnapshot snapshot(
        nodes,
        {{QStringLiteral("e0"), nodeId(0), nodeId(1), QStringLiteral("mentors"), {}, {}},
         {QStringLiteral("e1"), nodeId(1), nodeId(2), QStringLiteral("works-at"), {}, {}}});
    // The support organisation kind has no label, so its key is shown.
    snapshot.setKindLabels({{QStringLiteral("project-holder"), QStringLiteral("Project holder")}});
    auto metrics = computeNetworkMetrics(snapshot);
    return MetricsTable(snapshot, metrics.ok() ? metrics.value() : NetworkMetrics());
}

QStringList splitLines(const QByteArray &data)
{
    QStringList lines = QString::fromUtf8(data).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.constLast().isEmpty()) {
        lines.removeLast();
    }
    return lines;
}

QStringList csvLines(const MetricsTable &table, QChar delimiter)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!table.writeCsv(buffer, delimiter).ok()) {
        return {};
    }
    return splitLines(buffer.data());
}

} // namespace

class tst_MetricsTable : public QObject
{
    Q_OBJECT

private slots:
    void valuesPerColumn();
    void kindColumnShowsLabel();
    void csvOfChosenRowsInOrder();
    void saveCsvWritesChosenRows();
    void csvWithSemicolons();
    void csvWithCommas();
    void csvCellGuardsFormulas_data();
    void csvCellGuardsFormulas();
    void otherDelimiterIsAnError();
    void saveCsvWritesFile();
    void saveCsvToMissingFolderFails();
};

void tst_MetricsTable::valuesPerColumn()
{
    const MetricsTable table = pathTable();
    QCOMPARE(table.rowCount(), 3);
    QCOMPARE(MetricsTable::columnCount(), 11);
    QCOMPARE(table.value(1, MetricsTable::Degree), QVariant(2));
    QCOMPARE(table.value(1, MetricsTable::Betweenness), QVariant(1.0));
    QCOMPARE(table.text(0, MetricsTable::Closeness), QStringLiteral("0.666667"));
    QCOMPARE(table.text(1, MetricsTable::BrokerRank), QStringLiteral("1"));
    QVERIFY(!table.value(0, MetricsTable::BrokerRank).isValid());
    QCOMPARE(table.text(0, MetricsTable::Isolated), QStringLiteral("yes"));
    QCOMPARE(table.text(2, MetricsTable::Type), QStringLiteral("Person"));
    QCOMPARE(table.nodeId(2), nodeId(2));
    QCOMPARE(MetricsTable::columnTitle(MetricsTable::Eigenvector),
             QStringLiteral("Eigenvector centrality"));
}

void tst_MetricsTable::kindColumnShowsLabel()
{
    const MetricsTable table = pathTable();
    QCOMPARE(table.value(0, MetricsTable::Kind), QVariant(QStringLiteral("Project holder")));
    QCOMPARE(table.text(0, MetricsTable::Kind), QStringLiteral("Project holder"));
    QCOMPARE(table.text(1, MetricsTable::Kind), QStringLiteral("support-organisation"));
    QVERIFY(!table.value(2, MetricsTable::Kind).isValid());
}

void tst_MetricsTable::csvOfChosenRowsInOrder()
{
    const MetricsTable table = pathTable();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(table.writeCsv(buffer, QLatin1Char(';'), {2, 7, 0, -1}).ok());
    const QStringList lines = splitLines(buffer.data());
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("Name;Type;Kind;")));
    QCOMPARE(lines.at(1), QStringLiteral("'-minus, +plus;Person;;1;0;0.666667;0.707107;1;1;;"));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("\"'=HYPERLINK(")));
    QCOMPARE(table.allRows(), QList<int>({0, 1, 2}));
}

void tst_MetricsTable::saveCsvWritesChosenRows()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("broker.csv"));
    QVERIFY(pathTable().saveCsv(path, QLatin1Char(','), {1}).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = splitLines(file.readAll());
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1),
             QStringLiteral("\"Coop; \"\"Brussels\"\"\",Organisation,support-organisation,2,1,1,"
                            "1,1,1,1,"));
}

void tst_MetricsTable::csvWithSemicolons()
{
    const QStringList lines = csvLines(pathTable(), QLatin1Char(';'));
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0),
             QStringLiteral("Name;Type;Kind;Degree;Betweenness;Closeness;Eigenvector centrality;"
                            "Community;Component;Broker rank;Isolated project holder"));
    QCOMPARE(lines.at(1),
             QStringLiteral("'=HYPERLINK(\"\"x\"\")\";Organisation;Project holder;1;0;0.666667;"
                            "0.707107;1;1;;yes")
                 .prepend(QLatin1Char('"')));
    QCOMPARE(lines.at(2),
             QStringLiteral("\"Coop; \"\"Brussels\"\"\";Organisation;support-organisation;2;1;1;"
                            "1;1;1;1;"));
    QCOMPARE(lines.at(3), QStringLiteral("'-minus, +plus;Person;;1;0;0.666667;0.707107;1;1;;"));
}

void tst_MetricsTable::csvWithCommas()
{
    const QStringList lines = csvLines(pathTable(), QLatin1Char(','));
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("Name,Type,Kind,Degree,")));
    QCOMPARE(lines.at(3), QStringLiteral("\"'-minus, +plus\",Person,,1,0,0.666667,0.707107,1,1,,"));
}

void tst_MetricsTable::csvCellGuardsFormulas_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell");
    QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("plus") << QStringLiteral("+32 2 000") << QStringLiteral("'+32 2 000");
    QTest::newRow("minus") << QStringLiteral("-5") << QStringLiteral("'-5");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("plain") << QStringLiteral("SAW-B") << QStringLiteral("SAW-B");
    QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("line break") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
}

void tst_MetricsTable::csvCellGuardsFormulas()
{
    QFETCH(QString, text);
    QFETCH(QString, cell);
    QCOMPARE(MetricsTable::csvCell(text, QLatin1Char(';')), cell);
}

void tst_MetricsTable::otherDelimiterIsAnError()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto written = pathTable().writeCsv(buffer, QLatin1Char('\t'));
    QVERIFY(!written.ok());
    QVERIFY(buffer.data().isEmpty());
}

void tst_MetricsTable::saveCsvWritesFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("metrics.csv"));
    QVERIFY(pathTable().saveCsv(path, QLatin1Char(';')).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(data.startsWith("Name;Type;"));
    QCOMPARE(data.count("\r\n"), 4);
}

void tst_MetricsTable::saveCsvToMissingFolderFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing/metrics.csv"));
    auto saved = pathTable().saveCsv(path, QLatin1Char(';'));
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().context, path);
}

QTEST_GUILESS_MAIN(tst_MetricsTable)
#include "tst_metricstable.moc"
