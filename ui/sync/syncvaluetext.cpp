// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncvaluetext.h"

#include <core/domain/activities.h>

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

namespace CoopAtlas::Ui::SyncValueText {

namespace {

const QLatin1String ExtraPrefix("extra.");

class ValueText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Ui::SyncConflictsDialog)
};

/// One address on one line: street, postcode and locality, country.
QString addressText(const QJsonObject &address)
{
    const auto text = [&address](const char *key) {
        return address.value(QLatin1String(key)).toString().trimmed();
    };
    QStringList parts;
    for (const QString &part : {text("street"), text("extended"), text("poBox")}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    const QString place
        = QStringList{text("postcode"), text("locality")}.join(QLatin1Char(' ')).trimmed();
    for (const QString &part : {place, text("region"), text("country")}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QStringLiteral(", "));
}

/// A contact value ("value (work, cell)") or any other object as "key: value" pairs.
QString objectText(const QJsonObject &object)
{
    if (object.contains(QLatin1String("street")) || object.contains(QLatin1String("locality")))
        return addressText(object);
    if (object.contains(QLatin1String("value"))) {
        QString text = object.value(QLatin1String("value")).toString();
        QStringList notes;
        for (const QJsonValue &type : object.value(QLatin1String("types")).toArray())
            notes.append(type.toString());
        const QString label = object.value(QLatin1String("label")).toString();
        if (!label.isEmpty())
            notes.append(label);
        if (!notes.isEmpty())
            text += QStringLiteral(" (%1)").arg(notes.join(QStringLiteral(", ")));
        return text;
    }
    QStringList pairs;
    for (auto it = object.begin(); it != object.end(); ++it)
        pairs.append(QStringLiteral("%1: %2").arg(it.key(), displayText(it.value())));
    return pairs.join(QStringLiteral("; "));
}

} // namespace

QJsonValue fieldValue(const QJsonObject &document, const QString &field)
{
    if (field.startsWith(ExtraPrefix))
        return document.value(QLatin1String("extra"))
            .toObject()
            .value(field.mid(ExtraPrefix.size()));
    return document.value(field);
}

void setFieldValue(QJsonObject &document, const QString &field, const QJsonValue &value)
{
    if (field.startsWith(ExtraPrefix)) {
        QJsonObject extra = document.value(QLatin1String("extra")).toObject();
        const QString key = field.mid(ExtraPrefix.size());
        if (value.isUndefined())
            extra.remove(key);
        else
            extra.insert(key, value);
        document.insert(QLatin1String("extra"), extra);
        return;
    }
    if (value.isUndefined())
        document.remove(field);
    else
        document.insert(field, value);
}

QString fieldLabel(const QString &field)
{
    if (field.startsWith(ExtraPrefix))
        return ValueText::tr("Custom field “%1”").arg(field.mid(ExtraPrefix.size()));
    static const QHash<QString, const char *> labels{
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("CoopAtlas::Ui::SyncConflictsDialog", "Name")},
        {QStringLiteral("formatted_name"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::SyncConflictsDialog", "Name")},
        {QStringLiteral("description"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::SyncConflictsDialog", "Description")},
        {QStringLiteral("emails"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::SyncConflictsDialog", "Emails")},
        {QStringLiteral("phones"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::SyncConflictsDialog", "Phones")},
        {QStringLiteral("websites"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::SyncConflictsDialog", "Websites")},
        {QStringLiteral("addresses"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::SyncConflictsDialog", "Addresses")},
        {QStringLiteral("tags"), QT_TRANSLATE_NOOP("CoopAtlas::Ui::SyncConflictsDialog", "Tags")},
        {QStringLiteral("sectors"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::SyncConflictsDialog", "Sectors")},
        {QStringLiteral("stage"), QT_TRANSLATE_NOOP("CoopAtlas::Ui::SyncConflictsDialog", "Stage")},
        {QStringLiteral("member_count"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::SyncConflictsDialog", "Members")},
        {QStringLiteral("legal_form"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::SyncConflictsDialog", "Legal form")},
        {QStringLiteral("founded"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::SyncConflictsDialog", "Founded")},
        {QStringLiteral("deleted"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::SyncConflictsDialog", "Deleted")},
    };
    if (const char *label = labels.value(field, nullptr))
        return ValueText::tr(label);
    // Other fields: "organisation_name" reads "Organisation name".
    QString text = field;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString kindLabel(Core::RecordKind kind)
{
    switch (kind) {
    case Core::RecordKind::Person:
        return ValueText::tr("Person");
    case Core::RecordKind::Link:
        return ValueText::tr("Link");
    case Core::RecordKind::Note:
        return ValueText::tr("Note");
    case Core::RecordKind::Taxonomy:
        return ValueText::tr("Taxonomy term");
    case Core::RecordKind::Workshop:
    case Core::RecordKind::Participation:
    case Core::RecordKind::Followup:
    case Core::RecordKind::Residency:
    case Core::RecordKind::Stay:
    case Core::RecordKind::Visit:
    case Core::RecordKind::BudgetLine:
    case Core::RecordKind::Resource:
    case Core::RecordKind::Barrier:
        return Core::activityKindLabel(kind);
    case Core::RecordKind::Organisation:
        break;
    }
    return ValueText::tr("Organisation");
}

QString displayText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return ValueText::tr("(empty)");
    case QJsonValue::Bool:
        return value.toBool() ? ValueText::tr("Yes") : ValueText::tr("No");
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return value.toString().isEmpty() ? ValueText::tr("(empty)") : value.toString();
    case QJsonValue::Object:
        return objectText(value.toObject());
    case QJsonValue::Array:
        break;
    }
    const QJsonArray array = value.toArray();
    if (array.isEmpty())
        return ValueText::tr("(empty)");
    QStringList items;
    bool objects = false;
    for (const QJsonValue &item : array) {
        objects = objects || item.isObject();
        items.append(item.isObject() ? objectText(item.toObject()) : displayText(item));
    }
    return items.join(objects ? QStringLiteral("\n") : QStringLiteral(", "));
}

bool isEditableAsText(const QJsonValue &value)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString())
                return false;
        }
        return true;
    }
    return value.isString() || value.isDouble() || value.isNull() || value.isUndefined();
}

QString editText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(item.toString());
        return items.join(QStringLiteral(", "));
    }
    return {};
}

Core::Result<QJsonValue> parseEdited(const QString &text, const QJsonValue &like)
{
    const QString trimmed = text.trimmed();
    if (like.isArray()) {
        // NOTE: an item that itself contains a comma is split into two items.
        QJsonArray items;
        for (const QString &item : trimmed.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!item.trimmed().isEmpty())
                items.append(item.trimmed());
        }
        return QJsonValue(items);
    }
    if (like.isDouble()) {
        if (trimmed.isEmpty())
            return QJsonValue(QJsonValue::Null);
        bool ok = false;
        const double number = trimmed.toDouble(&ok);
        if (!ok) {
            return Core::Error{
                ValueText::tr("“%1” is not a number. Type digits only, such as 12.").arg(trimmed),
                {}};
        }
        return QJsonValue(number);
    }
    return QJsonValue(trimmed);
}

} // namespace CoopAtlas::Ui::SyncValueText
