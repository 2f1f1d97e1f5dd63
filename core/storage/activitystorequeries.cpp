// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ActivityStore: participations with the waiting list, the lists that belong
// to a workshop or residency, and the totals computed from them.
#include <core/domain/amounts.h>
#include <core/logging.h>
#include <core/storage/activitystore.h>
#include <core/storage/activitystore_p.h>

#include <QLocale>
#include <QtNumeric>

namespace CoopAtlas::Core {

using namespace ActivityRows;
using namespace ActivityWrite;
using RecordRows::dateValue;
using RecordRows::timestampText;

namespace {

const QString Registered = QStringLiteral("registered");
const QString Waiting = QStringLiteral("waiting");

template <typename Record>
Result<QList<Record>> readAll(Result<QList<QSqlRecord>> rows, Record (*read)(const QSqlRecord &))
{
    if (!rows) {
        return rows.error();
    }
    QList<Record> records;
    records.reserve(rows->size());
    for (const QSqlRecord &row : *rows) {
        records.append(read(row));
    }
    return records;
}

} // namespace

// --- Participations ----------------------------------------------------------

Result<Participation> ActivityStore::participation(const QString &id) const
{
    return readById(d(), RecordKind::Participation, id, readParticipation);
}

Result<int> ActivityStore::registeredCount(const QString &workshopId) const
{
    auto count = d().scalar(QStringLiteral("SELECT count(*) FROM participations WHERE "
                                           "workshop_id = ? AND registration = 'registered' "
                                           "AND deleted = 0"),
                            {workshopId});
    if (!count) {
        return count.error();
    }
    return count->toInt();
}

Result<QList<Participation>> ActivityStore::participationsOf(const QString &workshopId) const
{
    return readAll<Participation>(
        d().records(QStringLiteral("SELECT * FROM participations WHERE workshop_id = ? "
                                   "AND deleted = 0 ORDER BY CASE registration "
                                   "WHEN 'registered' THEN 0 WHEN 'waiting' THEN 1 ELSE 2 END, "
                                   "registered_at, id"),
                    {workshopId}),
        readParticipation);
}

Result<QStringList> ActivityStore::promoteWaiting(const QString &workshopId)
{
    auto stored = workshop(workshopId);
    if (!stored) {
        return stored.error();
    }
    auto registered = registeredCount(workshopId);
    if (!registered) {
        return registered.error();
    }
    int freePlaces = stored->capacity ? *stored->capacity - *registered : 0;
    auto waiting = d().records(QStringLiteral("SELECT id FROM participations WHERE workshop_id = ? "
                                              "AND registration = 'waiting' AND deleted = 0 "
                                              "ORDER BY registered_at, id"),
                               {workshopId});
    if (!waiting) {
        return waiting.error();
    }
    QStringList promoted;
    const QString now = timestampText(QDateTime::currentDateTimeUtc());
    for (const QSqlRecord &row : *waiting) {
        // Without a capacity every waiting participation has a place.
        if (stored->capacity && freePlaces <= 0) {
            break;
        }
        const QString id = row.value(0).toString();
        auto moved = d().execute(QStringLiteral("UPDATE participations SET registration = "
                                                "'registered', updated_at = ")
                                     + nextUpdatedAtSql()
                                     + QStringLiteral(", updated_by = ?, dirty = 1 WHERE id = ?"),
                                 {now, db().author(), id});
        if (!moved) {
            return moved.error();
        }
        qCInfo(lcDb) << "Moved participation" << id << "of workshop" << workshopId
                     << "from the waiting list to registered";
        d().queueChange(RecordKind::Participation, id);
        promoted.append(id);
        --freePlaces;
    }
    return promoted;
}

Result<ParticipationWrite> ActivityStore::insertParticipation(Participation participation)
{
    if (!participation.registeredAt.isValid()) {
        participation.registeredAt = QDateTime::currentDateTimeUtc();
    }
    return transact(db(), [&]() -> Result<ParticipationWrite> {
        auto stored = workshop(participation.workshopId);
        QList<FieldError> errors = validate(participation);
        if (!stored && !participation.workshopId.isEmpty()) {
            errors.append({QStringLiteral("workshopId"), stored.error().message});
        }
        if (auto endpoint = d().liveEndpoint(participation.participantId);
            !endpoint && !participation.participantId.isEmpty()) {
            errors.append({QStringLiteral("participantId"), endpoint.error().message});
        }
        auto duplicate = d().scalar(QStringLiteral("SELECT id FROM participations WHERE "
                                                   "workshop_id = ? AND participant_id = ? "
                                                   "AND deleted = 0"),
                                    {participation.workshopId, participation.participantId});
        if (!duplicate) {
            return duplicate.error();
        }
        if (!duplicate->isNull()) {
            errors.append({QStringLiteral("participantId"),
                           Text::tr("This participant already takes part in the workshop. Edit "
                                    "the existing participation instead.")});
        }
        if (!errors.isEmpty()) {
            return invalidRecord(activityKindLabel(RecordKind::Participation), errors);
        }
        auto registered = registeredCount(participation.workshopId);
        if (!registered) {
            return registered.error();
        }
        if (participation.registration == Registered && stored->capacity
            && *registered >= *stored->capacity) {
            participation.registration = Waiting;
            if (participation.attendance != QLatin1String("unknown")) {
                return invalidRecord(
                    activityKindLabel(RecordKind::Participation),
                    {{QStringLiteral("attendance"),
                      Text::tr("The workshop is full, so this participant goes on the waiting "
                               "list, where attendance is not recorded. Set the attendance to "
                               "\"%1\".")
                          .arg(ActivityKeys::label(QStringLiteral("unknown")))}});
            }
        }
        fillNewMeta(participation.meta, db().author());
        if (auto inserted = d().insertRow(QStringLiteral("participations"),
                                          participationRow(participation),
                                          participation.meta);
            !inserted) {
            return inserted.error();
        }
        d().queueChange(RecordKind::Participation, participation.meta.id);
        return ParticipationWrite{participation.meta.id, participation.registration, {}};
    });
}

Result<ParticipationWrite> ActivityStore::updateParticipation(const Participation &changed)
{
    return transact(db(), [&]() -> Result<ParticipationWrite> {
        auto stored = participation(changed.meta.id);
        if (!stored) {
            return stored.error();
        }
        auto parent = workshop(changed.workshopId);
        if (!parent) {
            return parent.error();
        }
        Participation record = changed;
        if (!record.registeredAt.isValid()) {
            record.registeredAt = stored->registeredAt;
        }
        if (record.registration == Registered && stored->registration != Registered) {
            auto registered = registeredCount(record.workshopId);
            if (!registered) {
                return registered.error();
            }
            if (parent->capacity && *registered >= *parent->capacity) {
                record.registration = Waiting;
            }
        }
        // A participant changed to another record must be a live person or organisation.
        const auto check = [&](QList<FieldError> &errors) {
            if (record.participantId == stored->participantId) {
                return;
            }
            if (auto endpoint = d().liveEndpoint(record.participantId); !endpoint) {
                errors.append({QStringLiteral("participantId"), endpoint.error().message});
            }
        };
        if (auto updated = updateActivity(d(),
                                          db(),
                                          RecordKind::Participation,
                                          record,
                                          activityKindLabel(RecordKind::Participation),
                                          check,
                                          participationRow);
            !updated) {
            return updated.error();
        }
        ParticipationWrite write{record.meta.id, record.registration, {}};
        if (stored->registration == Registered && record.registration != Registered) {
            auto promoted = promoteWaiting(record.workshopId);
            if (!promoted) {
                return promoted.error();
            }
            write.promotedId = promoted->value(0);
        }
        return write;
    });
}

Result<ParticipationRemoval> ActivityStore::removeParticipation(const QString &id)
{
    return transact(db(), [&]() -> Result<ParticipationRemoval> {
        auto stored = participation(id);
        if (!stored) {
            return stored.error();
        }
        ParticipationRemoval removal{id, stored->workshopId, {}, {}};
        auto removed = m_store.remove(RecordKind::Participation, id);
        if (!removed) {
            return removed.error();
        }
        removal.removedIds = *removed;
        if (stored->registration == Registered) {
            auto promoted = promoteWaiting(stored->workshopId);
            if (!promoted) {
                return promoted.error();
            }
            removal.promotedIds = *promoted;
        }
        return removal;
    });
}

Result<void> ActivityStore::restoreParticipation(const ParticipationRemoval &removal)
{
    return transact(db(), [&]() -> Result<void> {
        for (const QString &id : removal.promotedIds) {
            if (auto moved = d().moveToWaitingList(id); !moved) {
                return moved.error();
            }
        }
        if (auto restored = m_store.restore(removal.removedIds); !restored) {
            return restored;
        }
        auto parent = workshop(removal.workshopId);
        if (!parent) {
            return parent.error();
        }
        auto registered = registeredCount(removal.workshopId);
        if (!registered) {
            return registered.error();
        }
        // Another registration may have taken the place since the removal.
        if (parent->capacity && *registered > *parent->capacity) {
            if (auto moved = d().moveToWaitingList(removal.id); !moved) {
                return moved.error();
            }
        }
        return {};
    });
}

// --- Lists of a workshop or residency ----------------------------------------

Result<QList<Followup>> ActivityStore::followupsOf(const QString &workshopId) const
{
    return readAll<Followup>(
        d().records(QStringLiteral("SELECT * FROM followups WHERE workshop_id = ? AND deleted = 0 "
                                   "ORDER BY done_date IS NOT NULL, due_date IS NULL, due_date, "
                                   "id"),
                    {workshopId}),
        readFollowup);
}

Result<QList<Stay>> ActivityStore::staysOf(const QString &residencyId) const
{
    return readAll<Stay>(d().records(QStringLiteral("SELECT * FROM stays WHERE residency_id = ? "
                                                    "AND deleted = 0 ORDER BY arrival, id"),
                                     {residencyId}),
                         readStay);
}

Result<QList<Stay>> ActivityStore::staysBetween(QDate from, QDate to) const
{
    return readAll<Stay>(d().records(QStringLiteral("SELECT * FROM stays WHERE deleted = 0 "
                                                    "AND arrival <= ? AND departure >= ? "
                                                    "ORDER BY arrival, id"),
                                     {dateValue(to), dateValue(from)}),
                         readStay);
}

Result<QList<StayOverlap>> ActivityStore::stayOverlaps(const Stay &stay) const
{
    if (stay.personId.isEmpty() || !stay.arrival.isValid() || !stay.departure.isValid()) {
        return QList<StayOverlap>{};
    }
    auto rows = d().records(QStringLiteral("SELECT s.id, s.residency_id, r.title, s.arrival, "
                                           "s.departure FROM stays s JOIN residencies r "
                                           "ON r.id = s.residency_id AND r.deleted = 0 "
                                           "WHERE s.person_id = ? AND s.id IS NOT ? "
                                           "AND s.deleted = 0 AND s.arrival <= ? "
                                           "AND s.departure >= ? ORDER BY s.arrival, s.id"),
                            {stay.personId,
                             stay.meta.id.isEmpty() ? QVariant() : QVariant(stay.meta.id),
                             dateValue(stay.departure),
                             dateValue(stay.arrival)});
    if (!rows) {
        return rows.error();
    }
    auto person = m_store.describe(stay.personId);
    const QString name = person ? person->second : stay.personId;
    QList<StayOverlap> overlaps;
    const QLocale locale;
    for (const QSqlRecord &row : *rows) {
        StayOverlap overlap;
        overlap.otherStayId = row.value(0).toString();
        overlap.residencyId = row.value(1).toString();
        overlap.residencyTitle = row.value(2).toString();
        overlap.arrival = QDate::fromString(row.value(3).toString(), Qt::ISODate);
        overlap.departure = QDate::fromString(row.value(4).toString(), Qt::ISODate);
        overlap.message = Text::tr("%1 already stays in the residency \"%2\" from %3 to %4, "
                                   "which overlaps these dates. Save anyway only if both stays "
                                   "are right, or change the dates.")
                              .arg(name,
                                   overlap.residencyTitle,
                                   locale.toString(overlap.arrival, QLocale::ShortFormat),
                                   locale.toString(overlap.departure, QLocale::ShortFormat));
        overlaps.append(overlap);
    }
    return overlaps;
}

Result<QList<Visit>> ActivityStore::visitsOf(const QString &residencyId) const
{
    return readAll<Visit>(d().records(QStringLiteral("SELECT * FROM visits WHERE residency_id = ? "
                                                     "AND deleted = 0 ORDER BY start_at, id"),
                                      {residencyId}),
                          readVisit);
}

Result<QList<BudgetLine>> ActivityStore::budgetLinesOf(const QString &residencyId) const
{
    return readAll<BudgetLine>(
        d().records(QStringLiteral("SELECT * FROM budget_lines WHERE residency_id = ? "
                                   "AND deleted = 0 ORDER BY category, label, id"),
                    {residencyId}),
        readBudgetLine);
}

Result<ResidencyBudget> ActivityStore::residencyBudget(const QString &residencyId) const
{
    auto rows = d().records(QStringLiteral("SELECT category, sum(planned_cents), "
                                           "sum(actual_cents), sum(actual_cents IS NULL), "
                                           "sum(actual_cents - planned_cents) "
                                           "FROM budget_lines WHERE residency_id = ? "
                                           "AND deleted = 0 GROUP BY category"),
                            {residencyId});
    if (!rows) {
        return rows.error();
    }
    QHash<QString, BudgetTotals> byCategory;
    ResidencyBudget budget;
    for (const QSqlRecord &row : *rows) {
        BudgetTotals totals;
        totals.category = row.value(0).toString();
        totals.plannedCents = row.value(1).toLongLong();
        totals.actualCents = row.value(2).toLongLong();
        totals.linesWithoutActual = row.value(3).toInt();
        totals.varianceCents = row.value(4).toLongLong();
        // Amounts are at most MaxAmountCents, but a file written by a script may hold more.
        if (qAddOverflow(budget.total.plannedCents, totals.plannedCents, &budget.total.plannedCents)
            || qAddOverflow(budget.total.actualCents, totals.actualCents, &budget.total.actualCents)
            || qAddOverflow(
                budget.total.varianceCents, totals.varianceCents, &budget.total.varianceCents)) {
            qCWarning(lcDb) << "Budget totals of residency" << residencyId << "overflow";
            return Error{Text::tr("The budget totals of this residency are too large to add up. "
                                  "Correct the amounts above %1.")
                             .arg(formatAmount(MaxAmountCents)),
                         residencyId};
        }
        budget.total.linesWithoutActual += totals.linesWithoutActual;
        byCategory.insert(totals.category, totals);
    }
    for (const QString &category : ActivityKeys::budgetCategories()) {
        if (byCategory.contains(category)) {
            budget.byCategory.append(byCategory.take(category));
        }
    }
    // Categories written by a newer version or a script come last.
    auto rest = byCategory.values();
    std::sort(rest.begin(), rest.end(), [](const BudgetTotals &a, const BudgetTotals &b) {
        return a.category < b.category;
    });
    budget.byCategory += rest;
    return budget;
}

// --- Totals ------------------------------------------------------------------

Result<QList<BarrierDomainCount>> ActivityStore::barrierDomainCounts(const QString &kind,
                                                                     const QString &status) const
{
    // One row per barrier and affected organisation (or one row without any),
    // so that the distinct counts of a domain come from a single pass.
    auto rows = d().records(
        QStringLiteral("SELECT coalesce(b.domain, ''), count(DISTINCT b.id), count(DISTINCT o.id) "
                       "FROM barriers b LEFT JOIN json_each(b.affected_organisation_ids) j "
                       "LEFT JOIN organisations o ON o.id = j.value AND o.deleted = 0 "
                       "AND o.kind = 'project-holder' "
                       "WHERE b.deleted = 0 AND (coalesce(?, '') = '' OR b.kind = ?) "
                       "AND (coalesce(?, '') = '' OR b.status = ?) "
                       "GROUP BY coalesce(b.domain, '') ORDER BY 1"),
        {kind, kind, status, status});
    if (!rows) {
        return rows.error();
    }
    QList<BarrierDomainCount> counts;
    for (const QSqlRecord &row : *rows) {
        counts.append({row.value(0).toString(), row.value(1).toInt(), row.value(2).toInt()});
    }
    return counts;
}

namespace {

QString attendanceSql(const QString &key, const QString &title, const QString &order)
{
    return QStringLiteral("SELECT %1, %2, count(DISTINCT w.id), "
                          "count(p.id), count(CASE WHEN p.attendance = 'attended' THEN 1 END) "
                          "FROM workshops w LEFT JOIN participations p ON p.workshop_id = w.id "
                          "AND p.deleted = 0 AND p.registration = 'registered' "
                          "WHERE w.deleted = 0 AND w.status = 'held' "
                          "GROUP BY %1 ORDER BY %3")
        .arg(key, title, order);
}

Result<QList<AttendanceRate>> readRates(Result<QList<QSqlRecord>> rows)
{
    if (!rows) {
        return rows.error();
    }
    QList<AttendanceRate> rates;
    for (const QSqlRecord &row : *rows) {
        AttendanceRate rate;
        rate.key = row.value(0).toString();
        rate.title = row.value(1).toString();
        rate.heldWorkshops = row.value(2).toInt();
        rate.registered = row.value(3).toInt();
        rate.attended = row.value(4).toInt();
        rates.append(rate);
    }
    return rates;
}

} // namespace

Result<QList<AttendanceRate>> ActivityStore::attendanceByWorkshop() const
{
    return readRates(d().records(attendanceSql(QStringLiteral("w.id"),
                                               QStringLiteral("w.title"),
                                               QStringLiteral("min(w.start_at), w.id")),
                                 {}));
}

Result<QList<AttendanceRate>> ActivityStore::attendanceByTheme() const
{
    return readRates(d().records(attendanceSql(QStringLiteral("coalesce(w.theme, '')"),
                                               QStringLiteral("coalesce(w.theme, '')"),
                                               QStringLiteral("1")),
                                 {}));
}

} // namespace CoopAtlas::Core
