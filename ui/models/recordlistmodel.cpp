// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordlistmodel.h"

#include <ui/logging.h>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace CoopAtlas::Ui {

namespace {

QString storeTitle(const char *title)
{
    return QCoreApplication::translate("CoopAtlas::Core::Store", title);
}

/// Whether a change to a record of this kind can change the rows of the table:
/// links show the names of the organisations and people at their ends.
bool isShownIn(Core::RecordKind kind, Core::ListTable table)
{
    switch (kind) {
    case Core::RecordKind::Organisation:
        return table == Core::ListTable::Organisations || table == Core::ListTable::Links;
    case Core::RecordKind::Person:
        return table == Core::ListTable::People || table == Core::ListTable::Links;
    case Core::RecordKind::Link:
        return table == Core::ListTable::Links;
    case Core::RecordKind::Taxonomy:
        return true;
    case Core::RecordKind::Note:
    case Core::RecordKind::Workshop:
    case Core::RecordKind::Participation:
    case Core::RecordKind::Followup:
    case Core::RecordKind::Residency:
    case Core::RecordKind::Stay:
    case Core::RecordKind::Visit:
    case Core::RecordKind::BudgetLine:
    case Core::RecordKind::Resource:
    case Core::RecordKind::Barrier:
        break;
    }
    return false;
}

} // namespace

RecordListModel::ColumnContent RecordListModel::contentOf(const QString &title)
{
    // Store::listColumns() returns the column titles translated in the Store's context,
    // so comparing with the same translation finds a column in any UI language.
    if (title == storeTitle("Kind"))
        return {QString::fromLatin1(Core::Vocabulary::OrganisationKind), false};
    if (title == storeTitle("Stage"))
        return {QString::fromLatin1(Core::Vocabulary::Stage), false};
    if (title == storeTitle("Type"))
        return {QString::fromLatin1(Core::Vocabulary::LinkType), false};
    if (title == storeTitle("Commune"))
        return {QString(), true};
    return {};
}

RecordListModel::RecordListModel(Core::ListTable table, QObject *parent)
    : QAbstractTableModel(parent)
{
    m_query.table = table;
    m_columns = Core::Store::listColumns(table);
    for (const QString &title : std::as_const(m_columns))
        m_content.append(contentOf(title));
    // Several changes in one event-loop turn (a delete with its links) cause one refresh.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &RecordListModel::refresh);
}

void RecordListModel::setStore(Core::Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &Core::Store::changed, this, [this](Core::RecordKind kind) {
            if (isShownIn(kind, m_query.table))
                scheduleRefresh();
        });
        connect(m_store, &Core::Store::reloaded, this, &RecordListModel::scheduleRefresh);
    }
    if (!m_active) {
        // Rows of the previous store must not stay visible, but the new store waits.
        beginResetModel();
        clearRows();
        endResetModel();
    }
    refresh();
}

void RecordListModel::setActive(bool active)
{
    m_active = active;
    if (m_active && m_stale)
        refresh();
}

void RecordListModel::setFilterText(const QString &text)
{
    if (text == m_query.filterText)
        return;
    m_query.filterText = text;
    refresh();
}

void RecordListModel::setKindFilter(const QString &termKey)
{
    if (termKey == m_query.kindFilter)
        return;
    m_query.kindFilter = termKey;
    refresh();
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size())
        return;
    if (column == m_query.sortColumn && order == m_query.sortOrder)
        return;
    m_query.sortColumn = column;
    m_query.sortOrder = order;
    // The count does not change with the order; only the pages are read again.
    emit layoutAboutToBeChanged();
    m_pages.clear();
    m_pageUse.clear();
    emit layoutChanged();
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void RecordListModel::scheduleRefresh()
{
    m_refreshTimer.start();
}

void RecordListModel::refresh()
{
    m_refreshTimer.stop();
    if (!m_active) {
        m_stale = true;
        return;
    }
    m_stale = false;
    beginResetModel();
    resetWithQuery();
    endResetModel();
}

void RecordListModel::clearRows()
{
    m_pages.clear();
    m_pageUse.clear();
    m_failedPages.clear();
    m_pagesLoaded = 0;
    m_rowCount = 0;
    m_shownRows = 0;
}

void RecordListModel::resetWithQuery()
{
    clearRows();
    if (!m_store)
        return;
    m_labels.reload(*m_store);
    const auto count = m_store->count(m_query);
    if (!count) {
        qCWarning(lcUiModel) << "Counting the rows of a list failed:" << count.error().text();
        emit loadFailed(tr("Could not read the list: %1").arg(count.error().text()));
        return;
    }
    m_rowCount = count.value();
    m_shownRows = int(qMin<qint64>(m_rowCount, m_fetchStep));
}

