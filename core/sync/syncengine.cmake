# SPDX-FileCopyrightText: 2026 CoopAtlas contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Sync documents, three-way merge and the sync engine, included by CMakeLists.txt.
# The SQL of the sync state lives with the rest of the SQL in core/storage.
target_sources(coopatlas_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/documentcodec.cpp ${CMAKE_CURRENT_LIST_DIR}/documentcodec.h
    ${CMAKE_CURRENT_LIST_DIR}/documentcodec_p.h
    ${CMAKE_CURRENT_LIST_DIR}/documentcodecactivities.cpp
    ${CMAKE_CURRENT_LIST_DIR}/merge.cpp ${CMAKE_CURRENT_LIST_DIR}/merge.h
    ${CMAKE_CURRENT_LIST_DIR}/syncengine.cpp ${CMAKE_CURRENT_LIST_DIR}/syncengine.h
    ${CMAKE_CURRENT_LIST_DIR}/syncpush.cpp
    ${CMAKE_CURRENT_LIST_DIR}/syncdatabaseidentity.cpp
    ${CMAKE_CURRENT_LIST_DIR}/syncmergedterms.cpp
    ${CMAKE_CURRENT_LIST_DIR}/syncattachments.cpp
    ${CMAKE_CURRENT_LIST_DIR}/stagedfiles.cpp ${CMAKE_CURRENT_LIST_DIR}/stagedfiles.h
    ${CMAKE_CURRENT_LIST_DIR}/../storage/syncstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../storage/syncstore.h
    ${CMAKE_CURRENT_LIST_DIR}/../storage/syncstore_p.h
    ${CMAKE_CURRENT_LIST_DIR}/../storage/syncstorebatch.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../storage/syncstoreconflicts.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../storage/syncstoreactivities.cpp
)
