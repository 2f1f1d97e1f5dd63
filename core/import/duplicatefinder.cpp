// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicatefinder.h"

#include <core/domain/communes.h>

#include <QCoreApplication>
#include <QUrl>

namespace CoopAtlas::Core {

namespace {

class DuplicateFinderText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::DuplicateFinder)
};

/// Legal forms and cooperative markers in Belgian, German, Spanish, Catalan,
/// French, Dutch and English names, as words after foldForMatching().
const QSet<QString> &legalFormWords()
{
    static const QSet<QString> words = {QStringLiteral("scrl"),
                                        QStringLiteral("scrlfs"),
                                        QStringLiteral("fs"),
                                        QStringLiteral("sc"),
                                        QStringLiteral("scs"),
                                        QStringLiteral("cv"),
                                        QStringLiteral("cvba"),
                                        QStringLiteral("cvso"),
                                        QStringLiteral("so"),
                                        QStringLiteral("sprl"),
                                        QStringLiteral("srl"),
                                        QStringLiteral("sa"),
                                        QStringLiteral("nv"),
                                        QStringLiteral("bv"),
                                        QStringLiteral("bvba"),
                                        QStringLiteral("asbl"),
                                        QStringLiteral("vzw"),
                                        QStringLiteral("aisbl"),
                                        QStringLiteral("ivzw"),
                                        QStringLiteral("gmbh"),
                                        QStringLiteral("eg"),
                                        QStringLiteral("ev"),
                                        QStringLiteral("ag"),
                                        QStringLiteral("ug"),
                                        QStringLiteral("sccl"),
                                        QStringLiteral("scoop"),
                                        QStringLiteral("sce"),
                                        QStringLiteral("scic"),
                                        QStringLiteral("ltd"),
                                        QStringLiteral("limited"),
                                        QStringLiteral("inc"),
                                        QStringLiteral("llc"),
                                        QStringLiteral("coop"),
                                        QStringLiteral("cooperative"),
                                        QStringLiteral("cooperatieve"),
                                        QStringLiteral("cooperativa"),
                                        QStringLiteral("cooperatiu"),
                                        QStringLiteral("cooperativo"),
                                        QStringLiteral("genossenschaft")};
    return words;
}

QString firstShared(const QSet<QString> &a, const QSet<QString> &b)
{
    for (const QString &value : a) {
        if (b.contains(value)) {
            return value;
        }
    }
    return {};
}

void addContacts(MatchKeys &keys,
                 const QList<ContactValue> &emails,
                 const QList<ContactValue> &phones,
                 const QStringList &websites)
{
    for (const ContactValue &email : emails) {
        if (const QString key = DuplicateFinder::normaliseEmail(email.value); !key.isEmpty()) {
            keys.emails.insert(key);
        }
    }
    for (const ContactValue &phone : phones) {
        if (const QString key = DuplicateFinder::normalisePhone(phone.value); !key.isEmpty()) {
            keys.phones.insert(key);
        }
    }
    for (const QString &website : websites) {
        if (const QString key = DuplicateFinder::normaliseHost(website); !key.isEmpty()) {
            keys.hosts.insert(key);
        }
    }
}

} // namespace

QString DuplicateFinder::normaliseName(const QString &name)
{
    const QString folded = foldForMatching(name);
    QStringList remaining;
    for (const QString &word : folded.split(u' ', Qt::SkipEmptyParts)) {
        if (!legalFormWords().contains(word)) {
            remaining.append(word);
        }
    }
    return remaining.isEmpty() ? folded : remaining.join(u' ');
}

QString DuplicateFinder::normaliseHost(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty()) {
        return {};
    }
    QString host = QUrl::fromUserInput(trimmed).host().toLower();
    if (host.startsWith(QLatin1String("www."))) {
        host = host.mid(4);
    }
    return host;
}

