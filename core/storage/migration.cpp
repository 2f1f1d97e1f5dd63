// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migration.h"

#include <core/logging.h>
#include <core/storage/activityschema.h>
#include <core/storage/seedterms.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace CoopAtlas::Core {

namespace {

class MigrationText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::Migration)
};

} // namespace

QString metaColumns()
{
    return QStringLiteral("created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "
                          "created_by TEXT, updated_by TEXT, "
                          "server_rev TEXT, dirty INTEGER NOT NULL DEFAULT 1, synced_json TEXT, "
                          "deleted INTEGER NOT NULL DEFAULT 0, deleted_at TEXT, "
                          "extra TEXT NOT NULL DEFAULT '{}'");
}

namespace {

QStringList recordTables()
{
    return {
        QStringLiteral(
            "CREATE TABLE organisations (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, "
            "sort_name TEXT NOT NULL, kind TEXT, legal_form TEXT, "
            "sectors TEXT NOT NULL DEFAULT '[]', stage TEXT, founded TEXT, closed TEXT, "
            "street TEXT, postcode TEXT, locality TEXT, commune TEXT, country TEXT, "
            "websites TEXT NOT NULL DEFAULT '[]', emails TEXT NOT NULL DEFAULT '[]', "
            "phones TEXT NOT NULL DEFAULT '[]', description TEXT, cooperative_model TEXT, "
            "member_count INTEGER, tags TEXT NOT NULL DEFAULT '[]', "
            "languages TEXT NOT NULL DEFAULT '[]', source TEXT, ")
            + metaColumns() + QLatin1Char(')'),
        QStringLiteral(
            "CREATE TABLE persons (id TEXT PRIMARY KEY NOT NULL, formatted_name TEXT NOT NULL, "
            "sort_name TEXT NOT NULL, given_name TEXT, family_name TEXT, additional_names TEXT, "
            "prefix TEXT, suffix TEXT, nickname TEXT, organisation_name TEXT, title TEXT, "
            "role TEXT, email TEXT, phone TEXT, emails TEXT NOT NULL DEFAULT '[]', "
            "phones TEXT NOT NULL DEFAULT '[]', addresses TEXT NOT NULL DEFAULT '[]', "
            "websites TEXT NOT NULL DEFAULT '[]', languages TEXT NOT NULL DEFAULT '[]', "
            "birthday TEXT, notes TEXT, consent_basis TEXT, consent_date TEXT, "
            "consent_source TEXT, photo BLOB, photo_mime_type TEXT, source TEXT, ")
            + metaColumns() + QLatin1Char(')'),
        // from_id and to_id point at organisations or persons, so SQLite cannot
        // check them with a foreign key. The store validates them on write.
        QStringLiteral(
            "CREATE TABLE links (id TEXT PRIMARY KEY NOT NULL, from_id TEXT NOT NULL, "
            "to_id TEXT NOT NULL, from_name TEXT, to_name TEXT, from_sort TEXT, to_sort TEXT, "
            "type TEXT NOT NULL, start_date TEXT, end_date TEXT, note TEXT, source TEXT, ")
            + metaColumns() + QLatin1Char(')'),
        QStringLiteral("CREATE TABLE notes (id TEXT PRIMARY KEY NOT NULL, record_id TEXT NOT NULL, "
                       "record_kind TEXT NOT NULL, at TEXT, kind TEXT, text TEXT, author TEXT, ")
            + metaColumns() + QLatin1Char(')'),
        QStringLiteral("CREATE TABLE taxonomy (id TEXT PRIMARY KEY NOT NULL, "
                       "vocabulary TEXT NOT NULL, key TEXT NOT NULL, label_en TEXT, "
                       "label_fr TEXT, label_nl TEXT, position INTEGER NOT NULL DEFAULT 0, ")
            + metaColumns() + QStringLiteral(", UNIQUE (vocabulary, key))"),
        QStringLiteral("CREATE TABLE metadata (key TEXT PRIMARY KEY NOT NULL, value TEXT) "
                       "WITHOUT ROWID"),
    };
}

// Partial indexes on live rows: every list query filters on deleted = 0 and
// orders by one of these, with the row id as the last tie-breaker.
QStringList listIndexes()
{
    return {
        QStringLiteral("CREATE INDEX organisations_by_name ON organisations (sort_name) "
                       "WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX organisations_by_kind ON organisations (kind, sort_name) "
                       "WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX organisations_by_stage ON organisations (stage, sort_name) "
                       "WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX organisations_by_commune ON organisations "
                       "(commune, sort_name) WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX organisations_by_locality ON organisations "
                       "(locality COLLATE NOCASE, sort_name) WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX organisations_by_country ON organisations "
                       "(country COLLATE NOCASE, sort_name) WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX organisations_by_founded ON organisations "
                       "(founded, sort_name) WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX organisations_by_updated ON organisations "
                       "(updated_at, sort_name) WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX persons_by_name ON persons (sort_name) WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX persons_by_organisation ON persons "
                       "(organisation_name COLLATE NOCASE, sort_name) WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX persons_by_email ON persons (email COLLATE NOCASE, "
                       "sort_name) WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX persons_by_phone ON persons (phone, sort_name) "
                       "WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX persons_by_updated ON persons (updated_at, sort_name) "
                       "WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX links_by_from ON links (from_sort, to_sort) "
                       "WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX links_by_type ON links (type, from_sort) WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX links_by_to ON links (to_sort, from_sort) WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX links_by_start ON links (start_date, from_sort) "
                       "WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX links_by_end ON links (end_date, from_sort) "
                       "WHERE deleted = 0"),
        QStringLiteral("CREATE INDEX links_from_id ON links (from_id)"),
        QStringLiteral("CREATE INDEX links_to_id ON links (to_id)"),
        QStringLiteral("CREATE INDEX notes_record_id ON notes (record_id)"),
    };
}

QString searchDeleteSql()
{
    return QStringLiteral("DELETE FROM search_index WHERE rowid = "
                          "(SELECT fts_rowid FROM search_rows WHERE record_id = old.id); "
                          "DELETE FROM search_rows WHERE record_id = old.id; ");
}

QString searchInsertSql(const SearchSource &source)
{
    // last_insert_rowid() inside a trigger is the rowid of the trigger's own last insert.
    return QStringLiteral("INSERT INTO search_index (kind, record_id, title, body) SELECT '")
           + source.kind + QStringLiteral("', new.id, ") + source.title + QStringLiteral(", ")
           + source.body
           + QStringLiteral(" WHERE new.deleted = 0; "
                            "INSERT INTO search_rows (record_id, fts_rowid) "
                            "SELECT new.id, last_insert_rowid() WHERE new.deleted = 0; ");
}

} // namespace

