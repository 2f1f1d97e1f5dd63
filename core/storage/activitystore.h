// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/activities.h>
#include <core/domain/activityvalidation.h>
#include <core/result.h>
#include <core/storage/activityperiods.h>
#include <core/storage/store.h>

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace CoopAtlas::Core {

/// Filter of an activity list. Unset fields do not filter.
struct ActivityListQuery
{
    /// Workshop, Residency, Resource or Barrier.
    RecordKind kind = RecordKind::Workshop;
    /// Workshops that start before `to` and end after `from`. Residencies with a
    /// day between the UTC dates of `from` and `to`, both included. Other kinds
    /// ignore the range.
    QDateTime from;
    QDateTime to;
    /// Workshop theme, resource kind or barrier domain term key.
    QString termFilter;
    QString status; ///< workshop, residency or barrier status key
    /// Words typed by the user, matched through the FTS index without regard to
    /// accents and case. The index covers a workshop's title, description,
    /// venue and theme labels (en, fr, nl), and a residency's title,
    /// objectives, description, city key and city name. It covers a resource's
    /// title, summary, text and tags, and a barrier's title, description and
    /// recommendation.
    QString filterText;
    QString city;     ///< residency city key (ActivityKeys::residencyCities())
    QString language; ///< resource language key (ActivityKeys::resourceLanguages())
    /// One resource tag, equal to a stored tag apart from the case of ASCII letters.
    // NOTE: SQLite's NOCASE folds A-Z only, so "Économie" does not match "économie".
    QString tag;
    QString barrierKind; ///< barrier kind key (ActivityKeys::barrierKinds())
};

/// Attendance of held workshops: attended / registered, where registered
/// counts participations whose registration is "registered".
struct AttendanceRate
{
    QString key;   ///< workshop id, or theme term key
    QString title; ///< workshop title, or the theme key
    int heldWorkshops = 0;
    int registered = 0;
    int attended = 0;
    /// attended / registered, or empty when no participation is registered.
    [[nodiscard]] std::optional<double> rate() const
    {
        return registered > 0 ? std::optional<double>(double(attended) / registered) : std::nullopt;
    }
};

/// Sums of the live budget lines of a residency or of one category, in cents.
struct BudgetTotals
{
    QString category; ///< empty for the whole residency
    qint64 plannedCents = 0;
    qint64 actualCents = 0; ///< sum of the known actual amounts
    int linesWithoutActual = 0;
    /// actual - planned over the lines with a known actual amount.
    qint64 varianceCents = 0;
};

/// A residency's totals, then one entry per category used, in category order.
struct ResidencyBudget
{
    BudgetTotals total;
    QList<BudgetTotals> byCategory;
};

/// Barriers of one domain and the distinct organisations of kind
/// "project-holder" that they affect.
struct BarrierDomainCount
{
    QString domain;
    int barriers = 0;
    int projectHolders = 0;
};

/// Outcome of ActivityStore::removeParticipation(), for undo.
struct ParticipationRemoval
{
    QString id; ///< the removed participation
    QString workshopId;
    QStringList removedIds;  ///< the participation and its notes, as Store::remove() returns them
    QStringList promotedIds; ///< participations moved from the waiting list to "registered"
};

/// Outcome of a participation write, for the form to tell the user.
struct ParticipationWrite
{
    QString id;
    QString registration; ///< as stored: "waiting" when the workshop was full
    /// Participation moved from the waiting list to "registered" by this write, or empty.
    QString promotedId;
};

/// Workshops, residencies, the knowledge base and the barrier register, stored
/// through a Store's connection. Every write is one transaction and is announced
/// by Store::changed() with the record's kind, like the Store's own writes.
/// Removing and restoring use Store::remove() and Store::restore(): removing a
/// workshop also tombstones its participations and follow-ups, a residency its
/// stays, visits and budget lines, and restore() brings back the ids that
/// remove() returned. An ActivityStore is cheap to create and keeps no state of
/// its own, so it must not outlive its Store.
class ActivityStore
{
public:
    explicit ActivityStore(Store &store);

    [[nodiscard]] Result<Workshop> workshop(const QString &id) const;
    [[nodiscard]] Result<QString> insertWorkshop(Workshop workshop);
    /// Fails when the capacity is below the number already registered.
    [[nodiscard]] Result<void> updateWorkshop(const Workshop &workshop);

    [[nodiscard]] Result<Participation> participation(const QString &id) const;
    /// Adds a participation. A "registered" one past the capacity is stored as
    /// "waiting". Rejects a second live participation of the same participant
    /// in the workshop.
    [[nodiscard]] Result<ParticipationWrite> insertParticipation(Participation participation);
    /// Writes a participation. When a registered one becomes cancelled, the
    /// first waiting one (by registeredAt) becomes registered in the same
    /// transaction. A change back to "registered" past the capacity is stored
    /// as "waiting".
    [[nodiscard]] Result<ParticipationWrite>
    updateParticipation(const Participation &participation);
    /// Tombstones a participation with its notes (see Store::remove()). When it
    /// was registered, the first waiting ones (by registeredAt) move up to the
    /// free places in the same transaction.
    // NOTE: Store::remove() of a participation does not move the waiting list
    // up; call this function instead.
    [[nodiscard]] Result<ParticipationRemoval> removeParticipation(const QString &id);
    /// Undoes removeParticipation() in one transaction: the participations it
    /// moved up and that are still registered go back to the waiting list, then
    /// the removed records come back. A restored registration that no longer
    /// fits in the capacity is stored as "waiting".
    [[nodiscard]] Result<void> restoreParticipation(const ParticipationRemoval &removal);
    /// Live participations of a workshop: registered ones, then the waiting
    /// list, then cancelled ones, each by registeredAt.
    [[nodiscard]] Result<QList<Participation>> participationsOf(const QString &workshopId) const;
    /// Number of live "registered" participations of a workshop.
    [[nodiscard]] Result<int> registeredCount(const QString &workshopId) const;

    [[nodiscard]] Result<Followup> followup(const QString &id) const;
    [[nodiscard]] Result<QString> insertFollowup(Followup followup);
    [[nodiscard]] Result<void> updateFollowup(const Followup &followup);
    /// Live follow-ups of a workshop, open ones first, by due date.
    [[nodiscard]] Result<QList<Followup>> followupsOf(const QString &workshopId) const;

    [[nodiscard]] Result<Residency> residency(const QString &id) const;
    [[nodiscard]] Result<QString> insertResidency(Residency residency);
    [[nodiscard]] Result<void> updateResidency(const Residency &residency);

    [[nodiscard]] Result<Stay> stay(const QString &id) const;
    /// Saves a stay even when it overlaps another stay of the same person;
    /// call stayOverlaps() first to show the warning.
    [[nodiscard]] Result<QString> insertStay(Stay stay);
    [[nodiscard]] Result<void> updateStay(const Stay &stay);
    /// Live stays of a residency, by arrival.
    [[nodiscard]] Result<QList<Stay>> staysOf(const QString &residencyId) const;
    /// Other live stays of the same person whose days overlap `stay`'s days.
    [[nodiscard]] Result<QList<StayOverlap>> stayOverlaps(const Stay &stay) const;
    /// Live stays with at least one day in [from, to], by arrival.
    [[nodiscard]] Result<QList<Stay>> staysBetween(QDate from, QDate to) const;

    [[nodiscard]] Result<Visit> visit(const QString &id) const;
    [[nodiscard]] Result<QString> insertVisit(Visit visit);
    [[nodiscard]] Result<void> updateVisit(const Visit &visit);
    /// Live visits of a residency, by start.
    [[nodiscard]] Result<QList<Visit>> visitsOf(const QString &residencyId) const;

    [[nodiscard]] Result<BudgetLine> budgetLine(const QString &id) const;
    [[nodiscard]] Result<QString> insertBudgetLine(BudgetLine line);
    [[nodiscard]] Result<void> updateBudgetLine(const BudgetLine &line);
    /// Live budget lines of a residency, by category then label.
    [[nodiscard]] Result<QList<BudgetLine>> budgetLinesOf(const QString &residencyId) const;
    [[nodiscard]] Result<ResidencyBudget> residencyBudget(const QString &residencyId) const;

    [[nodiscard]] Result<Resource> resource(const QString &id) const;
    [[nodiscard]] Result<QString> insertResource(Resource resource);
    /// Writes every field but the file.
    [[nodiscard]] Result<void> updateResource(const Resource &resource);
    /// Stores `data` as the resource's file, replacing any previous one, and
    /// fills name, MIME type, size and SHA-256. Fails before writing when the
    /// data is larger than MaxResourceFileBytes.
    [[nodiscard]] Result<ResourceFile> attachResourceFile(const QString &resourceId,
                                                          const QString &fileName,
                                                          const QString &mimeType,
                                                          const QByteArray &data);
    [[nodiscard]] Result<void> detachResourceFile(const QString &resourceId);
    /// Bytes of the resource's file; an empty array when it has none.
    [[nodiscard]] Result<QByteArray> resourceFileData(const QString &resourceId) const;

    [[nodiscard]] Result<Barrier> barrier(const QString &id) const;
    [[nodiscard]] Result<QString> insertBarrier(Barrier barrier);
    [[nodiscard]] Result<void> updateBarrier(const Barrier &barrier);
    /// Live barriers and opportunities per domain, in domain key order, with
    /// the distinct project holders they affect, counted in one SQL query.
    /// A non-empty `kind` or `status` key counts only the barriers that have it.
    [[nodiscard]] Result<QList<BarrierDomainCount>>
    barrierDomainCounts(const QString &kind = QString(), const QString &status = QString()) const;

    // Lists for lazy models. Workshops sort by start, residencies by start date,
    // resources by title and barriers by title, each with the id as tie-breaker.
    /// Names of the columns of ListRow::values for `kind`.
    [[nodiscard]] static QStringList listColumns(RecordKind kind);
    [[nodiscard]] Result<qint64> count(const ActivityListQuery &query) const;
    [[nodiscard]] Result<QList<ListRow>>
    page(const ActivityListQuery &query, qint64 offset, int limit) const;
    /// Up to `limit` live barriers that `query` selects (query.kind must be
    /// Barrier), whole, from row `offset` of this order: most severe first,
    /// then by title and id. A set `domain` selects that domain key only, and
    /// an empty key selects the barriers without a domain.
    [[nodiscard]] Result<QList<Barrier>> barriers(const ActivityListQuery &query,
                                                  const std::optional<QString> &domain,
                                                  qint64 offset,
                                                  int limit) const;
    /// Live workshops that overlap [from, to), by start (for the calendar).
    [[nodiscard]] Result<QList<Workshop>> workshopsBetween(const QDateTime &from,
                                                           const QDateTime &to) const;
    /// Live residencies with at least one day in [from, to], by start.
    [[nodiscard]] Result<QList<Residency>> residenciesBetween(QDate from, QDate to) const;

    /// Attendance of each held workshop, by start.
    [[nodiscard]] Result<QList<AttendanceRate>> attendanceByWorkshop() const;
    /// Attendance of held workshops grouped by theme, by theme key.
    [[nodiscard]] Result<QList<AttendanceRate>> attendanceByTheme() const;

    /// Held workshops per period, for workshops that start (in Brussels time)
    /// on a day in [from, to], with the distinct people and organisations whose
    /// live participation is "registered" or "attended". A participant counts
    /// once per period. Periods without a held workshop are left out.
    [[nodiscard]] Result<QList<WorkshopPeriodCount>>
    workshopParticipantsPerPeriod(QDate from, QDate to, PeriodLength length) const;
    /// Residencies that are not cancelled and start on a day in [from, to], per
    /// period of their start, with the distinct people of their live stays.
    /// Periods without such a residency are left out.
    [[nodiscard]] Result<QList<ResidencyPeriodCount>>
    residenciesPerPeriod(QDate from, QDate to, PeriodLength length) const;

private:
    [[nodiscard]] Store::Private &d() const;
    [[nodiscard]] Database &db() const;
    /// Moves waiting participations of a workshop up while it has free places.
    [[nodiscard]] Result<QStringList> promoteWaiting(const QString &workshopId);

    Store &m_store;

    // Store::remove() of a participant moves the waiting lists up.
    friend class Store;
};

} // namespace CoopAtlas::Core
