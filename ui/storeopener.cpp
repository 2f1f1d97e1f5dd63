// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeopener.h"

#include <core/sample/sampledata.h>
#include <core/storage/store.h>
#include <ui/logging.h>
#include <ui/settings/settingsdialog.h>

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace CoopAtlas::Ui {

Core::Result<OpenedStore> openStore(const QString &path, bool loadSample)
{
    qCInfo(lcUi) << "Opening the store" << path;
    auto database = Core::Database::open(path);
    if (!database) {
        qCWarning(lcUi) << "Opening the store" << path << "failed:" << database.error().text();
        return database.error();
    }
    const bool isNew = database.value()->isNew();
    const QSettings settings;
    database.value()->setAuthor(settings.value(QLatin1String(SettingsKey::AuthorName)).toString());

    OpenedStore opened;
    opened.store = std::make_unique<Core::Store>(std::move(database).value());
    if (isNew && loadSample) {
        const auto loaded = Core::loadSampleData(*opened.store);
        if (loaded) {
            opened.sampleLoaded = true;
            qCInfo(lcUi) << "Loaded" << loaded.value() << "sample organisations into" << path;
        } else {
            qCWarning(lcUi) << "Loading the sample data set into" << path
                            << "failed:" << loaded.error().text();
        }
    }
    return opened;
}

QString defaultStorePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(folder))
        qCWarning(lcUi) << "Creating the data folder" << folder << "failed";
    return QDir(folder).filePath(QStringLiteral("coopatlas.sqlite"));
}

} // namespace CoopAtlas::Ui
