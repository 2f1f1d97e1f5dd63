// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcardproperty.h"

#include <core/import/textdecoding.h>

#include <QStringDecoder>

namespace CoopAtlas::Core {

namespace {

struct PhysicalLine
{
    qsizetype number = 0;
    QByteArray bytes;
};

QList<PhysicalLine> physicalLines(const QByteArray &bytes)
{
    QList<PhysicalLine> lines;
    qsizetype number = 0;
    for (const QByteArray &line : bytes.split('\n')) {
        ++number;
        QByteArray copy = line;
        if (copy.endsWith('\r')) {
            copy.chop(1);
        }
        lines.append({number, copy});
    }
    return lines;
}

/// Index of the first `separator` outside double quotes, or -1.
qsizetype indexOutsideQuotes(QByteArrayView text, char separator, qsizetype from = 0)
{
    bool quoted = false;
    for (qsizetype i = from; i < text.size(); ++i) {
        if (text.at(i) == '"') {
            quoted = !quoted;
        } else if (!quoted && text.at(i) == separator) {
            return i;
        }
    }
    return -1;
}

QList<QByteArrayView> splitOutsideQuotes(QByteArrayView text, char separator)
{
    QList<QByteArrayView> parts;
    qsizetype start = 0;
    for (qsizetype end = indexOutsideQuotes(text, separator); end >= 0;
         end = indexOutsideQuotes(text, separator, start)) {
        parts.append(text.sliced(start, end - start));
        start = end + 1;
    }
    parts.append(text.sliced(start));
    return parts;
}

bool isQuotedPrintableHead(const QByteArray &line)
{
    const qsizetype colon = indexOutsideQuotes(line, ':');
    const QByteArray head = line.left(colon < 0 ? line.size() : colon).toUpper();
    return head.contains("QUOTED-PRINTABLE");
}

QString bareParameterName(const QString &value)
{
    static const QStringList encodings = {QStringLiteral("QUOTED-PRINTABLE"),
                                          QStringLiteral("BASE64"),
                                          QStringLiteral("B"),
                                          QStringLiteral("8BIT"),
                                          QStringLiteral("7BIT")};
    return encodings.contains(value.toUpper()) ? QStringLiteral("ENCODING")
                                               : QStringLiteral("TYPE");
}

void addParameter(VCardProperty &property, QByteArrayView parameter)
{
    const qsizetype equals = indexOutsideQuotes(parameter, '=');
    QString name;
    QByteArrayView values = parameter;
    if (equals < 0) {
        name = bareParameterName(QString::fromUtf8(parameter).trimmed());
    } else {
        name = QString::fromUtf8(parameter.first(equals)).trimmed().toUpper();
        values = parameter.sliced(equals + 1);
    }
    QStringList list;
    for (const QByteArrayView value : splitOutsideQuotes(values, ',')) {
        QString text = QString::fromUtf8(value).trimmed();
        if (text.size() >= 2 && text.startsWith(u'"') && text.endsWith(u'"')) {
            text = text.mid(1, text.size() - 2);
        }
        list.append(text);
    }
    for (auto &existing : property.parameters) {
        if (existing.first == name) {
            existing.second.append(list);
            return;
        }
    }
    property.parameters.append({name, list});
}

std::optional<VCardProperty> parseLogicalLine(const QByteArray &line, qsizetype number)
{
    const qsizetype colon = indexOutsideQuotes(line, ':');
    if (colon <= 0) {
        return std::nullopt;
    }
    VCardProperty property;
    property.line = number;
    property.rawValue = line.mid(colon + 1);
    const QList<QByteArrayView> head = splitOutsideQuotes(QByteArrayView(line).first(colon), ';');
    QString name = QString::fromUtf8(head.first()).trimmed();
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot >= 0) {
        property.group = name.left(dot);
        name = name.mid(dot + 1);
    }
    property.name = name.toUpper();
    for (qsizetype i = 1; i < head.size(); ++i) {
        if (!head.at(i).trimmed().isEmpty()) {
            addParameter(property, head.at(i));
        }
    }
    return property;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

QString decodeCharset(const QByteArray &data, const QString &charset)
{
    const QString upper = charset.toUpper();
    if (upper == u"UTF-8" || upper == u"UTF8") {
        return QString::fromUtf8(data);
    }
    static const QStringList windowsAliases = {QStringLiteral("WINDOWS-1252"),
                                               QStringLiteral("CP1252"),
                                               QStringLiteral("ISO-8859-1"),
                                               QStringLiteral("ISO8859-1"),
                                               QStringLiteral("LATIN1"),
                                               QStringLiteral("US-ASCII")};
    if (windowsAliases.contains(upper)) {
        return decodeWindows1252(data);
    }
    if (!upper.isEmpty()) {
        QStringDecoder decoder(charset.toLatin1().constData());
        if (decoder.isValid()) {
            return decoder.decode(data);
        }
    }
    return isValidUtf8(data) ? QString::fromUtf8(data) : decodeWindows1252(data);
}

} // namespace

QStringList VCardProperty::parameter(const QString &parameterName) const
{
    for (const auto &entry : parameters) {
        if (entry.first == parameterName) {
            return entry.second;
        }
    }
    return {};
}

bool VCardProperty::hasParameterValue(const QString &parameterName, const QString &value) const
{
    return parameter(parameterName).contains(value, Qt::CaseInsensitive);
}

QStringList VCardProperty::types() const
{
    QStringList result;
    for (const QString &type : parameter(QStringLiteral("TYPE"))) {
        for (const QString &part : type.split(u',', Qt::SkipEmptyParts)) {
            result.append(part.trimmed().toLower());
        }
    }
    return result;
}

bool VCardProperty::isQuotedPrintable() const
{
    return hasParameterValue(QStringLiteral("ENCODING"), QStringLiteral("QUOTED-PRINTABLE"));
}

bool VCardProperty::isBase64() const
{
    return hasParameterValue(QStringLiteral("ENCODING"), QStringLiteral("B"))
           || hasParameterValue(QStringLiteral("ENCODING"), QStringLiteral("BASE64"));
}

QString VCardProperty::text() const
{
    const QByteArray data = isQuotedPrintable() ? decodeQuotedPrintable(rawValue) : rawValue;
    return decodeCharset(data, parameter(QStringLiteral("CHARSET")).value(0));
}

QByteArray VCardProperty::bytes() const
{
    if (isBase64()) {
        QByteArray compact = rawValue;
        compact.replace(' ', QByteArray()).replace('\t', QByteArray());
        return QByteArray::fromBase64(compact);
    }
    return isQuotedPrintable() ? decodeQuotedPrintable(rawValue) : rawValue;
}

QList<VCardProperty> splitVCardProperties(const QByteArray &bytes)
{
    QList<VCardProperty> properties;
    QByteArray current;
    qsizetype currentLine = 0;
    bool quotedPrintable = false;
    bool version21 = false;

    const auto flush = [&] {
        if (currentLine == 0) {
            return;
        }
        if (auto property = parseLogicalLine(current, currentLine)) {
            if (property->name == u"BEGIN") {
                version21 = false;
            } else if (property->name == u"VERSION") {
                version21 = property->rawValue.trimmed() == "2.1";
            }
            properties.append(std::move(*property));
        }
        current.clear();
        currentLine = 0;
    };

    for (const PhysicalLine &line : physicalLines(bytes)) {
        const bool folded = line.bytes.startsWith(' ') || line.bytes.startsWith('\t');
        if (currentLine != 0 && folded) {
            current += version21 ? line.bytes : line.bytes.mid(1);
            continue;
        }
        if (currentLine != 0 && quotedPrintable && current.endsWith('=')) {
            current.chop(1);
            current += line.bytes;
            continue;
        }
        flush();
        if (line.bytes.trimmed().isEmpty()) {
            continue;
        }
        current = line.bytes;
        currentLine = line.number;
        quotedPrintable = isQuotedPrintableHead(current);
    }
    flush();
    return properties;
}

QByteArray decodeQuotedPrintable(const QByteArray &encoded)
{
    QByteArray decoded;
    decoded.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        if (c != '=') {
            decoded.append(c);
            continue;
        }
        if (i + 2 < encoded.size() && hexValue(encoded.at(i + 1)) >= 0
            && hexValue(encoded.at(i + 2)) >= 0) {
            decoded.append(char(hexValue(encoded.at(i + 1)) * 16 + hexValue(encoded.at(i + 2))));
            i += 2;
        } else if (i + 1 < encoded.size() && encoded.at(i + 1) == '\r') {
            i += (i + 2 < encoded.size() && encoded.at(i + 2) == '\n') ? 2 : 1;
        } else if (i + 1 < encoded.size() && encoded.at(i + 1) == '\n') {
            i += 1;
        } else if (i + 1 < encoded.size()) {
            decoded.append(c);
        }
    }
    return decoded;
}

QString unescapeVCardText(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'\\' || i + 1 >= text.size()) {
            result.append(c);
            continue;
        }
        const QChar escaped = text.at(++i);
        result.append((escaped == u'n' || escaped == u'N') ? QChar(u'\n') : escaped);
    }
    return result;
}

QStringList splitVCardText(QStringView text, QChar separator)
{
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\\') {
            ++i;
        } else if (text.at(i) == separator) {
            parts.append(unescapeVCardText(text.sliced(start, i - start)));
            start = i + 1;
        }
    }
    parts.append(unescapeVCardText(text.sliced(start)));
    return parts;
}

} // namespace CoopAtlas::Core
