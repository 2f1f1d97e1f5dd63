// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitycommands.h"

#include <core/storage/database.h>
#include <core/storage/store.h>
#include <ui/commands/recordcommands.h>
#include <ui/logging.h>

#include <QCoreApplication>

namespace CoopAtlas::Ui {

namespace {

class ActivityCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Ui::ActivityCommands)
};

void reportFailure(QUndoCommand *command,
                   CommandContext *context,
                   const QString &action,
                   const Core::Error &error)
{
    context->reportFailure(
        command,
        action,
        error,
        ActivityCommandsText::tr("%1 failed: %2. The change was not saved; correct the value "
                                 "or check that the store file is writable, then try again.")
            .arg(action, error.text()));
}

/// updated_at of each record after the last write by one of these commands, by
/// record id (a UUID). Undo and redo compare the stored value with it, so that
/// a later command of the same window that wrote the record, and was undone
/// since, does not count as a change made elsewhere.
QHash<QString, QDateTime> &lastWrites()
{
    static QHash<QString, QDateTime> writes;
    return writes;
}

QDateTime storedUpdatedAt(Core::Store &store, Core::RecordKind kind, const QString &id)
{
    const Core::ActivityStore activities(store);
    auto record = loadActivity(activities, kind, id);
    if (!record)
        return QDateTime();
    return metaOf(record.value()).updatedAt;
}

/// True when the record still has the updated_at value that `command` wrote;
/// otherwise reports the skip and makes the command obsolete.
bool checkStillAsWritten(QUndoCommand *command,
                         CommandContext *context,
                         const QString &action,
                         Core::RecordKind kind,
                         const QString &id,
                         const QString &name,
                         const QDateTime &writtenAt)
{
    const QDateTime stored = storedUpdatedAt(*context->store(), kind, id);
    if (stored.isValid() && stored == lastWrites().value(id, writtenAt))
        return true;
    qCInfo(lcUiEdit) << "Record" << id << "was changed elsewhere at" << stored
                     << "after a command wrote it at" << writtenAt;
    context->reportSkipped(command, action, name);
    return false;
}

/// True when the commands check updated_at before undo and redo of a creation.
/// A participation is also written when the waiting list moves (by cancelling
/// another registration), so its updated_at changes without anyone editing it.
bool checksCreatedRecord(Core::RecordKind kind)
{
    return kind != Core::RecordKind::Participation;
}

/// Reads and remembers the updated_at that a command's write gave a record.
QDateTime rememberWrite(Core::Store &store, Core::RecordKind kind, const QString &id)
{
    const QDateTime writtenAt = storedUpdatedAt(store, kind, id);
    lastWrites().insert(id, writtenAt);
    return writtenAt;
}

QString undoText(const QString &text)
{
    return ActivityCommandsText::tr("Undo of %1").arg(text);
}

} // namespace

CreateActivityCommand::CreateActivityCommand(CommandContext *context,
                                             ActivityRecord record,
                                             const QString &text)
    : QUndoCommand(text)
    , m_context(context)
    , m_record(std::move(record))
{}

void CreateActivityCommand::redo()
{
    Core::Store *store = m_context->store();
    if (!store) {
        setObsolete(true);
        return;
    }
    Core::ActivityStore activities(*store);
    const Core::RecordKind kind = kindOf(m_record);
    if (!m_inserted) {
        auto id = insertActivity(activities, m_record, &m_write);
        if (!id) {
            reportFailure(this, m_context, text(), id.error());
            return;
        }
        metaOf(m_record).id = id.value();
        m_inserted = true;
    } else {
        if (!checkStillAsWritten(this,
                                 m_context,
                                 text(),
                                 kind,
                                 idOf(m_record),
                                 displayNameOf(m_record),
                                 m_writtenAt))
            return;
        auto restored = store->restore(m_removedIds);
        if (!restored) {
            reportFailure(this, m_context, text(), restored.error());
            return;
        }
    }
    m_writtenAt = rememberWrite(*store, kind, idOf(m_record));
    emit m_context->recordTouched(kind, idOf(m_record));
}

void CreateActivityCommand::undo()
{
    Core::Store *store = m_context->store();
    if (!store)
        return;
    const QString action = undoText(text());
    const Core::RecordKind kind = kindOf(m_record);
    if (checksCreatedRecord(kind)
        && !checkStillAsWritten(
            this, m_context, action, kind, idOf(m_record), displayNameOf(m_record), m_writtenAt))
        return;
    auto removed = store->remove(kind, idOf(m_record));
    if (!removed) {
        reportFailure(this, m_context, action, removed.error());
        return;
    }
    m_removedIds = removed.value();
    m_writtenAt = rememberWrite(*store, kind, idOf(m_record));
    emit m_context->recordTouched(kind, QString());
}

EditActivityCommand::EditActivityCommand(CommandContext *context,
                                         ActivityRecord before,
                                         ActivityRecord after)
    : EditActivityCommand(context,
                          std::move(before),
                          after,
                          ActivityCommandsText::tr("Edit %1").arg(displayNameOf(after)))
{}

EditActivityCommand::EditActivityCommand(CommandContext *context,
                                         ActivityRecord before,
                                         ActivityRecord after,
                                         const QString &text)
    : QUndoCommand(text)
    , m_context(context)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void EditActivityCommand::redo()
{
    write(m_after, text(), false);
}

void EditActivityCommand::undo()
{
    write(m_before, undoText(text()), true);
}

