// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordmapper.h"

#include <core/domain/communes.h>
#include <core/import/htmltext.h>
#include <core/logging.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>

namespace CoopAtlas::Core {

namespace {

class RecordMapperText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::RecordMapper)
};

/// Google marks the primary value of a type with a leading "* ".
QString stripPrimaryMark(const QString &text, bool *primary = nullptr)
{
    const bool marked = text.startsWith(QLatin1String("* "));
    if (primary) {
        *primary = marked;
    }
    return marked ? text.mid(2).trimmed() : text;
}

/// Turns an address-book type label ("Mobile", "Work Fax", "* Home") into vCard types.
void applyTypeLabel(const QString &label, ContactValue &contact)
{
    static const QHash<QString, QStringList> known
        = {{QStringLiteral("home"), {QStringLiteral("home")}},
           {QStringLiteral("work"), {QStringLiteral("work")}},
           {QStringLiteral("other"), {QStringLiteral("other")}},
           {QStringLiteral("mobile"), {QStringLiteral("cell")}},
           {QStringLiteral("main"), {QStringLiteral("main")}},
           {QStringLiteral("pager"), {QStringLiteral("pager")}},
           {QStringLiteral("fax"), {QStringLiteral("fax")}},
           {QStringLiteral("home fax"), {QStringLiteral("home"), QStringLiteral("fax")}},
           {QStringLiteral("work fax"), {QStringLiteral("work"), QStringLiteral("fax")}}};
    const QString key = label.trimmed().toLower();
    if (key.isEmpty()) {
        return;
    }
    const auto it = known.constFind(key);
    if (it == known.constEnd()) {
        contact.label = label.trimmed();
        return;
    }
    for (const QString &type : *it) {
        if (!contact.types.contains(type)) {
            contact.types.append(type);
        }
    }
}

class RowMapper
{
public:
    RowMapper(const CsvTable &table, const ColumnMapping &mapping, MappedRows &out)
        : m_table(table)
        , m_mapping(mapping)
        , m_out(out)
    {
        for (qsizetype i = 0; i < table.headers.size(); ++i) {
            m_index.insert(table.headers.at(i), i);
        }
    }

    void mapRow(const CsvRow &row);

private:
    /// The value of a column, trimmed unless a formula guard was removed from it.
    [[nodiscard]] QString cell(const QString &column) const
    {
        const qsizetype index = m_index.value(column, -1);
        const QString value = m_row->fields.value(index);
        return m_row->isUnguarded(index) ? value : value.trimmed();
    }
    [[nodiscard]] QStringList values(const ColumnRule &rule) const;
    [[nodiscard]] QList<ContactValue> contacts(const ColumnRule &rule) const;
    QString date(const ColumnRule &rule, const QString &value, bool allowNoYear);
    void putExtra(QJsonObject &extra, const ColumnRule &rule) const;
    bool applyPersonName(Person &person, const ColumnRule &rule, const QString &value);
    void applyPerson(Person &person, QMap<int, PostalAddress> &addresses, const ColumnRule &rule);
    void applyOrganisation(Organisation &org, const ColumnRule &rule, QString &houseNumber);
    void finishPerson(Person &person, const QMap<int, PostalAddress> &addresses);
    void mapPerson();
    void mapOrganisation();
    void skip(const QString &reason);

    const CsvTable &m_table;
    const ColumnMapping &m_mapping;
    MappedRows &m_out;
    QHash<QString, qsizetype> m_index;
    const CsvRow *m_row = nullptr;
    QString m_birthYear;
    QString m_birthMonth;
    QString m_birthDay;
    QString m_department;
};

QStringList RowMapper::values(const ColumnRule &rule) const
{
    const QString value = cell(rule.column);
    if (value.isEmpty()) {
        return {};
    }
    if (rule.separator.isEmpty()) {
        return {value};
    }
    QStringList parts;
    for (const QString &part : value.split(rule.separator)) {
        // Directories also list e-mail addresses with commas, which no
        // unquoted address contains.
        const QStringList pieces = rule.field == u"email" ? part.split(u',') : QStringList{part};
        for (const QString &piece : pieces) {
            if (!piece.trimmed().isEmpty()) {
                parts.append(piece.trimmed());
            }
        }
    }
    return parts;
}

