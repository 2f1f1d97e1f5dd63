// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "seedterms.h"

#include <core/domain/records.h>

#include <QUuid>

namespace CoopAtlas::Core {

namespace {

struct SeedRow
{
    const char *vocabulary;
    const char *key;
    const char *en;
    const char *fr;
    const char *nl;
};

// Labels are UTF-8. Keys must not change once released, because records refer to them.
constexpr SeedRow SeedRows[] = {
    {Vocabulary::OrganisationKind,
     "project-holder",
     "Project holder",
     "Porteur de projet",
     "Projectdrager"},
    {Vocabulary::OrganisationKind,
     "support-organisation",
     "Support organisation",
     "Structure d’accompagnement",
     "Ondersteuningsorganisatie"},
    {Vocabulary::OrganisationKind, "funder", "Funder", "Financeur", "Financier"},
    {Vocabulary::OrganisationKind,
     "public-body",
     "Public body",
     "Organisme public",
     "Overheidsinstantie"},
    {Vocabulary::OrganisationKind, "network", "Network", "Réseau", "Netwerk"},
    {Vocabulary::OrganisationKind, "research", "Research", "Recherche", "Onderzoek"},
    {Vocabulary::OrganisationKind, "other", "Other", "Autre", "Andere"},

    {Vocabulary::Stage, "idea", "Idea", "Idée", "Idee"},
    {Vocabulary::Stage, "prototype", "Prototype", "Prototype", "Prototype"},
    {Vocabulary::Stage, "launched", "Launched", "Lancé", "Gelanceerd"},
    {Vocabulary::Stage, "scaling", "Scaling", "En croissance", "Groeiend"},
    {Vocabulary::Stage, "paused", "Paused", "En pause", "Gepauzeerd"},
    {Vocabulary::Stage, "closed", "Closed", "Fermé", "Gesloten"},

    {Vocabulary::Sector, "mobility", "Mobility", "Mobilité", "Mobiliteit"},
    {Vocabulary::Sector, "food", "Food", "Alimentation", "Voeding"},
    {Vocabulary::Sector, "housing", "Housing", "Logement", "Huisvesting"},
    {Vocabulary::Sector, "culture", "Culture", "Culture", "Cultuur"},
    {Vocabulary::Sector, "care", "Care", "Soins", "Zorg"},
    {Vocabulary::Sector, "energy", "Energy", "Énergie", "Energie"},
    {Vocabulary::Sector, "finance", "Finance", "Finance", "Financiën"},
    {Vocabulary::Sector,
     "digital-services",
     "Digital services",
     "Services numériques",
     "Digitale diensten"},
    {Vocabulary::Sector, "media", "Media", "Médias", "Media"},
    {Vocabulary::Sector, "logistics", "Logistics", "Logistique", "Logistiek"},
    {Vocabulary::Sector, "education", "Education", "Éducation", "Onderwijs"},
    {Vocabulary::Sector, "creative-work", "Creative work", "Travail créatif", "Creatief werk"},
    {Vocabulary::Sector,
     "circular-economy",
     "Circular economy",
     "Économie circulaire",
     "Circulaire economie"},
    {Vocabulary::Sector, "other", "Other", "Autre", "Andere"},

    {Vocabulary::LinkType, "supports", "Supports", "Soutient", "Ondersteunt"},
    {Vocabulary::LinkType, "funds", "Funds", "Finance", "Financiert"},
    {Vocabulary::LinkType, "partners-with", "Partners with", "Partenaire de", "Partner van"},
    {Vocabulary::LinkType, "member-of", "Member of", "Membre de", "Lid van"},
    {Vocabulary::LinkType, "works-at", "Works at", "Travaille chez", "Werkt bij"},
    {Vocabulary::LinkType, "mentors", "Mentors", "Est mentor de", "Is mentor van"},
    {Vocabulary::LinkType, "hosts", "Hosts", "Accueille", "Ontvangt"},
    {Vocabulary::LinkType, "participated-in", "Participated in", "A participé à", "Nam deel aan"},

    {Vocabulary::CooperativeModel,
     "user-owned",
     "User-owned",
     "Détenue par ses usagers",
     "In handen van de gebruikers"},
    {Vocabulary::CooperativeModel,
     "worker-owned",
     "Worker-owned",
     "Détenue par ses travailleurs",
     "In handen van de werknemers"},
    {Vocabulary::CooperativeModel,
     "producer-owned",
     "Producer-owned",
     "Détenue par ses producteurs",
     "In handen van de producenten"},
    {Vocabulary::CooperativeModel,
     "multi-stakeholder",
     "Multi-stakeholder",
     "Multipartite",
     "Multistakeholder"},

    {Vocabulary::NoteKind, "call", "Call", "Appel", "Telefoongesprek"},
    {Vocabulary::NoteKind, "meeting", "Meeting", "Réunion", "Vergadering"},
    {Vocabulary::NoteKind, "email", "E-mail", "E-mail", "E-mail"},
    {Vocabulary::NoteKind, "visit", "Visit", "Visite", "Bezoek"},
    {Vocabulary::NoteKind, "other", "Other", "Autre", "Andere"},
};

// Fixed namespace of seeded term ids. Changing it would give existing files
// different ids from new ones.
const QUuid SeedNamespace(QStringLiteral("f06428f2-9f1f-42b1-8f5e-746e48669726"));

} // namespace

const QList<SeedTerm> &seedTerms()
{
    static const QList<SeedTerm> terms = [] {
        QList<SeedTerm> list;
        for (const SeedRow &row : SeedRows) {
            list.append({QString::fromUtf8(row.vocabulary),
                         QString::fromUtf8(row.key),
                         QString::fromUtf8(row.en),
                         QString::fromUtf8(row.fr),
                         QString::fromUtf8(row.nl)});
        }
        return list;
    }();
    return terms;
}

QString seedTermId(const QString &vocabulary, const QString &key)
{
    return QUuid::createUuidV5(SeedNamespace, vocabulary + QLatin1Char('/') + key)
        .toString(QUuid::WithoutBraces);
}

} // namespace CoopAtlas::Core
