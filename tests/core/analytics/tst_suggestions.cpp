// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testnetworks.h"

#include <core/analytics/suggestions.h>

#include <QTest>

#include <cmath>

using namespace CoopAtlas::Core;
using namespace CoopAtlas::Core::TestNetworks;

namespace {

enum Node {
    Holder,        // project holder in housing and mobility, at the prototype stage
    PeerOne,       // housing, prototype
    PeerTwo,       // mobility, launched
    PeerThree,     // housing and mobility, prototype
    PeerFour,      // housing, idea
    PeerFive,      // mobility, prototype
    FoodHolder,    // food only: not similar
    SupportOne,    // housing; supports peers one, two and three
    SupportTwo,    // food; supports the food holder and peer four; partners with the network
    FunderOne,     // housing and mobility; funds nobody yet
    SupportLinked, // already supports the holder
    NetworkOne,    // a network the holder partners with
};

NetworkSnapshot ecosystem()
{
    const QString holder = QStringLiteral("project-holder");
    const QString support = QStringLiteral("support-organisation");
    const QString housing = QStringLiteral("housing");
    const QString mobility = QStringLiteral("mobility");
    const QString prototype = QStringLiteral("prototype");
    QList<NetworkNode> nodes{
        organisation(Holder, holder, {housing, mobility}, prototype),
        organisation(PeerOne, holder, {housing}, prototype),
        organisation(PeerTwo, holder, {mobility}, QStringLiteral("launched")),
        organisation(PeerThree, holder, {housing, mobility}, prototype),
        organisation(PeerFour, holder, {housing}, QStringLiteral("idea")),
        organisation(PeerFive, holder, {mobility}, prototype),
        organisation(FoodHolder, holder, {QStringLiteral("food")}, prototype),
        organisation(SupportOne, support, {housing}),
        organisation(SupportTwo, support, {QStringLiteral("food")}),
        organisation(FunderOne, QStringLiteral("funder"), {housing, mobility}),
        organisation(SupportLinked, support, {housing, mobility}),
        organisation(NetworkOne, QStringLiteral("network"), {housing}),
    };
    const QList<std::tuple<int, int, const char *>> links{
        {SupportOne, PeerOne, "supports"},
        {SupportOne, PeerTwo, "supports"},
        {SupportOne, PeerThree, "supports"},
        {SupportTwo, FoodHolder, "supports"},
        {SupportTwo, PeerFour, "supports"},
        {SupportTwo, NetworkOne, "partners-with"},
        {SupportLinked, Holder, "supports"},
        {Holder, NetworkOne, "partners-with"},
    };
    QList<NetworkSnapshot::EdgeRecord> edges;
    for (const auto &[from, to, type] : links) {
        edges.append({QStringLiteral("l%1").arg(edges.size(), 2, 10, QLatin1Char('0')),
                      nodeId(from),
                      nodeId(to),
                      QLatin1String(type),
                      {},
                      {}});
    }
    NetworkSnapshot snapshot(nodes, edges);
    snapshot.setSectorLabels({{housing, housing}, {mobility, mobility}});
    return snapshot;
}

bool near(double actual, double expected)
{
    return std::abs(actual - expected) < 1e-9;
}

} // namespace

class tst_Suggestions : public QObject
{
    Q_OBJECT

private slots:
    void rankingHasKnownBest();
    void bestSuggestionReason();
    void bestSuggestionScoreParts();
    void funderGetsFundsLink();
    void neighbourReasonForWeakCandidate();
    void linkedAndNonSupportNodesLeftOut();
    void limitCutsList();
    void unknownHolderIsAnError();
    void supportOrganisationIsNotAHolder();
};

void tst_Suggestions::rankingHasKnownBest()
{
    auto suggestions = suggestPartners(ecosystem(), nodeId(Holder));
    QVERIFY(suggestions.ok());
    QCOMPARE(suggestions->size(), 3);
    QCOMPARE(suggestions->at(0).candidateId, nodeId(SupportOne));
    QCOMPARE(suggestions->at(1).candidateId, nodeId(FunderOne));
    QCOMPARE(suggestions->at(2).candidateId, nodeId(SupportTwo));
}

