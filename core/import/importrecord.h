// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>

namespace CoopAtlas::Core {

/// A row or card that is not imported, with the reason shown to the user.
struct SkippedRow
{
    qsizetype line = 0; ///< physical line (1-based) where the row or card begins
    QString name;       ///< name of the record when known
    QString reason;
};

/// Kind of record that an imported row or card becomes.
enum class RecordTarget { Organisation, Person };

/// One record read from an import file, before it is written to the store.
struct ImportRecord
{
    qsizetype line = 0; ///< physical line (1-based) where the row or card begins
    RecordTarget target = RecordTarget::Person;
    Organisation organisation; ///< used when target is Organisation
    Person person;             ///< used when target is Person
    /// Id of the stored record that has the id (vCard UID) of this one. The
    /// import replaces that record's vCard fields instead of adding a record.
    QString existingId;

    /// Organisation name or the person's formatted name.
    [[nodiscard]] QString displayName() const
    {
        return target == RecordTarget::Organisation ? organisation.name : person.formattedName;
    }
    /// The record id read from the file (a vCard UID), or an empty string.
    [[nodiscard]] QString id() const
    {
        return target == RecordTarget::Organisation ? organisation.meta.id : person.meta.id;
    }
    void clearId()
    {
        organisation.meta.id.clear();
        person.meta.id.clear();
    }
};

} // namespace CoopAtlas::Core

namespace CoopAtlas::Core {

/// True for an empty country or a name or code of Belgium in any language.
[[nodiscard]] bool isBelgiumOrUnknown(const QString &country);

/// Brussels commune key of an address, or an empty string. Addresses in another
/// country get none, because Austrian, Swiss or Danish postcodes such as 1030
/// also match Brussels postcodes.
[[nodiscard]] QString
communeForAddress(const QString &locality, const QString &postcode, const QString &country);

} // namespace CoopAtlas::Core
