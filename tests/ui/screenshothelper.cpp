// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshothelper.h"

#include <ui/dashboard/dashboardwidget.h>
#include <ui/dashboard/periodchartswidget.h>
#include <ui/mainwindow.h>
#include <ui/storeopener.h>

#include <QDebug>
#include <QDir>
#include <QTest>

namespace CoopAtlas::Tests {

namespace {

constexpr int ChartWaitMs = 20000;

} // namespace

QString screenshotFolder()
{
    return qEnvironmentVariable("COOPATLAS_SCREENSHOT_DIR");
}

std::unique_ptr<Ui::MainWindow> showSampleWindow(const QString &path)
{
    auto opened = Ui::openStore(path, true);
    if (!opened.ok()) {
        qWarning() << "Cannot create the sample store" << path << opened.error().text();
        return nullptr;
    }
    auto window = std::make_unique<Ui::MainWindow>();
    window->setStore(std::move(opened.value().store));
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        qWarning() << "The main window was not exposed";
        return nullptr;
    }
    return window;
}

bool saveDashboardScreenshot(Ui::MainWindow &window, const QString &folder)
{
    Ui::DashboardWidget *dashboard = window.dashboard();
    Ui::PeriodChartsWidget *periods = dashboard->periodCharts();
    window.showSection(Ui::MainWindow::Section::Dashboard);
    const bool drawn = QTest::qWaitFor(
        [&] { return !dashboard->isBusy() && !periods->isBusy() && dashboard->growthHasData(); },
        ChartWaitMs);
    if (!drawn) {
        qWarning() << "The dashboard charts were still busy after" << ChartWaitMs << "ms";
        return false;
    }
    // Chart animations and the first layout pass settle within this pause.
    QTest::qWait(300);
    const QString path = QDir(folder).filePath(QStringLiteral("dashboard.png"));
    if (!window.grab().save(path)) {
        qWarning() << "Cannot write" << path;
        return false;
    }
    return true;
}

} // namespace CoopAtlas::Tests
