// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knowledgecommands.h"

#include <core/storage/activitystore.h>
#include <core/storage/database.h>
#include <core/storage/store.h>
#include <ui/commands/recordcommands.h>
#include <ui/logging.h>

#include <QCoreApplication>
#include <QHash>

namespace CoopAtlas::Ui {

namespace {

class KnowledgeCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Ui::KnowledgeCommands)
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
        KnowledgeCommandsText::tr("%1 failed: %2. The change was not saved; correct the value "
                                  "named, or check that the store file is writable, and try "
                                  "again.")
            .arg(action, error.text()));
}

QDateTime storedUpdatedAt(Core::Store &store, Core::RecordKind kind, const QString &id)
{
    auto record = loadKnowledgeRecord(store, kind, id);
    if (!record)
        return QDateTime();
    return std::visit([](const auto &r) { return r.meta.updatedAt; }, record.value());
}

/// updated_at of each record after the last write by a knowledge command. A
/// later command of the same stack (an edit after a creation) changes the
/// record too, and that is not a change made elsewhere.
QHash<QString, QDateTime> &lastCommandWrites()
{
    static QHash<QString, QDateTime> writes;
    return writes;
}

/// Reads and notes the updated_at that a command has just given a record.
QDateTime noteWrite(Core::Store &store, Core::RecordKind kind, const QString &id)
{
    const QDateTime writtenAt = storedUpdatedAt(store, kind, id);
    lastCommandWrites().insert(id, writtenAt);
    return writtenAt;
}

/// True when nothing but the knowledge commands wrote the record since `writtenAt`.
bool unchangedElsewhere(Core::Store &store,
                        Core::RecordKind kind,
                        const QString &id,
                        const QDateTime &writtenAt)
{
    const QDateTime stored = storedUpdatedAt(store, kind, id);
    return stored.isValid() && (stored == writtenAt || stored == lastCommandWrites().value(id));
}

/// True when the record was not changed elsewhere since `command` wrote it;
/// otherwise reports the skip and makes the command obsolete.
bool checkStillAsWritten(QUndoCommand *command,
                         CommandContext *context,
                         const KnowledgeRecord &record,
                         const QDateTime &writtenAt)
{
    if (unchangedElsewhere(*context->store(), kindOf(record), idOf(record), writtenAt))
        return true;
    const QDateTime stored = storedUpdatedAt(*context->store(), kindOf(record), idOf(record));
    qCInfo(lcUiEdit) << "Record" << idOf(record) << "was changed elsewhere at" << stored
                     << "after a command wrote it at" << writtenAt;
    context->reportSkipped(command, command->text(), displayNameOf(record));
    return false;
}

Core::Result<void> writeFile(Core::ActivityStore &activities,
                             const QString &resourceId,
                             const ResourceFileContent &file)
{
    if (file.name.isEmpty())
        return activities.detachResourceFile(resourceId);
    auto attached = activities.attachResourceFile(resourceId, file.name, file.mimeType, file.data);
    if (!attached)
        return attached.error();
    return {};
}

