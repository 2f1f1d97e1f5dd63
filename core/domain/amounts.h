// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>

#include <QLocale>
#include <QString>

#include <limits>

namespace CoopAtlas::Core {

/// Largest amount a budget field accepts: 1,000,000,000.00 EUR, in cents.
inline constexpr qint64 MaxAmountCents = 100'000'000'000;
/// Number of amounts whose sum stays below the qint64 limit even when each is
/// MaxAmountCents (about 92 million), so that totals of budget lines cannot wrap.
inline constexpr qint64 MaxSummedAmounts = std::numeric_limits<qint64>::max() / MaxAmountCents;
static_assert(MaxSummedAmounts > 10'000'000);

/// Reads an amount in euros typed by a user and gives it in cents.
///
/// Accepts the decimal and group separators of `locale` and also the forms
/// used in Brussels whatever the language: "1.234,56", "1 234,56" (any space,
/// including the no-break ones), "1234,56" and "1234.56". A "€" sign or "EUR"
/// is ignored. A single "." or "," followed by exactly three digits is a group
/// separator unless it is the decimal separator of `locale`, where it would
/// mean three decimals. Rejects more than 2 decimals, misplaced separators,
/// negative amounts and amounts above MaxAmountCents, before any conversion.
/// Error messages name the field by `fieldLabel`, a translated label.
[[nodiscard]] Result<qint64>
parseAmount(const QString &text, const QString &fieldLabel, const QLocale &locale = QLocale());

/// An amount in cents as `locale` writes euros, such as "1 234,56 €".
[[nodiscard]] QString formatAmount(qint64 cents, const QLocale &locale = QLocale());

} // namespace CoopAtlas::Core
