// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampledata.h"

#include <core/domain/communes.h>
#include <core/logging.h>
#include <core/sample/sampleactivities.h>
#include <core/sample/samplenetwork.h>
#include <core/storage/database.h>
#include <core/storage/store.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace CoopAtlas::Core {

namespace {

constexpr int SupportedFormat = 1;
// Namespace of the sample organisation ids. Changing it gives every sample
// organisation a new id, so synced files would then hold each one twice.
const QUuid SampleNamespace(QStringLiteral("6f1f6a52-3c1e-4d0b-9a57-2b8d0c4e7a31"));
const QString SampleDataLoadedKey = QStringLiteral("sample_data_loaded");

QStringList toStringList(const QJsonValue &value)
{
    QStringList strings;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        const QString text = item.toString().trimmed();
        if (!text.isEmpty()) {
            strings.append(text);
        }
    }
    return strings;
}

QList<ContactValue> toWorkContacts(const QJsonValue &value)
{
    QList<ContactValue> contacts;
    const QStringList strings = toStringList(value);
    for (const QString &text : strings) {
        ContactValue contact;
        contact.value = text;
        contact.types = {QStringLiteral("work")};
        contacts.append(contact);
    }
    return contacts;
}

Organisation toOrganisation(const QJsonObject &object)
{
    Organisation org;
    org.name = object.value(QLatin1String("name")).toString().trimmed();
    org.kind = object.value(QLatin1String("kind")).toString(QStringLiteral("other"));
    org.street = object.value(QLatin1String("street")).toString();
    org.postcode = object.value(QLatin1String("postcode")).toString();
    org.locality = object.value(QLatin1String("locality")).toString();
    org.country = object.value(QLatin1String("country")).toString();
    org.websites = toStringList(object.value(QLatin1String("websites")));
    org.emails = toWorkContacts(object.value(QLatin1String("emails")));
    org.phones = toWorkContacts(object.value(QLatin1String("phones")));
    org.description = object.value(QLatin1String("description")).toString();
    org.tags = toStringList(object.value(QLatin1String("tags")));

    const QJsonObject source = object.value(QLatin1String("source")).toObject();
    org.source = source.value(QLatin1String("directory")).toString() + QLatin1Char(' ')
                 + source.value(QLatin1String("identifier")).toString();
    // Further listings of the same organisation, merged by the sample builder.
    for (const QJsonValue &also : source.value(QLatin1String("also")).toArray()) {
        const QJsonObject listing = also.toObject();
        org.source += QStringLiteral("; ") + listing.value(QLatin1String("directory")).toString()
                      + QLatin1Char(' ') + listing.value(QLatin1String("identifier")).toString();
    }

    // The data file has no commune, so that communeKeyFor() stays the only rule
    // for communes in the application.
    if (org.country == QLatin1String("BE")) {
        org.commune = communeKeyFor(org.locality, org.postcode);
    }
    return org;
}

Result<QByteArray> readResource()
{
    QFile file(QString::fromLatin1(SampleDataResource));
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{
            QCoreApplication::translate("CoopAtlas::Core::SampleData",
                                        "The bundled sample data set could not be read (%1). "
                                        "The application was built without it: rebuild CoopAtlas.")
                .arg(file.errorString()),
            file.fileName()};
    }
    return file.readAll();
}

} // namespace

QString sampleOrganisationId(const QString &name)
{
    return QUuid::createUuidV5(SampleNamespace, name).toString(QUuid::WithoutBraces);
}

Result<QList<Organisation>> parseSampleData(const QByteArray &json)
{
    const QString context = QStringLiteral("sample-data.json");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{
            QCoreApplication::translate("CoopAtlas::Core::SampleData",
                                        "The sample data set is not valid JSON at byte %1: %2.")
                .arg(parseError.offset)
                .arg(parseError.errorString()),
            context};
    }

    const QJsonObject root = document.object();
    const int format = root.value(QLatin1String("format")).toInt(-1);
    if (format != SupportedFormat) {
        return Error{QCoreApplication::translate(
                         "CoopAtlas::Core::SampleData",
                         "The sample data set has format %1, but this version of CoopAtlas "
                         "reads format %2 only.")
                         .arg(format)
                         .arg(SupportedFormat),
                     context};
    }

    QList<Organisation> organisations;
    const QJsonArray array = root.value(QLatin1String("organisations")).toArray();
    organisations.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        Organisation org = toOrganisation(array.at(i).toObject());
        if (org.name.isEmpty()) {
            return Error{
                QCoreApplication::translate(
                    "CoopAtlas::Core::SampleData",
                    "The organisation has no name. Every organisation of the sample "
                    "data set needs one."),
                QCoreApplication::translate("CoopAtlas::Core::SampleData", "%1, organisation %2")
                    .arg(context)
                    .arg(i + 1)};
        }
        organisations.append(std::move(org));
    }
    return organisations;
}

Result<int> loadSampleData(Store &store)
{
    qCInfo(lcSample) << "Loading the sample data set into" << store.database().path();

    const Result<QString> loadedBefore = store.metadata(SampleDataLoadedKey);
    if (!loadedBefore) {
        qCWarning(lcSample) << "Sample data set not loaded:" << loadedBefore.error().text();
        return loadedBefore.error();
    }
    if (!loadedBefore->isNull()) {
        qCInfo(lcSample) << "Sample data set already loaded on" << *loadedBefore
                         << "; nothing inserted";
        return 0;
    }

    Result<QByteArray> json = readResource();
    if (!json) {
        qCWarning(lcSample) << "Sample data set not loaded:" << json.error().text();
        return json.error();
    }
    Result<QList<Organisation>> organisations = parseSampleData(*json);
    if (!organisations) {
        qCWarning(lcSample) << "Sample data set not loaded:" << organisations.error().text();
        return organisations.error();
    }

    applySampleRoles(organisations.value());

    Transaction transaction(store.database());
    if (!transaction.isActive()) {
        qCWarning(lcSample) << "Sample data set not loaded:" << transaction.beginError().text();
        return transaction.beginError();
    }
    for (Organisation &org : organisations.value()) {
        const QString name = org.name;
        org.meta.id = sampleOrganisationId(name);
        const Result<QString> id = store.insertOrganisation(std::move(org));
        if (!id) {
            qCWarning(lcSample) << "Sample data set not loaded: inserting" << name
                                << "failed:" << id.error().text();
            return Error{id.error().message,
                         QCoreApplication::translate("CoopAtlas::Core::SampleData",
                                                     "sample organisation \"%1\"")
                             .arg(name)};
        }
    }
    if (const Result<int> links = insertSampleLinks(store); !links) {
        qCWarning(lcSample) << "Sample data set not loaded: inserting the sample links failed:"
                            << links.error().text();
        return links.error();
    }
    const Result<int> activities = insertSampleActivities(store);
    if (!activities) {
        qCWarning(lcSample) << "Sample data set not loaded: inserting the sample activities "
                               "failed:"
                            << activities.error().text();
        return activities.error();
    }
    const QString loadedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (Result<void> marked = store.setMetadata(SampleDataLoadedKey, loadedAt); !marked) {
        qCWarning(lcSample) << "Sample data set not loaded:" << marked.error().text();
        return marked.error();
    }
    if (Result<void> committed = transaction.commit(); !committed) {
        qCWarning(lcSample) << "Sample data set not loaded:" << committed.error().text();
        return committed.error();
    }

    const int count = static_cast<int>(organisations->size());
    qCInfo(lcSample) << "Loaded" << count << "sample organisations";
    return count;
}

} // namespace CoopAtlas::Core
