// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitysections.h"

#include "reportlocale.h"

#include <core/storage/activitystore.h>

#include <QTimeZone>

#include <cmath>

namespace CoopAtlas::Core {

namespace {

const QTimeZone Brussels("Europe/Brussels");

QStringList sortedIds(const QSet<QString> &ids)
{
    QStringList list(ids.cbegin(), ids.cend());
    list.sort();
    return list;
}

/// The attendance rate in whole percent, as the PDF prints it. Empty without registrations.
std::optional<double> attendancePercent(qsizetype attended, qsizetype registered)
{
    if (registered == 0) {
        return std::nullopt;
    }
    return std::round(100.0 * double(attended) / double(registered));
}

} // namespace

struct ActivitySections::WorkshopFacts
{
    QSet<QString> held;
    QSet<QString> registrations;
    QSet<QString> attended;
    QSet<QString> people;
    QSet<QString> organisations;
};

struct ActivitySections::ResidencyFacts
{
    QSet<QString> residencies;
    QSet<QString> participants;
    qint64 plannedCents = 0;
    qint64 actualCents = 0;
};

ActivitySections::ActivitySections(Store &store,
                                   const ReportTemplates &templates,
                                   const QSet<QString> &organisationIds)
    : m_store(store)
    , m_templates(templates)
    , m_organisationIds(organisationIds)
{}

ReportSection ActivitySections::emptySection(const QString &key) const
{
    ReportSection section;
    section.key = key;
    section.title = m_templates.text(u"section." + key + u".title");
    section.introduction = m_templates.text(u"section." + key + u".intro");
    section.nameHeader = m_templates.text(u"section." + key + u".column");
    return section;
}

Result<ActivitySections::WorkshopFacts>
ActivitySections::workshopFacts(const ReportPeriod &period,
                                QHash<QString, QString> &recordNames) const
{
    const ActivityStore activities(m_store);
    const Result<QList<Workshop>> workshops
        = activities.workshopsBetween(QDateTime(period.from, QTime(0, 0), Brussels),
                                      QDateTime(period.to.addDays(1), QTime(0, 0), Brussels));
    if (!workshops) {
        return workshops.error();
    }
    WorkshopFacts facts;
    for (const Workshop &workshop : *workshops) {
        if (workshop.status != u"held"
            || !period.contains(workshop.start.toTimeZone(Brussels).date())) {
            continue;
        }
        facts.held.insert(workshop.meta.id);
        recordNames.insert(workshop.meta.id, workshop.title);
        const Result<QList<Participation>> participations
            = activities.participationsOf(workshop.meta.id);
        if (!participations) {
            return participations.error();
        }
        for (const Participation &participation : *participations) {
            if (participation.registration != u"registered") {
                continue;
            }
            facts.registrations.insert(participation.meta.id);
            recordNames.insert(participation.meta.id, workshop.title);
            if (participation.attendance == u"attended") {
                facts.attended.insert(participation.meta.id);
            }
            (m_organisationIds.contains(participation.participantId) ? facts.organisations
                                                                     : facts.people)
                .insert(participation.participantId);
        }
    }
    return facts;
}

QString ActivitySections::rateText(std::optional<double> percent) const
{
    if (!percent) {
        return m_templates.text(QStringLiteral("report.rate-unknown"));
    }
    return reportLocale(m_templates.language()).toString(*percent, 'f', 0) + QStringLiteral(" %");
}

Result<ReportSection> ActivitySections::workshops(const ReportPeriod &period,
                                                  const ReportPeriod &previous,
                                                  QHash<QString, QString> &recordNames) const
{
    const Result<WorkshopFacts> now = workshopFacts(period, recordNames);
    if (!now) {
        return now.error();
    }
    const Result<WorkshopFacts> before = workshopFacts(previous, recordNames);
    if (!before) {
        return before.error();
    }
    ReportSection section = emptySection(QStringLiteral("workshops"));
    section.chart = ReportChart::Bars;
    const auto add
        = [&](const QString &key, const QSet<QString> &current, const QSet<QString> &past) {
              section.figures.append(
                  {key, m_templates.text(u"figure." + key), sortedIds(current), sortedIds(past)});
          };
    add(QStringLiteral("workshops-held"), now->held, before->held);
    add(QStringLiteral("registrations"), now->registrations, before->registrations);
    add(QStringLiteral("attended"), now->attended, before->attended);
    add(QStringLiteral("participant-people"), now->people, before->people);
    add(QStringLiteral("participant-organisations"), now->organisations, before->organisations);
    ReportMeasure rate;
    rate.key = QStringLiteral("attendance-rate");
    rate.label = m_templates.text(QStringLiteral("measure.attendance-rate"));
    rate.current = attendancePercent(now->attended.size(), now->registrations.size());
    rate.previous = attendancePercent(before->attended.size(), before->registrations.size());
    rate.notMeasured = m_templates.text(QStringLiteral("report.rate-unknown"));
    rate.currentIds = sortedIds(now->registrations);
    rate.previousIds = sortedIds(before->registrations);
    section.measures.append(rate);
    section.introduction
        += u'\n'
           + m_templates.text(QStringLiteral("section.workshops.rate"),
                              {{QStringLiteral("current"), rateText(rate.current)},
                               {QStringLiteral("previous"), rateText(rate.previous)}});
    return section;
}

Result<ActivitySections::ResidencyFacts>
ActivitySections::residencyFacts(const ReportPeriod &period,
                                 QHash<QString, QString> &recordNames) const
{
    const ActivityStore activities(m_store);
    const Result<QList<Residency>> residencies
        = activities.residenciesBetween(period.from, period.to);
    if (!residencies) {
        return residencies.error();
    }
    ResidencyFacts facts;
    for (const Residency &residency : *residencies) {
        facts.residencies.insert(residency.meta.id);
        recordNames.insert(residency.meta.id, residency.title);
        const Result<QList<Stay>> stays = activities.staysOf(residency.meta.id);
        if (!stays) {
            return stays.error();
        }
        for (const Stay &stay : *stays) {
            facts.participants.insert(stay.personId);
        }
        const Result<ResidencyBudget> budget = activities.residencyBudget(residency.meta.id);
        if (!budget) {
            return budget.error();
        }
        facts.plannedCents += budget->total.plannedCents;
        facts.actualCents += budget->total.actualCents;
    }
    for (const QString &person : std::as_const(facts.participants)) {
        if (const Result<Person> found = m_store.person(person)) {
            recordNames.insert(person, found->formattedName);
        }
    }
    return facts;
}

QString ActivitySections::euros(qint64 cents) const
{
    return reportLocale(m_templates.language())
        .toCurrencyString(double(cents) / 100.0, QStringLiteral("€"), 2);
}

Result<ReportSection> ActivitySections::residencies(const ReportPeriod &period,
                                                    const ReportPeriod &previous,
                                                    QHash<QString, QString> &recordNames) const
{
    const Result<ResidencyFacts> now = residencyFacts(period, recordNames);
    if (!now) {
        return now.error();
    }
    const Result<ResidencyFacts> before = residencyFacts(previous, recordNames);
    if (!before) {
        return before.error();
    }
    ReportSection section = emptySection(QStringLiteral("residencies"));
    section.chart = ReportChart::Bars;
    section.figures.append({QStringLiteral("residencies"),
                            m_templates.text(QStringLiteral("figure.residencies")),
                            sortedIds(now->residencies),
                            sortedIds(before->residencies)});
    section.figures.append({QStringLiteral("residency-participants"),
                            m_templates.text(QStringLiteral("figure.residency-participants")),
                            sortedIds(now->participants),
                            sortedIds(before->participants)});
    for (const auto &[key, currentCents, previousCents] :
         {std::tuple{QStringLiteral("budget-planned"), now->plannedCents, before->plannedCents},
          std::tuple{QStringLiteral("budget-actual"), now->actualCents, before->actualCents}}) {
        ReportMeasure budget;
        budget.key = key;
        budget.label = m_templates.text(u"measure." + key);
        budget.decimals = 2;
        budget.current = double(currentCents) / 100.0;
        budget.previous = double(previousCents) / 100.0;
        budget.currentIds = sortedIds(now->residencies);
        budget.previousIds = sortedIds(before->residencies);
        section.measures.append(budget);
    }
    section.introduction
        += u'\n'
           + m_templates.text(QStringLiteral("section.residencies.budget"),
                              {{QStringLiteral("planned"), euros(now->plannedCents)},
                               {QStringLiteral("actual"), euros(now->actualCents)}});
    return section;
}

Result<QStringList> ActivitySections::listIds(RecordKind kind) const
{
    constexpr int PageSize = 500;
    const ActivityStore activities(m_store);
    ActivityListQuery query;
    query.kind = kind;
    const Result<qint64> total = activities.count(query);
    if (!total) {
        return total.error();
    }
    QStringList ids;
    for (qint64 offset = 0; offset < *total; offset += PageSize) {
        const Result<QList<ListRow>> rows = activities.page(query, offset, PageSize);
        if (!rows) {
            return rows.error();
        }
        if (rows->isEmpty()) {
            break; // the file shrank while it was read
        }
        for (const ListRow &row : *rows) {
            ids.append(row.id);
        }
    }
    return ids;
}

Result<ReportSection> ActivitySections::resources(const ReportPeriod &period,
                                                  const ReportPeriod &previous,
                                                  QHash<QString, QString> &recordNames) const
{
    const Result<QStringList> ids = listIds(RecordKind::Resource);
    if (!ids) {
        return ids.error();
    }
    const ActivityStore activities(m_store);
    QSet<QString> now;
    QSet<QString> before;
    for (const QString &id : *ids) {
        const Result<Resource> resource = activities.resource(id);
        if (!resource) {
            return resource.error();
        }
        const QDate created = resource->meta.createdAt.toTimeZone(Brussels).date();
        if (period.contains(created) || previous.contains(created)) {
            (period.contains(created) ? now : before).insert(id);
            recordNames.insert(id, resource->title);
        }
    }
    ReportSection section = emptySection(QStringLiteral("resources"));
    section.figures.append({QStringLiteral("resources-added"),
                            m_templates.text(QStringLiteral("figure.resources-added")),
                            sortedIds(now),
                            sortedIds(before)});
    return section;
}

Result<ReportSection> ActivitySections::barriers(const ReportPeriod &period,
                                                 const ReportPeriod &previous,
                                                 QHash<QString, QString> &recordNames) const
{
    const Result<QStringList> ids = listIds(RecordKind::Barrier);
    if (!ids) {
        return ids.error();
    }
    const ActivityStore activities(m_store);
    const QStringList statuses = ActivityKeys::barrierStatuses();
    QHash<QString, QPair<QSet<QString>, QSet<QString>>> groups;
    for (const QString &id : *ids) {
        const Result<Barrier> barrier = activities.barrier(id);
        if (!barrier) {
            return barrier.error();
        }
        const QDate raised = barrier->raisedOn.isValid()
                                 ? barrier->raisedOn
                                 : barrier->meta.createdAt.toTimeZone(Brussels).date();
        if (!period.contains(raised) && !previous.contains(raised)) {
            continue;
        }
        recordNames.insert(id, barrier->title);
        const bool current = period.contains(raised);
        QStringList keys{barrier->status};
        if (!barrier->recommendation.trimmed().isEmpty()) {
            keys.append(QStringLiteral("recommendations"));
        }
        for (const QString &key : keys) {
            (current ? groups[key].first : groups[key].second).insert(id);
        }
    }
    ReportSection section = emptySection(QStringLiteral("barriers"));
    section.chart = ReportChart::Bars;
    for (const QString &key : statuses + QStringList{QStringLiteral("recommendations")}) {
        section.figures.append({key,
                                m_templates.text(u"figure.barriers." + key),
                                sortedIds(groups.value(key).first),
                                sortedIds(groups.value(key).second)});
    }
    return section;
}

} // namespace CoopAtlas::Core
