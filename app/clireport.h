// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

// The report subcommand of coopatlas-cli.
namespace CoopAtlas::Cli {

/// Creates the application object. The `report` command gets a QGuiApplication,
/// because PDF text needs Qt's fonts, on the offscreen platform unless
/// QT_QPA_PLATFORM names another. Unless --verbose comes before `report`, only
/// the messages of the coopatlas.* logging categories and fatal messages reach
/// standard error, so that the user reads only the command's own sentences.
/// Other commands get a QCoreApplication.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv);

/// Writes an activity report; returns 0 on success, 1 on failure, 2 on invalid usage.
int runReport(const QStringList &arguments, const QString &databasePath);

} // namespace CoopAtlas::Cli
