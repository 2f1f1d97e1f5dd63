// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/import/importrecord.h>
#include <core/result.h>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CoopAtlas::Core {

/// One source column and the CoopAtlas field it fills.
///
/// Field keys: for people formattedName, givenName, additionalNames, familyName,
/// prefix, suffix, nickname, organisationName, department, title, role, email,
/// phone, website, birthday, birthYear, birthMonth, birthDay, notes, language,
/// and address.street, address.street2, address.locality, address.region,
/// address.postcode, address.country, address.poBox, address.extended,
/// address.label, address.type. For organisations name, legalForm, kind,
/// description, street, houseNumber, postcode, locality, commune, country,
/// email, phone, website, founded, closed, stage, sectors, tags, languages,
/// memberCount, cooperativeModel. For both, "extra" keeps the value in
/// extra[column] and "ignore" drops it.
struct ColumnRule
{
    QString column;
    QString field;
    /// Column whose value gives the type of an e-mail, phone or address, as in
    /// Google's "E-mail 1 - Type" next to "E-mail 1 - Value".
    QString typeColumn;
    QStringList types; ///< fixed lowercase types, such as "work" or "cell"
    int group = 0;     ///< address columns with the same group form one address
    /// Splits one cell into several values, such as " ::: " (Google) or ";".
    QString separator;

    friend bool operator==(const ColumnRule &, const ColumnRule &) = default;
};

/// Rules that turn the columns of a CSV file into records. A mapping is built
/// from the header row by detect() or edited by the user, and saved as JSON for reuse.
struct ColumnMapping
{
    QString preset; ///< id of the preset it started from; empty for a hand-made mapping
    RecordTarget target = RecordTarget::Person;
    /// Reads "03/04/2024" as 3 April when true, as March 4 when false. ISO dates
    /// are read the same either way.
    bool dayFirst = true;
    QList<ColumnRule> rules;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<ColumnMapping> fromJson(const QJsonObject &json);
    [[nodiscard]] Result<void> save(const QString &path) const;
    [[nodiscard]] static Result<ColumnMapping> load(const QString &path);

    /// Fails when a rule names a column that is not in `headers`, or a field key
    /// that does not exist for the target.
    [[nodiscard]] Result<void> validate(const QStringList &headers, const QString &fileName) const;

    /// Recognises a known export format from its header row: "google",
    /// "google-legacy", "outlook", "thunderbird", "essglobal", "berlin-se",
    /// "coopatlas-organisations" or "coopatlas-people", else maps the columns
    /// by fromHeaderNames(). Semicolon files default to day-first dates.
    [[nodiscard]] static std::optional<ColumnMapping> detect(const QStringList &headers,
                                                             QChar delimiter);

    /// Maps columns by header name in English, French, Dutch or German, ignoring
    /// case, accents, spaces and punctuation ("E-mail", "Téléphone", "PLZ"), with
    /// the preset id "header-names". The records are people when a first-name or
    /// last-name column exists, or with the columns of CoopAtlas's people list
    /// (name, organisation and "Updated"), else organisations. Unknown columns
    /// go to extra. The columns of CoopAtlas's list exports all map to fields:
    /// kind, stage and commune (term labels and commune names, which ImportJob
    /// turns into keys), and "Updated", which is ignored because the store sets
    /// it. Returns nothing for organisations without a name column. detect()
    /// falls back to it when no known format matches.
    [[nodiscard]] static std::optional<ColumnMapping> fromHeaderNames(const QStringList &headers);

    /// Field keys that rules may use for the given target.
    [[nodiscard]] static QStringList fieldKeys(RecordTarget target);

    /// Column names of CoopAtlas's own CSV export.
    [[nodiscard]] static QStringList coopAtlasColumns(RecordTarget target);

    friend bool operator==(const ColumnMapping &, const ColumnMapping &) = default;
};

} // namespace CoopAtlas::Core
