// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analytics/networksnapshot.h>
#include <core/analytics/runcontrol.h>
#include <core/result.h>

#include <QString>

namespace CoopAtlas::Core {

/// Reads every live organisation, person and link of the store file at
/// `storePath` into a snapshot, then applies `filter`.
///
/// Opens its own Database connection on the path, so it runs on a worker thread
/// (QtConcurrent::run) while the GUI keeps its own Store. The connection is
/// closed before it returns. Tombstoned records are left out, and so are links
/// whose ends are tombstoned or missing. Sector and kind labels are read in `language`
/// ("fr", "nl", anything else gives English).
///
/// `control.cancel` is checked every 1,000 rows and inside SQLite (see
/// Database::setCancelFlag). `control.progress` gets the rows read out of the
/// live organisations, people and links counted first.
[[nodiscard]] Result<NetworkSnapshot> loadNetworkSnapshot(const QString &storePath,
                                                          const NetworkFilter &filter,
                                                          const QString &language,
                                                          const RunControl &control = {});

} // namespace CoopAtlas::Core
