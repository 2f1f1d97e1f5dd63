// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/storage/activitystore.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QTimer>

namespace CoopAtlas::Ui {

/// The workshops list: title, local date and time, theme, status, registered
/// over capacity and attendance rate. Rows are read a page at a time from
/// ActivityStore::page(), whose SQL query applies the filter, when a view first
/// needs them, and the model follows the store's changed() signal.
class WorkshopListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, When, Theme, Status, Registered, Attendance, ColumnCount };
    static constexpr int PageSize = 128;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit WorkshopListModel(QObject *parent = nullptr);

    void setStore(Core::Store *store);
    /// Lists the workshops that `filter` selects (its search text, theme and
    /// status; the kind is always Workshop) and reads the list again.
    void setFilter(const Core::ActivityListQuery &filter);
    [[nodiscard]] const Core::ActivityListQuery &filter() const { return m_query; }
    /// Re-reads the count and drops the rows read so far.
    void refresh();
    [[nodiscard]] QString idAt(int row) const;
    /// Row of a workshop among the pages read so far, or -1.
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
        Core::Workshop workshop;
        int registered = 0;
    };
    [[nodiscard]] const Row *rowAt(int row) const;
    [[nodiscard]] QString themeLabel(const QString &key) const;

    QPointer<Core::Store> m_store;
    Core::ActivityListQuery m_query; ///< its kind is Workshop
    qint64 m_count = 0;
    QTimer m_refreshTimer;
    QHash<QString, QString> m_themeLabels;
    QHash<QString, Core::AttendanceRate> m_attendance;
    mutable QHash<qint64, QList<Row>> m_pages;
};

} // namespace CoopAtlas::Ui
