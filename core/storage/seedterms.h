// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace CoopAtlas::Core {

/// A taxonomy term that the first schema step writes into every new file.
struct SeedTerm
{
    QString vocabulary;
    QString key;
    QString labelEn;
    QString labelFr;
    QString labelNl;
};

/// Built-in terms of every vocabulary, in display order within each vocabulary.
const QList<SeedTerm> &seedTerms();

/// Name-based UUID (version 5) of a seeded term, from a fixed namespace and
/// "vocabulary/key", so that every desktop seeds the same ids.
QString seedTermId(const QString &vocabulary, const QString &key);

} // namespace CoopAtlas::Core
