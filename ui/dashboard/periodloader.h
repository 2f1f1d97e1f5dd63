// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analytics/networksnapshot.h>
#include <core/storage/activityperiods.h>
#include <core/storage/store.h>

#include <QDate>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>

namespace CoopAtlas::Ui {

/// Request of PeriodChartsWidget to readPeriodData().
struct PeriodRequest
{
    QDate from;
    QDate to;
    Core::PeriodLength length = Core::PeriodLength::Quarter;
    /// Also read the links and the founding months of project holders, which
    /// do not depend on the period. False when only the period changed.
    bool withNetwork = true;
};

/// Data of the period charts read from a store file.
struct PeriodData
{
    Core::NetworkSnapshot network;
    /// Project holders founded per month, by first sector.
    QList<Core::GrowthPoint> holderFoundings;
    qint64 undatedHolders = 0; ///< project holders without a founding date
    bool hasNetwork = false;   ///< the three fields above were read
    QList<Core::WorkshopPeriodCount> workshops;
    QList<Core::ResidencyPeriodCount> residencies;
    QString error;          ///< why reading failed; empty on success
    bool cancelled = false; ///< the cancel flag stopped the reading
};

/// Reads the data that `request` names through new connections to the store file at
/// `path`, so that it can run on a worker thread. Setting `*cancel` stops the
/// reading early with PeriodData::cancelled set.
[[nodiscard]] PeriodData readPeriodData(const QString &path,
                                        const PeriodRequest &request,
                                        const std::shared_ptr<std::atomic_bool> &cancel);

} // namespace CoopAtlas::Ui
