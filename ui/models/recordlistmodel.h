// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/storage/store.h>
#include <ui/models/termlabels.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace CoopAtlas::Ui {

/// A table model that pages through one store table: the total comes from
/// Store::count() (cached per query) and data() reads only the page that contains
/// the row, so no call loads the whole table. Pages are cached with a
/// least-recently-used bound. The rows shown grow by fetchStep() through
/// fetchMore() as the view scrolls to the end, because a view keeps one header
/// entry per row: a million rows at once would cost memory and time on every reset.
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 256;
    static constexpr int MaxCachedPages = 16;
    static constexpr int DefaultFetchStep = 16384;

    /// The record id of a row, as a QString.
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit RecordListModel(Core::ListTable table, QObject *parent = nullptr);

    /// Shows the given store (nullptr shows nothing) and follows its changes.
    void setStore(Core::Store *store);
    [[nodiscard]] Core::Store *store() const { return m_store; }
    [[nodiscard]] Core::ListTable table() const { return m_query.table; }
    [[nodiscard]] const Core::ListQuery &query() const { return m_query; }

    /// Number of rows added to the shown rows by each fetchMore().
    void setFetchStep(int rows);
    [[nodiscard]] int fetchStep() const { return m_fetchStep; }
    /// Number of rows that match the query, shown or not yet.
    [[nodiscard]] qint64 totalRowCount() const { return m_rowCount; }

    void setFilterText(const QString &text);
    void setKindFilter(const QString &termKey);

    /// Id of the record in a row, or an empty string out of range.
    [[nodiscard]] QString idAt(int row) const;
    /// Row of a record, searched in the page of hintRow and its neighbours
    /// first, then in the cached pages; -1 when not found there.
    [[nodiscard]] int findRow(const QString &id, int hintRow = -1) const;
    /// Number of pages read from the store since the last reset (for tests).
    [[nodiscard]] int pagesLoaded() const { return m_pagesLoaded; }
    [[nodiscard]] int cachedPageCount() const { return int(m_pages.size()); }

    /// Sets whether the model reads the store. An inactive model, whose list is
    /// not shown, reads nothing: a new store empties it, and store or filter
    /// changes only mark it out of date until it becomes active again. Models
    /// are active from construction.
    void setActive(bool active);
    [[nodiscard]] bool isActive() const { return m_active; }

    /// Re-reads the count and drops the page cache now (when inactive, on activation).
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    /// A store read failed, with a message for the user.
    void loadFailed(const QString &message);

private:
    void scheduleRefresh();
    void clearRows();
    void resetWithQuery();
    [[nodiscard]] const QList<Core::ListRow> *pageFor(int row) const;
    [[nodiscard]] QVariant displayValue(int column, const QVariant &value) const;

    /// Meaning of the text values of a list column.
    struct ColumnContent
    {
        QString vocabulary;   ///< taxonomy of the term keys in the column
        bool commune = false; ///< the column contains Brussels commune keys
    };
    [[nodiscard]] static ColumnContent contentOf(const QString &title);

    QPointer<Core::Store> m_store;
    Core::ListQuery m_query;
    QStringList m_columns;
    QList<ColumnContent> m_content;
    qint64 m_rowCount = 0;
    int m_shownRows = 0; ///< rows exposed to views, at most m_rowCount
    int m_fetchStep = DefaultFetchStep;
    TermLabels m_labels;
    QTimer m_refreshTimer;
    bool m_active = true;
    bool m_stale = false; ///< a refresh was requested while inactive

    mutable QHash<qint64, QList<Core::ListRow>> m_pages;
    mutable QList<qint64> m_pageUse; ///< least recently used first
    mutable QSet<qint64> m_failedPages;
    mutable int m_pagesLoaded = 0;
};

} // namespace CoopAtlas::Ui
