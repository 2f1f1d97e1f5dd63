// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcardparser.h"

#include <core/domain/communes.h>
#include <core/import/textdecoding.h>
#include <core/import/vcardproperty.h>
#include <core/logging.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace CoopAtlas::Core {

namespace {

class VCardParserText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::VCardParser)
};

/// Properties read for the card itself or for its format, never kept in extra.
bool isIgnored(const QString &name)
{
    static const QStringList ignored = {QStringLiteral("VERSION"),
                                        QStringLiteral("PRODID"),
                                        QStringLiteral("REV"),
                                        QStringLiteral("KIND"),
                                        QStringLiteral("X-ABLABEL")};
    return ignored.contains(name);
}

/// Apple writes standard labels as "_$!<HomePage>!$_" and custom labels as plain text.
QString appleLabel(const QString &label)
{
    if (label.startsWith(QLatin1String("_$!<")) && label.endsWith(QLatin1String(">!$_"))) {
        return label.mid(4, label.size() - 8);
    }
    return label;
}

QString mimeTypeFor(const VCardProperty &property, const QByteArray &data)
{
    QString type = property.parameter(QStringLiteral("MEDIATYPE")).value(0);
    if (type.isEmpty()) {
        type = property.parameter(QStringLiteral("TYPE")).value(0);
    }
    if (type.contains(u'/')) {
        return type.toLower();
    }
    if (!type.isEmpty() && type.compare(QLatin1String("work"), Qt::CaseInsensitive) != 0
        && type.compare(QLatin1String("home"), Qt::CaseInsensitive) != 0) {
        return QStringLiteral("image/") + type.toLower();
    }
    if (data.startsWith("\xFF\xD8\xFF")) {
        return QStringLiteral("image/jpeg");
    }
    if (data.startsWith("\x89PNG")) {
        return QStringLiteral("image/png");
    }
    if (data.startsWith("GIF8")) {
        return QStringLiteral("image/gif");
    }
    return QStringLiteral("application/octet-stream");
}

class CardBuilder
{
public:
    explicit CardBuilder(const QList<VCardProperty> &properties);
    [[nodiscard]] ImportRecord build(qsizetype line, const QString &source);

private:
    void apply(const VCardProperty &property);
    bool applyName(const VCardProperty &property, const QString &text);
    bool applyContact(const VCardProperty &property, const QString &text);
    void applyAddress(const VCardProperty &property, const QString &text);
    void applyPhoto(const VCardProperty &property);
    void applyUid(const QString &text);
    bool applyOrganisationTerm(const QString &name, const QString &text);
    void keep(const QString &name, const QString &value);
    [[nodiscard]] Organisation toOrganisation() const;

    const QList<VCardProperty> &m_properties;
    QHash<QString, QString> m_groupLabels;
    Person m_person;
    QJsonObject m_unmapped;
    QString m_kind; ///< organisation kind of X-COOPATLAS-KIND
    /// Stage, sectors, commune, founding and closing dates of X-COOPATLAS-* and tags of CATEGORIES.
    Organisation m_terms;
    bool m_communeGiven = false; ///< X-COOPATLAS-COMMUNE present, even empty
    QStringList m_categories;    ///< CATEGORIES values as written, kept in extra on a person
    bool m_organisation = false;
};

CardBuilder::CardBuilder(const QList<VCardProperty> &properties)
    : m_properties(properties)
{
    for (const VCardProperty &property : properties) {
        if (property.name == u"X-ABLABEL" && !property.group.isEmpty()) {
            m_groupLabels.insert(property.group, appleLabel(unescapeVCardText(property.text())));
        }
    }
}

