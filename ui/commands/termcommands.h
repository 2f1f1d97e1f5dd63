// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>
#include <core/storage/store.h>

#include <QDateTime>
#include <QStringList>
#include <QUndoCommand>

namespace CoopAtlas::Ui {

class CommandContext;

// Undoable changes of taxonomy terms. Like the record commands, each one checks
// before undo and redo that the term still has the updated_at value of the
// command's last write, and otherwise leaves it alone and becomes obsolete.

/// Adds a term on redo and deletes it again on undo. Undo fails while a record
/// uses the term.
class AddTermCommand : public QUndoCommand
{
public:
    AddTermCommand(CommandContext *context, Core::TaxonomyTerm term);
    void redo() override;
    void undo() override;
    /// Id given by the store at the first redo, or empty before it and on failure.
    [[nodiscard]] QString createdId() const { return m_term.meta.id; }

private:
    CommandContext *m_context;
    Core::TaxonomyTerm m_term;
    Core::TermRemoval m_removal;
    QDateTime m_writtenAt;
};

/// Writes `after` on redo and `before` on undo. A changed key is written to every
/// record that uses the term as well.
class EditTermCommand : public QUndoCommand
{
public:
    EditTermCommand(CommandContext *context, Core::TaxonomyTerm before, Core::TaxonomyTerm after);
    void redo() override;
    void undo() override;

private:
    void write(const Core::TaxonomyTerm &term, const QString &action);

    CommandContext *m_context;
    Core::TaxonomyTerm m_before;
    Core::TaxonomyTerm m_after;
    QDateTime m_writtenAt;
};

/// Deletes a term on redo, after giving its records `replacementKey` when that
/// is set. Undo restores the term and the previous keys of those records.
class RemoveTermCommand : public QUndoCommand
{
public:
    RemoveTermCommand(CommandContext *context,
                      Core::TaxonomyTerm term,
                      const QString &replacementKey);
    void redo() override;
    void undo() override;

private:
    CommandContext *m_context;
    Core::TaxonomyTerm m_term;
    QString m_replacementKey;
    Core::TermRemoval m_removal;
    QDateTime m_writtenAt;
};

/// Puts the terms of a vocabulary in the order `after` on redo and `before` on undo.
class ReorderTermsCommand : public QUndoCommand
{
public:
    ReorderTermsCommand(CommandContext *context,
                        const QString &vocabulary,
                        const QStringList &before,
                        const QStringList &after,
                        const QString &text);
    void redo() override;
    void undo() override;

private:
    void write(const QStringList &expected, const QStringList &ids, const QString &action);

    CommandContext *m_context;
    QString m_vocabulary;
    QStringList m_before;
    QStringList m_after;
    bool m_written = false;
};

} // namespace CoopAtlas::Ui
