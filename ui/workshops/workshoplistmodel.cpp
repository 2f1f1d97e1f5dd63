// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshoplistmodel.h"

#include <ui/logging.h>
#include <ui/workshops/workshoptext.h>

#include <QBrush>
#include <QLocale>
#include <QPalette>
#include <QTimeZone>

namespace CoopAtlas::Ui {

namespace {

/// Short start of a workshop for the list, such as "10/03/2026 14:00" in its
/// own zone, with the zone's city when it is not this computer's zone. The
/// tooltip shows the whole workshopWhenText().
QString startText(const Core::Workshop &workshop)
{
    const QLocale locale;
    const QTimeZone zone(workshop.timeZone.toUtf8());
    const QTimeZone shownZone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    const QDateTime start = workshop.start.toTimeZone(shownZone);
    QString text = locale.toString(start.date(), QLocale::ShortFormat);
    if (!workshop.allDay)
        text += u' ' + locale.toString(start.time(), QStringLiteral("HH:mm"));
    if (shownZone != QTimeZone::systemTimeZone()) {
        const QString id = QString::fromUtf8(shownZone.id());
        text += QStringLiteral(" (") + id.section(u'/', -1).replace(u'_', u' ') + u')';
    }
    return text;
}

} // namespace

WorkshopListModel::WorkshopListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &WorkshopListModel::refresh);
}

void WorkshopListModel::setStore(Core::Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &Core::Store::changed, this, [this](Core::RecordKind kind) {
            using Kind = Core::RecordKind;
            if (kind == Kind::Workshop || kind == Kind::Participation || kind == Kind::Taxonomy)
                m_refreshTimer.start();
        });
        connect(m_store, &Core::Store::reloaded, &m_refreshTimer, qOverload<>(&QTimer::start));
    }
    refresh();
}

void WorkshopListModel::setFilter(const Core::ActivityListQuery &filter)
{
    m_query = filter;
    m_query.kind = Core::RecordKind::Workshop;
    refresh();
}

void WorkshopListModel::refresh()
{
    m_refreshTimer.stop();
    beginResetModel();
    m_pages.clear();
    m_count = 0;
    m_attendance.clear();
    m_themeLabels.clear();
    if (m_store) {
        const Core::ActivityStore activities(*m_store);
        const auto count = activities.count(m_query);
        if (count) {
            m_count = count.value();
        } else {
            qCWarning(lcUiModel) << "Counting workshops failed:" << count.error().text();
            emit loadFailed(tr("The workshops could not be read: %1. Check that the store file "
                               "is readable and reopen it.")
                                .arg(count.error().text()));
        }
        if (const auto rates = activities.attendanceByWorkshop()) {
            for (const Core::AttendanceRate &rate : rates.value())
                m_attendance.insert(rate.key, rate);
        }
        m_themeLabels = workshopThemeLabels(*m_store);
    }
    endResetModel();
}

const WorkshopListModel::Row *WorkshopListModel::rowAt(int row) const
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
            qCWarning(lcUiModel) << "Reading workshops page" << page
                                 << "failed:" << listed.error().text();
        } else {
            for (const Core::ListRow &listRow : listed.value()) {
                auto workshop = activities.workshop(listRow.id);
                if (!workshop)
                    continue;
                const auto registered = activities.registeredCount(listRow.id);
                rows.append({workshop.value(), registered ? registered.value() : 0});
            }
        }
        found = m_pages.insert(page, rows);
    }
    const qsizetype index = row % PageSize;
    return index < found->size() ? &found->at(index) : nullptr;
}

QString WorkshopListModel::themeLabel(const QString &key) const
{
    return m_themeLabels.value(key, key);
}

QString WorkshopListModel::idAt(int row) const
{
    const Row *entry = rowAt(row);
    return entry ? entry->workshop.meta.id : QString();
}

int WorkshopListModel::rowOf(const QString &id) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).workshop.meta.id == id)
                return int(it.key() * PageSize + i);
        }
    }
    return -1;
}

int WorkshopListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

int WorkshopListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkshopListModel::data(const QModelIndex &index, int role) const
{
    const Row *entry = rowAt(index.row());
    if (!entry)
        return QVariant();
    const Core::Workshop &workshop = entry->workshop;
    if (role == IdRole)
        return workshop.meta.id;
    if (role == Qt::ForegroundRole && workshop.status == QLatin1String("cancelled"))
        return QBrush(QPalette().color(QPalette::PlaceholderText));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    switch (index.column()) {
    case Title:
        return workshop.title;
    case When:
        return role == Qt::ToolTipRole ? workshopWhenText(workshop) : startText(workshop);
    case Theme:
        return themeLabel(workshop.theme);
    case Status:
        return Core::ActivityKeys::label(workshop.status);
    case Registered:
        return workshop.capacity ? tr("%1 / %2").arg(entry->registered).arg(*workshop.capacity)
                                 : QString::number(entry->registered);
    case Attendance: {
        const auto rate = m_attendance.value(workshop.meta.id).rate();
        return rate ? QLocale().toString(*rate * 100.0, 'f', 0) + u'%' : QString();
    }
    default:
        return QVariant();
    }
}

QVariant WorkshopListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Title:
        return tr("Title");
    case When:
        return tr("Date and time");
    case Theme:
        return tr("Theme");
    case Status:
        return tr("Status");
    case Registered:
        return tr("Registered");
    case Attendance:
        return tr("Attendance");
    default:
        return QVariant();
    }
}

} // namespace CoopAtlas::Ui
