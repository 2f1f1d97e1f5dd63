// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcardwriter.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace CoopAtlas::Core {

namespace {

constexpr qsizetype MaxLineOctets = 75;

bool isParameterSafe(const QString &value)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./+-]+$"));
    return safe.match(value).hasMatch();
}

/// Returns a property or parameter value in double quotes when it needs them.
/// A double quote itself cannot be written in a vCard 3.0 or 4.0 parameter.
QString parameterValue(QString value)
{
    value.remove(u'"');
    value.replace(QRegularExpression(QStringLiteral("[\\r\\n]+")), QStringLiteral(" "));
    return isParameterSafe(value) ? value : u'"' + value + u'"';
}

QString joinComponents(const QStringList &components)
{
    QStringList escaped;
    escaped.reserve(components.size());
    for (const QString &component : components) {
        escaped.append(VCardWriter::escapeText(component));
    }
    return escaped.join(u';');
}

/// The parts of Person::organisationName, which the vCard parser joins with "; ".
QStringList organisationComponents(const QString &name)
{
    return name.split(QStringLiteral("; "));
}

bool isPropertyName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9-]+$"));
    return valid.match(name).hasMatch();
}

} // namespace

/// Content lines of one card, folded as they are added.
class VCardWriter::Card
{
public:
    void add(const QString &name, const QString &parameters, const QString &value)
    {
        m_bytes += fold((name + parameters + u':' + value).toUtf8());
    }
    /// Adds an escaped text property unless the text is empty.
    void addText(const QString &name, const QString &text)
    {
        if (!text.isEmpty()) {
            add(name, {}, escapeText(text));
        }
    }
    /// Adds a property with a label as a group of the property and an X-ABLabel.
    void addLabelled(const QString &name,
                     const QString &parameters,
                     const QString &value,
                     const QString &label)
    {
        if (label.isEmpty()) {
            add(name, parameters, value);
            return;
        }
        const QString group = QStringLiteral("item%1.").arg(++m_groups);
        add(group + name, parameters, value);
        add(group + QStringLiteral("X-ABLabel"), {}, escapeText(label));
    }
    [[nodiscard]] QByteArray bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
    int m_groups = 0;
};

std::optional<VCardVersion> vCardVersionFromName(const QString &name)
{
    if (name == u"4.0") {
        return VCardVersion::V40;
    }
    if (name == u"3.0") {
        return VCardVersion::V30;
    }
    return std::nullopt;
}

VCardWriter::VCardWriter(VCardVersion version)
    : m_version(version)
{}

QString VCardWriter::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u',' || c == u';') {
            escaped += u'\\';
            escaped += c;
        } else if (c == u'\r') {
            escaped += QStringLiteral("\\n");
            if (i + 1 < text.size() && text.at(i + 1) == u'\n') {
                ++i;
            }
        } else if (c == u'\n') {
            escaped += QStringLiteral("\\n");
        } else {
            escaped += c;
        }
    }
    return escaped;
}

QByteArray VCardWriter::fold(const QByteArray &line)
{
    QByteArray folded;
    qsizetype start = 0;
    qsizetype limit = MaxLineOctets;
    while (line.size() - start > limit) {
        qsizetype end = start + limit;
        // Moves the cut back to the first byte of a UTF-8 sequence (not 10xxxxxx).
        while (end > start + 1 && (quint8(line.at(end)) & 0xC0) == 0x80) {
            --end;
        }
        folded += line.mid(start, end - start);
        folded += "\r\n ";
        start = end;
        limit = MaxLineOctets - 1; // the leading space counts
    }
    folded += line.mid(start);
    folded += "\r\n";
    return folded;
}

QString VCardWriter::typeParameter(QStringList types, bool primary) const
{
    QString parameters;
    if (m_version == VCardVersion::V30 && primary) {
        types.append(QStringLiteral("pref"));
    }
    QStringList values;
    for (const QString &type : std::as_const(types)) {
        if (!type.isEmpty()) {
            values.append(parameterValue(m_version == VCardVersion::V30 ? type.toUpper() : type));
        }
    }
    if (!values.isEmpty()) {
        parameters += QStringLiteral(";TYPE=") + values.join(u',');
    }
    if (m_version == VCardVersion::V40 && primary) {
        parameters += QStringLiteral(";PREF=1");
    }
    return parameters;
}

void VCardWriter::writeContacts(Card &card,
                                const QString &name,
                                const QList<ContactValue> &values) const
{
    for (const ContactValue &contact : values) {
        QStringList types = contact.types;
        if (m_version == VCardVersion::V30 && name == u"EMAIL") {
            types.prepend(QStringLiteral("internet"));
        }
        card.addLabelled(
            name, typeParameter(types, contact.primary), escapeText(contact.value), contact.label);
    }
}

void VCardWriter::writeAddresses(Card &card, const QList<PostalAddress> &addresses) const
{
    for (const PostalAddress &address : addresses) {
        const QString value = joinComponents({address.poBox,
                                              address.extended,
                                              address.street,
                                              address.locality,
                                              address.region,
                                              address.postcode,
                                              address.country});
        card.addLabelled(
            QStringLiteral("ADR"), typeParameter(address.types, false), value, address.label);
    }
}

