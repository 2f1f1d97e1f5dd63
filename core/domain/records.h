// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CoopAtlas::Core {

/// Kinds of record kept in the store. The text form ("organisation", "person", ...)
/// is the prefix of sync document ids and the value of notes.record_kind.
/// The kinds after Taxonomy are the activity records of activities.h.
enum class RecordKind {
    Organisation,
    Person,
    Link,
    Note,
    Taxonomy,
    Workshop,
    Participation,
    Followup,
    Residency,
    Stay,
    Visit,
    BudgetLine,
    Resource,
    Barrier,
};

/// Every record kind, in declaration order.
inline constexpr RecordKind AllRecordKinds[] = {RecordKind::Organisation,
                                                RecordKind::Person,
                                                RecordKind::Link,
                                                RecordKind::Note,
                                                RecordKind::Taxonomy,
                                                RecordKind::Workshop,
                                                RecordKind::Participation,
                                                RecordKind::Followup,
                                                RecordKind::Residency,
                                                RecordKind::Stay,
                                                RecordKind::Visit,
                                                RecordKind::BudgetLine,
                                                RecordKind::Resource,
                                                RecordKind::Barrier};

QString recordKindName(RecordKind kind);
std::optional<RecordKind> recordKindFromName(const QString &name);

/// Identity, authorship and sync state shared by every record.
struct RecordMeta
{
    QString id;          ///< UUID v7, lowercase, 36 characters
    QDateTime createdAt; ///< UTC
    QDateTime updatedAt; ///< UTC
    QString createdBy;
    QString updatedBy;
    // Sync columns, maintained by the store and the sync engine.
    QString serverRevision; ///< CouchDB _rev last seen, empty when never synced
    bool dirty = true;      ///< changed locally since the last sync
    bool deleted = false;   ///< tombstone: hidden from views, kept for sync and undo
};

/// One e-mail address, phone number or web address with its vCard-style types.
struct ContactValue
{
    QString value;
    QStringList types; ///< lowercase vCard TYPE values: "work", "home", "cell", "fax", ...
    QString label;     ///< free label, such as an Apple X-ABLabel
    bool primary = false;

    friend bool operator==(const ContactValue &, const ContactValue &) = default;
};

struct PostalAddress
{
    QStringList types;
    QString poBox;
    QString extended;
    QString street;
    QString locality;
    QString region;
    QString postcode;
    QString country;
    QString label;

    friend bool operator==(const PostalAddress &, const PostalAddress &) = default;
};

/// Taxonomy vocabularies. Their terms are user-editable rows of the taxonomy table.
namespace Vocabulary {
inline constexpr auto OrganisationKind = "organisation-kind";
inline constexpr auto Sector = "sector";
inline constexpr auto Stage = "stage";
inline constexpr auto LinkType = "link-type";
inline constexpr auto CooperativeModel = "cooperative-model";
inline constexpr auto NoteKind = "note-kind";
inline constexpr auto WorkshopTheme = "workshop-theme";
inline constexpr auto ResourceKind = "resource-kind";
inline constexpr auto BarrierDomain = "barrier-domain";
} // namespace Vocabulary

struct Organisation
{
    RecordMeta meta;
    QString name;
    QString kind; ///< term key in Vocabulary::OrganisationKind ("project-holder", ...)
    QString legalForm;
    QStringList sectors; ///< term keys in Vocabulary::Sector
    QString stage;       ///< term key in Vocabulary::Stage
    QDate founded;
    QDate closed;
    QString street;
    QString postcode; ///< text: keeps leading zeros
    QString locality;
    QString commune; ///< key of one of the 19 Brussels communes, see communes.h; empty outside
    QString country; ///< ISO 3166-1 alpha-2 when known, else the name as given
    QStringList websites;
    QList<ContactValue> emails;
    QList<ContactValue> phones;
    QString description;
    QString cooperativeModel; ///< term key in Vocabulary::CooperativeModel
    std::optional<int> memberCount;
    QStringList tags;
    QStringList languages; ///< ISO 639-1 codes
    QString source;        ///< where the record came from (file name, directory)
    QJsonObject extra;     ///< custom fields
};

struct Person
{
    RecordMeta meta;
    QString formattedName; ///< vCard FN, the name shown everywhere
    QString givenName;
    QString familyName;
    QString additionalNames;
    QString prefix;
    QString suffix;
    QString nickname;
    QString organisationName; ///< vCard ORG as text, components joined by "; "
    QString title;
    QString role;
    QList<ContactValue> emails;
    QList<ContactValue> phones;
    QList<PostalAddress> addresses;
    QStringList websites;
    QStringList languages;
    QString birthday; ///< "YYYY-MM-DD", or "--MM-DD" without a year
    QString notes;
    QString consentBasis; ///< legal basis under GDPR art. 6 ("consent", "legitimate-interest", ...)
    QDate consentDate;
    QString consentSource;
    QByteArray photo; ///< raw image bytes
    QString photoMimeType;
    QString source;
    QJsonObject extra; ///< custom fields and unknown vCard properties ("X-..." keys)
};

struct Link
{
    RecordMeta meta;
    QString fromId; ///< organisation or person id
    QString toId;   ///< organisation or person id
    QString type;   ///< term key in Vocabulary::LinkType ("supports", "funds", ...)
    QDate start;
    QDate end; ///< invalid while the link is ongoing
    QString note;
    QString source;
};

struct Note
{
    RecordMeta meta;
    QString recordId; ///< the record the note is about (any kind but a note or a term)
    RecordKind recordKind = RecordKind::Organisation;
    QDateTime at; ///< when the interaction happened, UTC
    QString kind; ///< term key in Vocabulary::NoteKind ("call", "meeting", ...)
    QString text;
    QString author;
};

struct TaxonomyTerm
{
    RecordMeta meta;
    QString vocabulary;
    QString key; ///< stable slug, referenced by records
    QString labelEn;
    QString labelFr;
    QString labelNl;
    int position = 0;

    /// Label in the given language ("fr", "nl", anything else gives English).
    [[nodiscard]] QString label(const QString &language) const;
};

} // namespace CoopAtlas::Core
