// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkloader.h"

#include <core/analytics/analyticslogging.h>
#include <core/storage/database.h>
#include <core/storage/networkrows.h>
#include <core/storage/store.h>

#include <QCoreApplication>

namespace CoopAtlas::Core {

namespace {

constexpr qint64 CheckInterval = 1000;

// A class, not a helper function, so that lupdate files its strings under its context.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::NetworkLoader)
};

/// Counts rows read, reports progress and checks the cancel flag every CheckInterval rows.
class RowCounter
{
public:
    RowCounter(const RunControl &control, qint64 total)
        : m_control(control)
        , m_total(total)
    {}

    /// Returns false when the run must stop.
    bool step()
    {
        ++m_done;
        if (m_done % CheckInterval != 0) {
            return true;
        }
        m_control.report(std::min(m_done, m_total), m_total);
        return !m_control.isCancelled();
    }

    void finish() const { m_control.report(m_total, m_total); }

private:
    const RunControl &m_control;
    qint64 m_done = 0;
    qint64 m_total = 0;
};

qint64 liveRows(const Store &store)
{
    qint64 total = 0;
    for (const RecordKind kind : {RecordKind::Organisation, RecordKind::Person, RecordKind::Link}) {
        auto count = store.totalCount(kind);
        total += count ? count.value() : 0;
    }
    return total;
}

QHash<QString, QString>
termLabels(const Store &store, const char *vocabulary, const QString &language)
{
    QHash<QString, QString> labels;
    auto terms = store.terms(QLatin1String(vocabulary));
    if (!terms) {
        qCWarning(lcAnalytics) << "Labels of" << vocabulary
                               << "not read, keys are shown:" << terms.error().text();
        return labels;
    }
    for (const TaxonomyTerm &term : terms.value()) {
        labels.insert(term.key, term.label(language));
    }
    return labels;
}

Result<NetworkSnapshot> readSnapshot(Store &store, const RunControl &control)
{
    NetworkRows rows(store.database());
    RowCounter counter(control, liveRows(store));
    QList<NetworkNode> nodes;
    auto organisations = rows.readOrganisations([&](const Organisation &org) {
        nodes.append({org.meta.id,
                      NetworkNode::Type::Organisation,
                      org.kind,
                      org.stage,
                      org.sectors,
                      org.tags,
                      org.commune,
                      org.name});
        return counter.step();
    });
    if (!organisations) {
        return organisations.error();
    }
    auto persons = rows.readPersons([&](const Person &person) {
        nodes.append(
            {person.meta.id, NetworkNode::Type::Person, {}, {}, {}, {}, {}, person.formattedName});
        return counter.step();
    });
    if (!persons) {
        return persons.error();
    }
    QList<NetworkSnapshot::EdgeRecord> edges;
    auto links = rows.readLinks([&](const Link &link) {
        edges.append({link.meta.id, link.fromId, link.toId, link.type, link.start, link.end});
        return counter.step();
    });
    if (!links) {
        return links.error();
    }
    counter.finish();
    return NetworkSnapshot(std::move(nodes), edges);
}

} // namespace

Result<NetworkSnapshot> loadNetworkSnapshot(const QString &storePath,
                                            const NetworkFilter &filter,
                                            const QString &language,
                                            const RunControl &control)
{
    qCInfo(lcAnalytics) << "Loading the network of" << storePath;
    if (control.isCancelled()) {
        return Error{Text::tr("Reading the network was cancelled."), storePath};
    }
    auto database = Database::open(storePath);
    if (!database) {
        qCWarning(lcAnalytics) << "Cannot open the store:" << database.error().text();
        return database.error();
    }
    if (control.cancel) {
        database.value()->setCancelFlag(control.cancel);
    }
    Store store(std::move(database).value());
    auto snapshot = readSnapshot(store, control);
    if (!snapshot) {
        if (!control.isCancelled()) {
            qCWarning(lcAnalytics) << "Reading the network failed:" << snapshot.error().text();
        }
        return snapshot.error();
    }
    snapshot->setSectorLabels(termLabels(store, Vocabulary::Sector, language));
    snapshot->setKindLabels(termLabels(store, Vocabulary::OrganisationKind, language));
    NetworkSnapshot result = snapshot->filtered(filter);
    qCInfo(lcAnalytics) << "Loaded" << result.nodeCount() << "nodes and" << result.edgeCount()
                        << "edges";
    return result;
}

} // namespace CoopAtlas::Core
