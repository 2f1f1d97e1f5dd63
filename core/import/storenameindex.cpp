// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storenameindex.h"

#include <core/domain/communes.h>
#include <core/import/duplicatefinder.h>
#include <core/storage/store.h>

#include <limits>

namespace CoopAtlas::Core {

namespace {

/// Adds the id of every live row of `table` under `keyOf(name)`. The name is
/// the first list column of organisations and of people.
template <typename KeyFunction>
Result<void>
addRows(const Store &store, ListTable table, KeyFunction keyOf, QHash<QString, QStringList> &index)
{
    ListQuery query;
    query.table = table;
    auto total = store.count(query);
    if (!total) {
        return total.error();
    }
    if (*total == 0) {
        return {};
    }
    const int limit = int(std::min<qint64>(*total, std::numeric_limits<int>::max()));
    auto rows = store.page(query, 0, limit);
    if (!rows) {
        return rows.error();
    }
    index.reserve(rows->size());
    for (const ListRow &row : std::as_const(*rows)) {
        const QString key = keyOf(row.values.value(0).toString());
        if (!key.isEmpty()) {
            index[key].append(row.id);
        }
    }
    return {};
}

} // namespace

Result<StoreNameIndex> StoreNameIndex::load(const Store &store)
{
    StoreNameIndex index;
    auto organisations = addRows(
        store,
        ListTable::Organisations,
        [](const QString &name) { return DuplicateFinder::normaliseName(name); },
        index.m_organisations);
    if (!organisations) {
        return organisations.error();
    }
    auto people = addRows(
        store,
        ListTable::People,
        [](const QString &name) { return foldForMatching(name); },
        index.m_people);
    if (!people) {
        return people.error();
    }
    return index;
}

} // namespace CoopAtlas::Core
