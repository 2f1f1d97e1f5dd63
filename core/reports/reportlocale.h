// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCollator>
#include <QDate>
#include <QLocale>
#include <QString>

namespace CoopAtlas::Core {

/// The locale of reports in `language`: fr_BE, nl_BE, or en_GB for anything else.
[[nodiscard]] QLocale reportLocale(const QString &language);
/// Sorts names as readers of `language` expect (accents after their base letter).
[[nodiscard]] QCollator reportCollator(const QString &language);
/// "January 2026", "janvier 2026", "januari 2026".
[[nodiscard]] QString reportMonthName(QDate month, const QString &language);
/// A date in the long form of `language`, such as "4 December 2026".
[[nodiscard]] QString reportDate(QDate date, const QString &language);
/// The change from `previous` to `current`: "+3", "−2" or "0". Never a ratio, so
/// that an empty previous period gives no division by zero.
[[nodiscard]] QString reportChange(qsizetype current, qsizetype previous);

} // namespace CoopAtlas::Core
