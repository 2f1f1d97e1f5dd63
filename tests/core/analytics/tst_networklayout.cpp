// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testnetworks.h"

#include <core/analytics/networklayout.h>

#include <QTest>

#include <cmath>

using namespace CoopAtlas::Core;
using namespace CoopAtlas::Core::TestNetworks;

namespace {

/// A ring of `count` nodes with a chord every 7 nodes: above 1,000 nodes
/// igraph switches to the grid variant of the layout.
NetworkSnapshot ringWithChords(int count)
{
    QList<std::pair<int, int>> edges;
    for (int i = 0; i < count; ++i) {
        edges.append({i, (i + 1) % count});
        if (i % 7 == 0) {
            edges.append({i, (i + count / 3) % count});
        }
    }
    return graph(count, edges);
}

/// True when both layouts hold the same coordinates bit for bit.
bool identical(const NetworkLayout &a, const NetworkLayout &b)
{
    if (a.positions.size() != b.positions.size()) {
        return false;
    }
    for (int i = 0; i < a.positions.size(); ++i) {
        if (a.positions.at(i).x() != b.positions.at(i).x()
            || a.positions.at(i).y() != b.positions.at(i).y()) {
            return false;
        }
    }
    return true;
}

bool allFinite(const NetworkLayout &layout)
{
    return std::all_of(layout.positions.cbegin(), layout.positions.cend(), [](const QPointF &p) {
        return std::isfinite(p.x()) && std::isfinite(p.y());
    });
}

} // namespace

class tst_NetworkLayout : public QObject
{
    Q_OBJECT

private slots:
    void sameInputSameLayout();
    void otherSeedOtherLayout();
    void gridLayoutIsRepeatable();
    void pinnedNodesStayExactly();
    void pinnedNodesStayInGridLayout();
    void previousPositionsRunShorter();
    void linkedNodesEndCloserThanUnlinked();
    void progressCountsIterations();
    void cancelStopsLayout();
    void emptyNetworkGivesEmptyLayout();
};

void tst_NetworkLayout::sameInputSameLayout()
{
    const NetworkSnapshot snapshot = barbell(6);
    auto first = computeNetworkLayout(snapshot);
    auto second = computeNetworkLayout(snapshot);
    QVERIFY(first.ok());
    QVERIFY(second.ok());
    QCOMPARE(first->positions.size(), 12);
    QVERIFY(allFinite(first.value()));
    QVERIFY(identical(first.value(), second.value()));
}

void tst_NetworkLayout::otherSeedOtherLayout()
{
    const NetworkSnapshot snapshot = barbell(6);
    LayoutOptions options;
    options.seed = 7;
    auto first = computeNetworkLayout(snapshot);
    auto second = computeNetworkLayout(snapshot, options);
    QVERIFY(first.ok());
    QVERIFY(second.ok());
    QVERIFY(!identical(first.value(), second.value()));
}

void tst_NetworkLayout::gridLayoutIsRepeatable()
{
    const NetworkSnapshot snapshot = ringWithChords(1500);
    LayoutOptions options;
    options.iterations = 20;
    auto first = computeNetworkLayout(snapshot, options);
    auto second = computeNetworkLayout(snapshot, options);
    QVERIFY(first.ok());
    QVERIFY(second.ok());
    QVERIFY(allFinite(first.value()));
    QVERIFY(identical(first.value(), second.value()));
}

void tst_NetworkLayout::pinnedNodesStayExactly()
{
    const NetworkSnapshot snapshot = barbell(6);
    LayoutOptions options;
    options.pinned.insert(nodeId(0), QPointF(10.25, -3.5));
    options.pinned.insert(nodeId(11), QPointF(-7.0, 4.125));
    options.pinned.insert(QStringLiteral("not-in-network"), QPointF(1.0, 1.0));
    auto layout = computeNetworkLayout(snapshot, options);
    QVERIFY(layout.ok());
    QCOMPARE(layout->positions.at(0).x(), 10.25);
    QCOMPARE(layout->positions.at(0).y(), -3.5);
    QCOMPARE(layout->positions.at(11).x(), -7.0);
    QCOMPARE(layout->positions.at(11).y(), 4.125);
    // The free nodes moved away from their pinned neighbours' start.
    QVERIFY(layout->positions.at(1) != QPointF(10.25, -3.5));
}

void tst_NetworkLayout::pinnedNodesStayInGridLayout()
{
    const NetworkSnapshot snapshot = ringWithChords(1200);
    LayoutOptions options;
    options.iterations = 10;
    options.pinned.insert(nodeId(5), QPointF(100.0, 200.0));
    auto layout = computeNetworkLayout(snapshot, options);
    QVERIFY(layout.ok());
    QCOMPARE(layout->positions.at(5).x(), 100.0);
    QCOMPARE(layout->positions.at(5).y(), 200.0);
}

void tst_NetworkLayout::previousPositionsRunShorter()
{
    const NetworkSnapshot snapshot = barbell(6);
    LayoutOptions options;
    options.iterations = 200;
    auto first = computeNetworkLayout(snapshot, options);
    QVERIFY(first.ok());
    QCOMPARE(first->iterationsRun, 200);
    options.previous = first->byId(snapshot);
    auto second = computeNetworkLayout(snapshot, options);
    QVERIFY(second.ok());
    QCOMPARE(second->iterationsRun, 50);
    // The cooler restart keeps every node within a few units of where it was.
    for (int i = 0; i < snapshot.nodeCount(); ++i) {
        const QPointF moved = second->positions.at(i) - first->positions.at(i);
        QVERIFY2(std::hypot(moved.x(), moved.y()) < 5.0, qPrintable(nodeId(i)));
    }
}

void tst_NetworkLayout::linkedNodesEndCloserThanUnlinked()
{
    const NetworkSnapshot snapshot = barbell(6);
    auto layout = computeNetworkLayout(snapshot);
    QVERIFY(layout.ok());
    const auto distance = [&](int a, int b) {
        const QPointF d = layout->positions.at(a) - layout->positions.at(b);
        return std::hypot(d.x(), d.y());
    };
    // Nodes of one clique end nearer each other than the far ends of the two cliques.
    QVERIFY(distance(0, 1) < distance(0, 11));
}

void tst_NetworkLayout::progressCountsIterations()
{
    qint64 lastDone = 0;
    qint64 lastTotal = 0;
    int reports = 0;
    RunControl control;
    control.progress = [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
        ++reports;
    };
    LayoutOptions options;
    options.iterations = 40;
    auto layout = computeNetworkLayout(barbell(5), options, control);
    QVERIFY(layout.ok());
    QCOMPARE(lastTotal, 40);
    QCOMPARE(lastDone, 40);
    QVERIFY(reports >= 40);
}

void tst_NetworkLayout::cancelStopsLayout()
{
    auto cancel = std::make_shared<std::atomic_bool>(false);
    qint64 lastDone = 0;
    RunControl control;
    control.cancel = cancel;
    control.progress = [&](qint64 done, qint64) {
        lastDone = done;
        if (done == 3) {
            cancel->store(true);
        }
    };
    LayoutOptions options;
    options.iterations = 100;
    auto layout = computeNetworkLayout(barbell(5), options, control);
    QVERIFY(!layout.ok());
    QCOMPARE(lastDone, 3);
}

void tst_NetworkLayout::emptyNetworkGivesEmptyLayout()
{
    auto layout = computeNetworkLayout(NetworkSnapshot());
    QVERIFY(layout.ok());
    QVERIFY(layout->positions.isEmpty());
}

QTEST_GUILESS_MAIN(tst_NetworkLayout)
#include "tst_networklayout.moc"
