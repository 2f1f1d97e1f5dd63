// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdata.h"

#include <algorithm>

namespace CoopAtlas::Core {

bool ReportSection::hasActivity() const
{
    return std::any_of(figures.cbegin(), figures.cend(), [](const ReportFigure &figure) {
        return figure.current() > 0 || figure.previous() > 0;
    });
}

bool ReportData::isEmptyPeriod() const
{
    return std::none_of(sections.cbegin(), sections.cend(), [](const ReportSection &section) {
        return std::any_of(section.figures.cbegin(),
                           section.figures.cend(),
                           [](const ReportFigure &figure) { return figure.current() > 0; });
    });
}

} // namespace CoopAtlas::Core
