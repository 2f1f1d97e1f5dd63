// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/analytics/metricstable.h>
#include <core/analytics/networksnapshot.h>
#include <ui/network/metricspanel.h>
#include <ui/network/metricstablemodel.h>

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace CoopAtlas;

class tst_MetricsTableModel : public QObject
{
    Q_OBJECT

private slots:
    void kindColumnShowsLabel();
    void filterListsSourceRowsInViewOrder();
    void exportWritesEveryRowOfAllNodes();
    void exportWritesEveryRowOfChosenSubset();
    void nameSortIgnoresCase();
    void columnsFitTheirTitles();
};

namespace {

constexpr int NodeCount = 30;

/// A path of 30 organisations "Node 00" to "Node 29" linked as partners. Every
/// third one is a project holder, so nodes 0, 3, ..., 27 are isolated project
/// holders. The others are networks.
Core::NetworkSnapshot pathOfThirty()
{
    QList<Core::NetworkNode> nodes;
    QList<Core::NetworkSnapshot::EdgeRecord> edges;
    for (int i = 0; i < NodeCount; ++i) {
        Core::NetworkNode node;
        node.id = QStringLiteral("n%1").arg(i, 2, 10, QLatin1Char('0'));
        node.kind = i % 3 == 0 ? QStringLiteral("project-holder") : QStringLiteral("network");
        node.label = QStringLiteral("Node %1").arg(i, 2, 10, QLatin1Char('0'));
        nodes.append(node);
        if (i > 0)
            edges.append({QStringLiteral("e%1").arg(i, 2, 10, QLatin1Char('0')),
                          nodes.at(i - 1).id,
                          node.id,
                          QStringLiteral("partners-with"),
                          {},
                          {}});
    }
    Core::NetworkSnapshot snapshot(nodes, edges);
    snapshot.setKindLabels({{QStringLiteral("project-holder"), QStringLiteral("Project holder")},
                            {QStringLiteral("network"), QStringLiteral("Network")}});
    return snapshot;
}

/// Unlinked organisations named `labels`, in that node order.
Core::NetworkSnapshot namedNodes(const QStringList &labels)
{
    QList<Core::NetworkNode> nodes;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        Core::NetworkNode node;
        node.id = QStringLiteral("n%1").arg(i, 2, 10, QLatin1Char('0'));
        node.kind = QStringLiteral("network");
        node.label = labels.at(i);
        nodes.append(node);
    }
    return Core::NetworkSnapshot(nodes, {});
}

/// The lines of a CSV file, without the empty string after the last line end.
QStringList fileLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

/// The first cell of each line after the header.
QStringList names(const QStringList &lines)
{
    QStringList first;
    for (qsizetype i = 1; i < lines.size(); ++i)
        first.append(lines.at(i).section(QLatin1Char(';'), 0, 0));
    return first;
}

} // namespace

void tst_MetricsTableModel::kindColumnShowsLabel()
{
    Ui::MetricsTableModel model;
    model.setTable(Core::MetricsTable(pathOfThirty(), Core::NetworkMetrics()));
    QCOMPARE(model.rowCount(), NodeCount);
    QCOMPARE(model.data(model.index(0, Core::MetricsTable::Kind), Qt::DisplayRole).toString(),
             QStringLiteral("Project holder"));
    QCOMPARE(model.data(model.index(1, Core::MetricsTable::Kind), Qt::DisplayRole).toString(),
             QStringLiteral("Network"));
    QCOMPARE(model.data(model.index(1, Core::MetricsTable::Kind), Qt::UserRole).toString(),
             QStringLiteral("Network"));
}

void tst_MetricsTableModel::filterListsSourceRowsInViewOrder()
{
    Ui::MetricsTableModel model;
    model.setTable(Core::MetricsTable(pathOfThirty(), Core::NetworkMetrics()));
    Ui::MetricsRowFilter filter;
    filter.setSourceModel(&model);
    filter.setSortRole(Qt::UserRole);
    filter.setRows(QSet<int>{4, 2, 9});
    filter.sort(Core::MetricsTable::Name, Qt::DescendingOrder);
    QCOMPARE(filter.sourceRows(), QList<int>({9, 4, 2}));
    filter.setRows(std::nullopt);
    QCOMPARE(filter.sourceRows().size(), NodeCount);
    QCOMPARE(filter.sourceRows().first(), NodeCount - 1);
}

