// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

namespace CoopAtlas::Ui {
class MainWindow;
}

namespace CoopAtlas::Tests {

/// Folder named by COOPATLAS_SCREENSHOT_DIR, where the screenshot tests save
/// their pictures; empty when the variable is not set.
[[nodiscard]] QString screenshotFolder();

/// Creates the store file `path` with the bundled sample data set and shows
/// it in a main window of 1280 x 800 pixels. Returns null, with a warning,
/// when the store cannot be created or the window is not exposed.
[[nodiscard]] std::unique_ptr<Ui::MainWindow> showSampleWindow(const QString &path);

/// Shows the dashboard of `window`, waits until its charts have their data
/// and saves the window as dashboard.png in `folder`. Returns false, with a
/// warning, when the charts are still busy after 20 s or the file cannot be
/// written.
[[nodiscard]] bool saveDashboardScreenshot(Ui::MainWindow &window, const QString &folder);

} // namespace CoopAtlas::Tests
