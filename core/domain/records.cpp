// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "records.h"

namespace CoopAtlas::Core {

QString recordKindName(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Organisation:
        return QStringLiteral("organisation");
    case RecordKind::Person:
        return QStringLiteral("person");
    case RecordKind::Link:
        return QStringLiteral("link");
    case RecordKind::Note:
        return QStringLiteral("note");
    case RecordKind::Taxonomy:
        return QStringLiteral("taxonomy");
    case RecordKind::Workshop:
        return QStringLiteral("workshop");
    case RecordKind::Participation:
        return QStringLiteral("participation");
    case RecordKind::Followup:
        return QStringLiteral("followup");
    case RecordKind::Residency:
        return QStringLiteral("residency");
    case RecordKind::Stay:
        return QStringLiteral("stay");
    case RecordKind::Visit:
        return QStringLiteral("visit");
    case RecordKind::BudgetLine:
        return QStringLiteral("budgetline");
    case RecordKind::Resource:
        return QStringLiteral("resource");
    case RecordKind::Barrier:
        return QStringLiteral("barrier");
    }
    return {};
}

std::optional<RecordKind> recordKindFromName(const QString &name)
{
    for (auto kind : AllRecordKinds) {
        if (recordKindName(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}

QString TaxonomyTerm::label(const QString &language) const
{
    if (language == QLatin1String("fr") && !labelFr.isEmpty()) {
        return labelFr;
    }
    if (language == QLatin1String("nl") && !labelNl.isEmpty()) {
        return labelNl;
    }
    return labelEn.isEmpty() ? key : labelEn;
}

} // namespace CoopAtlas::Core
