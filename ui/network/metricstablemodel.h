// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analytics/metricstable.h>

#include <QAbstractTableModel>
#include <QCollator>
#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace CoopAtlas::Ui {

/// Table model over a Core::MetricsTable: one row per node, one column per
/// metric. Core::MetricsTable::value() is the sort role, so numbers sort as
/// numbers. The header's tool tip is the whole column title.
class MetricsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setTable(Core::MetricsTable table);
    [[nodiscard]] const Core::MetricsTable &table() const { return m_table; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant
    headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Core::MetricsTable m_table;
};

/// Keeps only the rows (node indexes) of a chosen set, or every row. Text sorts
/// by the collation of the default QLocale, ignoring case, and with digits
/// compared as numbers ("Node 9" before "Node 10").
class MetricsRowFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    /// Shows only `rows`, or every row for std::nullopt.
    void setRows(std::optional<QSet<int>> rows);
    /// Source rows (node indexes) of every row this proxy lists, in the order
    /// shown, including rows scrolled out of a view: the rows that an export writes.
    [[nodiscard]] QList<int> sourceRows() const;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow,
                                        const QModelIndex &sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    [[nodiscard]] static QCollator textCollator();

    std::optional<QSet<int>> m_rows;
    QCollator m_collator = textCollator();
};

} // namespace CoopAtlas::Ui
