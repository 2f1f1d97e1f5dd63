// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardloader.h"

#include <core/storage/database.h>
#include <ui/logging.h>

namespace CoopAtlas::Ui {

namespace {

/// Marks `data` as cancelled when the flag is set, else records the error.
void noteFailure(DashboardData &data, const std::atomic_bool &cancel, const Core::Error &error)
{
    if (cancel.load()) {
        data.cancelled = true;
        return;
    }
    data.error = error.text();
    qCWarning(lcUi) << "Reading the dashboard data failed:" << data.error;
}

} // namespace

DashboardData readDashboardData(const QString &path,
                                const QString &vocabulary,
                                bool withCommunes,
                                const std::shared_ptr<std::atomic_bool> &cancel)
{
    DashboardData data;
    if (cancel->load()) {
        data.cancelled = true;
        return data;
    }
    auto database = Core::Database::open(path);
    if (!database) {
        noteFailure(data, *cancel, database.error());
        return data;
    }
    // NOTE: without the cancel flag a superseded reading runs to its end, and
    // closing the application waits for it.
    database.value()->setCancelFlag(cancel);
    const Core::Store store(std::move(database).value());
    auto growth = store.organisationGrowth(vocabulary);
    if (!growth) {
        noteFailure(data, *cancel, growth.error());
        return data;
    }
    auto undated = store.undatedOrganisationCount();
    if (!undated) {
        noteFailure(data, *cancel, undated.error());
        return data;
    }
    data.growth = std::move(growth).value();
    data.undated = undated.value();
    if (withCommunes) {
        auto communes = store.countsByCommune();
        if (!communes) {
            noteFailure(data, *cancel, communes.error());
            return data;
        }
        data.communes = std::move(communes).value();
        data.hasCommunes = true;
    }
    data.cancelled = cancel->load();
    return data;
}

} // namespace CoopAtlas::Ui
