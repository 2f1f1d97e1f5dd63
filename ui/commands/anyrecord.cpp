// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "anyrecord.h"

#include <core/storage/store.h>

#include <QCoreApplication>

namespace CoopAtlas::Ui {

namespace {

template <class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

template <typename T> Core::Result<AnyRecord> wrap(Core::Result<T> result)
{
    if (!result)
        return result.error();
    return AnyRecord(std::move(result).value());
}

} // namespace

Core::RecordKind kindOf(const AnyRecord &record)
{
    return std::visit(Overloaded{
                          [](const Core::Organisation &) { return Core::RecordKind::Organisation; },
                          [](const Core::Person &) { return Core::RecordKind::Person; },
                          [](const Core::Link &) { return Core::RecordKind::Link; },
                          [](const Core::Note &) { return Core::RecordKind::Note; },
                      },
                      record);
}

QString idOf(const AnyRecord &record)
{
    return std::visit([](const auto &value) { return value.meta.id; }, record);
}

Core::RecordMeta &metaOf(AnyRecord &record)
{
    return std::visit([](auto &value) -> Core::RecordMeta & { return value.meta; }, record);
}

QString displayNameOf(const AnyRecord &record)
{
    return std::visit(Overloaded{
                          [](const Core::Organisation &org) { return org.name; },
                          [](const Core::Person &person) { return person.formattedName; },
                          [](const Core::Link &link) { return link.type; },
                          [](const Core::Note &note) { return note.text.left(40); },
                      },
                      record);
}

Core::Result<AnyRecord>
loadRecord(const Core::Store &store, Core::RecordKind kind, const QString &id)
{
    switch (kind) {
    case Core::RecordKind::Organisation:
        return wrap(store.organisation(id));
    case Core::RecordKind::Person:
        return wrap(store.person(id));
    case Core::RecordKind::Link:
        return wrap(store.link(id));
    case Core::RecordKind::Note:
        return wrap(store.note(id));
    case Core::RecordKind::Taxonomy:
    case Core::RecordKind::Workshop:
    case Core::RecordKind::Participation:
    case Core::RecordKind::Followup:
    case Core::RecordKind::Residency:
    case Core::RecordKind::Stay:
    case Core::RecordKind::Visit:
    case Core::RecordKind::BudgetLine:
    case Core::RecordKind::Resource:
    case Core::RecordKind::Barrier:
        break;
    }
    return Core::Error{QCoreApplication::translate("CoopAtlas::Ui::AnyRecord",
                                                   "Taxonomy terms are not edited here."),
                       id};
}

Core::Result<QString> insertRecord(Core::Store &store, const AnyRecord &record)
{
    return std::visit(
        Overloaded{
            [&](const Core::Organisation &org) { return store.insertOrganisation(org); },
            [&](const Core::Person &person) { return store.insertPerson(person); },
            [&](const Core::Link &link) { return store.insertLink(link); },
            [&](const Core::Note &note) { return store.insertNote(note); },
        },
        record);
}

Core::Result<void> updateRecord(Core::Store &store, const AnyRecord &record)
{
    return std::visit(
        Overloaded{
            [&](const Core::Organisation &org) { return store.updateOrganisation(org); },
            [&](const Core::Person &person) { return store.updatePerson(person); },
            [&](const Core::Link &link) { return store.updateLink(link); },
            [&](const Core::Note &note) { return store.updateNote(note); },
        },
        record);
}

} // namespace CoopAtlas::Ui
