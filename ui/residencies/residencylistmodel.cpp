// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "residencylistmodel.h"

#include <ui/logging.h>
#include <ui/workshops/activityfields.h>

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace CoopAtlas::Ui {

ResidencyListModel::ResidencyListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_query.kind = Core::RecordKind::Residency;
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ResidencyListModel::refresh);
}

void ResidencyListModel::setStore(Core::Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &Core::Store::changed, this, [this](Core::RecordKind kind) {
            using Kind = Core::RecordKind;
            if (kind == Kind::Residency || kind == Kind::Stay || kind == Kind::BudgetLine)
                m_refreshTimer.start();
        });
        connect(m_store, &Core::Store::reloaded, &m_refreshTimer, qOverload<>(&QTimer::start));
    }
    refresh();
}

void ResidencyListModel::setFilter(const Core::ActivityListQuery &filter)
{
    m_query = filter;
    m_query.kind = Core::RecordKind::Residency;
    refresh();
}

void ResidencyListModel::refresh()
{
    m_refreshTimer.stop();
    beginResetModel();
    m_pages.clear();
    m_count = 0;
    if (m_store) {
        const auto count = Core::ActivityStore(*m_store).count(m_query);
        if (count) {
            m_count = count.value();
        } else {
            qCWarning(lcUiModel) << "Counting residencies failed:" << count.error().text();
            emit loadFailed(tr("The residencies could not be read: %1. Check that the store "
                               "file is readable and reopen it.")
                                .arg(count.error().text()));
        }
    }
    endResetModel();
}

const ResidencyListModel::Row *ResidencyListModel::rowAt(int row) const
{
    if (!m_store || row < 0 || row >= m_count)
        return nullptr;
    const qint64 page = row / PageSize;
    auto found = m_pages.find(page);
    if (found == m_pages.end()) {
        const Core::ActivityStore activities(*m_store);
        QList<Row> rows;
        const auto listed = activities.page(m_query, page * PageSize, PageSize);
        if (!listed) {
            qCWarning(lcUiModel) << "Reading residencies page" << page
                                 << "failed:" << listed.error().text();
        } else {
            for (const Core::ListRow &listRow : listed.value()) {
                auto residency = activities.residency(listRow.id);
                if (!residency)
                    continue;
                Row entry{residency.value(), 0, {}};
                if (const auto stays = activities.staysOf(listRow.id))
                    entry.cohort = int(stays->size());
                if (const auto budget = activities.residencyBudget(listRow.id))
                    entry.budget = budget->total;
                rows.append(entry);
            }
        }
        found = m_pages.insert(page, rows);
    }
    const qsizetype index = row % PageSize;
    return index < found->size() ? &found->at(index) : nullptr;
}

QString ResidencyListModel::idAt(int row) const
{
    const Row *entry = rowAt(row);
    return entry ? entry->residency.meta.id : QString();
}

int ResidencyListModel::rowOf(const QString &id) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).residency.meta.id == id)
                return int(it.key() * PageSize + i);
        }
    }
    return -1;
}

int ResidencyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

int ResidencyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResidencyListModel::data(const QModelIndex &index, int role) const
{
    const Row *entry = rowAt(index.row());
    if (!entry)
        return QVariant();
    const Core::Residency &residency = entry->residency;
    if (role == Qt::ForegroundRole && index.column() == Budget && entry->budget.varianceCents > 0)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    const QLocale locale;
    switch (index.column()) {
    case Title:
        return residency.title;
    case City:
        return residency.city == QLatin1String("other") ? residency.cityName
                                                        : Core::ActivityKeys::label(residency.city);
    case Dates:
        return tr("%1 – %2").arg(locale.toString(residency.start, QLocale::ShortFormat),
                                 locale.toString(residency.end, QLocale::ShortFormat));
    case Status:
        return Core::ActivityKeys::label(residency.status);
    case Cohort:
        return entry->cohort;
    case Budget:
        return tr("%1 / %2").arg(formatEuros(entry->budget.actualCents),
                                 formatEuros(entry->budget.plannedCents));
    default:
        return QVariant();
    }
}

QVariant ResidencyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Title:
        return tr("Title");
    case City:
        return tr("City");
    case Dates:
        return tr("Dates");
    case Status:
        return tr("Status");
    case Cohort:
        return tr("Cohort");
    case Budget:
        return tr("Actual / planned");
    default:
        return QVariant();
    }
}

} // namespace CoopAtlas::Ui
