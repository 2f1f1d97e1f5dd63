// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>

#include <QString>

#include <memory>

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

/// A store opened for the window, and whether the sample data set was just loaded into it.
struct OpenedStore
{
    std::unique_ptr<Core::Store> store;
    bool sampleLoaded = false;
};

/// Opens or creates the store file at path, with the author name from the
/// settings. A newly created file gets the bundled sample data set when
/// loadSample is true. When loading the sample fails, the failure is logged and
/// the store stays empty.
[[nodiscard]] Core::Result<OpenedStore> openStore(const QString &path, bool loadSample);

/// Default store file: coopatlas.sqlite in the application data folder, which is created.
[[nodiscard]] QString defaultStorePath();

} // namespace CoopAtlas::Ui
