// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordcommands.h"

#include <core/storage/store.h>
#include <ui/logging.h>

#include <QCoreApplication>

namespace CoopAtlas::Ui {

namespace {

class RecordCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Ui::RecordCommands)
};

/// Reports a failed store call and marks the command obsolete.
void reportFailure(QUndoCommand *command,
                   CommandContext *context,
                   const QString &action,
                   const Core::Error &error)
{
    context->reportFailure(
        command,
        action,
        error,
        RecordCommandsText::tr("%1 failed: %2. The change was not saved; check that the store "
                               "file is writable and try again.")
            .arg(action, error.text()));
}

/// Kind, id and display name of the record that a command writes.
struct AnyRecordRef
{
    Core::RecordKind kind;
    QString id;
    QString name;
};

AnyRecordRef refTo(const AnyRecord &record)
{
    return {kindOf(record), idOf(record), displayNameOf(record)};
}

/// updated_at of a stored record, tombstones included; invalid when it cannot be read.
QDateTime storedUpdatedAt(const Core::Store &store, Core::RecordKind kind, const QString &id)
{
    auto record = loadRecord(store, kind, id);
    if (!record)
        return QDateTime();
    return metaOf(record.value()).updatedAt;
}

/// True when the record still has the updated_at value that `command` wrote.
/// Otherwise reports that the command left the record alone and marks it obsolete.
bool checkStillAsWritten(QUndoCommand *command,
                         CommandContext *context,
                         const QString &action,
                         const AnyRecordRef &record,
                         const QDateTime &writtenAt)
{
    const QDateTime stored = storedUpdatedAt(*context->store(), record.kind, record.id);
    if (stored.isValid() && stored == writtenAt)
        return true;
    qCInfo(lcUiEdit) << "Record" << record.id << "was changed elsewhere at" << stored
                     << "after a command wrote it at" << writtenAt;
    context->reportSkipped(command, action, record.name);
    return false;
}

} // namespace

CommandContext::CommandContext(QObject *parent)
    : QObject(parent)
{}

void CommandContext::reportFailure(QUndoCommand *command,
                                   const QString &action,
                                   const Core::Error &error,
                                   const QString &message)
{
    qCWarning(lcUiEdit) << action << "failed:" << error.text();
    command->setObsolete(true);
    emit failed(message);
}

void CommandContext::reportSkipped(QUndoCommand *command,
                                   const QString &action,
                                   const QString &name)
{
    qCInfo(lcUiEdit) << action << "skipped because" << name << "changed elsewhere";
    command->setObsolete(true);
    emit skipped(RecordCommandsText::tr("%1 skipped: \"%2\" was changed in another window or by "
                                        "an import since then, so it was left as it is.")
                     .arg(action, name));
}

CreateRecordCommand::CreateRecordCommand(CommandContext *context,
                                         AnyRecord record,
                                         const QString &text)
    : QUndoCommand(text)
    , m_context(context)
    , m_record(std::move(record))
{}

void CreateRecordCommand::redo()
{
    Core::Store *store = m_context->store();
    if (!store) {
        setObsolete(true);
        return;
    }
    if (!m_inserted) {
        auto id = insertRecord(*store, m_record);
        if (!id) {
            reportFailure(this, m_context, text(), id.error());
            return;
        }
        metaOf(m_record).id = id.value();
        m_inserted = true;
    } else {
        if (!checkStillAsWritten(this, m_context, text(), refTo(m_record), m_writtenAt))
            return;
        auto restored = store->restore(m_removedIds);
        if (!restored) {
            reportFailure(this, m_context, text(), restored.error());
            return;
        }
    }
    m_writtenAt = storedUpdatedAt(*store, kindOf(m_record), idOf(m_record));
    emit m_context->recordTouched(kindOf(m_record), idOf(m_record));
}

void CreateRecordCommand::undo()
{
    Core::Store *store = m_context->store();
    if (!store)
        return;
    const QString action = RecordCommandsText::tr("Undo of %1").arg(text());
    if (!checkStillAsWritten(this, m_context, action, refTo(m_record), m_writtenAt))
        return;
    auto removed = store->remove(kindOf(m_record), idOf(m_record));
    if (!removed) {
        reportFailure(this, m_context, action, removed.error());
        return;
    }
    m_removedIds = removed.value();
    m_writtenAt = storedUpdatedAt(*store, kindOf(m_record), idOf(m_record));
    emit m_context->recordTouched(kindOf(m_record), QString());
}

EditRecordCommand::EditRecordCommand(CommandContext *context, AnyRecord before, AnyRecord after)
    : QUndoCommand(RecordCommandsText::tr("Edit %1").arg(displayNameOf(after)))
    , m_context(context)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void EditRecordCommand::redo()
{
    write(m_after, text());
}

void EditRecordCommand::undo()
{
    write(m_before, RecordCommandsText::tr("Undo of %1").arg(text()));
}

void EditRecordCommand::write(const AnyRecord &record, const QString &action)
{
    Core::Store *store = m_context->store();
    if (!store) {
        setObsolete(true);
        return;
    }
    AnyRecord written = record;
    if (m_written) {
        // The store then rejects the write too if the record changes between this
        // check and the write.
        if (!checkStillAsWritten(this, m_context, action, refTo(m_after), m_writtenAt))
            return;
        metaOf(written).updatedAt = m_writtenAt;
    }
    auto updated = updateRecord(*store, written);
    if (!updated) {
        reportFailure(this, m_context, action, updated.error());
        return;
    }
    m_written = true;
    m_writtenAt = storedUpdatedAt(*store, kindOf(record), idOf(record));
    emit m_context->recordTouched(kindOf(record), idOf(record));
}

DeleteRecordCommand::DeleteRecordCommand(CommandContext *context,
                                         Core::RecordKind kind,
                                         const QString &id,
                                         const QString &name)
    : QUndoCommand(RecordCommandsText::tr("Delete %1").arg(name))
    , m_context(context)
    , m_kind(kind)
    , m_id(id)
    , m_name(name)
{}

void DeleteRecordCommand::redo()
{
    Core::Store *store = m_context->store();
    if (!store) {
        setObsolete(true);
        return;
    }
    if (m_writtenAt.isValid()
        && !checkStillAsWritten(this, m_context, text(), {m_kind, m_id, m_name}, m_writtenAt))
        return;
    auto removed = store->remove(m_kind, m_id);
    if (!removed) {
        reportFailure(this, m_context, text(), removed.error());
        return;
    }
    m_removedIds = removed.value();
    m_writtenAt = storedUpdatedAt(*store, m_kind, m_id);
    emit m_context->recordTouched(m_kind, QString());
}

void DeleteRecordCommand::undo()
{
    Core::Store *store = m_context->store();
    if (!store)
        return;
    const QString action = RecordCommandsText::tr("Undo of %1").arg(text());
    if (!checkStillAsWritten(this, m_context, action, {m_kind, m_id, m_name}, m_writtenAt))
        return;
    auto restored = store->restore(m_removedIds);
    if (!restored) {
        reportFailure(this, m_context, action, restored.error());
        return;
    }
    m_writtenAt = storedUpdatedAt(*store, m_kind, m_id);
    emit m_context->recordTouched(m_kind, m_id);
}

} // namespace CoopAtlas::Ui
