// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbuilder.h"

#include "activitysections.h"
#include "reportlocale.h"

#include <core/domain/communes.h>
#include <core/storage/store.h>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace CoopAtlas::Core {

namespace {

Q_LOGGING_CATEGORY(lcReportBuilder, "coopatlas.core.reports")

QString tr(const char *text)
{
    return QCoreApplication::translate("CoopAtlas::Core::ReportBuilder", text);
}

const QString ProjectHolder = QStringLiteral("project-holder");
const QString Supports = QStringLiteral("supports");
const QString Funds = QStringLiteral("funds");
/// Key of the row for records without a value in a breakdown.
const QString UnknownKey = QStringLiteral("unknown");
constexpr int PageSize = 500;
/// A growth chart has one point per month; longer periods are cut to this many.
constexpr int MaxGrowthMonths = 120;

const QStringList &breakdownKeys()
{
    static const QStringList keys{QStringLiteral("sectors"),
                                  QStringLiteral("stages"),
                                  QStringLiteral("communes"),
                                  QStringLiteral("models")};
    return keys;
}

QStringList sortedIds(const QSet<QString> &ids)
{
    QStringList list(ids.cbegin(), ids.cend());
    list.sort();
    return list;
}

} // namespace

/// Record ids counted for one period, before they are split into sections.
struct ReportBuilder::PeriodFacts
{
    QSet<QString> supported;       ///< project holders supported in the period
    QSet<QString> newlySupported;  ///< of these, the ones new in the period
    QSet<QString> supportedToDate; ///< with a support link started by the period's end
    /// Source organisation id to the holders it supported in the period, per link type.
    QHash<QString, QSet<QString>> supporters;
    QSet<QString> supportOrganisations;
    QSet<QString> funders;
    /// Link type to the links created in the period.
    QHash<QString, QSet<QString>> linksCreated;
};

ReportBuilder::ReportBuilder(Store &store, const ReportTemplates &templates)
    : m_store(store)
    , m_templates(templates)
{}

bool ReportBuilder::cancelled() const
{
    return m_cancel && m_cancel->load();
}

void ReportBuilder::report(int percent) const
{
    if (m_progress) {
        m_progress(percent);
    }
}

Result<ReportData> ReportBuilder::build(const ReportPeriod &period)
{
    if (!period.isValid()) {
        return Error{tr("The report period is not valid."), period.name()};
    }
    qCInfo(lcReportBuilder) << "Computing the activity report for" << period.name();
    if (Result<void> loaded = loadRecords(); !loaded) {
        return loaded.error();
    }
    if (Result<void> labels = loadLabels(); !labels) {
        return labels.error();
    }
    const ReportPeriod previous = period.previous();
    const PeriodFacts now = factsFor(period);
    const PeriodFacts before = factsFor(previous);
    ReportData data;
    data.period = period;
    data.previousPeriod = previous;
    data.language = m_templates.language();
    data.generatedAt = QDateTime::currentDateTimeUtc();
    data.sections.append(summarySection(now, before));
    for (const QString &key : breakdownKeys()) {
        data.sections.append(breakdownSection(key, now, before));
    }
    data.sections.append(organisationsSection(now, before));
    data.sections.append(linkTypesSection(now, before));
    data.sections.append(growthSection(period, previous));
    QSet<QString> organisationIds;
    for (auto it = m_organisations.cbegin(); it != m_organisations.cend(); ++it) {
        organisationIds.insert(it.key());
    }
    const ActivitySections activities(m_store, m_templates, organisationIds);
    for (const auto section : {&ActivitySections::workshops,
                               &ActivitySections::residencies,
                               &ActivitySections::resources,
                               &ActivitySections::barriers}) {
        Result<ReportSection> written = (activities.*section)(period, previous, data.recordNames);
        if (!written) {
            return written.error();
        }
        data.sections.append(std::move(written).value());
    }
    for (auto it = m_organisations.cbegin(); it != m_organisations.cend(); ++it) {
        data.recordNames.insert(it.key(), it->name);
    }
    for (const Link &link : std::as_const(m_links)) {
        const QString from = m_organisations.value(link.fromId).name;
        const QString to = m_organisations.value(link.toId).name;
        data.recordNames.insert(link.meta.id,
                                (from.isEmpty() ? link.fromId : from) + u" → "
                                    + (to.isEmpty() ? link.toId : to));
    }
    report(100);
    return data;
}