const QList<Core::ListRow> *RecordListModel::pageFor(int row) const
{
    const qint64 pageIndex = row / PageSize;
    auto it = m_pages.find(pageIndex);
    if (it != m_pages.end()) {
        m_pageUse.removeOne(pageIndex);
        m_pageUse.append(pageIndex);
        return &it.value();
    }
    if (!m_store || m_failedPages.contains(pageIndex))
        return nullptr;
    // Scrolling reads the pages in order, so the previous page is usually cached
    // and the new one continues after its last row, without the OFFSET walk
    // that grows with the position. A jump to a page far away uses OFFSET.
    const auto previous = m_pages.constFind(pageIndex - 1);
    const bool continues = previous != m_pages.cend() && previous->size() == PageSize;
    auto page = continues ? m_store->pageAfter(m_query, previous->constLast().sortKey, PageSize)
                          : m_store->page(m_query, pageIndex * PageSize, PageSize);
    if (!page) {
        qCWarning(lcUiModel) << "Reading rows from" << pageIndex * PageSize
                             << "failed:" << page.error().text();
        // Not read again before the next refresh, so that painting does not repeat the error.
        m_failedPages.insert(pageIndex);
        return nullptr;
    }
    ++m_pagesLoaded;
    while (m_pageUse.size() >= MaxCachedPages)
        m_pages.remove(m_pageUse.takeFirst());
    m_pageUse.append(pageIndex);
    return &m_pages.insert(pageIndex, std::move(page).value()).value();
}

QString RecordListModel::idAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const QList<Core::ListRow> *page = pageFor(row);
    const int offset = row % PageSize;
    if (!page || offset >= page->size())
        return {};
    return page->at(offset).id;
}

int RecordListModel::findRow(const QString &id, int hintRow) const
{
    if (id.isEmpty() || rowCount() == 0)
        return -1;
    const auto rowIn = [&id](const QList<Core::ListRow> &page) {
        for (qsizetype i = 0; i < page.size(); ++i) {
            if (page.at(i).id == id)
                return int(i);
        }
        return -1;
    };
    const int hintPage = (hintRow < 0 || hintRow >= rowCount()) ? 0 : hintRow / PageSize;
    const int lastPage = (rowCount() - 1) / PageSize;
    for (int pageIndex = qMax(0, hintPage - 1); pageIndex <= qMin(lastPage, hintPage + 1);
         ++pageIndex) {
        const QList<Core::ListRow> *page = pageFor(pageIndex * PageSize);
        const int offset = page ? rowIn(*page) : -1;
        if (offset >= 0)
            return pageIndex * PageSize + offset;
    }
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        const int offset = rowIn(it.value());
        if (offset >= 0)
            return int(it.key() * PageSize + offset);
    }
    return -1;
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shownRows;
}

bool RecordListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_shownRows < qMin<qint64>(m_rowCount, INT_MAX);
}

void RecordListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // rowCount() is an int, so rows past INT_MAX are never shown.
    const int last
        = int(std::min<qint64>({m_rowCount, qint64(m_shownRows) + m_fetchStep, qint64(INT_MAX)}));
    beginInsertRows({}, m_shownRows, last - 1);
    m_shownRows = last;
    endInsertRows();
}

void RecordListModel::setFetchStep(int rows)
{
    m_fetchStep = qMax(1, rows);
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != IdRole)
        return {};
    const QList<Core::ListRow> *page = pageFor(index.row());
    const int offset = index.row() % PageSize;
    if (!page || offset >= page->size())
        return {};
    const Core::ListRow &row = page->at(offset);
    if (role == IdRole)
        return row.id;
    if (index.column() >= row.values.size())
        return {};
    return displayValue(index.column(), row.values.at(index.column()));
}

QVariant RecordListModel::displayValue(int column, const QVariant &value) const
{
    const QLocale locale;
    switch (value.typeId()) {
    case QMetaType::QDate:
        return locale.toString(value.toDate(), QLocale::ShortFormat);
    case QMetaType::QDateTime:
        return locale.toString(value.toDateTime().toLocalTime(), QLocale::ShortFormat);
    case QMetaType::Int:
    case QMetaType::LongLong:
        return locale.toString(value.toLongLong());
    case QMetaType::Double:
        return locale.toString(value.toDouble());
    default:
        break;
    }
    const QString text = value.toString();
    const ColumnContent content = m_content.value(column);
    if (content.commune)
        return TermLabels::communeName(text);
    if (!content.vocabulary.isEmpty())
        return m_labels.label(content.vocabulary, text);
    return text;
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return QLocale().toString(section + 1);
    return m_columns.value(section);
}

} // namespace CoopAtlas::Ui