/// Inserts (when `insert`) or updates a record and then writes `file`, all in
/// one transaction. Returns the record's id.
Core::Result<QString> writeRecord(Core::Store &store,
                                  const KnowledgeRecord &record,
                                  const std::optional<ResourceFileContent> &file,
                                  bool insert)
{
    Core::Transaction transaction(store.database());
    if (!transaction.isActive())
        return transaction.beginError();
    Core::ActivityStore activities(store);
    QString id = idOf(record);
    if (const auto *resource = std::get_if<Core::Resource>(&record)) {
        if (insert) {
            auto inserted = activities.insertResource(*resource);
            if (!inserted)
                return inserted.error();
            id = inserted.value();
        } else if (auto updated = activities.updateResource(*resource); !updated) {
            return updated.error();
        }
        if (file) {
            if (auto written = writeFile(activities, id, *file); !written)
                return written.error();
        }
    } else {
        const auto &barrier = std::get<Core::Barrier>(record);
        if (insert) {
            auto inserted = activities.insertBarrier(barrier);
            if (!inserted)
                return inserted.error();
            id = inserted.value();
        } else if (auto updated = activities.updateBarrier(barrier); !updated) {
            return updated.error();
        }
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

/// The stored file of a resource with its bytes, or an empty content.
Core::Result<ResourceFileContent> storedFile(Core::Store &store, const Core::Resource &resource)
{
    ResourceFileContent content;
    if (resource.file.isEmpty())
        return content;
    auto data = Core::ActivityStore(store).resourceFileData(resource.meta.id);
    if (!data)
        return data.error();
    content.name = resource.file.name;
    content.mimeType = resource.file.mimeType;
    content.data = std::move(data).value();
    return content;
}

} // namespace

Core::RecordKind kindOf(const KnowledgeRecord &record)
{
    return std::holds_alternative<Core::Resource>(record) ? Core::RecordKind::Resource
                                                          : Core::RecordKind::Barrier;
}

QString idOf(const KnowledgeRecord &record)
{
    return std::visit([](const auto &r) { return r.meta.id; }, record);
}

QString displayNameOf(const KnowledgeRecord &record)
{
    return std::visit([](const auto &r) { return r.title; }, record);
}

Core::Result<KnowledgeRecord>
loadKnowledgeRecord(Core::Store &store, Core::RecordKind kind, const QString &id)
{
    const Core::ActivityStore activities(store);
    if (kind == Core::RecordKind::Resource) {
        auto resource = activities.resource(id);
        if (!resource)
            return resource.error();
        return KnowledgeRecord(std::move(resource).value());
    }
    auto barrier = activities.barrier(id);
    if (!barrier)
        return barrier.error();
    return KnowledgeRecord(std::move(barrier).value());
}

CreateKnowledgeCommand::CreateKnowledgeCommand(CommandContext *context,
                                               KnowledgeRecord record,
                                               std::optional<ResourceFileContent> file,
                                               const QString &text)
    : QUndoCommand(text)
    , m_context(context)
    , m_record(std::move(record))
    , m_file(std::move(file))
{}

void CreateKnowledgeCommand::redo()
{
    Core::Store *store = m_context->store();
    if (!store) {
        setObsolete(true);
        return;
    }
    if (!m_inserted) {
        auto id = writeRecord(*store, m_record, m_file, true);
        if (!id) {
            reportFailure(this, m_context, text(), id.error());
            return;
        }
        std::visit([&id](auto &r) { r.meta.id = id.value(); }, m_record);
        m_inserted = true;
        // The bytes are in the store now, and restore() brings them back.
        m_file.reset();
    } else {
        if (!checkStillAsWritten(this, m_context, m_record, m_writtenAt))
            return;
        if (auto restored = store->restore(m_removedIds); !restored) {
            reportFailure(this, m_context, text(), restored.error());
            return;
        }
    }
    m_writtenAt = noteWrite(*store, kindOf(m_record), idOf(m_record));
    emit m_context->recordTouched(kindOf(m_record), idOf(m_record));
}

void CreateKnowledgeCommand::undo()
{
    Core::Store *store = m_context->store();
    if (!store || !m_inserted)
        return;
    const QString action = KnowledgeCommandsText::tr("Undo %1").arg(text());
    if (!checkStillAsWritten(this, m_context, m_record, m_writtenAt))
        return;
    auto removed = store->remove(kindOf(m_record), idOf(m_record));
    if (!removed) {
        reportFailure(this, m_context, action, removed.error());
        return;
    }
    m_removedIds = std::move(removed).value();
    m_writtenAt = noteWrite(*store, kindOf(m_record), idOf(m_record));
    emit m_context->recordTouched(kindOf(m_record), QString());
}

EditKnowledgeCommand::EditKnowledgeCommand(CommandContext *context,
                                           KnowledgeRecord before,
                                           KnowledgeRecord after,
                                           std::optional<ResourceFileContent> afterFile,
                                           const QString &text)
    : QUndoCommand(text)
    , m_context(context)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_afterFile(std::move(afterFile))
{
    const auto *resource = std::get_if<Core::Resource>(&m_before);
    if (!m_afterFile || !resource || !context->store())
        return;
    auto file = storedFile(*context->store(), *resource);
    if (file)
        m_beforeFile = std::move(file).value();
    else
        qCWarning(lcUiEdit) << "Reading the file of resource" << resource->meta.id
                            << "for undo failed:" << file.error().text();
}

void EditKnowledgeCommand::redo()
{
    write(m_after, m_afterFile, false);
}

void EditKnowledgeCommand::undo()
{
    // Without the previous bytes, undo keeps the file as it is rather than lose it.
    write(m_before, m_beforeFile, true);
}

void EditKnowledgeCommand::write(const KnowledgeRecord &record,
                                 const std::optional<ResourceFileContent> &file,
                                 bool undoing)
{
    Core::Store *store = m_context->store();
    if (!store) {
        setObsolete(true);
        return;
    }
    const QString action = undoing ? KnowledgeCommandsText::tr("Undo %1").arg(text()) : text();
    if (m_written && !checkStillAsWritten(this, m_context, record, m_writtenAt))
        return;
    // The store accepts an update only on top of the stored updated_at. The first
    // write keeps the form's value, so the store reports a change made elsewhere
    // since the form read the record. Later writes were checked above.
    KnowledgeRecord current = record;
    auto stored = m_written ? loadKnowledgeRecord(*store, kindOf(record), idOf(record))
                            : Core::Result<KnowledgeRecord>(record);
    if (m_written && stored) {
        const Core::RecordMeta meta
            = std::visit([](const auto &r) { return r.meta; }, stored.value());
        std::visit([&meta](auto &r) { r.meta = meta; }, current);
    }
    auto written = writeRecord(*store, current, file, false);
    if (!written) {
        reportFailure(this, m_context, action, written.error());
        return;
    }
    m_written = true;
    m_writtenAt = noteWrite(*store, kindOf(record), idOf(record));
    emit m_context->recordTouched(kindOf(record), idOf(record));
}

DeleteKnowledgeCommand::DeleteKnowledgeCommand(CommandContext *context,
                                               Core::RecordKind kind,
                                               const QString &id,
                                               const QString &name)
    : QUndoCommand(KnowledgeCommandsText::tr("Delete \"%1\"").arg(name))
    , m_context(context)
    , m_kind(kind)
    , m_id(id)
    , m_name(name)
{}

void DeleteKnowledgeCommand::redo()
{
    Core::Store *store = m_context->store();
    if (!store) {
        setObsolete(true);
        return;
    }
    if (m_writtenAt.isValid() && !unchangedElsewhere(*store, m_kind, m_id, m_writtenAt)) {
        m_context->reportSkipped(this, text(), m_name);
        return;
    }
    auto removed = store->remove(m_kind, m_id);
    if (!removed) {
        reportFailure(this, m_context, text(), removed.error());
        return;
    }
    m_removedIds = std::move(removed).value();
    m_writtenAt = noteWrite(*store, m_kind, m_id);
    emit m_context->recordTouched(m_kind, QString());
}

void DeleteKnowledgeCommand::undo()
{
    Core::Store *store = m_context->store();
    if (!store)
        return;
    const QString action = KnowledgeCommandsText::tr("Undo %1").arg(text());
    if (!unchangedElsewhere(*store, m_kind, m_id, m_writtenAt)) {
        m_context->reportSkipped(this, action, m_name);
        return;
    }
    if (auto restored = store->restore(m_removedIds); !restored) {
        reportFailure(this, m_context, action, restored.error());
        return;
    }
    m_writtenAt = noteWrite(*store, m_kind, m_id);
    emit m_context->recordTouched(m_kind, m_id);
}

} // namespace CoopAtlas::Ui
