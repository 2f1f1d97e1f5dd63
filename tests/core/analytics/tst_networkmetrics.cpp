// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testnetworks.h"

#include <core/analytics/networkmetrics.h>

#include <QTest>

#include <cmath>

using namespace CoopAtlas::Core;
using namespace CoopAtlas::Core::TestNetworks;

namespace {

constexpr double Tolerance = 1e-6;

bool near(double actual, double expected)
{
    return std::abs(actual - expected) < Tolerance;
}

} // namespace

class tst_NetworkMetrics : public QObject
{
    Q_OBJECT

private slots:
    void starDegreeAndBetweenness();
    void starCloseness();
    void starEigenvector();
    void pathBetweenness();
    void barbellBridgeBetweenness();
    void barbellTwoCommunities();
    void barbellLeidenTwoCommunities();
    void barbellOneComponent();
    void barbellBrokersAreBridgeEnds();
    void separateGraphsTwoComponents();
    void nodeWithoutEdgesHasZeroCloseness();
    void emptyNetworkGivesEmptyMetrics();
    void directedBetweennessFollowsLinks();
    void cutoffBoundsBetweenness();
    void sameSeedSameCommunities();
    void cancelBeforeStartFails();
    void cancelFromProgressStops();
    void isolatedProjectHolderDefinition();
};

void tst_NetworkMetrics::starDegreeAndBetweenness()
{
    auto metrics = computeNetworkMetrics(star(4));
    QVERIFY2(metrics.ok(), qPrintable(metrics.ok() ? QString() : metrics.error().text()));
    QCOMPARE(metrics->degree, (QList<int>{4, 1, 1, 1, 1}));
    // Every pair of leaves (4 choose 2) has its one shortest path through the centre.
    QCOMPARE(metrics->betweenness, (QList<double>{6.0, 0.0, 0.0, 0.0, 0.0}));
}

void tst_NetworkMetrics::starCloseness()
{
    auto metrics = computeNetworkMetrics(star(4));
    QVERIFY(metrics.ok());
    QVERIFY(near(metrics->closeness.at(0), 1.0));
    // A leaf is 1 step from the centre and 2 from each of the 3 other leaves: 4 / 7.
    for (int leaf = 1; leaf <= 4; ++leaf) {
        QVERIFY2(near(metrics->closeness.at(leaf), 4.0 / 7.0),
                 qPrintable(QString::number(metrics->closeness.at(leaf))));
    }
}

void tst_NetworkMetrics::starEigenvector()
{
    auto metrics = computeNetworkMetrics(star(4));
    QVERIFY(metrics.ok());
    QVERIFY(near(metrics->eigenvector.at(0), 1.0));
    // The leading eigenvalue of a star with 4 leaves is 2, so a leaf scores 1 / 2.
    for (int leaf = 1; leaf <= 4; ++leaf) {
        QVERIFY2(near(metrics->eigenvector.at(leaf), 0.5),
                 qPrintable(QString::number(metrics->eigenvector.at(leaf))));
    }
}

void tst_NetworkMetrics::pathBetweenness()
{
    auto metrics = computeNetworkMetrics(path(5));
    QVERIFY(metrics.ok());
    QCOMPARE(metrics->betweenness, (QList<double>{0.0, 3.0, 4.0, 3.0, 0.0}));
    QCOMPARE(metrics->degree, (QList<int>{1, 2, 2, 2, 1}));
}

void tst_NetworkMetrics::barbellBridgeBetweenness()
{
    auto metrics = computeNetworkMetrics(barbell(4));
    QVERIFY(metrics.ok());
    // Node 3 carries the paths from nodes 0-2 to nodes 4-7 (3 x 4), node 4
    // those from nodes 0-3 to nodes 5-7 (4 x 3).
    QCOMPARE(metrics->betweenness.at(3), 12.0);
    QCOMPARE(metrics->betweenness.at(4), 12.0);
    for (int node : {0, 1, 2, 5, 6, 7}) {
        QCOMPARE(metrics->betweenness.at(node), 0.0);
    }
}

