// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/storage/recordrows.h>
#include <core/sync/documentcodec.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace CoopAtlas::Core {

class SyncStoreMessages
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::SyncStore)
};

} // namespace CoopAtlas::Core

namespace CoopAtlas::Core {

/// Table of each record kind (store.cpp).
QString tableFor(RecordKind kind);
/// Row of a decoded activity record, or nothing for the other kinds (syncstoreactivities.cpp).
/// Sets `normalised` when the row had to differ from the record to follow a
/// store rule, so that the caller marks the row for push.
std::optional<RecordRows::Row> activitySyncRow(const SyncRecord &record, bool &normalised);
/// Reads a row of an activity table as a record of `kind`.
SyncRecord readActivityRecord(RecordKind kind, const QSqlRecord &row);

} // namespace CoopAtlas::Core

// JSON text helpers shared by the files of SyncStore.
namespace CoopAtlas::Core::SyncStoreText {

inline QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

inline QString jsonText(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

inline QJsonObject objectFromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

inline QStringList listFromText(const QString &text)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const auto &value : array) {
        list.append(value.toString());
    }
    return list;
}

/// Table of the records of `kind`.
inline QString tableOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Organisation:
        return QStringLiteral("organisations");
    case RecordKind::Person:
        return QStringLiteral("persons");
    case RecordKind::Link:
        return QStringLiteral("links");
    case RecordKind::Note:
        return QStringLiteral("notes");
    case RecordKind::Taxonomy:
        break;
    case RecordKind::Workshop:
    case RecordKind::Participation:
    case RecordKind::Followup:
    case RecordKind::Residency:
    case RecordKind::Stay:
    case RecordKind::Visit:
    case RecordKind::BudgetLine:
    case RecordKind::Resource:
    case RecordKind::Barrier:
        return tableFor(kind);
    }
    return QStringLiteral("taxonomy");
}

inline QString timestampOrNow(const QDateTime &time)
{
    return RecordRows::timestampText(time.isValid() ? time : QDateTime::currentDateTimeUtc());
}

} // namespace CoopAtlas::Core::SyncStoreText

namespace CoopAtlas::Core {

/// The columns and values that store one decoded record in its table, with the
/// record id as the last value.
struct SyncDocumentRow
{
    RecordKind kind = RecordKind::Organisation;
    QString id;
    QStringList names;
    QVariantList values;
    QString displayName; ///< name that links show, null for kinds that links do not name
};

} // namespace CoopAtlas::Core