/// Takes the record id from a UID written as "urn:uuid:" and a UUID, as the
/// vCard export writes it. Any other UID is kept in extra.
void CardBuilder::applyUid(const QString &text)
{
    const QString value = unescapeVCardText(text);
    static const QRegularExpression urn(
        QStringLiteral("^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = urn.match(value.trimmed());
    if (match.hasMatch() && m_person.meta.id.isEmpty()) {
        m_person.meta.id = match.captured(1).toLower();
        return;
    }
    keep(QStringLiteral("UID"), value);
}

/// Reads the organisation fields that VCardWriter writes beside X-COOPATLAS-KIND.
/// A date that is not YYYY-MM-DD is kept in extra as it was written.
bool CardBuilder::applyOrganisationTerm(const QString &name, const QString &text)
{
    const auto splitList = [&text] {
        QStringList values = splitVCardText(text, u',');
        for (QString &value : values) {
            value = value.trimmed();
        }
        values.removeAll(QString());
        return values;
    };
    const auto readDate = [&](QDate &date) {
        date = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (!date.isValid()) {
            keep(name, unescapeVCardText(text));
        }
    };
    if (name == u"X-COOPATLAS-STAGE") {
        m_terms.stage = unescapeVCardText(text).trimmed();
    } else if (name == u"X-COOPATLAS-SECTORS") {
        m_terms.sectors.append(splitList());
    } else if (name == u"X-COOPATLAS-FOUNDED") {
        readDate(m_terms.founded);
    } else if (name == u"X-COOPATLAS-CLOSED") {
        readDate(m_terms.closed);
    } else if (name == u"X-COOPATLAS-COMMUNE") {
        const QString key = unescapeVCardText(text).trimmed();
        if (key.isEmpty() || communeByKey(key) != nullptr) {
            m_terms.commune = key;
            m_communeGiven = true;
        } else {
            keep(name, key);
        }
    } else if (name == u"CATEGORIES") {
        m_terms.tags.append(splitList());
        m_categories.append(unescapeVCardText(text));
    } else {
        return false;
    }
    return true;
}

void CardBuilder::keep(const QString &name, const QString &value)
{
    QJsonArray values = m_unmapped.value(name).toArray();
    values.append(value);
    m_unmapped.insert(name, values);
}

bool CardBuilder::applyName(const VCardProperty &property, const QString &text)
{
    if (property.name == u"N") {
        const QStringList parts = splitVCardText(text, u';');
        m_person.familyName = parts.value(0);
        m_person.givenName = parts.value(1);
        m_person.additionalNames = parts.value(2);
        m_person.prefix = parts.value(3);
        m_person.suffix = parts.value(4);
    } else if (property.name == u"FN") {
        m_person.formattedName = unescapeVCardText(text);
    } else if (property.name == u"NICKNAME") {
        m_person.nickname = unescapeVCardText(text);
    } else if (property.name == u"ORG") {
        QStringList parts = splitVCardText(text, u';');
        while (!parts.isEmpty() && parts.last().trimmed().isEmpty()) {
            parts.removeLast();
        }
        m_person.organisationName = parts.join(QStringLiteral("; "));
    } else if (property.name == u"TITLE") {
        m_person.title = unescapeVCardText(text);
    } else if (property.name == u"ROLE") {
        m_person.role = unescapeVCardText(text);
    } else {
        return false;
    }
    return true;
}

bool CardBuilder::applyContact(const VCardProperty &property, const QString &text)
{
    const bool email = property.name == u"EMAIL";
    if (!email && property.name != u"TEL") {
        return false;
    }
    ContactValue contact;
    contact.value = unescapeVCardText(text).trimmed();
    if (!email && contact.value.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)) {
        contact.value = contact.value.mid(4);
    }
    for (const QString &type : property.types()) {
        if (type == u"pref") {
            contact.primary = true;
        } else if (type != u"internet" && !contact.types.contains(type)) {
            contact.types.append(type);
        }
    }
    if (property.parameter(QStringLiteral("PREF")).value(0) == u"1") {
        contact.primary = true;
    }
    contact.label = m_groupLabels.value(property.group);
    if (!contact.value.isEmpty()) {
        (email ? m_person.emails : m_person.phones).append(contact);
    }
    return true;
}

void CardBuilder::applyAddress(const VCardProperty &property, const QString &text)
{
    const QStringList parts = splitVCardText(text, u';');
    PostalAddress address;
    address.poBox = parts.value(0);
    address.extended = parts.value(1);
    address.street = parts.value(2);
    address.locality = parts.value(3);
    address.region = parts.value(4);
    address.postcode = parts.value(5);
    address.country = parts.value(6);
    address.label = property.parameter(QStringLiteral("LABEL")).value(0);
    if (address.label.isEmpty()) {
        address.label = m_groupLabels.value(property.group);
    }
    for (const QString &type : property.types()) {
        if (!address.types.contains(type)) {
            address.types.append(type);
        }
    }
    m_person.addresses.append(address);
}

void CardBuilder::applyPhoto(const VCardProperty &property)
{
    if (!m_person.photo.isEmpty()) {
        keep(property.name, QString::fromLatin1(property.rawValue));
        return;
    }
    QByteArray data;
    QString mimeType;
    if (property.isBase64()) {
        data = property.bytes();
    } else {
        const QString value = property.text().trimmed();
        static const QRegularExpression dataUri(QStringLiteral("^data:([^;,]*)(;base64)?,(.*)$"),
                                                QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch match = dataUri.match(value);
        if (!match.hasMatch()) {
            if (!value.isEmpty()) {
                keep(property.name, value); // a link to a photo elsewhere
            }
            return;
        }
        mimeType = match.captured(1).toLower();
        data = match.capturedLength(2) > 0
                   ? QByteArray::fromBase64(match.captured(3).toLatin1())
                   : QByteArray::fromPercentEncoding(match.captured(3).toUtf8());
    }
    if (data.isEmpty()) {
        return;
    }
    m_person.photo = data;
    m_person.photoMimeType = mimeType.isEmpty() ? mimeTypeFor(property, data) : mimeType;
}

void CardBuilder::apply(const VCardProperty &property)
{
    const QString &name = property.name;
    if (name == u"PHOTO") {
        applyPhoto(property);
        return;
    }
    const QString text = property.text();
    if (applyName(property, text) || applyContact(property, text)
        || applyOrganisationTerm(name, text)) {
        return;
    }
    if (name == u"ADR") {
        applyAddress(property, text);
    } else if (name == u"URL") {
        m_person.websites.append(unescapeVCardText(text).trimmed());
    } else if (name == u"NOTE") {
        const QString note = unescapeVCardText(text);
        m_person.notes = m_person.notes.isEmpty() ? note : m_person.notes + u'\n' + note;
    } else if (name == u"BDAY") {
        m_person.birthday = VCardParser::normaliseBirthday(text.trimmed());
    } else if (name == u"LANG") {
        m_person.languages.append(unescapeVCardText(text).trimmed());
    } else if (name == u"UID") {
        applyUid(text);
    } else if (name == u"X-COOPATLAS-KIND") {
        m_kind = unescapeVCardText(text).trimmed();
    } else if (name == u"KIND") {
        const QString kind = text.trimmed().toLower();
        m_organisation = kind == u"org" || kind == u"organization";
    } else if (name.startsWith(QLatin1String("X-ABSHOWAS"))) {
        m_organisation = text.trimmed().compare(QLatin1String("COMPANY"), Qt::CaseInsensitive) == 0;
        keep(name, unescapeVCardText(text));
    } else if (!isIgnored(name)) {
        keep(name, unescapeVCardText(text));
    }
}

Organisation CardBuilder::toOrganisation() const
{
    Organisation org;
    org.name
        = m_person.organisationName.isEmpty() ? m_person.formattedName : m_person.organisationName;
    org.emails = m_person.emails;
    org.phones = m_person.phones;
    org.websites = m_person.websites;
    org.description = m_person.notes;
    org.languages = m_person.languages;
    if (!m_person.addresses.isEmpty()) {
        PostalAddress address = m_person.addresses.first();
        for (const PostalAddress &candidate : m_person.addresses) {
            if (candidate.types.contains(QLatin1String("work"))) {
                address = candidate;
                break;
            }
        }
        org.street = address.street;
        org.postcode = address.postcode;
        org.locality = address.locality;
        org.country = address.country;
        org.commune = communeForAddress(address.locality, address.postcode, address.country);
    }
    if (m_communeGiven) {
        org.commune = m_terms.commune;
    }
    org.meta.id = m_person.meta.id;
    org.kind = m_kind;
    org.stage = m_terms.stage;
    org.sectors = m_terms.sectors;
    org.founded = m_terms.founded;
    org.closed = m_terms.closed;
    org.tags = m_terms.tags;
    org.source = m_person.source;
    org.extra = m_person.extra;
    return org;
}

ImportRecord CardBuilder::build(qsizetype line, const QString &source)
{
    for (const VCardProperty &property : m_properties) {
        apply(property);
    }
    if (m_person.formattedName.isEmpty()) {
        const QStringList parts = {m_person.prefix,
                                   m_person.givenName,
                                   m_person.additionalNames,
                                   m_person.familyName,
                                   m_person.suffix};
        m_person.formattedName = parts.filter(QRegularExpression(QStringLiteral("\\S"))).join(u' ');
    }
    if (m_person.formattedName.isEmpty()) {
        m_person.formattedName = m_person.organisationName;
    }
    if (m_person.formattedName.isEmpty() && !m_person.emails.isEmpty()) {
        m_person.formattedName = m_person.emails.first().value;
    }
    m_person.source = source;
    if (!m_organisation) {
        // A person has no tags, so CATEGORIES stays in extra and is written back on export.
        for (const QString &categories : std::as_const(m_categories)) {
            keep(QStringLiteral("CATEGORIES"), categories);
        }
    }
    if (!m_unmapped.isEmpty()) {
        m_person.extra.insert(QStringLiteral("vcard"), m_unmapped);
    }
    ImportRecord record;
    record.line = line;
    record.target = m_organisation ? RecordTarget::Organisation : RecordTarget::Person;
    if (m_organisation) {
        record.organisation = toOrganisation();
    } else {
        record.person = m_person;
    }
    return record;
}

bool isCardMarker(const VCardProperty &property, const char16_t *name)
{
    return property.name == name
           && property.rawValue.trimmed().compare("VCARD", Qt::CaseInsensitive) == 0;
}

/// Converts UTF-16 files to UTF-8 so that all files are split as bytes.
QByteArray toSplittableBytes(const QByteArray &bytes, TextEncoding encoding)
{
    if (encoding == TextEncoding::Utf16LE || encoding == TextEncoding::Utf16BE
        || encoding == TextEncoding::Utf8WithBom) {
        return decodeText(bytes, encoding).toUtf8();
    }
    return bytes;
}

} // namespace

QString VCardParser::normaliseBirthday(const QString &value)
{
    static const QRegularExpression noYear(QStringLiteral("^--(\\d\\d)-?(\\d\\d)$"));
    static const QRegularExpression full(QStringLiteral("^(\\d{4})-?(\\d\\d)-?(\\d\\d)(T.*)?$"));
    if (const auto match = noYear.match(value); match.hasMatch()) {
        const QDate check(2000, match.captured(1).toInt(), match.captured(2).toInt());
        return check.isValid() ? QStringLiteral("--%1-%2").arg(match.captured(1), match.captured(2))
                               : QString();
    }
    if (const auto match = full.match(value); match.hasMatch()) {
        const QDate date(
            match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    }
    return {};
}

Result<QList<ImportRecord>> VCardParser::readFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcImport) << "Cannot open" << path << file.errorString();
        return Error{VCardParserText::tr(
                         "The file cannot be opened: %1. Check that it exists and that you may "
                         "read it.")
                         .arg(file.errorString()),
                     path};
    }
    return read(file.readAll(), QFileInfo(path).fileName());
}

