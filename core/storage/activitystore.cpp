// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ActivityStore: reading and writing single activity records.
#include "activitystore.h"

#include <core/logging.h>
#include <core/storage/activitystore_p.h>
#include <core/storage/store_p.h>
#include <core/uuid.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QTimeZone>

namespace CoopAtlas::Core {

using namespace ActivityRows;
using namespace ActivityWrite;
using RecordRows::timestampFromText;
using RecordRows::timestampText;

namespace {

/// Keeps all-day workshops at local midnight of their first and last day.
Workshop normalisedWorkshop(Workshop workshop)
{
    if (!workshop.allDay) {
        return workshop;
    }
    const QTimeZone zone(workshop.timeZone.toUtf8());
    if (!zone.isValid()) {
        return workshop;
    }
    for (QDateTime *time : {&workshop.start, &workshop.end}) {
        if (time->isValid()) {
            *time = QDateTime(time->toTimeZone(zone).date(), QTime(0, 0), zone).toUTC();
        }
    }
    return workshop;
}

bool calendarFieldsDiffer(const Workshop &a, const Workshop &b)
{
    return a.title != b.title || a.start != b.start || a.end != b.end || a.timeZone != b.timeZone
           || a.allDay != b.allDay || a.venue != b.venue || a.status != b.status
           || a.description != b.description;
}

bool calendarFieldsDiffer(const Residency &a, const Residency &b)
{
    return a.title != b.title || a.start != b.start || a.end != b.end || a.timeZone != b.timeZone
           || a.city != b.city || a.cityName != b.cityName || a.status != b.status
           || a.description != b.description;
}

Residency normalisedResidency(Residency residency)
{
    const QString zone = residencyTimeZoneFor(residency.city);
    if (!zone.isEmpty()) {
        residency.timeZone = zone;
    }
    return residency;
}

/// Checks the domain term and the evidence and organisation ids of a barrier.
/// A template, because Store::Private is private to the classes that use it.
template <typename D>
void checkBarrierReferences(D &store, const Barrier &barrier, QList<FieldError> &errors)
{
    store.checkTerm(
        QLatin1String(Vocabulary::BarrierDomain), barrier.domain, QStringLiteral("domain"), errors);
    checkLiveAny(store,
                 {RecordKind::Note, RecordKind::Resource},
                 barrier.evidenceIds,
                 QStringLiteral("evidenceIds"),
                 errors);
    checkLiveIds(store,
                 RecordKind::Organisation,
                 barrier.affectedOrganisationIds,
                 QStringLiteral("affectedOrganisationIds"),
                 errors);
}

} // namespace

ActivityStore::ActivityStore(Store &store)
    : m_store(store)
{}

Store::Private &ActivityStore::d() const
{
    return *m_store.d;
}

Database &ActivityStore::db() const
{
    return *m_store.m_db;
}

// --- Workshops ---------------------------------------------------------------

Result<Workshop> ActivityStore::workshop(const QString &id) const
{
    return readById(d(), RecordKind::Workshop, id, readWorkshop);
}

Result<QString> ActivityStore::insertWorkshop(Workshop workshop)
{
    workshop = normalisedWorkshop(std::move(workshop));
    workshop.calendarSequence = 0;
    const auto check = [this, &workshop](QList<FieldError> &errors) {
        d().checkTerm(QLatin1String(Vocabulary::WorkshopTheme),
                      workshop.theme,
                      QStringLiteral("theme"),
                      errors);
        checkLiveIds(d(),
                     RecordKind::Organisation,
                     workshop.organiserIds,
                     QStringLiteral("organiserIds"),
                     errors);
    };
    return insertActivity(d(),
                          db(),
                          RecordKind::Workshop,
                          workshop,
                          quoted(Text::tr("The workshop"), workshop.title),
                          check,
                          workshopRow);
}

Result<void> ActivityStore::updateWorkshop(const Workshop &changed)
{
    return transact(db(), [&]() -> Result<void> {
        auto stored = workshop(changed.meta.id);
        if (!stored) {
            return stored.error();
        }
        Workshop record = normalisedWorkshop(changed);
        record.calendarSequence
            = stored->calendarSequence + (calendarFieldsDiffer(*stored, record) ? 1 : 0);
        auto registered = registeredCount(record.meta.id);
        if (!registered) {
            return registered.error();
        }
        const auto check = [&](QList<FieldError> &errors) {
            d().checkTerm(QLatin1String(Vocabulary::WorkshopTheme),
                          record.theme,
                          QStringLiteral("theme"),
                          errors);
            checkLiveIds(d(),
                         RecordKind::Organisation,
                         record.organiserIds,
                         QStringLiteral("organiserIds"),
                         errors);
            if (record.capacity && *record.capacity >= 0 && *record.capacity < *registered) {
                errors.append(capacityBelowRegistered(*record.capacity, *registered));
            }
        };
        auto updated = updateActivity(d(),
                                      db(),
                                      RecordKind::Workshop,
                                      record,
                                      quoted(Text::tr("The workshop"), record.title),
                                      check,
                                      workshopRow);
        if (!updated) {
            return updated;
        }
        // A larger capacity makes room for the waiting list.
        auto promoted = promoteWaiting(record.meta.id);
        if (!promoted) {
            return promoted.error();
        }
        return {};
    });
}

// --- Follow-ups --------------------------------------------------------------

Result<Followup> ActivityStore::followup(const QString &id) const
{
    return readById(d(), RecordKind::Followup, id, readFollowup);
}

Result<QString> ActivityStore::insertFollowup(Followup followup)
{
    const auto check = [this, &followup](QList<FieldError> &errors) {
        checkLive(
            d(), RecordKind::Workshop, followup.workshopId, QStringLiteral("workshopId"), errors);
        checkLive(d(), RecordKind::Person, followup.ownerId, QStringLiteral("ownerId"), errors);
    };
    return insertActivity(d(),
                          db(),
                          RecordKind::Followup,
                          followup,
                          quoted(Text::tr("The follow-up"), followup.title),
                          check,
                          followupRow);
}

Result<void> ActivityStore::updateFollowup(const Followup &followup)
{
    const auto check = [this, &followup](QList<FieldError> &errors) {
        checkLive(
            d(), RecordKind::Workshop, followup.workshopId, QStringLiteral("workshopId"), errors);
        checkLive(d(), RecordKind::Person, followup.ownerId, QStringLiteral("ownerId"), errors);
    };
    return updateActivity(d(),
                          db(),
                          RecordKind::Followup,
                          followup,
                          quoted(Text::tr("The follow-up"), followup.title),
                          check,
                          followupRow);
}

// --- Residencies -------------------------------------------------------------

Result<Residency> ActivityStore::residency(const QString &id) const
{
    return readById(d(), RecordKind::Residency, id, readResidency);
}

Result<QString> ActivityStore::insertResidency(Residency residency)
{
    residency = normalisedResidency(std::move(residency));
    residency.calendarSequence = 0;
    const auto check = [this, &residency](QList<FieldError> &errors) {
        checkLiveIds(
            d(), RecordKind::Organisation, residency.hostIds, QStringLiteral("hostIds"), errors);
    };
    return insertActivity(d(),
                          db(),
                          RecordKind::Residency,
                          residency,
                          quoted(Text::tr("The residency"), residency.title),
                          check,
                          residencyRow);
}

Result<void> ActivityStore::updateResidency(const Residency &changed)
{
    return transact(db(), [&]() -> Result<void> {
        auto stored = residency(changed.meta.id);
        if (!stored) {
            return stored.error();
        }
        Residency record = normalisedResidency(changed);
        record.calendarSequence
            = stored->calendarSequence + (calendarFieldsDiffer(*stored, record) ? 1 : 0);
        const auto check = [&](QList<FieldError> &errors) {
            checkLiveIds(
                d(), RecordKind::Organisation, record.hostIds, QStringLiteral("hostIds"), errors);
        };
        return updateActivity(d(),
                              db(),
                              RecordKind::Residency,
                              record,
                              quoted(Text::tr("The residency"), record.title),
                              check,
                              residencyRow);
    });
}

// --- Stays, visits and budget lines ------------------------------------------

Result<Stay> ActivityStore::stay(const QString &id) const
{
    return readById(d(), RecordKind::Stay, id, readStay);
}

Result<QString> ActivityStore::insertStay(Stay stay)
{
    const auto check = [this, &stay](QList<FieldError> &errors) {
        checkLive(
            d(), RecordKind::Residency, stay.residencyId, QStringLiteral("residencyId"), errors);
        checkLive(d(), RecordKind::Person, stay.personId, QStringLiteral("personId"), errors);
        checkLive(d(),
                  RecordKind::Organisation,
                  stay.organisationId,
                  QStringLiteral("organisationId"),
                  errors);
    };
    return insertActivity(
        d(), db(), RecordKind::Stay, stay, activityKindLabel(RecordKind::Stay), check, stayRow);
}

Result<void> ActivityStore::updateStay(const Stay &stay)
{
    const auto check = [this, &stay](QList<FieldError> &errors) {
        checkLive(
            d(), RecordKind::Residency, stay.residencyId, QStringLiteral("residencyId"), errors);
        checkLive(d(), RecordKind::Person, stay.personId, QStringLiteral("personId"), errors);
        checkLive(d(),
                  RecordKind::Organisation,
                  stay.organisationId,
                  QStringLiteral("organisationId"),
                  errors);
    };
    return updateActivity(
        d(), db(), RecordKind::Stay, stay, activityKindLabel(RecordKind::Stay), check, stayRow);
}

Result<Visit> ActivityStore::visit(const QString &id) const
{
    return readById(d(), RecordKind::Visit, id, readVisit);
}

Result<QString> ActivityStore::insertVisit(Visit visit)
{
    const auto check = [this, &visit](QList<FieldError> &errors) {
        checkLive(
            d(), RecordKind::Residency, visit.residencyId, QStringLiteral("residencyId"), errors);
        checkLive(d(),
                  RecordKind::Organisation,
                  visit.hostOrganisationId,
                  QStringLiteral("hostOrganisationId"),
                  errors);
    };
    return insertActivity(d(),
                          db(),
                          RecordKind::Visit,
                          visit,
                          quoted(Text::tr("The programme item"), visit.title),
                          check,
                          visitRow);
}

Result<void> ActivityStore::updateVisit(const Visit &visit)
{
    const auto check = [this, &visit](QList<FieldError> &errors) {
        checkLive(
            d(), RecordKind::Residency, visit.residencyId, QStringLiteral("residencyId"), errors);
        checkLive(d(),
                  RecordKind::Organisation,
                  visit.hostOrganisationId,
                  QStringLiteral("hostOrganisationId"),
                  errors);
    };
    return updateActivity(d(),
                          db(),
                          RecordKind::Visit,
                          visit,
                          quoted(Text::tr("The programme item"), visit.title),
                          check,
                          visitRow);
}

Result<BudgetLine> ActivityStore::budgetLine(const QString &id) const
{
    return readById(d(), RecordKind::BudgetLine, id, readBudgetLine);
}

Result<QString> ActivityStore::insertBudgetLine(BudgetLine line)
{
    const auto check = [this, &line](QList<FieldError> &errors) {
        checkLive(
            d(), RecordKind::Residency, line.residencyId, QStringLiteral("residencyId"), errors);
    };
    return insertActivity(d(),
                          db(),
                          RecordKind::BudgetLine,
                          line,
                          quoted(Text::tr("The budget line"), line.label),
                          check,
                          budgetLineRow);
}

Result<void> ActivityStore::updateBudgetLine(const BudgetLine &line)
{
    const auto check = [this, &line](QList<FieldError> &errors) {
        checkLive(
            d(), RecordKind::Residency, line.residencyId, QStringLiteral("residencyId"), errors);
    };
    return updateActivity(d(),
                          db(),
                          RecordKind::BudgetLine,
                          line,
                          quoted(Text::tr("The budget line"), line.label),
                          check,
                          budgetLineRow);
}

// --- Resources ---------------------------------------------------------------

Result<Resource> ActivityStore::resource(const QString &id) const
{
    return readById(d(), RecordKind::Resource, id, readResource);
}

Result<QString> ActivityStore::insertResource(Resource resource)
{
    resource.file = {};
    const auto check = [this, &resource](QList<FieldError> &errors) {
        d().checkTerm(
            QLatin1String(Vocabulary::ResourceKind), resource.kind, QStringLiteral("kind"), errors);
        checkLiveAny(d(),
                     {RecordKind::Organisation, RecordKind::Workshop, RecordKind::Barrier},
                     resource.relatedIds,
                     QStringLiteral("relatedIds"),
                     errors);
    };
    return insertActivity(d(),
                          db(),
                          RecordKind::Resource,
                          resource,
                          quoted(Text::tr("The resource"), resource.title),
                          check,
                          resourceRow);
}

Result<void> ActivityStore::updateResource(const Resource &changed)
{
    Resource resource = changed;
    resource.file = {};
    const auto check = [this, &resource](QList<FieldError> &errors) {
        d().checkTerm(
            QLatin1String(Vocabulary::ResourceKind), resource.kind, QStringLiteral("kind"), errors);
        checkLiveAny(d(),
                     {RecordKind::Organisation, RecordKind::Workshop, RecordKind::Barrier},
                     resource.relatedIds,
                     QStringLiteral("relatedIds"),
                     errors);
    };
    return updateActivity(d(),
                          db(),
                          RecordKind::Resource,
                          resource,
                          quoted(Text::tr("The resource"), resource.title),
                          check,
                          resourceRow);
}

// --- Barriers ----------------------------------------------------------------

Result<Barrier> ActivityStore::barrier(const QString &id) const
{
    return readById(d(), RecordKind::Barrier, id, readBarrier);
}

Result<QString> ActivityStore::insertBarrier(Barrier barrier)
{
    const auto check = [this, &barrier](QList<FieldError> &errors) {
        checkBarrierReferences(d(), barrier, errors);
    };
    return insertActivity(d(),
                          db(),
                          RecordKind::Barrier,
                          barrier,
                          quoted(activityKindLabel(RecordKind::Barrier), barrier.title),
                          check,
                          barrierRow);
}

Result<void> ActivityStore::updateBarrier(const Barrier &barrier)
{
    const auto check = [this, &barrier](QList<FieldError> &errors) {
        checkBarrierReferences(d(), barrier, errors);
    };
    return updateActivity(d(),
                          db(),
                          RecordKind::Barrier,
                          barrier,
                          quoted(activityKindLabel(RecordKind::Barrier), barrier.title),
                          check,
                          barrierRow);
}

} // namespace CoopAtlas::Core
