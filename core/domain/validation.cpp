// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation.h"

#include <core/domain/communes.h>

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QUrl>

namespace CoopAtlas::Core {

namespace {

class ValidationText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::Validation)
};

void checkEmails(const QList<ContactValue> &emails, QList<FieldError> &errors)
{
    for (const ContactValue &email : emails) {
        if (!isValidEmail(email.value)) {
            errors.append({QStringLiteral("emails"),
                           ValidationText::tr("The e-mail address \"%1\" is not valid. Write it as "
                                              "name@example.org or remove it.")
                               .arg(email.value)});
        }
    }
}

void checkWebsites(const QStringList &websites, QList<FieldError> &errors)
{
    for (const QString &website : websites) {
        if (!isValidWebsite(website)) {
            errors.append(
                {QStringLiteral("websites"),
                 ValidationText::tr("The website \"%1\" is not a valid web address. Write it as "
                                    "https://example.org or remove it.")
                     .arg(website)});
        }
    }
}

bool isSlug(const QString &key)
{
    static const QRegularExpression slug(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return slug.match(key).hasMatch();
}

} // namespace

bool isValidEmail(const QString &address)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return pattern.match(address).hasMatch();
}

bool isValidWebsite(const QString &address)
{
    const QString trimmed = address.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1Char(' '))) {
        return false;
    }
    const bool hasScheme = trimmed.contains(QLatin1String("://"));
    const QUrl url(hasScheme ? trimmed : QStringLiteral("https://") + trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme();
    return url.isValid() && (scheme == QLatin1String("https") || scheme == QLatin1String("http"))
           && url.userInfo().isEmpty() && url.host().contains(QLatin1Char('.'));
}

bool isValidBirthday(const QString &text)
{
    // "-" then "-MM-DD" accepts the vCard form without a year.
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4}|-)-(\\d{2})-(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return false;
    }
    // A date without a year may be February 29, so it is checked in 2000, a leap year.
    const bool hasYear = match.captured(1) != QLatin1String("-");
    const int year = hasYear ? match.captured(1).toInt() : 2000;
    return QDate::isValid(year, match.captured(2).toInt(), match.captured(3).toInt());
}

QList<FieldError> validate(const Organisation &org)
{
    QList<FieldError> errors;
    if (org.name.trimmed().isEmpty()) {
        errors.append({QStringLiteral("name"),
                       ValidationText::tr("The organisation has no name. Enter its name.")});
    }
    if (org.founded.isValid() && org.closed.isValid() && org.closed < org.founded) {
        errors.append(
            {QStringLiteral("closed"),
             ValidationText::tr("The closing date %1 is before the founding date %2. Correct one "
                                "of the two dates.")
                 .arg(org.closed.toString(Qt::ISODate), org.founded.toString(Qt::ISODate))});
    }
    if (org.memberCount && *org.memberCount < 0) {
        errors.append(
            {QStringLiteral("memberCount"),
             ValidationText::tr("The member count %1 is negative. Enter zero or more, or leave it "
                                "empty when unknown.")
                 .arg(*org.memberCount)});
    }
    if (!org.commune.isEmpty() && communeByKey(org.commune) == nullptr) {
        errors.append({QStringLiteral("commune"),
                       ValidationText::tr(
                           "\"%1\" is not one of the 19 Brussels communes. Choose a commune from "
                           "the list, or leave it empty outside the Brussels-Capital Region.")
                           .arg(org.commune)});
    }
    checkWebsites(org.websites, errors);
    checkEmails(org.emails, errors);
    return errors;
}

QList<FieldError> validate(const Person &person)
{
    QList<FieldError> errors;
    if (person.formattedName.trimmed().isEmpty()) {
        errors.append({QStringLiteral("formattedName"),
                       ValidationText::tr("The person has no name. Enter the name to show.")});
    }
    if (!person.birthday.isEmpty() && !isValidBirthday(person.birthday)) {
        errors.append(
            {QStringLiteral("birthday"),
             ValidationText::tr("The birthday \"%1\" is not a date. Write it as YYYY-MM-DD, or "
                                "--MM-DD without a year.")
                 .arg(person.birthday)});
    }
    checkWebsites(person.websites, errors);
    checkEmails(person.emails, errors);
    return errors;
}

QList<FieldError> validate(const Link &link)
{
    QList<FieldError> errors;
    if (link.fromId.isEmpty() || link.toId.isEmpty()) {
        errors.append(
            {QStringLiteral("fromId"),
             ValidationText::tr("The link needs a record at both ends. Choose the two records.")});
    } else if (link.fromId == link.toId) {
        errors.append(
            {QStringLiteral("toId"),
             ValidationText::tr("The link goes from record %1 to itself. Choose another record "
                                "for one end.")
                 .arg(link.fromId)});
    }
    if (link.type.isEmpty()) {
        errors.append(
            {QStringLiteral("type"),
             ValidationText::tr("The link has no type. Choose one, such as \"supports\".")});
    }
    if (link.start.isValid() && link.end.isValid() && link.end < link.start) {
        errors.append(
            {QStringLiteral("end"),
             ValidationText::tr("The end date %1 is before the start date %2. Correct one of the "
                                "two dates.")
                 .arg(link.end.toString(Qt::ISODate), link.start.toString(Qt::ISODate))});
    }
    return errors;
}

QList<FieldError> validate(const Note &note)
{
    QList<FieldError> errors;
    if (note.recordId.isEmpty()) {
        errors.append(
            {QStringLiteral("recordId"),
             ValidationText::tr("The note is not attached to a record. Choose the record it is "
                                "about.")});
    }
    if (note.text.trimmed().isEmpty()) {
        errors.append(
            {QStringLiteral("text"), ValidationText::tr("The note is empty. Write its text.")});
    }
    return errors;
}

QList<FieldError> validate(const TaxonomyTerm &term)
{
    QList<FieldError> errors;
    if (term.vocabulary.isEmpty()) {
        errors.append({QStringLiteral("vocabulary"),
                       ValidationText::tr("The term belongs to no vocabulary. Choose one, such as "
                                          "\"sector\".")});
    }
    if (!isSlug(term.key)) {
        errors.append(
            {QStringLiteral("key"),
             ValidationText::tr("The key \"%1\" is not valid. Use lowercase letters, digits and "
                                "single hyphens, such as \"social-housing\".")
                 .arg(term.key)});
    }
    if (term.labelEn.trimmed().isEmpty()) {
        errors.append({QStringLiteral("labelEn"),
                       ValidationText::tr("The term has no English label. Enter one.")});
    }
    return errors;
}

QString joinMessages(const QList<FieldError> &errors)
{
    QStringList messages;
    for (const FieldError &error : errors) {
        messages.append(error.message);
    }
    return messages.join(QLatin1Char('\n'));
}

} // namespace CoopAtlas::Core
