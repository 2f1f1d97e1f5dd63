// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/activities.h>
#include <core/domain/records.h>
#include <core/result.h>

#include <QJsonObject>
#include <QString>

#include <optional>
#include <variant>

namespace CoopAtlas::Core {

/// Any record kind that travels as one sync document. The order of the
/// alternatives is the order of RecordKind.
using SyncRecord = std::variant<Organisation,
                                Person,
                                Link,
                                Note,
                                TaxonomyTerm,
                                Workshop,
                                Participation,
                                Followup,
                                Residency,
                                Stay,
                                Visit,
                                BudgetLine,
                                Resource,
                                Barrier>;

RecordKind kindOf(const SyncRecord &record);
const RecordMeta &metaOf(const SyncRecord &record);
RecordMeta &metaOf(SyncRecord &record);

/// Conversion between records and their CouchDB documents.
///
/// A document has `_id` = "<kind>:<uuid>" (kind as recordKindName()), `_rev` when
/// the record has a server revision, `type` (the kind), `schema` (1), the meta
/// fields `created_at`, `updated_at`, `created_by`, `updated_by` and `deleted`,
/// and every field of the record in snake_case. Text fields are always strings
/// (empty when unset); invalid dates, timestamps, a missing member count and an
/// empty photo are null. Lists are arrays, contact values and addresses arrays of
/// objects, `extra` an object. A link's type is `link_type`, because `type` names
/// the record kind. Encoding then decoding gives the same record, and decoding
/// then encoding a document written by encode() gives the same document.
class DocumentCodec
{
public:
    static constexpr int SchemaVersion = 1;

    [[nodiscard]] static QString documentId(RecordKind kind, const QString &recordId);
    /// Kind and record id of a document id, or nothing for ids of other documents
    /// (design documents, unknown kinds, malformed ids).
    [[nodiscard]] static std::optional<std::pair<RecordKind, QString>>
    parseDocumentId(const QString &documentId);

    [[nodiscard]] static QJsonObject encode(const SyncRecord &record);
    /// Decodes a document. Fails, naming the document and the field, on a wrong
    /// `type`, a schema other than SchemaVersion or a field of the wrong JSON type.
    [[nodiscard]] static Result<SyncRecord> decode(const QJsonObject &document);

    /// Checks that the local file can store a decoded server document. Its id
    /// must have the form "<kind>:<lowercase UUID>". It must have the fields
    /// that every record of its kind needs (a person's formatted_name, an
    /// organisation's name, a link's ends and type, ...). No text in it may
    /// contain a NUL character, which the file cannot keep. Fails naming the field.
    [[nodiscard]] static Result<void> checkStorable(const QJsonObject &document);

    /// Fields that describe a revision rather than the record's content: they
    /// never conflict and are left out of content comparisons.
    [[nodiscard]] static bool isBookkeepingField(const QString &field);
    /// The document without its bookkeeping fields.
    [[nodiscard]] static QJsonObject content(const QJsonObject &document);
    /// True when both documents have the same content.
    [[nodiscard]] static bool sameContent(const QJsonObject &a, const QJsonObject &b);
};

} // namespace CoopAtlas::Core
