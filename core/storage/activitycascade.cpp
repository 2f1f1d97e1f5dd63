// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Store: what removing and restoring a workshop or residency takes along.
#include <core/domain/activities.h>
#include <core/logging.h>
#include <core/storage/store.h>
#include <core/storage/store_p.h>

namespace CoopAtlas::Core {

namespace {

struct ChildList
{
    RecordKind kind;
    const char *parentColumn;
};

QList<ChildList> childrenOf(RecordKind kind)
{
    if (kind == RecordKind::Workshop) {
        return {{RecordKind::Participation, "workshop_id"}, {RecordKind::Followup, "workshop_id"}};
    }
    if (kind == RecordKind::Residency) {
        return {{RecordKind::Stay, "residency_id"},
                {RecordKind::Visit, "residency_id"},
                {RecordKind::BudgetLine, "residency_id"}};
    }
    return {};
}

} // namespace

QString activityNameSql(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Workshop:
    case RecordKind::Residency:
    case RecordKind::Followup:
    case RecordKind::Visit:
    case RecordKind::Resource:
    case RecordKind::Barrier:
        return QStringLiteral("SELECT title FROM ") + tableFor(kind)
               + QStringLiteral(" WHERE id = ?");
    case RecordKind::BudgetLine:
        return QStringLiteral("SELECT label FROM budget_lines WHERE id = ?");
    case RecordKind::Participation:
        return QStringLiteral("SELECT coalesce((SELECT coalesce(o.name, pe.formatted_name) "
                              "FROM participations x LEFT JOIN organisations o "
                              "ON o.id = x.participant_id LEFT JOIN persons pe "
                              "ON pe.id = x.participant_id WHERE x.id = p.id), "
                              "p.participant_id) || ' – ' || "
                              "coalesce((SELECT title FROM workshops WHERE id = p.workshop_id), "
                              "'') FROM participations p WHERE p.id = ?");
    case RecordKind::Stay:
        return QStringLiteral("SELECT coalesce((SELECT formatted_name FROM persons "
                              "WHERE id = s.person_id), s.person_id) || ' – ' || "
                              "coalesce((SELECT title FROM residencies "
                              "WHERE id = s.residency_id), '') FROM stays s WHERE s.id = ?");
    case RecordKind::Organisation:
    case RecordKind::Person:
    case RecordKind::Link:
    case RecordKind::Note:
    case RecordKind::Taxonomy:
        break;
    }
    return {};
}

Result<QList<QPair<RecordKind, QString>>> Store::Private::activityDependentIds(RecordKind kind,
                                                                               const QString &id)
{
    QList<QPair<RecordKind, QString>> dependents;
    for (const ChildList &child : childrenOf(kind)) {
        auto rows = records(QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND deleted = 0")
                                .arg(tableFor(child.kind), QLatin1String(child.parentColumn)),
                            {id});
        if (!rows) {
            return rows.error();
        }
        for (const QSqlRecord &row : *rows) {
            dependents.append({child.kind, row.value(0).toString()});
        }
    }
    return dependents;
}

Result<void> Store::Private::checkActivityParent(RecordKind kind, const QString &id)
{
    for (RecordKind parent : {RecordKind::Workshop, RecordKind::Residency}) {
        for (const ChildList &child : childrenOf(parent)) {
            if (child.kind != kind) {
                continue;
            }
            auto live = scalar(
                QStringLiteral("SELECT 1 FROM %1 c JOIN %2 p ON p.id = c.%3 "
                               "AND p.deleted = 0 WHERE c.id = ?")
                    .arg(tableFor(kind), tableFor(parent), QLatin1String(child.parentColumn)),
                {id});
            if (!live) {
                return live.error();
            }
            if (live->isNull()) {
                return Error{tr("%1 %2 belongs to a %3 that does not exist or was deleted. "
                                "Restore the %3 first.")
                                 .arg(activityKindLabel(kind), id, recordKindName(parent)),
                             id};
            }
        }
    }
    return {};
}

