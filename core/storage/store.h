// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>
#include <core/result.h>
#include <core/storage/database.h>

#include <QObject>
#include <QVariantList>

#include <memory>

namespace CoopAtlas::Core {

/// Tables that list views page through.
enum class ListTable { Organisations, People, Links };

/// The filter and sort order of a list view. SQLite sorts on indexed columns,
/// and filterText goes through the FTS index.
struct ListQuery
{
    ListTable table = ListTable::Organisations;
    QString filterText; ///< words typed by the user; empty shows all
    /// Organisation kind or link type term key; empty for all. People lists ignore it.
    QString kindFilter;
    QString recordFilter; ///< Links only: restrict to links from or to this record id
    int sortColumn = 0;   ///< index into listColumns(table)
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
};

struct ListRow
{
    QString id;
    QVariantList values; ///< one value per listColumns(table) entry
    /// Stored values of the row's sort terms, row id last, for Store::pageAfter();
    /// empty in lists that page only with an offset.
    QVariantList sortKey = {};
};

/// One global search hit.
struct SearchHit
{
    QString id;
    RecordKind kind = RecordKind::Organisation;
    QString title;   ///< name of the record
    QString snippet; ///< matched text around the hit, plain text
};

/// Data for the growth dashboard: one count per period and series.
struct GrowthPoint
{
    QDate period;   ///< first day of the month
    QString series; ///< kind, stage or sector term key
    int count = 0;  ///< records founded in that period (not cumulative)
};

/// A record whose term key a taxonomy change rewrote, with the value it had
/// before, so that the change can be undone.
struct TermUse
{
    RecordKind kind = RecordKind::Organisation;
    QString id;
    QString column;        ///< column of the record table, such as "kind" or "sectors"
    QString previousValue; ///< the key before the change, or the JSON list of sector keys
    QDateTime writtenAt;   ///< updated_at that the change gave the record
};

/// Outcome of Store::removeTerm(), for Store::undoTermRemoval().
struct TermRemoval
{
    QString termId;
    QDateTime termWrittenAt;  ///< updated_at of the tombstoned term
    QList<TermUse> rewritten; ///< records moved to the replacement term
};

/// The local store: typed CRUD for every record, list paging, search and
/// taxonomies, all through one Database connection. Every public write is one
/// transaction (joined as a savepoint when the caller holds a Transaction).
/// Inserts write one statement and need no savepoint there, because SQLite
/// undoes a failed statement. A failed write leaves the caller's Transaction
/// usable, and the caller decides whether to commit the other writes.
/// Inserts and updates reject invalid records (see validation.h) and unknown
/// taxonomy keys with an Error that lists every problem.
///
/// changed() is emitted when the outermost transaction commits, once per record
/// written in it. Writes inside a caller's Transaction are therefore announced
/// when that Transaction commits, and not at all when it rolls back. When more
/// than 100 records changed in one transaction, one reloaded() replaces the
/// changed() signals.
class Store : public QObject
{
    Q_OBJECT

public:
    explicit Store(std::unique_ptr<Database> db, QObject *parent = nullptr);
    ~Store() override;

    [[nodiscard]] Database &database() { return *m_db; }

    // Organisations. insert() fills meta (id unless already set, timestamps, author).
    [[nodiscard]] Result<Organisation> organisation(const QString &id) const;
    [[nodiscard]] Result<QString> insertOrganisation(Organisation org);
    [[nodiscard]] Result<void> updateOrganisation(const Organisation &org);

    [[nodiscard]] Result<Person> person(const QString &id) const;
    [[nodiscard]] Result<QString> insertPerson(Person person);
    [[nodiscard]] Result<void> updatePerson(const Person &person);

    [[nodiscard]] Result<Link> link(const QString &id) const;
    [[nodiscard]] Result<QString> insertLink(Link link);
    [[nodiscard]] Result<void> updateLink(const Link &link);
    /// Links from or to a record, tombstones excluded, ordered by start date.
    [[nodiscard]] Result<QList<Link>> linksOf(const QString &recordId) const;

    [[nodiscard]] Result<Note> note(const QString &id) const;
    [[nodiscard]] Result<QString> insertNote(Note note);
    [[nodiscard]] Result<void> updateNote(const Note &note);
    /// Notes about a record, tombstones excluded, newest first.
    [[nodiscard]] Result<QList<Note>> notesOf(const QString &recordId) const;

    /// Marks a record as deleted (tombstone) together with its links and notes.
    /// An organisation or person also takes along its workshop participations
    /// and residency stays, and each workshop where it had a registered place
    /// moves its waiting list up in the same transaction.
    /// Returns the ids of every record tombstoned, for undo.
    [[nodiscard]] Result<QStringList> remove(RecordKind kind, const QString &id);
    /// Clears the tombstone of the given records (undo of remove()). The
    /// participations moved up by that remove() in this session go back to the
    /// waiting list, and a restored registration that no longer fits in its
    /// workshop's capacity is stored as "waiting".
    [[nodiscard]] Result<void> restore(const QStringList &ids);
    /// Kind and display name of any record id, or an error when unknown.
    [[nodiscard]] Result<QPair<RecordKind, QString>> describe(const QString &id) const;

