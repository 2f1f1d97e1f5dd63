// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace CoopAtlas::Ui {

/// The locale of the interface for `language` ("fr", "nl" or "en"), or the
/// system locale when `language` is empty.
///
/// English uses the conventions of the United Kingdom, not of the United
/// States: readers in Brussels take "12/5/26" for 12 May, so short dates put
/// the day first ("05/12/2026"), and weeks start on Monday. Numbers keep the
/// English point as decimal separator.
[[nodiscard]] QLocale applicationLocale(const QString &language);

} // namespace CoopAtlas::Ui
