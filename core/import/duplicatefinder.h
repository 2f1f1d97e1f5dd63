// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/import/importrecord.h>

#include <QSet>
#include <QString>

#include <optional>

namespace CoopAtlas::Core {

/// Normalised values that two records are compared on.
struct MatchKeys
{
    QString name;     ///< folded name without legal forms, see DuplicateFinder::normaliseName()
    QString fullName; ///< folded name with every word, see foldForMatching()
    QSet<QString> hosts;
    QSet<QString> emails;
    QSet<QString> phones;
    QSet<QString> addresses; ///< folded street and postcode

    [[nodiscard]] bool hasContactKeys() const
    {
        return !hosts.isEmpty() || !emails.isEmpty() || !phones.isEmpty() || !addresses.isEmpty();
    }
};

/// Detector of likely duplicates. Two records are likely duplicates when their
/// normalised names match and they share a website host, e-mail, phone or street
/// address with postcode. They are also likely duplicates when their full folded
/// names are the same and neither record has any of those values. Names that
/// differ only in legal-form words ("SMart", "Smart Coop") match only through a
/// shared contact value.
class DuplicateFinder
{
public:
    /// Folds case, accents and punctuation and drops legal forms and words such
    /// as "coop", so that "SMart" and "Smart Coop" give "smart". Returns the
    /// folded name unchanged when nothing else would remain.
    [[nodiscard]] static QString normaliseName(const QString &name);
    /// Host of a web address without scheme, "www." and path: "smart.coop".
    [[nodiscard]] static QString normaliseHost(const QString &url);
    /// Digits only, with the Belgian +32 and 0032 prefixes written as a leading 0.
    [[nodiscard]] static QString normalisePhone(const QString &phone);
    [[nodiscard]] static QString normaliseEmail(const QString &email);
    /// Folded street and postcode, or empty when one of them is missing.
    [[nodiscard]] static QString normaliseAddress(const QString &street, const QString &postcode);

    [[nodiscard]] static MatchKeys keys(const Organisation &org);
    [[nodiscard]] static MatchKeys keys(const Person &person);
    [[nodiscard]] static MatchKeys keys(const ImportRecord &record);
    /// The name part of keys(record), computed without the contact keys.
    [[nodiscard]] static QString nameKey(const ImportRecord &record);

    /// Returns the rule that matched, such as "same name and address rue emile
    /// feron 1060" or "names equal apart from legal forms (smart) and website
    /// smart.coop", or nothing when the records are not likely duplicates.
    [[nodiscard]] static std::optional<QString> matchReason(const MatchKeys &a, const MatchKeys &b);
};

} // namespace CoopAtlas::Core
