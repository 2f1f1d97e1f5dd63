// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonstreamreader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace CoopAtlas::Core {

namespace {

class JsonStreamReaderText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::JsonStreamReader)
};

bool isSpace(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// Bytes that end a number, true, false or null.
bool endsScalar(int c)
{
    return c < 0 || isSpace(c) || c == ',' || c == ']' || c == '}' || c == ':';
}

} // namespace

JsonStreamReader::JsonStreamReader(QIODevice &device)
    : m_device(device)
{}

int JsonStreamReader::peekByte()
{
    if (m_pos < m_buffer.size()) {
        return quint8(m_buffer.at(m_pos));
    }
    if (m_atEnd) {
        return -1;
    }
    m_bufferStart += m_buffer.size();
    m_buffer = m_device.read(ChunkSize);
    m_pos = 0;
    if (m_buffer.isEmpty()) {
        m_atEnd = true;
        return -1;
    }
    return quint8(m_buffer.at(0));
}

void JsonStreamReader::skipSpace()
{
    while (isSpace(peekByte())) {
        ++m_pos;
    }
}

bool JsonStreamReader::fail(const QString &text, qint64 offset)
{
    if (m_errorText.isEmpty()) {
        m_errorText = text;
        m_errorOffset = offset;
    }
    return false;
}

bool JsonStreamReader::expect(char c, const QString &failure)
{
    if (hasError()) {
        return false;
    }
    skipSpace();
    if (peekByte() != quint8(c)) {
        return fail(failure, position());
    }
    ++m_pos;
    return true;
}

char JsonStreamReader::peekValueStart()
{
    skipSpace();
    const int c = peekByte();
    return c < 0 ? '\0' : char(c);
}

bool JsonStreamReader::enterObject()
{
    if (!expect('{', JsonStreamReaderText::tr("an object (\"{\") is expected"))) {
        return false;
    }
    m_firstMember.append(true);
    return true;
}

bool JsonStreamReader::nextKey(QString &key)
{
    if (hasError() || m_firstMember.isEmpty()) {
        return false;
    }
    skipSpace();
    if (peekByte() == '}') {
        ++m_pos;
        m_firstMember.removeLast();
        return false;
    }
    if (!m_firstMember.constLast()
        && !expect(',', JsonStreamReaderText::tr("a comma or \"}\" is expected"))) {
        return false;
    }
    m_firstMember.last() = false;
    if (peekValueStart() != '"') {
        return fail(JsonStreamReaderText::tr("a key in double quotes is expected"), position());
    }
    QJsonValue name;
    if (!readValue(name)) {
        return false;
    }
    key = name.toString();
    return expect(':', JsonStreamReaderText::tr("a colon after the key is expected"));
}

bool JsonStreamReader::enterArray()
{
    if (!expect('[', JsonStreamReaderText::tr("a list (\"[\") is expected"))) {
        return false;
    }
    m_firstMember.append(true);
    return true;
}

bool JsonStreamReader::nextElement()
{
    if (hasError() || m_firstMember.isEmpty()) {
        return false;
    }
    skipSpace();
    if (peekByte() == ']') {
        ++m_pos;
        m_firstMember.removeLast();
        return false;
    }
    if (!m_firstMember.constLast()
        && !expect(',', JsonStreamReaderText::tr("a comma or \"]\" is expected"))) {
        return false;
    }
    m_firstMember.last() = false;
    return true;
}

bool JsonStreamReader::appendByte(QByteArray &raw)
{
    raw.append(m_buffer.at(m_pos++));
    if (raw.size() > MaxValueSize) {
        return fail(JsonStreamReaderText::tr("a value is larger than %1 MB")
                        .arg(MaxValueSize / (1024 * 1024)),
                    position());
    }
    return true;
}

bool JsonStreamReader::captureString(QByteArray &raw)
{
    const qint64 start = position();
    if (!appendByte(raw)) { // the opening quote
        return false;
    }
    bool escaped = false;
    while (true) {
        if (peekByte() < 0) {
            return fail(JsonStreamReaderText::tr("the text that starts at byte %1 is not closed")
                            .arg(start),
                        position());
        }
        // Copies the run of bytes up to the closing quote, or the whole chunk.
        const qsizetype from = m_pos;
        bool closed = false;
        while (m_pos < m_buffer.size() && !closed) {
            const char c = m_buffer.at(m_pos++);
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else {
                closed = c == '"';
            }
        }
        raw.append(m_buffer.constData() + from, m_pos - from);
        if (raw.size() > MaxValueSize) {
            return fail(JsonStreamReaderText::tr("a value is larger than %1 MB")
                            .arg(MaxValueSize / (1024 * 1024)),
                        start);
        }
        if (closed) {
            return true;
        }
    }
}

bool JsonStreamReader::captureNested(QByteArray &raw)
{
    const qint64 start = position();
    int depth = 0;
    while (true) {
        const int next = peekByte();
        if (next < 0) {
            return fail(JsonStreamReaderText::tr("the list or object that starts at byte %1 is "
                                                 "not closed")
                            .arg(start),
                        position());
        }
        if (next == '"') {
            if (!captureString(raw)) {
                return false;
            }
            continue;
        }
        // Copies the run of bytes up to the next text, or to the closing bracket.
        const qsizetype from = m_pos;
        bool closed = false;
        while (m_pos < m_buffer.size() && !closed && m_buffer.at(m_pos) != '"') {
            const char c = m_buffer.at(m_pos++);
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                closed = --depth == 0;
            }
        }
        raw.append(m_buffer.constData() + from, m_pos - from);
        if (raw.size() > MaxValueSize) {
            return fail(JsonStreamReaderText::tr("a value is larger than %1 MB")
                            .arg(MaxValueSize / (1024 * 1024)),
                        start);
        }
        if (closed) {
            return true;
        }
    }
}

bool JsonStreamReader::captureScalar(QByteArray &raw)
{
    while (!endsScalar(peekByte())) {
        if (!appendByte(raw)) {
            return false;
        }
    }
    return true;
}

bool JsonStreamReader::readValue(QJsonValue &value)
{
    if (hasError()) {
        return false;
    }
    skipSpace();
    const qint64 start = position();
    const int first = peekByte();
    if (first < 0) {
        return fail(JsonStreamReaderText::tr("the file ends where a value is expected"), start);
    }
    QByteArray raw;
    const bool captured = first == '"'                   ? captureString(raw)
                          : first == '{' || first == '[' ? captureNested(raw)
                                                         : captureScalar(raw);
    if (!captured) {
        return false;
    }
    if (raw.isEmpty()) {
        return fail(JsonStreamReaderText::tr("a value is expected"), start);
    }
    // QJsonDocument parses only objects and arrays, so the value is read as a list of one.
    raw.prepend('[');
    raw.append(']');
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(raw, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(parseError.errorString(), start + qMax(0, parseError.offset - 1));
    }
    value = document.array().at(0);
    return true;
}

bool JsonStreamReader::finish()
{
    if (hasError()) {
        return false;
    }
    skipSpace();
    if (peekByte() >= 0) {
        return fail(JsonStreamReaderText::tr("text follows the end of the JSON document"),
                    position());
    }
    return true;
}

} // namespace CoopAtlas::Core
