// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SyncStore: rows of the activity records pulled from the server.
#include <core/logging.h>
#include <core/storage/activitystore_p.h>
#include <core/storage/syncstore.h>
#include <core/storage/syncstore_p.h>
#include <core/sync/documentcodec.h>

#include <QCryptographicHash>

#include <algorithm>

namespace CoopAtlas::Core {

using namespace ActivityRows;

namespace {

/// Row of a pulled participation. Only a registered participation takes an
/// attendance, but earlier versions kept it when undo moved a participation to
/// the waiting list, so the server may have such documents. The row gets
/// "unknown" and `normalised` is set, so that the fix is pushed back. The
/// warning logs the discarded value, and the server keeps it in the previous
/// revision of the document.
RecordRows::Row pulledParticipationRow(const Participation &participation, bool &normalised)
{
    // Registrations unknown to this version are left as received, as validate() does.
    const bool attendanceOffList
        = participation.registration != QLatin1String("registered")
          && participation.attendance != QLatin1String("unknown")
          && ActivityKeys::registrationStates().contains(participation.registration);
    if (!attendanceOffList) {
        return participationRow(participation);
    }
    qCWarning(lcSync) << "Pulled participation" << participation.meta.id << "is"
                      << participation.registration << "with attendance" << participation.attendance
                      << "so its attendance is reset to unknown";
    Participation reset = participation;
    reset.attendance = QStringLiteral("unknown");
    normalised = true;
    return participationRow(reset);
}

} // namespace

std::optional<RecordRows::Row> activitySyncRow(const SyncRecord &record, bool &normalised)
{
    if (const auto *workshop = std::get_if<Workshop>(&record)) {
        return workshopRow(*workshop);
    }
    if (const auto *participation = std::get_if<Participation>(&record)) {
        return pulledParticipationRow(*participation, normalised);
    }
    if (const auto *followup = std::get_if<Followup>(&record)) {
        return followupRow(*followup);
    }
    if (const auto *residency = std::get_if<Residency>(&record)) {
        return residencyRow(*residency);
    }
    if (const auto *stay = std::get_if<Stay>(&record)) {
        return stayRow(*stay);
    }
    if (const auto *visit = std::get_if<Visit>(&record)) {
        return visitRow(*visit);
    }
    if (const auto *line = std::get_if<BudgetLine>(&record)) {
        return budgetLineRow(*line);
    }
    if (const auto *resource = std::get_if<Resource>(&record)) {
        // The store writes the file columns together with the file bytes, but a
        // pulled document brings the file's description from the other desktop.
        RecordRows::Row row = resourceRow(*resource);
        const ResourceFile &file = resource->file;
        row += {
            {QStringLiteral("file_name"), file.name},
            {QStringLiteral("file_mime_type"), file.mimeType},
            {QStringLiteral("file_size"), file.isEmpty() ? QVariant() : QVariant(file.size)},
            {QStringLiteral("file_sha256"), file.sha256},
        };
        return row;
    }
    if (const auto *barrier = std::get_if<Barrier>(&record)) {
        return barrierRow(*barrier);
    }
    return std::nullopt;
}

SyncRecord readActivityRecord(RecordKind kind, const QSqlRecord &row)
{
    switch (kind) {
    case RecordKind::Workshop:
        return readWorkshop(row);
    case RecordKind::Participation:
        return readParticipation(row);
    case RecordKind::Followup:
        return readFollowup(row);
    case RecordKind::Residency:
        return readResidency(row);
    case RecordKind::Stay:
        return readStay(row);
    case RecordKind::Visit:
        return readVisit(row);
    case RecordKind::BudgetLine:
        return readBudgetLine(row);
    case RecordKind::Resource:
        return readResource(row);
    case RecordKind::Barrier:
    case RecordKind::Organisation:
    case RecordKind::Person:
    case RecordKind::Link:
    case RecordKind::Note:
    case RecordKind::Taxonomy:
        break;
    }
    return readBarrier(row);
}

namespace {

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace

Result<QByteArray> SyncStore::resourceFileData(const QString &resourceId)
{
    auto found = rows(QStringLiteral("SELECT data FROM resource_files WHERE resource_id = ?"),
                      {resourceId});
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? QByteArray() : found->constFirst().value(0).toByteArray();
}

Result<QString> SyncStore::storedResourceFileSha256(const QString &resourceId)
{
    auto found = rows(QStringLiteral("SELECT data FROM resource_files WHERE resource_id = ?"),
                      {resourceId});
    if (!found) {
        return found.error();
    }
    // A stored empty file has the SHA-256 of no bytes. Only a missing row has none.
    return found->isEmpty() ? QString() : sha256Hex(found->constFirst().value(0).toByteArray());
}

Result<bool> SyncStore::settleResourceFile(const QString &resourceId, const FetchedFile &fetched)
{
    auto found
        = rows(QStringLiteral("SELECT file_sha256 FROM resources WHERE id = ?"), {resourceId});
    if (!found) {
        return found.error();
    }
    const QString expected = found->isEmpty() ? QString() : found->constFirst().value(0).toString();
    if (expected.isEmpty()) {
        auto removed = execute(QStringLiteral("DELETE FROM resource_files WHERE resource_id = ?"),
                               {resourceId});
        return removed ? Result<bool>(true) : Result<bool>(removed.error());
    }
    auto stored = storedResourceFileSha256(resourceId);
    if (!stored) {
        return stored.error();
    }
    if (*stored == expected) {
        return true;
    }
    if (!fetched) {
        return false;
    }
    auto data = fetched(expected);
    if (!data) {
        return data.error();
    }
    if (!data->has_value()) {
        return false;
    }
    auto written = execute(
        QStringLiteral("INSERT INTO resource_files (resource_id, data) "
                       "VALUES (?, coalesce(?, zeroblob(0))) ON CONFLICT (resource_id) DO "
                       "UPDATE SET data = excluded.data"),
        {resourceId, **data});
    return written ? Result<bool>(true) : Result<bool>(written.error());
}

} // namespace CoopAtlas::Core
