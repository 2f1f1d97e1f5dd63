# SPDX-FileCopyrightText: 2026 CoopAtlas contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Sync documents of workshops, residencies, resources and barriers, and one
# end-to-end sync of a workshop, included by tests/sync/CMakeLists.txt.
coopatlas_add_test(tst_activitycodec SOURCES tst_activitycodec.cpp LIBS coopatlas_core)
coopatlas_add_sync_test(tst_activitysync
    SOURCES tst_activitysync.cpp tst_syncengine_desktop.cpp tst_syncengine_desktop.h
    LIBS coopatlas_core coopatlas_sync_testsupport)
# Files of resources as attachments, and sets of ids merged between two desktops.
coopatlas_add_sync_test(tst_resourcefilesync
    SOURCES tst_resourcefilesync.cpp tst_syncengine_desktop.cpp tst_syncengine_desktop.h
    LIBS coopatlas_core coopatlas_sync_testsupport)
# Files of resources whose attachment the server lacks or that a conflict chose.
coopatlas_add_sync_test(tst_resourcefilerecovery
    SOURCES tst_resourcefilerecovery.cpp tst_syncengine_desktop.cpp tst_syncengine_desktop.h
            support/twodesktops.cpp support/twodesktops.h
    LIBS coopatlas_core coopatlas_sync_testsupport)
# Files of resources staged on disk while a page is pulled.
coopatlas_add_sync_test(tst_resourcefilestaging
    SOURCES tst_resourcefilestaging.cpp tst_syncengine_desktop.cpp tst_syncengine_desktop.h
            support/twodesktops.cpp support/twodesktops.h
    LIBS coopatlas_core coopatlas_sync_testsupport)
