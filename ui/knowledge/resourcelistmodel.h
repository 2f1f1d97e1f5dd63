// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/storage/activitystore.h>

#include <QAbstractTableModel>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTimer>

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

/// Filter of the knowledge-base list. Empty fields do not filter.
struct ResourceFilter
{
    QString text;     ///< words searched in title, summary, text and tags (full-text index)
    QString kind;     ///< term key of Vocabulary::ResourceKind
    QString language; ///< ActivityKeys::resourceLanguages()
    QString tag;      ///< one tag, compared without regard to the case of ASCII letters
};

/// The knowledge-base list: title, kind, language, tags and date added, by
/// title. Rows are read from ActivityStore::page(), whose SQL query applies
/// every filter, a page at a time as the view scrolls
/// (canFetchMore()/fetchMore()). The model follows the store's changed() signal.
class ResourceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Kind, Language, Tags, Added, ColumnCount };
    static constexpr int PageSize = 100;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ResourceListModel(QObject *parent = nullptr);

    void setStore(Core::Store *store);
    void setFilter(const ResourceFilter &filter);
    [[nodiscard]] const ResourceFilter &filter() const { return m_filter; }
    /// Reads the list again from the start.
    void refresh();
    [[nodiscard]] QString idAt(int row) const;
    /// Row of a resource among the rows read so far, or -1.
    [[nodiscard]] int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadFailed(const QString &message);

private:
    [[nodiscard]] QList<Core::Resource> readPage();
    [[nodiscard]] Core::ActivityListQuery listQuery() const;

    QPointer<Core::Store> m_store;
    ResourceFilter m_filter;
    QList<Core::Resource> m_rows;
    QList<QPair<QString, QString>> m_kindLabels;
    qint64 m_offset = 0; ///< rows of the store's list read so far
    qint64 m_total = 0;  ///< rows of the store's list
    QTimer m_refreshTimer;
};

} // namespace CoopAtlas::Ui
