// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace CoopAtlas::Core {

/// Cause of the last failed request, so that callers can react (ask for a password,
/// ask to trust a certificate, retry later) without parsing the message.
enum class SyncFailureKind {
    None,
    Offline,
    Timeout,
    Tls,
    UntrustedCertificate,
    Unauthorized,
    Forbidden,
    NotFound,
    Conflict,
    TooLarge,
    Server,
    BadReply,
    Cancelled,
};

/// Machine-readable details of the last failed request.
struct SyncFailure
{
    SyncFailureKind kind = SyncFailureKind::None;
    /// HTTP status of the last reply, 0 when none arrived.
    int httpStatus = 0;
    /// SHA-256 of the DER certificate as lowercase hex, for UntrustedCertificate.
    QString certificateFingerprint;
    /// Expiry (or start of validity) of the server certificate, for Tls date problems.
    QDateTime certificateExpiry;
    /// Maximum request size in bytes when the server states one, for TooLarge; else -1.
    qint64 sizeLimit = -1;
    /// "error: reason" of a CouchDB error reply body, untranslated; empty when the
    /// reply has none.
    QString serverReason;
};

} // namespace CoopAtlas::Core
