// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

// A hand-made store for report tests. The report period is 2026-Q1 and the
// previous one 2025-Q4. Expected counts, with the links that make them:
//
//   holder  sectors         stage      commune       model
//   H1      mobility, food  launched   ixelles       worker-owned
//   H2      food            idea       saint-gilles  user-owned
//   H3      (none)          prototype  (none)        (none)
//   H4      culture         paused     anderlecht    user-owned
//
//   holder  support links
//   H1      L2 F1 funds 2025-11-01..2026-01-15, L1 S1 supports 2026-02-01..
//   H2      L3 S2 supports 2026-03-10..
//   H3      L4 S1 supports 2024-06-01..
//   H4      L5 S2 supports 2025-10-01..2025-12-31
//
// Other links: L6 H1 partners with H2 from 2026-01-20, L7 S1 supports S2 from
// 2026-02-02 (not a project holder, so not a support link).
//
//   2026-Q1: supported H1 H2 H3 (3), new H2 (1), to date H1-H4 (4), support
//            organisations S1 S2 (2), funders F1 (1), links created L1 L3 L6 L7 (4).
//   2025-Q4: supported H1 H3 H4 (3), new H1 H4 (2), to date H1 H3 H4 (3), support
//            organisations S1 S2 (2), funders F1 (1), links created L2 L5 (2).
//
// Activities in 2026-Q1: the held workshop W1 with registrations A1 (person P1,
// attended) and A2 (organisation H1, absent), a cancelled registration A3 (P2),
// the planned workshop W2, and the residency R1 with P1's stay and a budget line
// of 1,200.00 EUR planned and 980.50 EUR spent. Nothing in 2025-Q4.
namespace ReportFixture {

/// Writes the store into `path` and returns the ids by name ("H1", "S1", "L1", ...),
/// or an empty hash when a write failed.
QHash<QString, QString> createStore(const QString &path);

/// Name of each organisation of the fixture.
QString organisationName(const QString &shortName);

} // namespace ReportFixture