void VCardWriter::writeBirthday(Card &card, const QString &birthday) const
{
    static const QRegularExpression full(QStringLiteral("^(\\d{4})-(\\d\\d)-(\\d\\d)$"));
    static const QRegularExpression noYear(QStringLiteral("^--(\\d\\d)-(\\d\\d)$"));
    const bool basic = m_version == VCardVersion::V40; // 4.0 uses the ISO 8601 basic format
    if (const auto match = full.match(birthday); match.hasMatch()) {
        const QString separator = basic ? QString() : QStringLiteral("-");
        card.add(QStringLiteral("BDAY"),
                 {},
                 match.captured(1) + separator + match.captured(2) + separator + match.captured(3));
    } else if (const auto partial = noYear.match(birthday); partial.hasMatch()) {
        // NOTE: RFC 2426 has no date without a year; "--MM-DD" is ISO 8601:2000 and is
        // what most vCard 3.0 readers accept.
        card.add(QStringLiteral("BDAY"),
                 {},
                 QStringLiteral("--") + partial.captured(1)
                     + (basic ? QString() : QStringLiteral("-")) + partial.captured(2));
    }
}

void VCardWriter::writePhoto(Card &card, const QByteArray &photo, const QString &mimeType) const
{
    if (photo.isEmpty()) {
        return;
    }
    const QString base64 = QString::fromLatin1(photo.toBase64());
    if (m_version == VCardVersion::V40) {
        card.add(QStringLiteral("PHOTO"),
                 {},
                 QStringLiteral("data:") + mimeType + QStringLiteral(";base64,") + base64);
        return;
    }
    QString parameters = QStringLiteral(";ENCODING=b");
    if (mimeType.startsWith(QLatin1String("image/"))) {
        parameters += QStringLiteral(";TYPE=") + parameterValue(mimeType.mid(6).toUpper());
    } else if (!mimeType.isEmpty()) {
        parameters += QStringLiteral(";TYPE=") + parameterValue(mimeType);
    }
    card.add(QStringLiteral("PHOTO"), parameters, base64);
}

void VCardWriter::writeOrganisationTerms(Card &card, const Organisation &organisation)
{
    const auto joinList = [](const QStringList &values) {
        QStringList escaped;
        for (const QString &value : values) {
            escaped.append(escapeText(value));
        }
        return escaped.join(u',');
    };
    card.addText(QStringLiteral("X-COOPATLAS-STAGE"), organisation.stage);
    // Written empty too: an import would otherwise guess the commune from the
    // locality, and "Bruxelles" alone gives the City of Brussels.
    card.add(QStringLiteral("X-COOPATLAS-COMMUNE"), {}, escapeText(organisation.commune));
    if (!organisation.sectors.isEmpty()) {
        card.add(QStringLiteral("X-COOPATLAS-SECTORS"), {}, joinList(organisation.sectors));
    }
    if (organisation.founded.isValid()) {
        card.add(
            QStringLiteral("X-COOPATLAS-FOUNDED"), {}, organisation.founded.toString(Qt::ISODate));
    }
    if (organisation.closed.isValid()) {
        card.add(
            QStringLiteral("X-COOPATLAS-CLOSED"), {}, organisation.closed.toString(Qt::ISODate));
    }
    if (!organisation.tags.isEmpty()) {
        card.add(QStringLiteral("CATEGORIES"), {}, joinList(organisation.tags));
    }
}

void VCardWriter::writeKept(Card &card, const QJsonObject &extra, bool hasId) const
{
    const QJsonObject kept = extra.value(QStringLiteral("vcard")).toObject();
    for (auto it = kept.begin(); it != kept.end(); ++it) {
        const QString name = it.key();
        if (!isPropertyName(name) || (hasId && name.compare(u"UID", Qt::CaseInsensitive) == 0)) {
            continue;
        }
        // The parser keeps a second PHOTO, or a photo link, as the undecoded value.
        const bool raw = name.compare(u"PHOTO", Qt::CaseInsensitive) == 0;
        const QJsonArray values
            = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
        for (const QJsonValue &value : values) {
            const QString text = value.toString();
            card.add(name, {}, raw ? text : escapeText(text));
        }
    }
}

namespace {

QString versionText(VCardVersion version)
{
    return version == VCardVersion::V40 ? QStringLiteral("4.0") : QStringLiteral("3.0");
}

/// FN of a person: the formatted name, else the name parts, the organisation
/// or the first e-mail address, in the order the vCard parser falls back to them.
QString formattedNameOf(const Person &person)
{
    if (!person.formattedName.trimmed().isEmpty()) {
        return person.formattedName;
    }
    QStringList parts;
    for (const QString &part : {person.prefix,
                                person.givenName,
                                person.additionalNames,
                                person.familyName,
                                person.suffix}) {
        if (!part.trimmed().isEmpty()) {
            parts.append(part);
        }
    }
    if (!parts.isEmpty()) {
        return parts.join(u' ');
    }
    if (!person.organisationName.isEmpty()) {
        return person.organisationName;
    }
    return person.emails.isEmpty() ? QString() : person.emails.constFirst().value;
}

} // namespace

