// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "barriertreemodel.h"

#include <core/storage/activitystore.h>
#include <core/storage/store.h>
#include <ui/knowledge/knowledgetext.h>
#include <ui/logging.h>

#include <QBrush>
#include <QFont>
#include <QLocale>

#include <limits>

namespace CoopAtlas::Ui {

namespace {

constexpr int RefreshDelayMs = 50;

QColor severityColour(const QString &severity)
{
    if (severity == QLatin1String("critical"))
        return QColor(0xb0, 0x00, 0x20);
    if (severity == QLatin1String("high"))
        return QColor(0xa8, 0x4b, 0x00);
    return {};
}

} // namespace

BarrierTreeModel::BarrierTreeModel(QObject *parent)
    : QStandardItemModel(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels(
        {tr("Title"), tr("Kind"), tr("Severity"), tr("Status"), tr("Raised on")});
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &BarrierTreeModel::refresh);
}

void BarrierTreeModel::setStore(Core::Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (store) {
        connect(store, &Core::Store::changed, this, [this](Core::RecordKind kind) {
            // Organisation kinds decide which affected organisations are project holders.
            if (kind == Core::RecordKind::Barrier || kind == Core::RecordKind::Organisation
                || kind == Core::RecordKind::Taxonomy)
                m_refreshTimer.start();
        });
        connect(store, &Core::Store::reloaded, this, &BarrierTreeModel::refresh);
    }
    refresh();
}

void BarrierTreeModel::setFilter(const QString &kind, const QString &status)
{
    m_kind = kind;
    m_status = status;
    // Other items match the new filter, so the lists start again at one page.
    m_loadedBefore.clear();
    removeRows(0, rowCount());
    refresh();
}

void BarrierTreeModel::setGrouped(bool grouped)
{
    m_grouped = grouped;
    m_loadedBefore.clear();
    removeRows(0, rowCount());
    refresh();
}

void BarrierTreeModel::refresh()
{
    m_refreshTimer.stop();
    rememberLoadedRows();
    // Rows only: the columns and the header's resize modes stay.
    removeRows(0, rowCount());
    m_itemsById.clear();
    m_exhausted.clear();
    m_flatTotal = 0;
    m_loadedBarriers = 0;
    if (m_store) {
        m_domainLabels = knowledgeTerms(m_store, Core::Vocabulary::BarrierDomain);
        if (m_grouped)
            readDomainRows();
        else
            readFlatCount();
    }
    emit refreshed();
}

void BarrierTreeModel::rememberLoadedRows()
{
    if (!m_grouped) {
        if (rowCount() > 0)
            m_loadedBefore.insert(listKey(invisibleRootItem()), rowCount());
        return;
    }
    for (int row = 0; row < rowCount(); ++row) {
        const QStandardItem *domain = item(row, Title);
        if (domain->rowCount() > 0)
            m_loadedBefore.insert(listKey(domain), domain->rowCount());
    }
}

void BarrierTreeModel::readDomainRows()
{
    auto counts = Core::ActivityStore(*m_store).barrierDomainCounts(m_kind, m_status);
    if (!counts) {
        emit loadFailed(
            tr("Reading the obstacles and opportunities failed: %1").arg(counts.error().text()));
        return;
    }
    QHash<QString, Core::BarrierDomainCount> byDomain;
    for (const Core::BarrierDomainCount &count : std::as_const(*counts))
        byDomain.insert(count.domain, count);
    // Domains in the vocabulary's order, then keys that the vocabulary lacks
    // (in key order, as counted), then the items without a domain.
    QStringList domains;
    for (const auto &[key, label] : std::as_const(m_domainLabels))
        domains << key;
    for (const Core::BarrierDomainCount &count : std::as_const(*counts)) {
        if (!count.domain.isEmpty() && !domains.contains(count.domain))
            domains << count.domain;
    }
    domains << QString();
    for (const QString &domain : std::as_const(domains)) {
        const Core::BarrierDomainCount count = byDomain.value(domain);
        if (count.barriers > 0)
            addDomainRow(domain, count.barriers, count.projectHolders);
    }
}

void BarrierTreeModel::readFlatCount()
{
    Core::ActivityListQuery query;
    query.kind = Core::RecordKind::Barrier;
    query.barrierKind = m_kind;
    query.status = m_status;
    auto total = Core::ActivityStore(*m_store).count(query);
    if (!total) {
        emit loadFailed(
            tr("Reading the obstacles and opportunities failed: %1").arg(total.error().text()));
        return;
    }
    m_flatTotal = int(qMin<qint64>(*total, std::numeric_limits<int>::max()));
}

void BarrierTreeModel::addDomainRow(const QString &domain, int items, int holders)
{
    const QString label
        = domain.isEmpty() ? tr("No domain") : knowledgeTermLabel(m_domainLabels, domain);
    auto *item = new QStandardItem(tr("%1: %n item(s)", nullptr, items).arg(label)
                                   + tr(", %n project holder(s) affected", nullptr, holders));
    item->setData(domain, DomainRole);
    item->setData(items, ItemCountRole);
    item->setData(holders, ProjectHoldersRole);
    item->setEditable(false);
    QFont bold = item->font();
    bold.setBold(true);
    item->setFont(bold);
    appendRow(item);
}

QStandardItem *BarrierTreeModel::listItem(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_grouped ? nullptr : invisibleRootItem();
    if (!m_grouped || parent.parent().isValid() || parent.column() != Title)
        return nullptr;
    return itemFromIndex(parent);
}