Result<QList<QPair<RecordKind, QString>>> Store::Private::participantDependentIds(RecordKind kind,
                                                                                  const QString &id)
{
    QList<QPair<RecordKind, QString>> dependents;
    if (kind != RecordKind::Organisation && kind != RecordKind::Person) {
        return dependents;
    }
    auto rows
        = records(QStringLiteral("SELECT 0, id FROM participations WHERE participant_id = ? "
                                 "AND deleted = 0 UNION ALL "
                                 "SELECT 1, id FROM stays WHERE person_id = ? AND deleted = 0"),
                  {id, id});
    if (!rows) {
        return rows.error();
    }
    for (const QSqlRecord &row : *rows) {
        dependents.append({row.value(0).toInt() == 0 ? RecordKind::Participation : RecordKind::Stay,
                           row.value(1).toString()});
    }
    return dependents;
}

Result<QList<QPair<QString, QString>>> Store::Private::registeredPlaces(RecordKind kind,
                                                                        const QString &id)
{
    QList<QPair<QString, QString>> places;
    if (kind != RecordKind::Organisation && kind != RecordKind::Person) {
        return places;
    }
    auto rows = records(QStringLiteral("SELECT id, workshop_id FROM participations "
                                       "WHERE participant_id = ? AND deleted = 0 "
                                       "AND registration = 'registered' ORDER BY id"),
                        {id});
    if (!rows) {
        return rows.error();
    }
    for (const QSqlRecord &row : *rows) {
        places.append({row.value(0).toString(), row.value(1).toString()});
    }
    return places;
}

Result<bool> Store::Private::moveToWaitingList(const QString &id)
{
    // Read first, so that the log names the attendance that the move discards.
    auto attendance = scalar(QStringLiteral("SELECT attendance FROM participations WHERE id = ? "
                                            "AND deleted = 0 AND registration = 'registered'"),
                             {id});
    if (!attendance) {
        return attendance.error();
    }
    if (attendance->isNull()) {
        return false;
    }
    const QString now = RecordRows::timestampText(QDateTime::currentDateTimeUtc());
    // The waiting list has no place at the workshop, so it records no attendance.
    auto moved = execute(QStringLiteral("UPDATE participations SET registration = 'waiting', "
                                        "attendance = 'unknown', updated_at = ")
                             + nextUpdatedAtSql()
                             + QStringLiteral(", updated_by = ?, dirty = 1 WHERE id = ? "
                                              "AND deleted = 0 AND registration = 'registered'"),
                         {now, db.author(), id});
    if (!moved) {
        return moved.error();
    }
    if (*moved == 0) {
        return false;
    }
    if (const QString discarded = attendance->toString(); discarded != QLatin1String("unknown")) {
        qCInfo(lcDb) << "Moved participation" << id
                     << "back to the waiting list and reset its attendance" << discarded
                     << "to unknown";
    } else {
        qCInfo(lcDb) << "Moved participation" << id << "back to the waiting list";
    }
    queueChange(RecordKind::Participation, id);
    return true;
}

Result<void> Store::Private::undoPromotions(const QStringList &ids)
{
    for (const QString &id : ids) {
        for (const QString &promoted : promotedOnRemoval.value(id)) {
            if (auto moved = moveToWaitingList(promoted); !moved) {
                return moved.error();
            }
        }
    }
    return {};
}

Result<void> Store::Private::fitRestoredRegistration(const QString &id)
{
    auto rows = records(QStringLiteral("SELECT w.capacity, (SELECT count(*) FROM participations r "
                                       "WHERE r.workshop_id = w.id AND r.deleted = 0 "
                                       "AND r.registration = 'registered') "
                                       "FROM participations p JOIN workshops w ON w.id = "
                                       "p.workshop_id WHERE p.id = ? AND p.deleted = 0 "
                                       "AND p.registration = 'registered'"),
                        {id});
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty() || rows->first().value(0).isNull()) {
        return {};
    }
    if (rows->first().value(1).toLongLong() <= rows->first().value(0).toLongLong()) {
        return {};
    }
    if (auto moved = moveToWaitingList(id); !moved) {
        return moved.error();
    }
    return {};
}

} // namespace CoopAtlas::Core
