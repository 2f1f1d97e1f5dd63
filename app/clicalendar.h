// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace CoopAtlas::Cli {

/// The calendar subcommand of coopatlas-cli: writes workshops and residencies
/// as one iCalendar file. Takes its arguments (the first is the command name)
/// and the database path of the global options, which its own --database
/// replaces. Returns 0 on success, 1 on failure and 2 on invalid usage.
int runCalendar(const QStringList &arguments, const QString &databasePath);

} // namespace CoopAtlas::Cli
