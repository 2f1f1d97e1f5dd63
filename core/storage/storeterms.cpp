// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Store: taxonomy terms and the record fields that contain their keys.
#include <core/logging.h>
#include <core/storage/store.h>
#include <core/storage/store_p.h>

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace CoopAtlas::Core {

using namespace RecordRows;

namespace {

/// A record column that contains keys of one vocabulary.
struct TermColumn
{
    RecordKind kind;
    QString column;
    bool isList = false; ///< a JSON array of keys, else one key
};

/// Every column that contains keys of `vocabulary`.
QList<TermColumn> termColumns(const QString &vocabulary)
{
    if (vocabulary == QLatin1String(Vocabulary::OrganisationKind))
        return {{RecordKind::Organisation, QStringLiteral("kind")}};
    if (vocabulary == QLatin1String(Vocabulary::Stage))
        return {{RecordKind::Organisation, QStringLiteral("stage")}};
    if (vocabulary == QLatin1String(Vocabulary::CooperativeModel))
        return {{RecordKind::Organisation, QStringLiteral("cooperative_model")}};
    if (vocabulary == QLatin1String(Vocabulary::Sector))
        return {{RecordKind::Organisation, QStringLiteral("sectors"), true}};
    if (vocabulary == QLatin1String(Vocabulary::LinkType))
        return {{RecordKind::Link, QStringLiteral("type")}};
    if (vocabulary == QLatin1String(Vocabulary::NoteKind))
        return {{RecordKind::Note, QStringLiteral("kind")}};
    if (vocabulary == QLatin1String(Vocabulary::WorkshopTheme))
        return {{RecordKind::Workshop, QStringLiteral("theme")}};
    if (vocabulary == QLatin1String(Vocabulary::ResourceKind))
        return {{RecordKind::Resource, QStringLiteral("kind")}};
    if (vocabulary == QLatin1String(Vocabulary::BarrierDomain))
        return {{RecordKind::Barrier, QStringLiteral("domain")}};
    return {};
}

/// SQL condition on the rows of a table whose `column` contains the bound key.
QString usesKeySql(const TermColumn &column)
{
    if (column.isList) {
        return QStringLiteral("EXISTS (SELECT 1 FROM json_each(%1) WHERE value = ?)")
            .arg(column.column);
    }
    return column.column + QStringLiteral(" = ?");
}

/// The list of keys in `json` with `oldKey` replaced, keeping the first of
/// repeated keys, as JSON text.
QString replacedInList(const QString &json, const QString &oldKey, const QString &newKey)
{
    const QJsonArray keys = QJsonDocument::fromJson(json.toUtf8()).array();
    QJsonArray replaced;
    for (const QJsonValue &key : keys) {
        const QJsonValue value = key.toString() == oldKey ? QJsonValue(newKey) : key;
        if (!replaced.contains(value))
            replaced.append(value);
    }
    return QString::fromUtf8(QJsonDocument(replaced).toJson(QJsonDocument::Compact));
}

/// updated_at for a write over a record whose stored updated_at is `stored`:
/// now, or 1 ms after `stored` when that is not older (as nextUpdatedAtSql()).
QDateTime nextUpdatedAt(const QString &stored)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime previous = timestampFromText(stored);
    return previous.isValid() && now <= previous ? previous.addMSecs(1) : now;
}

} // namespace

// --- Records that use a term -------------------------------------------------

Result<QList<TermUse>> Store::Private::rewriteTermKey(const QString &vocabulary,
                                                      const QString &oldKey,
                                                      const QString &newKey)
{
    QList<TermUse> rewritten;
    for (const TermColumn &column : termColumns(vocabulary)) {
        const QString table = tableFor(column.kind);
        auto rows = records(
            QStringLiteral("SELECT id, updated_at, %1 FROM %2 WHERE ").arg(column.column, table)
                + usesKeySql(column),
            {oldKey});
        if (!rows) {
            return rows.error();
        }
        const QString update = QStringLiteral("UPDATE %1 SET %2 = ?, updated_at = ?, "
                                              "updated_by = ?, dirty = 1 WHERE id = ?")
                                   .arg(table, column.column);
        for (const QSqlRecord &row : std::as_const(*rows)) {
            TermUse use{column.kind,
                        row.value(0).toString(),
                        column.column,
                        row.value(2).toString(),
                        nextUpdatedAt(row.value(1).toString())};
            const QString value
                = column.isList ? replacedInList(use.previousValue, oldKey, newKey) : newKey;
            auto written
                = execute(update, {value, timestampText(use.writtenAt), db.author(), use.id});
            if (!written) {
                return written.error();
            }
            queueChange(use.kind, use.id);
            rewritten.append(use);
        }
    }
    qCInfo(lcDb) << "Term" << vocabulary << oldKey << "became" << newKey << "in" << rewritten.size()
                 << "records";
    return rewritten;
}

Result<qint64> Store::Private::countTermUsage(const QString &vocabulary, const QString &key)
{
    qint64 total = 0;
    for (const TermColumn &column : termColumns(vocabulary)) {
        auto count = scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0 AND ")
                                    .arg(tableFor(column.kind))
                                + usesKeySql(column),
                            {key});
        if (!count) {
            return count.error();
        }
        total += count->toLongLong();
    }
    return total;
}

