// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "changesreplylayout.h"

#include <cstring>

namespace CoopAtlas::Core {

namespace {

/// A cursor over JSON text that skips values without building them.
class JsonCursor
{
public:
    explicit JsonCursor(QByteArrayView text)
        : m_text(text)
    {}

    /// Skips whitespace, then consumes `expected` when it is the next byte.
    bool consume(char expected)
    {
        skipWhitespace();
        if (m_position >= m_text.size() || m_text[m_position] != expected) {
            return false;
        }
        ++m_position;
        return true;
    }

    /// True when the next byte after whitespace is `expected`. Consumes nothing.
    bool nextIs(char expected)
    {
        skipWhitespace();
        return m_position < m_text.size() && m_text[m_position] == expected;
    }

    /// Reads an object key and the colon after it. Fails on a key with an
    /// escape sequence, whose decoded text this cursor does not compute.
    bool key(QByteArrayView &name)
    {
        if (!consume('"')) {
            return false;
        }
        const qsizetype start = m_position;
        if (!skipStringRest()) {
            return false;
        }
        name = m_text.sliced(start, m_position - 1 - start);
        return !name.contains('\\') && consume(':');
    }

    /// Skips one value of any type and returns its text.
    bool value(QByteArrayView &text)
    {
        skipWhitespace();
        if (m_position >= m_text.size()) {
            return false;
        }
        const qsizetype start = m_position;
        const char first = m_text[m_position];
        bool skipped = false;
        if (first == '"') {
            ++m_position;
            skipped = skipStringRest();
        } else if (first == '{' || first == '[') {
            skipped = skipContainer();
        } else {
            skipped = skipScalar();
        }
        if (skipped) {
            text = m_text.sliced(start, m_position - start);
        }
        return skipped;
    }

private:
    void skipWhitespace()
    {
        while (m_position < m_text.size()) {
            const char c = m_text[m_position];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            ++m_position;
        }
    }

    /// Moves past the closing quote of a string whose opening quote is already
    /// consumed. A quote ends the string when an even number of backslashes
    /// precedes it, because each escape sequence starts with one backslash.
    bool skipStringRest()
    {
        const char *data = m_text.data();
        const qsizetype contentStart = m_position;
        qsizetype from = m_position;
        while (from < m_text.size()) {
            const void *found = std::memchr(data + from, '"', size_t(m_text.size() - from));
            if (!found) {
                return false;
            }
            const qsizetype quote = static_cast<const char *>(found) - data;
            qsizetype backslashes = 0;
            while (quote - backslashes > contentStart && data[quote - backslashes - 1] == '\\') {
                ++backslashes;
            }
            if (backslashes % 2 == 0) {
                m_position = quote + 1;
                return true;
            }
            from = quote + 1;
        }
        return false;
    }

    /// Moves past an object or array, counting brackets outside strings.
    bool skipContainer()
    {
        qsizetype depth = 0;
        while (m_position < m_text.size()) {
            const char c = m_text[m_position++];
            if (c == '"') {
                if (!skipStringRest()) {
                    return false;
                }
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return true;
            }
        }
        return false;
    }

    /// Moves past a number, true, false or null.
    bool skipScalar()
    {
        const qsizetype start = m_position;
        while (m_position < m_text.size()) {
            const char c = m_text[m_position];
            if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r'
                || c == '\t') {
                break;
            }
            ++m_position;
        }
        return m_position > start;
    }

    QByteArrayView m_text;
    qsizetype m_position = 0;
};

/// Reads one element of `results` and returns the text of its `doc` object.
bool scanResult(JsonCursor &cursor, QByteArrayView &document)
{
    document = {};
    if (!cursor.nextIs('{')) {
        QByteArrayView ignored;
        return cursor.value(ignored);
    }
    cursor.consume('{');
    if (cursor.consume('}')) {
        return true;
    }
    bool sawDocument = false;
    do {
        QByteArrayView name;
        QByteArrayView text;
        if (!cursor.key(name) || !cursor.value(text)) {
            return false;
        }
        if (name == "doc") {
            if (sawDocument) {
                return false;
            }
            sawDocument = true;
            if (text.startsWith('{')) {
                document = text;
            }
        }
    } while (cursor.consume(','));
    return cursor.consume('}');
}

bool scanResults(JsonCursor &cursor, QList<QByteArrayView> &documents)
{
    if (!cursor.consume('[')) {
        return false;
    }
    if (cursor.consume(']')) {
        return true;
    }
    do {
        QByteArrayView document;
        if (!scanResult(cursor, document)) {
            return false;
        }
        documents.append(document);
    } while (cursor.consume(','));
    return cursor.consume(']');
}

} // namespace

std::optional<ChangesReplyLayout> ChangesReplyLayout::scan(QByteArrayView body)
{
    JsonCursor cursor(body);
    ChangesReplyLayout layout;
    if (!cursor.consume('{') || cursor.consume('}')) {
        return std::nullopt;
    }
    bool sawResults = false;
    bool sawLastSeq = false;
    bool sawPending = false;
    do {
        QByteArrayView name;
        if (!cursor.key(name)) {
            return std::nullopt;
        }
        bool scanned = false;
        if (name == "results") {
            scanned = !sawResults && scanResults(cursor, layout.documents);
            sawResults = true;
        } else if (name == "last_seq") {
            scanned = !sawLastSeq && cursor.value(layout.lastSeq);
            sawLastSeq = true;
        } else if (name == "pending") {
            scanned = !sawPending && cursor.value(layout.pending);
            sawPending = true;
        } else {
            QByteArrayView ignored;
            scanned = cursor.value(ignored);
        }
        if (!scanned) {
            return std::nullopt;
        }
    } while (cursor.consume(','));
    if (!cursor.consume('}') || !sawResults) {
        return std::nullopt;
    }
    return layout;
}

} // namespace CoopAtlas::Core
