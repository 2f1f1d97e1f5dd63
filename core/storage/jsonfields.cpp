// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonfields.h"

#include <core/logging.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace CoopAtlas::Core::JsonFields {

namespace {

QString compact(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QJsonDocument parse(const QString &json)
{
    if (json.isEmpty()) {
        return {};
    }
    QJsonParseError error{};
    QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        qCWarning(lcDb) << "Ignoring a malformed JSON column value:" << error.errorString()
                        << "at offset" << error.offset;
    }
    return document;
}

void insertIfNotEmpty(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty()) {
        object.insert(key, value);
    }
}

void insertIfNotEmpty(QJsonObject &object, const QString &key, const QStringList &values)
{
    if (!values.isEmpty()) {
        object.insert(key, QJsonArray::fromStringList(values));
    }
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const auto &item : array) {
        list.append(item.toString());
    }
    return list;
}

} // namespace

QString fromStringList(const QStringList &values)
{
    return compact(QJsonDocument(QJsonArray::fromStringList(values)));
}

QStringList toStringList(const QString &json)
{
    return stringList(parse(json).array());
}

QString fromContactValues(const QList<ContactValue> &values)
{
    QJsonArray array;
    for (const ContactValue &value : values) {
        QJsonObject object{{QStringLiteral("value"), value.value}};
        insertIfNotEmpty(object, QStringLiteral("types"), value.types);
        insertIfNotEmpty(object, QStringLiteral("label"), value.label);
        if (value.primary) {
            object.insert(QStringLiteral("primary"), true);
        }
        array.append(object);
    }
    return compact(QJsonDocument(array));
}

QList<ContactValue> toContactValues(const QString &json)
{
    QList<ContactValue> values;
    const QJsonArray array = parse(json).array();
    for (const auto &item : array) {
        const QJsonObject object = item.toObject();
        values.append({object.value(QStringLiteral("value")).toString(),
                       stringList(object.value(QStringLiteral("types"))),
                       object.value(QStringLiteral("label")).toString(),
                       object.value(QStringLiteral("primary")).toBool()});
    }
    return values;
}

QString fromAddresses(const QList<PostalAddress> &addresses)
{
    QJsonArray array;
    for (const PostalAddress &address : addresses) {
        QJsonObject object;
        insertIfNotEmpty(object, QStringLiteral("types"), address.types);
        insertIfNotEmpty(object, QStringLiteral("poBox"), address.poBox);
        insertIfNotEmpty(object, QStringLiteral("extended"), address.extended);
        insertIfNotEmpty(object, QStringLiteral("street"), address.street);
        insertIfNotEmpty(object, QStringLiteral("locality"), address.locality);
        insertIfNotEmpty(object, QStringLiteral("region"), address.region);
        insertIfNotEmpty(object, QStringLiteral("postcode"), address.postcode);
        insertIfNotEmpty(object, QStringLiteral("country"), address.country);
        insertIfNotEmpty(object, QStringLiteral("label"), address.label);
        array.append(object);
    }
    return compact(QJsonDocument(array));
}

QList<PostalAddress> toAddresses(const QString &json)
{
    QList<PostalAddress> addresses;
    const QJsonArray array = parse(json).array();
    for (const auto &item : array) {
        const QJsonObject object = item.toObject();
        const auto text = [&object](const char *key) {
            return object.value(QLatin1String(key)).toString();
        };
        addresses.append({stringList(object.value(QStringLiteral("types"))),
                          text("poBox"),
                          text("extended"),
                          text("street"),
                          text("locality"),
                          text("region"),
                          text("postcode"),
                          text("country"),
                          text("label")});
    }
    return addresses;
}

QString fromObject(const QJsonObject &object)
{
    return compact(QJsonDocument(object));
}

QJsonObject toObject(const QString &json)
{
    return parse(json).object();
}

} // namespace CoopAtlas::Core::JsonFields
