// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networklogging.h"

Q_LOGGING_CATEGORY(lcUiNetwork, "coopatlas.ui.network", QtInfoMsg)
