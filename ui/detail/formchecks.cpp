// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formchecks.h"

#include <core/domain/validation.h>

namespace CoopAtlas::Ui {

namespace {

QList<FieldProblem> toProblems(const QList<Core::FieldError> &errors)
{
    QList<FieldProblem> problems;
    problems.reserve(errors.size());
    for (const Core::FieldError &error : errors)
        problems.append({error.field, error.message});
    return problems;
}

} // namespace

QList<FieldProblem> checkOrganisation(const Core::Organisation &org)
{
    return toProblems(Core::validate(org));
}

QList<FieldProblem> checkPerson(const Core::Person &person)
{
    return toProblems(Core::validate(person));
}

QList<FieldProblem> checkLink(const Core::Link &link)
{
    return toProblems(Core::validate(link));
}

} // namespace CoopAtlas::Ui