QStringList searchTriggers(const SearchSource &source)
{
    const QString prefix = QStringLiteral("CREATE TRIGGER ") + source.table;
    return {
        prefix + QStringLiteral("_search_insert AFTER INSERT ON ") + source.table
            + QStringLiteral(" BEGIN ") + searchInsertSql(source) + QStringLiteral("END"),
        prefix + QStringLiteral("_search_update AFTER UPDATE OF ") + source.watchedColumns
            + QStringLiteral(" ON ") + source.table + QStringLiteral(" BEGIN ") + searchDeleteSql()
            + searchInsertSql(source) + QStringLiteral("END"),
        prefix + QStringLiteral("_search_delete AFTER DELETE ON ") + source.table
            + QStringLiteral(" BEGIN ") + searchDeleteSql() + QStringLiteral("END"),
    };
}

namespace {

// One FTS5 index over every searchable record. search_rows maps a record id to
// its FTS rowid, so that triggers replace one row by key instead of scanning.
QStringList searchIndex()
{
    QStringList statements{
        QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, "
                       "record_id UNINDEXED, title, body, "
                       "tokenize = 'unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TABLE search_rows (record_id TEXT PRIMARY KEY NOT NULL, "
                       "fts_rowid INTEGER NOT NULL) WITHOUT ROWID"),
    };
    const QList<SearchSource> sources{
        {QStringLiteral("organisation"),
         QStringLiteral("organisations"),
         QStringLiteral("name, description, deleted"),
         QStringLiteral("new.name"),
         QStringLiteral("coalesce(new.description, '')")},
        {QStringLiteral("person"),
         QStringLiteral("persons"),
         QStringLiteral("formatted_name, emails, organisation_name, notes, deleted"),
         QStringLiteral("new.formatted_name"),
         QStringLiteral(
             "coalesce((SELECT group_concat(json_extract(value, '$.value'), ' ') "
             "FROM json_each(new.emails)), '') || ' ' "
             "|| coalesce(new.organisation_name, '') || ' ' || coalesce(new.notes, '')")},
        {QStringLiteral("link"),
         QStringLiteral("links"),
         QStringLiteral("from_name, to_name, note, deleted"),
         QStringLiteral("coalesce(new.from_name, '') || ' / ' || coalesce(new.to_name, '')"),
         QStringLiteral("coalesce(new.note, '')")},
        {QStringLiteral("note"),
         QStringLiteral("notes"),
         QStringLiteral("text, deleted"),
         QStringLiteral("''"),
         QStringLiteral("coalesce(new.text, '')")},
    };
    for (const SearchSource &source : sources) {
        statements += searchTriggers(source);
    }
    return statements;
}