Result<QList<ImportRecord>> VCardParser::read(const QByteArray &bytes,
                                              const QString &fileName) const
{
    const TextEncoding encoding = detectEncoding(bytes);
    if (looksBinary(bytes, encoding)) {
        const qsizetype line = lineOfFirstNul(bytes);
        return Error{VCardParserText::tr(
                         "This is not a text file: line %1 contains a NUL byte. Choose a vCard "
                         "file.")
                         .arg(line),
                     VCardParserText::tr("%1, line %2").arg(fileName).arg(line)};
    }
    const QByteArray data = toSplittableBytes(bytes, encoding);
    if (data.trimmed().isEmpty()) {
        return Error{
            VCardParserText::tr("The file is empty. Choose a vCard file with at least one card."),
            fileName};
    }
    QList<ImportRecord> records;
    QList<VCardProperty> card;
    qsizetype cardLine = 0;
    for (VCardProperty &property : splitVCardProperties(data)) {
        if (isCardMarker(property, u"BEGIN")) {
            if (cardLine != 0) {
                return Error{VCardParserText::tr(
                                 "The card that begins on line %1 has no END:VCARD before the "
                                 "next card on line %2. Repair or remove that card and import "
                                 "again; nothing was imported.")
                                 .arg(cardLine)
                                 .arg(property.line),
                             VCardParserText::tr("%1, line %2").arg(fileName).arg(cardLine)};
            }
            cardLine = property.line;
            card.clear();
        } else if (isCardMarker(property, u"END") && cardLine != 0) {
            records.append(CardBuilder(card).build(cardLine, fileName));
            cardLine = 0;
        } else if (cardLine != 0) {
            card.append(std::move(property));
        }
    }
    if (cardLine != 0) {
        return Error{VCardParserText::tr(
                         "The card that begins on line %1 has no END:VCARD. Repair or remove that "
                         "card and import again; nothing was imported.")
                         .arg(cardLine),
                     VCardParserText::tr("%1, line %2").arg(fileName).arg(cardLine)};
    }
    if (records.isEmpty()) {
        return Error{VCardParserText::tr(
                         "The file contains no vCard (no BEGIN:VCARD line). Choose a vCard file."),
                     fileName};
    }
    qCInfo(lcImport) << "Read" << records.size() << "cards from" << fileName;
    return records;
}

} // namespace CoopAtlas::Core