QByteArray VCardWriter::write(const Person &person) const
{
    Card card;
    card.add(QStringLiteral("BEGIN"), {}, QStringLiteral("VCARD"));
    card.add(QStringLiteral("VERSION"), {}, versionText(m_version));
    if (!person.meta.id.isEmpty()) {
        card.add(QStringLiteral("UID"), {}, QStringLiteral("urn:uuid:") + person.meta.id);
    }
    card.add(QStringLiteral("FN"), {}, escapeText(formattedNameOf(person)));
    card.add(QStringLiteral("N"),
             {},
             joinComponents({person.familyName,
                             person.givenName,
                             person.additionalNames,
                             person.prefix,
                             person.suffix}));
    card.addText(QStringLiteral("NICKNAME"), person.nickname);
    if (!person.organisationName.isEmpty()) {
        card.add(QStringLiteral("ORG"),
                 {},
                 joinComponents(organisationComponents(person.organisationName)));
    }
    card.addText(QStringLiteral("TITLE"), person.title);
    card.addText(QStringLiteral("ROLE"), person.role);
    writeContacts(card, QStringLiteral("EMAIL"), person.emails);
    writeContacts(card, QStringLiteral("TEL"), person.phones);
    writeAddresses(card, person.addresses);
    for (const QString &website : person.websites) {
        card.add(QStringLiteral("URL"), {}, escapeText(website));
    }
    card.addText(QStringLiteral("NOTE"), person.notes);
    writeBirthday(card, person.birthday);
    for (const QString &language : person.languages) {
        card.add(QStringLiteral("LANG"), {}, escapeText(language));
    }
    writePhoto(card, person.photo, person.photoMimeType);
    writeKept(card, person.extra, !person.meta.id.isEmpty());
    card.add(QStringLiteral("END"), {}, QStringLiteral("VCARD"));
    return card.bytes();
}

QByteArray VCardWriter::write(const Organisation &organisation) const
{
    Card card;
    card.add(QStringLiteral("BEGIN"), {}, QStringLiteral("VCARD"));
    card.add(QStringLiteral("VERSION"), {}, versionText(m_version));
    if (m_version == VCardVersion::V40) {
        card.add(QStringLiteral("KIND"), {}, QStringLiteral("org"));
    } else {
        card.add(QStringLiteral("X-ABShowAs"), {}, QStringLiteral("COMPANY"));
    }
    card.addText(QStringLiteral("X-COOPATLAS-KIND"), organisation.kind);
    writeOrganisationTerms(card, organisation);
    if (!organisation.meta.id.isEmpty()) {
        card.add(QStringLiteral("UID"), {}, QStringLiteral("urn:uuid:") + organisation.meta.id);
    }
    card.add(QStringLiteral("FN"), {}, escapeText(organisation.name));
    if (m_version == VCardVersion::V30) {
        card.add(QStringLiteral("N"), {}, QStringLiteral(";;;;")); // required by RFC 2426
    }
    card.add(QStringLiteral("ORG"), {}, joinComponents(organisationComponents(organisation.name)));
    writeContacts(card, QStringLiteral("EMAIL"), organisation.emails);
    writeContacts(card, QStringLiteral("TEL"), organisation.phones);
    if (!organisation.street.isEmpty() || !organisation.postcode.isEmpty()
        || !organisation.locality.isEmpty() || !organisation.country.isEmpty()) {
        PostalAddress address;
        address.types = {QStringLiteral("work")};
        address.street = organisation.street;
        address.locality = organisation.locality;
        address.postcode = organisation.postcode;
        address.country = organisation.country;
        writeAddresses(card, {address});
    }
    for (const QString &website : organisation.websites) {
        card.add(QStringLiteral("URL"), {}, escapeText(website));
    }
    card.addText(QStringLiteral("NOTE"), organisation.description);
    for (const QString &language : organisation.languages) {
        card.add(QStringLiteral("LANG"), {}, escapeText(language));
    }
    QJsonObject extra = organisation.extra;
    QJsonObject kept = extra.value(QStringLiteral("vcard")).toObject();
    if (m_version == VCardVersion::V30
        && kept.value(QStringLiteral("X-ABSHOWAS")).toArray()
               == QJsonArray{QStringLiteral("COMPANY")}) {
        // Written at the top already; the parser kept the one of an earlier export.
        kept.remove(QStringLiteral("X-ABSHOWAS"));
        extra.insert(QStringLiteral("vcard"), kept);
    }
    writeKept(card, extra, !organisation.meta.id.isEmpty());
    card.add(QStringLiteral("END"), {}, QStringLiteral("VCARD"));
    return card.bytes();
}

} // namespace CoopAtlas::Core
