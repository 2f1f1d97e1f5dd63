// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/activities.h>
#include <core/domain/validation.h>

#include <QList>
#include <QString>

namespace CoopAtlas::Core {

// Checks that need only the record itself. The store adds the checks against
// stored data: taxonomy keys, referenced records, capacity against the number
// registered, and overlapping stays (a warning, see StayOverlap).

QList<FieldError> validate(const Workshop &workshop);
QList<FieldError> validate(const Participation &participation);
QList<FieldError> validate(const Followup &followup);
QList<FieldError> validate(const Residency &residency);
QList<FieldError> validate(const Stay &stay);
/// A warning when a stay starts before `first` or ends after `last`, the
/// residency's first and last days; an empty string when it fits.
QString stayOutsideResidency(const Stay &stay, QDate first, QDate last);
QList<FieldError> validate(const Visit &visit);
QList<FieldError> validate(const BudgetLine &line);
QList<FieldError> validate(const Resource &resource);
QList<FieldError> validate(const Barrier &barrier);

/// Error for a capacity lower than the number of registered participants.
FieldError capacityBelowRegistered(int capacity, int registered);
/// Error for a file of `size` bytes over MaxResourceFileBytes, or nothing.
std::optional<FieldError> checkResourceFileSize(const QString &fileName, qint64 size);
/// True for an absolute http or https URL with a host.
bool isHttpUrl(const QString &url);
/// True for a valid IANA time zone id known to this system.
bool isKnownTimeZone(const QString &zoneId);

/// Another stay of the same person whose dates overlap a stay being saved.
/// Saving is allowed: the form shows `message` and lets the user confirm.
struct StayOverlap
{
    QString otherStayId;
    QString residencyId;
    QString residencyTitle;
    QDate arrival;
    QDate departure;
    QString message; ///< translated, names the other residency and its dates
};

} // namespace CoopAtlas::Core