void tst_NetworkMetrics::barbellTwoCommunities()
{
    auto metrics = computeNetworkMetrics(barbell(4));
    QVERIFY(metrics.ok());
    QCOMPARE(metrics->clusters.size(), 2);
    QCOMPARE(metrics->clusters.at(0).members, (QList<int>{0, 1, 2, 3}));
    QCOMPARE(metrics->clusters.at(1).members, (QList<int>{4, 5, 6, 7}));
    QCOMPARE(metrics->community, (QList<int>{0, 0, 0, 0, 1, 1, 1, 1}));
    // Modularity of the two cliques: 2 * (12/26 - (13/26)^2).
    QVERIFY2(near(metrics->modularity, 2.0 * (12.0 / 26.0 - 0.25)),
             qPrintable(QString::number(metrics->modularity)));
}

void tst_NetworkMetrics::barbellLeidenTwoCommunities()
{
    MetricsOptions options;
    options.communityMethod = CommunityMethod::Leiden;
    auto metrics = computeNetworkMetrics(barbell(4), options);
    QVERIFY(metrics.ok());
    QCOMPARE(metrics->community, (QList<int>{0, 0, 0, 0, 1, 1, 1, 1}));
}

void tst_NetworkMetrics::barbellOneComponent()
{
    auto metrics = computeNetworkMetrics(barbell(4));
    QVERIFY(metrics.ok());
    QCOMPARE(metrics->componentCount, 1);
    QCOMPARE(metrics->component, QList<int>(8, 0));
}

void tst_NetworkMetrics::barbellBrokersAreBridgeEnds()
{
    MetricsOptions options;
    options.brokerCount = 5;
    auto metrics = computeNetworkMetrics(barbell(4), options);
    QVERIFY(metrics.ok());
    // Nodes with a betweenness of 0 are never brokers; equal scores keep node order.
    QCOMPARE(metrics->brokers, (QList<int>{3, 4}));
}

void tst_NetworkMetrics::separateGraphsTwoComponents()
{
    // A triangle (0, 1, 2) and a pair (3, 4): the larger component is number 0.
    auto metrics = computeNetworkMetrics(graph(5, {{3, 4}, {0, 1}, {1, 2}, {2, 0}}));
    QVERIFY(metrics.ok());
    QCOMPARE(metrics->componentCount, 2);
    QCOMPARE(metrics->component, (QList<int>{0, 0, 0, 1, 1}));
}

void tst_NetworkMetrics::nodeWithoutEdgesHasZeroCloseness()
{
    auto metrics = computeNetworkMetrics(graph(3, {{0, 1}}));
    QVERIFY(metrics.ok());
    QCOMPARE(metrics->closeness.at(2), 0.0);
    QCOMPARE(metrics->closeness.at(0), 1.0);
    QCOMPARE(metrics->componentCount, 2);
}

void tst_NetworkMetrics::emptyNetworkGivesEmptyMetrics()
{
    auto metrics = computeNetworkMetrics(NetworkSnapshot());
    QVERIFY(metrics.ok());
    QVERIFY(metrics->betweenness.isEmpty());
    QVERIFY(metrics->brokers.isEmpty());
    QCOMPARE(metrics->componentCount, 0);
}

void tst_NetworkMetrics::directedBetweennessFollowsLinks()
{
    // 0 -> 1 -> 2 and 2 -> 0: in the directed cycle each node lies on one path (the
    // path of length 2 between the other two).
    MetricsOptions options;
    options.directed = true;
    auto metrics = computeNetworkMetrics(graph(3, {{0, 1}, {1, 2}, {2, 0}}), options);
    QVERIFY(metrics.ok());
    QCOMPARE(metrics->betweenness, (QList<double>{1.0, 1.0, 1.0}));
    auto undirected = computeNetworkMetrics(graph(3, {{0, 1}, {1, 2}, {2, 0}}));
    QVERIFY(undirected.ok());
    QCOMPARE(undirected->betweenness, (QList<double>{0.0, 0.0, 0.0}));
}

