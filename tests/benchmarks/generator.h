// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>

#include <QRandomGenerator>

namespace CoopAtlas::Bench {

/// Synthetic ecosystem of organisations, people and links. The same seed and
/// sizes give the same records, names and ids included, on every run.
class Generator
{
public:
    explicit Generator(quint32 seed = 20261204);

    Core::Organisation organisation(qint64 index);
    Core::Person person(qint64 index);
    /// A link between two of the first `organisationCount` organisations, whose
    /// ids are those organisationId() gives.
    Core::Link link(qint64 index, qint64 organisationCount);
    /// A note about one of the first `organisationCount` organisations.
    Core::Note note(qint64 index, qint64 organisationCount);

    /// Deterministic UUID-shaped id of the n-th organisation.
    static QString organisationId(qint64 index);

private:
    QString word();
    QString sentence(int words);

    QRandomGenerator m_random;
};

} // namespace CoopAtlas::Bench
