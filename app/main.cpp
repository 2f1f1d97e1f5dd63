// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/mainwindow.h>

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    CoopAtlas::Ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
