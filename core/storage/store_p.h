// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/validation.h>
#include <core/storage/recordrows.h>
#include <core/storage/store.h>

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

namespace CoopAtlas::Core {

/// Prepared statements, caches and pending change signals of a Store.
struct Store::Private
{
    explicit Private(Database &database)
        : db(database)
    {}

    /// Prepares `sql` once per Store, binds `values` in order and runs it.
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &values);
    /// Number of rows changed by an INSERT, UPDATE or DELETE.
    Result<int> execute(const QString &sql, const QVariantList &values);
    /// Live rows of organisations, persons or links, from the record_counts table
    /// that triggers keep exact.
    Result<qint64> liveCount(const QString &table);
    /// Every row of a SELECT.
    Result<QList<QSqlRecord>> records(const QString &sql, const QVariantList &values);
    /// First column of the first row of a SELECT, or a null value without rows.
    Result<QVariant> scalar(const QString &sql, const QVariantList &values);

    Result<void>
    insertRow(const QString &table, const RecordRows::Row &row, const RecordMeta &meta);
    Result<void> updateRow(const QString &table,
                           const RecordRows::Row &row,
                           const QString &id,
                           const QString &label);
    Result<QSqlRecord> recordById(const QString &table, const QString &id, const QString &label);

    /// True when `key` is a live term of `vocabulary`. Re-reads the vocabulary
    /// once on a miss, because another connection may have added the term.
    bool isKnownTerm(const QString &vocabulary, const QString &key);
    void checkTerm(const QString &vocabulary,
                   const QString &key,
                   const QString &field,
                   QList<FieldError> &errors);
    void checkOrganisationTerms(const Organisation &org, QList<FieldError> &errors);
    /// Kind and name of a live organisation or person, for link endpoints.
    Result<QPair<RecordKind, QString>> liveEndpoint(const QString &id);

    /// Validates a link and reads its endpoint names, giving the row to write.
    Result<RecordRows::Row> checkedLinkRow(const Link &link);
    Result<void> checkNote(const Note &note);
    /// Copies a renamed organisation's or person's name into the links that end at it.
    Result<void> renameLinkEnds(const QString &id, const QString &name);

    /// Live links of an organisation or person, then live notes of the record and of those links.
    Result<QList<QPair<RecordKind, QString>>> dependentIds(RecordKind kind, const QString &id);
    /// Live participations and follow-ups of a workshop; live stays, visits and
    /// budget lines of a residency; nothing for other kinds.
    Result<QList<QPair<RecordKind, QString>>> activityDependentIds(RecordKind kind,
                                                                   const QString &id);
    /// Live participations and stays of an organisation or person; nothing for other kinds.
    Result<QList<QPair<RecordKind, QString>>> participantDependentIds(RecordKind kind,
                                                                      const QString &id);
    /// Live "registered" participations of an organisation or person, as
    /// (participation id, workshop id) pairs.
    Result<QList<QPair<QString, QString>>> registeredPlaces(RecordKind kind, const QString &id);
    /// Before a restore: moves the participations that were moved up when one of
    /// `ids` was removed, and that are still registered, back to the waiting list.
    Result<void> undoPromotions(const QStringList &ids);
    /// Moves a live registered participation to the waiting list and resets
    /// its attendance to "unknown", marking it for sync. Returns false when the
    /// participation is not live and registered, and then changes nothing.
    Result<bool> moveToWaitingList(const QString &id);
    /// After a restore: a restored "registered" participation that no longer
    /// fits in its workshop's capacity goes to the waiting list.
    Result<void> fitRestoredRegistration(const QString &id);
    /// Fails when a restored participation, follow-up, stay, visit or budget
    /// line belongs to a workshop or residency that is not live.
    Result<void> checkActivityParent(RecordKind kind, const QString &id);
    /// Sets or clears the tombstone of one record. Fails when it is already in that state.
    Result<void> setDeleted(const QString &table, const QString &id, bool deleted);

    /// Writes `newKey` in place of `oldKey` of `vocabulary` in every record,
    /// tombstones included, and returns the records changed.
    Result<QList<TermUse>>
    rewriteTermKey(const QString &vocabulary, const QString &oldKey, const QString &newKey);
    /// Live records that use the term `key` of `vocabulary`.
    Result<qint64> countTermUsage(const QString &vocabulary, const QString &key);

    void queueChange(RecordKind kind, const QString &id) { pendingChanges.append({kind, id}); }

    Database &db;
    QHash<QString, QSqlQuery> statements;
    QHash<QString, QString> insertSql;
    QHash<QString, QString> updateSql;
    QHash<QString, QSet<QString>> termKeys;
    QList<QPair<RecordKind, QString>> pendingChanges;
    /// Participations moved up from the waiting list when the registered
    /// participation (the key) was removed along with its participant, for undo.
    QHash<QString, QStringList> promotedOnRemoval;
};

/// SQL for the updated_at value of an UPDATE, with one placeholder for the
/// current time: that time, or the stored value plus 1 ms when the stored value
/// is not older. Every write thus gives a strictly newer updated_at, and equal
/// values mean that the record did not change.
QString nextUpdatedAtSql();
/// Table of each record kind.
QString tableFor(RecordKind kind);
/// SQL that selects the display name of a record of an activity kind by id
/// (one placeholder), or an empty string for other kinds.
QString activityNameSql(RecordKind kind);
/// Error of a write rejected by validation, listing every problem.
Error invalidRecord(const QString &label, const QList<FieldError> &errors);

} // namespace CoopAtlas::Core