QList<ContactValue> RowMapper::contacts(const ColumnRule &rule) const
{
    const QStringList list = values(rule);
    QStringList typeTexts;
    if (!rule.typeColumn.isEmpty()) {
        ColumnRule typeRule = rule;
        typeRule.column = rule.typeColumn;
        typeTexts = values(typeRule);
    }
    QList<ContactValue> result;
    for (qsizetype i = 0; i < list.size(); ++i) {
        ContactValue contact;
        contact.value = list.at(i);
        const bool paired = typeTexts.size() == list.size();
        bool primary = false;
        const QString label = stripPrimaryMark(typeTexts.value(paired ? i : 0), &primary);
        contact.primary = primary && (paired || i == 0);
        applyTypeLabel(label, contact);
        for (const QString &type : rule.types) {
            if (type == u"pref") {
                contact.primary = true;
            } else if (!contact.types.contains(type)) {
                contact.types.append(type);
            }
        }
        result.append(contact);
    }
    return result;
}

QString RowMapper::date(const ColumnRule &rule, const QString &value, bool allowNoYear)
{
    QString parsed = RecordMapper::parseDate(value, m_mapping.dayFirst, allowNoYear);
    if (parsed.isEmpty()) {
        m_out.warnings.append(
            RecordMapperText::tr("%1, line %2, column \"%3\": \"%4\" is not a date (use "
                                 "yyyy-mm-dd or dd/mm/yyyy); the field is left empty.")
                .arg(m_table.fileName)
                .arg(m_row->line)
                .arg(rule.column, value));
    }
    return parsed;
}

void RowMapper::putExtra(QJsonObject &extra, const ColumnRule &rule) const
{
    QStringList list = values(rule);
    for (QString &value : list) {
        value = stripPrimaryMark(value);
    }
    if (list.size() == 1) {
        extra.insert(rule.column, list.first());
    } else if (!list.isEmpty()) {
        extra.insert(rule.column, QJsonArray::fromStringList(list));
    }
}

bool RowMapper::applyPersonName(Person &person, const ColumnRule &rule, const QString &value)
{
    static const QHash<QString, QString Person::*> textFields
        = {{QStringLiteral("formattedName"), &Person::formattedName},
           {QStringLiteral("givenName"), &Person::givenName},
           {QStringLiteral("additionalNames"), &Person::additionalNames},
           {QStringLiteral("familyName"), &Person::familyName},
           {QStringLiteral("prefix"), &Person::prefix},
           {QStringLiteral("suffix"), &Person::suffix},
           {QStringLiteral("nickname"), &Person::nickname},
           {QStringLiteral("organisationName"), &Person::organisationName},
           {QStringLiteral("title"), &Person::title},
           {QStringLiteral("role"), &Person::role},
           {QStringLiteral("notes"), &Person::notes}};
    const auto it = textFields.constFind(rule.field);
    if (it == textFields.constEnd()) {
        return false;
    }
    person.*(*it) = value;
    return true;
}

void RowMapper::applyPerson(Person &person,
                            QMap<int, PostalAddress> &addresses,
                            const ColumnRule &rule)
{
    const QString value = cell(rule.column);
    if (value.isEmpty() || rule.field == u"ignore" || applyPersonName(person, rule, value)) {
        return;
    }
    const QString &field = rule.field;
    if (field == u"email" || field == u"phone") {
        (field == u"email" ? person.emails : person.phones).append(contacts(rule));
    } else if (field == u"website") {
        person.websites.append(values(rule));
    } else if (field == u"language") {
        person.languages.append(values(rule));
    } else if (field == u"department") {
        m_department = value;
    } else if (field == u"birthday") {
        person.birthday = date(rule, value, true);
    } else if (field == u"birthYear" || field == u"birthMonth" || field == u"birthDay") {
        (field == u"birthYear"    ? m_birthYear
         : field == u"birthMonth" ? m_birthMonth
                                  : m_birthDay)
            = value;
    } else if (field.startsWith(QLatin1String("address."))) {
        PostalAddress &address = addresses[rule.group];
        for (const QString &type : rule.types) {
            if (!address.types.contains(type)) {
                address.types.append(type);
            }
        }
        const QString part = field.mid(8);
        if (part == u"street2") {
            address.street = address.street.isEmpty() ? value : address.street + u'\n' + value;
        } else if (part == u"type") {
            ContactValue typed;
            applyTypeLabel(stripPrimaryMark(value), typed);
            address.types += typed.types;
        } else {
            static const QHash<QString, QString PostalAddress::*> parts
                = {{QStringLiteral("street"), &PostalAddress::street},
                   {QStringLiteral("locality"), &PostalAddress::locality},
                   {QStringLiteral("region"), &PostalAddress::region},
                   {QStringLiteral("postcode"), &PostalAddress::postcode},
                   {QStringLiteral("country"), &PostalAddress::country},
                   {QStringLiteral("poBox"), &PostalAddress::poBox},
                   {QStringLiteral("extended"), &PostalAddress::extended},
                   {QStringLiteral("label"), &PostalAddress::label}};
            if (const auto it = parts.constFind(part); it != parts.constEnd()) {
                address.*(*it) = part == u"street" && !address.street.isEmpty()
                                     ? value + u'\n' + address.street
                                     : value;
            }
        }
    } else if (field == u"extra") {
        putExtra(person.extra, rule);
    }
}