int BarrierTreeModel::listTotal(const QStandardItem *list) const
{
    return list == invisibleRootItem() ? m_flatTotal : list->data(ItemCountRole).toInt();
}

QString BarrierTreeModel::listKey(const QStandardItem *list) const
{
    return list == invisibleRootItem()
               ? QStringLiteral("flat")
               : QStringLiteral("domain:") + list->data(DomainRole).toString();
}

bool BarrierTreeModel::hasChildren(const QModelIndex &parent) const
{
    // An unread domain has no rows yet, but views must offer to expand it.
    if (const QStandardItem *list = listItem(parent))
        return list->rowCount() > 0 || listTotal(list) > 0;
    return QStandardItemModel::hasChildren(parent);
}

bool BarrierTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const QStandardItem *list = listItem(parent);
    return list && list->rowCount() == 0 && hasMoreRows(parent);
}

void BarrierTreeModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        readPage(listItem(parent));
}

bool BarrierTreeModel::hasMoreRows(const QModelIndex &parent) const
{
    const QStandardItem *list = listItem(parent);
    return m_store && list && list->rowCount() < listTotal(list)
           && !m_exhausted.contains(listKey(list));
}

void BarrierTreeModel::fetchNextPage(const QModelIndex &parent)
{
    if (hasMoreRows(parent))
        readPage(listItem(parent));
}

void BarrierTreeModel::readPage(QStandardItem *list)
{
    const QString key = listKey(list);
    const int loaded = list->rowCount();
    // The first page after a refresh reads as far as the list was loaded before it.
    const int requested = loaded == 0 ? qMax(PageSize, m_loadedBefore.take(key)) : PageSize;
    const int limit = qMin(requested, listTotal(list) - loaded);
    Core::ActivityListQuery query;
    query.kind = Core::RecordKind::Barrier;
    query.barrierKind = m_kind;
    query.status = m_status;
    const std::optional<QString> domain = list == invisibleRootItem()
                                              ? std::nullopt
                                              : std::optional(list->data(DomainRole).toString());
    auto barriers = Core::ActivityStore(*m_store).barriers(query, domain, loaded, limit);
    if (!barriers) {
        m_exhausted.insert(key);
        emit loadFailed(
            tr("Reading the obstacles and opportunities failed: %1").arg(barriers.error().text()));
        return;
    }
    m_loadedBarriers += int(barriers->size());
    if (barriers->size() < limit) {
        // Items were deleted since the refresh, which the store's changed() signal follows.
        qCDebug(lcUiModel) << "Read" << barriers->size() << "of" << limit << "obstacles of" << key;
        m_exhausted.insert(key);
    }
    for (const Core::Barrier &barrier : std::as_const(*barriers)) {
        // An item inserted since the refresh shifts the pages by one row.
        if (m_itemsById.contains(barrier.meta.id))
            continue;
        QList<QStandardItem *> row = itemRow(barrier);
        m_itemsById.insert(barrier.meta.id, row.first());
        list->appendRow(row);
    }
}

QModelIndex BarrierTreeModel::loadBarrier(const QString &id)
{
    if (const QModelIndex loaded = indexOf(id); loaded.isValid() || id.isEmpty() || !m_store)
        return loaded;
    auto barrier = Core::ActivityStore(*m_store).barrier(id);
    if (!barrier || barrier->meta.deleted || (!m_kind.isEmpty() && barrier->kind != m_kind)
        || (!m_status.isEmpty() && barrier->status != m_status))
        return {};
    const QModelIndex parent = m_grouped ? domainIndex(barrier->domain) : QModelIndex();
    if (m_grouped && !parent.isValid())
        return {};
    const QStandardItem *list = listItem(parent);
    // Bounded by the pages of the list, in case the counts went stale.
    const int pages = listTotal(list) / PageSize + 1;
    for (int page = 0; page < pages && hasMoreRows(parent); ++page) {
        fetchNextPage(parent);
        if (const QModelIndex found = indexOf(id); found.isValid())
            return found;
    }
    return {};
}

QList<QStandardItem *> BarrierTreeModel::itemRow(const Core::Barrier &barrier) const
{
    const QStringList texts{
        barrier.title,
        Core::ActivityKeys::label(barrier.kind),
        Core::ActivityKeys::label(barrier.severity),
        Core::ActivityKeys::label(barrier.status),
        barrier.raisedOn.isValid() ? QLocale().toString(barrier.raisedOn, QLocale::ShortFormat)
                                   : QString(),
    };
    QList<QStandardItem *> row;
    for (const QString &text : texts) {
        auto *item = new QStandardItem(text);
        item->setEditable(false);
        item->setData(barrier.meta.id, IdRole);
        item->setData(barrier.domain, DomainRole);
        row << item;
    }
    row.first()->setToolTip(barrier.description);
    if (const QColor colour = severityColour(barrier.severity); colour.isValid())
        row.at(Severity)->setForeground(colour);
    return row;
}

QString BarrierTreeModel::idAt(const QModelIndex &index) const
{
    return index.isValid() ? index.siblingAtColumn(Title).data(IdRole).toString() : QString();
}

QModelIndex BarrierTreeModel::indexOf(const QString &id) const
{
    const QStandardItem *title = m_itemsById.value(id);
    return title ? indexFromItem(title) : QModelIndex();
}

QModelIndex BarrierTreeModel::domainIndex(const QString &domain) const
{
    if (!m_grouped)
        return {};
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex candidate = index(row, Title);
        if (candidate.data(DomainRole).toString() == domain)
            return candidate;
    }
    return {};
}

} // namespace CoopAtlas::Ui
