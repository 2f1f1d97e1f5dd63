// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>

#include <QList>
#include <QString>

namespace CoopAtlas::Core {

/// One problem with one field of a record, in a sentence a user can act on.
struct FieldError
{
    QString field;   ///< field name as in the record struct ("name", "founded", ...)
    QString message; ///< translated sentence naming the value and the fix
};

// Checks that need only the record itself. Checks against stored data (unknown
// taxonomy keys, link endpoints that do not exist) are done by the Store.

QList<FieldError> validate(const Organisation &org);
QList<FieldError> validate(const Person &person);
QList<FieldError> validate(const Link &link);
QList<FieldError> validate(const Note &note);
QList<FieldError> validate(const TaxonomyTerm &term);

/// True for "name@example.org": one "@", no spaces, a dot in the domain.
bool isValidEmail(const QString &address);
/// True for "https://example.org/path", "http://..." or a bare host such as "www.example.org".
bool isValidWebsite(const QString &address);
/// True for a real calendar date written as "YYYY-MM-DD", or as "--MM-DD" without a year.
bool isValidBirthday(const QString &text);

/// The messages joined into one text, one per line, for an Error.
QString joinMessages(const QList<FieldError> &errors);

} // namespace CoopAtlas::Core
