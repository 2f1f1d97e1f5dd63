// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/result.h>

#include <QByteArray>

#include <memory>

// libical declares `typedef struct icalcomponent_impl icalcomponent;`.
struct icalcomponent_impl;

namespace CoopAtlas::Core {

/// Frees a libical component with icalcomponent_free().
struct IcalComponentDeleter
{
    void operator()(icalcomponent_impl *component) const;
};
using IcalComponentPtr = std::unique_ptr<icalcomponent_impl, IcalComponentDeleter>;

/// Builds the VTIMEZONE component for the IANA zone `zoneId`, valid for local times in the
/// years `firstYear` to `lastYear`.
///
/// The transitions come from QTimeZone, which reads the system tzdata (/usr/share/zoneinfo on
/// Debian). When the transitions of those years follow one yearly rule (as in the EU, the US),
/// the result has one DAYLIGHT and one STANDARD sub-component with DTSTART in 1970 and a
/// yearly RRULE, like the exports of Google Calendar. A zone without clock changes gets one
/// STANDARD sub-component. Any other zone gets one sub-component without RRULE per transition
/// from the last one before `firstYear` to the end of `lastYear`.
/// Returns an Error if the zone id is unknown.
Result<IcalComponentPtr> buildVTimeZone(const QByteArray &zoneId, int firstYear, int lastYear);

} // namespace CoopAtlas::Core
