// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "generator.h"

#include <core/domain/communes.h>

#include <QDateTime>

#include <array>

namespace CoopAtlas::Bench {

namespace {

// Syllables that make pronounceable, accent-bearing names in French, Dutch and German.
constexpr std::array Syllables
    = {"co",    "op",  "la",  "ré",  "seau", "plat", "forme", "vél", "bru", "xel",  "ge",  "meen",
       "schap", "dé",  "li",  "vé",  "rue",  "mo",   "bi",    "li",  "té",  "ener", "gie", "zorg",
       "ker",   "ber", "lin", "bar", "ce",   "lo",   "na",    "ça",  "ö",   "ko"};

constexpr std::array Kinds = {"project-holder",
                              "project-holder",
                              "project-holder",
                              "support-organisation",
                              "funder",
                              "network",
                              "public-body",
                              "research",
                              "other"};
constexpr std::array Stages = {"idea", "prototype", "launched", "scaling", "paused", "closed"};
constexpr std::array Sectors = {"mobility",
                                "food",
                                "housing",
                                "culture",
                                "care",
                                "energy",
                                "finance",
                                "digital-services",
                                "media",
                                "logistics"};
constexpr std::array NoteKinds = {"call", "meeting", "email", "visit", "other"};
constexpr std::array LinkTypes
    = {"supports", "funds", "partners-with", "member-of", "mentors", "hosts"};

template <typename Array> QString pick(QRandomGenerator &random, const Array &values)
{
    return QString::fromUtf8(values[random.bounded(static_cast<quint32>(values.size()))]);
}

} // namespace

Generator::Generator(quint32 seed)
    : m_random(seed)
{}

QString Generator::organisationId(qint64 index)
{
    // Version 7 layout with the index in place of the timestamp keeps ids sorted by index.
    const QString hex = QStringLiteral("%1").arg(index, 12, 16, QLatin1Char('0'));
    return hex.left(8) + QLatin1Char('-') + hex.mid(8, 4)
           + QStringLiteral("-7000-8000-000000000000");
}

QString Generator::word()
{
    QString text;
    const int syllables = 2 + static_cast<int>(m_random.bounded(3));
    for (int i = 0; i < syllables; ++i) {
        text += pick(m_random, Syllables);
    }
    return text;
}

QString Generator::sentence(int words)
{
    QStringList parts;
    for (int i = 0; i < words; ++i) {
        parts << word();
    }
    return parts.join(QLatin1Char(' '));
}

Core::Organisation Generator::organisation(qint64 index)
{
    Core::Organisation org;
    org.meta.id = organisationId(index);
    QString name = word();
    name[0] = name[0].toUpper();
    org.name = name + QLatin1Char(' ') + word() + QStringLiteral(" %1").arg(index);
    org.kind = pick(m_random, Kinds);
    org.stage = pick(m_random, Stages);
    org.sectors = {pick(m_random, Sectors)};
    const auto &communes = Core::brusselsCommunes();
    const auto &commune = communes.at(
        static_cast<qsizetype>(m_random.bounded(static_cast<quint32>(communes.size()))));
    org.commune = commune.key;
    org.locality = commune.nameFr;
    org.postcode = commune.postcodes.first();
    org.street
        = QStringLiteral("Rue ") + word() + QStringLiteral(" %1").arg(m_random.bounded(200) + 1);
    org.country = QStringLiteral("BE");
    org.founded = QDate(1990 + static_cast<int>(m_random.bounded(36)),
                        1 + static_cast<int>(m_random.bounded(12)),
                        1);
    org.websites = {QStringLiteral("https://org%1.example.coop").arg(index)};
    org.emails = {Core::ContactValue{
        QStringLiteral("info@org%1.example.coop").arg(index), {QStringLiteral("work")}, {}, true}};
    org.phones
        = {Core::ContactValue{QStringLiteral("02 %1").arg(m_random.bounded(1000000, 9999999)),
                              {QStringLiteral("work")},
                              {},
                              true}};
    org.description = sentence(12);
    org.source = QStringLiteral("generated");
    return org;
}

Core::Person Generator::person(qint64 index)
{
    Core::Person person;
    QString given = word();
    QString family = word();
    given[0] = given[0].toUpper();
    family[0] = family[0].toUpper();
    person.givenName = given;
    person.familyName = family;
    person.formattedName = given + QLatin1Char(' ') + family;
    person.emails = {Core::ContactValue{
        QStringLiteral("p%1@example.org").arg(index), {QStringLiteral("work")}, {}, true}};
    person.phones
        = {Core::ContactValue{QStringLiteral("0470 %1").arg(m_random.bounded(100000, 999999)),
                              {QStringLiteral("cell")},
                              {},
                              true}};
    person.notes = sentence(6);
    person.source = QStringLiteral("generated");
    return person;
}

Core::Link Generator::link(qint64 index, qint64 organisationCount)
{
    Q_UNUSED(index)
    Core::Link link;
    const auto count = static_cast<quint64>(organisationCount);
    const auto from = static_cast<qint64>(m_random.bounded(count));
    auto to = static_cast<qint64>(m_random.bounded(count));
    if (to == from) {
        to = (to + 1) % organisationCount;
    }
    link.fromId = organisationId(from);
    link.toId = organisationId(to);
    link.type = pick(m_random, LinkTypes);
    link.start = QDate(2015 + static_cast<int>(m_random.bounded(11)),
                       1 + static_cast<int>(m_random.bounded(12)),
                       1);
    link.source = QStringLiteral("generated");
    return link;
}

Core::Note Generator::note(qint64 index, qint64 organisationCount)
{
    Core::Note note;
    const auto target
        = static_cast<qint64>(m_random.bounded(static_cast<quint64>(organisationCount)));
    note.recordId = organisationId(target);
    note.recordKind = Core::RecordKind::Organisation;
    note.at = QDateTime(QDate(2020 + static_cast<int>(m_random.bounded(6)),
                              1 + static_cast<int>(m_random.bounded(12)),
                              1 + static_cast<int>(m_random.bounded(28))),
                        QTime(9 + static_cast<int>(m_random.bounded(9)), 0),
                        Qt::UTC);
    note.kind = pick(m_random, NoteKinds);
    note.text = sentence(20) + QStringLiteral(" (%1)").arg(index);
    note.author = QStringLiteral("generated");
    return note;
}

} // namespace CoopAtlas::Bench