// --- Terms -------------------------------------------------------------------

Result<TaxonomyTerm> Store::term(const QString &id) const
{
    auto row = d->recordById(QStringLiteral("taxonomy"), id, tr("The term"));
    if (!row) {
        return row.error();
    }
    return readTerm(*row);
}

Result<qint64> Store::termUsage(const QString &vocabulary, const QString &key) const
{
    return d->countTermUsage(vocabulary, key);
}

Result<TermRemoval> Store::removeTerm(const QString &id, const QString &replacementKey)
{
    Transaction transaction(*m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    auto removed = term(id);
    if (!removed) {
        return removed.error();
    }
    TermRemoval removal{id, {}, {}};
    if (!replacementKey.isEmpty()) {
        if (replacementKey == removed->key
            || !d->isKnownTerm(removed->vocabulary, replacementKey)) {
            return Error{tr("\"%1\" is not another term of the vocabulary \"%2\". Choose a listed "
                            "term to replace \"%3\".")
                             .arg(replacementKey, removed->vocabulary, removed->key),
                         replacementKey};
        }
        auto rewritten = d->rewriteTermKey(removed->vocabulary, removed->key, replacementKey);
        if (!rewritten) {
            return rewritten.error();
        }
        removal.rewritten = *rewritten;
    }
    auto usage = d->countTermUsage(removed->vocabulary, removed->key);
    if (!usage) {
        return usage.error();
    }
    if (*usage > 0) {
        return Error{tr("The term \"%1\" is used by %n record(s), so it was not deleted. Replace "
                        "it with another term of the vocabulary first.",
                        nullptr,
                        int(qMin<qint64>(*usage, std::numeric_limits<int>::max())))
                         .arg(removed->key),
                     id};
    }
    if (auto done = d->setDeleted(QStringLiteral("taxonomy"), id, true); !done) {
        return done.error();
    }
    auto stamp = d->scalar(QStringLiteral("SELECT updated_at FROM taxonomy WHERE id = ?"), {id});
    if (!stamp) {
        return stamp.error();
    }
    removal.termWrittenAt = timestampFromText(stamp->toString());
    d->termKeys.clear();
    d->queueChange(RecordKind::Taxonomy, id);
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return removal;
}

Result<int> Store::undoTermRemoval(const TermRemoval &removal)
{
    Transaction transaction(*m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    auto removed = term(removal.termId);
    if (!removed) {
        return removed.error();
    }
    if (!removed->meta.deleted || removed->meta.updatedAt != removal.termWrittenAt) {
        return Error{tr("The term \"%1\" was changed in another window or program after it was "
                        "deleted, so the deletion was not undone.")
                         .arg(removed->key),
                     removal.termId};
    }
    if (auto done = d->setDeleted(QStringLiteral("taxonomy"), removal.termId, false); !done) {
        return done.error();
    }
    d->termKeys.clear();
    d->queueChange(RecordKind::Taxonomy, removal.termId);
    int kept = 0;
    for (const TermUse &use : removal.rewritten) {
        const QString table = tableFor(use.kind);
        auto stored = d->scalar(QStringLiteral("SELECT updated_at FROM %1 WHERE id = ?").arg(table),
                                {use.id});
        if (!stored) {
            return stored.error();
        }
        if (timestampFromText(stored->toString()) != use.writtenAt) {
            ++kept;
            continue;
        }
        const QString update = QStringLiteral("UPDATE %1 SET %2 = ?, updated_at = ?, "
                                              "updated_by = ?, dirty = 1 WHERE id = ?")
                                   .arg(table, use.column);
        const QDateTime stamp = nextUpdatedAt(stored->toString());
        auto written
            = d->execute(update, {use.previousValue, timestampText(stamp), m_db->author(), use.id});
        if (!written) {
            return written.error();
        }
        d->queueChange(use.kind, use.id);
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return kept;
}

Result<void> Store::reorderTerms(const QString &vocabulary, const QStringList &ids)
{
    Transaction transaction(*m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    const QString update = QStringLiteral("UPDATE taxonomy SET position = ?, updated_at = ")
                           + nextUpdatedAtSql()
                           + QStringLiteral(", updated_by = ?, dirty = 1 WHERE id = ? AND "
                                            "vocabulary = ? AND deleted = 0 AND position <> ?");
    const QString now = timestampText(QDateTime::currentDateTimeUtc());
    for (int position = 0; position < ids.size(); ++position) {
        const QString &id = ids.at(position);
        auto written
            = d->execute(update, {position, now, m_db->author(), id, vocabulary, position});
        if (!written) {
            return written.error();
        }
        if (*written > 0) {
            d->queueChange(RecordKind::Taxonomy, id);
            continue;
        }
        auto live = d->scalar(QStringLiteral("SELECT 1 FROM taxonomy WHERE id = ? AND "
                                             "vocabulary = ? AND deleted = 0"),
                              {id, vocabulary});
        if (!live) {
            return live.error();
        }
        if (live->isNull()) {
            return Error{tr("No live term with id %1 exists in the vocabulary \"%2\". Reload the "
                            "terms and try again.")
                             .arg(id, vocabulary),
                         id};
        }
    }
    return transaction.commit();
}

} // namespace CoopAtlas::Core
