# SPDX-FileCopyrightText: 2026 CoopAtlas contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the sync documents, the merge and the sync engine, included by
# tests/sync/CMakeLists.txt.
coopatlas_add_test(tst_documentcodec SOURCES tst_documentcodec.cpp LIBS coopatlas_core)
coopatlas_add_test(tst_merge SOURCES tst_merge.cpp LIBS coopatlas_core)
coopatlas_add_test(tst_syncenginestore SOURCES tst_syncenginestore.cpp LIBS coopatlas_core)

# The sync engine against the sync test server over TLS.
coopatlas_add_sync_test(tst_syncengine
    SOURCES tst_syncengine.cpp tst_syncengine_desktop.cpp tst_syncengine_desktop.h
    LIBS coopatlas_core coopatlas_sync_testsupport)
coopatlas_add_sync_test(tst_syncfaults
    SOURCES tst_syncfaults.cpp tst_syncengine_desktop.cpp tst_syncengine_desktop.h
    LIBS coopatlas_core coopatlas_sync_testsupport)

# coopatlas-cli sync, conflicts and resolve, killed and resumed.
coopatlas_add_sync_test(tst_clisync
    SOURCES tst_clisync.cpp tst_syncengine_desktop.cpp tst_syncengine_desktop.h
            support/twodesktops.cpp support/twodesktops.h
    LIBS coopatlas_core coopatlas_sync_testsupport)
target_compile_definitions(tst_clisync PRIVATE COOPATLAS_CLI_PATH="$<TARGET_FILE:coopatlas-cli>")
add_dependencies(tst_clisync coopatlas-cli)
coopatlas_add_sync_test(tst_syncenginerules
    SOURCES tst_syncenginerules.cpp tst_syncengine_desktop.cpp tst_syncengine_desktop.h
    LIBS coopatlas_core coopatlas_sync_testsupport)
coopatlas_add_sync_test(tst_syncdatabasemove
    SOURCES tst_syncdatabasemove.cpp tst_syncengine_desktop.cpp tst_syncengine_desktop.h
    LIBS coopatlas_core coopatlas_sync_testsupport)
target_compile_definitions(tst_syncdatabasemove
    PRIVATE COOPATLAS_CLI_PATH="$<TARGET_FILE:coopatlas-cli>")
add_dependencies(tst_syncdatabasemove coopatlas-cli)
coopatlas_add_sync_test(tst_syncrestore
    SOURCES tst_syncrestore.cpp tst_syncengine_desktop.cpp tst_syncengine_desktop.h
    LIBS coopatlas_core coopatlas_sync_testsupport)
target_compile_definitions(tst_syncrestore PRIVATE COOPATLAS_CLI_PATH="$<TARGET_FILE:coopatlas-cli>")
add_dependencies(tst_syncrestore coopatlas-cli)
