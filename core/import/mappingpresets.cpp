// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Header rows of known export formats and the mappings built from them.
#include "columnmapping.h"

#include <QRegularExpression>

namespace CoopAtlas::Core {

namespace {

struct PresetRule
{
    const char *column = nullptr;
    const char *field = nullptr;
    std::initializer_list<const char *> types = {};
    int group = 0;
    const char *separator = "";
};

/// Keeps the rules whose column is in the header row.
QList<ColumnRule> rulesFor(const QStringList &headers, std::initializer_list<PresetRule> table)
{
    QList<ColumnRule> rules;
    for (const PresetRule &entry : table) {
        const QString column = QString::fromUtf8(entry.column);
        if (!headers.contains(column)) {
            continue;
        }
        ColumnRule rule;
        rule.column = column;
        rule.field = QString::fromUtf8(entry.field);
        for (const char *type : entry.types) {
            rule.types.append(QString::fromUtf8(type));
        }
        rule.group = entry.group;
        rule.separator = QString::fromUtf8(entry.separator);
        rules.append(rule);
    }
    return rules;
}

ColumnMapping makeMapping(const char *preset, RecordTarget target, bool dayFirst)
{
    ColumnMapping mapping;
    mapping.preset = QString::fromUtf8(preset);
    mapping.target = target;
    mapping.dayFirst = dayFirst;
    return mapping;
}

// Google writes several values of one cell separated by " ::: ".
constexpr auto GoogleSeparator = " ::: ";

/// Maps "E-mail 2 - Value", "Address 1 - City" and the like, with the number as group.
std::optional<ColumnRule> googleNumberedRule(const QString &header, const QStringList &headers)
{
    static const QRegularExpression numbered(
        QStringLiteral("^(E-mail|Phone|Address|Website|Organization) (\\d+) - (.+)$"));
    const QRegularExpressionMatch match = numbered.match(header);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const QString kind = match.captured(1);
    const int number = match.captured(2).toInt();
    const QString part = match.captured(3);
    const QString prefix = kind + u' ' + match.captured(2) + QStringLiteral(" - ");
    ColumnRule rule;
    rule.column = header;
    rule.group = number;
    rule.separator = QString::fromUtf8(GoogleSeparator);
    if (part == u"Value" && kind != u"Address" && kind != u"Organization") {
        rule.field = kind == u"E-mail"  ? QStringLiteral("email")
                     : kind == u"Phone" ? QStringLiteral("phone")
                                        : QStringLiteral("website");
        for (const QString &typePart : {QStringLiteral("Type"), QStringLiteral("Label")}) {
            if (headers.contains(prefix + typePart)) {
                rule.typeColumn = prefix + typePart;
            }
        }
        return rule;
    }
    if (kind == u"Address") {
        static const QHash<QString, QString> parts
            = {{QStringLiteral("Formatted"), QStringLiteral("address.label")},
               {QStringLiteral("Street"), QStringLiteral("address.street")},
               {QStringLiteral("City"), QStringLiteral("address.locality")},
               {QStringLiteral("PO Box"), QStringLiteral("address.poBox")},
               {QStringLiteral("Region"), QStringLiteral("address.region")},
               {QStringLiteral("Postal Code"), QStringLiteral("address.postcode")},
               {QStringLiteral("Country"), QStringLiteral("address.country")},
               {QStringLiteral("Extended Address"), QStringLiteral("address.extended")},
               {QStringLiteral("Type"), QStringLiteral("address.type")},
               {QStringLiteral("Label"), QStringLiteral("address.type")}};
        rule.field = parts.value(part);
        rule.separator.clear();
        return rule.field.isEmpty() ? std::nullopt : std::optional(rule);
    }
    if (kind == u"Organization" && number == 1) {
        rule.field = part == u"Name"         ? QStringLiteral("organisationName")
                     : part == u"Title"      ? QStringLiteral("title")
                     : part == u"Department" ? QStringLiteral("department")
                                             : QString();
        rule.separator.clear();
        return rule.field.isEmpty() ? std::nullopt : std::optional(rule);
    }
    return std::nullopt;
}

ColumnMapping googleMapping(const QStringList &headers, bool legacy)
{
    ColumnMapping mapping
        = makeMapping(legacy ? "google-legacy" : "google", RecordTarget::Person, false);
    mapping.rules = rulesFor(headers,
                             {{"Name", "formattedName"},
                              {"Given Name", "givenName"},
                              {"Additional Name", "additionalNames"},
                              {"Family Name", "familyName"},
                              {"First Name", "givenName"},
                              {"Middle Name", "additionalNames"},
                              {"Last Name", "familyName"},
                              {"Name Prefix", "prefix"},
                              {"Name Suffix", "suffix"},
                              {"Nickname", "nickname"},
                              {"Organization Name", "organisationName"},
                              {"Organization Title", "title"},
                              {"Organization Department", "department"},
                              {"Birthday", "birthday"},
                              {"Notes", "notes"},
                              {"Group Membership", "extra", {}, 0, GoogleSeparator},
                              {"Labels", "extra", {}, 0, GoogleSeparator}});
    for (const QString &header : headers) {
        if (auto rule = googleNumberedRule(header, headers)) {
            mapping.rules.append(*rule);
        }
    }
    return mapping;
}

ColumnMapping outlookMapping(const QStringList &headers)
{
    ColumnMapping mapping = makeMapping("outlook", RecordTarget::Person, true);
    mapping.rules = rulesFor(headers,
                             {{"Display Name", "formattedName"},
                              {"Title", "prefix"},
                              {"First Name", "givenName"},
                              {"Middle Name", "additionalNames"},
                              {"Last Name", "familyName"},
                              {"Suffix", "suffix"},
                              {"Nickname", "nickname"},
                              {"Company", "organisationName"},
                              {"Department", "department"},
                              {"Job Title", "title"},
                              {"E-mail Address", "email"},
                              {"E-mail 2 Address", "email"},
                              {"E-mail 3 Address", "email"},
                              {"Email Home", "email", {"home"}},
                              {"Email Work", "email", {"work"}},
                              {"Email Other", "email", {"other"}},
                              {"Home Phone", "phone", {"home"}},
                              {"Home Phone 2", "phone", {"home"}},
                              {"Business Phone", "phone", {"work"}},
                              {"Business Phone 2", "phone", {"work"}},
                              {"Mobile Phone", "phone", {"cell"}},
                              {"Home Mobile", "phone", {"home", "cell"}},
                              {"Primary Phone", "phone", {"pref"}},
                              {"Home Fax", "phone", {"home", "fax"}},
                              {"Business Fax", "phone", {"work", "fax"}},
                              {"Car Phone", "phone", {"car"}},
                              {"Pager", "phone", {"pager"}},
                              {"Phone Video", "phone", {"video"}},
                              {"Other Phone", "phone", {"other"}},
                              {"Home Street", "address.street", {"home"}, 1},
                              {"Home City", "address.locality", {"home"}, 1},
                              {"Home State", "address.region", {"home"}, 1},
                              {"Home Zip", "address.postcode", {"home"}, 1},
                              {"Home Postal Code", "address.postcode", {"home"}, 1},
                              {"Home Country", "address.country", {"home"}, 1},
                              {"Home Country/Region", "address.country", {"home"}, 1},
                              {"Business Street", "address.street", {"work"}, 2},
                              {"Business City", "address.locality", {"work"}, 2},
                              {"Work City", "address.locality", {"work"}, 2},
                              {"Business State", "address.region", {"work"}, 2},
                              {"Work State", "address.region", {"work"}, 2},
                              {"Business Postal Code", "address.postcode", {"work"}, 2},
                              {"Work Zip", "address.postcode", {"work"}, 2},
                              {"Business Country/Region", "address.country", {"work"}, 2},
                              {"Work Country", "address.country", {"work"}, 2},
                              {"Other Street", "address.street", {"other"}, 3},
                              {"Other City", "address.locality", {"other"}, 3},
                              {"Other State", "address.region", {"other"}, 3},
                              {"Other Postal Code", "address.postcode", {"other"}, 3},
                              {"Other Country/Region", "address.country", {"other"}, 3},
                              {"Birthday", "birthday"},
                              {"Notes", "notes"},
                              {"Web Page", "website"},
                              {"Website Home Page", "website"},
                              {"Website Work", "website"},
                              {"Website Blog", "website"},
                              {"Website Profile", "website"},
                              {"Website Other", "website"},
                              {"Gender", "extra"},
                              {"Anniversary", "extra"},
                              {"Categories", "extra"}});
    return mapping;
}

ColumnMapping thunderbirdMapping(const QStringList &headers)
{
    ColumnMapping mapping = makeMapping("thunderbird", RecordTarget::Person, true);
    mapping.rules = rulesFor(headers,
                             {{"Display Name", "formattedName"},
                              {"First Name", "givenName"},
                              {"Last Name", "familyName"},
                              {"Nickname", "nickname"},
                              {"Primary Email", "email", {"pref"}},
                              {"Secondary Email", "email"},
                              {"Work Phone", "phone", {"work"}},
                              {"Home Phone", "phone", {"home"}},
                              {"Fax Number", "phone", {"fax"}},
                              {"Pager Number", "phone", {"pager"}},
                              {"Mobile Number", "phone", {"cell"}},
                              {"Home Address", "address.street", {"home"}, 1},
                              {"Home Address 2", "address.street2", {"home"}, 1},
                              {"Home City", "address.locality", {"home"}, 1},
                              {"Home State", "address.region", {"home"}, 1},
                              {"Home ZipCode", "address.postcode", {"home"}, 1},
                              {"Home Country", "address.country", {"home"}, 1},
                              {"Work Address", "address.street", {"work"}, 2},
                              {"Work Address 2", "address.street2", {"work"}, 2},
                              {"Work City", "address.locality", {"work"}, 2},
                              {"Work State", "address.region", {"work"}, 2},
                              {"Work ZipCode", "address.postcode", {"work"}, 2},
                              {"Work Country", "address.country", {"work"}, 2},
                              {"Job Title", "title"},
                              {"Department", "department"},
                              {"Organization", "organisationName"},
                              {"Web Page 1", "website"},
                              {"Web Page 2", "website"},
                              {"Birth Year", "birthYear"},
                              {"Birth Month", "birthMonth"},
                              {"Birth Day", "birthDay"},
                              {"Screen Name", "extra"},
                              {"Custom 1", "extra"},
                              {"Custom 2", "extra"},
                              {"Custom 3", "extra"},
                              {"Custom 4", "extra"},
                              {"Notes", "notes"}});
    return mapping;
}

ColumnMapping essglobalMapping(const QStringList &headers)
{
    ColumnMapping mapping = makeMapping("essglobal", RecordTarget::Organisation, true);
    mapping.rules = rulesFor(headers,
                             {{"Identifier", "extra"},
                              {"Name", "name"},
                              {"Description", "description"},
                              {"Organisational Structure", "extra"},
                              {"Primary Activity", "extra"},
                              {"Activities", "extra"},
                              {"Street Address", "street"},
                              {"Locality", "locality"},
                              {"Region", "extra"},
                              {"Postcode", "postcode"},
                              {"Country Name", "country"},
                              {"Website", "website", {}, 0, ";"},
                              {"Phone", "phone", {}, 0, ";"},
                              {"Email", "email", {}, 0, ";"},
                              {"Twitter", "extra"},
                              {"Facebook", "extra"},
                              {"Companies House Number", "extra"},
                              {"Qualifiers", "extra"},
                              {"Membership Type", "extra"},
                              {"Latitude", "extra"},
                              {"Longitude", "extra"}});
    return mapping;
}

ColumnMapping berlinMapping(const QStringList &headers)
{
    ColumnMapping mapping = makeMapping("berlin-se", RecordTarget::Organisation, true);
    mapping.rules = rulesFor(headers,
                             {{"name", "name"},
                              {"short description", "description"},
                              {"addr:country", "country"},
                              {"addr:street", "street"},
                              {"addr:housenumber", "houseNumber"},
                              {"addr:postcode", "postcode"},
                              {"addr:city", "locality"},
                              {"contact:phone", "phone", {}, 0, ";"},
                              {"contact:email", "email", {}, 0, ";"},
                              {"contact:website", "website", {}, 0, ";"},
                              {"identity", "tags", {}, 0, ";"},
                              {"main tag", "extra"}});
    return mapping;
}

ColumnMapping coopAtlasMapping(const QStringList &headers, RecordTarget target)
{
    const bool organisation = target == RecordTarget::Organisation;
    ColumnMapping mapping
        = makeMapping(organisation ? "coopatlas-organisations" : "coopatlas-people", target, false);
    const QStringList columns = ColumnMapping::coopAtlasColumns(target);
    const QStringList fields = organisation ? QStringList{QStringLiteral("name"),
                                                          QStringLiteral("kind"),
                                                          QStringLiteral("legalForm"),
                                                          QStringLiteral("sectors"),
                                                          QStringLiteral("stage"),
                                                          QStringLiteral("founded"),
                                                          QStringLiteral("closed"),
                                                          QStringLiteral("street"),
                                                          QStringLiteral("postcode"),
                                                          QStringLiteral("locality"),
                                                          QStringLiteral("commune"),
                                                          QStringLiteral("country"),
                                                          QStringLiteral("website"),
                                                          QStringLiteral("email"),
                                                          QStringLiteral("phone"),
                                                          QStringLiteral("description"),
                                                          QStringLiteral("cooperativeModel"),
                                                          QStringLiteral("memberCount"),
                                                          QStringLiteral("tags"),
                                                          QStringLiteral("languages")}
                                            : QStringList{QStringLiteral("formattedName"),
                                                          QStringLiteral("givenName"),
                                                          QStringLiteral("familyName"),
                                                          QStringLiteral("additionalNames"),
                                                          QStringLiteral("prefix"),
                                                          QStringLiteral("suffix"),
                                                          QStringLiteral("nickname"),
                                                          QStringLiteral("organisationName"),
                                                          QStringLiteral("title"),
                                                          QStringLiteral("role"),
                                                          QStringLiteral("email"),
                                                          QStringLiteral("phone"),
                                                          QStringLiteral("website"),
                                                          QStringLiteral("birthday"),
                                                          QStringLiteral("language"),
                                                          QStringLiteral("notes")};
    static const QStringList lists = {QStringLiteral("sectors"),
                                      QStringLiteral("website"),
                                      QStringLiteral("email"),
                                      QStringLiteral("phone"),
                                      QStringLiteral("tags"),
                                      QStringLiteral("languages"),
                                      QStringLiteral("language")};
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (headers.contains(columns.at(i))) {
            ColumnRule rule;
            rule.column = columns.at(i);
            rule.field = fields.at(i);
            rule.separator = lists.contains(rule.field) ? QStringLiteral(";") : QString();
            mapping.rules.append(rule);
        }
    }
    return mapping;
}

bool hasAll(const QStringList &headers, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (!headers.contains(QString::fromUtf8(name))) {
            return false;
        }
    }
    return true;
}

