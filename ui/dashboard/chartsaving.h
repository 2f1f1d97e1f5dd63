// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>

#include <QString>

class QChartView;

namespace CoopAtlas::Ui {

/// Saves what `view` shows as a PNG image, or as SVG when `path` ends in
/// ".svg" (QSvgGenerator). The error names the file.
[[nodiscard]] Core::Result<void> saveChart(QChartView *view, const QString &path);

/// Gives `view` a context menu with "Save Chart as PNG..." and "Save Chart as SVG...".
void addChartSaveMenu(QChartView *view, const QString &baseName);

} // namespace CoopAtlas::Ui
