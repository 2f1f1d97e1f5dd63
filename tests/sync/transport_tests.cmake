# SPDX-FileCopyrightText: 2026 CoopAtlas contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Tests of the CouchDB client, the TLS trust and the keychain access. Included at
# the end of tests/sync/CMakeLists.txt.

# Certificate checks against an HTTPS responder inside the test; no sync server.
coopatlas_add_test(tst_tlstrust
    SOURCES tst_tlstrust.cpp tst_couchclient_tlsresponder.cpp tst_couchclient_tlsresponder.h
    LIBS coopatlas_core Qt6::Network)
coopatlas_add_test(tst_couchclient_replies
    SOURCES tst_couchclient_replies.cpp tst_couchclient_tlsresponder.cpp
        tst_couchclient_tlsresponder.h
    LIBS coopatlas_core Qt6::Network)

# Locating the documents of a _changes reply without parsing it.
coopatlas_add_test(tst_changesreplylayout SOURCES tst_changesreplylayout.cpp LIBS coopatlas_core)

# The client against the sync test server over TLS.
coopatlas_add_sync_test(tst_couchclient
    SOURCES tst_couchclient.cpp
    LIBS coopatlas_core coopatlas_sync_testsupport)

# The client through the fault proxy: retries, timeouts, replays and bad replies.
coopatlas_add_sync_test(tst_couchclient_faults
    SOURCES tst_couchclient_faults.cpp
    LIBS coopatlas_core coopatlas_sync_testsupport)

# The keychain: tst_credentials.sh runs the binary with a throwaway GNOME Keyring in a
# private D-Bus session; tst_credentials_noservice points D-Bus at nothing.
qt_add_executable(tst_credentials tst_credentials.cpp)
target_link_libraries(tst_credentials PRIVATE Qt6::Test coopatlas_warnings coopatlas_core)
add_test(NAME tst_credentials
    COMMAND bash "${CMAKE_CURRENT_SOURCE_DIR}/tst_credentials.sh" $<TARGET_FILE:tst_credentials>)
add_test(NAME tst_credentials_noservice
    COMMAND tst_credentials missingSecretServiceIsExplained)
set_tests_properties(tst_credentials tst_credentials_noservice PROPERTIES
    TIMEOUT 300 ENVIRONMENT "LC_ALL=C.UTF-8;TZ=Europe/Brussels;QT_QPA_PLATFORM=offscreen")
set_property(TEST tst_credentials_noservice APPEND PROPERTY ENVIRONMENT
    "COOPATLAS_TEST_NO_SECRET_SERVICE=1"
    "DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/coopatlas-test-bus")
