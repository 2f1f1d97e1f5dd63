// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Column mapping by header name, for CSV files that match no known export format.
#include "columnmapping.h"

#include <core/domain/communes.h>

#include <QHash>

namespace CoopAtlas::Core {

namespace {

/// Meaning of a header, which maps to a field of either target.
enum class HeaderMeaning {
    Name,
    GivenName,
    FamilyName,
    Organisation,
    Email,
    Phone,
    Mobile,
    Website,
    Street,
    HouseNumber,
    Postcode,
    Locality,
    Region,
    Country,
    Description,
    JobTitle,
    Birthday,
    Founded,
    LegalForm,
    Kind,
    Stage,
    /// The time a record was last changed, which CoopAtlas's list exports
    /// write and the store sets itself on import.
    Updated
};

/// Folds case and accents, writes "ß" as "ss" and drops spaces and
/// punctuation, so that "E-mail", "e mail" and "EMAIL" give "email".
QString headerKey(const QString &header)
{
    QString folded = foldForMatching(header);
    folded.replace(QChar(0x00DF), QLatin1String("ss"));
    folded.remove(u' ');
    return folded;
}

/// Header names in English, French, Dutch and German, as headerKey() gives them.
const QHash<QString, HeaderMeaning> &knownHeaders()
{
    static const QHash<QString, HeaderMeaning> headers = [] {
        QHash<QString, HeaderMeaning> table;
        const auto add
            = [&table](HeaderMeaning meaning, std::initializer_list<const char *> words) {
                  for (const char *word : words) {
                      table.insert(QString::fromLatin1(word), meaning);
                  }
              };
        add(HeaderMeaning::Name,
            {"name",
             "nom",
             "naam",
             "fullname",
             "displayname",
             "nomcomplet",
             "volledigenaam",
             "vollstandigername",
             "organisationname",
             "organizationname",
             "nomdelorganisation",
             "naamorganisatie"});
        add(HeaderMeaning::GivenName,
            {"firstname", "givenname", "forename", "prenom", "voornaam", "vorname"});
        add(HeaderMeaning::FamilyName,
            {"lastname",
             "familyname",
             "surname",
             "nomdefamille",
             "achternaam",
             "familienaam",
             "nachname",
             "familienname"});
        add(HeaderMeaning::Organisation,
            {"organisation",
             "organization",
             "organisatie",
             "company",
             "societe",
             "entreprise",
             "bedrijf",
             "firma",
             "unternehmen",
             "employer"});
        add(HeaderMeaning::Email,
            {"email",
             "emailaddress",
             "mail",
             "courriel",
             "adressecourriel",
             "adresseemail",
             "emailadres",
             "emailadresse"});
        add(HeaderMeaning::Phone,
            {"phone",
             "telephone",
             "phonenumber",
             "tel",
             "telefoon",
             "telefoonnummer",
             "telefon",
             "telefonnummer",
             "numerodetelephone"});
        add(HeaderMeaning::Mobile,
            {"mobile",
             "mobilephone",
             "cellphone",
             "gsm",
             "portable",
             "mobiel",
             "handy",
             "mobiltelefon"});
        add(HeaderMeaning::Website,
            {"website",
             "web",
             "url",
             "homepage",
             "siteweb",
             "siteinternet",
             "site",
             "webseite",
             "internetseite",
             "webpagina"});
        add(HeaderMeaning::Street,
            {"street", "address", "streetaddress", "rue", "adresse", "straat", "adres", "strasse"});
        add(HeaderMeaning::HouseNumber,
            {"housenumber", "number", "numero", "huisnummer", "nummer", "hausnummer"});
        add(HeaderMeaning::Postcode,
            {"postcode",
             "postalcode",
             "zip",
             "zipcode",
             "codepostal",
             "cp",
             "plz",
             "postleitzahl"});
        // "Commune" and its translations name a locality only in a file without
        // a more precise locality column (see isCommuneHeader()).
        add(HeaderMeaning::Locality,
            {"city",
             "town",
             "locality",
             "ville",
             "localite",
             "commune",
             "gemeente",
             "stad",
             "plaats",
             "woonplaats",
             "ort",
             "stadt",
             "gemeinde"});
        add(HeaderMeaning::Region, {"region", "province", "state", "provincie", "bundesland"});
        add(HeaderMeaning::Country, {"country", "pays", "land", "staat"});
        add(HeaderMeaning::Description,
            {"description",
             "notes",
             "note",
             "comment",
             "comments",
             "remarques",
             "commentaire",
             "omschrijving",
             "beschrijving",
             "opmerkingen",
             "beschreibung",
             "notizen",
             "bemerkungen"});
        add(HeaderMeaning::JobTitle,
            {"jobtitle", "title", "position", "fonction", "titre", "functie", "titel", "funktion"});
        add(HeaderMeaning::Birthday,
            {"birthday",
             "birthdate",
             "dateofbirth",
             "datedenaissance",
             "geboortedatum",
             "geburtstag",
             "geburtsdatum"});
        add(HeaderMeaning::Founded,
            {"founded",
             "foundingdate",
             "datedecreation",
             "fondeele",
             "fondee",
             "oprichtingsdatum",
             "opgericht",
             "grundungsdatum",
             "gegrundet"});
        add(HeaderMeaning::LegalForm, {"legalform", "formejuridique", "rechtsvorm", "rechtsform"});
        // The titles of CoopAtlas's list columns in English, French and Dutch.
        // Their values are term labels, which ImportJob turns back into term keys.
        add(HeaderMeaning::Kind, {"kind", "type", "soort", "organisationkind"});
        add(HeaderMeaning::Stage, {"stage", "stade", "fase"});
        add(HeaderMeaning::Updated, {"updated", "miseajour", "bijgewerkt"});
        return table;
    }();
    return headers;
}

QString organisationField(HeaderMeaning meaning)
{
    switch (meaning) {
    case HeaderMeaning::Name:
    case HeaderMeaning::Organisation:
        return QStringLiteral("name");
    case HeaderMeaning::Email:
        return QStringLiteral("email");
    case HeaderMeaning::Phone:
    case HeaderMeaning::Mobile:
        return QStringLiteral("phone");
    case HeaderMeaning::Website:
        return QStringLiteral("website");
    case HeaderMeaning::Street:
        return QStringLiteral("street");
    case HeaderMeaning::HouseNumber:
        return QStringLiteral("houseNumber");
    case HeaderMeaning::Postcode:
        return QStringLiteral("postcode");
    case HeaderMeaning::Locality:
        return QStringLiteral("locality");
    case HeaderMeaning::Country:
        return QStringLiteral("country");
    case HeaderMeaning::Description:
        return QStringLiteral("description");
    case HeaderMeaning::Founded:
        return QStringLiteral("founded");
    case HeaderMeaning::LegalForm:
        return QStringLiteral("legalForm");
    case HeaderMeaning::Kind:
        return QStringLiteral("kind");
    case HeaderMeaning::Stage:
        return QStringLiteral("stage");
    case HeaderMeaning::Updated:
        return QStringLiteral("ignore");
    default:
        return QStringLiteral("extra");
    }
}

/// Maps a plain "name" column to the family name when the file also has a
/// first-name column but no last-name column, as in "Vorname,Name" or
/// "prénom,nom". Otherwise it is the full name.
QString personField(HeaderMeaning meaning, bool hasGivenName, bool hasFamilyName)
{
    switch (meaning) {
    case HeaderMeaning::Name:
        return hasGivenName && !hasFamilyName ? QStringLiteral("familyName")
                                              : QStringLiteral("formattedName");
    case HeaderMeaning::GivenName:
        return QStringLiteral("givenName");
    case HeaderMeaning::FamilyName:
        return QStringLiteral("familyName");
    case HeaderMeaning::Organisation:
        return QStringLiteral("organisationName");
    case HeaderMeaning::Email:
        return QStringLiteral("email");
    case HeaderMeaning::Phone:
    case HeaderMeaning::Mobile:
        return QStringLiteral("phone");
    case HeaderMeaning::Website:
        return QStringLiteral("website");
    case HeaderMeaning::Street:
        return QStringLiteral("address.street");
    case HeaderMeaning::Postcode:
        return QStringLiteral("address.postcode");
    case HeaderMeaning::Locality:
        return QStringLiteral("address.locality");
    case HeaderMeaning::Region:
        return QStringLiteral("address.region");
    case HeaderMeaning::Country:
        return QStringLiteral("address.country");
    case HeaderMeaning::Description:
        return QStringLiteral("notes");
    case HeaderMeaning::JobTitle:
        return QStringLiteral("title");
    case HeaderMeaning::Birthday:
        return QStringLiteral("birthday");
    case HeaderMeaning::Updated:
        return QStringLiteral("ignore");
    default:
        return QStringLiteral("extra");
    }
}

/// Returns whether a header names a municipality, which CoopAtlas's own list
/// exports write next to the locality.
bool isCommuneHeader(const QString &key)
{
    return key == u"commune" || key == u"gemeente" || key == u"gemeinde";
}

/// Fields that take one value per record: a second column for them goes to extra.
bool isSingleValued(const QString &field)
{
    return field != u"email" && field != u"phone" && field != u"website" && field != u"extra"
           && field != u"ignore";
}

/// Returns whether the columns are those of CoopAtlas's people list: a name,
/// an organisation and the time of the last change, but no organisation kind.
bool isPeopleList(const QList<std::optional<HeaderMeaning>> &meanings)
{
    return meanings.contains(HeaderMeaning::Name) && meanings.contains(HeaderMeaning::Organisation)
           && meanings.contains(HeaderMeaning::Updated) && !meanings.contains(HeaderMeaning::Kind);
}

} // namespace

std::optional<ColumnMapping> ColumnMapping::fromHeaderNames(const QStringList &headers)
{
    QList<std::optional<HeaderMeaning>> meanings;
    for (const QString &header : headers) {
        const auto it = knownHeaders().constFind(headerKey(header));
        meanings.append(it == knownHeaders().constEnd() ? std::nullopt
                                                        : std::optional<HeaderMeaning>(*it));
    }
    const bool hasGivenName = meanings.contains(HeaderMeaning::GivenName);
    const bool hasFamilyName = meanings.contains(HeaderMeaning::FamilyName);
    const bool hasName = meanings.contains(HeaderMeaning::Name);
    bool hasPreciseLocality = false;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (meanings.at(i) == HeaderMeaning::Locality
            && !isCommuneHeader(headerKey(headers.at(i)))) {
            hasPreciseLocality = true;
        }
    }

