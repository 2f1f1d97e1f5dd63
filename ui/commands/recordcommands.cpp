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
    qCWarning(lcUiEdit) << action << "failed:" << error.text();
    command->setObsolete(true);
    emit context->failed(
        RecordCommandsText::tr("%1 failed: %2. The change was not saved; check that the store "
                               "file is writable and try again.")
            .arg(action, error.text()));
}

} // namespace

CommandContext::CommandContext(QObject *parent)
    : QObject(parent)
{}

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
        auto restored = store->restore(m_removedIds);
        if (!restored) {
            reportFailure(this, m_context, text(), restored.error());
            return;
        }
    }
    emit m_context->recordTouched(kindOf(m_record), idOf(m_record));
}

void CreateRecordCommand::undo()
{
    Core::Store *store = m_context->store();
    if (!store)
        return;
    auto removed = store->remove(kindOf(m_record), idOf(m_record));
    if (!removed) {
        reportFailure(
            this, m_context, RecordCommandsText::tr("Undo of %1").arg(text()), removed.error());
        return;
    }
    m_removedIds = removed.value();
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
    write(m_after);
}

void EditRecordCommand::undo()
{
    write(m_before);
}

void EditRecordCommand::write(const AnyRecord &record)
{
    Core::Store *store = m_context->store();
    if (!store) {
        setObsolete(true);
        return;
    }
    AnyRecord written = record;
    if (m_written) {
        // Undo and redo write back values that this command wrote or replaced, so the
        // store's check for a change made elsewhere since the record was read is
        // skipped. TODO: detect a change made in another window between undo and redo.
        metaOf(written).updatedAt = QDateTime();
    }
    auto updated = updateRecord(*store, written);
    if (!updated) {
        reportFailure(this, m_context, text(), updated.error());
        return;
    }
    m_written = true;
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
{}

void DeleteRecordCommand::redo()
{
    Core::Store *store = m_context->store();
    if (!store) {
        setObsolete(true);
        return;
    }
    auto removed = store->remove(m_kind, m_id);
    if (!removed) {
        reportFailure(this, m_context, text(), removed.error());
        return;
    }
    m_removedIds = removed.value();
    emit m_context->recordTouched(m_kind, QString());
}

void DeleteRecordCommand::undo()
{
    Core::Store *store = m_context->store();
    if (!store)
        return;
    auto restored = store->restore(m_removedIds);
    if (!restored) {
        reportFailure(
            this, m_context, RecordCommandsText::tr("Undo of %1").arg(text()), restored.error());
        return;
    }
    emit m_context->recordTouched(m_kind, m_id);
}

} // namespace CoopAtlas::Ui