bool hasAny(const QStringList &headers, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (headers.contains(QString::fromUtf8(name))) {
            return true;
        }
    }
    return false;
}

std::optional<ColumnMapping> detectPreset(const QStringList &headers)
{
    if (hasAll(headers, {"name", "legal_form", "commune"})) {
        return coopAtlasMapping(headers, RecordTarget::Organisation);
    }
    if (hasAll(headers, {"formatted_name", "given_name", "family_name"})) {
        return coopAtlasMapping(headers, RecordTarget::Person);
    }
    if (hasAll(headers, {"Identifier", "Name", "Street Address", "Locality", "Postcode"})) {
        return essglobalMapping(headers);
    }
    if (hasAll(headers, {"name", "addr:street", "addr:postcode", "addr:city"})) {
        return berlinMapping(headers);
    }
    if (hasAll(headers, {"Given Name", "Family Name", "E-mail 1 - Value"})) {
        return googleMapping(headers, true);
    }
    if (hasAll(headers, {"First Name", "Last Name", "E-mail 1 - Value"})) {
        return googleMapping(headers, false);
    }
    if (hasAll(headers, {"Primary Email", "Display Name"})) {
        return thunderbirdMapping(headers);
    }
    if (hasAny(headers, {"E-mail Address", "Email Home", "Email Work", "Business Phone"})) {
        return outlookMapping(headers);
    }
    return std::nullopt;
}

} // namespace