void RowMapper::finishPerson(Person &person, const QMap<int, PostalAddress> &addresses)
{
    if (!m_department.isEmpty()) {
        person.organisationName
            = person.organisationName.isEmpty()
                  ? m_department
                  : person.organisationName + QStringLiteral("; ") + m_department;
    }
    if (!m_birthMonth.isEmpty() && !m_birthDay.isEmpty()) {
        const QString text = QStringLiteral("%1-%2-%3")
                                 .arg(m_birthYear.isEmpty() ? QStringLiteral("-") : m_birthYear)
                                 .arg(m_birthMonth.toInt(), 2, 10, QLatin1Char('0'))
                                 .arg(m_birthDay.toInt(), 2, 10, QLatin1Char('0'));
        person.birthday = RecordMapper::parseDate(text, false, true);
    }
    for (PostalAddress address : addresses) {
        PostalAddress onlyTypes;
        onlyTypes.types = address.types;
        if (address != onlyTypes) {
            address.types.removeDuplicates();
            person.addresses.append(address);
        }
    }
    if (person.formattedName.isEmpty()) {
        QStringList parts;
        for (const QString *part : {&person.prefix,
                                    &person.givenName,
                                    &person.additionalNames,
                                    &person.familyName,
                                    &person.suffix}) {
            if (!part->trimmed().isEmpty()) {
                parts.append(*part);
            }
        }
        person.formattedName = parts.join(u' ');
    }
    if (person.formattedName.isEmpty()) {
        person.formattedName = person.organisationName;
    }
    if (person.formattedName.isEmpty() && !person.emails.isEmpty()) {
        person.formattedName = person.emails.first().value;
    }
}

void RowMapper::skip(const QString &reason)
{
    m_out.skipped.append({m_row->line, {}, reason});
}

void RowMapper::mapPerson()
{
    Person person;
    QMap<int, PostalAddress> addresses;
    m_birthYear.clear();
    m_birthMonth.clear();
    m_birthDay.clear();
    m_department.clear();
    for (const ColumnRule &rule : m_mapping.rules) {
        applyPerson(person, addresses, rule);
    }
    finishPerson(person, addresses);
    if (person.formattedName.isEmpty() && person.phones.isEmpty()) {
        skip(RecordMapperText::tr("The row has no name, e-mail address or phone number."));
        return;
    }
    person.source = m_table.fileName;
    ImportRecord record;
    record.line = m_row->line;
    record.target = RecordTarget::Person;
    record.person = std::move(person);
    m_out.records.append(std::move(record));
}

