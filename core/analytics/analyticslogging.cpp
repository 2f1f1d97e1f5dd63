// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyticslogging.h"

Q_LOGGING_CATEGORY(lcAnalytics, "coopatlas.core.analytics", QtInfoMsg)
