// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/activities.h>

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

class CommandContext;

/// Budget lines of a residency: label, category, planned and actual amounts in
/// euros in the UI locale's number format, the variance of each line, and the
/// totals with the variance (actual - planned) in red when over budget. Cells
/// are edited in place; each edit is one undoable command.
class BudgetPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { Label, Category, Planned, Actual, Variance, ColumnCount };

    BudgetPanel(QUndoStack *undoStack, CommandContext *context, QWidget *parent = nullptr);

    void setStore(Core::Store *store);
    void setResidencyId(const QString &residencyId);
    void reload();

    bool addLine(const QString &label,
                 const QString &category,
                 qint64 plannedCents,
                 std::optional<qint64> actualCents = std::nullopt);
    /// Writes typed text into a cell as the user would (tests); returns whether it was saved.
    bool setCellText(int row, int column, const QString &text);
    bool removeLine(int row);

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QLabel *totalsLabel() const { return m_totals; }
    [[nodiscard]] QPushButton *addButton() const { return m_add; }
    /// The last validation message, empty when the last edit was saved.
    [[nodiscard]] QString message() const;
    [[nodiscard]] const QList<Core::BudgetLine> &lines() const { return m_rows; }

private:
    void fillRow(int row, const Core::BudgetLine &line);
    /// The row that shows the budget line `lineId`, or -1.
    [[nodiscard]] int rowOf(const QString &lineId) const;
    /// Adds a line with a default label and opens the label editor on its row.
    void addAndEditLine();
    bool commitCell(int row, int column, const QString &text);
    void showMessage(const QString &text);
    void showTotals();

    QUndoStack *m_undoStack;
    CommandContext *m_context;
    QPointer<Core::Store> m_store;
    QString m_residencyId;
    QList<Core::BudgetLine> m_rows;
    QTableWidget *m_table;
    QLabel *m_totals;
    QLabel *m_message;
    QPushButton *m_add;
    QPushButton *m_remove;
    QTimer m_reloadTimer;
    bool m_filling = false;
};

} // namespace CoopAtlas::Ui
