// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityschema.h"

#include <core/domain/records.h>
#include <core/storage/migration.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace CoopAtlas::Core {

namespace {

class ActivitySchemaText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::Migration)
};

QString table(const char *name, const char *columns)
{
    return QStringLiteral("CREATE TABLE %1 (id TEXT PRIMARY KEY NOT NULL, %2, ")
               .arg(QLatin1String(name), QLatin1String(columns))
           + metaColumns() + QLatin1Char(')');
}

// Instants are UTC ISO 8601 text with milliseconds and dates "YYYY-MM-DD", so
// that text order is time order. Ids of other records are not foreign keys,
// because sync may deliver a participation before its workshop.
QStringList activityTables()
{
    return {
        table("workshops",
              "title TEXT NOT NULL, theme TEXT, axis TEXT NOT NULL, start_at TEXT NOT NULL, "
              "end_at TEXT NOT NULL, time_zone TEXT NOT NULL, all_day INTEGER NOT NULL DEFAULT 0, "
              "venue TEXT, capacity INTEGER, organiser_ids TEXT NOT NULL DEFAULT '[]', "
              "status TEXT NOT NULL, description TEXT, "
              "calendar_sequence INTEGER NOT NULL DEFAULT 0"),
        table("participations",
              "workshop_id TEXT NOT NULL, participant_id TEXT NOT NULL, role TEXT NOT NULL, "
              "registered_at TEXT NOT NULL, registration TEXT NOT NULL, "
              "attendance TEXT NOT NULL"),
        table("followups",
              "workshop_id TEXT NOT NULL, title TEXT NOT NULL, owner_id TEXT, due_date TEXT, "
              "done_date TEXT"),
        table("residencies",
              "title TEXT NOT NULL, city TEXT NOT NULL, city_name TEXT, "
              "host_ids TEXT NOT NULL DEFAULT '[]', start_date TEXT NOT NULL, "
              "end_date TEXT NOT NULL, time_zone TEXT, objectives TEXT, status TEXT NOT NULL, "
              "description TEXT, calendar_sequence INTEGER NOT NULL DEFAULT 0"),
        table("stays",
              "residency_id TEXT NOT NULL, person_id TEXT NOT NULL, organisation_id TEXT, "
              "arrival TEXT NOT NULL, departure TEXT NOT NULL, note TEXT"),
        table("visits",
              "residency_id TEXT NOT NULL, title TEXT NOT NULL, kind TEXT NOT NULL, "
              "start_at TEXT NOT NULL, end_at TEXT NOT NULL, time_zone TEXT, place TEXT, "
              "host_organisation_id TEXT, note TEXT"),
        table("budget_lines",
              "residency_id TEXT NOT NULL, label TEXT NOT NULL, category TEXT NOT NULL, "
              "planned_cents INTEGER NOT NULL DEFAULT 0, actual_cents INTEGER, note TEXT"),
        table("resources",
              "title TEXT NOT NULL, sort_title TEXT NOT NULL, kind TEXT, url TEXT, "
              "file_name TEXT, file_mime_type TEXT, file_size INTEGER, file_sha256 TEXT, "
              "language TEXT, tags TEXT NOT NULL DEFAULT '[]', summary TEXT, text TEXT, "
              "related_ids TEXT NOT NULL DEFAULT '[]'"),
        table("barriers",
              "title TEXT NOT NULL, sort_title TEXT NOT NULL, kind TEXT NOT NULL, domain TEXT, "
              "description TEXT, evidence_ids TEXT NOT NULL DEFAULT '[]', "
              "affected_organisation_ids TEXT NOT NULL DEFAULT '[]', severity TEXT NOT NULL, "
              "status TEXT NOT NULL, recommendation TEXT, authority TEXT, raised_on TEXT"),
        // File bytes apart from the resource rows, so that lists never read them.
        QStringLiteral("CREATE TABLE resource_files (resource_id TEXT PRIMARY KEY NOT NULL, "
                       "data BLOB NOT NULL) WITHOUT ROWID"),
    };
}

