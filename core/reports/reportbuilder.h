// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>
#include <core/reports/reportdata.h>
#include <core/reports/reporttemplates.h>
#include <core/result.h>

#include <QHash>

#include <atomic>
#include <functional>
#include <memory>

namespace CoopAtlas::Core {

class Store;

/// Called with a percentage from 0 to 100 while a report is computed or written.
using ReportProgress = std::function<void(int percent)>;
/// Set to true by another thread to stop the work; the work then fails with a
/// "cancelled" error.
using ReportCancelFlag = std::shared_ptr<std::atomic_bool>;

/// Computes the figures of an activity report from a store.
///
/// Definitions, also printed in the report:
/// - A project holder is an organisation of kind "project-holder".
/// - A support link is a link of type "supports" or "funds" whose target (to)
///   is a project holder. It starts on its start date, or on the day it was
///   recorded when it has none, and is ongoing while it has no end date.
/// - A project holder is supported in a period when one of its support links is
///   active on at least one day of the period. It is new in the period when the
///   earliest start of all its support links lies in the period.
/// - Support and funding organisations involved are the sources (from) of the
///   support links active in the period.
/// - A link is created in a period when its start date (or, without one, the
///   day it was recorded) lies in the period.
/// Sector, stage, commune and cooperative model are the current values of the
/// project holder's record. Tombstoned records are left out.
class ReportBuilder
{
public:
    ReportBuilder(Store &store, const ReportTemplates &templates);

    void setProgress(ReportProgress progress) { m_progress = std::move(progress); }
    void setCancelFlag(ReportCancelFlag flag) { m_cancel = std::move(flag); }

    /// Computes every section for `period` and the period before it.
    [[nodiscard]] Result<ReportData> build(const ReportPeriod &period);

private:
    struct PeriodFacts;

    [[nodiscard]] Result<void> loadRecords();
    [[nodiscard]] Result<void> loadLabels();
    [[nodiscard]] bool cancelled() const;
    void report(int percent) const;

    [[nodiscard]] PeriodFacts factsFor(const ReportPeriod &period) const;
    [[nodiscard]] ReportSection summarySection(const PeriodFacts &now,
                                               const PeriodFacts &before) const;
    [[nodiscard]] ReportSection
    breakdownSection(const QString &key, const PeriodFacts &now, const PeriodFacts &before) const;
    [[nodiscard]] ReportSection organisationsSection(const PeriodFacts &now,
                                                     const PeriodFacts &before) const;
    [[nodiscard]] ReportSection linkTypesSection(const PeriodFacts &now,
                                                 const PeriodFacts &before) const;
    [[nodiscard]] ReportSection growthSection(const ReportPeriod &period,
                                              const ReportPeriod &previous) const;
    [[nodiscard]] ReportSection emptySection(const QString &key) const;
    [[nodiscard]] QStringList categoriesOf(const QString &sectionKey,
                                           const Organisation &holder) const;
    [[nodiscard]] QString categoryLabel(const QString &sectionKey, const QString &key) const;
    void sortByLabel(QList<ReportFigure> &figures) const;
    [[nodiscard]] QDate linkStart(const Link &link) const;

    Store &m_store;
    const ReportTemplates &m_templates;
    ReportProgress m_progress;
    ReportCancelFlag m_cancel;

    QHash<QString, Organisation> m_organisations;
    QList<Link> m_links;
    /// Vocabulary name to (term key to label in the report's language).
    QHash<QString, QHash<QString, QString>> m_labels;
};

} // namespace CoopAtlas::Core