QString DuplicateFinder::normalisePhone(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit()) {
            digits.append(c);
        }
    }
    const bool international = phone.trimmed().startsWith(u'+');
    if (digits.startsWith(QLatin1String("0032"))) {
        return u'0' + digits.mid(4);
    }
    if (international && digits.startsWith(QLatin1String("32"))) {
        return u'0' + digits.mid(2);
    }
    return digits;
}

QString DuplicateFinder::normaliseEmail(const QString &email)
{
    return email.trimmed().toLower();
}

QString DuplicateFinder::normaliseAddress(const QString &street, const QString &postcode)
{
    const QString foldedStreet = foldForMatching(street);
    const QString code = postcode.trimmed().toLower();
    if (foldedStreet.isEmpty() || code.isEmpty()) {
        return {};
    }
    return foldedStreet + u' ' + code;
}

MatchKeys DuplicateFinder::keys(const Organisation &org)
{
    MatchKeys keys;
    keys.name = normaliseName(org.name);
    keys.fullName = foldForMatching(org.name);
    addContacts(keys, org.emails, org.phones, org.websites);
    if (const QString address = normaliseAddress(org.street, org.postcode); !address.isEmpty()) {
        keys.addresses.insert(address);
    }
    return keys;
}

MatchKeys DuplicateFinder::keys(const Person &person)
{
    MatchKeys keys;
    keys.name = foldForMatching(person.formattedName);
    keys.fullName = keys.name;
    addContacts(keys, person.emails, person.phones, person.websites);
    for (const PostalAddress &postal : person.addresses) {
        if (const QString address = normaliseAddress(postal.street, postal.postcode);
            !address.isEmpty()) {
            keys.addresses.insert(address);
        }
    }
    return keys;
}

MatchKeys DuplicateFinder::keys(const ImportRecord &record)
{
    return record.target == RecordTarget::Organisation ? keys(record.organisation)
                                                       : keys(record.person);
}

QString DuplicateFinder::nameKey(const ImportRecord &record)
{
    return record.target == RecordTarget::Organisation
               ? normaliseName(record.organisation.name)
               : foldForMatching(record.person.formattedName);
}

std::optional<QString> DuplicateFinder::matchReason(const MatchKeys &a, const MatchKeys &b)
{
    if (a.name.isEmpty() || a.name != b.name) {
        return std::nullopt;
    }
    const bool identicalNames = a.fullName == b.fullName;
    if (const QString host = firstShared(a.hosts, b.hosts); !host.isEmpty()) {
        return identicalNames ? DuplicateFinderText::tr("same name and website %1").arg(host)
                              : DuplicateFinderText::tr(
                                    "names equal apart from legal forms (%1) and website %2")
                                    .arg(a.name, host);
    }
    if (const QString email = firstShared(a.emails, b.emails); !email.isEmpty()) {
        return identicalNames ? DuplicateFinderText::tr("same name and e-mail %1").arg(email)
                              : DuplicateFinderText::tr(
                                    "names equal apart from legal forms (%1) and e-mail %2")
                                    .arg(a.name, email);
    }
    if (const QString phone = firstShared(a.phones, b.phones); !phone.isEmpty()) {
        return identicalNames
                   ? DuplicateFinderText::tr("same name and phone %1").arg(phone)
                   : DuplicateFinderText::tr("names equal apart from legal forms (%1) and phone %2")
                         .arg(a.name, phone);
    }
    if (const QString address = firstShared(a.addresses, b.addresses); !address.isEmpty()) {
        return identicalNames ? DuplicateFinderText::tr("same name and address %1").arg(address)
                              : DuplicateFinderText::tr(
                                    "names equal apart from legal forms (%1) and address %2")
                                    .arg(a.name, address);
    }
    // Without a shared contact value only an identical name is evidence enough,
    // because "SMart" and "Smart Coop" are two different organisations.
    if (identicalNames && !a.hasContactKeys() && !b.hasContactKeys()) {
        return DuplicateFinderText::tr(
            "same name, and neither has a website, e-mail, phone or address");
    }
    return std::nullopt;
}

} // namespace CoopAtlas::Core
