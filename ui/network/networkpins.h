// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>

#include <QHash>
#include <QPointF>
#include <QString>

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

/// Metadata key of the store file under which the network map keeps the
/// pinned node positions, as a JSON object {"<node id>": [x, y], ...} in
/// layout units. The pins travel with the file, not with the desktop.
inline constexpr auto NetworkPinsKey = "network_map_pins";

/// Pinned positions stored in the file; empty when none are stored. Entries
/// that are not two finite numbers are skipped.
[[nodiscard]] Core::Result<QHash<QString, QPointF>> readNetworkPins(const Core::Store &store);
[[nodiscard]] Core::Result<void> writeNetworkPins(Core::Store &store,
                                                  const QHash<QString, QPointF> &pins);

} // namespace CoopAtlas::Ui
