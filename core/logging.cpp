// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcDb, "coopatlas.core.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcImport, "coopatlas.core.import", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSample, "coopatlas.core.sample", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "coopatlas.sync", QtInfoMsg)
