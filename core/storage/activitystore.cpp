// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitystore.h"

#include <core/storage/activitystore_p.h>
#include <core/storage/store_p.h>

namespace CoopAtlas::Core {

ActivityStore::ActivityStore(Store &store)
    : m_store(store)
{}

} // namespace CoopAtlas::Core
