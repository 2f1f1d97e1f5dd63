// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringList>

namespace CoopAtlas::Core {

/// Outcome of a three-way merge of two versions of one sync document.
struct MergeResult
{
    /// Merged document. On a conflicting field it has the local value.
    QJsonObject merged;
    /// Names of the conflicting fields, sorted; "extra.<key>" for a custom field.
    QStringList conflicts;

    [[nodiscard]] bool isClean() const { return conflicts.isEmpty(); }
};

/// Merges `local` and `remote`, two versions of the document `base`, field by
/// top-level field. `base` is the last synced version, or empty for a record
/// that was never synced. A field changed on one side only takes that side.
/// A field changed on both sides to the same value takes that value, and to
/// different values is a conflict. Lists and objects compare as whole values,
/// except `extra`, which is merged key by key, and the fields whose name ends in
/// `_ids`, which hold record ids as a set. When both sides have an array there,
/// the result is the base without the ids that either side removed, followed by
/// the ids added locally and then those added remotely, and never a conflict.
/// A resource's file fields (`file_name`, `file_mime_type`, `file_size`,
/// `file_sha256`) merge as one value: both sides changing the file differently
/// is a conflict on all four.
/// `deleted` set on one side while
/// the other side changed any field is a conflict on "deleted".
///
/// Bookkeeping fields never conflict: `_id`, `_rev` (remote, else local),
/// `updated_at` with `updated_by` (from the side with the later time) and
/// `created_at` with `created_by` (from the side with the earlier time). Other
/// fields starting with `_` (`_conflicts`, `_deleted`, ...) are left out.
[[nodiscard]] MergeResult
mergeDocuments(const QJsonObject &base, const QJsonObject &local, const QJsonObject &remote);

/// Fields of a resource's file (`file_mime_type`, `file_name`, `file_sha256`,
/// `file_size`), sorted. They merge as one value.
[[nodiscard]] const QStringList &resourceFileFields();

/// The side whose values a resolution keeps on the conflicting fields.
enum class ConflictSide { Local, Remote };

/// Resolves a conflict between `local` and `remote` (versions of `base`): the
/// merged document of mergeDocuments(), with every conflicting field, an
/// "extra.<key>" and "deleted" included, set to the value of `side`. Fields
/// changed on one side only keep that change, whichever side is kept.
[[nodiscard]] QJsonObject resolveConflictingFields(const QJsonObject &base,
                                                   const QJsonObject &local,
                                                   const QJsonObject &remote,
                                                   ConflictSide side);

} // namespace CoopAtlas::Core
