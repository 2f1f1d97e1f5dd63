// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricstable.h"

#include <core/analytics/analyticslogging.h>

#include <QCoreApplication>
#include <QSaveFile>

#include <numeric>

namespace CoopAtlas::Core {

namespace {

QString numberText(double value)
{
    return QString::number(value, 'g', 6);
}

} // namespace

MetricsTable::MetricsTable(NetworkSnapshot snapshot, NetworkMetrics metrics)
    : m_snapshot(std::move(snapshot))
    , m_metrics(std::move(metrics))
    , m_brokerRank(m_snapshot.nodeCount(), 0)
{
    for (int rank = 0; rank < m_metrics.brokers.size(); ++rank) {
        const int node = m_metrics.brokers.at(rank);
        if (node >= 0 && node < m_brokerRank.size()) {
            m_brokerRank[node] = rank + 1;
        }
    }
}

QString MetricsTable::columnTitle(int column)
{
    static const char *const titles[ColumnCount] = {
        QT_TRANSLATE_NOOP("CoopAtlas::Core::MetricsTable", "Name"),
        QT_TRANSLATE_NOOP("CoopAtlas::Core::MetricsTable", "Type"),
        QT_TRANSLATE_NOOP("CoopAtlas::Core::MetricsTable", "Kind"),
        QT_TRANSLATE_NOOP("CoopAtlas::Core::MetricsTable", "Degree"),
        QT_TRANSLATE_NOOP("CoopAtlas::Core::MetricsTable", "Betweenness"),
        QT_TRANSLATE_NOOP("CoopAtlas::Core::MetricsTable", "Closeness"),
        QT_TRANSLATE_NOOP("CoopAtlas::Core::MetricsTable", "Eigenvector centrality"),
        QT_TRANSLATE_NOOP("CoopAtlas::Core::MetricsTable", "Community"),
        QT_TRANSLATE_NOOP("CoopAtlas::Core::MetricsTable", "Component"),
        QT_TRANSLATE_NOOP("CoopAtlas::Core::MetricsTable", "Broker rank"),
        QT_TRANSLATE_NOOP("CoopAtlas::Core::MetricsTable", "Isolated project holder"),
    };
    if (column < 0 || column >= ColumnCount) {
        return {};
    }
    return QCoreApplication::translate("CoopAtlas::Core::MetricsTable", titles[column]);
}

QString MetricsTable::nodeId(int row) const
{
    return row >= 0 && row < rowCount() ? m_snapshot.nodes().at(row).id : QString();
}

/// Reads a per-node list that may be shorter than the node count (metrics not computed).
template <typename T> static QVariant at(const QList<T> &values, int row)
{
    return row < values.size() ? QVariant::fromValue(values.at(row)) : QVariant();
}

QVariant MetricsTable::value(int row, int column) const
{
    if (row < 0 || row >= rowCount()) {
        return {};
    }
    const NetworkNode &node = m_snapshot.nodes().at(row);
    switch (column) {
    case Name:
        return node.label;
    case Type:
        return node.isOrganisation()
                   ? QCoreApplication::translate("CoopAtlas::Core::MetricsTable", "Organisation")
                   : QCoreApplication::translate("CoopAtlas::Core::MetricsTable", "Person");
    case Kind:
        return node.kind.isEmpty() ? QVariant() : QVariant(m_snapshot.kindLabel(node.kind));
    case Degree:
        return at(m_metrics.degree, row);
    case Betweenness:
        return at(m_metrics.betweenness, row);
    case Closeness:
        return at(m_metrics.closeness, row);
    case Eigenvector:
        return at(m_metrics.eigenvector, row);
    case Community: {
        const int community = row < m_metrics.community.size() ? m_metrics.community.at(row) : -1;
        return community >= 0 ? QVariant(community + 1) : QVariant();
    }
    case Component:
        return row < m_metrics.component.size() ? QVariant(m_metrics.component.at(row) + 1)
                                                : QVariant();
    case BrokerRank:
        return m_brokerRank.at(row) > 0 ? QVariant(m_brokerRank.at(row)) : QVariant();
    case Isolated:
        return m_metrics.isolatedProjectHolders.contains(row)
                   ? QVariant(QCoreApplication::translate("CoopAtlas::Core::MetricsTable", "yes"))
                   : QVariant();
    default:
        return {};
    }
}

QString MetricsTable::text(int row, int column) const
{
    const QVariant cell = value(row, column);
    if (cell.typeId() == QMetaType::Double) {
        return numberText(cell.toDouble());
    }
    return cell.toString();
}

QString MetricsTable::csvCell(const QString &text, QChar delimiter)
{
    QString cell = text;
    if (!cell.isEmpty()
        && (cell.front() == QLatin1Char('=') || cell.front() == QLatin1Char('+')
            || cell.front() == QLatin1Char('-') || cell.front() == QLatin1Char('@'))) {
        cell.prepend(QLatin1Char('\''));
    }
    if (cell.contains(delimiter) || cell.contains(QLatin1Char('"'))
        || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))) {
        cell.replace(QLatin1String("\""), QLatin1String("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

QList<int> MetricsTable::allRows() const
{
    QList<int> rows(rowCount());
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}

Result<void> MetricsTable::writeCsv(QIODevice &device, QChar delimiter) const
{
    return writeCsv(device, delimiter, allRows());
}

Result<void>
MetricsTable::writeCsv(QIODevice &device, QChar delimiter, const QList<int> &rows) const
{
    if (delimiter != QLatin1Char(',') && delimiter != QLatin1Char(';')) {
        return Error{QCoreApplication::translate("CoopAtlas::Core::MetricsTable",
                                                 "The CSV delimiter must be a comma or a "
                                                 "semicolon, not \"%1\".")
                         .arg(delimiter),
                     {}};
    }
    const auto writeLine = [&](const QStringList &cells) {
        QString line;
        for (int i = 0; i < cells.size(); ++i) {
            if (i > 0) {
                line += delimiter;
            }
            line += csvCell(cells.at(i), delimiter);
        }
        line += QLatin1String("\r\n");
        const QByteArray bytes = line.toUtf8();
        return device.write(bytes) == bytes.size();
    };
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column) {
        header.append(columnTitle(column));
    }
    bool written = writeLine(header);
    for (qsizetype i = 0; written && i < rows.size(); ++i) {
        const int row = rows.at(i);
        if (row < 0 || row >= rowCount()) {
            continue;
        }
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column) {
            cells.append(text(row, column));
        }
        written = writeLine(cells);
    }
    if (!written) {
        return Error{QCoreApplication::translate("CoopAtlas::Core::MetricsTable",
                                                 "Writing the metrics failed: %1. Check the free "
                                                 "space and try again.")
                         .arg(device.errorString()),
                     {}};
    }
    return {};
}

Result<void> MetricsTable::saveCsv(const QString &path, QChar delimiter) const
{
    return saveCsv(path, delimiter, allRows());
}

Result<void>
MetricsTable::saveCsv(const QString &path, QChar delimiter, const QList<int> &rows) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcAnalytics) << "Cannot open" << path << "for the metrics:" << file.errorString();
        return Error{QCoreApplication::translate("CoopAtlas::Core::MetricsTable",
                                                 "Cannot write the file: %1. Choose a folder where "
                                                 "you can save files.")
                         .arg(file.errorString()),
                     path};
    }
    if (auto written = writeCsv(file, delimiter, rows); !written) {
        file.cancelWriting();
        qCWarning(lcAnalytics) << "Metrics CSV not saved to" << path << ":"
                               << written.error().text();
        return Error{written.error().message, path};
    }
    if (!file.commit()) {
        qCWarning(lcAnalytics) << "Cannot save" << path << ":" << file.errorString();
        return Error{QCoreApplication::translate("CoopAtlas::Core::MetricsTable",
                                                 "Saving the file failed: %1. Check the free "
                                                 "space and try again.")
                         .arg(file.errorString()),
                     path};
    }
    return {};
}

} // namespace CoopAtlas::Core
