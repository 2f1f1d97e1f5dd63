// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/activities.h>
#include <core/result.h>

#include <QByteArray>
#include <QDateTime>
#include <QStringList>
#include <QUndoCommand>

#include <optional>
#include <variant>

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

class CommandContext;

/// A knowledge-base resource or an obstacle or opportunity, as edited by the
/// knowledge base and obstacles views.
using KnowledgeRecord = std::variant<Core::Resource, Core::Barrier>;

/// The file a command gives a resource: a name with its bytes, or no file when
/// the name is empty.
struct ResourceFileContent
{
    QString name;
    QString mimeType;
    QByteArray data;
};

[[nodiscard]] Core::RecordKind kindOf(const KnowledgeRecord &record);
[[nodiscard]] QString idOf(const KnowledgeRecord &record);
[[nodiscard]] QString displayNameOf(const KnowledgeRecord &record);

/// Reads a resource or barrier, tombstones included.
[[nodiscard]] Core::Result<KnowledgeRecord>
loadKnowledgeRecord(Core::Store &store, Core::RecordKind kind, const QString &id);

// The commands follow the rules of recordcommands.h: a failed store call makes
// the command obsolete, and undo or redo leaves a record alone when it changed
// elsewhere since the command wrote it. Each redo and undo is one transaction,
// the file of a resource included.

/// Creates a resource or barrier on redo (with its file, if any) and tombstones
/// it on undo; the id stays the same.
class CreateKnowledgeCommand : public QUndoCommand
{
public:
    CreateKnowledgeCommand(CommandContext *context,
                           KnowledgeRecord record,
                           std::optional<ResourceFileContent> file,
                           const QString &text);
    void redo() override;
    void undo() override;
    /// Id given by the store at the first redo; empty before or on failure.
    [[nodiscard]] QString createdId() const { return idOf(m_record); }

private:
    CommandContext *m_context;
    KnowledgeRecord m_record;
    std::optional<ResourceFileContent> m_file;
    QStringList m_removedIds;
    bool m_inserted = false;
    QDateTime m_writtenAt;
};

/// Writes `after` on redo and `before` on undo. For a resource, `afterFile`
/// replaces or removes the file; without it the file stays as it is. Undo puts
/// back the file that the resource had when the command was made.
class EditKnowledgeCommand : public QUndoCommand
{
public:
    EditKnowledgeCommand(CommandContext *context,
                         KnowledgeRecord before,
                         KnowledgeRecord after,
                         std::optional<ResourceFileContent> afterFile,
                         const QString &text);
    void redo() override;
    void undo() override;

private:
    void write(const KnowledgeRecord &record,
               const std::optional<ResourceFileContent> &file,
               bool undoing);

    CommandContext *m_context;
    KnowledgeRecord m_before;
    KnowledgeRecord m_after;
    std::optional<ResourceFileContent> m_beforeFile;
    std::optional<ResourceFileContent> m_afterFile;
    bool m_written = false;
    QDateTime m_writtenAt;
};

/// Tombstones a resource or barrier with its notes and links on redo and
/// restores them on undo.
class DeleteKnowledgeCommand : public QUndoCommand
{
public:
    DeleteKnowledgeCommand(CommandContext *context,
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
    QDateTime m_writtenAt;
};

} // namespace CoopAtlas::Ui