Result<void> ReportBuilder::loadRecords()
{
    m_organisations.clear();
    m_links.clear();
    for (const ListTable table : {ListTable::Organisations, ListTable::Links}) {
        ListQuery query;
        query.table = table;
        const Result<qint64> total = m_store.count(query);
        if (!total) {
            return total.error();
        }
        const int firstPercent = table == ListTable::Organisations ? 0 : 45;
        for (qint64 offset = 0; offset < *total; offset += PageSize) {
            if (cancelled()) {
                return Error{tr("The report was cancelled."), {}};
            }
            const Result<QList<ListRow>> rows = m_store.page(query, offset, PageSize);
            if (!rows) {
                return rows.error();
            }
            if (rows->isEmpty()) {
                break; // the file shrank while it was read
            }
            for (const ListRow &row : *rows) {
                if (table == ListTable::Organisations) {
                    const Result<Organisation> org = m_store.organisation(row.id);
                    if (!org) {
                        return org.error();
                    }
                    m_organisations.insert(row.id, *org);
                } else {
                    const Result<Link> link = m_store.link(row.id);
                    if (!link) {
                        return link.error();
                    }
                    m_links.append(*link);
                }
            }
            report(firstPercent + int(45 * (offset + rows->size()) / std::max<qint64>(1, *total)));
        }
    }
    return {};
}

Result<void> ReportBuilder::loadLabels()
{
    for (const char *vocabulary : {Vocabulary::Sector,
                                   Vocabulary::Stage,
                                   Vocabulary::LinkType,
                                   Vocabulary::CooperativeModel}) {
        const Result<QList<TaxonomyTerm>> terms = m_store.terms(QLatin1String(vocabulary));
        if (!terms) {
            return terms.error();
        }
        QHash<QString, QString> &labels = m_labels[QLatin1String(vocabulary)];
        for (const TaxonomyTerm &term : *terms) {
            labels.insert(term.key, term.label(m_templates.language()));
        }
    }
    return {};
}

QDate ReportBuilder::linkStart(const Link &link) const
{
    if (link.start.isValid()) {
        return link.start;
    }
    return link.meta.createdAt.toTimeZone(QTimeZone("Europe/Brussels")).date();
}

ReportBuilder::PeriodFacts ReportBuilder::factsFor(const ReportPeriod &period) const
{
    PeriodFacts facts;
    QHash<QString, QDate> firstStart;
    for (const Link &link : m_links) {
        const QDate start = linkStart(link);
        if (period.contains(start)) {
            facts.linksCreated[link.type].insert(link.meta.id);
        }
        const bool support = link.type == Supports || link.type == Funds;
        const auto target = m_organisations.constFind(link.toId);
        if (!support || target == m_organisations.cend() || target->kind != ProjectHolder) {
            continue;
        }
        const QDate known = firstStart.value(link.toId);
        if (!known.isValid() || start < known) {
            firstStart.insert(link.toId, start);
        }
        if (start <= period.to) {
            facts.supportedToDate.insert(link.toId);
        }
        const bool active = start <= period.to && (!link.end.isValid() || link.end >= period.from);
        if (!active) {
            continue;
        }
        facts.supported.insert(link.toId);
        facts.supporters[link.fromId].insert(link.toId);
        (link.type == Funds ? facts.funders : facts.supportOrganisations).insert(link.fromId);
    }
    for (const QString &holder : std::as_const(facts.supported)) {
        if (period.contains(firstStart.value(holder))) {
            facts.newlySupported.insert(holder);
        }
    }
    return facts;
}

ReportSection ReportBuilder::emptySection(const QString &key) const
{
    ReportSection section;
    section.key = key;
    section.title = m_templates.text(u"section." + key + u".title");
    section.introduction = m_templates.text(u"section." + key + u".intro");
    section.nameHeader = m_templates.text(u"section." + key + u".column");
    return section;
}

ReportSection ReportBuilder::summarySection(const PeriodFacts &now, const PeriodFacts &before) const
{
    ReportSection section = emptySection(QStringLiteral("summary"));
    const auto add =
        [&](const QString &key, const QSet<QString> &current, const QSet<QString> &previous) {
            section.figures.append(
                {key, m_templates.text(u"figure." + key), sortedIds(current), sortedIds(previous)});
        };
    add(QStringLiteral("supported"), now.supported, before.supported);
    add(QStringLiteral("new"), now.newlySupported, before.newlySupported);
    add(QStringLiteral("supported-to-date"), now.supportedToDate, before.supportedToDate);
    add(QStringLiteral("support-organisations"),
        now.supportOrganisations,
        before.supportOrganisations);
    add(QStringLiteral("funders"), now.funders, before.funders);
    QSet<QString> linksNow;
    QSet<QString> linksBefore;
    for (const QSet<QString> &ids : now.linksCreated) {
        linksNow.unite(ids);
    }
    for (const QSet<QString> &ids : before.linksCreated) {
        linksBefore.unite(ids);
    }
    add(QStringLiteral("links-created"), linksNow, linksBefore);
    return section;
}

QStringList ReportBuilder::categoriesOf(const QString &sectionKey, const Organisation &holder) const
{
    QStringList keys;
    if (sectionKey == u"sectors") {
        keys = holder.sectors;
    } else if (sectionKey == u"stages") {
        keys = {holder.stage};
    } else if (sectionKey == u"communes") {
        keys = {holder.commune};
    } else {
        keys = {holder.cooperativeModel};
    }
    keys.removeAll(QString());
    keys.removeDuplicates();
    return keys.isEmpty() ? QStringList{UnknownKey} : keys;
}

