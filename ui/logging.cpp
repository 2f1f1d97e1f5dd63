// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcUi, "coopatlas.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUiModel, "coopatlas.ui.model", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUiEdit, "coopatlas.ui.edit", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUiImport, "coopatlas.ui.import", QtInfoMsg)
