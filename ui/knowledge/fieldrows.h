// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ui/detail/recordform.h>

#include <QHash>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace CoopAtlas::Ui {

/// Rows of a form layout, each an editor with a place under it for the
/// validation message of its field.
class FieldRows
{
public:
    explicit FieldRows(QFormLayout *layout);

    /// Adds a labelled row; the label's buddy and the editor's accessible name
    /// are set from `label`.
    void add(const QString &field, const QString &label, QWidget *editor);
    /// Shows each message under its field and hides the others.
    void showProblems(const QList<FieldProblem> &problems);
    [[nodiscard]] QString problemText(const QString &field) const;
    [[nodiscard]] QWidget *editor(const QString &field) const { return m_editors.value(field); }

private:
    QFormLayout *m_layout;
    QHash<QString, QLabel *> m_problems;
    QHash<QString, QWidget *> m_editors;
};

} // namespace CoopAtlas::Ui
