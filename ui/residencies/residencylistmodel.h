// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/storage/activitystore.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QTimer>

namespace CoopAtlas::Ui {

/// The residencies list: title, city, dates, status, cohort size and budget
/// (planned and actual). Rows are read a page at a time from
/// ActivityStore::page(), whose SQL query applies the filter, when a view needs them.
class ResidencyListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, City, Dates, Status, Cohort, Budget, ColumnCount };
    static constexpr int PageSize = 128;

    explicit ResidencyListModel(QObject *parent = nullptr);

    void setStore(Core::Store *store);
    /// Lists the residencies that `filter` selects (its search text, city and
    /// status; the kind is always Residency) and reads the list again.
    void setFilter(const Core::ActivityListQuery &filter);
    [[nodiscard]] const Core::ActivityListQuery &filter() const { return m_query; }
    void refresh();
    [[nodiscard]] QString idAt(int row) const;
    [[nodiscard]] int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void loadFailed(const QString &message);

private:
    struct Row
    {
        Core::Residency residency;
        int cohort = 0;
        Core::BudgetTotals budget;
    };
    [[nodiscard]] const Row *rowAt(int row) const;

    QPointer<Core::Store> m_store;
    Core::ActivityListQuery m_query; ///< its kind is Residency
    qint64 m_count = 0;
    QTimer m_refreshTimer;
    mutable QHash<qint64, QList<Row>> m_pages;
};

} // namespace CoopAtlas::Ui
