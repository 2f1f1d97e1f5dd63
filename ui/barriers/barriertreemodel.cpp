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

#include <algorithm>

namespace CoopAtlas::Ui {

namespace {

constexpr int RefreshDelayMs = 50;

int severityRank(const QString &severity)
{
    return int(Core::ActivityKeys::barrierSeverities().indexOf(severity));
}

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
    refresh();
}

void BarrierTreeModel::setGrouped(bool grouped)
{
    m_grouped = grouped;
    refresh();
}

QList<Core::Barrier> BarrierTreeModel::readBarriers()
{
    Core::ActivityListQuery query;
    query.kind = Core::RecordKind::Barrier;
    query.barrierKind = m_kind;
    query.status = m_status;
    auto barriers = Core::ActivityStore(*m_store).barriers(query, MaxBarriers);
    if (!barriers) {
        emit loadFailed(
            tr("Reading the obstacles and opportunities failed: %1").arg(barriers.error().text()));
        return {};
    }
    if (barriers->size() == MaxBarriers)
        qCWarning(lcUiModel) << "Showing the first" << MaxBarriers << "obstacles and opportunities";
    return std::move(barriers).value();
}

void BarrierTreeModel::refresh()
{
    fillRows();
    emit refreshed();
}

void BarrierTreeModel::fillRows()
{
    m_refreshTimer.stop();
    // Rows only: the columns and the header's resize modes stay.
    removeRows(0, rowCount());
    m_holderCounts.clear();
    if (!m_store)
        return;
    m_domainLabels = knowledgeTerms(m_store, Core::Vocabulary::BarrierDomain);
    QList<Core::Barrier> barriers = readBarriers();
    std::sort(barriers.begin(), barriers.end(), [](const auto &a, const auto &b) {
        const int ra = severityRank(a.severity);
        const int rb = severityRank(b.severity);
        return ra != rb ? ra > rb : QString::localeAwareCompare(a.title, b.title) < 0;
    });
    if (!m_grouped) {
        for (const Core::Barrier &barrier : std::as_const(barriers))
            appendRow(itemRow(barrier));
        return;
    }
    auto counts = Core::ActivityStore(*m_store).barrierDomainCounts(m_kind, m_status);
    if (counts) {
        for (const Core::BarrierDomainCount &count : counts.value())
            m_holderCounts.insert(count.domain, count.projectHolders);
    } else {
        qCWarning(lcUiModel) << "Counting the project holders per domain failed:"
                             << counts.error().text();
    }
    // Domains in the vocabulary's order, then any key the vocabulary lacks.
    QStringList domains;
    for (const auto &[key, label] : std::as_const(m_domainLabels))
        domains << key;
    for (const Core::Barrier &barrier : std::as_const(barriers)) {
        if (!domains.contains(barrier.domain))
            domains << barrier.domain;
    }
    for (const QString &domain : std::as_const(domains)) {
        QList<Core::Barrier> inDomain;
        for (const Core::Barrier &barrier : std::as_const(barriers)) {
            if (barrier.domain == domain)
                inDomain << barrier;
        }
        if (!inDomain.isEmpty())
            addDomainRow(domain, inDomain);
    }
}

void BarrierTreeModel::addDomainRow(const QString &domain, const QList<Core::Barrier> &barriers)
{
    const int holders = m_holderCounts.value(domain);
    const QString label
        = domain.isEmpty() ? tr("No domain") : knowledgeTermLabel(m_domainLabels, domain);
    auto *item = new QStandardItem(tr("%1: %n item(s)", nullptr, int(barriers.size())).arg(label)
                                   + tr(", %n project holder(s) affected", nullptr, holders));
    item->setData(domain, DomainRole);
    item->setData(int(barriers.size()), ItemCountRole);
    item->setData(holders, ProjectHoldersRole);
    item->setEditable(false);
    QFont bold = item->font();
    bold.setBold(true);
    item->setFont(bold);
    for (const Core::Barrier &barrier : barriers)
        item->appendRow(itemRow(barrier));
    appendRow(item);
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
    if (id.isEmpty())
        return {};
    const QModelIndexList found
        = match(index(0, Title), IdRole, id, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
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
