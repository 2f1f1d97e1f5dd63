// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace CoopAtlas::Bench {

/// Median of a non-empty list of timings.
inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
}

/// Prints one result line in the form the run script collects:
/// `RESULT <name> measured=<x> baseline=<y> ratio=<r> limit=<l> PASS|FAIL`.
/// Returns true when ratio <= limit.
bool reportRatio(
    const QString &name, double measured, double baseline, double limit, const QString &unit);

/// Creates an ESSGLOBAL directory CSV of `rows` generated organisations.
bool writeDirectoryCsv(const QString &path, qint64 rows);

/// Creates a store file of generated organisations, people and links, or reuses
/// it when it already contains `organisations` organisations. Returns false on failure.
bool ensureLargeStore(const QString &path, qint64 organisations, qint64 people, qint64 links);

} // namespace CoopAtlas::Bench
