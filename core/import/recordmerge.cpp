// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordmerge.h"

#include <core/domain/communes.h>
#include <core/import/duplicatefinder.h>

namespace CoopAtlas::Core {

namespace {

/// Collects whether any step changed the existing record.
class Merger
{
public:
    void text(QString &target, const QString &value)
    {
        if (target.trimmed().isEmpty() && !value.trimmed().isEmpty()) {
            target = value;
            m_changed = true;
        }
    }

    void date(QDate &target, QDate value)
    {
        if (!target.isValid() && value.isValid()) {
            target = value;
            m_changed = true;
        }
    }

    void list(QStringList &target, const QStringList &values)
    {
        for (const QString &value : values) {
            if (!target.contains(value)) {
                target.append(value);
                m_changed = true;
            }
        }
    }

    void websites(QStringList &target, const QStringList &values)
    {
        for (const QString &value : values) {
            const QString host = DuplicateFinder::normaliseHost(value);
            const bool known = std::any_of(target.cbegin(), target.cend(), [&](const QString &url) {
                return DuplicateFinder::normaliseHost(url) == host;
            });
            if (!known) {
                target.append(value);
                m_changed = true;
            }
        }
    }

    void contacts(QList<ContactValue> &target,
                  const QList<ContactValue> &values,
                  QString (*normalise)(const QString &))
    {
        for (const ContactValue &value : values) {
            const QString key = normalise(value.value);
            const bool known
                = std::any_of(target.cbegin(), target.cend(), [&](const ContactValue &c) {
                      return normalise(c.value) == key;
                  });
            if (!known) {
                ContactValue added = value;
                added.primary = false; // the existing record keeps its primary value
                target.append(added);
                m_changed = true;
            }
        }
    }

    void extra(QJsonObject &target, const QJsonObject &values)
    {
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            if (!target.contains(it.key())) {
                target.insert(it.key(), it.value());
                m_changed = true;
            }
        }
    }

    void addresses(QList<PostalAddress> &target, const QList<PostalAddress> &values)
    {
        for (const PostalAddress &value : values) {
            const QString key
                = foldForMatching(value.street + u' ' + value.postcode + u' ' + value.locality);
            const bool known = std::any_of(
                target.cbegin(), target.cend(), [&](const PostalAddress &a) {
                    return foldForMatching(a.street + u' ' + a.postcode + u' ' + a.locality) == key;
                });
            if (!known) {
                target.append(value);
                m_changed = true;
            }
        }
    }

    void flag(bool changed) { m_changed = m_changed || changed; }
    [[nodiscard]] bool changed() const { return m_changed; }

private:
    bool m_changed = false;
};

} // namespace

bool mergeInto(Organisation &existing, const Organisation &incoming)
{
    Merger merge;
    merge.text(existing.kind, incoming.kind);
    merge.text(existing.legalForm, incoming.legalForm);
    merge.list(existing.sectors, incoming.sectors);
    merge.text(existing.stage, incoming.stage);
    merge.date(existing.founded, incoming.founded);
    merge.date(existing.closed, incoming.closed);
    if (existing.street.isEmpty() && existing.postcode.isEmpty() && existing.locality.isEmpty()) {
        merge.text(existing.street, incoming.street);
        merge.text(existing.postcode, incoming.postcode);
        merge.text(existing.locality, incoming.locality);
        merge.text(existing.commune, incoming.commune);
    }
    merge.text(existing.country, incoming.country);
    merge.websites(existing.websites, incoming.websites);
    merge.contacts(existing.emails, incoming.emails, &DuplicateFinder::normaliseEmail);
    merge.contacts(existing.phones, incoming.phones, &DuplicateFinder::normalisePhone);
    merge.text(existing.description, incoming.description);
    merge.text(existing.cooperativeModel, incoming.cooperativeModel);
    if (!existing.memberCount && incoming.memberCount) {
        existing.memberCount = incoming.memberCount;
        merge.flag(true);
    }
    merge.list(existing.tags, incoming.tags);
    merge.list(existing.languages, incoming.languages);
    merge.text(existing.source, incoming.source);
    merge.extra(existing.extra, incoming.extra);
    return merge.changed();
}

