// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldrows.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

FieldRows::FieldRows(QFormLayout *layout)
    : m_layout(layout)
{}

void FieldRows::add(const QString &field, const QString &label, QWidget *editor)
{
    auto *cell = new QWidget;
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(editor);
    auto *problem = new QLabel(cell);
    problem->setObjectName(field + QStringLiteral("Problem"));
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    problem->hide();
    column->addWidget(problem);

    auto *caption = new QLabel(label);
    caption->setBuddy(editor);
    QString accessible = label;
    accessible.remove(QLatin1Char('&'));
    if (accessible.endsWith(QLatin1Char(':')))
        accessible.chop(1);
    editor->setAccessibleName(accessible);
    m_layout->addRow(caption, cell);
    m_problems.insert(field, problem);
    m_editors.insert(field, editor);
}

void FieldRows::showProblems(const QList<FieldProblem> &problems)
{
    QHash<QString, QStringList> byField;
    for (const FieldProblem &problem : problems)
        byField[problem.field] << problem.message;
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        const QStringList messages = byField.value(it.key());
        it.value()->setText(messages.join(QLatin1Char('\n')));
        it.value()->setVisible(!messages.isEmpty());
    }
}

QString FieldRows::problemText(const QString &field) const
{
    const QLabel *label = m_problems.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace CoopAtlas::Ui
