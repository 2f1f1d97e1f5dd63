# SPDX-FileCopyrightText: 2026 CoopAtlas contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Tests of the CouchDB client, the TLS trust and the keychain access. Included at
# the end of tests/sync/CMakeLists.txt.

# Certificate checks against an HTTPS responder inside the test; no sync server.
coopatlas_add_test(tst_tlstrust
    SOURCES tst_tlstrust.cpp tst_couchclient_tlsresponder.cpp tst_couchclient_tlsresponder.h
    LIBS coopatlas_core Qt6::Network)

# The client against the sync test server over TLS.
coopatlas_add_sync_test(tst_couchclient
    SOURCES tst_couchclient.cpp
    LIBS coopatlas_core coopatlas_sync_testsupport)

# The client through the fault proxy: retries, timeouts, replays and bad replies.
coopatlas_add_sync_test(tst_couchclient_faults
    SOURCES tst_couchclient_faults.cpp
    LIBS coopatlas_core coopatlas_sync_testsupport)
