// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

/// CSV and vCard exports, JSON backup and restore: "coopatlas.core.export".
Q_DECLARE_LOGGING_CATEGORY(lcExport)