QStringList activityIndexes()
{
    QStringList statements{
        QStringLiteral("CREATE INDEX workshops_by_start ON workshops (start_at, id) "
                       "WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX workshops_by_theme ON workshops (theme, start_at) "
                       "WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX participations_by_workshop ON participations "
                       "(workshop_id, registration, registered_at)"),
        QStringLiteral("CREATE INDEX participations_by_participant ON participations "
                       "(participant_id)"),
        QStringLiteral("CREATE INDEX followups_by_workshop ON followups (workshop_id)"),
        QStringLiteral("CREATE INDEX residencies_by_start ON residencies (start_date, id) "
                       "WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX stays_by_residency ON stays (residency_id)"),
        QStringLiteral("CREATE INDEX stays_by_person ON stays (person_id, arrival)"),
        QStringLiteral("CREATE INDEX stays_by_arrival ON stays (arrival) WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX visits_by_residency ON visits (residency_id, start_at)"),
        QStringLiteral("CREATE INDEX budget_lines_by_residency ON budget_lines (residency_id)"),
        QStringLiteral("CREATE INDEX resources_by_title ON resources (sort_title, id) "
                       "WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX resources_by_kind ON resources (kind, sort_title) "
                       "WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX barriers_by_title ON barriers (sort_title, id) "
                       "WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX barriers_by_domain ON barriers (domain, sort_title) "
                       "WHERE deleted = 0"),
    };
    for (const char *name : {"workshops",
                             "participations",
                             "followups",
                             "residencies",
                             "stays",
                             "visits",
                             "budget_lines",
                             "resources",
                             "barriers"}) {
        statements.append(QStringLiteral("CREATE INDEX %1_dirty ON %1 (id) WHERE dirty = 1")
                              .arg(QLatin1String(name)));
    }
    return statements;
}

// The search sources of step 5. Step 6 replaces those of workshops and
// residencies by workshopSearch() and residencySearch().
QStringList activitySearchTriggers()
{
    const QList<SearchSource> sources{
        {QStringLiteral("workshop"),
         QStringLiteral("workshops"),
         QStringLiteral("title, description, deleted"),
         QStringLiteral("new.title"),
         QStringLiteral("coalesce(new.description, '')")},
        {QStringLiteral("residency"),
         QStringLiteral("residencies"),
         QStringLiteral("title, objectives, deleted"),
         QStringLiteral("new.title"),
         QStringLiteral("coalesce(new.objectives, '')")},
        {QStringLiteral("resource"),
         QStringLiteral("resources"),
         QStringLiteral("title, summary, text, tags, deleted"),
         QStringLiteral("new.title"),
         QStringLiteral("coalesce(new.summary, '') || ' ' || coalesce(new.text, '') || ' ' || "
                        "coalesce((SELECT group_concat(value, ' ') FROM json_each(new.tags)), "
                        "'')")},
        {QStringLiteral("barrier"),
         QStringLiteral("barriers"),
         QStringLiteral("title, description, recommendation, deleted"),
         QStringLiteral("new.title"),
         QStringLiteral("coalesce(new.description, '') || ' ' || "
                        "coalesce(new.recommendation, '')")},
    };
    QStringList statements;
    for (const SearchSource &source : sources) {
        statements += searchTriggers(source);
    }
    return statements;
}

/// Search source of workshops from step 6 on. The body also contains the
/// venue and the English, French and Dutch labels of the theme.
SearchSource workshopSearch()
{
    return {QStringLiteral("workshop"),
            QStringLiteral("workshops"),
            QStringLiteral("title, description, venue, theme, deleted"),
            QStringLiteral("new.title"),
            QStringLiteral("coalesce(new.description, '') || ' ' || coalesce(new.venue, '') || "
                           "' ' || coalesce((SELECT group_concat(coalesce(label_en, '') || ' ' "
                           "|| coalesce(label_fr, '') || ' ' || coalesce(label_nl, ''), ' ') "
                           "FROM taxonomy WHERE vocabulary = 'workshop-theme' "
                           "AND key = new.theme), '')")};
}

/// Search source of residencies from step 6 on. The body also contains the
/// description, the city key and the name of an "other" city.
SearchSource residencySearch()
{
    return {QStringLiteral("residency"),
            QStringLiteral("residencies"),
            QStringLiteral("title, objectives, description, city, city_name, deleted"),
            QStringLiteral("new.title"),
            QStringLiteral("coalesce(new.objectives, '') || ' ' || coalesce(new.description, '') "
                           "|| ' ' || new.city || ' ' || coalesce(new.city_name, '')")};
}

Result<void> seedActivityTerms(QSqlDatabase &db)
{
    QSqlQuery query(db);
    // OR IGNORE keeps a term that a user already added under the same key.
    query.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO taxonomy (id, vocabulary, key, label_en, label_fr, label_nl, "
        "position, created_at, updated_at, created_by, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'coopatlas', 'coopatlas')"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QString vocabulary;
    int position = 0;
    for (const SeedTerm &term : activitySeedTerms()) {
        position = term.vocabulary == vocabulary ? position + 1 : 0;
        vocabulary = term.vocabulary;
        const QVariantList values{seedTermId(term.vocabulary, term.key),
                                  term.vocabulary,
                                  term.key,
                                  term.labelEn,
                                  term.labelFr,
                                  term.labelNl,
                                  position,
                                  now,
                                  now};
        for (int i = 0; i < values.size(); ++i) {
            query.bindValue(i, values.at(i));
        }
        if (!query.exec()) {
            return Error{ActivitySchemaText::tr("Could not write the built-in taxonomy terms: %1")
                             .arg(query.lastError().text()),
                         term.vocabulary + QLatin1Char('/') + term.key};
        }
    }
    return {};
}

} // namespace

