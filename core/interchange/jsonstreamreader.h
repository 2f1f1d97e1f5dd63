// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

class QIODevice;

namespace CoopAtlas::Core {

/// Pull reader of one JSON document (RFC 8259) from a device, read in chunks,
/// so that a file of any size is walked in bounded memory. The caller steps
/// through objects and arrays with enterObject()/nextKey() and
/// enterArray()/nextElement(), and reads each value that it needs whole with
/// readValue(), which QJsonDocument parses and checks.
///
/// A call that fails returns false and keeps the first failure in errorText()
/// and errorOffset(); every later call then fails too.
class JsonStreamReader
{
public:
    /// Largest value that readValue() accepts, in bytes of the file. Larger
    /// values fail, so that a damaged or hostile file cannot exhaust memory.
    static constexpr qsizetype MaxValueSize = qsizetype(256) * 1024 * 1024;
    /// Bytes read from the device at a time.
    static constexpr qsizetype ChunkSize = qsizetype(1024) * 1024;

    explicit JsonStreamReader(QIODevice &device);

    /// The first non-space character of the next value, or 0 at the end of the
    /// input, without consuming it.
    [[nodiscard]] char peekValueStart();

    /// Consumes the "{" of an object.
    [[nodiscard]] bool enterObject();
    /// Reads the next key of the current object and the ":" after it. Returns
    /// false after the closing "}", or on failure (see hasError()).
    [[nodiscard]] bool nextKey(QString &key);

    /// Consumes the "[" of an array.
    [[nodiscard]] bool enterArray();
    /// Moves to the next element of the current array, which the caller then
    /// reads. Returns false after the closing "]", or on failure.
    [[nodiscard]] bool nextElement();

    /// Reads one whole value of any type.
    [[nodiscard]] bool readValue(QJsonValue &value);

    /// Checks that only white space follows the document.
    [[nodiscard]] bool finish();

    [[nodiscard]] bool hasError() const { return !m_errorText.isEmpty(); }
    [[nodiscard]] const QString &errorText() const { return m_errorText; }
    /// Byte offset in the file where the failure was found.
    [[nodiscard]] qint64 errorOffset() const { return m_errorOffset; }

private:
    /// The next byte without consuming it, or -1 at the end of the input.
    [[nodiscard]] int peekByte();
    void skipSpace();
    [[nodiscard]] bool expect(char c, const QString &failure);
    [[nodiscard]] bool fail(const QString &text, qint64 offset);
    [[nodiscard]] bool appendByte(QByteArray &raw);
    [[nodiscard]] bool captureString(QByteArray &raw);
    [[nodiscard]] bool captureNested(QByteArray &raw);
    [[nodiscard]] bool captureScalar(QByteArray &raw);
    [[nodiscard]] qint64 position() const { return m_bufferStart + m_pos; }

    QIODevice &m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_bufferStart = 0; ///< file offset of m_buffer[0]
    bool m_atEnd = false;
    /// One entry per open object or array: true until its first member is read.
    QList<bool> m_firstMember;
    QString m_errorText;
    qint64 m_errorOffset = -1;
};

} // namespace CoopAtlas::Core