    // Taxonomies.
    [[nodiscard]] Result<QList<TaxonomyTerm>> terms(const QString &vocabulary) const;
    [[nodiscard]] Result<QString> insertTerm(TaxonomyTerm term);
    /// Writes the labels, key and position of a term. A changed key is written
    /// to every record that uses the term (tombstones included) in the same
    /// transaction, and each such record gets a new updated_at.
    [[nodiscard]] Result<void> updateTerm(const TaxonomyTerm &term);
    /// A term by id, tombstones included.
    [[nodiscard]] Result<TaxonomyTerm> term(const QString &id) const;
    /// Number of live records whose fields hold the term `key` of `vocabulary`.
    [[nodiscard]] Result<qint64> termUsage(const QString &vocabulary, const QString &key) const;
    /// Tombstones a term. With a `replacementKey` (a live term of the same
    /// vocabulary), every record that uses the term first gets the replacement,
    /// in the same transaction. Fails while a live record still uses the term.
    [[nodiscard]] Result<TermRemoval> removeTerm(const QString &id,
                                                 const QString &replacementKey = QString());
    /// Restores a removed term and gives the rewritten records their previous
    /// key back, except records changed since the removal, which keep their
    /// values. Fails when the term changed since the removal. Returns the number
    /// of records that kept their values.
    [[nodiscard]] Result<int> undoTermRemoval(const TermRemoval &removal);
    /// Gives the live terms `ids` of `vocabulary` the positions 0, 1, 2, ... in
    /// that order. Terms whose position does not change are not written.
    [[nodiscard]] Result<void> reorderTerms(const QString &vocabulary, const QStringList &ids);

    // Lists for lazy models.
    [[nodiscard]] static QStringList listColumns(ListTable table);
    [[nodiscard]] Result<qint64> count(const ListQuery &query) const;
    [[nodiscard]] Result<QList<ListRow>>
    page(const ListQuery &query, qint64 offset, int limit) const;
    /// The `limit` rows that follow the row with `sortKey` (the ListRow::sortKey
    /// of a row read with the same query), or the first rows when `sortKey` is
    /// empty. Unlike page(), the time does not grow with the position in the list.
    [[nodiscard]] Result<QList<ListRow>>
    pageAfter(const ListQuery &query, const QVariantList &sortKey, int limit) const;

    /// Full-text search over names, descriptions and notes; accent- and
    /// case-insensitive, prefix match on the last word.
    [[nodiscard]] Result<QList<SearchHit>> search(const QString &text, int limit = 50) const;

    // Dashboard.
    /// Live organisations founded per month, by the given vocabulary (kind or
    /// stage). Organisations without a founding date are left out, because the
    /// day they were recorded is not the day they started. See
    /// undatedOrganisationCount().
    [[nodiscard]] Result<QList<GrowthPoint>> organisationGrowth(const QString &vocabulary) const;
    /// Live organisations of `kind` founded per month, by their first sector
    /// (series "" when they have none). Organisations without a founding date
    /// are left out.
    [[nodiscard]] Result<QList<GrowthPoint>> foundingsBySector(const QString &kind) const;
    /// Number of live organisations without a founding date, only of `kind`
    /// when it is not empty.
    [[nodiscard]] Result<qint64> undatedOrganisationCount(const QString &kind = QString()) const;
    /// Number of live organisations per Brussels commune key.
    [[nodiscard]] Result<QList<QPair<QString, int>>> countsByCommune() const;

    [[nodiscard]] Result<qint64> totalCount(RecordKind kind) const;

    // Candidates for duplicate detection.
    /// Live organisations whose name, folded by foldForMatching(), starts with
    /// `foldedPrefix`, ordered by folded name; at most `limit` of them.
    [[nodiscard]] Result<QList<Organisation>> organisationsByNamePrefix(const QString &foldedPrefix,
                                                                        int limit = 200) const;
    /// Live people whose folded formatted name starts with `foldedPrefix`.
    [[nodiscard]] Result<QList<Person>> personsByNamePrefix(const QString &foldedPrefix,
                                                            int limit = 200) const;

    // Key/value settings of the file, such as "sample_data_loaded".
    /// Value stored under `key`, or a null string when the key is not set.
    [[nodiscard]] Result<QString> metadata(const QString &key) const;
    [[nodiscard]] Result<void> setMetadata(const QString &key, const QString &value);

signals:
    void changed(CoopAtlas::Core::RecordKind kind, const QString &id);
    /// Emitted after bulk work (import) committed outside this Store's connection.
    void reloaded();

public slots:
    /// Tells views that another connection (an import) changed the file.
    void notifyReloaded() { emit reloaded(); }

private:
    friend class ActivityStore;
    struct Private;
    void finishTransaction(bool committed);

    std::unique_ptr<Database> m_db;
    // Declared after m_db so that it is destroyed first: it owns prepared statements
    // of the connection.
    std::unique_ptr<Private> d;
};

} // namespace CoopAtlas::Core