Result<void> addActivityTables(QSqlDatabase &db)
{
    QStringList statements = activityTables();
    statements += activityIndexes();
    statements += activitySearchTriggers();
    if (auto created = executeStatements(db, statements); !created) {
        return created;
    }
    return seedActivityTerms(db);
}

Result<void> indexActivityPlaces(QSqlDatabase &db)
{
    QStringList statements;
    for (const char *table : {"workshops", "residencies"}) {
        for (const char *event : {"insert", "update", "delete"}) {
            statements.append(QStringLiteral("DROP TRIGGER %1_search_%2")
                                  .arg(QLatin1String(table), QLatin1String(event)));
        }
    }
    statements += searchTriggers(workshopSearch());
    statements += searchTriggers(residencySearch());
    // A renamed theme label must reach the index rows of its workshops. Setting
    // a watched column to itself runs their update trigger and changes nothing else.
    statements.append(QStringLiteral(
        "CREATE TRIGGER taxonomy_workshop_theme_search AFTER UPDATE OF label_en, label_fr, "
        "label_nl ON taxonomy WHEN new.vocabulary = 'workshop-theme' "
        "BEGIN UPDATE workshops SET theme = theme WHERE theme = new.key; END"));
    // Rewrites the index rows of the records written before this step.
    statements.append(QStringLiteral("UPDATE workshops SET title = title"));
    statements.append(QStringLiteral("UPDATE residencies SET title = title"));
    return executeStatements(db, statements);
}

const QList<SeedTerm> &activitySeedTerms()
{
    static const QList<SeedTerm> terms = [] {
        struct Row
        {
            const char *vocabulary;
            const char *key;
            const char *en;
            const char *fr;
            const char *nl;
        };
        // Labels are UTF-8. Keys must not change once released, because records refer to them.
        static constexpr Row rows[] = {
            {Vocabulary::WorkshopTheme,
             "cooperative-governance",
             "Cooperative governance",
             "Gouvernance coopérative",
             "Coöperatief bestuur"},
            {Vocabulary::WorkshopTheme,
             "platform-economics",
             "Platform economics",
             "Économie des plateformes",
             "Platformeconomie"},
            {Vocabulary::WorkshopTheme,
             "legal-forms",
             "Legal forms",
             "Formes juridiques",
             "Rechtsvormen"},
            {Vocabulary::WorkshopTheme, "funding", "Funding", "Financement", "Financiering"},
            {Vocabulary::WorkshopTheme, "technology", "Technology", "Technologie", "Technologie"},
            {Vocabulary::WorkshopTheme, "data", "Data", "Données", "Data"},
            {Vocabulary::WorkshopTheme,
             "communication",
             "Communication",
             "Communication",
             "Communicatie"},
            {Vocabulary::ResourceKind, "guide", "Guide", "Guide", "Gids"},
            {Vocabulary::ResourceKind, "template", "Template", "Modèle", "Sjabloon"},
            {Vocabulary::ResourceKind, "study", "Study", "Étude", "Studie"},
            {Vocabulary::ResourceKind, "article", "Article", "Article", "Artikel"},
            {Vocabulary::ResourceKind, "video", "Video", "Vidéo", "Video"},
            {Vocabulary::ResourceKind, "tool", "Tool", "Outil", "Tool"},
            {Vocabulary::ResourceKind,
             "legal-text",
             "Legal text",
             "Texte juridique",
             "Juridische tekst"},
            {Vocabulary::BarrierDomain, "legal", "Legal", "Juridique", "Juridisch"},
            {Vocabulary::BarrierDomain, "tax", "Tax", "Fiscalité", "Fiscaliteit"},
            {Vocabulary::BarrierDomain, "funding", "Funding", "Financement", "Financiering"},
            {Vocabulary::BarrierDomain,
             "public-procurement",
             "Public procurement",
             "Marchés publics",
             "Overheidsopdrachten"},
            {Vocabulary::BarrierDomain, "skills", "Skills", "Compétences", "Vaardigheden"},
            {Vocabulary::BarrierDomain, "technology", "Technology", "Technologie", "Technologie"},
            {Vocabulary::BarrierDomain, "market", "Market", "Marché", "Markt"},
            {Vocabulary::BarrierDomain,
             "regulation",
             "Regulation",
             "Réglementation",
             "Regelgeving"},
            {Vocabulary::BarrierDomain, "other", "Other", "Autre", "Andere"},
        };
        QList<SeedTerm> list;
        for (const Row &row : rows) {
            list.append({QString::fromLatin1(row.vocabulary),
                         QString::fromLatin1(row.key),
                         QString::fromUtf8(row.en),
                         QString::fromUtf8(row.fr),
                         QString::fromUtf8(row.nl)});
        }
        return list;
    }();
    return terms;
}

} // namespace CoopAtlas::Core