Result<void> seedTaxonomy(QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO taxonomy (id, vocabulary, key, label_en, label_fr, label_nl, position, "
        "created_at, updated_at, created_by, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'coopatlas', 'coopatlas')"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QString vocabulary;
    int position = 0;
    for (const SeedTerm &term : seedTerms()) {
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
            return Error{MigrationText::tr("Could not write the built-in taxonomy terms: %1")
                             .arg(query.lastError().text()),
                         term.vocabulary + QLatin1Char('/') + term.key};
        }
    }
    return {};
}

Result<void> createInitialSchema(QSqlDatabase &db)
{
    QStringList statements = recordTables();
    statements += listIndexes();
    statements += searchIndex();
    if (auto created = executeStatements(db, statements); !created) {
        return created;
    }
    return seedTaxonomy(db);
}

// Sorting a list filtered by kind (organisations) or type (links) walks the
// index of the sort column. With the filter column at the end of that index,
// SQLite skips rows of other kinds without reading the table.
Result<void> addFilterColumnToSortIndexes(QSqlDatabase &db)
{
    struct SortIndex
    {
        const char *name;
        const char *table;
        const char *columns;
    };
    static const SortIndex indexes[] = {
        {"organisations_by_stage", "organisations", "stage, sort_name, kind"},
        {"organisations_by_commune", "organisations", "commune, sort_name, kind"},
        {"organisations_by_locality", "organisations", "locality COLLATE NOCASE, sort_name, kind"},
        {"organisations_by_country", "organisations", "country COLLATE NOCASE, sort_name, kind"},
        {"organisations_by_founded", "organisations", "founded, sort_name, kind"},
        {"organisations_by_updated", "organisations", "updated_at, sort_name, kind"},
        {"links_by_to", "links", "to_sort, from_sort, type"},
        {"links_by_start", "links", "start_date, from_sort, type"},
        {"links_by_end", "links", "end_date, from_sort, type"},
    };
    QStringList statements;
    for (const SortIndex &index : indexes) {
        const QString name = QLatin1String(index.name);
        statements.append(QStringLiteral("DROP INDEX IF EXISTS ") + name);
        statements.append(QStringLiteral("CREATE INDEX %1 ON %2 (%3) WHERE deleted = 0")
                              .arg(name, QLatin1String(index.table), QLatin1String(index.columns)));
    }
    return executeStatements(db, statements);
}

// Number of live rows (deleted = 0) of each list table, kept exact by triggers,
// so that an unfiltered list count reads one row instead of scanning an index.
// SQLite runs delete triggers for INSERT OR REPLACE only with recursive_triggers
// on, so the record tables must never be written with OR REPLACE.
Result<void> addRecordCounts(QSqlDatabase &db)
{
    QStringList statements{
        QStringLiteral("CREATE TABLE record_counts (table_name TEXT PRIMARY KEY NOT NULL, "
                       "live INTEGER NOT NULL) WITHOUT ROWID"),
    };
    for (const QString &table :
         {QStringLiteral("organisations"), QStringLiteral("persons"), QStringLiteral("links")}) {
        const QString adjust = QStringLiteral(" BEGIN UPDATE record_counts SET live = live + %1 "
                                              "WHERE table_name = '")
                               + table + QStringLiteral("'; END");
        statements += {
            QStringLiteral("INSERT INTO record_counts (table_name, live) SELECT '") + table
                + QStringLiteral("', count(*) FROM ") + table
                + QStringLiteral(" WHERE deleted = 0"),
            QStringLiteral("CREATE TRIGGER %1_count_insert AFTER INSERT ON %1 "
                           "WHEN new.deleted = 0")
                    .arg(table)
                + adjust.arg(QStringLiteral("1")),
            QStringLiteral("CREATE TRIGGER %1_count_update AFTER UPDATE OF deleted ON %1 "
                           "WHEN (old.deleted = 0) <> (new.deleted = 0)")
                    .arg(table)
                + adjust.arg(QStringLiteral("CASE WHEN new.deleted = 0 THEN 1 ELSE -1 END")),
            QStringLiteral("CREATE TRIGGER %1_count_delete AFTER DELETE ON %1 "
                           "WHEN old.deleted = 0")
                    .arg(table)
                + adjust.arg(QStringLiteral("-1")),
        };
    }
    return executeStatements(db, statements);
}

