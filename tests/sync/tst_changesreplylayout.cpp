// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/sync/changesreplylayout.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace CoopAtlas::Core;

namespace {

/// The object that `text` parses to, or an empty object when it is not one.
QJsonObject parsedObject(QByteArrayView text)
{
    return QJsonDocument::fromJson(text.toByteArray()).object();
}

/// The doc of result `index` of a parsed reply body.
QJsonObject parsedDocument(const QByteArray &body, qsizetype index)
{
    const QJsonArray results = QJsonDocument::fromJson(body).object().value(u"results").toArray();
    return results.at(index).toObject().value(u"doc").toObject();
}

} // namespace

class tst_ChangesReplyLayout : public QObject
{
    Q_OBJECT

private slots:
    void pouchDbReplyGivesDocumentTexts();
    void indentedReplyGivesDocumentTexts();
    void trickyStringsKeepBoundaries();
    void resultWithoutDocumentGivesEmptyText();
    void opaqueSequenceTextIsKept();
    void emptyResultsGiveNoTexts();
    void unusableBodiesAreRejected_data();
    void unusableBodiesAreRejected();
};

void tst_ChangesReplyLayout::pouchDbReplyGivesDocumentTexts()
{
    // Key order and spacing as the sync test server (express-pouchdb 4.2) writes them.
    const QByteArray body
        = R"({"results":[{"id":"organisation:a","changes":[{"rev":"1-x"}],)"
          R"("doc":{"name":"SAW-B","_id":"organisation:a","_rev":"1-x","sectors":["culture"]},)"
          R"("seq":1},{"id":"person:b","changes":[{"rev":"2-y"}],)"
          R"("doc":{"formatted_name":"Ana","_id":"person:b","_rev":"2-y","member_count":12},)"
          R"("seq":2}],"last_seq":2,"pending":40})";

    const auto layout = ChangesReplyLayout::scan(body);

    QVERIFY(layout.has_value());
    QCOMPARE(layout->documents.size(), 2);
    QCOMPARE(layout->documents.at(0).toByteArray(),
             QByteArray(R"({"name":"SAW-B","_id":"organisation:a","_rev":"1-x",)"
                        R"("sectors":["culture"]})"));
    QCOMPARE(parsedObject(layout->documents.at(0)), parsedDocument(body, 0));
    QCOMPARE(parsedObject(layout->documents.at(1)), parsedDocument(body, 1));
    QCOMPARE(layout->lastSeq.toByteArray(), QByteArray("2"));
    QCOMPARE(layout->pending.toByteArray(), QByteArray("40"));
}

void tst_ChangesReplyLayout::indentedReplyGivesDocumentTexts()
{
    const QJsonObject document{{QStringLiteral("_id"), QStringLiteral("note:c")},
                               {QStringLiteral("text"), QStringLiteral("Réunion")},
                               {QStringLiteral("extra"), QJsonObject{{QStringLiteral("n"), 1}}}};
    const QJsonObject change{{QStringLiteral("seq"), 7},
                             {QStringLiteral("doc"), document},
                             {QStringLiteral("id"), QStringLiteral("note:c")}};
    const QByteArray body
        = QJsonDocument(QJsonObject{{QStringLiteral("results"), QJsonArray{change, change}},
                                    {QStringLiteral("last_seq"), 7},
                                    {QStringLiteral("pending"), 0}})
              .toJson(QJsonDocument::Indented);

    const auto layout = ChangesReplyLayout::scan(body);

    QVERIFY(layout.has_value());
    QCOMPARE(layout->documents.size(), 2);
    QCOMPARE(parsedObject(layout->documents.at(0)), document);
    QCOMPARE(parsedObject(layout->documents.at(1)), document);
    QCOMPARE(layout->lastSeq.toByteArray(), QByteArray("7"));
    QCOMPARE(layout->pending.toByteArray(), QByteArray("0"));
}

