// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/import/htmltext.h>

#include <QTest>

using namespace CoopAtlas::Core;

class tst_HtmlText : public QObject
{
    Q_OBJECT

private slots:
    void plainTextFromHtml_data();
    void plainTextFromHtml();
    void htmlTagsDetected_data();
    void htmlTagsDetected();
};

void tst_HtmlText::plainTextFromHtml_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");

    QTest::newRow("paragraphs") << QStringLiteral("<p>One.</p>\n\n<p>Two.</p>")
                                << QStringLiteral("One.\n\nTwo.");
    QTest::newRow("line break") << QStringLiteral("Rue Haute 88<br>1000 Bruxelles<br/>")
                                << QStringLiteral("Rue Haute 88\n1000 Bruxelles");
    QTest::newRow("two line breaks")
        << QStringLiteral("a<br><br>b<br><br><br>c") << QStringLiteral("a\n\nb\n\nc");
    QTest::newRow("list") << QStringLiteral("<p>Areas:</p><ul>\n\t<li>one</li>\n\t<li>two</li>\n"
                                            "</ul><p>End</p>")
                          << QStringLiteral("Areas:\n\n- one\n- two\n\nEnd");
    QTest::newRow("list first") << QStringLiteral("<ol><li>first</li><li>second</li></ol>")
                                << QStringLiteral("- first\n- second");
    QTest::newRow("named references")
        << QStringLiteral("Fish &amp; chips &lt;b&gt; &quot;x&quot; caf&eacute; 10&nbsp;&euro;")
        << QStringLiteral("Fish & chips <b> \"x\" caf\u00E9 10 \u20AC");
    QTest::newRow("numeric references")
        << QStringLiteral("l&#39;&eacute;conomie &#x27;sociale&#X27; &#8211; ok")
        << QStringLiteral("l'\u00E9conomie 'sociale' \u2013 ok");
    QTest::newRow("astral numeric reference")
        << QStringLiteral("<p>&#128512;</p>") << QString::fromUcs4(U"\U0001F600", 1);
    QTest::newRow("unknown and broken references")
        << QStringLiteral("<b>&bogus; &#xZZ; &#0; & alone</b>")
        << QStringLiteral("&bogus; &#xZZ; &#0; & alone");
    QTest::newRow("whitespace collapsed")
        << QStringLiteral("  <p>  many \t\n  spaces&nbsp;&nbsp;here </p>  ")
        << QStringLiteral("many spaces here");
    QTest::newRow("inline tags and attributes") << QStringLiteral(
        "<p class=\"intro\" title='a > b'>See <a href=\"https://x.coop/?a=1&amp;b=2\">"
        "<strong>x</strong>.coop</a></p>") << QStringLiteral("See x.coop");
    QTest::newRow("comment script style")
        << QStringLiteral("<!-- <p>hidden</p> --><style>p { color: red }</style>Visible"
                          "<script>if (a < b) {}</script> text")
        << QStringLiteral("Visible text");
    QTest::newRow("less-than sign in text")
        << QStringLiteral("<p>1 < 2 and 3 <4</p>") << QStringLiteral("1 < 2 and 3 <4");
    QTest::newRow("heading and div")
        << QStringLiteral("<h2>Title</h2><div>Body</div>") << QStringLiteral("Title\n\nBody");
    QTest::newRow("upper-case tags")
        << QStringLiteral("<P>One</P><BR>Two<LI>Three") << QStringLiteral("One\n\nTwo\n- Three");
    QTest::newRow("unclosed tag") << QStringLiteral("text <p class=\"x") << QStringLiteral("text");
    QTest::newRow("empty") << QString() << QString();
}

void tst_HtmlText::plainTextFromHtml()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(htmlToPlainText(html), expected);
}

void tst_HtmlText::htmlTagsDetected_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");

    QTest::newRow("paragraph") << QStringLiteral("<p>x</p>") << true;
    QTest::newRow("self-closing break") << QStringLiteral("a<br/>b") << true;
    QTest::newRow("end tag only") << QStringLiteral("a</li>") << true;
    QTest::newRow("plain text") << QStringLiteral("Cooperative since 1970") << false;
    QTest::newRow("comparison") << QStringLiteral("1 < 2 > 0") << false;
    QTest::newRow("no closing bracket") << QStringLiteral("a <b") << false;
    QTest::newRow("reference only") << QStringLiteral("Fish &amp; chips") << false;
}

void tst_HtmlText::htmlTagsDetected()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(containsHtmlTags(text), expected);
}

QTEST_GUILESS_MAIN(tst_HtmlText)
#include "tst_htmltext.moc"
