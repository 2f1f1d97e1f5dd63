// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/activities.h>
#include <core/domain/activityvalidation.h>
#include <core/storage/database.h>
#include <core/storage/recordrows.h>
#include <core/storage/store_p.h>
#include <core/uuid.h>

#include <QCoreApplication>
#include <QSqlRecord>

// Rows of the activity tables, the counterpart of recordrows.h for activities.h.
namespace CoopAtlas::Core::ActivityRows {

using RecordRows::Row;

Row workshopRow(const Workshop &workshop);
Row participationRow(const Participation &participation);
Row followupRow(const Followup &followup);
Row residencyRow(const Residency &residency);
Row stayRow(const Stay &stay);
Row visitRow(const Visit &visit);
Row budgetLineRow(const BudgetLine &line);
/// Every column but the file columns, which attachResourceFile() writes.
Row resourceRow(const Resource &resource);
Row barrierRow(const Barrier &barrier);

Workshop readWorkshop(const QSqlRecord &record);
Participation readParticipation(const QSqlRecord &record);
Followup readFollowup(const QSqlRecord &record);
Residency readResidency(const QSqlRecord &record);
Stay readStay(const QSqlRecord &record);
Visit readVisit(const QSqlRecord &record);
BudgetLine readBudgetLine(const QSqlRecord &record);
Resource readResource(const QSqlRecord &record);
Barrier readBarrier(const QSqlRecord &record);

} // namespace CoopAtlas::Core::ActivityRows

namespace CoopAtlas::Core::ActivityWrite {

using RecordRows::timestampFromText;

/// Runs `write` in a Transaction (a savepoint inside a caller's Transaction)
/// and commits it when `write` succeeds.
template <typename Write> auto transact(Database &db, Write write) -> decltype(write())
{
    Transaction transaction(db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    auto result = write();
    if (!result) {
        return result;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return result;
}

// Named Text itself, not an alias, so that lupdate files its strings under its context.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::ActivityStore)
};

inline void fillNewMeta(RecordMeta &meta, const QString &author)
{
    if (meta.id.isEmpty()) {
        meta.id = createUuidV7();
    }
    meta.createdAt = QDateTime::currentDateTimeUtc();
    meta.updatedAt = meta.createdAt;
    meta.createdBy = author;
    meta.updatedBy = author;
    meta.dirty = true;
    meta.deleted = false;
}

/// Rejects an update of a record that changed in the file since it was read
/// (see Store's updates): equal updated_at values mean an unchanged record.
template <typename D>
Result<void>
checkUnchangedSinceRead(D &d, const QString &table, const RecordMeta &meta, const QString &label)
{
    if (!meta.updatedAt.isValid()) {
        return {};
    }
    auto stored = d.scalar(QStringLiteral("SELECT updated_at FROM ") + table
                               + QStringLiteral(" WHERE id = ? AND deleted = 0"),
                           {meta.id});
    if (!stored) {
        return stored.error();
    }
    if (stored->isNull() || timestampFromText(stored->toString()) == meta.updatedAt) {
        return {};
    }
    return Error{Text::tr("%1 was changed in another window or program since you opened it, so "
                          "this change was not saved. Reload the record to see the other change, "
                          "then make your change again.")
                     .arg(label),
                 meta.id};
}

/// Adds an error naming `field` when `id` is not a live record of `kind`.
template <typename D>
void checkLive(
    D &d, RecordKind kind, const QString &id, const QString &field, QList<FieldError> &errors)
{
    if (id.isEmpty()) {
        return;
    }
    auto found = d.scalar(QStringLiteral("SELECT 1 FROM ") + tableFor(kind)
                              + QStringLiteral(" WHERE id = ? AND deleted = 0"),
                          {id});
    if (found && !found->isNull()) {
        return;
    }
    const QString what = kind == RecordKind::Person         ? Text::tr("person")
                         : kind == RecordKind::Organisation ? Text::tr("organisation")
                                                            : activityKindLabel(kind).toLower();
    errors.append({field,
                   Text::tr("No %1 with id %2 exists (it may have been deleted). Choose another "
                            "record for \"%3\".")
                       .arg(what, id, field)});
}

template <typename D>
void checkLiveIds(
    D &d, RecordKind kind, const QStringList &ids, const QString &field, QList<FieldError> &errors)
{
    for (const QString &id : ids) {
        checkLive(d, kind, id, field, errors);
    }
}

/// Adds an error when `id` is not a live record of one of `kinds`.
template <typename D>
void checkLiveAny(D &d,
                  const QList<RecordKind> &kinds,
                  const QStringList &ids,
                  const QString &field,
                  QList<FieldError> &errors)
{
    for (const QString &id : ids) {
        bool found = false;
        for (RecordKind kind : kinds) {
            QList<FieldError> missing;
            checkLive(d, kind, id, field, missing);
            found = found || missing.isEmpty();
        }
        if (!found) {
            errors.append({field,
                           Text::tr("No record with id %1 exists that \"%2\" may name (it may "
                                    "have been deleted). Remove it from the list.")
                               .arg(id, field)});
        }
    }
}

template <typename Record, typename D>
Result<Record>
readById(D &d, RecordKind kind, const QString &id, Record (*read)(const QSqlRecord &))
{
    auto row = d.recordById(tableFor(kind), id, activityKindLabel(kind));
    if (!row) {
        return row.error();
    }
    return read(*row);
}

template <typename D, typename Record, typename Check>
Result<QString> insertActivity(D &d,
                               Database &db,
                               RecordKind kind,
                               Record &record,
                               const QString &label,
                               Check check,
                               RecordRows::Row (*makeRow)(const Record &))
{
    fillNewMeta(record.meta, db.author());
    return transact(db, [&]() -> Result<QString> {
        QList<FieldError> errors = validate(record);
        check(errors);
        if (!errors.isEmpty()) {
            return invalidRecord(label, errors);
        }
        if (auto inserted = d.insertRow(tableFor(kind), makeRow(record), record.meta); !inserted) {
            return inserted.error();
        }
        d.queueChange(kind, record.meta.id);
        return record.meta.id;
    });
}

template <typename D, typename Record, typename Check>
Result<void> updateActivity(D &d,
                            Database &db,
                            RecordKind kind,
                            const Record &record,
                            const QString &label,
                            Check check,
                            RecordRows::Row (*makeRow)(const Record &))
{
    return transact(db, [&]() -> Result<void> {
        QList<FieldError> errors = validate(record);
        check(errors);
        if (!errors.isEmpty()) {
            return invalidRecord(label, errors);
        }
        const QString table = tableFor(kind);
        if (auto unchanged = checkUnchangedSinceRead(d, table, record.meta, label); !unchanged) {
            return unchanged;
        }
        if (auto updated = d.updateRow(table, makeRow(record), record.meta.id, label); !updated) {
            return updated;
        }
        d.queueChange(kind, record.meta.id);
        return {};
    });
}

inline QString quoted(const QString &label, const QString &title)
{
    return Text::tr("%1 \"%2\"").arg(label, title);
}

} // namespace CoopAtlas::Core::ActivityWrite
