// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analytics/networksnapshot.h>
#include <core/analytics/suggestions.h>

#include <QSet>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QUndoStack;

namespace CoopAtlas::Ui {

class CommandContext;

/// Ranked support organisations and funders for the project holder selected on
/// the map, each with its score and one-sentence reason. Accept creates the
/// link through the undo stack; Dismiss hides the suggestion until the
/// application closes. A candidate that the store already links to the
/// project holder is not listed, and the list is read again whenever an undo
/// command creates, changes or removes a link, so that undoing an accepted
/// suggestion lists it again.
class SuggestionsPanel : public QWidget
{
    Q_OBJECT

public:
    SuggestionsPanel(QUndoStack *undoStack, CommandContext *context, QWidget *parent = nullptr);

    void setSnapshot(const Core::NetworkSnapshot &snapshot);
    /// Lists the suggestions for node `id`, or a hint when it is not a project holder.
    void showFor(const QString &id);
    [[nodiscard]] QTreeWidget *list() const { return m_list; }
    /// Suggestions currently listed, in list order.
    [[nodiscard]] const QList<Core::Suggestion> &suggestions() const { return m_shown; }

    /// Pushes a command that creates the link of suggestion `row`, which removes
    /// the suggestion from the list until the link is removed again.
    void acceptSuggestion(int row);
    /// Hides suggestion `row` for this session.
    void dismissSuggestion(int row);

private:
    void fill();
    [[nodiscard]] static QString keyOf(const Core::Suggestion &suggestion);
    /// Ids of the records that the store links to the project holder, in either direction.
    [[nodiscard]] QSet<QString> linkedInStore() const;

    QUndoStack *m_undoStack;
    CommandContext *m_context;
    Core::NetworkSnapshot m_snapshot;
    QString m_projectHolder;
    QList<Core::Suggestion> m_shown;
    QSet<QString> m_dismissed; ///< "candidate|project holder" of dismissed suggestions
    QLabel *m_title;
    QTreeWidget *m_list;
};

} // namespace CoopAtlas::Ui
