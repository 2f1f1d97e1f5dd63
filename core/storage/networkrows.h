// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>
#include <core/result.h>
#include <core/storage/database.h>

#include <functional>

namespace CoopAtlas::Core {

/// Streams the live records that the network analytics need, row by row, with
/// forward-only queries, so that a million links do not sit in memory twice.
/// Each visitor returns false to stop the reading early (a cancel); the read
/// then returns an Error.
class NetworkRows
{
public:
    explicit NetworkRows(Database &db)
        : m_db(db)
    {}

    /// Live organisations with id, name, kind, stage, sectors, tags and commune
    /// filled; the other fields are left empty.
    [[nodiscard]] Result<void>
    readOrganisations(const std::function<bool(const Organisation &)> &visit);
    /// Live people with id and formatted name filled.
    [[nodiscard]] Result<void> readPersons(const std::function<bool(const Person &)> &visit);
    /// Live links with id, ends, type, start and end filled.
    [[nodiscard]] Result<void> readLinks(const std::function<bool(const Link &)> &visit);

private:
    Database &m_db;
};

} // namespace CoopAtlas::Core
