// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityrecord.h"

#include <core/storage/activitystore.h>

#include <QCoreApplication>

namespace CoopAtlas::Ui {

namespace {

template <class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

template <typename T> Core::Result<ActivityRecord> wrap(Core::Result<T> result)
{
    if (!result)
        return result.error();
    return ActivityRecord(std::move(result).value());
}

/// Keeps the id of a participation write and hands the write to the caller.
Core::Result<QString> keepWrite(Core::Result<Core::ParticipationWrite> result,
                                Core::ParticipationWrite *written)
{
    if (!result)
        return result.error();
    if (written)
        *written = result.value();
    return result.value().id;
}

} // namespace

Core::RecordKind kindOf(const ActivityRecord &record)
{
    using Kind = Core::RecordKind;
    return std::visit(Overloaded{
                          [](const Core::Workshop &) { return Kind::Workshop; },
                          [](const Core::Participation &) { return Kind::Participation; },
                          [](const Core::Followup &) { return Kind::Followup; },
                          [](const Core::Residency &) { return Kind::Residency; },
                          [](const Core::Stay &) { return Kind::Stay; },
                          [](const Core::Visit &) { return Kind::Visit; },
                          [](const Core::BudgetLine &) { return Kind::BudgetLine; },
                      },
                      record);
}

QString idOf(const ActivityRecord &record)
{
    return std::visit([](const auto &value) { return value.meta.id; }, record);
}

Core::RecordMeta &metaOf(ActivityRecord &record)
{
    return std::visit([](auto &value) -> Core::RecordMeta & { return value.meta; }, record);
}

QString displayNameOf(const ActivityRecord &record)
{
    return std::visit(Overloaded{
                          [](const Core::Workshop &value) { return value.title; },
                          [](const Core::Participation &) {
                              return QCoreApplication::translate("CoopAtlas::Ui::ActivityRecord",
                                                                 "participant");
                          },
                          [](const Core::Followup &value) { return value.title; },
                          [](const Core::Residency &value) { return value.title; },
                          [](const Core::Stay &) {
                              return QCoreApplication::translate("CoopAtlas::Ui::ActivityRecord",
                                                                 "cohort member");
                          },
                          [](const Core::Visit &value) { return value.title; },
                          [](const Core::BudgetLine &value) { return value.label; },
                      },
                      record);
}

Core::Result<ActivityRecord>
loadActivity(const Core::ActivityStore &store, Core::RecordKind kind, const QString &id)
{
    switch (kind) {
    case Core::RecordKind::Workshop:
        return wrap(store.workshop(id));
    case Core::RecordKind::Participation:
        return wrap(store.participation(id));
    case Core::RecordKind::Followup:
        return wrap(store.followup(id));
    case Core::RecordKind::Residency:
        return wrap(store.residency(id));
    case Core::RecordKind::Stay:
        return wrap(store.stay(id));
    case Core::RecordKind::Visit:
        return wrap(store.visit(id));
    case Core::RecordKind::BudgetLine:
        return wrap(store.budgetLine(id));
    default:
        break;
    }
    return Core::Error{QCoreApplication::translate("CoopAtlas::Ui::ActivityRecord",
                                                   "This kind of record is not edited here."),
                       id};
}

Core::Result<QString> insertActivity(Core::ActivityStore &store,
                                     const ActivityRecord &record,
                                     Core::ParticipationWrite *written)
{
    return std::visit(
        Overloaded{
            [&](const Core::Workshop &value) { return store.insertWorkshop(value); },
            [&](const Core::Participation &value) {
                return keepWrite(store.insertParticipation(value), written);
            },
            [&](const Core::Followup &value) { return store.insertFollowup(value); },
            [&](const Core::Residency &value) { return store.insertResidency(value); },
            [&](const Core::Stay &value) { return store.insertStay(value); },
            [&](const Core::Visit &value) { return store.insertVisit(value); },
            [&](const Core::BudgetLine &value) { return store.insertBudgetLine(value); },
        },
        record);
}

Core::Result<void> updateActivity(Core::ActivityStore &store,
                                  const ActivityRecord &record,
                                  Core::ParticipationWrite *written)
{
    return std::visit(
        Overloaded{
            [&](const Core::Workshop &value) { return store.updateWorkshop(value); },
            [&](const Core::Participation &value) -> Core::Result<void> {
                auto id = keepWrite(store.updateParticipation(value), written);
                if (!id)
                    return id.error();
                return {};
            },
            [&](const Core::Followup &value) { return store.updateFollowup(value); },
            [&](const Core::Residency &value) { return store.updateResidency(value); },
            [&](const Core::Stay &value) { return store.updateStay(value); },
            [&](const Core::Visit &value) { return store.updateVisit(value); },
            [&](const Core::BudgetLine &value) { return store.updateBudgetLine(value); },
        },
        record);
}

} // namespace CoopAtlas::Ui
