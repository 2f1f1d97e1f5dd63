// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resourcelistmodel.h"

#include <core/storage/activitystore.h>
#include <core/storage/store.h>
#include <ui/knowledge/knowledgetext.h>
#include <ui/logging.h>

#include <QLocale>

namespace CoopAtlas::Ui {

namespace {

constexpr int RefreshDelayMs = 50;

} // namespace

ResourceListModel::ResourceListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ResourceListModel::refresh);
}

void ResourceListModel::setStore(Core::Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (store) {
        connect(store, &Core::Store::changed, this, [this](Core::RecordKind kind) {
            if (kind == Core::RecordKind::Resource || kind == Core::RecordKind::Taxonomy)
                m_refreshTimer.start();
        });
        connect(store, &Core::Store::reloaded, this, &ResourceListModel::refresh);
    }
    refresh();
}

void ResourceListModel::setFilter(const ResourceFilter &filter)
{
    m_filter = filter;
    refresh();
}

void ResourceListModel::refresh()
{
    m_refreshTimer.stop();
    beginResetModel();
    m_rows.clear();
    m_offset = 0;
    m_total = 0;
    m_kindLabels = knowledgeTerms(m_store, Core::Vocabulary::ResourceKind);
    if (m_store) {
        auto count = Core::ActivityStore(*m_store).count(listQuery());
        if (count)
            m_total = count.value();
        else
            emit loadFailed(tr("Reading the knowledge base failed: %1").arg(count.error().text()));
    }
    endResetModel();
    if (canFetchMore({}))
        fetchMore({});
}

Core::ActivityListQuery ResourceListModel::listQuery() const
{
    Core::ActivityListQuery query;
    query.kind = Core::RecordKind::Resource;
    query.termFilter = m_filter.kind;
    query.filterText = m_filter.text.trimmed();
    query.language = m_filter.language;
    query.tag = m_filter.tag.trimmed();
    return query;
}

QList<Core::Resource> ResourceListModel::readPage()
{
    QList<Core::Resource> found;
    const Core::ActivityStore activities(*m_store);
    auto rows = activities.page(listQuery(), m_offset, PageSize);
    if (!rows) {
        emit loadFailed(tr("Reading the knowledge base failed: %1").arg(rows.error().text()));
        m_offset = m_total;
        return found;
    }
    if (rows.value().isEmpty()) {
        m_offset = m_total; // the list shrank since it was counted
        return found;
    }
    m_offset += rows.value().size();
    for (const Core::ListRow &row : rows.value()) {
        auto resource = activities.resource(row.id);
        // A resource deleted since the page was read is left out.
        if (resource && !resource.value().meta.deleted)
            found.append(std::move(resource).value());
    }
    return found;
}

bool ResourceListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_store && m_offset < m_total;
}

void ResourceListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Core::Resource> found = readPage();
    if (found.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + found.size() - 1));
    m_rows.append(found);
    endInsertRows();
}

QString ResourceListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).meta.id : QString();
}

int ResourceListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).meta.id == id)
            return row;
    }
    return -1;
}

int ResourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResourceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResourceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Core::Resource &resource = m_rows.at(index.row());
    if (role == IdRole)
        return resource.meta.id;
    if (role == Qt::ToolTipRole && index.column() == Title)
        return resource.summary.isEmpty() ? resource.title : resource.summary;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Title:
        return resource.title;
    case Kind:
        return knowledgeTermLabel(m_kindLabels, resource.kind);
    case Language:
        return resource.language.isEmpty() ? QString()
                                           : Core::ActivityKeys::label(resource.language);
    case Tags:
        return resource.tags.join(QStringLiteral(", "));
    case Added:
        return QLocale().toString(resource.meta.createdAt.toLocalTime().date(),
                                  QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant ResourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Title");
    case Kind:
        return tr("Kind");
    case Language:
        return tr("Language");
    case Tags:
        return tr("Tags");
    case Added:
        return tr("Added");
    default:
        return {};
    }
}

} // namespace CoopAtlas::Ui
