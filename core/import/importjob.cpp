// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"

#include <core/domain/validation.h>
#include <core/import/csvreader.h>
#include <core/import/csvtermvalues.h>
#include <core/import/duplicatefinder.h>
#include <core/import/recordmapper.h>
#include <core/import/recordmerge.h>
#include <core/import/storenameindex.h>
#include <core/import/textdecoding.h>
#include <core/import/vcardparser.h>
#include <core/logging.h>
#include <core/storage/store.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QtConcurrent>

namespace CoopAtlas::Core {

namespace {

class ImportJobText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::ImportJob)
};

// Reading a file larger than this is refused before it is loaded into memory.
constexpr qint64 MaxFileSize = 256LL * 1024 * 1024;

bool isVCard(const QString &filePath, const QByteArray &bytes)
{
    const QString suffix = QFileInfo(filePath).suffix().toLower();
    if (suffix == u"vcf" || suffix == u"vcard") {
        return true;
    }
    const QString start = decodeText(bytes.left(64), detectEncoding(bytes.left(64)));
    return start.trimmed().startsWith(QLatin1String("BEGIN:VCARD"), Qt::CaseInsensitive);
}

/// Warning for a vCard organisation field whose term key the store does not
/// have, so that the field is left empty.
QString unknownTermWarning(const QString &fileName,
                           qsizetype line,
                           const char *vocabulary,
                           const QString &key)
{
    if (qstrcmp(vocabulary, Vocabulary::Stage) == 0) {
        return ImportJobText::tr("%1, line %2: the stage \"%3\" is not a term of this file's "
                                 "stages; the stage is left empty. Add the term and import again "
                                 "to keep it.")
            .arg(fileName)
            .arg(line)
            .arg(key);
    }
    if (qstrcmp(vocabulary, Vocabulary::Sector) == 0) {
        return ImportJobText::tr("%1, line %2: the sector \"%3\" is not a term of this file's "
                                 "sectors; the sector is left out. Add the term and import again "
                                 "to keep it.")
            .arg(fileName)
            .arg(line)
            .arg(key);
    }
    return ImportJobText::tr("%1, line %2: the kind \"%3\" is not a term of this file's "
                             "organisation kinds; the kind is left empty. Add the term and "
                             "import again to keep it.")
        .arg(fileName)
        .arg(line)
        .arg(key);
}

/// Drops e-mail addresses and websites that the store would reject, with a warning.
void dropInvalidValues(ImportRecord &record, const QString &fileName, QStringList &warnings)
{
    const auto warn = [&](const QString &value) {
        warnings.append(
            ImportJobText::tr("%1, line %2: \"%3\" is not a valid e-mail address or web address; "
                              "it is left out.")
                .arg(fileName)
                .arg(record.line)
                .arg(value));
    };
    const auto cleanEmails = [&](QList<ContactValue> &emails) {
        emails.removeIf([&](const ContactValue &email) {
            const bool invalid = !isValidEmail(email.value);
            if (invalid) {
                warn(email.value);
            }
            return invalid;
        });
    };
    const auto cleanWebsites = [&](QStringList &websites) {
        websites.removeIf([&](const QString &website) {
            const bool invalid = !isValidWebsite(website);
            if (invalid) {
                warn(website);
            }
            return invalid;
        });
    };
    if (record.target == RecordTarget::Organisation) {
        cleanEmails(record.organisation.emails);
        cleanWebsites(record.organisation.websites);
    } else {
        cleanEmails(record.person.emails);
        cleanWebsites(record.person.websites);
        if (record.person.formattedName.isEmpty() && !record.person.phones.isEmpty()) {
            record.person.formattedName = record.person.phones.first().value;
        }
    }
}

/// Store records of type T whose compared name is `key`, found through the index.
// NOTE: every record that shares the name is loaded, once per imported record
// with that name, so a name shared by thousands of stored records is slow.
template <typename T>
Result<QList<T>> candidates(const Store &store, const StoreNameIndex &index, const QString &key)
{
    QList<T> found;
    const QStringList ids
        = std::is_same_v<T, Organisation> ? index.organisations(key) : index.people(key);
    for (const QString &id : ids) {
        Result<T> record = [&] {
            if constexpr (std::is_same_v<T, Organisation>) {
                return store.organisation(id);
            } else {
                return store.person(id);
            }
        }();
        if (!record) {
            return record.error();
        }
        found.append(std::move(record).value());
    }
    return found;
}

