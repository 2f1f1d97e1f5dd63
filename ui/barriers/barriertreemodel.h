// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/activities.h>

#include <QHash>
#include <QPointer>
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
class BarrierTreeModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Column { Title, Kind, Severity, Status, RaisedOn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int DomainRole = Qt::UserRole + 2;
    /// On a domain row: the number of items listed under it.
    static constexpr int ItemCountRole = Qt::UserRole + 3;
    /// On a domain row: distinct organisations of kind "project-holder" that
    /// the listed items affect.
    static constexpr int ProjectHoldersRole = Qt::UserRole + 4;
    /// Barriers read at most, with one SQL query.
    // TODO: the tree reads every barrier at each refresh instead of a page at a time.
    static constexpr int MaxBarriers = 20000;

    explicit BarrierTreeModel(QObject *parent = nullptr);

    void setStore(Core::Store *store);
    /// Shows only this kind and status; an empty key shows all.
    void setFilter(const QString &kind, const QString &status);
    void setGrouped(bool grouped);
    [[nodiscard]] bool isGrouped() const { return m_grouped; }
    /// Reads the barriers again.
    void refresh();

    /// Id of the barrier at an index; empty on a domain row.
    [[nodiscard]] QString idAt(const QModelIndex &index) const;
    /// Index of a barrier's title cell, or an invalid index.
    [[nodiscard]] QModelIndex indexOf(const QString &id) const;
    /// Index of a domain row, or an invalid index (also when not grouped).
    [[nodiscard]] QModelIndex domainIndex(const QString &domain) const;

signals:
    void loadFailed(const QString &message);
    /// The rows were read again.
    void refreshed();

private:
    void fillRows();
    [[nodiscard]] QList<Core::Barrier> readBarriers();
    [[nodiscard]] QList<QStandardItem *> itemRow(const Core::Barrier &barrier) const;
    void addDomainRow(const QString &domain, const QList<Core::Barrier> &barriers);

    QPointer<Core::Store> m_store;
    QString m_kind;
    QString m_status;
    bool m_grouped = true;
    QList<QPair<QString, QString>> m_domainLabels;
    QHash<QString, int> m_holderCounts; ///< project holders per domain, under the filter
    QTimer m_refreshTimer;
};

} // namespace CoopAtlas::Ui
