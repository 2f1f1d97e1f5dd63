// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>

namespace CoopAtlas::Core {

/// Merges an imported record into an existing one: empty fields of `existing`
/// are filled, new e-mails, phones, websites, addresses and list entries are
/// appended, and a non-empty value of `existing` is never overwritten. Values
/// are compared normalised (e-mail case, phone digits, website host).
/// Returns true when `existing` changed; false means the import brings nothing new.
bool mergeInto(Organisation &existing, const Organisation &incoming);
bool mergeInto(Person &existing, const Person &incoming);

/// Replaces the fields of `stored` that a vCard carries with those of
/// `incoming`, the same record read back from a vCard (same UID). Fields that
/// no vCard carries (legal form, cooperative model, member count, consent and
/// the like) and the record's metadata are kept. An organisation keeps its
/// kind, stage, sectors, founding and closing dates and tags when the card has
/// none, and its commune when the address is unchanged. Returns true when
/// `stored` changed.
bool replaceVCardFields(Organisation &stored, const Organisation &incoming);
bool replaceVCardFields(Person &stored, const Person &incoming);

} // namespace CoopAtlas::Core