QString ReportBuilder::categoryLabel(const QString &sectionKey, const QString &key) const
{
    if (key == UnknownKey) {
        return m_templates.text(u"section." + sectionKey + u".unknown");
    }
    if (sectionKey == u"communes") {
        const Commune *commune = communeByKey(key);
        return commune != nullptr ? commune->name(m_templates.language()) : key;
    }
    static const QHash<QString, QString> vocabularies{
        {QStringLiteral("sectors"), QLatin1String(Vocabulary::Sector)},
        {QStringLiteral("stages"), QLatin1String(Vocabulary::Stage)},
        {QStringLiteral("models"), QLatin1String(Vocabulary::CooperativeModel)},
        {QStringLiteral("link-types"), QLatin1String(Vocabulary::LinkType)}};
    return m_labels.value(vocabularies.value(sectionKey)).value(key, key);
}

void ReportBuilder::sortByLabel(QList<ReportFigure> &figures) const
{
    const QCollator collator = reportCollator(m_templates.language());
    std::sort(figures.begin(), figures.end(), [&](const ReportFigure &a, const ReportFigure &b) {
        // The row of records without a value comes last.
        if ((a.key == UnknownKey) != (b.key == UnknownKey)) {
            return b.key == UnknownKey;
        }
        const int order = collator.compare(a.label, b.label);
        return order != 0 ? order < 0 : a.key < b.key;
    });
}

ReportSection ReportBuilder::breakdownSection(const QString &key,
                                              const PeriodFacts &now,
                                              const PeriodFacts &before) const
{
    ReportSection section = emptySection(key);
    section.chart = ReportChart::Bars;
    QHash<QString, QPair<QSet<QString>, QSet<QString>>> groups;
    for (const QString &id : now.supported) {
        for (const QString &category : categoriesOf(key, m_organisations.value(id))) {
            groups[category].first.insert(id);
        }
    }
    for (const QString &id : before.supported) {
        for (const QString &category : categoriesOf(key, m_organisations.value(id))) {
            groups[category].second.insert(id);
        }
    }
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        section.figures.append(
            {it.key(), categoryLabel(key, it.key()), sortedIds(it->first), sortedIds(it->second)});
    }
    sortByLabel(section.figures);
    return section;
}

ReportSection ReportBuilder::organisationsSection(const PeriodFacts &now,
                                                  const PeriodFacts &before) const
{
    ReportSection section = emptySection(QStringLiteral("organisations"));
    QSet<QString> ids;
    for (auto it = now.supporters.cbegin(); it != now.supporters.cend(); ++it) {
        ids.insert(it.key());
    }
    for (auto it = before.supporters.cbegin(); it != before.supporters.cend(); ++it) {
        ids.insert(it.key());
    }
    for (const QString &id : std::as_const(ids)) {
        const QString name = m_organisations.value(id).name;
        section.figures.append({id,
                                name.isEmpty() ? id : name,
                                sortedIds(now.supporters.value(id)),
                                sortedIds(before.supporters.value(id))});
    }
    sortByLabel(section.figures);
    return section;
}

ReportSection ReportBuilder::linkTypesSection(const PeriodFacts &now,
                                              const PeriodFacts &before) const
{
    ReportSection section = emptySection(QStringLiteral("link-types"));
    section.chart = ReportChart::Bars;
    QSet<QString> types;
    for (auto it = now.linksCreated.cbegin(); it != now.linksCreated.cend(); ++it) {
        types.insert(it.key());
    }
    for (auto it = before.linksCreated.cbegin(); it != before.linksCreated.cend(); ++it) {
        types.insert(it.key());
    }
    for (const QString &type : std::as_const(types)) {
        section.figures.append({type,
                                categoryLabel(section.key, type),
                                sortedIds(now.linksCreated.value(type)),
                                sortedIds(before.linksCreated.value(type))});
    }
    sortByLabel(section.figures);
    return section;
}

ReportSection ReportBuilder::growthSection(const ReportPeriod &period,
                                           const ReportPeriod &previous) const
{
    ReportSection section = emptySection(QStringLiteral("growth"));
    section.chart = ReportChart::Line;
    // Month n of the period is compared with month n of the previous period.
    QDate month(period.from.year(), period.from.month(), 1);
    QDate previousMonth(previous.from.year(), previous.from.month(), 1);
    for (int i = 0; i < MaxGrowthMonths && month <= period.to; ++i) {
        const ReportPeriod current{ReportPeriod::Kind::Range,
                                   std::max(month, period.from),
                                   std::min(month.addMonths(1).addDays(-1), period.to)};
        const ReportPeriod before{ReportPeriod::Kind::Range,
                                  std::max(previousMonth, previous.from),
                                  std::min(previousMonth.addMonths(1).addDays(-1), previous.to)};
        section.figures.append({month.toString(QStringLiteral("yyyy-MM")),
                                reportMonthName(month, m_templates.language()),
                                sortedIds(factsFor(current).newlySupported),
                                sortedIds(factsFor(before).newlySupported)});
        month = month.addMonths(1);
        previousMonth = previousMonth.addMonths(1);
    }
    return section;
}

} // namespace CoopAtlas::Core
