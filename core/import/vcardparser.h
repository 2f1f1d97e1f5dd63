// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/import/importrecord.h>
#include <core/result.h>

#include <QByteArray>
#include <QList>
#include <QString>

namespace CoopAtlas::Core {

/// Reads vCard 2.1, 3.0 and 4.0 files into people and organisations.
///
/// A card with KIND:org, or Apple's X-ABShowAs:COMPANY, becomes an organisation;
/// every other card becomes a person. Properties without a CoopAtlas field are
/// kept in `extra` as {"vcard": {"X-FOO": ["value", ...]}}. Reading is all or
/// nothing: a card without END:VCARD fails the whole file.
///
/// A UID of the form "urn:uuid:UUID" becomes the record id (meta.id), and
/// X-COOPATLAS-KIND the kind of an organisation, so that CoopAtlas's own
/// vCard export reads back as the same records. Names and address parts are
/// kept exactly as written, leading and trailing white space included.
class VCardParser
{
public:
    [[nodiscard]] Result<QList<ImportRecord>> readFile(const QString &path) const;
    /// Parses bytes; `fileName` is the name shown in errors.
    [[nodiscard]] Result<QList<ImportRecord>> read(const QByteArray &bytes,
                                                   const QString &fileName) const;

    /// Normalises a vCard BDAY to "YYYY-MM-DD", or "--MM-DD" without a year;
    /// an empty string when the value is not a date.
    [[nodiscard]] static QString normaliseBirthday(const QString &value);
};

} // namespace CoopAtlas::Core
