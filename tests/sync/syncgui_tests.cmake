# SPDX-FileCopyrightText: 2026 CoopAtlas contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The sync controller of the main window against the sync test server,
# included by tests/sync/CMakeLists.txt.
coopatlas_add_sync_test(tst_syncgui
    SOURCES tst_syncgui.cpp ../ui/tst_syncmemoryvault.h
    LIBS coopatlas_ui coopatlas_sync_testsupport)
# The conflicts dialog resolving with a file that the sync controller reads
# from the server.
coopatlas_add_sync_test(tst_syncguiresolve
    SOURCES tst_syncguiresolve.cpp tst_syncengine_desktop.cpp tst_syncengine_desktop.h
            support/twodesktops.cpp support/twodesktops.h
            ../ui/tst_syncmemoryvault.h
    LIBS coopatlas_ui coopatlas_sync_testsupport)
