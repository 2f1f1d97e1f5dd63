// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace CoopAtlas::Core {

enum class VCardVersion {
    V40, ///< RFC 6350
    V30, ///< RFC 2426
};

/// Parses "4.0" or "3.0"; nothing for any other text.
[[nodiscard]] std::optional<VCardVersion> vCardVersionFromName(const QString &name);

/// Writes people and organisations as vCards: UTF-8, CRLF line ends, no byte
/// order mark, lines folded at 75 octets.
///
/// Organisations get KIND:org in vCard 4.0. vCard 3.0 has no KIND property, so
/// organisations get Apple's X-ABShowAs:COMPANY there, with ORG and FN holding
/// the name. Labels of e-mail addresses, phones and addresses are written as
/// Apple's X-ABLabel property of a group ("item1.EMAIL", "item1.X-ABLabel").
/// LANG is written in vCard 3.0 too, although RFC 2426 does not define it,
/// because vCard readers skip properties they do not know. The properties in
/// extra["vcard"] that the vCard parser kept are written back as they were.
/// UID is "urn:uuid:" and the record id; a record without an id keeps the UID
/// kept in extra, if any. Both versions carry an organisation's own fields:
/// - kind (a term key such as "project-holder"): X-COOPATLAS-KIND;
/// - stage: X-COOPATLAS-STAGE; sector keys: the list X-COOPATLAS-SECTORS;
/// - founding and closing dates (YYYY-MM-DD): X-COOPATLAS-FOUNDED and
///   X-COOPATLAS-CLOSED;
/// - commune key, empty when none: X-COOPATLAS-COMMUNE;
/// - tags: CATEGORIES.
///
/// vCard text escapes only backslash, comma, semicolon and line breaks, so a
/// carriage return or CRLF in a value is written as a line break "\n" and
/// reads back as LF. Every other character is written as it is.
class VCardWriter
{
public:
    explicit VCardWriter(VCardVersion version);

    [[nodiscard]] QByteArray write(const Person &person) const;
    [[nodiscard]] QByteArray write(const Organisation &organisation) const;

    /// Escapes a text value: backslash, comma, semicolon and line breaks ("\n").
    [[nodiscard]] static QString escapeText(const QString &text);
    /// Splits one content line (without its line end) into lines of at most 75
    /// octets, each continuation starting with a space, without splitting a
    /// UTF-8 sequence, and ends every line with CRLF.
    [[nodiscard]] static QByteArray fold(const QByteArray &line);

private:
    class Card;

    void writeContacts(Card &card, const QString &name, const QList<ContactValue> &values) const;
    void writeAddresses(Card &card, const QList<PostalAddress> &addresses) const;
    void writeBirthday(Card &card, const QString &birthday) const;
    void writePhoto(Card &card, const QByteArray &photo, const QString &mimeType) const;
    void writeKept(Card &card, const QJsonObject &extra, bool hasId) const;
    static void writeOrganisationTerms(Card &card, const Organisation &organisation);
    [[nodiscard]] QString typeParameter(QStringList types, bool primary) const;

    VCardVersion m_version;
};

} // namespace CoopAtlas::Core
