// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ActivityStore: workshops, participants and residencies counted per quarter or year.
#include <core/storage/activityperiods.h>
#include <core/storage/activitystore.h>
#include <core/storage/activitystore_p.h>

#include <QMap>
#include <QSet>
#include <QTimeZone>

namespace CoopAtlas::Core {

using RecordRows::dateValue;
using RecordRows::timestampFromText;
using RecordRows::timestampText;

namespace {

/// Distinct ids seen in one period.
struct PeriodIds
{
    QSet<QString> records;
    QSet<QString> people;
    QSet<QString> organisations;
};

QTimeZone brussels()
{
    return QTimeZone(QByteArray(DefaultActivityTimeZone));
}

} // namespace

QDate periodStartOf(QDate date, PeriodLength length)
{
    if (!date.isValid()) {
        return {};
    }
    if (length == PeriodLength::Year) {
        return QDate(date.year(), 1, 1);
    }
    return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
}

Result<QList<WorkshopPeriodCount>>
ActivityStore::workshopParticipantsPerPeriod(QDate from, QDate to, PeriodLength length) const
{
    if (!from.isValid() || !to.isValid() || from > to) {
        return QList<WorkshopPeriodCount>();
    }
    const QTimeZone zone = brussels();
    // One row per held workshop and counted participant. A workshop without
    // one gives a single row with a null participant.
    auto rows = d().records(
        QStringLiteral("SELECT w.id, w.start_at, p.participant_id, "
                       "EXISTS (SELECT 1 FROM organisations o WHERE o.id = p.participant_id) "
                       "FROM workshops w LEFT JOIN participations p ON p.workshop_id = w.id "
                       "AND p.deleted = 0 "
                       "AND (p.registration = 'registered' OR p.attendance = 'attended') "
                       "WHERE w.deleted = 0 AND w.status = 'held' "
                       "AND w.start_at >= ? AND w.start_at < ?"),
        {timestampText(QDateTime(from, QTime(0, 0), zone)),
         timestampText(QDateTime(to.addDays(1), QTime(0, 0), zone))});
    if (!rows) {
        return rows.error();
    }
    QMap<QDate, PeriodIds> periods;
    for (const QSqlRecord &row : *rows) {
        const QDate day = timestampFromText(row.value(1).toString()).toTimeZone(zone).date();
        PeriodIds &ids = periods[periodStartOf(day, length)];
        ids.records.insert(row.value(0).toString());
        const QString participant = row.value(2).toString();
        if (participant.isEmpty()) {
            continue;
        }
        (row.value(3).toBool() ? ids.organisations : ids.people).insert(participant);
    }
    QList<WorkshopPeriodCount> counts;
    for (auto it = periods.cbegin(); it != periods.cend(); ++it) {
        counts.append({it.key(),
                       int(it->records.size()),
                       int(it->people.size()),
                       int(it->organisations.size())});
    }
    return counts;
}

Result<QList<ResidencyPeriodCount>>
ActivityStore::residenciesPerPeriod(QDate from, QDate to, PeriodLength length) const
{
    if (!from.isValid() || !to.isValid() || from > to) {
        return QList<ResidencyPeriodCount>();
    }
    // One row per residency and stay. A residency without a stay gives a
    // single row with a null person.
    auto rows
        = d().records(QStringLiteral("SELECT r.id, r.start_date, s.person_id FROM residencies r "
                                     "LEFT JOIN stays s ON s.residency_id = r.id AND s.deleted = 0 "
                                     "WHERE r.deleted = 0 AND r.status <> 'cancelled' "
                                     "AND r.start_date >= ? AND r.start_date <= ?"),
                      {dateValue(from), dateValue(to)});
    if (!rows) {
        return rows.error();
    }
    QMap<QDate, PeriodIds> periods;
    for (const QSqlRecord &row : *rows) {
        const QDate start = QDate::fromString(row.value(1).toString(), Qt::ISODate);
        PeriodIds &ids = periods[periodStartOf(start, length)];
        ids.records.insert(row.value(0).toString());
        const QString person = row.value(2).toString();
        if (!person.isEmpty()) {
            ids.people.insert(person);
        }
    }
    QList<ResidencyPeriodCount> counts;
    for (auto it = periods.cbegin(); it != periods.cend(); ++it) {
        counts.append({it.key(), int(it->records.size()), int(it->people.size())});
    }
    return counts;
}

} // namespace CoopAtlas::Core