void tst_Suggestions::bestSuggestionReason()
{
    auto suggestions = suggestPartners(ecosystem(), nodeId(Holder));
    QVERIFY(suggestions.ok());
    QCOMPARE(suggestions->at(0).reason,
             QStringLiteral(
                 "Supports 3 of the 5 project holders in the same sectors (housing, mobility)."));
    QCOMPARE(suggestions->at(0).linkType, QStringLiteral("supports"));
    QCOMPARE(suggestions->at(0).fromId, nodeId(SupportOne));
    QCOMPARE(suggestions->at(0).toId, nodeId(Holder));
}

void tst_Suggestions::bestSuggestionScoreParts()
{
    auto suggestions = suggestPartners(ecosystem(), nodeId(Holder));
    QVERIFY(suggestions.ok());
    const SuggestionScore &parts = suggestions->at(0).parts;
    QVERIFY(near(parts.sectorOverlap, 0.5));
    // Two of the three holders it supports are at the prototype stage.
    QVERIFY(near(parts.stageFit, 2.0 / 3.0));
    QVERIFY(near(parts.services, 0.0));
    // Similar holders weigh 2 at the same stage, else 1: (2 + 1 + 2) / (2 + 1 + 2 + 1 + 2).
    QVERIFY(near(parts.peers, 5.0 / 8.0));
    QVERIFY(near(parts.neighbours, 0.0));
    QVERIFY(near(suggestions->at(0).score, 0.5 * 0.25 + 2.0 / 3.0 * 0.10 + 5.0 / 8.0 * 0.35));
}

void tst_Suggestions::funderGetsFundsLink()
{
    auto suggestions = suggestPartners(ecosystem(), nodeId(Holder));
    QVERIFY(suggestions.ok());
    const Suggestion &funder = suggestions->at(1);
    QCOMPARE(funder.linkType, QStringLiteral("funds"));
    QCOMPARE(funder.reason, QStringLiteral("Works in the same sectors (housing, mobility)."));
    QVERIFY(near(funder.score, 0.25));
}

void tst_Suggestions::neighbourReasonForWeakCandidate()
{
    auto suggestions = suggestPartners(ecosystem(), nodeId(Holder));
    QVERIFY(suggestions.ok());
    const Suggestion &weak = suggestions->at(2);
    // The holder works with two nodes (the network and the linked support
    // organisation); the candidate partners with one of them.
    QVERIFY(near(weak.parts.neighbours, 0.5));
    QVERIFY(near(weak.parts.peers, 1.0 / 8.0));
    QCOMPARE(weak.reason,
             QStringLiteral(
                 "Is linked to 1 of the organisations and people this project holder works with."));
}

void tst_Suggestions::linkedAndNonSupportNodesLeftOut()
{
    auto suggestions = suggestPartners(ecosystem(), nodeId(Holder));
    QVERIFY(suggestions.ok());
    for (const Suggestion &suggestion : suggestions.value()) {
        QVERIFY(suggestion.candidateId != nodeId(SupportLinked));
        QVERIFY(suggestion.candidateId != nodeId(NetworkOne));
        QVERIFY(suggestion.candidateId != nodeId(PeerOne));
    }
}

void tst_Suggestions::limitCutsList()
{
    SuggestionOptions options;
    options.limit = 1;
    auto suggestions = suggestPartners(ecosystem(), nodeId(Holder), options);
    QVERIFY(suggestions.ok());
    QCOMPARE(suggestions->size(), 1);
    QCOMPARE(suggestions->at(0).candidateId, nodeId(SupportOne));
}

void tst_Suggestions::unknownHolderIsAnError()
{
    auto suggestions = suggestPartners(ecosystem(), QStringLiteral("missing"));
    QVERIFY(!suggestions.ok());
    QCOMPARE(suggestions.error().context, QStringLiteral("missing"));
}

void tst_Suggestions::supportOrganisationIsNotAHolder()
{
    auto suggestions = suggestPartners(ecosystem(), nodeId(SupportOne));
    QVERIFY(!suggestions.ok());
    QVERIFY(suggestions.error().message.contains(QStringLiteral("Organisation 7")));
}

QTEST_GUILESS_MAIN(tst_Suggestions)
#include "tst_suggestions.moc"
