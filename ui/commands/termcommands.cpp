// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "termcommands.h"

#include <ui/commands/recordcommands.h>
#include <ui/logging.h>

#include <QCoreApplication>

namespace CoopAtlas::Ui {

namespace {

class TermCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Ui::TermCommands)
};

void reportTermFailure(QUndoCommand *command,
                       CommandContext *context,
                       const QString &action,
                       const Core::Error &error)
{
    context->reportFailure(
        command, action, error, TermCommandsText::tr("%1 failed.\n%2").arg(action, error.message));
}

/// updated_at of a stored term, tombstones included, or an invalid time when it cannot be read.
QDateTime storedUpdatedAt(const Core::Store &store, const QString &id)
{
    auto term = store.term(id);
    return term ? term->meta.updatedAt : QDateTime();
}

/// True when the term still has the updated_at value that `command` wrote.
/// Otherwise reports that the command left the term alone.
bool checkStillAsWritten(QUndoCommand *command,
                         CommandContext *context,
                         const QString &action,
                         const Core::TaxonomyTerm &term,
                         const QDateTime &writtenAt)
{
    if (storedUpdatedAt(*context->store(), term.meta.id) == writtenAt)
        return true;
    context->reportSkipped(command, action, term.key);
    return false;
}

QString undoText(const QUndoCommand *command)
{
    return TermCommandsText::tr("Undo of %1").arg(command->text());
}

} // namespace

AddTermCommand::AddTermCommand(CommandContext *context, Core::TaxonomyTerm term)
    : QUndoCommand(TermCommandsText::tr("Add term \"%1\"").arg(term.key))
    , m_context(context)
    , m_term(std::move(term))
{}

void AddTermCommand::redo()
{
    Core::Store *store = m_context->store();
    if (!store) {
        setObsolete(true);
        return;
    }
    if (m_term.meta.id.isEmpty()) {
        auto id = store->insertTerm(m_term);
        if (!id) {
            reportTermFailure(this, m_context, text(), id.error());
            return;
        }
        m_term.meta.id = id.value();
    } else {
        if (!checkStillAsWritten(this, m_context, text(), m_term, m_writtenAt))
            return;
        auto restored = store->undoTermRemoval(m_removal);
        if (!restored) {
            reportTermFailure(this, m_context, text(), restored.error());
            return;
        }
    }
    m_writtenAt = storedUpdatedAt(*store, m_term.meta.id);
}

void AddTermCommand::undo()
{
    Core::Store *store = m_context->store();
    if (!store || !checkStillAsWritten(this, m_context, undoText(this), m_term, m_writtenAt))
        return;
    auto removal = store->removeTerm(m_term.meta.id);
    if (!removal) {
        reportTermFailure(this, m_context, undoText(this), removal.error());
        return;
    }
    m_removal = removal.value();
    m_writtenAt = m_removal.termWrittenAt;
}

EditTermCommand::EditTermCommand(CommandContext *context,
                                 Core::TaxonomyTerm before,
                                 Core::TaxonomyTerm after)
    : QUndoCommand(TermCommandsText::tr("Edit term \"%1\"").arg(after.key))
    , m_context(context)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void EditTermCommand::redo()
{
    write(m_after, text());
}

void EditTermCommand::undo()
{
    write(m_before, undoText(this));
}

void EditTermCommand::write(const Core::TaxonomyTerm &term, const QString &action)
{
    Core::Store *store = m_context->store();
    if (!store) {
        setObsolete(true);
        return;
    }
    Core::TaxonomyTerm written = term;
    if (m_writtenAt.isValid()) {
        if (!checkStillAsWritten(this, m_context, action, term, m_writtenAt))
            return;
        written.meta.updatedAt = m_writtenAt;
    }
    auto updated = store->updateTerm(written);
    if (!updated) {
        reportTermFailure(this, m_context, action, updated.error());
        return;
    }
    m_writtenAt = storedUpdatedAt(*store, term.meta.id);
}

RemoveTermCommand::RemoveTermCommand(CommandContext *context,
                                     Core::TaxonomyTerm term,
                                     const QString &replacementKey)
    : QUndoCommand(
        replacementKey.isEmpty()
            ? TermCommandsText::tr("Delete term \"%1\"").arg(term.key)
            : TermCommandsText::tr("Replace term \"%1\" with \"%2\"").arg(term.key, replacementKey))
    , m_context(context)
    , m_term(std::move(term))
    , m_replacementKey(replacementKey)
{}

void RemoveTermCommand::redo()
{
    Core::Store *store = m_context->store();
    if (!store) {
        setObsolete(true);
        return;
    }
    if (m_writtenAt.isValid() && !checkStillAsWritten(this, m_context, text(), m_term, m_writtenAt))
        return;
    auto removal = store->removeTerm(m_term.meta.id, m_replacementKey);
    if (!removal) {
        reportTermFailure(this, m_context, text(), removal.error());
        return;
    }
    m_removal = removal.value();
    m_writtenAt = m_removal.termWrittenAt;
    qCInfo(lcUiEdit) << "Deleted term" << m_term.vocabulary << m_term.key << "and moved"
                     << m_removal.rewritten.size() << "records to" << m_replacementKey;
}

void RemoveTermCommand::undo()
{
    Core::Store *store = m_context->store();
    if (!store || !checkStillAsWritten(this, m_context, undoText(this), m_term, m_writtenAt))
        return;
    auto kept = store->undoTermRemoval(m_removal);
    if (!kept) {
        reportTermFailure(this, m_context, undoText(this), kept.error());
        return;
    }
    m_writtenAt = storedUpdatedAt(*store, m_term.meta.id);
    if (kept.value() > 0) {
        emit m_context->skipped(
            TermCommandsText::tr("%1: %n record(s) changed since the replacement and kept their "
                                 "values.",
                                 nullptr,
                                 kept.value())
                .arg(undoText(this)));
    }
}

ReorderTermsCommand::ReorderTermsCommand(CommandContext *context,
                                         const QString &vocabulary,
                                         const QStringList &before,
                                         const QStringList &after,
                                         const QString &text)
    : QUndoCommand(text)
    , m_context(context)
    , m_vocabulary(vocabulary)
    , m_before(before)
    , m_after(after)
{}

void ReorderTermsCommand::redo()
{
    write(m_before, m_after, text());
}

void ReorderTermsCommand::undo()
{
    write(m_after, m_before, undoText(this));
}

void ReorderTermsCommand::write(const QStringList &expected,
                                const QStringList &ids,
                                const QString &action)
{
    Core::Store *store = m_context->store();
    if (!store) {
        setObsolete(true);
        return;
    }
    if (m_written) {
        // The order is what this command left, unless terms were added, deleted
        // or moved in between.
        auto terms = store->terms(m_vocabulary);
        if (!terms) {
            reportTermFailure(this, m_context, action, terms.error());
            return;
        }
        QStringList current;
        for (const Core::TaxonomyTerm &term : terms.value())
            current.append(term.meta.id);
        if (current != expected) {
            m_context->reportSkipped(this, action, m_vocabulary);
            return;
        }
    }
    auto reordered = store->reorderTerms(m_vocabulary, ids);
    if (!reordered) {
        reportTermFailure(this, m_context, action, reordered.error());
        return;
    }
    m_written = true;
}

} // namespace CoopAtlas::Ui
