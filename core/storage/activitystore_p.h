// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/activities.h>
#include <core/storage/recordrows.h>

#include <QSqlRecord>

// Rows of the activity tables, the counterpart of recordrows.h for activities.h.
namespace CoopAtlas::Core::ActivityRows {

using RecordRows::Row;

Row workshopRow(const Workshop &workshop);
Row participationRow(const Participation &participation);
Row followupRow(const Followup &followup);
Row residencyRow(const Residency &residency);
Row stayRow(const Stay &stay);
Row visitRow(const Visit &visit);
Row budgetLineRow(const BudgetLine &line);
/// Every column but the file columns, which attachResourceFile() writes.
Row resourceRow(const Resource &resource);
Row barrierRow(const Barrier &barrier);

Workshop readWorkshop(const QSqlRecord &record);
Participation readParticipation(const QSqlRecord &record);
Followup readFollowup(const QSqlRecord &record);
Residency readResidency(const QSqlRecord &record);
Stay readStay(const QSqlRecord &record);
Visit readVisit(const QSqlRecord &record);
BudgetLine readBudgetLine(const QSqlRecord &record);
Resource readResource(const QSqlRecord &record);
Barrier readBarrier(const QSqlRecord &record);

} // namespace CoopAtlas::Core::ActivityRows
