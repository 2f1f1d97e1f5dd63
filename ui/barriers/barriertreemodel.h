// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/activities.h>

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QStandardItemModel>
#include <QTimer>

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

/// Obstacles and opportunities, either grouped by domain (a row per domain
/// with the number of items and of distinct project holders they affect, then
/// its items) or as one flat list. Items of a domain sort by severity, most
/// severe first, then by title. The model follows the store's changed() signal.
///
/// The model reads lazily. refresh() reads the domain rows with their counts,
/// computed in SQL, or in the flat list only the number of items. Items are
/// read PageSize at a time: the first page through fetchMore(), which a view
/// calls when it expands a domain, and the next ones through fetchNextPage().
class BarrierTreeModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Column { Title, Kind, Severity, Status, RaisedOn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int DomainRole = Qt::UserRole + 2;
    /// On a domain row: the number of its items that the filter shows, read
    /// or not yet.
    static constexpr int ItemCountRole = Qt::UserRole + 3;
    /// On a domain row: distinct organisations of kind "project-holder" that
    /// the listed items affect.
    static constexpr int ProjectHoldersRole = Qt::UserRole + 4;
    /// Items read per page. The first page after a refresh reads more when the
    /// list had more rows loaded before it.
    static constexpr int PageSize = 200;

    explicit BarrierTreeModel(QObject *parent = nullptr);

    void setStore(Core::Store *store);
    /// Shows only this kind and status; an empty key shows all.
    void setFilter(const QString &kind, const QString &status);
    void setGrouped(bool grouped);
    [[nodiscard]] bool isGrouped() const { return m_grouped; }
    /// Reads the domain rows, or the number of items of the flat list, again.
    /// Items are read again when a view fetches them, as many as were loaded
    /// before under each domain, so that a scrolled list keeps its length.
    void refresh();

    /// Id of the barrier at an index; empty on a domain row.
    [[nodiscard]] QString idAt(const QModelIndex &index) const;
    /// Index of a loaded barrier's title cell, or an invalid index.
    [[nodiscard]] QModelIndex indexOf(const QString &id) const;
    /// Reads pages of the barrier's domain (or of the flat list) until it is
    /// loaded, and returns the index of its title cell. Returns an invalid
    /// index when the barrier is deleted, missing or hidden by the filter.
    QModelIndex loadBarrier(const QString &id);
    /// Index of a domain row, or an invalid index (also when not grouped).
    [[nodiscard]] QModelIndex domainIndex(const QString &domain) const;
    /// Barriers read from the store since the last refresh.
    [[nodiscard]] int loadedBarrierCount() const { return m_loadedBarriers; }

    [[nodiscard]] bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    /// True for a domain row, or the root of the flat list, whose first page
    /// is not read yet. QTreeView lays out every expanded parent again after
    /// each change and fetches whenever this returns true, so returning true
    /// after the first page would read the whole list a page per layout.
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    /// Reads the first page of a domain row, or of the flat list at the root.
    void fetchMore(const QModelIndex &parent) override;
    /// True when a domain row, or the flat list at the root, has items left to read.
    [[nodiscard]] bool hasMoreRows(const QModelIndex &parent) const;
    /// Reads the next page of a domain row, or of the flat list at the root.
    void fetchNextPage(const QModelIndex &parent);

signals:
    void loadFailed(const QString &message);
    /// The rows were read again.
    void refreshed();

private:
    /// Item under which the barriers of `parent` are listed: a domain row's
    /// title item, or the root of the flat list. Null for any other index.
    [[nodiscard]] QStandardItem *listItem(const QModelIndex &parent) const;
    [[nodiscard]] int listTotal(const QStandardItem *list) const;
    [[nodiscard]] QString listKey(const QStandardItem *list) const;
    void rememberLoadedRows();
    void readDomainRows();
    void readFlatCount();
    [[nodiscard]] QList<QStandardItem *> itemRow(const Core::Barrier &barrier) const;
    void addDomainRow(const QString &domain, int items, int holders);
    void readPage(QStandardItem *list);

    QPointer<Core::Store> m_store;
    QString m_kind;
    QString m_status;
    bool m_grouped = true;
    QList<QPair<QString, QString>> m_domainLabels;
    int m_flatTotal = 0;
    /// Lists (by listKey()) that returned a short page, so that a count that
    /// went stale since the refresh does not make them read forever.
    QSet<QString> m_exhausted;
    /// Rows that each list had loaded before the last refresh, by listKey().
    QHash<QString, int> m_loadedBefore;
    QHash<QString, QStandardItem *> m_itemsById; ///< title cells of the loaded barriers
    int m_loadedBarriers = 0;
    QTimer m_refreshTimer;
};

} // namespace CoopAtlas::Ui