template <typename T> QString nameOf(const T &record)
{
    if constexpr (std::is_same_v<T, Organisation>) {
        return record.name;
    } else {
        return record.formattedName;
    }
}

/// Looks for a store record that the imported one duplicates. Sets `present`
/// when merging would change nothing, which means the record is already there.
template <typename T>
Result<std::optional<DuplicateMatch>> matchInStore(const Store &store,
                                                   const StoreNameIndex &index,
                                                   const T &incoming,
                                                   const MatchKeys &keys,
                                                   bool &present)
{
    auto found = candidates<T>(store, index, keys.name);
    if (!found) {
        return found.error();
    }
    std::optional<DuplicateMatch> match;
    for (const T &candidate : *found) {
        const auto reason = DuplicateFinder::matchReason(keys, DuplicateFinder::keys(candidate));
        if (!reason) {
            continue;
        }
        T merged = candidate;
        if (!mergeInto(merged, incoming)) {
            present = true;
            return std::optional<DuplicateMatch>{};
        }
        if (!match) {
            match = DuplicateMatch{-1, 0, candidate.meta.id, -1, nameOf(candidate), *reason};
        }
    }
    return match;
}

/// Looks up the id that a record brought from its file (a vCard UID). Sets
/// record.existingId when a live stored record of the same kind has that id,
/// and `present` when replacing that record's vCard fields would change
/// nothing. Clears an id that an earlier record of the file, a record of
/// another kind or a deleted record has, so that the record gets a new id.
/// An id that no stored record has is kept, and the insert uses it.
Result<void>
resolveId(const Store &store, ImportRecord &record, QSet<QString> &idsInFile, bool &present)
{
    const QString id = record.id();
    if (id.isEmpty()) {
        return {};
    }
    if (idsInFile.contains(id)) {
        record.clearId();
        return {};
    }
    idsInFile.insert(id);
    const auto described = store.describe(id);
    if (!described) {
        return {}; // no record has the id; a failed query fails the insert again later
    }
    const bool isOrganisation = record.target == RecordTarget::Organisation;
    if (described->first != (isOrganisation ? RecordKind::Organisation : RecordKind::Person)) {
        record.clearId();
        return {};
    }
    bool deleted = false;
    if (isOrganisation) {
        auto stored = store.organisation(id);
        if (!stored) {
            return stored.error();
        }
        deleted = stored->meta.deleted;
        present = !replaceVCardFields(stored.value(), record.organisation);
    } else {
        auto stored = store.person(id);
        if (!stored) {
            return stored.error();
        }
        deleted = stored->meta.deleted;
        present = !replaceVCardFields(stored.value(), record.person);
    }
    if (deleted) {
        present = false;
        record.clearId();
        return {};
    }
    record.existingId = id;
    return {};
}

} // namespace

