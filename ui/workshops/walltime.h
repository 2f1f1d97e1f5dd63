// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/validation.h>

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

class QTimeZone;

namespace CoopAtlas::Ui {

/// Wall date and time of an instant in a zone. The value is carried as Qt::UTC, a
/// neutral spec in which every wall time exists, so that the local zone of the
/// computer never refuses or shifts it.
[[nodiscard]] QDateTime localIn(const QDateTime &instant, const QString &zoneId);

/// Instants of a wall time in a zone: none when a change to summer time skips it, one,
/// or two when clocks go back and repeat it.
struct WallTime
{
    QList<QDateTime> instants; ///< in UTC, earliest first
    QTime fromWall;            ///< for a skipped or repeated time: the clock before the change
    QTime toWall;              ///< and after it
};

[[nodiscard]] WallTime resolveWall(QDate date, QTime time, const QTimeZone &zone);

/// Returns the instant of a wall time. That is `kept` when it is one of the instants, so
/// the second of a repeated hour stays, and else the first. A skipped time gets Qt's guess.
[[nodiscard]] QDateTime
instantForWall(QDate date, QTime time, const QString &zoneId, const QDateTime &kept);

/// A date as the workshop form writes it in messages, such as "29 March 2026".
[[nodiscard]] QString longDate(QDate date);

/// Returns the field error for a wall time that the zone skips, or nullopt when it exists.
[[nodiscard]] std::optional<Core::FieldError>
skippedTimeError(const QString &field, QDate date, QTime time, const QString &zoneId);

} // namespace CoopAtlas::Ui
