// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace CoopAtlas::Core {

/// One content line of a vCard after unfolding, split into its parts but not
/// yet decoded: the value stays in the bytes of the file.
struct VCardProperty
{
    qsizetype line = 0; ///< physical line (1-based) where the property begins
    QString group;      ///< "item1" in "item1.EMAIL", else empty
    QString name;       ///< uppercase, such as "EMAIL"
    /// Parameters with uppercase names. vCard 2.1 bare parameters ("WORK",
    /// "QUOTED-PRINTABLE") are stored as TYPE, ENCODING or CHARSET.
    QList<QPair<QString, QStringList>> parameters;
    QByteArray rawValue;

    [[nodiscard]] QStringList parameter(const QString &name) const;
    [[nodiscard]] bool hasParameterValue(const QString &name, const QString &value) const;
    /// Lowercase TYPE values, each comma-separated item on its own.
    [[nodiscard]] QStringList types() const;
    [[nodiscard]] bool isQuotedPrintable() const;
    [[nodiscard]] bool isBase64() const;

    /// Decodes the value as text, keeping vCard escapes. Quoted-printable bytes
    /// are decoded first, then the CHARSET is applied (UTF-8 or Windows-1252, and
    /// ISO-8859-1 is read as Windows-1252). Without a CHARSET the bytes are read
    /// as UTF-8 when valid, else as Windows-1252.
    [[nodiscard]] QString text() const;
    /// Decodes the value as bytes (base64 or quoted-printable), or the raw bytes.
    [[nodiscard]] QByteArray bytes() const;
};

/// Splits a vCard stream (UTF-8 or 8-bit bytes) into unfolded properties.
/// A line that starts with a space or tab continues the previous one. vCard 3.0
/// and 4.0 drop that first white-space character, and vCard 2.1 keeps it.
/// A quoted-printable value that ends with "=" continues on the next line.
/// Lines that are empty or have no ":" are skipped.
[[nodiscard]] QList<VCardProperty> splitVCardProperties(const QByteArray &bytes);

/// Decodes quoted-printable bytes; "=" at the end of a line is a soft break.
[[nodiscard]] QByteArray decodeQuotedPrintable(const QByteArray &encoded);

/// Removes vCard escapes: "\n" and "\N" give a line break, "\," "\;" "\\" and
/// any other escaped character give the character itself.
[[nodiscard]] QString unescapeVCardText(QStringView text);

/// Splits at unescaped separators, then unescapes each part.
[[nodiscard]] QStringList splitVCardText(QStringView text, QChar separator);

} // namespace CoopAtlas::Core
