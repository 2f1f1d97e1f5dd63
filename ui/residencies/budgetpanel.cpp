// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "budgetpanel.h"

#include <core/domain/activityvalidation.h>
#include <core/domain/amounts.h>
#include <core/storage/activitystore.h>
#include <ui/commands/activitycommands.h>
#include <ui/commands/recordcommands.h>
#include <ui/logging.h>
#include <ui/workshops/activityfields.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

namespace {

const QColor OverColour(0xb0, 0x00, 0x20);
const QColor UnderColour(0x1b, 0x6e, 0x3a);

QTableWidgetItem *amountItem(const QString &text, bool editable)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (!editable)
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

QString signedEuros(qint64 cents)
{
    return cents > 0 ? u'+' + formatEuros(cents) : formatEuros(cents);
}

} // namespace

BudgetPanel::BudgetPanel(QUndoStack *undoStack, CommandContext *context, QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
    , m_context(context)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_totals(new QLabel(this))
    , m_message(new QLabel(this))
    , m_add(new QPushButton(tr("Add Line"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_table->setObjectName(QStringLiteral("budgetLines"));
    m_table->setAccessibleName(tr("Budget lines"));
    m_table->setHorizontalHeaderLabels(
        {tr("Label"), tr("Category"), tr("Planned"), tr("Actual"), tr("Variance")});
    m_table->horizontalHeader()->setSectionResizeMode(Label, QHeaderView::Stretch);
    for (int column : {int(Category), int(Planned), int(Actual), int(Variance)})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setMinimumHeight(150);
    m_totals->setObjectName(QStringLiteral("budgetTotals"));
    m_totals->setTextFormat(Qt::RichText);
    m_message->setObjectName(QStringLiteral("budgetMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setVisible(false);
    m_add->setToolTip(tr("Add a budget line, then type its label and amounts"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    // The totals wrap so that a narrow form keeps them inside its width.
    m_totals->setWordWrap(true);
    m_totals->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    buttons->addWidget(m_totals, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &BudgetPanel::reload);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_filling)
            commitCell(item->row(), item->column(), item->text());
    });
    connect(m_add, &QPushButton::clicked, this, &BudgetPanel::addAndEditLine);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeLine(m_table->currentRow()); });
}

void BudgetPanel::setStore(Core::Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &Core::Store::changed, this, [this](Core::RecordKind kind) {
            if (kind == Core::RecordKind::BudgetLine)
                m_reloadTimer.start();
        });
    }
    setResidencyId(QString());
}

void BudgetPanel::setResidencyId(const QString &residencyId)
{
    m_residencyId = residencyId;
    showMessage(QString());
    reload();
}

void BudgetPanel::reload()
{
    m_reloadTimer.stop();
    const int currentRow = m_table->currentRow();
    const QString currentId
        = currentRow >= 0 && currentRow < m_rows.size() ? m_rows.at(currentRow).meta.id : QString();
    const int currentColumn = m_table->currentColumn();
    m_filling = true;
    m_rows.clear();
    if (m_store && !m_residencyId.isEmpty()) {
        const Core::ActivityStore activities(*m_store);
        auto lines = activities.budgetLinesOf(m_residencyId);
        if (lines)
            m_rows = lines.value();
        else
            qCWarning(lcUiModel) << "Reading the budget of" << m_residencyId
                                 << "failed:" << lines.error().text();
    }
    // Lines are sorted by category and label, so a line may move to another row.
    // Removing every row first closes the open editor and the category boxes,
    // which would otherwise stay on a row that now shows another line.
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row)
        fillRow(row, m_rows.at(row));
    const int restoredRow = rowOf(currentId);
    if (restoredRow >= 0)
        m_table->setCurrentCell(restoredRow, currentColumn);
    m_filling = false;
    m_add->setEnabled(m_store && !m_residencyId.isEmpty());
    m_remove->setEnabled(!m_rows.isEmpty());
    showTotals();
}

void BudgetPanel::fillRow(int row, const Core::BudgetLine &line)
{
    m_table->setItem(row, Label, new QTableWidgetItem(line.label));
    auto *category = new QComboBox;
    fillKeyCombo(category, Core::ActivityKeys::budgetCategories());
    setComboKey(category, line.category);
    category->setAccessibleName(tr("Category of %1").arg(line.label));
    const QString id = line.meta.id;
    connect(category, &QComboBox::activated, this, [this, category, id] {
        const int current = rowOf(id);
        if (current >= 0)
            commitCell(current, Category, category->currentData().toString());
    });
    m_table->setCellWidget(row, Category, category);
    m_table->setItem(row, Planned, amountItem(formatEuros(line.plannedCents), true));
    m_table->setItem(
        row,
        Actual,
        amountItem(line.actualCents ? formatEuros(*line.actualCents) : QString(), true));
    QTableWidgetItem *variance = amountItem(QString(), false);
    if (line.actualCents) {
        const qint64 difference = *line.actualCents - line.plannedCents;
        variance->setText(signedEuros(difference));
        if (difference > 0)
            variance->setForeground(OverColour);
    }
    m_table->setItem(row, Variance, variance);
}