ImportJob::ImportJob(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{}

ImportJob::~ImportJob()
{
    m_cancelled = true;
    for (QFutureWatcherBase *watcher :
         std::initializer_list<QFutureWatcherBase *>{m_analyseWatcher, m_commitWatcher}) {
        if (watcher) {
            watcher->waitForFinished();
        }
    }
}

Error ImportJob::cancelledError(const QString &filePath) const
{
    return Error{ImportJobText::tr("The import was cancelled; nothing was written."), filePath};
}

Result<ImportPreview> ImportJob::readRecords(const QString &filePath) const
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcImport) << "Cannot open" << filePath << file.errorString();
        return Error{ImportJobText::tr(
                         "The file cannot be opened: %1. Check that it exists and that you may "
                         "read it.")
                         .arg(file.errorString()),
                     filePath};
    }
    if (file.size() > MaxFileSize) {
        return Error{
            ImportJobText::tr("The file is larger than %1 MB. Split it into smaller files.")
                .arg(MaxFileSize / (qint64(1024) * 1024)),
            filePath};
    }
    const QByteArray bytes = file.readAll();
    const QString fileName = QFileInfo(filePath).fileName();
    ImportPreview preview;
    preview.filePath = filePath;
    if (isVCard(filePath, bytes)) {
        preview.format = QStringLiteral("vcard");
        auto records = VCardParser().read(bytes, fileName);
        if (!records) {
            return records.error();
        }
        preview.records = std::move(records).value();
        return preview;
    }
    preview.format = QStringLiteral("csv");
    auto table = CsvReader().read(bytes, fileName);
    if (!table) {
        return table.error();
    }
    preview.warnings = table->warnings;
    preview.mapping
        = m_mapping ? m_mapping : ColumnMapping::detect(table->headers, table->delimiter);
    if (!preview.mapping) {
        return Error{ImportJobText::tr(
                         "The header row matches no known format (Google, Outlook, Thunderbird, "
                         "ESSGLOBAL, CoopAtlas) and has no name column (such as name, nom, "
                         "naam, first name or last name). Rename the name column or choose a "
                         "column mapping file."),
                     fileName};
    }
    auto mapped = RecordMapper::map(*table, *preview.mapping);
    if (!mapped) {
        return mapped.error();
    }
    preview.records = std::move(mapped->records);
    preview.skipped = std::move(mapped->skipped);
    preview.warnings += mapped->warnings;
    return preview;
}

Result<void> ImportJob::findDuplicates(Store &store, ImportPreview &preview)
{
    auto index = StoreNameIndex::load(store);
    if (!index) {
        return index.error();
    }
    // Records are only compared when their names match, so the full match keys,
    // which parse every web address, are computed only for records whose name
    // is in the store or earlier in the file.
    QHash<QString, QList<int>> earlierByName;
    QHash<int, MatchKeys> earlierKeys;
    QSet<QString> idsInFile;
    QList<ImportRecord> records = std::move(preview.records);
    preview.records.clear();
    preview.records.reserve(records.size());
    const qsizetype total = records.size();
    for (qsizetype i = 0; i < total; ++i) {
        if (m_cancelled) {
            return cancelledError(preview.filePath);
        }
        emit progress(i, total);
        ImportRecord &record = records[i];
        bool samePresent = false;
        if (auto resolved = resolveId(store, record, idsInFile, samePresent); !resolved) {
            return resolved.error();
        }
        if (samePresent) {
            preview.skipped.append({record.line,
                                    record.displayName(),
                                    ImportJobText::tr("already present in the database")});
            continue;
        }
        if (!record.existingId.isEmpty()) {
            // The same record by id: commit() replaces its vCard fields.
            preview.records.append(std::move(record));
            continue;
        }
        const bool isOrganisation = record.target == RecordTarget::Organisation;
        const QString name = DuplicateFinder::nameKey(record);
        const bool nameInStore = isOrganisation ? !index->organisations(name).isEmpty()
                                                : !index->people(name).isEmpty();
        const QList<int> sameName = earlierByName.value(name);
        std::optional<MatchKeys> keys;
        if (nameInStore || !sameName.isEmpty()) {
            keys = DuplicateFinder::keys(record);
        }
        std::optional<DuplicateMatch> match;
        if (nameInStore) {
            bool present = false;
            auto found = isOrganisation
                             ? matchInStore(store, *index, record.organisation, *keys, present)
                             : matchInStore(store, *index, record.person, *keys, present);
            if (!found) {
                return found.error();
            }
            if (present) {
                preview.skipped.append({record.line,
                                        record.displayName(),
                                        ImportJobText::tr("already present in the database")});
                continue;
            }
            match = *found;
        }
        const int recordIndex = int(preview.records.size());
        for (qsizetype k = 0; !match && k < sameName.size(); ++k) {
            const int earlier = sameName.at(k);
            const ImportRecord &other = preview.records.at(earlier);
            if (!record.id().isEmpty() && !other.id().isEmpty()) {
                continue; // distinct ids mark distinct records of the exporting file
            }
            auto known = earlierKeys.find(earlier);
            if (known == earlierKeys.end()) {
                known = earlierKeys.insert(earlier, DuplicateFinder::keys(other));
            }
            if (const auto reason = DuplicateFinder::matchReason(*keys, *known)) {
                match = DuplicateMatch{-1, 0, {}, earlier, other.displayName(), *reason};
            }
        }
        if (match) {
            match->recordIndex = recordIndex;
            match->line = record.line;
            preview.duplicates.append(*match);
        }
        if (!name.isEmpty()) {
            earlierByName[name].append(recordIndex);
        }
        if (keys) {
            earlierKeys.insert(recordIndex, *keys);
        }
        preview.records.append(std::move(record));
    }
    return {};
}

