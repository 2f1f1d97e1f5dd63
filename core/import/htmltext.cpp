// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltext.h"

#include <QHash>
#include <QSet>

namespace CoopAtlas::Core {

namespace {

/// Named character references that directory descriptions use, without the
/// "&" and ";".
const QHash<QString, char32_t> &namedReferences()
{
    static const QHash<QString, char32_t> names = {
        {QStringLiteral("amp"), U'&'},         {QStringLiteral("lt"), U'<'},
        {QStringLiteral("gt"), U'>'},          {QStringLiteral("quot"), U'"'},
        {QStringLiteral("apos"), U'\''},       {QStringLiteral("nbsp"), U'\u00A0'},
        {QStringLiteral("shy"), U'\u00AD'},    {QStringLiteral("copy"), U'\u00A9'},
        {QStringLiteral("reg"), U'\u00AE'},    {QStringLiteral("deg"), U'\u00B0'},
        {QStringLiteral("laquo"), U'\u00AB'},  {QStringLiteral("raquo"), U'\u00BB'},
        {QStringLiteral("middot"), U'\u00B7'}, {QStringLiteral("euro"), U'\u20AC'},
        {QStringLiteral("ndash"), U'\u2013'},  {QStringLiteral("mdash"), U'\u2014'},
        {QStringLiteral("lsquo"), U'\u2018'},  {QStringLiteral("rsquo"), U'\u2019'},
        {QStringLiteral("ldquo"), U'\u201C'},  {QStringLiteral("rdquo"), U'\u201D'},
        {QStringLiteral("bdquo"), U'\u201E'},  {QStringLiteral("hellip"), U'\u2026'},
        {QStringLiteral("bull"), U'\u2022'},   {QStringLiteral("agrave"), U'\u00E0'},
        {QStringLiteral("aacute"), U'\u00E1'}, {QStringLiteral("acirc"), U'\u00E2'},
        {QStringLiteral("auml"), U'\u00E4'},   {QStringLiteral("ccedil"), U'\u00E7'},
        {QStringLiteral("egrave"), U'\u00E8'}, {QStringLiteral("eacute"), U'\u00E9'},
        {QStringLiteral("ecirc"), U'\u00EA'},  {QStringLiteral("euml"), U'\u00EB'},
        {QStringLiteral("iacute"), U'\u00ED'}, {QStringLiteral("icirc"), U'\u00EE'},
        {QStringLiteral("iuml"), U'\u00EF'},   {QStringLiteral("ntilde"), U'\u00F1'},
        {QStringLiteral("oacute"), U'\u00F3'}, {QStringLiteral("ocirc"), U'\u00F4'},
        {QStringLiteral("ouml"), U'\u00F6'},   {QStringLiteral("ugrave"), U'\u00F9'},
        {QStringLiteral("uacute"), U'\u00FA'}, {QStringLiteral("ucirc"), U'\u00FB'},
        {QStringLiteral("uuml"), U'\u00FC'},   {QStringLiteral("szlig"), U'\u00DF'},
        {QStringLiteral("Agrave"), U'\u00C0'}, {QStringLiteral("Eacute"), U'\u00C9'},
        {QStringLiteral("Egrave"), U'\u00C8'}, {QStringLiteral("Ccedil"), U'\u00C7'},
        {QStringLiteral("Auml"), U'\u00C4'},   {QStringLiteral("Ouml"), U'\u00D6'},
        {QStringLiteral("Uuml"), U'\u00DC'},
    };
    return names;
}

/// Elements whose start and end separate paragraphs.
const QSet<QString> &paragraphElements()
{
    static const QSet<QString> names
        = {QStringLiteral("p"),          QStringLiteral("div"),    QStringLiteral("h1"),
           QStringLiteral("h2"),         QStringLiteral("h3"),     QStringLiteral("h4"),
           QStringLiteral("h5"),         QStringLiteral("h6"),     QStringLiteral("ul"),
           QStringLiteral("ol"),         QStringLiteral("dl"),     QStringLiteral("table"),
           QStringLiteral("blockquote"), QStringLiteral("pre"),    QStringLiteral("section"),
           QStringLiteral("article"),    QStringLiteral("header"), QStringLiteral("footer"),
           QStringLiteral("address"),    QStringLiteral("figure"), QStringLiteral("hr")};
    return names;
}

/// Elements whose start begins a new line.
const QSet<QString> &lineElements()
{
    static const QSet<QString> names
        = {QStringLiteral("tr"), QStringLiteral("dt"), QStringLiteral("dd")};
    return names;
}

bool isTagStart(const QString &html, qsizetype at)
{
    if (at + 1 >= html.size() || html.at(at) != u'<') {
        return false;
    }
    const QChar next = html.at(at + 1);
    return (next.isLetter() && next.unicode() < 128) || next == u'/' || next == u'!';
}

/// Plain text under construction. Whitespace and line breaks are kept pending
/// until the next visible character, so none appear at the start or the end.
class TextBuilder
{
public:
    void appendText(QChar c)
    {
        if (c.isSpace()) {
            m_pendingSpace = true;
            return;
        }
        if (!m_text.isEmpty()) {
            if (m_pendingBreaks > 0) {
                m_text += QString(m_pendingBreaks, u'\n');
            } else if (m_pendingSpace) {
                m_text += u' ';
            }
        }
        if (m_pendingBreaks > 0 || m_text.isEmpty()) {
            m_text += m_pendingPrefix;
        }
        m_pendingBreaks = 0;
        m_pendingSpace = false;
        m_pendingPrefix.clear();
        m_text += c;
    }
    void appendCodePoint(char32_t codePoint)
    {
        const char32_t units[] = {codePoint};
        for (const QChar c : QString::fromUcs4(units, 1)) {
            appendText(c);
        }
    }
    /// Requests `count` line breaks (1 for a new line, 2 for a blank line).
    void breakLines(int count) { m_pendingBreaks = std::max(m_pendingBreaks, count); }
    /// Adds a line break on top of those already requested, as <br> does.
    void addLineBreak() { m_pendingBreaks = std::min(m_pendingBreaks + 1, 2); }
    void startListItem()
    {
        breakLines(1);
        m_pendingPrefix = QStringLiteral("- ");
    }
    [[nodiscard]] QString text() const { return m_text; }

private:
    QString m_text;
    QString m_pendingPrefix;
    int m_pendingBreaks = 0;
    bool m_pendingSpace = false;
};

/// Decodes the character reference at `at` ("&amp;", "&#39;", "&#x27;") into
/// `out`; returns the index after it, or `at` when there is no valid reference.
qsizetype decodeReference(const QString &html, qsizetype at, TextBuilder &out)
{
    constexpr qsizetype MaxReferenceLength = 32;
    const qsizetype end = html.indexOf(u';', at + 1);
    if (end < 0 || end - at > MaxReferenceLength) {
        return at;
    }
    const QString name = html.mid(at + 1, end - at - 1);
    if (name.startsWith(u'#')) {
        bool ok = false;
        const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
        const uint value = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
        if (!ok || value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
            return at;
        }
        out.appendCodePoint(char32_t(value));
        return end + 1;
    }
    const auto it = namedReferences().constFind(name);
    if (it == namedReferences().constEnd()) {
        return at;
    }
    out.appendCodePoint(*it);
    return end + 1;
}

/// Returns the index after the end tag of the script or style element `name`
/// whose content starts at `from`.
qsizetype skipRawText(const QString &html, qsizetype from, const QString &name)
{
    const qsizetype end = html.indexOf(QStringLiteral("</") + name, from, Qt::CaseInsensitive);
    if (end < 0) {
        return html.size();
    }
    const qsizetype close = html.indexOf(u'>', end);
    return close < 0 ? html.size() : close + 1;
}

/// Reads the tag that starts at `at` into `name` (lower case) and `closing`,
/// and returns the index after it.
qsizetype readTag(const QString &html, qsizetype at, QString &name, bool &closing)
{
    if (html.mid(at, 4) == u"<!--") {
        const qsizetype end = html.indexOf(QStringLiteral("-->"), at + 4);
        name.clear();
        return end < 0 ? html.size() : end + 3;
    }
    qsizetype i = at + 1;
    closing = html.at(i) == u'/';
    if (closing) {
        ++i;
    }
    const qsizetype nameStart = i;
    while (i < html.size() && (html.at(i).isLetterOrNumber())) {
        ++i;
    }
    name = html.mid(nameStart, i - nameStart).toLower();
    QChar quote;
    for (; i < html.size(); ++i) {
        const QChar c = html.at(i);
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            }
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'>') {
            return i + 1;
        }
    }
    return html.size();
}

