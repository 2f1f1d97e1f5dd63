// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activities.h"

#include <QCoreApplication>
#include <QHash>

namespace CoopAtlas::Core {

namespace {

class ActivityText
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Core::Activities)
};

QStringList keys(std::initializer_list<const char *> values)
{
    QStringList list;
    for (const char *value : values) {
        list.append(QString::fromLatin1(value));
    }
    return list;
}

} // namespace

namespace ActivityKeys {

QStringList axes()
{
    return keys({"inform", "federate", "equip", "mobilise"});
}

QStringList workshopStatuses()
{
    return keys({"planned", "confirmed", "held", "cancelled"});
}

QStringList participationRoles()
{
    return keys({"participant", "speaker", "facilitator"});
}

QStringList registrationStates()
{
    return keys({"registered", "waiting", "cancelled"});
}

QStringList attendanceStates()
{
    return keys({"unknown", "attended", "absent", "excused"});
}

QStringList residencyCities()
{
    return keys({"berlin", "barcelona", "other"});
}

QStringList residencyStatuses()
{
    return keys({"planned", "confirmed", "ongoing", "completed", "cancelled"});
}

QStringList visitKinds()
{
    return keys({"visit", "meeting", "workshop", "other"});
}

QStringList budgetCategories()
{
    return keys({"travel", "accommodation", "subsistence", "venue", "fees", "other"});
}

QStringList resourceLanguages()
{
    return keys({"fr", "nl", "en", "other"});
}

QStringList barrierKinds()
{
    return keys({"obstacle", "opportunity"});
}

QStringList barrierSeverities()
{
    return keys({"low", "medium", "high", "critical"});
}

QStringList barrierStatuses()
{
    return keys({"open", "raised", "in-progress", "resolved"});
}

QString label(const QString &key)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("inform"), QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Inform")},
        {QStringLiteral("federate"), QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Federate")},
        {QStringLiteral("equip"), QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Equip")},
        {QStringLiteral("mobilise"), QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Mobilise")},
        {QStringLiteral("planned"), QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Planned")},
        {QStringLiteral("confirmed"),
         QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Confirmed")},
        {QStringLiteral("held"), QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Held")},
        {QStringLiteral("cancelled"),
         QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Cancelled")},
        {QStringLiteral("participant"),
         QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Participant")},
        {QStringLiteral("speaker"), QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Speaker")},
        {QStringLiteral("facilitator"),
         QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Facilitator")},
        {QStringLiteral("registered"),
         QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Registered")},
        {QStringLiteral("waiting"),
         QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Waiting list")},
        {QStringLiteral("unknown"), QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Unknown")},
        {QStringLiteral("attended"), QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Attended")},
        {QStringLiteral("absent"), QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Absent")},
        {QStringLiteral("excused"), QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Excused")},
        {QStringLiteral("berlin"), QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Berlin")},
        {QStringLiteral("barcelona"),
         QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Barcelona")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Other")},
        {QStringLiteral("ongoing"), QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Ongoing")},
        {QStringLiteral("completed"),
         QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Completed")},
        {QStringLiteral("visit"), QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Visit")},
        {QStringLiteral("meeting"), QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Meeting")},
        {QStringLiteral("workshop"), QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Workshop")},
        {QStringLiteral("travel"), QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Travel")},
        {QStringLiteral("accommodation"),
         QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Accommodation")},
        {QStringLiteral("subsistence"),
         QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Subsistence")},
        {QStringLiteral("venue"), QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Venue")},
        {QStringLiteral("fees"), QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Fees")},
        {QStringLiteral("fr"), QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "French")},
        {QStringLiteral("nl"), QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Dutch")},
        {QStringLiteral("en"), QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "English")},
        {QStringLiteral("obstacle"), QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Obstacle")},
        {QStringLiteral("opportunity"),
         QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Opportunity")},
        {QStringLiteral("low"), QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Low")},
        {QStringLiteral("medium"), QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Medium")},
        {QStringLiteral("high"), QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "High")},
        {QStringLiteral("critical"), QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Critical")},
        {QStringLiteral("open"), QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Open")},
        {QStringLiteral("raised"), QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Raised")},
        {QStringLiteral("in-progress"),
         QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "In progress")},
        {QStringLiteral("resolved"), QT_TRANSLATE_NOOP("CoopAtlas::Core::Activities", "Resolved")},
    };
    const char *text = labels.value(key, nullptr);
    return text ? ActivityText::tr(text) : key;
}

} // namespace ActivityKeys

QString residencyTimeZoneFor(const QString &city)
{
    if (city == QLatin1String("berlin")) {
        return QStringLiteral("Europe/Berlin");
    }
    if (city == QLatin1String("barcelona")) {
        return QStringLiteral("Europe/Madrid");
    }
    return {};
}

QString activityKindLabel(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Workshop:
        return ActivityText::tr("Workshop");
    case RecordKind::Participation:
        return ActivityText::tr("Participation");
    case RecordKind::Followup:
        return ActivityText::tr("Follow-up");
    case RecordKind::Residency:
        return ActivityText::tr("Residency");
    case RecordKind::Stay:
        return ActivityText::tr("Stay");
    case RecordKind::Visit:
        return ActivityText::tr("Programme item");
    case RecordKind::BudgetLine:
        return ActivityText::tr("Budget line");
    case RecordKind::Resource:
        return ActivityText::tr("Resource");
    case RecordKind::Barrier:
        return ActivityText::tr("Obstacle or opportunity");
    case RecordKind::Organisation:
    case RecordKind::Person:
    case RecordKind::Link:
    case RecordKind::Note:
    case RecordKind::Taxonomy:
        break;
    }
    return {};
}

} // namespace CoopAtlas::Core
