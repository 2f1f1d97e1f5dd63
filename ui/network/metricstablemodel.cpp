// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricstablemodel.h"

#include <QLocale>

namespace CoopAtlas::Ui {

void MetricsTableModel::setTable(Core::MetricsTable table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

int MetricsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_table.rowCount();
}

int MetricsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Core::MetricsTable::columnCount();
}

QVariant MetricsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return m_table.text(index.row(), index.column());
    case Qt::UserRole:
        return m_table.value(index.row(), index.column());
    case Qt::TextAlignmentRole: {
        const QVariant value = m_table.value(index.row(), index.column());
        const bool number = value.typeId() == QMetaType::Int || value.typeId() == QMetaType::Double;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    default:
        return {};
    }
}

QVariant MetricsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    return Core::MetricsTable::columnTitle(section);
}

void MetricsRowFilter::setRows(std::optional<QSet<int>> rows)
{
    m_rows = std::move(rows);
    invalidateFilter();
}

QList<int> MetricsRowFilter::sourceRows() const
{
    QList<int> rows;
    const int count = rowCount();
    rows.reserve(count);
    for (int row = 0; row < count; ++row)
        rows.append(mapToSource(index(row, 0)).row());
    return rows;
}

QCollator MetricsRowFilter::textCollator()
{
    QCollator collator{QLocale()};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

bool MetricsRowFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant leftValue = left.data(sortRole());
    const QVariant rightValue = right.data(sortRole());
    if (leftValue.typeId() == QMetaType::QString && rightValue.typeId() == QMetaType::QString)
        return m_collator.compare(leftValue.toString(), rightValue.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

bool MetricsRowFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent)
    return !m_rows || m_rows->contains(sourceRow);
}

} // namespace CoopAtlas::Ui