void RowMapper::applyOrganisation(Organisation &org, const ColumnRule &rule, QString &houseNumber)
{
    static const QHash<QString, QString Organisation::*> textFields
        = {{QStringLiteral("name"), &Organisation::name},
           {QStringLiteral("legalForm"), &Organisation::legalForm},
           {QStringLiteral("kind"), &Organisation::kind},
           {QStringLiteral("description"), &Organisation::description},
           {QStringLiteral("street"), &Organisation::street},
           {QStringLiteral("postcode"), &Organisation::postcode},
           {QStringLiteral("locality"), &Organisation::locality},
           {QStringLiteral("commune"), &Organisation::commune},
           {QStringLiteral("country"), &Organisation::country},
           {QStringLiteral("stage"), &Organisation::stage},
           {QStringLiteral("cooperativeModel"), &Organisation::cooperativeModel}};
    static const QHash<QString, QStringList Organisation::*> listFields
        = {{QStringLiteral("website"), &Organisation::websites},
           {QStringLiteral("sectors"), &Organisation::sectors},
           {QStringLiteral("tags"), &Organisation::tags},
           {QStringLiteral("languages"), &Organisation::languages}};
    const QString value = cell(rule.column);
    const QString &field = rule.field;
    if (value.isEmpty() || field == u"ignore") {
        return;
    }
    if (field == u"description" && containsHtmlTags(value)) {
        // Directories such as the ICA's write descriptions in HTML.
        org.description = htmlToPlainText(value);
    } else if (const auto it = textFields.constFind(field); it != textFields.constEnd()) {
        org.*(*it) = value;
    } else if (const auto list = listFields.constFind(field); list != listFields.constEnd()) {
        (org.*(*list)).append(values(rule));
    } else if (field == u"email" || field == u"phone") {
        (field == u"email" ? org.emails : org.phones).append(contacts(rule));
    } else if (field == u"houseNumber") {
        houseNumber = value;
    } else if (field == u"founded" || field == u"closed") {
        const QDate parsed = QDate::fromString(date(rule, value, false), Qt::ISODate);
        (field == u"founded" ? org.founded : org.closed) = parsed;
    } else if (field == u"memberCount") {
        bool ok = false;
        const int count = value.toInt(&ok);
        if (ok && count >= 0) {
            org.memberCount = count;
        }
    } else if (field == u"extra") {
        putExtra(org.extra, rule);
    }
}

void RowMapper::mapOrganisation()
{
    Organisation org;
    QString houseNumber;
    for (const ColumnRule &rule : m_mapping.rules) {
        applyOrganisation(org, rule, houseNumber);
    }
    if (org.name.isEmpty()) {
        skip(RecordMapperText::tr("The name is empty."));
        return;
    }
    if (!houseNumber.isEmpty()) {
        org.street = org.street.isEmpty() ? houseNumber : org.street + u' ' + houseNumber;
    }
    if (!org.commune.isEmpty() && communeByKey(org.commune) == nullptr) {
        // A commune name in French or Dutch, as CoopAtlas's list exports write it.
        org.commune = communeKeyFor(org.commune, {});
    }
    if (org.commune.isEmpty()) {
        org.commune = communeForAddress(org.locality, org.postcode, org.country);
    }
    org.source = m_table.fileName;
    ImportRecord record;
    record.line = m_row->line;
    record.target = RecordTarget::Organisation;
    record.organisation = std::move(org);
    m_out.records.append(std::move(record));
}

void RowMapper::mapRow(const CsvRow &row)
{
    m_row = &row;
    if (m_mapping.target == RecordTarget::Organisation) {
        mapOrganisation();
    } else {
        mapPerson();
    }
}

} // namespace

QString RecordMapper::parseDate(const QString &text, bool dayFirst, bool allowNoYear)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression local(
        QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"));
    static const QRegularExpression noYear(QStringLiteral("^--(\\d{1,2})-(\\d{1,2})$"));
    const QString value = text.trimmed();
    QDate date;
    if (const auto match = iso.match(value); match.hasMatch()) {
        date = QDate(
            match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    } else if (const auto localMatch = local.match(value); localMatch.hasMatch()) {
        const int first = localMatch.captured(1).toInt();
        const int second = localMatch.captured(2).toInt();
        const int year = localMatch.captured(3).toInt();
        date = dayFirst ? QDate(year, second, first) : QDate(year, first, second);
    } else if (const auto partial = noYear.match(value); allowNoYear && partial.hasMatch()) {
        const int month = partial.captured(1).toInt();
        const int day = partial.captured(2).toInt();
        if (QDate(2000, month, day).isValid()) { // 2000 is a leap year, so 29 February passes
            return QStringLiteral("--%1-%2")
                .arg(month, 2, 10, QLatin1Char('0'))
                .arg(day, 2, 10, QLatin1Char('0'));
        }
    }
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

Result<MappedRows> RecordMapper::map(const CsvTable &table, const ColumnMapping &mapping)
{
    if (auto valid = mapping.validate(table.headers, table.fileName); !valid) {
        return valid.error();
    }
    MappedRows out;
    out.records.reserve(table.rows.size());
    RowMapper mapper(table, mapping, out);
    for (const CsvRow &row : table.rows) {
        mapper.mapRow(row);
    }
    qCInfo(lcImport) << "Mapped" << out.records.size() << "records from" << table.fileName << "with"
                     << out.skipped.size() << "rows skipped";
    return out;
}

} // namespace CoopAtlas::Core