void tst_ChangesReplyLayout::trickyStringsKeepBoundaries()
{
    // Brackets and quotes inside strings, a string that ends in an escaped
    // backslash, an escaped quote before a brace, and "doc" as a nested key.
    const QByteArray body
        = R"({"last_seq":"9-g1","results":[{"doc":{"_id":"organisation:d",)"
          R"("name":"Coop {\"Lumière\"} [1]","path":"C:\\","note":"\\\"}",)"
          R"("extra":{"doc":{"results":["]"]},"list":[[],{}]}},"id":"organisation:d"},)"
          R"({"id":"organisation:e","doc":{"_id":"organisation:e","name":"\u00e9\"\\"}}]})";

    const auto layout = ChangesReplyLayout::scan(body);

    QVERIFY(layout.has_value());
    QCOMPARE(layout->documents.size(), 2);
    const QJsonObject first = parsedObject(layout->documents.at(0));
    QCOMPARE(first, parsedDocument(body, 0));
    QCOMPARE(first.value(u"name").toString(), QStringLiteral("Coop {\"Lumière\"} [1]"));
    QCOMPARE(first.value(u"path").toString(), QStringLiteral("C:\\"));
    QCOMPARE(first.value(u"note").toString(), QStringLiteral("\\\"}"));
    const QJsonObject second = parsedObject(layout->documents.at(1));
    QCOMPARE(second, parsedDocument(body, 1));
    QCOMPARE(second.value(u"name").toString(), QStringLiteral("é\"\\"));
    QCOMPARE(layout->pending.toByteArray(), QByteArray());
}

void tst_ChangesReplyLayout::resultWithoutDocumentGivesEmptyText()
{
    const QByteArray body
        = R"({"results":[{"id":"person:f","deleted":true,"changes":[{"rev":"3-z"}]},)"
          R"({"id":"person:g","doc":null},{"id":"person:h","doc":{"_id":"person:h"}}],)"
          R"("last_seq":12})";

    const auto layout = ChangesReplyLayout::scan(body);

    QVERIFY(layout.has_value());
    QCOMPARE(layout->documents.size(), 3);
    QVERIFY(layout->documents.at(0).isEmpty());
    QVERIFY(layout->documents.at(1).isEmpty());
    QCOMPARE(layout->documents.at(2).toByteArray(), QByteArray(R"({"_id":"person:h"})"));
}

void tst_ChangesReplyLayout::opaqueSequenceTextIsKept()
{
    // CouchDB 3 sends sequences as strings.
    const QByteArray body = R"({"results":[],"last_seq":"12-g1AAAAE\"x","pending":3})";

    const auto layout = ChangesReplyLayout::scan(body);

    QVERIFY(layout.has_value());
    QCOMPARE(layout->lastSeq.toByteArray(), QByteArray(R"("12-g1AAAAE\"x")"));
    QCOMPARE(layout->pending.toByteArray(), QByteArray("3"));
}

void tst_ChangesReplyLayout::emptyResultsGiveNoTexts()
{
    const auto layout = ChangesReplyLayout::scan(R"( { "results" : [ ] , "last_seq" : 0 } )");

    QVERIFY(layout.has_value());
    QCOMPARE(layout->documents.size(), 0);
    QCOMPARE(layout->lastSeq.toByteArray(), QByteArray("0"));
}

void tst_ChangesReplyLayout::unusableBodiesAreRejected_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("web page") << QByteArray("<html><body>Wi-Fi login</body></html>");
    QTest::newRow("array") << QByteArray(R"([{"results":[]}])");
    QTest::newRow("results missing") << QByteArray(R"({"last_seq":1})");
    QTest::newRow("results not a list") << QByteArray(R"({"results":5,"last_seq":1})");
    QTest::newRow("results twice") << QByteArray(R"({"results":[],"results":[],"last_seq":1})");
    QTest::newRow("doc twice") << QByteArray(R"({"results":[{"doc":{},"doc":{}}],"last_seq":1})");
    QTest::newRow("escaped key") << QByteArray(
        R"({"results":[{"d\u006fc":{"_id":"note:a"}}],"last_seq":1})");
    QTest::newRow("cut in a document")
        << QByteArray(R"({"results":[{"doc":{"_id":"note:a","text":"ab)");
    QTest::newRow("cut in a string") << QByteArray(R"({"results":[{"doc":{"_id":"note:a\")");
    QTest::newRow("cut after results") << QByteArray(R"({"results":[{"doc":{}}])");
    QTest::newRow("missing colon") << QByteArray(R"({"results" [],"last_seq":1})");
}

void tst_ChangesReplyLayout::unusableBodiesAreRejected()
{
    QFETCH(QByteArray, body);

    QVERIFY(!ChangesReplyLayout::scan(body).has_value());
}

QTEST_GUILESS_MAIN(tst_ChangesReplyLayout)
#include "tst_changesreplylayout.moc"
