// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshothelper.h"

#include <core/analytics/networkloader.h>
#include <core/storage/database.h>
#include <core/storage/store.h>
#include <ui/commands/recordcommands.h>
#include <ui/mainwindow.h>
#include <ui/network/networkcanvas.h>
#include <ui/network/networkmapwidget.h>
#include <ui/network/networkwindow.h>
#include <ui/network/suggestionspanel.h>

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFontMetrics>
#include <QHeaderView>
#include <QSignalSpy>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace CoopAtlas;

class tst_SuggestionsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void undoOfAcceptListsSuggestionAgain();
    void reloadedSnapshotAfterUndoListsSuggestion();
    void dismissedSuggestionStaysHiddenAfterUndo();
    void rowShowsWholeNameAndReason();
    void windowListsSuggestionAfterUndo();

private:
    QString addOrganisation(const QString &name, const QString &kind);
    void addLink(const QString &from, const QString &to);
    [[nodiscard]] Core::NetworkSnapshot readSnapshot() const;
    [[nodiscard]] bool lists(const QString &candidateId) const;
    void showPanel();

    QTemporaryDir m_configDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Store> m_store;
    std::unique_ptr<QUndoStack> m_undoStack;
    std::unique_ptr<Ui::CommandContext> m_context;
    std::unique_ptr<Ui::SuggestionsPanel> m_panel;
    QString m_holder; ///< project holder "Velo Coop" (mobility), with no link
    QString m_helper; ///< support organisation in mobility that supports a peer of Velo Coop
    QString m_funder; ///< funder in mobility that funds the same peer
};

namespace {

/// Long enough for reading and laying out the sample network on a loaded machine.
constexpr int WaitMs = 20000;

/// Long enough that it wraps in a panel of 340 pixels.
const QString HelperName
    = QStringLiteral("Agence bruxelloise d'accompagnement des coopératives de mobilité partagée");

} // namespace

void tst_SuggestionsPanel::initTestCase()
{
    QVERIFY(m_configDir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configDir.path()));
}

void tst_SuggestionsPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Core::Database::open(m_dir->filePath(QStringLiteral("suggestions.sqlite")));
    QVERIFY(db.ok());
    m_store = std::make_unique<Core::Store>(std::move(db).value());
    m_holder = addOrganisation(QStringLiteral("Velo Coop"), QStringLiteral("project-holder"));
    const QString peer
        = addOrganisation(QStringLiteral("Cargo Coop"), QStringLiteral("project-holder"));
    m_helper = addOrganisation(HelperName, QStringLiteral("support-organisation"));
    m_funder = addOrganisation(QStringLiteral("Mobility Fund"), QStringLiteral("funder"));
    addLink(m_helper, peer);
    addLink(m_funder, peer);
    m_undoStack = std::make_unique<QUndoStack>();
    m_context = std::make_unique<Ui::CommandContext>();
    m_context->setStore(m_store.get());
    m_panel = std::make_unique<Ui::SuggestionsPanel>(m_undoStack.get(), m_context.get());
    m_panel->setSnapshot(readSnapshot());
    m_panel->showFor(m_holder);
}

void tst_SuggestionsPanel::cleanup()
{
    m_panel.reset();
    m_undoStack.reset();
    m_context.reset();
    m_store.reset();
    m_dir.reset();
}

QString tst_SuggestionsPanel::addOrganisation(const QString &name, const QString &kind)
{
    Core::Organisation org;
    org.name = name;
    org.kind = kind;
    org.sectors = {QStringLiteral("mobility")};
    auto id = m_store->insertOrganisation(org);
    if (!id)
        qWarning() << id.error().text();
    return id ? id.value() : QString();
}

void tst_SuggestionsPanel::addLink(const QString &from, const QString &to)
{
    Core::Link link;
    link.fromId = from;
    link.toId = to;
    link.type = QStringLiteral("supports");
    auto id = m_store->insertLink(link);
    if (!id)
        qWarning() << id.error().text();
}

Core::NetworkSnapshot tst_SuggestionsPanel::readSnapshot() const
{
    auto snapshot = Core::loadNetworkSnapshot(
        m_store->database().path(), Core::NetworkFilter(), QStringLiteral("en"));
    if (!snapshot) {
        qWarning() << snapshot.error().text();
        return {};
    }
    return snapshot.value();
}

bool tst_SuggestionsPanel::lists(const QString &candidateId) const
{
    const QList<Core::Suggestion> &listed = m_panel->suggestions();
    return std::any_of(listed.cbegin(), listed.cend(), [&](const Core::Suggestion &suggestion) {
        return suggestion.candidateId == candidateId;
    });
}