QStringList ColumnMapping::coopAtlasColumns(RecordTarget target)
{
    if (target == RecordTarget::Organisation) {
        return {QStringLiteral("name"),
                QStringLiteral("kind"),
                QStringLiteral("legal_form"),
                QStringLiteral("sectors"),
                QStringLiteral("stage"),
                QStringLiteral("founded"),
                QStringLiteral("closed"),
                QStringLiteral("street"),
                QStringLiteral("postcode"),
                QStringLiteral("locality"),
                QStringLiteral("commune"),
                QStringLiteral("country"),
                QStringLiteral("websites"),
                QStringLiteral("emails"),
                QStringLiteral("phones"),
                QStringLiteral("description"),
                QStringLiteral("cooperative_model"),
                QStringLiteral("member_count"),
                QStringLiteral("tags"),
                QStringLiteral("languages")};
    }
    return {QStringLiteral("formatted_name"),
            QStringLiteral("given_name"),
            QStringLiteral("family_name"),
            QStringLiteral("additional_names"),
            QStringLiteral("prefix"),
            QStringLiteral("suffix"),
            QStringLiteral("nickname"),
            QStringLiteral("organisation"),
            QStringLiteral("title"),
            QStringLiteral("role"),
            QStringLiteral("emails"),
            QStringLiteral("phones"),
            QStringLiteral("websites"),
            QStringLiteral("birthday"),
            QStringLiteral("languages"),
            QStringLiteral("notes")};
}

std::optional<ColumnMapping> ColumnMapping::detect(const QStringList &headers, QChar delimiter)
{
    std::optional<ColumnMapping> mapping = detectPreset(headers);
    if (!mapping) {
        mapping = fromHeaderNames(headers);
    }
    if (mapping && delimiter == u';') {
        mapping->dayFirst = true;
    }
    return mapping;
}

} // namespace CoopAtlas::Core
