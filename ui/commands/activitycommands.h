// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/storage/activitystore.h>
#include <ui/commands/activityrecord.h>

#include <QDateTime>
#include <QStringList>
#include <QUndoCommand>

namespace CoopAtlas::Ui {

class CommandContext;

// Undo commands for workshops, residencies and their dependants. They follow
// the rules of recordcommands.h: a failed store call makes the command
// obsolete, and undo or redo leaves a record alone when it changed elsewhere
// since the command wrote it.

/// Creates a record on redo and tombstones it on undo; the id stays the same.
class CreateActivityCommand : public QUndoCommand
{
public:
    CreateActivityCommand(CommandContext *context, ActivityRecord record, const QString &text);
    void redo() override;
    void undo() override;
    /// Id given by the store at the first redo; empty before or on failure.
    [[nodiscard]] QString createdId() const { return idOf(m_record); }
    /// For a participation: the registration the store gave it ("waiting" when full).
    [[nodiscard]] const Core::ParticipationWrite &participationWrite() const { return m_write; }

private:
    CommandContext *m_context;
    ActivityRecord m_record;
    QStringList m_removedIds;
    bool m_inserted = false;
    Core::ParticipationWrite m_write;
    QDateTime m_writtenAt;
};

/// Writes `after` on redo and `before` on undo. When writing a participation
/// moved another one up from the waiting list, undo puts that one back on the
/// waiting list in the same transaction.
class EditActivityCommand : public QUndoCommand
{
public:
    EditActivityCommand(CommandContext *context, ActivityRecord before, ActivityRecord after);
    EditActivityCommand(CommandContext *context,
                        ActivityRecord before,
                        ActivityRecord after,
                        const QString &text);
    void redo() override;
    void undo() override;
    [[nodiscard]] const Core::ParticipationWrite &participationWrite() const { return m_write; }

private:
    void write(const ActivityRecord &record, const QString &action, bool undoing);

    CommandContext *m_context;
    ActivityRecord m_before;
    ActivityRecord m_after;
    bool m_written = false;
    Core::ParticipationWrite m_write;
    /// The participation that the redo moved up, as it was before.
    std::optional<Core::Participation> m_promotedBefore;
    QDateTime m_writtenAt;
};

/// Tombstones a record with its dependants on redo; restores them on undo.
/// Removing a registered participation moves the waiting list up in the same
/// transaction (ActivityStore::removeParticipation()), and undo puts the moved
/// participations back on the waiting list.
class DeleteActivityCommand : public QUndoCommand
{
public:
    DeleteActivityCommand(CommandContext *context,
                          Core::RecordKind kind,
                          const QString &id,
                          const QString &name);
    void redo() override;
    void undo() override;
    /// For a participation: what the last redo removed and moved up.
    [[nodiscard]] const Core::ParticipationRemoval &participationRemoval() const
    {
        return m_removal;
    }

private:
    CommandContext *m_context;
    Core::RecordKind m_kind;
    QString m_id;
    QString m_name;
    QStringList m_removedIds;
    Core::ParticipationRemoval m_removal;
    QDateTime m_writtenAt;
};

} // namespace CoopAtlas::Ui
