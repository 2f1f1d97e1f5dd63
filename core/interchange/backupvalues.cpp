// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonbackup_p.h"

#include <core/domain/activities.h>
#include <core/domain/records.h>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
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

/// Columns that store a JSON array, or a JSON object for "extra".
bool isJsonColumn(const QString &column)
{
    static const QSet<QString> names{QStringLiteral("addresses"),
                                     QStringLiteral("affected_organisation_ids"),
                                     QStringLiteral("emails"),
                                     QStringLiteral("evidence_ids"),
                                     QStringLiteral("extra"),
                                     QStringLiteral("fields"),
                                     QStringLiteral("host_ids"),
                                     QStringLiteral("languages"),
                                     QStringLiteral("losing_revs"),
                                     QStringLiteral("organiser_ids"),
                                     QStringLiteral("phones"),
                                     QStringLiteral("related_ids"),
                                     QStringLiteral("sectors"),
                                     QStringLiteral("tags"),
                                     QStringLiteral("websites")};
    return names.contains(column);
}

/// The fixed keys (ActivityKeys) that a column contains, or an empty list.
QStringList fixedKeysOf(const QString &table, const QString &column)
{
    static const QHash<QString, QStringList (*)()> sets{
        {QStringLiteral("workshops.axis"), &ActivityKeys::axes},
        {QStringLiteral("workshops.status"), &ActivityKeys::workshopStatuses},
        {QStringLiteral("participations.role"), &ActivityKeys::participationRoles},
        {QStringLiteral("participations.registration"), &ActivityKeys::registrationStates},
        {QStringLiteral("participations.attendance"), &ActivityKeys::attendanceStates},
        {QStringLiteral("residencies.city"), &ActivityKeys::residencyCities},
        {QStringLiteral("residencies.status"), &ActivityKeys::residencyStatuses},
        {QStringLiteral("visits.kind"), &ActivityKeys::visitKinds},
        {QStringLiteral("budget_lines.category"), &ActivityKeys::budgetCategories},
        {QStringLiteral("resources.language"), &ActivityKeys::resourceLanguages},
        {QStringLiteral("barriers.kind"), &ActivityKeys::barrierKinds},
        {QStringLiteral("barriers.severity"), &ActivityKeys::barrierSeverities},
        {QStringLiteral("barriers.status"), &ActivityKeys::barrierStatuses}};
    const auto keys = sets.value(table + u'.' + column);
    return keys ? keys() : QStringList();
}

/// The vocabulary whose keys a column contains, or an empty text.
QString vocabularyOf(const QString &table, const QString &column)
{
    static const QHash<QString, const char *> vocabularies{
        {QStringLiteral("organisations.kind"), Vocabulary::OrganisationKind},
        {QStringLiteral("organisations.stage"), Vocabulary::Stage},
        {QStringLiteral("organisations.sectors"), Vocabulary::Sector},
        {QStringLiteral("organisations.cooperative_model"), Vocabulary::CooperativeModel},
        {QStringLiteral("links.type"), Vocabulary::LinkType},
        {QStringLiteral("notes.kind"), Vocabulary::NoteKind},
        {QStringLiteral("workshops.theme"), Vocabulary::WorkshopTheme},
        {QStringLiteral("resources.kind"), Vocabulary::ResourceKind},
        {QStringLiteral("barriers.domain"), Vocabulary::BarrierDomain}};
    const char *vocabulary = vocabularies.value(table + u'.' + column);
    return vocabulary ? QString::fromLatin1(vocabulary) : QString();
}

/// The start of a long value, for messages.
QString shortened(const QString &text)
{
    return text.size() <= 60 ? text : text.left(60) + QStringLiteral("...");
}

QString termProblem(const QString &column,
                    const QString &vocabulary,
                    const QJsonValue &key,
                    const BackupFormat::TermKeys &terms)
{
    const QString text = key.toString();
    if (key.isString() && (text.isEmpty() || terms.value(vocabulary).contains(text))) {
        return {};
    }
    return JsonBackupText::tr("column \"%1\" takes a key of the vocabulary \"%2\", and \"%3\" is "
                              "not one of the backup's taxonomy rows (use one of its keys or add "
                              "the term to the taxonomy table)")
        .arg(column, vocabulary, key.isString() ? shortened(text) : key.toVariant().toString());
}

} // namespace

QString BackupFormat::contentProblem(const QString &table,
                                     const QString &column,
                                     const QString &type,
                                     const QVariant &value,
                                     const BackupFormat::TermKeys &terms)
{
    if (value.isNull() || !type.contains(QLatin1String("TEXT"))) {
        return {};
    }
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Double) {
        return JsonBackupText::tr("column \"%1\" takes text, not the number %2 (write it as a "
                                  "JSON string in quotes)")
            .arg(column, value.toString());
    }
    if (value.typeId() != QMetaType::QString) {
        return {};
    }
    const QString text = value.toString();
    if (text.size() > MaxTextLength) {
        return JsonBackupText::tr("the value of column \"%1\" has %2 characters, more than the "
                                  "limit of %3 for one value (shorten it)")
            .arg(column)
            .arg(text.size())
            .arg(MaxTextLength);
    }
    if (const QStringList keys = fixedKeysOf(table, column);
        !keys.isEmpty() && !text.isEmpty() && !keys.contains(text)) {
        return JsonBackupText::tr("column \"%1\" takes one of the keys %2, not \"%3\" (write one "
                                  "of these keys)")
            .arg(column, keys.join(QStringLiteral(", ")), shortened(text));
    }
    const QString vocabulary = vocabularyOf(table, column);
    if (!isJsonColumn(column)) {
        return vocabulary.isEmpty() ? QString()
                                    : termProblem(column, vocabulary, QJsonValue(text), terms);
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    const bool object = column == u"extra";
    if (error.error != QJsonParseError::NoError
        || (object ? !document.isObject() : !document.isArray())) {
        return object ? JsonBackupText::tr("column \"%1\" takes a JSON object written as text, "
                                           "not \"%2\"")
                            .arg(column, shortened(text))
                      : JsonBackupText::tr("column \"%1\" takes a JSON array written as text, "
                                           "not \"%2\"")
                            .arg(column, shortened(text));
    }
    if (!vocabulary.isEmpty()) {
        for (const QJsonValue &key : document.array()) {
            if (QString problem = termProblem(column, vocabulary, key, terms); !problem.isEmpty()) {
                return problem;
            }
        }
    }
    return {};
}

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