int BudgetPanel::rowOf(const QString &lineId) const
{
    if (lineId.isEmpty())
        return -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).meta.id == lineId)
            return row;
    }
    return -1;
}

void BudgetPanel::addAndEditLine()
{
    if (!addLine(tr("New budget line"), QStringLiteral("other"), 0))
        return;
    const auto *command = static_cast<const CreateActivityCommand *>(
        m_undoStack->command(m_undoStack->index() - 1));
    const QString id = command->createdId();
    reload();
    // The new line sorts among the others by category and label, not always last.
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_table->setCurrentCell(row, Label);
    m_table->editItem(m_table->item(row, Label));
}

void BudgetPanel::showTotals()
{
    if (!m_store || m_residencyId.isEmpty()) {
        m_totals->clear();
        return;
    }
    const Core::ActivityStore activities(*m_store);
    const auto budget = activities.residencyBudget(m_residencyId);
    if (!budget) {
        m_totals->setText(tr("Totals could not be read."));
        return;
    }
    const Core::BudgetTotals &total = budget->total;
    const QColor colour = total.varianceCents > 0 ? OverColour : UnderColour;
    QString text = tr("Planned <b>%1</b> · Actual <b>%2</b> · Variance "
                      "<b><span style=\"color:%4\">%3</span></b>")
                       .arg(formatEuros(total.plannedCents).toHtmlEscaped(),
                            formatEuros(total.actualCents).toHtmlEscaped(),
                            signedEuros(total.varianceCents).toHtmlEscaped(),
                            colour.name());
    if (total.linesWithoutActual > 0)
        text += u' '
                + tr("(%n line(s) without an actual amount)", nullptr, total.linesWithoutActual);
    m_totals->setText(text);
    QStringList byCategory;
    for (const Core::BudgetTotals &category : budget->byCategory) {
        byCategory.append(tr("%1: planned %2, actual %3")
                              .arg(Core::ActivityKeys::label(category.category),
                                   formatEuros(category.plannedCents),
                                   formatEuros(category.actualCents)));
    }
    m_totals->setToolTip(byCategory.join(u'\n'));
    m_totals->setAccessibleName(
        m_totals->text().remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
}

bool BudgetPanel::addLine(const QString &label,
                          const QString &category,
                          qint64 plannedCents,
                          std::optional<qint64> actualCents)
{
    if (!m_store || m_residencyId.isEmpty())
        return false;
    Core::BudgetLine line;
    line.residencyId = m_residencyId;
    line.label = label;
    line.category = category;
    line.plannedCents = plannedCents;
    line.actualCents = actualCents;
    const QList<Core::FieldError> errors = Core::validate(line);
    if (!errors.isEmpty()) {
        showMessage(errors.first().message);
        return false;
    }
    const int count = m_undoStack->count();
    m_undoStack->push(
        new CreateActivityCommand(m_context, line, tr("Add the budget line \"%1\"").arg(label)));
    showMessage(QString());
    return m_undoStack->count() != count;
}

bool BudgetPanel::setCellText(int row, int column, const QString &text)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    return commitCell(row, column, text);
}

bool BudgetPanel::commitCell(int row, int column, const QString &text)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    Core::BudgetLine after = m_rows[row];
    const QString fieldName = m_table->horizontalHeaderItem(column)->text();
    switch (column) {
    case Label:
        after.label = text.trimmed();
        break;
    case Category:
        after.category = text;
        break;
    case Planned:
    case Actual: {
        if (column == Actual && text.trimmed().isEmpty()) {
            after.actualCents.reset();
            break;
        }
        const auto cents = Core::parseAmount(text, fieldName);
        if (!cents) {
            showMessage(tr("Row %1, %2: %3").arg(row + 1).arg(fieldName, cents.error().message));
            m_reloadTimer.start();
            return false;
        }
        if (column == Planned)
            after.plannedCents = *cents;
        else
            after.actualCents = *cents;
        break;
    }
    default:
        return false;
    }
    const QList<Core::FieldError> errors = Core::validate(after);
    if (!errors.isEmpty()) {
        showMessage(tr("Row %1, %2: %3").arg(row + 1).arg(fieldName, errors.first().message));
        m_reloadTimer.start();
        return false;
    }
    showMessage(QString());
    const int count = m_undoStack->count();
    m_undoStack->push(new EditActivityCommand(
        m_context, m_rows[row], after, tr("Edit the budget line \"%1\"").arg(after.label)));
    return m_undoStack->count() != count;
}

bool BudgetPanel::removeLine(int row)
{
    if (!m_store || row < 0 || row >= m_rows.size())
        return false;
    const int count = m_undoStack->count();
    m_undoStack->push(new DeleteActivityCommand(
        m_context, Core::RecordKind::BudgetLine, m_rows[row].meta.id, m_rows[row].label));
    return m_undoStack->count() != count;
}

QString BudgetPanel::message() const
{
    return m_message->text();
}

void BudgetPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace CoopAtlas::Ui
