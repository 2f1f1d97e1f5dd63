// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartsaving.h"

#include <ui/logging.h>

#include <QAction>
#include <QChartView>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPainter>
#include <QSvgGenerator>

namespace CoopAtlas::Ui {

namespace {

Core::Error writeError(const QString &path)
{
    return Core::Error{QCoreApplication::translate(
                           "CoopAtlas::Ui::ChartSaving",
                           "The chart could not be saved. Check that the folder exists and that "
                           "you may write to it."),
                       QDir::toNativeSeparators(path)};
}

void askAndSave(QChartView *view, const QString &baseName, bool svg)
{
    const QString filter
        = svg ? QCoreApplication::translate("CoopAtlas::Ui::ChartSaving", "SVG image (*.svg)")
              : QCoreApplication::translate("CoopAtlas::Ui::ChartSaving", "PNG image (*.png)");
    QString path = QFileDialog::getSaveFileName(
        view,
        QCoreApplication::translate("CoopAtlas::Ui::ChartSaving", "Save Chart"),
        baseName + (svg ? QStringLiteral(".svg") : QStringLiteral(".png")),
        filter);
    if (path.isEmpty())
        return;
    const QString suffix = svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    const auto saved = saveChart(view, path);
    if (!saved) {
        qCWarning(lcUi) << "Saving a chart failed:" << saved.error().text();
        QMessageBox::warning(
            view,
            QCoreApplication::translate("CoopAtlas::Ui::ChartSaving", "Chart Not Saved"),
            saved.error().text());
    }
}

} // namespace

Core::Result<void> saveChart(QChartView *view, const QString &path)
{
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(view->size());
        generator.setViewBox(view->rect());
        generator.setTitle(view->chart() ? view->chart()->title() : QString());
        QPainter painter;
        if (!painter.begin(&generator))
            return writeError(path);
        view->render(&painter);
        painter.end();
        if (QFileInfo(path).size() == 0)
            return writeError(path);
        return {};
    }
    if (!view->grab().save(path, "PNG"))
        return writeError(path);
    return {};
}

void addChartSaveMenu(QChartView *view, const QString &baseName)
{
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *png = new QAction(
        QCoreApplication::translate("CoopAtlas::Ui::ChartSaving", "Save Chart as PNG..."), view);
    auto *svg = new QAction(
        QCoreApplication::translate("CoopAtlas::Ui::ChartSaving", "Save Chart as SVG..."), view);
    QObject::connect(
        png, &QAction::triggered, view, [view, baseName] { askAndSave(view, baseName, false); });
    QObject::connect(
        svg, &QAction::triggered, view, [view, baseName] { askAndSave(view, baseName, true); });
    view->addAction(png);
    view->addAction(svg);
}

} // namespace CoopAtlas::Ui
