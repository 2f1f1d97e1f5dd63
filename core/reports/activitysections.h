// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>
#include <core/reports/reportdata.h>
#include <core/reports/reporttemplates.h>
#include <core/result.h>

#include <QHash>
#include <QSet>

#include <optional>

namespace CoopAtlas::Core {

class Store;

/// The report sections about workshops, residencies, resources and barriers.
///
/// A workshop counts in a period when its status is "held" and it starts on a
/// day of the period (Brussels time). Participants are the people and
/// organisations with a "registered" participation in those workshops; the
/// attendance rate is attended / registered. A residency counts when one of
/// its days lies in the period; its participants are the people of its stays.
class ActivitySections
{
public:
    /// A participant whose id is in `organisationIds` counts as an organisation, any other as a
    /// person.
    ActivitySections(Store &store,
                     const ReportTemplates &templates,
                     const QSet<QString> &organisationIds);

    [[nodiscard]] Result<ReportSection> workshops(const ReportPeriod &period,
                                                  const ReportPeriod &previous,
                                                  QHash<QString, QString> &recordNames) const;
    [[nodiscard]] Result<ReportSection> residencies(const ReportPeriod &period,
                                                    const ReportPeriod &previous,
                                                    QHash<QString, QString> &recordNames) const;

    /// Resources recorded in the period (by creation date, Brussels time).
    [[nodiscard]] Result<ReportSection> resources(const ReportPeriod &period,
                                                  const ReportPeriod &previous,
                                                  QHash<QString, QString> &recordNames) const;
    /// Obstacles and opportunities raised in the period (raisedOn, else the
    /// creation date), by status, and those with a recommendation.
    [[nodiscard]] Result<ReportSection> barriers(const ReportPeriod &period,
                                                 const ReportPeriod &previous,
                                                 QHash<QString, QString> &recordNames) const;

private:
    struct WorkshopFacts;
    [[nodiscard]] Result<QStringList> listIds(RecordKind kind) const;
    struct ResidencyFacts;

    [[nodiscard]] Result<WorkshopFacts> workshopFacts(const ReportPeriod &period,
                                                      QHash<QString, QString> &recordNames) const;
    [[nodiscard]] Result<ResidencyFacts> residencyFacts(const ReportPeriod &period,
                                                        QHash<QString, QString> &recordNames) const;
    [[nodiscard]] QString rateText(std::optional<double> percent) const;
    [[nodiscard]] QString euros(qint64 cents) const;
    [[nodiscard]] ReportSection emptySection(const QString &key) const;

    Store &m_store;
    const ReportTemplates &m_templates;
    const QSet<QString> &m_organisationIds;
};

} // namespace CoopAtlas::Core