    ColumnMapping mapping;
    mapping.preset = QStringLiteral("header-names");
    mapping.target = hasGivenName || hasFamilyName || isPeopleList(meanings)
                         ? RecordTarget::Person
                         : RecordTarget::Organisation;
    QSet<QString> usedFields;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        ColumnRule rule;
        rule.column = headers.at(i);
        rule.field = QStringLiteral("extra");
        if (const std::optional<HeaderMeaning> &meaning = meanings.at(i)) {
            rule.field = mapping.target == RecordTarget::Person
                             ? personField(*meaning, hasGivenName, hasFamilyName)
                             : organisationField(*meaning);
            // With a name column, an organisation column of an organisation file is kept as extra.
            if (mapping.target == RecordTarget::Organisation
                && *meaning == HeaderMeaning::Organisation && hasName) {
                rule.field = QStringLiteral("extra");
            }
            // A commune column next to a locality column names the commune of
            // an organisation, by its French or Dutch name.
            if (*meaning == HeaderMeaning::Locality && hasPreciseLocality
                && isCommuneHeader(headerKey(headers.at(i)))) {
                rule.field = mapping.target == RecordTarget::Organisation
                                 ? QStringLiteral("commune")
                                 : QStringLiteral("extra");
            }
            if (*meaning == HeaderMeaning::Mobile) {
                rule.types = {QStringLiteral("cell")};
            }
        }
        if (isSingleValued(rule.field) && usedFields.contains(rule.field)) {
            rule.field = QStringLiteral("extra");
        }
        usedFields.insert(rule.field);
        mapping.rules.append(rule);
    }
    // Without a name column, rows of an organisation file would all be skipped.
    if (mapping.target == RecordTarget::Organisation
        && !usedFields.contains(QStringLiteral("name"))) {
        return std::nullopt;
    }
    return mapping;
}

} // namespace CoopAtlas::Core
