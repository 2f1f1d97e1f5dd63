// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>
#include <core/result.h>

#include <QByteArray>
#include <QList>

namespace CoopAtlas::Core {

class Store;

/// Qt resource path of the bundled sample data set, written by
/// resources/sample/build-sample.py.
inline constexpr auto SampleDataResource = ":/sample/sample-data.json";

/// Id of the sample organisation with the given name: a name-based UUID
/// (version 5) in a fixed namespace. Every file that loads the sample data set
/// therefore gives an organisation the same id, so syncing two such files
/// gives one server document per organisation instead of duplicates.
[[nodiscard]] QString sampleOrganisationId(const QString &name);

/// Parses a sample data set document (format 1). Each organisation gets its
/// Brussels commune from communeKeyFor() when its country is BE. Fails on the
/// first organisation without a name, with its position in the context.
[[nodiscard]] Result<QList<Organisation>> parseSampleData(const QByteArray &json);

/// Inserts every organisation of the bundled sample data set into the store
/// with the id sampleOrganisationId(name) and the roles of applySampleRoles().
/// Then inserts the links of insertSampleLinks() and the records of
/// insertSampleActivities(), all in one transaction. Records the time in the
/// store's metadata under "sample_data_loaded" and returns how many
/// organisations of the data set were inserted. Returns 0 without inserting when that metadata
/// key is already set, and inserts nothing when any step fails.
[[nodiscard]] Result<int> loadSampleData(Store &store);

} // namespace CoopAtlas::Core
