// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// The export, backup and restore subcommands of coopatlas-cli. Each takes its
// arguments (the first is the command name) and the database path from the
// global options, and returns the process exit code: 0 success, 1 failure,
// 2 invalid usage.
namespace CoopAtlas::Cli {

int runExport(const QStringList &arguments, const QString &databasePath);
int runBackup(const QStringList &arguments, const QString &databasePath);
/// Restores into the file of its own --database option, else into
/// `globalDatabasePath` (the --database given before the command), if not empty.
int runRestore(const QStringList &arguments, const QString &globalDatabasePath);

} // namespace CoopAtlas::Cli