Result<void> ImportJob::checkKinds(const Store &store, ImportPreview &preview) const
{
    // A CSV kind names a term that the user chose, so an unknown one fails the
    // import. A vCard kind, stage or sector comes from the vocabulary of the
    // exporting file.
    if (preview.format != u"vcard") {
        return {};
    }
    QHash<QString, QSet<QString>> keys;
    for (const char *vocabulary :
         {Vocabulary::OrganisationKind, Vocabulary::Stage, Vocabulary::Sector}) {
        auto terms = store.terms(QLatin1String(vocabulary));
        if (!terms) {
            return terms.error();
        }
        QSet<QString> &known = keys[QLatin1String(vocabulary)];
        for (const TaxonomyTerm &term : std::as_const(*terms)) {
            known.insert(term.key);
        }
    }
    const QString fileName = QFileInfo(preview.filePath).fileName();
    for (ImportRecord &record : preview.records) {
        if (record.target != RecordTarget::Organisation) {
            continue;
        }
        Organisation &org = record.organisation;
        const auto unknown = [&](const char *vocabulary, const QString &key) {
            if (key.isEmpty() || keys.value(QLatin1String(vocabulary)).contains(key)) {
                return false;
            }
            preview.warnings.append(unknownTermWarning(fileName, record.line, vocabulary, key));
            return true;
        };
        if (unknown(Vocabulary::OrganisationKind, org.kind)) {
            org.kind.clear();
        }
        if (unknown(Vocabulary::Stage, org.stage)) {
            org.stage.clear();
        }
        org.sectors.removeIf(
            [&](const QString &sector) { return unknown(Vocabulary::Sector, sector); });
    }
    return {};
}

Result<ImportPreview> ImportJob::analyse(const QString &filePath)
{
    m_cancelled = false;
    return runAnalyse(filePath);
}

Result<ImportPreview> ImportJob::runAnalyse(const QString &filePath)
{
    qCInfo(lcImport) << "Analysing" << filePath;
    auto preview = readRecords(filePath);
    if (!preview) {
        qCWarning(lcImport) << "Import refused:" << preview.error().text();
        return preview;
    }
    const QString fileName = QFileInfo(filePath).fileName();
    ImportPreview &read = preview.value();
    for (ImportRecord &record : read.records) {
        dropInvalidValues(record, fileName, read.warnings);
    }
    // The store rejects records without a name, so they are skipped here.
    read.records.removeIf([&read](const ImportRecord &record) {
        if (!record.displayName().trimmed().isEmpty()) {
            return false;
        }
        read.skipped.append(
            {record.line, {}, ImportJobText::tr("no name, e-mail address or phone number")});
        return true;
    });
    auto db = Database::open(m_databasePath);
    if (!db) {
        qCWarning(lcImport) << "Cannot open the database:" << db.error().text();
        return db.error();
    }
    Store store(std::move(db).value());
    if (auto resolved = resolveCsvTermValues(store, preview.value()); !resolved) {
        return resolved.error();
    }
    if (auto checked = checkKinds(store, preview.value()); !checked) {
        return checked.error();
    }
    if (auto found = findDuplicates(store, preview.value()); !found) {
        qCWarning(lcImport) << "Duplicate check failed:" << found.error().text();
        return found.error();
    }
    qCInfo(lcImport) << "Analysed" << filePath << ":" << preview->records.size() << "records,"
                     << preview->duplicates.size() << "likely duplicates,"
                     << preview->skipped.size() << "skipped";
    m_preview = *preview;
    return preview;
}

} // namespace CoopAtlas::Core
