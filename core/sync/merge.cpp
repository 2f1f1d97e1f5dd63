// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "merge.h"

#include <core/sync/documentcodec.h>

#include <QJsonArray>
#include <QSet>

namespace CoopAtlas::Core {

namespace {

const QString DeletedField = QStringLiteral("deleted");
const QString ExtraField = QStringLiteral("extra");
/// Fields of a resource's attached file. They merge as one value, so that a
/// merge never pairs one side's file name with the other side's bytes.
const QStringList FileFields = {QStringLiteral("file_mime_type"),
                                QStringLiteral("file_name"),
                                QStringLiteral("file_sha256"),
                                QStringLiteral("file_size")};

struct FieldMerge
{
    QJsonValue value;
    bool conflict = false;
};

/// Three-way merge of one value. An undefined value is a field that the
/// document does not have.
FieldMerge mergeValue(const QJsonValue &base, const QJsonValue &local, const QJsonValue &remote)
{
    if (local == remote) {
        return {local};
    }
    if (local == base) {
        return {remote};
    }
    if (remote == base) {
        return {local};
    }
    return {local, true};
}

/// True for a field that lists record ids with the meaning of a set, such as a
/// workshop's `organiser_ids`.
bool isIdSetField(const QString &field)
{
    return field.endsWith(QLatin1String("_ids"));
}

/// Three-way merge of a set of ids: the base, without the ids that either side
/// removed, then the ids that the local side added, then those that the remote
/// side added, each once. Never a conflict.
QJsonArray mergeIdSet(const QJsonArray &base, const QJsonArray &local, const QJsonArray &remote)
{
    QJsonArray merged;
    const auto append = [&merged](const QJsonValue &id) {
        if (!merged.contains(id)) {
            merged.append(id);
        }
    };
    for (const QJsonValue &id : base) {
        if (local.contains(id) && remote.contains(id)) {
            append(id);
        }
    }
    for (const QJsonArray *side : {&local, &remote}) {
        for (const QJsonValue &id : *side) {
            if (!base.contains(id)) {
                append(id);
            }
        }
    }
    return merged;
}

/// Merges one top-level field: sets of ids as sets when both sides have an
/// array, every other field as one value.
FieldMerge mergeField(const QString &field,
                      const QJsonValue &base,
                      const QJsonValue &local,
                      const QJsonValue &remote)
{
    if (isIdSetField(field) && local.isArray() && remote.isArray()
        && (base.isArray() || base.isUndefined() || base.isNull())) {
        return {mergeIdSet(base.toArray(), local.toArray(), remote.toArray())};
    }
    return mergeValue(base, local, remote);
}

QStringList unionOfKeys(const QJsonObject &a, const QJsonObject &b, const QJsonObject &c)
{
    QSet<QString> keys;
    for (const QJsonObject *object : {&a, &b, &c}) {
        for (auto it = object->begin(); it != object->end(); ++it) {
            keys.insert(it.key());
        }
    }
    QStringList sorted(keys.begin(), keys.end());
    sorted.sort();
    return sorted;
}

void mergeExtra(const QJsonObject &base,
                const QJsonObject &local,
                const QJsonObject &remote,
                MergeResult &result)
{
    const QJsonObject baseExtra = base.value(ExtraField).toObject();
    const QJsonObject localExtra = local.value(ExtraField).toObject();
    const QJsonObject remoteExtra = remote.value(ExtraField).toObject();
    QJsonObject merged;
    for (const QString &key : unionOfKeys(baseExtra, localExtra, remoteExtra)) {
        const FieldMerge field
            = mergeValue(baseExtra.value(key), localExtra.value(key), remoteExtra.value(key));
        if (field.conflict) {
            result.conflicts.append(ExtraField + QLatin1Char('.') + key);
        }
        if (!field.value.isUndefined()) {
            merged.insert(key, field.value);
        }
    }
    if (local.contains(ExtraField) || remote.contains(ExtraField)) {
        result.merged.insert(ExtraField, merged);
    }
}

QJsonObject fileFieldsOf(const QJsonObject &document)
{
    QJsonObject file;
    for (const QString &field : FileFields) {
        if (document.contains(field)) {
            file.insert(field, document.value(field));
        }
    }
    return file;
}

/// Merges the file fields as one value. A conflict lists all four fields, so
/// that resolving it takes the whole file from one side.
void mergeFile(const QJsonObject &base,
               const QJsonObject &local,
               const QJsonObject &remote,
               MergeResult &result)
{
    const QJsonObject localFile = fileFieldsOf(local);
    const QJsonObject remoteFile = fileFieldsOf(remote);
    if (localFile.isEmpty() && remoteFile.isEmpty()) {
        return;
    }
    const FieldMerge file = mergeValue(fileFieldsOf(base), localFile, remoteFile);
    if (file.conflict) {
        result.conflicts.append(FileFields);
    }
    const QJsonObject merged = file.value.toObject();
    for (auto it = merged.begin(); it != merged.end(); ++it) {
        result.merged.insert(it.key(), it.value());
    }
}

/// True when `side` has a content field other than `deleted` that differs from `base`.
bool editedContent(const QJsonObject &base, const QJsonObject &side)
{
    const QJsonObject baseContent = DocumentCodec::content(base);
    const QJsonObject sideContent = DocumentCodec::content(side);
    for (const QString &key : unionOfKeys(baseContent, sideContent, {})) {
        if (key != DeletedField && baseContent.value(key) != sideContent.value(key)) {
            return true;
        }
    }
    return false;
}

/// A deletion on one side that meets an edit on the other is a conflict, even
/// when the edited fields merged cleanly.
void checkDeletion(const QJsonObject &base,
                   const QJsonObject &local,
                   const QJsonObject &remote,
                   MergeResult &result)
{
    const bool localDeleted = local.value(DeletedField).toBool();
    const bool remoteDeleted = remote.value(DeletedField).toBool();
    if (localDeleted == remoteDeleted || result.conflicts.contains(DeletedField)) {
        return;
    }
    const QJsonObject &keeper = localDeleted ? remote : local;
    if (editedContent(base, keeper)) {
        result.conflicts.append(DeletedField);
        result.merged.insert(DeletedField, localDeleted);
    }
}

/// Copies `updated_*` from the side changed last and `created_*` from the side
/// created first. ISO 8601 UTC texts of one format sort by time.
void mergeBookkeeping(const QJsonObject &local, const QJsonObject &remote, MergeResult &result)
{
    const QJsonValue id = local.contains(QLatin1String("_id")) ? local.value(QLatin1String("_id"))
                                                               : remote.value(QLatin1String("_id"));
    if (!id.isUndefined()) {
        result.merged.insert(QStringLiteral("_id"), id);
    }
    const QJsonValue rev = remote.contains(QLatin1String("_rev"))
                               ? remote.value(QLatin1String("_rev"))
                               : local.value(QLatin1String("_rev"));
    if (!rev.isUndefined()) {
        result.merged.insert(QStringLiteral("_rev"), rev);
    }
    const auto time = [](const QJsonObject &document, const char *field) {
        return document.value(QLatin1String(field)).toString();
    };
    const QJsonObject &updated
        = time(remote, "updated_at") > time(local, "updated_at") ? remote : local;
    const QJsonObject &created
        = !time(remote, "created_at").isEmpty()
                  && (time(local, "created_at").isEmpty()
                      || time(remote, "created_at") < time(local, "created_at"))
              ? remote
              : local;
    for (const char *field : {"updated_at", "updated_by"}) {
        if (updated.contains(QLatin1String(field))) {
            result.merged.insert(QLatin1String(field), updated.value(QLatin1String(field)));
        }
    }
    for (const char *field : {"created_at", "created_by"}) {
        if (created.contains(QLatin1String(field))) {
            result.merged.insert(QLatin1String(field), created.value(QLatin1String(field)));
        }
    }
}

} // namespace

MergeResult
mergeDocuments(const QJsonObject &base, const QJsonObject &local, const QJsonObject &remote)
{
    MergeResult result;
    for (const QString &key : unionOfKeys(base, local, remote)) {
        if (DocumentCodec::isBookkeepingField(key) || key == ExtraField
            || FileFields.contains(key)) {
            continue;
        }
        const FieldMerge field
            = mergeField(key, base.value(key), local.value(key), remote.value(key));
        if (field.conflict) {
            result.conflicts.append(key);
        }
        if (!field.value.isUndefined()) {
            result.merged.insert(key, field.value);
        }
    }
    mergeExtra(base, local, remote, result);
    mergeFile(base, local, remote, result);
    checkDeletion(base, local, remote, result);
    mergeBookkeeping(local, remote, result);
    result.conflicts.sort();
    return result;
}

const QStringList &resourceFileFields()
{
    return FileFields;
}

QJsonObject resolveConflictingFields(const QJsonObject &base,
                                     const QJsonObject &local,
                                     const QJsonObject &remote,
                                     ConflictSide side)
{
    const MergeResult merge = mergeDocuments(base, local, remote);
    QJsonObject resolved = merge.merged;
    const QJsonObject &chosen = side == ConflictSide::Local ? local : remote;
    const QString extraPrefix = ExtraField + QLatin1Char('.');
    QJsonObject extra = resolved.value(ExtraField).toObject();
    for (const QString &field : merge.conflicts) {
        if (field.startsWith(extraPrefix)) {
            const QString key = field.mid(extraPrefix.size());
            const QJsonValue value = chosen.value(ExtraField).toObject().value(key);
            if (value.isUndefined()) {
                extra.remove(key);
            } else {
                extra.insert(key, value);
            }
            resolved.insert(ExtraField, extra);
        } else if (field == DeletedField) {
            resolved.insert(DeletedField, chosen.value(DeletedField).toBool());
        } else if (chosen.contains(field)) {
            resolved.insert(field, chosen.value(field));
        } else {
            resolved.remove(field);
        }
    }
    return resolved;
}

} // namespace CoopAtlas::Core
