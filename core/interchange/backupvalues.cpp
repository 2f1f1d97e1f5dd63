// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonbackup_p.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>

namespace CoopAtlas::Core {

namespace {

class JsonBackupText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::JsonBackup)
};

/// Columns that store a boolean as 0 or 1.
bool isBooleanColumn(const QString &column)
{
    static const QStringList names{
        QStringLiteral("deleted"), QStringLiteral("dirty"), QStringLiteral("all_day")};
    return names.contains(column);
}

/// Columns that store a date or a date and time as ISO 8601 text.
bool isDateColumn(const QString &column)
{
    return column.endsWith(QLatin1String("_at")) || column.endsWith(QLatin1String("_date"))
           || column.endsWith(QLatin1String("_on")) || column == u"founded";
}

bool isIsoDate(const QString &text)
{
    static const QRegularExpression yearOrMonth(QStringLiteral("^\\d{4}(-\\d{2})?$"));
    // QDate::fromString() ignores text after the tenth character, so the length is checked.
    return (text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid())
           || QDateTime::fromString(text, Qt::ISODateWithMs).isValid()
           || (yearOrMonth.match(text).hasMatch()
               && QDate::fromString(text.size() == 4 ? text + QStringLiteral("-01-01")
                                                     : text + QStringLiteral("-01"),
                                    Qt::ISODate)
                      .isValid());
}

} // namespace

std::optional<QVariant> BackupFormat::decodeValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QVariant();
    case QJsonValue::Bool:
        return QVariant(qlonglong(value.toBool() ? 1 : 0));
    case QJsonValue::Double: {
        const QVariant number = value.toVariant();
        if (number.typeId() == QMetaType::LongLong) {
            return number;
        }
        return QVariant(value.toDouble());
    }
    case QJsonValue::String:
        return QVariant(value.toString());
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.size() == 1 && object.value(QStringLiteral("base64")).isString()) {
            return QVariant(QByteArray::fromBase64(
                object.value(QStringLiteral("base64")).toString().toLatin1()));
        }
        if (object.size() == 1 && object.value(QStringLiteral("real")).isDouble()) {
            return QVariant(object.value(QStringLiteral("real")).toDouble());
        }
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

QString
BackupFormat::valueProblem(const QString &column, const QString &type, const QVariant &value)
{
    if (value.isNull()) {
        return {}; // NOT NULL constraints are checked by SQLite on insert
    }
    const bool integer = value.typeId() == QMetaType::LongLong;
    if (isBooleanColumn(column)
        && (!integer || (value.toLongLong() != 0 && value.toLongLong() != 1))) {
        return JsonBackupText::tr("column \"%1\" takes 0 or 1, not %2")
            .arg(column, value.toString());
    }
    if (type.contains(QLatin1String("INT")) && !integer) {
        return JsonBackupText::tr("column \"%1\" takes an integer, not \"%2\"")
            .arg(column, value.toString());
    }
    if ((type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("FLOA"))
         || type.contains(QLatin1String("DOUB")))
        && !integer && value.typeId() != QMetaType::Double) {
        return JsonBackupText::tr("column \"%1\" takes a number, not \"%2\"")
            .arg(column, value.toString());
    }
    if (isDateColumn(column) && type.contains(QLatin1String("TEXT"))
        && (value.typeId() != QMetaType::QString || !isIsoDate(value.toString()))) {
        return JsonBackupText::tr("column \"%1\" takes a date written as YYYY-MM-DD or an ISO "
                                  "8601 date and time, not \"%2\"")
            .arg(column, value.toString());
    }
    return {};
}

const QHash<QString, QStringList> &BackupFormat::recordReferences()
{
    static const QHash<QString, QStringList> references{
        {QStringLiteral("links"), {QStringLiteral("from_id"), QStringLiteral("to_id")}},
        {QStringLiteral("notes"), {QStringLiteral("record_id")}}};
    return references;
}

} // namespace CoopAtlas::Core
