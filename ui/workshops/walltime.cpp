// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "walltime.h"

#include <ui/workshops/activityfields.h>

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace CoopAtlas::Ui {

QDateTime localIn(const QDateTime &instant, const QString &zoneId)
{
    const QTimeZone zone(zoneId.toUtf8());
    const QDateTime local = instant.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    return QDateTime(local.date(), local.time(), Qt::UTC);
}

WallTime resolveWall(QDate date, QTime time, const QTimeZone &zone)
{
    WallTime result;
    const QDateTime naive(date, time, Qt::UTC);
    const int before = zone.offsetFromUtc(naive.addDays(-1));
    const int after = zone.offsetFromUtc(naive.addDays(1));
    for (const int offset : {std::max(before, after), std::min(before, after)}) {
        const QDateTime instant = naive.addSecs(-offset);
        if (zone.offsetFromUtc(instant) == offset && !result.instants.contains(instant))
            result.instants.append(instant);
    }
    if (before != after) {
        const auto change = zone.nextTransition(naive.addDays(-1).addSecs(-before));
        if (change.atUtc.isValid()) {
            result.fromWall = change.atUtc.addSecs(before).time();
            result.toWall = change.atUtc.addSecs(after).time();
        }
    }
    return result;
}

QDateTime instantForWall(QDate date, QTime time, const QString &zoneId, const QDateTime &kept)
{
    const QTimeZone zone(zoneId.toUtf8());
    if (!zone.isValid())
        return QDateTime();
    const WallTime wall = resolveWall(date, time, zone);
    if (wall.instants.isEmpty())
        return instantIn(date, time, zoneId);
    return wall.instants.contains(kept) ? kept : wall.instants.first();
}

QString longDate(QDate date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

std::optional<Core::FieldError>
skippedTimeError(const QString &field, QDate date, QTime time, const QString &zoneId)
{
    const QTimeZone zone(zoneId.toUtf8());
    if (!zone.isValid() || !resolveWall(date, time, zone).instants.isEmpty())
        return std::nullopt;
    const WallTime wall = resolveWall(date, time, zone);
    const QLocale locale;
    // The message keeps the translation context of the workshop form, where it is shown.
    return Core::FieldError{
        field,
        QCoreApplication::translate("CoopAtlas::Ui::WorkshopForm",
                                    "%1 does not exist on %2 in %3: clocks go from %4 to %5. "
                                    "Choose a time before %4 or from %5 on.")
            .arg(locale.toString(time, QStringLiteral("HH:mm")),
                 longDate(date),
                 zoneId,
                 locale.toString(wall.fromWall, QStringLiteral("HH:mm")),
                 locale.toString(wall.toWall, QStringLiteral("HH:mm")))};
}

} // namespace CoopAtlas::Ui
