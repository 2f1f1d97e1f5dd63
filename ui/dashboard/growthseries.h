// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/storage/store.h>

#include <QDate>
#include <QList>
#include <QMap>
#include <QStringList>

namespace CoopAtlas::Ui {

/// Cumulative counts per month and series, built from monthly growth points.
struct CumulativeGrowth
{
    QList<QDate> months; ///< every month from the first to the last point, in order
    QStringList series;  ///< series keys in order of first appearance
    /// totals[series][i]: records of the series created up to and including months[i].
    QMap<QString, QList<int>> totals;
};

/// Fills the months between the first and the last point and sums each series
/// up to each month. Points with an invalid period are skipped.
[[nodiscard]] CumulativeGrowth cumulativeGrowth(const QList<Core::GrowthPoint> &points);

} // namespace CoopAtlas::Ui
