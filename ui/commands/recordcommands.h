// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ui/commands/anyrecord.h>

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUndoCommand>

namespace CoopAtlas::Core {
class Store;
struct Error;
} // namespace CoopAtlas::Core

namespace CoopAtlas::Ui {

/// The store that undo commands write to, and where they report the outcome.
/// A command whose store call fails makes itself obsolete, so QUndoStack drops it.
/// Before undo and redo, a command checks that the record still has the
/// updated_at value of the command's last write. When another window or an
/// import changed the record in between, the command leaves the record as it
/// is, emits skipped() and makes itself obsolete.
class CommandContext : public QObject
{
    Q_OBJECT

public:
    explicit CommandContext(QObject *parent = nullptr);

    void setStore(Core::Store *store) { m_store = store; }
    [[nodiscard]] Core::Store *store() const { return m_store; }

    /// Logs the failed store call of `command`, makes the command obsolete and
    /// emits failed() with `message`.
    void reportFailure(QUndoCommand *command,
                       const QString &action,
                       const Core::Error &error,
                       const QString &message);
    /// Makes `command` obsolete and emits skipped(), because `name` changed in
    /// another window or through an import after the command wrote it.
    void reportSkipped(QUndoCommand *command, const QString &action, const QString &name);

signals:
    /// A store call of a command failed; message names the record and what to do.
    void failed(const QString &message);
    /// An undo or redo left a record alone because it changed elsewhere; message
    /// names the record, for the status bar.
    void skipped(const QString &message);
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
    QDateTime m_writtenAt; ///< updated_at of the record after the last redo or undo
};

/// Writes `after` on redo and `before` on undo.
class EditRecordCommand : public QUndoCommand
{
public:
    EditRecordCommand(CommandContext *context, AnyRecord before, AnyRecord after);
    void redo() override;
    void undo() override;

private:
    void write(const AnyRecord &record, const QString &action);

    CommandContext *m_context;
    AnyRecord m_before;
    AnyRecord m_after;
    bool m_written = false; ///< true after the first successful write
    QDateTime m_writtenAt;  ///< updated_at of the record after the last write
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
    QString m_name;
    QStringList m_removedIds;
    QDateTime m_writtenAt; ///< updated_at of the record after the last redo or undo
};

} // namespace CoopAtlas::Ui