void EditActivityCommand::write(const ActivityRecord &record, const QString &action, bool undoing)
{
    Core::Store *store = m_context->store();
    if (!store) {
        setObsolete(true);
        return;
    }
    const Core::RecordKind kind = kindOf(record);
    ActivityRecord written = record;
    if (m_written) {
        if (!checkStillAsWritten(
                this, m_context, action, kind, idOf(record), displayNameOf(record), m_writtenAt))
            return;
        metaOf(written).updatedAt = lastWrites().value(idOf(record), m_writtenAt);
    }
    Core::ActivityStore activities(*store);
    Core::Transaction transaction(store->database());
    if (undoing && m_promotedBefore) {
        // The store moves the first waiting participation (by registered_at) up when a
        // registered one leaves. So the restored one goes to the waiting list first, and
        // putting the promoted one back there moves the restored one up again.
        // NOTE: this assumes that the restored registration is older than every other one
        // on the waiting list, which holds unless it was itself re-registered late.
        auto *participation = std::get_if<Core::Participation>(&written);
        if (participation && participation->registration == QLatin1String("registered")) {
            Core::Participation waiting = *participation;
            waiting.registration = QStringLiteral("waiting");
            // The store rejects attendance on the waiting list, and the final write restores it.
            waiting.attendance = QStringLiteral("unknown");
            if (const auto parked = activities.updateParticipation(waiting); !parked) {
                reportFailure(this, m_context, action, parked.error());
                return;
            }
            if (const auto current = activities.participation(waiting.meta.id))
                participation->meta.updatedAt = current->meta.updatedAt;
        }
        Core::Participation promoted = *m_promotedBefore;
        if (const auto current = activities.participation(promoted.meta.id))
            promoted.meta.updatedAt = current->meta.updatedAt;
        if (const auto demoted = activities.updateParticipation(promoted); !demoted) {
            reportFailure(this, m_context, action, demoted.error());
            return;
        }
        if (participation) {
            if (const auto current = activities.participation(participation->meta.id)) {
                participation->meta.updatedAt = current->meta.updatedAt;
                participation->registration = current->registration;
            }
        }
    }
    Core::ParticipationWrite participationWrite;
    const auto updated = updateActivity(activities, written, &participationWrite);
    if (!updated) {
        reportFailure(this, m_context, action, updated.error());
        return;
    }
    if (!undoing && !participationWrite.promotedId.isEmpty()) {
        const auto promoted = activities.participation(participationWrite.promotedId);
        if (promoted) {
            m_promotedBefore = promoted.value();
            m_promotedBefore->registration = QStringLiteral("waiting");
        }
    }
    if (const auto committed = transaction.commit(); !committed) {
        reportFailure(this, m_context, action, committed.error());
        return;
    }
    if (!undoing)
        m_write = participationWrite;
    if (m_promotedBefore)
        rememberWrite(*store, Core::RecordKind::Participation, m_promotedBefore->meta.id);
    m_written = true;
    m_writtenAt = rememberWrite(*store, kind, idOf(record));
    emit m_context->recordTouched(kind, idOf(record));
}

DeleteActivityCommand::DeleteActivityCommand(CommandContext *context,
                                             Core::RecordKind kind,
                                             const QString &id,
                                             const QString &name)
    : QUndoCommand(ActivityCommandsText::tr("Delete %1").arg(name))
    , m_context(context)
    , m_kind(kind)
    , m_id(id)
    , m_name(name)
{}

void DeleteActivityCommand::redo()
{
    Core::Store *store = m_context->store();
    if (!store) {
        setObsolete(true);
        return;
    }
    if (m_writtenAt.isValid()
        && !checkStillAsWritten(this, m_context, text(), m_kind, m_id, m_name, m_writtenAt))
        return;
    if (m_kind == Core::RecordKind::Participation) {
        auto removal = Core::ActivityStore(*store).removeParticipation(m_id);
        if (!removal) {
            reportFailure(this, m_context, text(), removal.error());
            return;
        }
        m_removal = removal.value();
        m_removedIds = m_removal.removedIds;
        for (const QString &promoted : std::as_const(m_removal.promotedIds))
            rememberWrite(*store, Core::RecordKind::Participation, promoted);
    } else {
        auto removed = store->remove(m_kind, m_id);
        if (!removed) {
            reportFailure(this, m_context, text(), removed.error());
            return;
        }
        m_removedIds = removed.value();
    }
    m_writtenAt = rememberWrite(*store, m_kind, m_id);
    emit m_context->recordTouched(m_kind, QString());
}

void DeleteActivityCommand::undo()
{
    Core::Store *store = m_context->store();
    if (!store)
        return;
    const QString action = undoText(text());
    if (!checkStillAsWritten(this, m_context, action, m_kind, m_id, m_name, m_writtenAt))
        return;
    const auto restored = m_kind == Core::RecordKind::Participation
                              ? Core::ActivityStore(*store).restoreParticipation(m_removal)
                              : store->restore(m_removedIds);
    if (!restored) {
        reportFailure(this, m_context, action, restored.error());
        return;
    }
    for (const QString &promoted : std::as_const(m_removal.promotedIds))
        rememberWrite(*store, Core::RecordKind::Participation, promoted);
    m_writtenAt = rememberWrite(*store, m_kind, m_id);
    emit m_context->recordTouched(m_kind, m_id);
}

} // namespace CoopAtlas::Ui
