// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/storage/store.h>

#include <QList>
#include <QPair>
#include <QString>

#include <atomic>
#include <memory>

namespace CoopAtlas::Ui {

/// Dashboard data read from a store file.
struct DashboardData
{
    QList<Core::GrowthPoint> growth;
    qint64 undated = 0; ///< organisations that the growth leaves out: no founding date
    QList<QPair<QString, int>> communes; ///< organisations per commune key
    bool hasCommunes = false;            ///< communes were requested and read
    QString error;                       ///< why reading failed; empty on success
    bool cancelled = false;              ///< the cancel flag stopped the reading
};

/// Reads the growth by `vocabulary` and, when `withCommunes` is true, the counts
/// per commune, through a new connection to the store file at `path`, so that it
/// can run on a worker thread. Setting `*cancel` stops the reading early with
/// DashboardData::cancelled set.
[[nodiscard]] DashboardData readDashboardData(const QString &path,
                                              const QString &vocabulary,
                                              bool withCommunes,
                                              const std::shared_ptr<std::atomic_bool> &cancel);

} // namespace CoopAtlas::Ui
