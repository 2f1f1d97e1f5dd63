// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// Records of the four axes of the programme: workshops with their participations
// and follow-ups (Equip), residencies with their cohort, programme and budget
// (Federate), the knowledge base (Inform) and the register of obstacles and
// opportunities (Mobilise). Fixed value sets are stored as the lowercase keys
// listed below, which are also the values in sync documents. Sets that users
// edit are taxonomy terms (Vocabulary::WorkshopTheme, ResourceKind, BarrierDomain).

namespace CoopAtlas::Core {

/// Keys of the fixed value sets. The functions return them in display order.
namespace ActivityKeys {
QStringList axes();               ///< inform, federate, equip, mobilise
QStringList workshopStatuses();   ///< planned, confirmed, held, cancelled
QStringList participationRoles(); ///< participant, speaker, facilitator
QStringList registrationStates(); ///< registered, waiting, cancelled
QStringList attendanceStates();   ///< unknown, attended, absent, excused
QStringList residencyCities();    ///< berlin, barcelona, other
QStringList residencyStatuses();  ///< planned, confirmed, ongoing, completed, cancelled
QStringList visitKinds();         ///< visit, meeting, workshop, other
QStringList budgetCategories();   ///< travel, accommodation, subsistence, venue, fees, other
QStringList resourceLanguages();  ///< fr, nl, en, other
QStringList barrierKinds();       ///< obstacle, opportunity
QStringList barrierSeverities();  ///< low, medium, high, critical
QStringList barrierStatuses();    ///< open, raised, in-progress, resolved
/// Translated label of a key of any set above; the key itself when unknown.
QString label(const QString &key);
} // namespace ActivityKeys

/// Translated singular name of an activity record kind ("Workshop", "Stay", ...);
/// an empty string for the other kinds.
QString activityKindLabel(RecordKind kind);

/// IANA zone of workshops and visits when none is given.
inline constexpr auto DefaultActivityTimeZone = "Europe/Brussels";
/// Largest file that a resource may carry: 20 MiB.
inline constexpr qint64 MaxResourceFileBytes = 20 * 1024 * 1024;

/// IANA zone of a residency city: "Europe/Berlin" for berlin, "Europe/Madrid" for
/// barcelona, and an empty string for other (the user chooses the zone).
QString residencyTimeZoneFor(const QString &city);

struct Workshop
{
    RecordMeta meta;
    QString title;
    QString theme; ///< term key in Vocabulary::WorkshopTheme
    QString axis;  ///< ActivityKeys::axes()
    /// Start and end instants in UTC. For an all-day workshop, the dates of
    /// start and end in timeZone are its first and last day (both included),
    /// and the store keeps them at local midnight.
    QDateTime start;
    QDateTime end;
    QString timeZone = QString::fromLatin1(DefaultActivityTimeZone); ///< IANA id
    bool allDay = false;
    QString venue;
    std::optional<int> capacity;                ///< places; no limit when empty
    QStringList organiserIds;                   ///< organisation ids, edited as a set
    QString status = QStringLiteral("planned"); ///< ActivityKeys::workshopStatuses()
    QString description;
    /// iCalendar SEQUENCE: the store raises it by one whenever the title, times,
    /// zone, venue, status or description change. Read-only for callers.
    int calendarSequence = 0;
    QJsonObject extra;
};

/// One person or organisation taking part in a workshop.
struct Participation
{
    RecordMeta meta;
    QString workshopId;
    QString participantId;                        ///< person or organisation id
    QString role = QStringLiteral("participant"); ///< ActivityKeys::participationRoles()
    QDateTime registeredAt;                       ///< UTC; the store sets it when empty
    /// ActivityKeys::registrationStates(). The store turns "registered" into
    /// "waiting" when the workshop is full.
    QString registration = QStringLiteral("registered");
    /// ActivityKeys::attendanceStates(). The store rejects any value but "unknown"
    /// unless the registration is "registered".
    QString attendance = QStringLiteral("unknown");
    QJsonObject extra;
};

/// A task that came out of a workshop.
struct Followup
{
    RecordMeta meta;
    QString workshopId;
    QString title;
    QString ownerId; ///< person id, may be empty
    QDate due;
    QDate done; ///< invalid while open
    QJsonObject extra;
};

/// A cross-residency. Outcomes are notes on the residency and links whose
/// `source` is the residency id.
struct Residency
{
    RecordMeta meta;
    QString title;
    QString city;        ///< ActivityKeys::residencyCities()
    QString cityName;    ///< the city's name when city is "other"
    QStringList hostIds; ///< organisation ids, edited as a set
    QDate start;         ///< first day
    QDate end;           ///< last day, included
    /// IANA id; the store writes residencyTimeZoneFor(city) for Berlin and Barcelona.
    QString timeZone;
    QString objectives;
    QString status = QStringLiteral("planned"); ///< ActivityKeys::residencyStatuses()
    QString description;
    int calendarSequence = 0; ///< see Workshop::calendarSequence
    QJsonObject extra;
};

/// A cohort member of a residency.
struct Stay
{
    RecordMeta meta;
    QString residencyId;
    QString personId;
    QString organisationId; ///< the project holder the person comes for, may be empty
    QDate arrival;
    QDate departure; ///< included
    QString note;
    QJsonObject extra;
};

/// One dated item of a residency programme.
struct Visit
{
    RecordMeta meta;
    QString residencyId;
    QString title;
    QString kind = QStringLiteral("visit"); ///< ActivityKeys::visitKinds()
    QDateTime start;                        ///< UTC
    QDateTime end;                          ///< UTC
    QString timeZone;                       ///< IANA id; the residency's zone when empty
    QString place;
    QString hostOrganisationId; ///< may be empty
    QString note;
    QJsonObject extra;
};

/// One planned (and later actual) cost of a residency, in euro cents.
struct BudgetLine
{
    RecordMeta meta;
    QString residencyId;
    QString label;
    QString category = QStringLiteral("other"); ///< ActivityKeys::budgetCategories()
    qint64 plannedCents = 0;
    std::optional<qint64> actualCents; ///< empty until the cost is known
    QString note;
    QJsonObject extra;
};

/// File attached to a resource. The bytes live in a separate table and are
/// read only through ActivityStore::resourceFileData().
struct ResourceFile
{
    QString name;
    QString mimeType;
    qint64 size = 0;
    QString sha256; ///< lowercase hex
    [[nodiscard]] bool isEmpty() const { return name.isEmpty() && size == 0; }
    friend bool operator==(const ResourceFile &, const ResourceFile &) = default;
};

/// An entry of the knowledge base.
struct Resource
{
    RecordMeta meta;
    QString title;
    QString kind; ///< term key in Vocabulary::ResourceKind
    QString url;  ///< http or https, may be empty
    /// Set by ActivityStore::attachResourceFile(); insert and update ignore it.
    ResourceFile file;
    QString language; ///< ActivityKeys::resourceLanguages()
    QStringList tags;
    QString summary;
    QString text;
    QStringList relatedIds; ///< organisation, workshop or barrier ids, edited as a set
    QJsonObject extra;
};

/// An obstacle or opportunity met by project holders.
struct Barrier
{
    RecordMeta meta;
    QString title;
    QString kind = QStringLiteral("obstacle"); ///< ActivityKeys::barrierKinds()
    QString domain;                            ///< term key in Vocabulary::BarrierDomain
    QString description;
    QStringList evidenceIds;                     ///< note and resource ids, edited as a set
    QStringList affectedOrganisationIds;         ///< edited as a set
    QString severity = QStringLiteral("medium"); ///< ActivityKeys::barrierSeverities()
    QString status = QStringLiteral("open");     ///< ActivityKeys::barrierStatuses()
    QString recommendation;
    QString authority; ///< public authority the barrier was raised with
    QDate raisedOn;
    QJsonObject extra;
};

} // namespace CoopAtlas::Core
