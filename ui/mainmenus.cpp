// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainmenus.h"

#include <core/storage/store.h>
#include <ui/detail/detailpane.h>
#include <ui/export/exportactions.h>
#include <ui/export/calendarexportdialog.h>
#include <ui/mainwindow.h>
#include <ui/network/networkwindow.h>
#include <ui/reports/reportdialog.h>
#include <ui/search/searchpopup.h>
#include <ui/settings/taxonomydialog.h>
#include <ui/sync/synccontroller.h>

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QUndoStack>

namespace CoopAtlas::Ui {

namespace {

void showAbout(MainWindow &window)
{
    QMessageBox::about(
        &window,
        MainWindow::tr("About CoopAtlas"),
        MainWindow::tr("<h3>CoopAtlas %1</h3>"
                       "<p>Tracks the ecosystem of cooperative digital platforms: "
                       "organisations, people, the links between them and notes.</p>"
                       "<p>Licensed under the GNU General Public License, version 3 or "
                       "later.</p>")
            .arg(QApplication::applicationVersion()));
}

QAction *addAction(QMenu *menu, const QString &name, const QString &text, const QKeySequence &key)
{
    auto *action = menu->addAction(text);
    action->setObjectName(name);
    if (!key.isEmpty())
        action->setShortcut(key);
    return action;
}

void buildFileMenu(MainWindow &window)
{
    QMenu *menu = window.menuBar()->addMenu(MainWindow::tr("&File"));
    QObject::connect(
        addAction(menu, QStringLiteral("newStore"), MainWindow::tr("&New Empty Store..."), {}),
        &QAction::triggered,
        &window,
        &MainWindow::newEmptyStore);
    QObject::connect(addAction(menu,
                               QStringLiteral("openStore"),
                               MainWindow::tr("&Open Store..."),
                               QKeySequence::Open),
                     &QAction::triggered,
                     &window,
                     &MainWindow::openStoreFile);
    menu->addSeparator();
    QObject::connect(addAction(menu, QStringLiteral("import"), MainWindow::tr("&Import..."), {}),
                     &QAction::triggered,
                     &window,
                     [&window] { window.openImportWizard(); });
    (new ExportActions(window))->addToMenu(menu);
    QObject::connect(
        addAction(menu, QStringLiteral("activityReport"), MainWindow::tr("Activity &Report..."), {}),
        &QAction::triggered,
        &window,
        [&window] {
            if (!window.store())
                return;
            auto *dialog = new ReportDialog(window.store()->database().path(), &window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
    QObject::connect(
        addAction(
            menu, QStringLiteral("syncNow"), MainWindow::tr("S&ync Now"), QKeySequence(Qt::Key_F9)),
        &QAction::triggered,
        window.syncController(),
        [&window] {
            // Without a server to sync with, F9 opens the sync settings.
            if (window.store() && !window.syncController()->settings().isComplete())
                window.openSettings(true);
            else
                window.syncController()->syncNow(true);
        });
    addCalendarExportAction(window, menu, [&window] { return window.store(); });
    menu->addSeparator();
    QAction *settings
        = addAction(menu, QStringLiteral("settings"), MainWindow::tr("&Settings..."), {});
    settings->setMenuRole(QAction::PreferencesRole);
    QObject::connect(settings, &QAction::triggered, &window, [&window] { window.openSettings(); });
    menu->addSeparator();
    QAction *quit
        = addAction(menu, QStringLiteral("quit"), MainWindow::tr("&Quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    QObject::connect(quit, &QAction::triggered, &window, &QWidget::close);
}

void buildEditMenu(MainWindow &window, QUndoStack *undoStack)
{
    QMenu *menu = window.menuBar()->addMenu(MainWindow::tr("&Edit"));
    QAction *undo = undoStack->createUndoAction(&window, MainWindow::tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = undoStack->createRedoAction(&window, MainWindow::tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    menu->addAction(undo);
    menu->addAction(redo);
    menu->addSeparator();
    QObject::connect(
        addAction(menu, QStringLiteral("new"), MainWindow::tr("&New"), QKeySequence::New),
        &QAction::triggered,
        &window,
        &MainWindow::newRecord);
    QObject::connect(
        addAction(menu, QStringLiteral("save"), MainWindow::tr("&Save"), QKeySequence::Save),
        &QAction::triggered,
        &window,
        &MainWindow::saveRecord);
    QObject::connect(addAction(menu,
                               QStringLiteral("duplicate"),
                               MainWindow::tr("D&uplicate"),
                               QKeySequence(Qt::CTRL | Qt::Key_D)),
                     &QAction::triggered,
                     &window,
                     &MainWindow::duplicateRecord);
    QObject::connect(
        addAction(
            menu, QStringLiteral("delete"), MainWindow::tr("&Delete..."), QKeySequence::Delete),
        &QAction::triggered,
        &window,
        &MainWindow::deleteRecord);
    menu->addSeparator();
    QObject::connect(addAction(menu,
                               QStringLiteral("find"),
                               MainWindow::tr("&Find..."),
                               QKeySequence(Qt::CTRL | Qt::Key_K)),
                     &QAction::triggered,
                     &window,
                     [&window] { window.searchPopup()->popup(); });
    menu->addSeparator();
    QObject::connect(
        addAction(menu, QStringLiteral("taxonomies"), MainWindow::tr("&Taxonomies..."), {}),
        &QAction::triggered,
        &window,
        [&window] {
            if (!window.store())
                return;
            TaxonomyDialog dialog(
                window.store(), window.undoStack(), window.commandContext(), &window);
            dialog.exec();
            // Reload the term labels so that the record forms offer the edited terms.
            window.detailPane()->reloadTerms();
        });
    QObject::connect(
        addAction(menu, QStringLiteral("syncConflicts"), MainWindow::tr("S&ync Conflicts..."), {}),
        &QAction::triggered,
        &window,
        &MainWindow::openSyncConflicts);
}

void buildViewMenu(MainWindow &window)
{
    QMenu *menu = window.menuBar()->addMenu(MainWindow::tr("&View"));
    const QStringList names{MainWindow::tr("&Dashboard"),
                            MainWindow::tr("&Organisations"),
                            MainWindow::tr("&People"),
                            MainWindow::tr("&Links"),
                            MainWindow::tr("&Knowledge Base"),
                            MainWindow::tr("O&bstacles")};
    const int keys[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5, Qt::Key_6};
    for (int i = 0; i < int(names.size()); ++i) {
        QAction *section = addAction(menu,
                                     QStringLiteral("section%1").arg(i),
                                     names.at(i),
                                     QKeySequence(Qt::CTRL | keys[i]));
        QObject::connect(section, &QAction::triggered, &window, [&window, i] {
            window.showSection(MainWindow::Section(i));
        });
    }
    const std::pair<QString, MainWindow::Section> activitySections[]
        = {{MainWindow::tr("&Workshops"), MainWindow::Section::Workshops},
           {MainWindow::tr("&Residencies"), MainWindow::Section::Residencies}};
    for (const auto &[text, section] : activitySections) {
        const MainWindow::Section target = section;
        QAction *action = addAction(menu,
                                    QStringLiteral("section%1").arg(int(target)),
                                    text,
                                    QKeySequence(Qt::CTRL | (Qt::Key_1 + int(target))));
        QObject::connect(action, &QAction::triggered, &window, [&window, target] {
            window.showSection(target);
        });
    }
    menu->addSeparator();
    QObject::connect(addAction(menu,
                               QStringLiteral("networkMap"),
                               MainWindow::tr("&Network Map"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)),
                     &QAction::triggered,
                     &window,
                     [&window] { showNetworkWindow(window); });
}

void buildHelpMenu(MainWindow &window)
{
    QMenu *menu = window.menuBar()->addMenu(MainWindow::tr("&Help"));
    QAction *about
        = addAction(menu, QStringLiteral("about"), MainWindow::tr("&About CoopAtlas"), {});
    about->setMenuRole(QAction::AboutRole);
    QObject::connect(about, &QAction::triggered, &window, [&window] { showAbout(window); });
}

} // namespace

void buildMainMenus(MainWindow &window, QUndoStack *undoStack)
{
    buildFileMenu(window);
    buildEditMenu(window, undoStack);
    buildViewMenu(window);
    buildHelpMenu(window);
}

} // namespace CoopAtlas::Ui