bool mergeInto(Person &existing, const Person &incoming)
{
    Merger merge;
    merge.text(existing.givenName, incoming.givenName);
    merge.text(existing.familyName, incoming.familyName);
    merge.text(existing.additionalNames, incoming.additionalNames);
    merge.text(existing.prefix, incoming.prefix);
    merge.text(existing.suffix, incoming.suffix);
    merge.text(existing.nickname, incoming.nickname);
    merge.text(existing.organisationName, incoming.organisationName);
    merge.text(existing.title, incoming.title);
    merge.text(existing.role, incoming.role);
    merge.contacts(existing.emails, incoming.emails, &DuplicateFinder::normaliseEmail);
    merge.contacts(existing.phones, incoming.phones, &DuplicateFinder::normalisePhone);
    merge.addresses(existing.addresses, incoming.addresses);
    merge.websites(existing.websites, incoming.websites);
    merge.list(existing.languages, incoming.languages);
    merge.text(existing.birthday, incoming.birthday);
    merge.text(existing.notes, incoming.notes);
    if (existing.photo.isEmpty() && !incoming.photo.isEmpty()) {
        existing.photo = incoming.photo;
        existing.photoMimeType = incoming.photoMimeType;
        merge.flag(true);
    }
    merge.text(existing.source, incoming.source);
    merge.extra(existing.extra, incoming.extra);
    return merge.changed();
}

namespace {

template <typename T> void replace(T &target, const T &value, bool &changed)
{
    if (!(target == value)) {
        target = value;
        changed = true;
    }
}

/// Replaces the properties that the vCard parser kept in extra["vcard"]. A kept
/// UID from another application stays, because the vCard writer leaves it out
/// of the card of a record that has an id.
void replaceKeptProperties(QJsonObject &extra, const QJsonObject &incoming, bool &changed)
{
    const QString key = QStringLiteral("vcard");
    const QString uid = QStringLiteral("UID");
    QJsonObject kept = incoming.value(key).toObject();
    const QJsonObject stored = extra.value(key).toObject();
    if (stored.contains(uid) && !kept.contains(uid)) {
        kept.insert(uid, stored.value(uid));
    }
    if (stored == kept) {
        return;
    }
    if (kept.isEmpty()) {
        extra.remove(key);
    } else {
        extra.insert(key, kept);
    }
    changed = true;
}

} // namespace

bool replaceVCardFields(Organisation &stored, const Organisation &incoming)
{
    bool changed = false;
    replace(stored.name, incoming.name, changed);
    if (!incoming.kind.isEmpty()) {
        replace(stored.kind, incoming.kind, changed);
    }
    // NOTE: like the kind, these fields are replaced only when the card carries
    // them, so a vCard written before they were exported keeps the stored values
    // and a tag removed in another copy is not removed here.
    if (!incoming.stage.isEmpty()) {
        replace(stored.stage, incoming.stage, changed);
    }
    if (!incoming.sectors.isEmpty()) {
        replace(stored.sectors, incoming.sectors, changed);
    }
    if (incoming.founded.isValid()) {
        replace(stored.founded, incoming.founded, changed);
    }
    if (incoming.closed.isValid()) {
        replace(stored.closed, incoming.closed, changed);
    }
    if (!incoming.tags.isEmpty()) {
        replace(stored.tags, incoming.tags, changed);
    }
    replace(stored.emails, incoming.emails, changed);
    replace(stored.phones, incoming.phones, changed);
    replace(stored.websites, incoming.websites, changed);
    replace(stored.description, incoming.description, changed);
    replace(stored.languages, incoming.languages, changed);
    const bool moved = stored.street != incoming.street || stored.postcode != incoming.postcode
                       || stored.locality != incoming.locality
                       || stored.country != incoming.country;
    if (moved) {
        stored.street = incoming.street;
        stored.postcode = incoming.postcode;
        stored.locality = incoming.locality;
        stored.country = incoming.country;
        stored.commune = incoming.commune;
        changed = true;
    }
    replaceKeptProperties(stored.extra, incoming.extra, changed);
    return changed;
}

bool replaceVCardFields(Person &stored, const Person &incoming)
{
    bool changed = false;
    for (QString Person::*field : {&Person::formattedName,
                                   &Person::givenName,
                                   &Person::familyName,
                                   &Person::additionalNames,
                                   &Person::prefix,
                                   &Person::suffix,
                                   &Person::nickname,
                                   &Person::organisationName,
                                   &Person::title,
                                   &Person::role,
                                   &Person::birthday,
                                   &Person::notes,
                                   &Person::photoMimeType}) {
        replace(stored.*field, incoming.*field, changed);
    }
    replace(stored.emails, incoming.emails, changed);
    replace(stored.phones, incoming.phones, changed);
    replace(stored.addresses, incoming.addresses, changed);
    replace(stored.websites, incoming.websites, changed);
    replace(stored.languages, incoming.languages, changed);
    replace(stored.photo, incoming.photo, changed);
    replaceKeptProperties(stored.extra, incoming.extra, changed);
    return changed;
}

} // namespace CoopAtlas::Core