void tst_MetricsTableModel::exportWritesEveryRowOfAllNodes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Ui::MetricsPanel panel;
    panel.resize(500, 160); // a few rows fit, and the others are scrolled out of view
    panel.show();
    QSignalSpy computed(&panel, &Ui::MetricsPanel::computed);
    panel.compute(pathOfThirty());
    QVERIFY(computed.wait(20000));
    panel.view()->sortByColumn(Core::MetricsTable::Name, Qt::DescendingOrder);

    const QString path = dir.filePath(QStringLiteral("all.csv"));
    QVERIFY(panel.exportCsv(path, QLatin1Char(';')).ok());
    const QStringList lines = fileLines(path);
    QCOMPARE(lines.size(), NodeCount + 1);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("Name;Type;Kind;")));
    QCOMPARE(names(lines).first(), QStringLiteral("Node 29"));
    QCOMPARE(names(lines).last(), QStringLiteral("Node 00"));
    QCOMPARE(lines.at(1).section(QLatin1Char(';'), 2, 2), QStringLiteral("Network"));
    QCOMPARE(lines.at(NodeCount).section(QLatin1Char(';'), 2, 2), QStringLiteral("Project holder"));
}

void tst_MetricsTableModel::exportWritesEveryRowOfChosenSubset()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Ui::MetricsPanel panel;
    panel.resize(500, 160);
    panel.show();
    QSignalSpy computed(&panel, &Ui::MetricsPanel::computed);
    panel.compute(pathOfThirty());
    QVERIFY(computed.wait(20000));
    // Item 1 is "Isolated project holders (10)".
    panel.subsetCombo()->setCurrentIndex(1);
    QCOMPARE(panel.view()->model()->rowCount(), 10);
    panel.view()->sortByColumn(Core::MetricsTable::Name, Qt::DescendingOrder);

    const QString path = dir.filePath(QStringLiteral("isolated.csv"));
    QVERIFY(panel.exportCsv(path, QLatin1Char(';')).ok());
    const QStringList lines = fileLines(path);
    QCOMPARE(lines.size(), 11);
    QStringList expected;
    for (int i = 27; i >= 0; i -= 3)
        expected.append(QStringLiteral("Node %1").arg(i, 2, 10, QLatin1Char('0')));
    QCOMPARE(names(lines), expected);
    QCOMPARE(lines.at(1).section(QLatin1Char(';'), 10, 10), QStringLiteral("yes"));
}

void tst_MetricsTableModel::nameSortIgnoresCase()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Belgium));
    Ui::MetricsTableModel model;
    model.setTable(Core::MetricsTable(namedNodes({QStringLiteral("Zumzeig"),
                                                  QStringLiteral("vzw DUO"),
                                                  QStringLiteral("Node 10"),
                                                  QStringLiteral("tat sccl"),
                                                  QStringLiteral("Écolo Coop"),
                                                  QStringLiteral("Node 9"),
                                                  QStringLiteral("abacus"),
                                                  QStringLiteral("XARXA AMBIENTAL")}),
                                      Core::NetworkMetrics()));
    Ui::MetricsRowFilter filter;
    QLocale::setDefault(previous);
    filter.setSourceModel(&model);
    filter.setSortRole(Qt::UserRole);
    filter.sort(Core::MetricsTable::Name, Qt::AscendingOrder);
    QStringList sorted;
    for (int row = 0; row < filter.rowCount(); ++row)
        sorted.append(filter.index(row, Core::MetricsTable::Name).data().toString());
    const QStringList expected{QStringLiteral("abacus"),
                               QStringLiteral("Écolo Coop"),
                               QStringLiteral("Node 9"),
                               QStringLiteral("Node 10"),
                               QStringLiteral("tat sccl"),
                               QStringLiteral("vzw DUO"),
                               QStringLiteral("XARXA AMBIENTAL"),
                               QStringLiteral("Zumzeig")};
    QCOMPARE(sorted, expected);
}

void tst_MetricsTableModel::columnsFitTheirTitles()
{
    Ui::MetricsPanel panel;
    panel.resize(1200, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy computed(&panel, &Ui::MetricsPanel::computed);
    panel.compute(pathOfThirty());
    QVERIFY(computed.wait(20000));
    const QHeaderView *header = panel.view()->horizontalHeader();
    for (int column = 0; column < Core::MetricsTable::columnCount(); ++column) {
        const QString title = Core::MetricsTable::columnTitle(column);
        QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                 qPrintable(QStringLiteral("%1: %2 px for %3 px")
                                .arg(title)
                                .arg(header->sectionSize(column))
                                .arg(header->sectionSizeHint(column))));
    }
    for (int column = 0; column < Core::MetricsTable::columnCount(); ++column)
        QCOMPARE(panel.model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString(),
                 Core::MetricsTable::columnTitle(column));
    // The widest name fits too.
    const QAbstractItemView *view = panel.view();
    QVERIFY(header->sectionSize(Core::MetricsTable::Name)
            >= view->sizeHintForColumn(Core::MetricsTable::Name));

    // Sorted by name from A to Z until the user chooses another order.
    QCOMPARE(panel.view()->model()->index(0, Core::MetricsTable::Name).data().toString(),
             QStringLiteral("Node 00"));

    const QString folder = qEnvironmentVariable("COOPATLAS_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        QVERIFY(panel.grab().save(QDir(folder).filePath(QStringLiteral("metrics.png"))));
}

QTEST_MAIN(tst_MetricsTableModel)
#include "tst_metricstablemodel.moc"
