// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrecord.h"

#include <core/domain/communes.h>

namespace CoopAtlas::Core {

bool isBelgiumOrUnknown(const QString &country)
{
    static const QStringList belgium = {QStringLiteral("be"),
                                        QStringLiteral("bel"),
                                        QStringLiteral("belgium"),
                                        QStringLiteral("belgique"),
                                        QStringLiteral("belgie"),
                                        QStringLiteral("belgien"),
                                        QStringLiteral("belgica")};
    const QString folded = foldForMatching(country);
    return folded.isEmpty() || belgium.contains(folded);
}

QString communeForAddress(const QString &locality, const QString &postcode, const QString &country)
{
    if (!isBelgiumOrUnknown(country)) {
        return {};
    }
    return communeKeyFor(locality, postcode);
}

} // namespace CoopAtlas::Core
