// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Saves screenshots of the knowledge base and obstacles sections, shown on the
// bundled sample data set, as PNG files in the folder given as the argument.
// Run it under a display, for example:
//   xvfb-run -a -s "-screen 0 1280x800x24" ./knowledge_screenshots docs/screenshots
#include <ui/barriers/barrierspage.h>
#include <ui/barriers/barriertreemodel.h>
#include <ui/knowledge/knowledgepage.h>
#include <ui/knowledge/resourcelistmodel.h>
#include <ui/mainwindow.h>
#include <ui/storeopener.h>

#include <QApplication>
#include <QDir>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeView>

using namespace CoopAtlas;

namespace {

void settle()
{
    // Bounded: lets the layouts and the models' refresh timers run.
    for (int i = 0; i < 20; ++i)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool save(QWidget &window, const QString &path)
{
    settle();
    const bool saved = window.grab().save(path);
    QTextStream(stderr) << (saved ? "Saved " : "Not saved: ") << path << '\n';
    return saved;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CoopAtlasScreenshots"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    if (argc < 2) {
        QTextStream(stderr) << "Usage: knowledge_screenshots OUTPUT_FOLDER\n";
        return 2;
    }
    const QDir output(QString::fromLocal8Bit(argv[1]));
    QTemporaryDir dir;
    auto opened = Ui::openStore(dir.filePath(QStringLiteral("sample.sqlite")), true);
    if (!opened) {
        QTextStream(stderr) << opened.error().text() << '\n';
        return 1;
    }
    Ui::MainWindow window;
    window.setStore(std::move(opened.value().store), false);
    window.resize(1280, 800);
    window.show();

    window.showSection(Ui::MainWindow::Section::Knowledge);
    Ui::KnowledgePage *knowledge = window.knowledgePage();
    knowledge->selectResource(knowledge->listModel()->idAt(0));
    bool ok = save(window, output.filePath(QStringLiteral("knowledge-base.png")));

    window.showSection(Ui::MainWindow::Section::Obstacles);
    Ui::BarriersPage *barriers = window.barriersPage();
    Ui::BarrierTreeModel *model = barriers->treeModel();
    const QModelIndex first = model->index(0, 0, model->index(0, 0));
    barriers->selectBarrier(model->idAt(first));
    ok = save(window, output.filePath(QStringLiteral("obstacles.png"))) && ok;
    return ok ? 0 : 1;
}