void tst_NetworkMetrics::cutoffBoundsBetweenness()
{
    // On a path of 5 with paths of at most 2 steps, node 2 only lies on 1-3.
    MetricsOptions options;
    options.betweennessCutoff = 2;
    auto metrics = computeNetworkMetrics(path(5), options);
    QVERIFY(metrics.ok());
    QCOMPARE(metrics->betweenness, (QList<double>{0.0, 1.0, 1.0, 1.0, 0.0}));
}

void tst_NetworkMetrics::sameSeedSameCommunities()
{
    // Three cliques joined in a ring: Louvain's random node order could change
    // the numbering, the seed keeps it.
    QList<std::pair<int, int>> edges;
    for (int offset : {0, 5, 10}) {
        for (int a = 0; a < 5; ++a) {
            for (int b = a + 1; b < 5; ++b) {
                edges.append({offset + a, offset + b});
            }
        }
    }
    edges.append({4, 5});
    edges.append({9, 10});
    edges.append({14, 0});
    const NetworkSnapshot snapshot = graph(15, edges);
    auto first = computeNetworkMetrics(snapshot);
    auto second = computeNetworkMetrics(snapshot);
    QVERIFY(first.ok());
    QVERIFY(second.ok());
    QCOMPARE(first->community, second->community);
    QCOMPARE(first->clusters.size(), 3);
}

void tst_NetworkMetrics::cancelBeforeStartFails()
{
    auto cancel = std::make_shared<std::atomic_bool>(true);
    RunControl control;
    control.cancel = cancel;
    auto metrics = computeNetworkMetrics(star(4), {}, control);
    QVERIFY(!metrics.ok());
    QVERIFY(!metrics.error().message.isEmpty());
}

void tst_NetworkMetrics::cancelFromProgressStops()
{
    auto cancel = std::make_shared<std::atomic_bool>(false);
    int reports = 0;
    RunControl control;
    control.cancel = cancel;
    control.progress = [&](qint64, qint64) {
        ++reports;
        cancel->store(true);
    };
    auto metrics = computeNetworkMetrics(barbell(30), {}, control);
    QVERIFY(!metrics.ok());
    QVERIFY(reports >= 1);
    // igraph works again once the flag is cleared.
    cancel->store(false);
    control.progress = {};
    QVERIFY(computeNetworkMetrics(barbell(30), {}, control).ok());
}

void tst_NetworkMetrics::isolatedProjectHolderDefinition()
{
    const QString holder = QStringLiteral("project-holder");
    QList<NetworkNode> nodes{
        organisation(0, holder), // supported by a support organisation
        organisation(1, holder), // funded, link towards the funder
        organisation(2, holder), // only partners with the support organisation
        organisation(3, holder), // "supports" from a network
        organisation(4, holder), // no link at all
        organisation(5, QStringLiteral("support-organisation")),
        organisation(6, QStringLiteral("funder")),
        organisation(7, QStringLiteral("network")),
    };
    const auto link = [](const QString &id, int from, int to, const char *type) {
        return NetworkSnapshot::EdgeRecord{
            id, nodeId(from), nodeId(to), QLatin1String(type), {}, {}};
    };
    const NetworkSnapshot snapshot(nodes,
                                   {link(QStringLiteral("a"), 5, 0, "supports"),
                                    link(QStringLiteral("b"), 1, 6, "funds"),
                                    link(QStringLiteral("c"), 2, 5, "partners-with"),
                                    link(QStringLiteral("d"), 7, 3, "supports")});
    auto metrics = computeNetworkMetrics(snapshot);
    QVERIFY(metrics.ok());
    QCOMPARE(metrics->isolatedProjectHolders, (QList<int>{2, 3, 4}));
    QVERIFY(!isIsolatedProjectHolder(snapshot, 0));
    QVERIFY(!isIsolatedProjectHolder(snapshot, 5));
}

QTEST_GUILESS_MAIN(tst_NetworkMetrics)
#include "tst_networkmetrics.moc"
