// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace CoopAtlas::Core {

/// Creates a time-ordered UUID (RFC 9562 version 7) in lowercase 8-4-4-4-12 form.
/// Ids made in one process are strictly increasing, also within one millisecond,
/// so that new rows land at the end of the primary-key index.
QString createUuidV7();

} // namespace CoopAtlas::Core
