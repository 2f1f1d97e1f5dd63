// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/activities.h>

#include <QHash>
#include <QString>

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

/// Date and time of a workshop in its own zone, such as
/// "Tue 10 Mar 2026, 14:00–17:00 (Europe/Berlin)"; the zone is named unless it
/// is the zone of this computer. All-day workshops show their days only.
[[nodiscard]] QString workshopWhenText(const Core::Workshop &workshop);
/// Labels of the workshop themes in the UI language, by term key.
[[nodiscard]] QHash<QString, QString> workshopThemeLabels(const Core::Store &store);
/// Registration state as shown to users: "Registered", "Waiting (position 2)", "Cancelled".
[[nodiscard]] QString registrationText(const QString &registration, int waitingPosition);

} // namespace CoopAtlas::Ui
