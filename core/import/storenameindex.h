// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>

#include <QHash>
#include <QString>
#include <QStringList>

namespace CoopAtlas::Core {

class Store;

/// Ids of the live organisations and people of a store, keyed by the name that
/// DuplicateFinder compares: DuplicateFinder::normaliseName() for organisations
/// and foldForMatching() for people. Loaded with one list query per table, so
/// that an import looks up each of its records in memory and loads from the
/// store only the records whose name matches.
class StoreNameIndex
{
public:
    [[nodiscard]] static Result<StoreNameIndex> load(const Store &store);

    /// Ids of the organisations whose normalised name is `normalisedName`.
    [[nodiscard]] QStringList organisations(const QString &normalisedName) const
    {
        return m_organisations.value(normalisedName);
    }
    /// Ids of the people whose folded formatted name is `foldedName`.
    [[nodiscard]] QStringList people(const QString &foldedName) const
    {
        return m_people.value(foldedName);
    }

private:
    QHash<QString, QStringList> m_organisations;
    QHash<QString, QStringList> m_people;
};

} // namespace CoopAtlas::Core
