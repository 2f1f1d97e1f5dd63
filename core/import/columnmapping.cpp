// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnmapping.h"

#include <core/logging.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace CoopAtlas::Core {

namespace {

class ColumnMappingText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::ColumnMapping)
};

QJsonObject ruleToJson(const ColumnRule &rule)
{
    QJsonObject json{{QStringLiteral("column"), rule.column},
                     {QStringLiteral("field"), rule.field}};
    if (!rule.typeColumn.isEmpty()) {
        json.insert(QStringLiteral("typeColumn"), rule.typeColumn);
    }
    if (!rule.types.isEmpty()) {
        json.insert(QStringLiteral("types"), QJsonArray::fromStringList(rule.types));
    }
    if (rule.group != 0) {
        json.insert(QStringLiteral("group"), rule.group);
    }
    if (!rule.separator.isEmpty()) {
        json.insert(QStringLiteral("separator"), rule.separator);
    }
    return json;
}

ColumnRule ruleFromJson(const QJsonObject &json)
{
    ColumnRule rule;
    rule.column = json.value(QStringLiteral("column")).toString();
    rule.field = json.value(QStringLiteral("field")).toString();
    rule.typeColumn = json.value(QStringLiteral("typeColumn")).toString();
    for (const QJsonValue type : json.value(QStringLiteral("types")).toArray()) {
        rule.types.append(type.toString());
    }
    rule.group = json.value(QStringLiteral("group")).toInt();
    rule.separator = json.value(QStringLiteral("separator")).toString();
    return rule;
}

} // namespace

QStringList ColumnMapping::fieldKeys(RecordTarget target)
{
    if (target == RecordTarget::Organisation) {
        return {QStringLiteral("name"),
                QStringLiteral("legalForm"),
                QStringLiteral("kind"),
                QStringLiteral("description"),
                QStringLiteral("street"),
                QStringLiteral("houseNumber"),
                QStringLiteral("postcode"),
                QStringLiteral("locality"),
                QStringLiteral("commune"),
                QStringLiteral("country"),
                QStringLiteral("email"),
                QStringLiteral("phone"),
                QStringLiteral("website"),
                QStringLiteral("founded"),
                QStringLiteral("closed"),
                QStringLiteral("stage"),
                QStringLiteral("sectors"),
                QStringLiteral("tags"),
                QStringLiteral("languages"),
                QStringLiteral("memberCount"),
                QStringLiteral("cooperativeModel"),
                QStringLiteral("extra"),
                QStringLiteral("ignore")};
    }
    return {QStringLiteral("formattedName"),
            QStringLiteral("givenName"),
            QStringLiteral("additionalNames"),
            QStringLiteral("familyName"),
            QStringLiteral("prefix"),
            QStringLiteral("suffix"),
            QStringLiteral("nickname"),
            QStringLiteral("organisationName"),
            QStringLiteral("department"),
            QStringLiteral("title"),
            QStringLiteral("role"),
            QStringLiteral("email"),
            QStringLiteral("phone"),
            QStringLiteral("website"),
            QStringLiteral("birthday"),
            QStringLiteral("birthYear"),
            QStringLiteral("birthMonth"),
            QStringLiteral("birthDay"),
            QStringLiteral("notes"),
            QStringLiteral("language"),
            QStringLiteral("address.street"),
            QStringLiteral("address.street2"),
            QStringLiteral("address.locality"),
            QStringLiteral("address.region"),
            QStringLiteral("address.postcode"),
            QStringLiteral("address.country"),
            QStringLiteral("address.poBox"),
            QStringLiteral("address.extended"),
            QStringLiteral("address.label"),
            QStringLiteral("address.type"),
            QStringLiteral("extra"),
            QStringLiteral("ignore")};
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonArray jsonRules;
    for (const ColumnRule &rule : rules) {
        jsonRules.append(ruleToJson(rule));
    }
    return {{QStringLiteral("format"), QStringLiteral("coopatlas-column-mapping")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("preset"), preset},
            {QStringLiteral("target"),
             target == RecordTarget::Organisation ? QStringLiteral("organisation")
                                                  : QStringLiteral("person")},
            {QStringLiteral("dayFirst"), dayFirst},
            {QStringLiteral("rules"), jsonRules}};
}

Result<ColumnMapping> ColumnMapping::fromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("format")).toString()
        != QLatin1String("coopatlas-column-mapping")) {
        return Error{ColumnMappingText::tr(
                         "This is not a CoopAtlas column mapping (the \"format\" key is missing "
                         "or different). Save the mapping again from the import wizard."),
                     {}};
    }
    ColumnMapping mapping;
    mapping.preset = json.value(QStringLiteral("preset")).toString();
    const QString target = json.value(QStringLiteral("target")).toString();
    if (target != QLatin1String("organisation") && target != QLatin1String("person")) {
        return Error{
            ColumnMappingText::tr("The mapping target \"%1\" is invalid; use \"organisation\" or "
                                  "\"person\".")
                .arg(target),
            {}};
    }
    mapping.target = target == QLatin1String("organisation") ? RecordTarget::Organisation
                                                             : RecordTarget::Person;
    mapping.dayFirst = json.value(QStringLiteral("dayFirst")).toBool(true);
    for (const QJsonValue rule : json.value(QStringLiteral("rules")).toArray()) {
        mapping.rules.append(ruleFromJson(rule.toObject()));
    }
    return mapping;
}

Result<void> ColumnMapping::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcImport) << "Cannot write mapping" << path << file.errorString();
        return Error{ColumnMappingText::tr(
                         "The mapping cannot be saved: %1. Choose a folder you may write to.")
                         .arg(file.errorString()),
                     path};
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        qCWarning(lcImport) << "Cannot write mapping" << path << file.errorString();
        return Error{
            ColumnMappingText::tr("The mapping cannot be saved: %1. Check the free disk space.")
                .arg(file.errorString()),
            path};
    }
    return {};
}

Result<ColumnMapping> ColumnMapping::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcImport) << "Cannot read mapping" << path << file.errorString();
        return Error{
            ColumnMappingText::tr("The mapping file cannot be opened: %1.").arg(file.errorString()),
            path};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        return Error{ColumnMappingText::tr("The mapping file is not valid JSON (%1 at offset %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset),
                     path};
    }
    Result<ColumnMapping> mapping = fromJson(document.object());
    if (!mapping) {
        return Error{mapping.error().message, path};
    }
    return mapping;
}

Result<void> ColumnMapping::validate(const QStringList &headers, const QString &fileName) const
{
    const QStringList keys = fieldKeys(target);
    for (const ColumnRule &rule : rules) {
        if (!headers.contains(rule.column)) {
            return Error{ColumnMappingText::tr(
                             "The mapping uses the column \"%1\", which is not in the header row. "
                             "Choose another mapping or edit it.")
                             .arg(rule.column),
                         fileName};
        }
        if (!rule.typeColumn.isEmpty() && !headers.contains(rule.typeColumn)) {
            return Error{ColumnMappingText::tr(
                             "The mapping uses the column \"%1\" for types, which is not in the "
                             "header row. Choose another mapping or edit it.")
                             .arg(rule.typeColumn),
                         fileName};
        }
        if (!keys.contains(rule.field)) {
            return Error{ColumnMappingText::tr(
                             "The mapping sends column \"%1\" to the unknown field \"%2\". Use "
                             "one of: %3.")
                             .arg(rule.column, rule.field, keys.join(QStringLiteral(", "))),
                         fileName};
        }
    }
    return {};
}

} // namespace CoopAtlas::Core
