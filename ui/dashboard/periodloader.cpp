// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "periodloader.h"

#include <core/analytics/networkloader.h>
#include <core/storage/activitystore.h>
#include <core/storage/database.h>
#include <ui/logging.h>
#include <ui/models/termlabels.h>

namespace CoopAtlas::Ui {

namespace {

/// Marks `data` as cancelled when the flag is set, else records and logs the error.
void noteFailure(PeriodData &data, const std::atomic_bool &cancel, const Core::Error &error)
{
    if (cancel.load()) {
        data.cancelled = true;
        return;
    }
    data.error = error.text();
    qCWarning(lcUi) << "Reading the period charts failed:" << data.error;
}

/// Reads the founding months and the undated count of project holders.
bool readHolders(const Core::Store &store, PeriodData &data, const std::atomic_bool &cancel)
{
    const QString holder = QLatin1String(Core::NetworkTerms::ProjectHolder);
    auto foundings = store.foundingsBySector(holder);
    if (!foundings) {
        noteFailure(data, cancel, foundings.error());
        return false;
    }
    auto undated = store.undatedOrganisationCount(holder);
    if (!undated) {
        noteFailure(data, cancel, undated.error());
        return false;
    }
    data.holderFoundings = std::move(foundings).value();
    data.undatedHolders = undated.value();
    return true;
}

/// Reads the workshop and residency counts of the requested periods.
bool readActivities(Core::Store &store,
                    const PeriodRequest &request,
                    PeriodData &data,
                    const std::atomic_bool &cancel)
{
    const Core::ActivityStore activities(store);
    auto workshops
        = activities.workshopParticipantsPerPeriod(request.from, request.to, request.length);
    if (!workshops) {
        noteFailure(data, cancel, workshops.error());
        return false;
    }
    auto residencies = activities.residenciesPerPeriod(request.from, request.to, request.length);
    if (!residencies) {
        noteFailure(data, cancel, residencies.error());
        return false;
    }
    data.workshops = std::move(workshops).value();
    data.residencies = std::move(residencies).value();
    return true;
}

} // namespace

PeriodData readPeriodData(const QString &path,
                          const PeriodRequest &request,
                          const std::shared_ptr<std::atomic_bool> &cancel)
{
    PeriodData data;
    if (request.withNetwork) {
        auto network = Core::loadNetworkSnapshot(path, {}, TermLabels::uiLanguage(), {cancel, {}});
        if (!network) {
            noteFailure(data, *cancel, network.error());
            return data;
        }
        data.network = std::move(network).value();
    }
    if (cancel->load()) {
        data.cancelled = true;
        return data;
    }
    auto database = Core::Database::open(path);
    if (!database) {
        noteFailure(data, *cancel, database.error());
        return data;
    }
    database.value()->setCancelFlag(cancel);
    Core::Store store(std::move(database).value());
    if (request.withNetwork && !readHolders(store, data, *cancel))
        return data;
    data.hasNetwork = request.withNetwork;
    if (!readActivities(store, request, data, *cancel))
        return data;
    data.cancelled = cancel->load();
    return data;
}

} // namespace CoopAtlas::Ui
