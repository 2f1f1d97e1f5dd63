// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QUndoStack;

namespace CoopAtlas::Ui {

class MainWindow;

/// Fills the menu bar of the window: File, Edit (with the undo and redo actions
/// of undoStack), View and Help. Each action has an object name for
/// MainWindow::action() ("new", "delete", "find", "section0", ...).
void buildMainMenus(MainWindow &window, QUndoStack *undoStack);

} // namespace CoopAtlas::Ui