// Sync bookkeeping. sync_conflicts keeps one open conflict per record with both
// sides and their base, so that nothing is lost until the user resolves it.
// sync_errors keeps the last per-record push error; record_updated_at is the
// updated_at of the record when the error happened, so that a document the
// server rejected as too large is retried only after the record changes.
// sync_obsolete_revisions lists losing server revisions of resolved conflicts,
// deleted on the server by the next push. Partial indexes on dirty rows let
// the push step find changed records without scanning the record tables.
Result<void> addSyncTables(QSqlDatabase &db)
{
    QStringList statements{
        QStringLiteral("CREATE TABLE sync_conflicts (record_id TEXT PRIMARY KEY NOT NULL, "
                       "kind TEXT NOT NULL, local_json TEXT NOT NULL, remote_json TEXT NOT NULL, "
                       "base_json TEXT, remote_rev TEXT, remote_author TEXT, "
                       "losing_revs TEXT NOT NULL DEFAULT '[]', "
                       "fields TEXT NOT NULL DEFAULT '[]', detected_at TEXT NOT NULL) "
                       "WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX sync_conflicts_by_detected ON sync_conflicts "
                       "(detected_at, record_id)"),
        QStringLiteral("CREATE TABLE sync_errors (record_id TEXT PRIMARY KEY NOT NULL, "
                       "code TEXT NOT NULL, message TEXT NOT NULL, size_limit INTEGER, "
                       "record_updated_at TEXT, at TEXT NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX sync_errors_by_code ON sync_errors (code, record_id)"),
        QStringLiteral("CREATE TABLE sync_obsolete_revisions (record_id TEXT NOT NULL, "
                       "rev TEXT NOT NULL, PRIMARY KEY (record_id, rev)) WITHOUT ROWID"),
    };
    for (const QString &table : {QStringLiteral("organisations"),
                                 QStringLiteral("persons"),
                                 QStringLiteral("links"),
                                 QStringLiteral("notes"),
                                 QStringLiteral("taxonomy")}) {
        statements.append(
            QStringLiteral("CREATE INDEX %1_dirty ON %1 (id) WHERE dirty = 1").arg(table));
    }
    return executeStatements(db, statements);
}

} // namespace

Result<void> executeStatements(QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            qCWarning(lcDb) << "Schema statement failed:" << query.lastError().text() << sql;
            return Error{
                MigrationText::tr("A schema statement failed: %1").arg(query.lastError().text()),
                sql.left(80)};
        }
    }
    return {};
}

const QList<Migration> &schemaMigrations()
{
    static const QList<Migration> migrations{
        {1,
         QStringLiteral("records, lists, search index and built-in taxonomy"),
         createInitialSchema},
        {2,
         QStringLiteral("kind and type at the end of the list sort indexes"),
         addFilterColumnToSortIndexes},
        {3,
         QStringLiteral("live row counts of the list tables, kept by triggers"),
         addRecordCounts},
        {4,
         QStringLiteral("sync conflicts, per-record sync errors and dirty-row indexes"),
         addSyncTables},
        {5,
         QStringLiteral("workshops, residencies, resources and barriers with their lists"),
         addActivityTables},
        {6,
         QStringLiteral("workshop venues and themes and residency cities in the search index"),
         indexActivityPlaces},
    };
    return migrations;
}

} // namespace CoopAtlas::Core
