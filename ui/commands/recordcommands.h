// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ui/commands/anyrecord.h>

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUndoCommand>

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

/// The store that undo commands write to, and where they report the outcome.
/// A command whose store call fails makes itself obsolete, so QUndoStack drops it.
class CommandContext : public QObject
{
    Q_OBJECT

public:
    explicit CommandContext(QObject *parent = nullptr);

    void setStore(Core::Store *store) { m_store = store; }
    [[nodiscard]] Core::Store *store() const { return m_store; }

signals:
    /// A store call of a command failed; message names the record and what to do.
    void failed(const QString &message);
    /// A command wrote this record: the window shows it (an empty id after a delete).
    void recordTouched(CoopAtlas::Core::RecordKind kind, const QString &id);

private:
    QPointer<Core::Store> m_store;
};

/// Creates a record on redo and tombstones it on undo. The record keeps its id
/// across undo and redo, because a redo after an undo restores the tombstone.
class CreateRecordCommand : public QUndoCommand
{
public:
    CreateRecordCommand(CommandContext *context, AnyRecord record, const QString &text);
    void redo() override;
    void undo() override;
    /// Id given by the store at the first redo; empty before or on failure.
    [[nodiscard]] QString createdId() const { return idOf(m_record); }

private:
    CommandContext *m_context;
    AnyRecord m_record;
    QStringList m_removedIds;
    bool m_inserted = false;
};

/// Writes `after` on redo and `before` on undo.
class EditRecordCommand : public QUndoCommand
{
public:
    EditRecordCommand(CommandContext *context, AnyRecord before, AnyRecord after);
    void redo() override;
    void undo() override;

private:
    void write(const AnyRecord &record);

    CommandContext *m_context;
    AnyRecord m_before;
    AnyRecord m_after;
    bool m_written = false; ///< true after the first successful write
};

/// Tombstones a record with its links and notes on redo; restores them on undo.
class DeleteRecordCommand : public QUndoCommand
{
public:
    DeleteRecordCommand(CommandContext *context,
                        Core::RecordKind kind,
                        const QString &id,
                        const QString &name);
    void redo() override;
    void undo() override;

private:
    CommandContext *m_context;
    Core::RecordKind m_kind;
    QString m_id;
    QStringList m_removedIds;
};

} // namespace CoopAtlas::Ui
