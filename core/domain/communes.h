// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace CoopAtlas::Core {

/// One of the 19 communes of the Brussels-Capital Region.
struct Commune
{
    QString key;    ///< stable slug, such as "saint-gilles"
    QString nameFr; ///< "Saint-Gilles"
    QString nameNl; ///< "Sint-Gillis"
    QStringList postcodes;

    /// Name in the given language ("nl" gives Dutch, anything else French,
    /// the name used on bilingual signs first).
    [[nodiscard]] QString name(const QString &language) const;
};

/// The 19 communes, in French alphabetical order.
const QList<Commune> &brusselsCommunes();

/// Finds the commune for a locality and postcode as written in directories and
/// address books: French or Dutch name, the bilingual form "Ixelles - Elsene",
/// "Brussels"/"Bruxelles"/"Brussel" for the City of Brussels, with any case and
/// accents. Falls back to the postcode when the locality matches no commune.
/// Returns the commune key, or an empty string outside the Region.
QString communeKeyFor(const QString &locality, const QString &postcode);

/// The commune with this key, or nullptr.
const Commune *communeByKey(const QString &key);

/// Lowercase, accents removed, punctuation folded to single spaces.
QString foldForMatching(const QString &text);

} // namespace CoopAtlas::Core
