// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "communes.h"

#include <QHash>
#include <QRegularExpression>

namespace CoopAtlas::Core {

QString Commune::name(const QString &language) const
{
    return language == QLatin1String("nl") ? nameNl : nameFr;
}

const QList<Commune> &brusselsCommunes()
{
    // Postcodes from bpost; the City of Brussels also covers Laeken (1020),
    // Neder-Over-Heembeek (1120) and Haren (1130).
    static const QList<Commune> communes = {
        {QStringLiteral("anderlecht"),
         QStringLiteral("Anderlecht"),
         QStringLiteral("Anderlecht"),
         {QStringLiteral("1070")}},
        {QStringLiteral("auderghem"),
         QStringLiteral("Auderghem"),
         QStringLiteral("Oudergem"),
         {QStringLiteral("1160")}},
        {QStringLiteral("berchem-sainte-agathe"),
         QStringLiteral("Berchem-Sainte-Agathe"),
         QStringLiteral("Sint-Agatha-Berchem"),
         {QStringLiteral("1082")}},
        {QStringLiteral("bruxelles"),
         QStringLiteral("Bruxelles"),
         QStringLiteral("Brussel"),
         {QStringLiteral("1000"),
          QStringLiteral("1020"),
          QStringLiteral("1120"),
          QStringLiteral("1130")}},
        {QStringLiteral("etterbeek"),
         QStringLiteral("Etterbeek"),
         QStringLiteral("Etterbeek"),
         {QStringLiteral("1040")}},
        {QStringLiteral("evere"),
         QStringLiteral("Evere"),
         QStringLiteral("Evere"),
         {QStringLiteral("1140")}},
        {QStringLiteral("forest"),
         QStringLiteral("Forest"),
         QStringLiteral("Vorst"),
         {QStringLiteral("1190")}},
        {QStringLiteral("ganshoren"),
         QStringLiteral("Ganshoren"),
         QStringLiteral("Ganshoren"),
         {QStringLiteral("1083")}},
        {QStringLiteral("ixelles"),
         QStringLiteral("Ixelles"),
         QStringLiteral("Elsene"),
         {QStringLiteral("1050")}},
        {QStringLiteral("jette"),
         QStringLiteral("Jette"),
         QStringLiteral("Jette"),
         {QStringLiteral("1090")}},
        {QStringLiteral("koekelberg"),
         QStringLiteral("Koekelberg"),
         QStringLiteral("Koekelberg"),
         {QStringLiteral("1081")}},
        {QStringLiteral("molenbeek-saint-jean"),
         QStringLiteral("Molenbeek-Saint-Jean"),
         QStringLiteral("Sint-Jans-Molenbeek"),
         {QStringLiteral("1080")}},
        {QStringLiteral("saint-gilles"),
         QStringLiteral("Saint-Gilles"),
         QStringLiteral("Sint-Gillis"),
         {QStringLiteral("1060")}},
        {QStringLiteral("saint-josse-ten-noode"),
         QStringLiteral("Saint-Josse-ten-Noode"),
         QStringLiteral("Sint-Joost-ten-Node"),
         {QStringLiteral("1210")}},
        {QStringLiteral("schaerbeek"),
         QStringLiteral("Schaerbeek"),
         QStringLiteral("Schaarbeek"),
         {QStringLiteral("1030")}},
        {QStringLiteral("uccle"),
         QStringLiteral("Uccle"),
         QStringLiteral("Ukkel"),
         {QStringLiteral("1180")}},
        {QStringLiteral("watermael-boitsfort"),
         QStringLiteral("Watermael-Boitsfort"),
         QStringLiteral("Watermaal-Bosvoorde"),
         {QStringLiteral("1170")}},
        {QStringLiteral("woluwe-saint-lambert"),
         QStringLiteral("Woluwe-Saint-Lambert"),
         QStringLiteral("Sint-Lambrechts-Woluwe"),
         {QStringLiteral("1200")}},
        {QStringLiteral("woluwe-saint-pierre"),
         QStringLiteral("Woluwe-Saint-Pierre"),
         QStringLiteral("Sint-Pieters-Woluwe"),
         {QStringLiteral("1150")}},
    };
    return communes;
}

QString foldForMatching(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.isMark()) {
            continue;
        }
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !folded.isEmpty()) {
                folded.append(QLatin1Char(' '));
            }
            pendingSpace = false;
            folded.append(c.toLower());
        } else {
            pendingSpace = true;
        }
    }
    return folded;
}

namespace {

const QHash<QString, QString> &nameIndex()
{
    static const QHash<QString, QString> index = [] {
        QHash<QString, QString> names;
        for (const Commune &commune : brusselsCommunes()) {
            names.insert(foldForMatching(commune.nameFr), commune.key);
            names.insert(foldForMatching(commune.nameNl), commune.key);
        }
        for (const char *city : {"brussels",
                                 "brussel",
                                 "bruxelles",
                                 "brussels city",
                                 "ville de bruxelles",
                                 "stad brussel",
                                 "laeken",
                                 "laken",
                                 "haren",
                                 "neder over heembeek"}) {
            names.insert(QString::fromLatin1(city), QStringLiteral("bruxelles"));
        }
        return names;
    }();
    return index;
}

QString communeKeyForPostcode(const QString &postcode)
{
    const QString trimmed = postcode.trimmed();
    for (const Commune &commune : brusselsCommunes()) {
        if (commune.postcodes.contains(trimmed)) {
            return commune.key;
        }
    }
    return {};
}

} // namespace

QString communeKeyFor(const QString &locality, const QString &postcode)
{
    const QString byPostcode = communeKeyForPostcode(postcode);
    const QString folded = foldForMatching(locality);
    if (!folded.isEmpty()) {
        // A bilingual "Ixelles - Elsene" gives the same key for both halves.
        static const QRegularExpression separator(QStringLiteral("\\s+[-/]\\s+"));
        QStringList parts = locality.split(separator, Qt::SkipEmptyParts);
        parts.prepend(locality);
        for (const QString &part : parts) {
            const auto it = nameIndex().constFind(foldForMatching(part));
            if (it == nameIndex().constEnd()) {
                continue;
            }
            // "Brussels" is also written for addresses in other communes: trust
            // a postcode that names a precise commune.
            if (it.value() == QLatin1String("bruxelles") && !byPostcode.isEmpty()) {
                return byPostcode;
            }
            return it.value();
        }
    }
    return byPostcode;
}

const Commune *communeByKey(const QString &key)
{
    for (const Commune &commune : brusselsCommunes()) {
        if (commune.key == key) {
            return &commune;
        }
    }
    return nullptr;
}

} // namespace CoopAtlas::Core
