// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace CoopAtlas::Ui {

class MainWindow;

/// Names accepted by showActivityView(), for the --view option.
[[nodiscard]] QStringList activityViewNames();

/// Opens a view of the window, for --view: "workshops" (the list),
/// "workshops-month", "workshops-week", "residencies" (the list),
/// "residencies-timeline", "knowledge" or "obstacles". The calendar or timeline
/// shows `date` (today when invalid), and the form shows the workshop with the
/// most participants or the residency with the most budget lines, then the
/// largest cohort. Returns false for an unknown name.
bool showActivityView(MainWindow &window, const QString &view, QDate date);

} // namespace CoopAtlas::Ui
