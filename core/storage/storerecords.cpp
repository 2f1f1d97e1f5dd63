// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Store: reading and writing single records.
#include <core/storage/store.h>
#include <core/storage/store_p.h>
#include <core/uuid.h>

namespace CoopAtlas::Core {

using namespace RecordRows;

namespace {

void fillNewMeta(RecordMeta &meta, const QString &author)
{
    if (meta.id.isEmpty()) {
        meta.id = createUuidV7();
    }
    meta.createdAt = QDateTime::currentDateTimeUtc();
    meta.updatedAt = meta.createdAt;
    meta.createdBy = author;
    meta.updatedBy = author;
    meta.dirty = true;
    meta.deleted = false;
}

/// Runs `write` in a Transaction (a savepoint inside a caller's Transaction) and
/// commits it when `write` succeeds.
template <typename Write> auto transact(Database &db, Write write) -> decltype(write())
{
    Transaction transaction(db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    auto result = write();
    if (!result) {
        return result;
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return result;
}

/// Like transact(), for a `write` that changes the file with one statement only
/// (reads before it are allowed). SQLite undoes a failed statement, triggers
/// included, so inside a caller's Transaction no savepoint is needed. This saves
/// bulk imports two statements per record.
template <typename Write> auto transactOneStatement(Database &db, Write write) -> decltype(write())
{
    if (db.inTransaction()) {
        return write();
    }
    return transact(db, write);
}

/// Rejects an update of the record `meta` describes when the record changed in
/// the file after it was read, for example through another window or program,
/// so that the update does not overwrite that change. A record whose updatedAt
/// is not set (not read from the store) is not checked. Every write stores a
/// strictly newer updated_at (see nextUpdatedAtSql()), so an equal value means
/// that the record is unchanged.
template <typename StorePrivate>
Result<void> checkUnchangedSinceRead(StorePrivate &d,
                                     const QString &table,
                                     const RecordMeta &meta,
                                     const QString &label)
{
    if (!meta.updatedAt.isValid()) {
        return {};
    }
    // Deleted and unknown records give no row here, and updateRow() reports them.
    auto stored = d.scalar(QStringLiteral("SELECT updated_at FROM ") + table
                               + QStringLiteral(" WHERE id = ? AND deleted = 0"),
                           {meta.id});
    if (!stored) {
        return stored.error();
    }
    if (stored->isNull() || timestampFromText(stored->toString()) == meta.updatedAt) {
        return {};
    }
    return Error{Store::tr("%1 was changed in another window or program since you opened it, so "
                           "this change was not saved. Reload the record to see the other "
                           "change, then make your change again.")
                     .arg(label),
                 meta.id};
}

template <typename Record, typename Read>
Result<QList<Record>> readAll(Result<QList<QSqlRecord>> rows, Read read)
{
    if (!rows) {
        return rows.error();
    }
    QList<Record> records;
    records.reserve(rows->size());
    for (const QSqlRecord &row : *rows) {
        records.append(read(row));
    }
    return records;
}

} // namespace

// --- Organisations -----------------------------------------------------------

Result<Organisation> Store::organisation(const QString &id) const
{
    auto row = d->recordById(QStringLiteral("organisations"), id, tr("The organisation"));
    if (!row) {
        return row.error();
    }
    return readOrganisation(*row);
}

void Store::Private::checkOrganisationTerms(const Organisation &org, QList<FieldError> &errors)
{
    checkTerm(
        QLatin1String(Vocabulary::OrganisationKind), org.kind, QStringLiteral("kind"), errors);
    checkTerm(QLatin1String(Vocabulary::Stage), org.stage, QStringLiteral("stage"), errors);
    checkTerm(QLatin1String(Vocabulary::CooperativeModel),
              org.cooperativeModel,
              QStringLiteral("cooperativeModel"),
              errors);
    for (const QString &sector : org.sectors) {
        checkTerm(QLatin1String(Vocabulary::Sector), sector, QStringLiteral("sectors"), errors);
    }
}

Result<QString> Store::insertOrganisation(Organisation org)
{
    QList<FieldError> errors = validate(org);
    d->checkOrganisationTerms(org, errors);
    if (!errors.isEmpty()) {
        return invalidRecord(tr("The organisation \"%1\"").arg(org.name), errors);
    }
    fillNewMeta(org.meta, m_db->author());
    return transactOneStatement(*m_db, [&]() -> Result<QString> {
        auto inserted
            = d->insertRow(QStringLiteral("organisations"), organisationRow(org), org.meta);
        if (!inserted) {
            return inserted.error();
        }
        d->queueChange(RecordKind::Organisation, org.meta.id);
        return org.meta.id;
    });
}

Result<void> Store::updateOrganisation(const Organisation &org)
{
    QList<FieldError> errors = validate(org);
    d->checkOrganisationTerms(org, errors);
    if (!errors.isEmpty()) {
        return invalidRecord(tr("The organisation \"%1\"").arg(org.name), errors);
    }
    return transact(*m_db, [&]() -> Result<void> {
        const QString label = tr("The organisation \"%1\"").arg(org.name);
        if (auto unchanged
            = checkUnchangedSinceRead(*d, QStringLiteral("organisations"), org.meta, label);
            !unchanged) {
            return unchanged;
        }
        if (auto updated = d->updateRow(
                QStringLiteral("organisations"), organisationRow(org), org.meta.id, label);
            !updated) {
            return updated;
        }
        d->queueChange(RecordKind::Organisation, org.meta.id);
        return d->renameLinkEnds(org.meta.id, org.name);
    });
}

// --- Persons -----------------------------------------------------------------

Result<Person> Store::person(const QString &id) const
{
    auto row = d->recordById(QStringLiteral("persons"), id, tr("The person"));
    if (!row) {
        return row.error();
    }
    return readPerson(*row);
}

Result<QString> Store::insertPerson(Person person)
{
    if (const QList<FieldError> errors = validate(person); !errors.isEmpty()) {
        return invalidRecord(tr("The person \"%1\"").arg(person.formattedName), errors);
    }
    fillNewMeta(person.meta, m_db->author());
    return transactOneStatement(*m_db, [&]() -> Result<QString> {
        auto inserted = d->insertRow(QStringLiteral("persons"), personRow(person), person.meta);
        if (!inserted) {
            return inserted.error();
        }
        d->queueChange(RecordKind::Person, person.meta.id);
        return person.meta.id;
    });
}

Result<void> Store::updatePerson(const Person &person)
{
    if (const QList<FieldError> errors = validate(person); !errors.isEmpty()) {
        return invalidRecord(tr("The person \"%1\"").arg(person.formattedName), errors);
    }
    return transact(*m_db, [&]() -> Result<void> {
        const QString label = tr("The person \"%1\"").arg(person.formattedName);
        if (auto unchanged
            = checkUnchangedSinceRead(*d, QStringLiteral("persons"), person.meta, label);
            !unchanged) {
            return unchanged;
        }
        if (auto updated
            = d->updateRow(QStringLiteral("persons"), personRow(person), person.meta.id, label);
            !updated) {
            return updated;
        }
        d->queueChange(RecordKind::Person, person.meta.id);
        return d->renameLinkEnds(person.meta.id, person.formattedName);
    });
}

// --- Links -------------------------------------------------------------------

Result<Link> Store::link(const QString &id) const
{
    auto row = d->recordById(QStringLiteral("links"), id, tr("The link"));
    if (!row) {
        return row.error();
    }
    return readLink(*row);
}

Result<Row> Store::Private::checkedLinkRow(const Link &link)
{
    QList<FieldError> errors = validate(link);
    checkTerm(QLatin1String(Vocabulary::LinkType), link.type, QStringLiteral("type"), errors);
    QString names[2];
    const QString *ids[2] = {&link.fromId, &link.toId};
    for (int end = 0; end < 2 && errors.isEmpty(); ++end) {
        auto endpoint = liveEndpoint(*ids[end]);
        if (!endpoint) {
            errors.append({end == 0 ? QStringLiteral("fromId") : QStringLiteral("toId"),
                           endpoint.error().message});
        } else {
            names[end] = endpoint->second;
        }
    }
    if (!errors.isEmpty()) {
        return invalidRecord(tr("The link"), errors);
    }
    return linkRow(link, names[0], names[1]);
}

Result<QString> Store::insertLink(Link link)
{
    fillNewMeta(link.meta, m_db->author());
    return transactOneStatement(*m_db, [&]() -> Result<QString> {
        auto row = d->checkedLinkRow(link);
        if (!row) {
            return row.error();
        }
        if (auto inserted = d->insertRow(QStringLiteral("links"), *row, link.meta); !inserted) {
            return inserted.error();
        }
        d->queueChange(RecordKind::Link, link.meta.id);
        return link.meta.id;
    });
}

Result<void> Store::updateLink(const Link &link)
{
    return transact(*m_db, [&]() -> Result<void> {
        auto row = d->checkedLinkRow(link);
        if (!row) {
            return row.error();
        }
        if (auto unchanged
            = checkUnchangedSinceRead(*d, QStringLiteral("links"), link.meta, tr("The link"));
            !unchanged) {
            return unchanged;
        }
        if (auto updated
            = d->updateRow(QStringLiteral("links"), *row, link.meta.id, tr("The link"));
            !updated) {
            return updated;
        }
        d->queueChange(RecordKind::Link, link.meta.id);
        return {};
    });
}

Result<QList<Link>> Store::linksOf(const QString &recordId) const
{
    return readAll<Link>(
        d->records(QStringLiteral("SELECT * FROM links WHERE from_id = ? AND deleted = 0 "
                                  "UNION ALL "
                                  "SELECT * FROM links WHERE to_id = ? AND deleted = 0 "
                                  "ORDER BY start_date, id"),
                   {recordId, recordId}),
        readLink);
}

Result<void> Store::Private::renameLinkEnds(const QString &id, const QString &name)
{
    for (const auto &end : {QStringLiteral("from"), QStringLiteral("to")}) {
        const QString sql = QStringLiteral("UPDATE links SET %1_name = ?, %1_sort = ? "
                                           "WHERE %1_id = ? AND %1_name IS NOT ?")
                                .arg(end);
        if (auto renamed = execute(sql, {name, sortKey(name), id, name}); !renamed) {
            return renamed.error();
        }
    }
    return {};
}

// --- Notes -------------------------------------------------------------------

Result<Note> Store::note(const QString &id) const
{
    auto row = d->recordById(QStringLiteral("notes"), id, tr("The note"));
    if (!row) {
        return row.error();
    }
    return readNote(*row);
}

Result<void> Store::Private::checkNote(const Note &note)
{
    QList<FieldError> errors = validate(note);
    checkTerm(QLatin1String(Vocabulary::NoteKind), note.kind, QStringLiteral("kind"), errors);
    if (errors.isEmpty()) {
        auto target = scalar(QStringLiteral("SELECT 1 FROM ") + tableFor(note.recordKind)
                                 + QStringLiteral(" WHERE id = ? AND deleted = 0"),
                             {note.recordId});
        if (!target) {
            return target.error();
        }
        if (target->isNull()) {
            errors.append({QStringLiteral("recordId"),
                           tr("The note is about %1 %2, which does not exist or was deleted. "
                              "Attach the note to an existing record.")
                               .arg(recordKindName(note.recordKind), note.recordId)});
        }
    }
    if (!errors.isEmpty()) {
        return invalidRecord(tr("The note"), errors);
    }
    return {};
}

Result<QString> Store::insertNote(Note note)
{
    fillNewMeta(note.meta, m_db->author());
    if (note.author.isEmpty()) {
        note.author = m_db->author();
    }
    return transactOneStatement(*m_db, [&]() -> Result<QString> {
        if (auto checked = d->checkNote(note); !checked) {
            return checked.error();
        }
        if (auto inserted = d->insertRow(QStringLiteral("notes"), noteRow(note), note.meta);
            !inserted) {
            return inserted.error();
        }
        d->queueChange(RecordKind::Note, note.meta.id);
        return note.meta.id;
    });
}

Result<void> Store::updateNote(const Note &note)
{
    return transact(*m_db, [&]() -> Result<void> {
        if (auto checked = d->checkNote(note); !checked) {
            return checked;
        }
        if (auto unchanged
            = checkUnchangedSinceRead(*d, QStringLiteral("notes"), note.meta, tr("The note"));
            !unchanged) {
            return unchanged;
        }
        if (auto updated
            = d->updateRow(QStringLiteral("notes"), noteRow(note), note.meta.id, tr("The note"));
            !updated) {
            return updated;
        }
        d->queueChange(RecordKind::Note, note.meta.id);
        return {};
    });
}

Result<QList<Note>> Store::notesOf(const QString &recordId) const
{
    return readAll<Note>(d->records(QStringLiteral("SELECT * FROM notes WHERE record_id = ? AND "
                                                   "deleted = 0 ORDER BY at DESC, id DESC"),
                                    {recordId}),
                         readNote);
}

// --- Taxonomy terms ----------------------------------------------------------

Result<QList<TaxonomyTerm>> Store::terms(const QString &vocabulary) const
{
    return readAll<TaxonomyTerm>(
        d->records(QStringLiteral("SELECT * FROM taxonomy WHERE vocabulary = ? "
                                  "AND deleted = 0 ORDER BY position, key"),
                   {vocabulary}),
        readTerm);
}

Result<QString> Store::insertTerm(TaxonomyTerm term)
{
    if (const QList<FieldError> errors = validate(term); !errors.isEmpty()) {
        return invalidRecord(tr("The term \"%1\"").arg(term.key), errors);
    }
    fillNewMeta(term.meta, m_db->author());
    return transact(*m_db, [&]() -> Result<QString> {
        auto inserted = d->insertRow(QStringLiteral("taxonomy"), termRow(term), term.meta);
        if (!inserted) {
            auto existingId
                = d->scalar(QStringLiteral("SELECT id FROM taxonomy WHERE vocabulary = ? "
                                           "AND key = ?"),
                            {term.vocabulary, term.key});
            if (existingId && !existingId->isNull()) {
                return Error{tr("The vocabulary \"%1\" already has a term \"%2\". Choose another "
                                "key.")
                                 .arg(term.vocabulary, term.key),
                             QStringLiteral("key")};
            }
            return inserted.error();
        }
        d->termKeys.remove(term.vocabulary);
        d->queueChange(RecordKind::Taxonomy, term.meta.id);
        return term.meta.id;
    });
}

Result<void> Store::updateTerm(const TaxonomyTerm &term)
{
    if (const QList<FieldError> errors = validate(term); !errors.isEmpty()) {
        return invalidRecord(tr("The term \"%1\"").arg(term.key), errors);
    }
    return transact(*m_db, [&]() -> Result<void> {
        const QString label = tr("The term \"%1\"").arg(term.key);
        auto stored = this->term(term.meta.id);
        if (!stored) {
            return stored.error();
        }
        if (stored->vocabulary != term.vocabulary) {
            return Error{tr("%1 belongs to the vocabulary \"%2\" and cannot move to \"%3\".")
                             .arg(label, stored->vocabulary, term.vocabulary),
                         QStringLiteral("vocabulary")};
        }
        if (auto unchanged
            = checkUnchangedSinceRead(*d, QStringLiteral("taxonomy"), term.meta, label);
            !unchanged) {
            return unchanged;
        }
        const bool renamed = stored->key != term.key;
        if (renamed) {
            // Deleted terms keep their keys, because undo and sync may restore them.
            auto taken = d->scalar(QStringLiteral("SELECT id FROM taxonomy WHERE vocabulary = ? "
                                                  "AND key = ? AND id <> ?"),
                                   {term.vocabulary, term.key, term.meta.id});
            if (!taken) {
                return taken.error();
            }
            if (!taken->isNull()) {
                return Error{tr("The vocabulary \"%1\" already has a term \"%2\", or had one "
                                "that was deleted. Choose another key.")
                                 .arg(term.vocabulary, term.key),
                             QStringLiteral("key")};
            }
        }
        if (auto updated
            = d->updateRow(QStringLiteral("taxonomy"), termRow(term), term.meta.id, label);
            !updated) {
            return updated;
        }
        d->termKeys.clear();
        d->queueChange(RecordKind::Taxonomy, term.meta.id);
        if (renamed) {
            // Records follow the new key in the same transaction, so none is left
            // with a key that the vocabulary no longer lists.
            if (auto rewritten = d->rewriteTermKey(term.vocabulary, stored->key, term.key);
                !rewritten) {
                return rewritten.error();
            }
        }
        return {};
    });
}

// --- Metadata ----------------------------------------------------------------

Result<QString> Store::metadata(const QString &key) const
{
    auto value = d->scalar(QStringLiteral("SELECT value FROM metadata WHERE key = ?"), {key});
    if (!value) {
        return value.error();
    }
    return value->isNull() ? QString() : value->toString();
}

Result<void> Store::setMetadata(const QString &key, const QString &value)
{
    return transact(*m_db, [&]() -> Result<void> {
        auto written = d->execute(QStringLiteral("INSERT INTO metadata (key, value) VALUES (?, ?) "
                                                 "ON CONFLICT (key) DO UPDATE SET value = "
                                                 "excluded.value"),
                                  {key, value});
        if (!written) {
            return written.error();
        }
        return {};
    });
}

} // namespace CoopAtlas::Core
