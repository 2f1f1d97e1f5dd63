// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analytics/networkmetrics.h>
#include <core/analytics/networksnapshot.h>
#include <core/result.h>

#include <QChar>
#include <QIODevice>
#include <QString>
#include <QVariant>

namespace CoopAtlas::Core {

/// One row per node of a snapshot with its metrics, in node order: the data
/// behind a metrics table model and its CSV export.
class MetricsTable
{
public:
    enum Column {
        Name,
        Type, ///< "Organisation" or "Person", translated
        Kind, ///< organisation kind label (NetworkSnapshot::kindLabel())
        Degree,
        Betweenness,
        Closeness,
        Eigenvector,
        Community,  ///< community id + 1, empty when not computed
        Component,  ///< component number + 1
        BrokerRank, ///< 1 for the first broker, empty for other nodes
        Isolated,   ///< "yes" for an isolated project holder, else empty
        ColumnCount
    };

    MetricsTable() = default;
    MetricsTable(NetworkSnapshot snapshot, NetworkMetrics metrics);

    [[nodiscard]] int rowCount() const { return int(m_snapshot.nodeCount()); }
    [[nodiscard]] static int columnCount() { return ColumnCount; }
    /// Translated column title.
    [[nodiscard]] static QString columnTitle(int column);
    /// Value for sorting and display: int or double for numbers, QString for
    /// text, an invalid QVariant for an empty cell.
    [[nodiscard]] QVariant value(int row, int column) const;
    /// Cell text as shown and exported: numbers with up to 6 significant
    /// digits in the C locale, so that the CSV is the same in every language.
    [[nodiscard]] QString text(int row, int column) const;
    [[nodiscard]] QString nodeId(int row) const;

    [[nodiscard]] const NetworkSnapshot &snapshot() const { return m_snapshot; }
    [[nodiscard]] const NetworkMetrics &metrics() const { return m_metrics; }

    /// Writes a header row and one row per entry of `rows`, which are node
    /// indexes in the order to write, as UTF-8 CSV (RFC 4180, CRLF line ends)
    /// with `delimiter` (',' or ';'). Indexes outside the table are skipped. A
    /// cell that starts with '=', '+', '-' or '@' gets a leading apostrophe, so
    /// that a spreadsheet shows it as text instead of running it as a formula.
    [[nodiscard]] Result<void>
    writeCsv(QIODevice &device, QChar delimiter, const QList<int> &rows) const;
    /// Writes every node in node order, as writeCsv() above.
    [[nodiscard]] Result<void> writeCsv(QIODevice &device, QChar delimiter) const;
    /// Saves the CSV of `rows` to `path` atomically (QSaveFile). The error names the file.
    [[nodiscard]] Result<void>
    saveCsv(const QString &path, QChar delimiter, const QList<int> &rows) const;
    /// Saves every node in node order, as saveCsv() above.
    [[nodiscard]] Result<void> saveCsv(const QString &path, QChar delimiter) const;
    /// Node indexes 0 to rowCount() - 1.
    [[nodiscard]] QList<int> allRows() const;

    /// One CSV cell: guarded against formulas as writeCsv() describes, then
    /// quoted when it contains the delimiter, a quote or a line break.
    [[nodiscard]] static QString csvCell(const QString &text, QChar delimiter);

private:
    NetworkSnapshot m_snapshot;
    NetworkMetrics m_metrics;
    QList<int> m_brokerRank; ///< per node, 0 when not a broker
};

} // namespace CoopAtlas::Core
