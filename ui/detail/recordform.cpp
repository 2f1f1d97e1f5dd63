// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordform.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <limits>

namespace CoopAtlas::Ui {

namespace {

/// Takes wheel events away from a combo box or spin box that has no keyboard
/// focus, so that scrolling the form past it leaves its value alone. The event
/// goes to the scroll area around the form instead, which scrolls.
class WheelGuard : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Wheel) {
            return false;
        }
        auto *widget = qobject_cast<QWidget *>(watched);
        if (!widget || widget->hasFocus()) {
            return false;
        }
        for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
            if (auto *area = qobject_cast<QAbstractScrollArea *>(parent)) {
                QCoreApplication::sendEvent(area->viewport(), event);
                break;
            }
        }
        return true;
    }
};

/// Keeps stored values intact in the editors of `editor` and its children: line
/// edits take text of any length (QLineEdit cuts text at 32767 characters by
/// default), and combo and spin boxes take the wheel only when focused.
void protectValues(QWidget *editor, QObject *guard)
{
    QList<QWidget *> widgets = editor->findChildren<QWidget *>();
    widgets.prepend(editor);
    for (QWidget *widget : std::as_const(widgets)) {
        if (auto *line = qobject_cast<QLineEdit *>(widget)) {
            line->setMaxLength(std::numeric_limits<int>::max());
        }
        if (qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)) {
            widget->setFocusPolicy(Qt::StrongFocus);
            widget->installEventFilter(guard);
        }
    }
}

} // namespace

RecordForm::RecordForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
{
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
}

void RecordForm::addField(const QString &field, const QString &label, QWidget *editor)
{
    auto *cell = new QWidget(this);
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(editor);
    auto *problem = new QLabel(cell);
    problem->setObjectName(QStringLiteral("problem_") + field);
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    problem->setVisible(false);
    column->addWidget(problem);
    cell->setFocusProxy(editor);

    auto *caption = new QLabel(label, this);
    caption->setBuddy(editor);
    m_layout->addRow(caption, cell);
    m_problemLabels.insert(field, problem);
    m_editors.insert(field, editor);
    if (!m_firstEditor)
        m_firstEditor = editor;
    editor->setObjectName(field);
    if (!m_wheelGuard) {
        m_wheelGuard = new WheelGuard(this);
    }
    protectValues(editor, m_wheelGuard);
}

void RecordForm::addSection(const QString &title)
{
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    heading->setContentsMargins(0, 8, 0, 0);
    m_layout->addRow(heading);
}

void RecordForm::showProblems(const QList<FieldProblem> &problems)
{
    for (QLabel *label : std::as_const(m_problemLabels)) {
        label->clear();
        label->setVisible(false);
    }
    for (const FieldProblem &problem : problems) {
        QLabel *label = m_problemLabels.value(problem.field);
        if (!label)
            continue;
        const QString text
            = label->text().isEmpty() ? problem.message : label->text() + u'\n' + problem.message;
        label->setText(text);
        label->setVisible(true);
    }
}

QString RecordForm::problemText(const QString &field) const
{
    const QLabel *label = m_problemLabels.value(field);
    return label ? label->text() : QString();
}

QWidget *RecordForm::fieldWidget(const QString &field) const
{
    return m_editors.value(field);
}

void RecordForm::focusFirstField()
{
    if (m_firstEditor)
        m_firstEditor->setFocus(Qt::OtherFocusReason);
}

void RecordForm::watch(QLineEdit *edit)
{
    connect(edit, &QLineEdit::textEdited, this, &RecordForm::edited);
}

void RecordForm::watch(QPlainTextEdit *edit)
{
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit] {
        // setPlainText() from setRecord() also emits textChanged; only user edits count.
        if (edit->hasFocus())
            emit edited();
    });
}

void RecordForm::watch(QComboBox *combo)
{
    connect(combo, &QComboBox::activated, this, &RecordForm::edited);
}

void RecordForm::fillTermCombo(QComboBox *combo,
                               const QList<Core::TaxonomyTerm> &terms,
                               const QString &language)
{
    const QString current = comboKey(combo);
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("(none)"), QString());
    for (const Core::TaxonomyTerm &term : terms)
        combo->addItem(term.label(language), term.key);
    setComboKey(combo, current);
}

void RecordForm::setComboKey(QComboBox *combo, const QString &key)
{
    int index = combo->findData(key);
    if (index < 0) {
        // Keep a key that the vocabulary does not list, so saving does not lose it.
        combo->addItem(key, key);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

QString RecordForm::comboKey(const QComboBox *combo)
{
    return combo->currentData().toString();
}

QStringList RecordForm::splitList(const QString &text)
{
    QStringList items;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            items.append(item);
    }
    return items;
}

QString RecordForm::joinList(const QStringList &items)
{
    return items.join(QStringLiteral(", "));
}

QList<QStringList> RecordForm::contactRows(const QList<Core::ContactValue> &values)
{
    QList<QStringList> rows;
    for (const Core::ContactValue &value : values)
        rows.append({value.value, joinList(value.types)});
    return rows;
}

QList<Core::ContactValue> RecordForm::contactValues(const QList<QStringList> &rows,
                                                    const QList<Core::ContactValue> &previous)
{
    QList<Core::ContactValue> values;
    for (const QStringList &row : rows) {
        Core::ContactValue value;
        value.value = row.value(0);
        value.types = splitList(row.value(1).toLower());
        // Keep the label and primary flag of an unchanged address.
        for (const Core::ContactValue &old : previous) {
            if (old.value == value.value) {
                value.label = old.label;
                value.primary = old.primary;
            }
        }
        values.append(value);
    }
    return values;
}

} // namespace CoopAtlas::Ui