void applyTag(const QString &name, bool closing, TextBuilder &out)
{
    if (name == u"br") {
        out.addLineBreak();
    } else if (name == u"li" && !closing) {
        out.startListItem();
    } else if (paragraphElements().contains(name)) {
        out.breakLines(2);
    } else if (lineElements().contains(name) && !closing) {
        out.breakLines(1);
    }
}

} // namespace

bool containsHtmlTags(const QString &text)
{
    for (qsizetype at = text.indexOf(u'<'); at >= 0; at = text.indexOf(u'<', at + 1)) {
        if (!isTagStart(text, at)) {
            continue;
        }
        if (text.indexOf(u'>', at) > at) {
            return true;
        }
    }
    return false;
}

QString htmlToPlainText(const QString &html)
{
    TextBuilder out;
    qsizetype i = 0;
    while (i < html.size()) {
        const QChar c = html.at(i);
        if (c == u'<' && isTagStart(html, i)) {
            QString name;
            bool closing = false;
            i = readTag(html, i, name, closing);
            if (!closing && (name == u"script" || name == u"style")) {
                i = skipRawText(html, i, name);
            }
            applyTag(name, closing, out);
            continue;
        }
        if (c == u'&') {
            const qsizetype next = decodeReference(html, i, out);
            if (next > i) {
                i = next;
                continue;
            }
        }
        out.appendText(c);
        ++i;
    }
    return out.text();
}

} // namespace CoopAtlas::Core