void tst_SuggestionsPanel::showPanel()
{
    m_panel->resize(340, 600);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    // The rows are laid out again after the header has resized its sections.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

void tst_SuggestionsPanel::undoOfAcceptListsSuggestionAgain()
{
    QCOMPARE(m_panel->suggestions().size(), 2);
    QCOMPARE(m_panel->suggestions().first().candidateId, m_helper);

    m_panel->acceptSuggestion(0);
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(m_store->linksOf(m_holder).value().size(), 1);
    QVERIFY(!lists(m_helper));
    QVERIFY(lists(m_funder));

    m_undoStack->undo();
    QCOMPARE(m_store->linksOf(m_holder).value().size(), 0);
    QVERIFY(lists(m_helper));
    QCOMPARE(m_panel->suggestions().first().candidateId, m_helper);
    QCOMPARE(m_panel->list()->topLevelItemCount(), 2);

    m_undoStack->redo();
    QCOMPARE(m_store->linksOf(m_holder).value().size(), 1);
    QVERIFY(!lists(m_helper));
    QCOMPARE(m_panel->list()->topLevelItemCount(), 1);
}

void tst_SuggestionsPanel::reloadedSnapshotAfterUndoListsSuggestion()
{
    // The network window reads the snapshot again after each change.
    m_panel->acceptSuggestion(0);
    m_panel->setSnapshot(readSnapshot());
    QVERIFY(!lists(m_helper));

    m_undoStack->undo();
    m_panel->setSnapshot(readSnapshot());
    QVERIFY(lists(m_helper));
    QVERIFY(lists(m_funder));
}

void tst_SuggestionsPanel::dismissedSuggestionStaysHiddenAfterUndo()
{
    m_panel->dismissSuggestion(1);
    QVERIFY(lists(m_helper));
    QVERIFY(!lists(m_funder));
    m_panel->acceptSuggestion(0);
    m_undoStack->undo();
    QVERIFY(lists(m_helper));
    QVERIFY(!lists(m_funder));
}

void tst_SuggestionsPanel::rowShowsWholeNameAndReason()
{
    showPanel();
    QTreeWidget *list = m_panel->list();
    QTreeWidgetItem *item = list->topLevelItem(0);
    QVERIFY(item);
    const Core::Suggestion &suggestion = m_panel->suggestions().first();
    QCOMPARE(item->text(0), HelperName + QLatin1Char('\n') + suggestion.reason);

    // The organisation column takes the width that the score and buttons leave.
    const int nameWidth = list->columnWidth(0);
    QVERIFY2(nameWidth > list->columnWidth(1) + list->columnWidth(2),
             qPrintable(QStringLiteral("name column %1 px of %2 px")
                            .arg(nameWidth)
                            .arg(list->viewport()->width())));

    // The row is as tall as the name and reason wrapped at the column width.
    const int margin = list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, list) + 1;
    const QRect wrapped = QFontMetrics(list->font())
                              .boundingRect(QRect(0, 0, nameWidth - 2 * margin, 10000),
                                            Qt::TextWordWrap,
                                            item->text(0));
    QVERIFY(wrapped.height() > 3 * QFontMetrics(list->font()).lineSpacing());
    const int rowHeight = list->visualItemRect(item).height();
    QVERIFY2(
        rowHeight >= wrapped.height(),
        qPrintable(QStringLiteral("row %1 px, text %2 px").arg(rowHeight).arg(wrapped.height())));
    // The tool tip shows both in full when the row cannot.
    QCOMPARE(item->toolTip(0), HelperName + QLatin1Char('\n') + suggestion.reason);

    const QString folder = Tests::screenshotFolder();
    if (!folder.isEmpty())
        QVERIFY(m_panel->grab().save(QDir(folder).filePath(QStringLiteral("suggestions.png"))));
}

void tst_SuggestionsPanel::windowListsSuggestionAfterUndo()
{
    // The sample data in the network window, undone through the main window's
    // undo stack as Edit > Undo does. The window reads the network again a
    // second after each change.
    const std::unique_ptr<Ui::MainWindow> window
        = Tests::showSampleWindow(m_dir->filePath(QStringLiteral("sample.sqlite")));
    QVERIFY(window);
    window->action(QStringLiteral("networkMap"))->trigger();
    auto *network = window->findChild<Ui::NetworkWindow *>();
    QVERIFY(network);
    QSignalSpy changed(network->map(), &Ui::NetworkMapWidget::networkChanged);
    QVERIFY(changed.wait(WaitMs));
    QVERIFY(network->map()->focusLabel(QStringLiteral("Cytomine")));
    Ui::SuggestionsPanel *panel = network->suggestions();
    QVERIFY(!panel->suggestions().isEmpty());
    const QList<Core::Suggestion> before = panel->suggestions();
    const QString holder = before.first().toId;
    const int linksBefore = int(window->store()->linksOf(holder).value().size());

    panel->acceptSuggestion(0);
    QCOMPARE(int(window->store()->linksOf(holder).value().size()), linksBefore + 1);
    QCOMPARE(panel->suggestions().first().candidateId, before.at(1).candidateId);
    QVERIFY(changed.wait(WaitMs));
    for (const Core::Suggestion &suggestion : panel->suggestions())
        QVERIFY(suggestion.candidateId != before.first().candidateId);
    // The project holder stays selected and in view after the new layout.
    const Ui::NetworkCanvas *canvas = network->map()->canvas();
    const int node = canvas->snapshot().indexOf(holder);
    QVERIFY(node >= 0);
    QCOMPARE(canvas->selectedNode(), node);
    QVERIFY(QRectF(canvas->rect()).contains(canvas->mapFromLayout(canvas->positions().at(node))));

    window->undoStack()->undo();
    QCOMPARE(int(window->store()->linksOf(holder).value().size()), linksBefore);
    QVERIFY(changed.wait(WaitMs));
    QCOMPARE(panel->suggestions().size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        QCOMPARE(panel->suggestions().at(i).candidateId, before.at(i).candidateId);
        QCOMPARE(panel->suggestions().at(i).score, before.at(i).score);
    }

    const QString folder = Tests::screenshotFolder();
    if (!folder.isEmpty())
        QVERIFY(
            network->grab().save(QDir(folder).filePath(QStringLiteral("suggestions-undo.png"))));
}

QTEST_MAIN(tst_SuggestionsPanel)
#include "tst_suggestionspanel.moc"
