// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshothelper.h"

#include <core/sample/sampledata.h>
#include <core/storage/database.h>
#include <core/storage/store.h>
#include <ui/commands/recordcommands.h>
#include <ui/dashboard/dashboardwidget.h>
#include <ui/detail/detailpane.h>
#include <ui/mainwindow.h>
#include <ui/network/metricspanel.h>
#include <ui/network/networkcanvas.h>
#include <ui/network/networkimagecache.h>
#include <ui/network/networkmapwidget.h>
#include <ui/network/networkpainter.h>
#include <ui/network/networkpins.h>
#include <ui/network/networkwindow.h>
#include <ui/network/spatialgrid.h>
#include <ui/network/suggestionspanel.h>
#include <ui/storeopener.h>

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QSlider>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <tuple>

using namespace CoopAtlas;

namespace {

/// Long enough for a layout of a few nodes on a loaded machine.
constexpr int WaitMs = 20000;

struct GridNetwork
{
    Core::NetworkSnapshot snapshot;
    QList<QPointF> positions;
};

/// Organisations on a square grid one layout unit apart, each linked to its
/// right and lower neighbours, with the link types taking turns.
GridNetwork gridNetwork(int side)
{
    const QStringList types{QStringLiteral("supports"), QStringLiteral("funds")};
    QList<Core::NetworkNode> nodes;
    GridNetwork network;
    for (int i = 0; i < side * side; ++i) {
        Core::NetworkNode node;
        node.id = QStringLiteral("n%1").arg(i, 6, 10, QLatin1Char('0'));
        node.kind = i % 3 == 0 ? QStringLiteral("funder") : QStringLiteral("project-holder");
        node.label = QStringLiteral("Organisation %1").arg(i);
        nodes.append(node);
        network.positions.append(QPointF(i % side, i / side));
    }
    QList<Core::NetworkSnapshot::EdgeRecord> edges;
    const auto link = [&](int from, int to) {
        edges.append({QStringLiteral("e%1").arg(edges.size(), 6, 10, QLatin1Char('0')),
                      nodes.at(from).id,
                      nodes.at(to).id,
                      types.at(edges.size() % types.size()),
                      {},
                      {}});
    };
    for (int i = 0; i < side * side; ++i) {
        if (i % side + 1 < side)
            link(i, i + 1);
        if (i + side < side * side)
            link(i, i + side);
    }
    // Node ids sort in creation order, so positions stay indexed like nodes.
    network.snapshot = Core::NetworkSnapshot(nodes, edges);
    return network;
}

/// Shows `network` in a new 800 x 600 canvas, fitted to the window.
std::unique_ptr<Ui::NetworkCanvas> showCanvas(const GridNetwork &network)
{
    auto canvas = std::make_unique<Ui::NetworkCanvas>();
    canvas->resize(800, 600);
    canvas->setNetwork(network.snapshot, network.positions);
    canvas->show();
    if (!QTest::qWaitForWindowExposed(canvas.get()))
        return nullptr;
    canvas->fitToView();
    return canvas;
}

/// Waits until the canvas has settled and its cached picture shows its data
/// at its zoom. The next frame then copies the picture.
bool waitForPicture(const Ui::NetworkCanvas &canvas)
{
    return QTest::qWaitFor(
        [&canvas] {
            const Ui::NetworkImageCache &cache = canvas.imageCache();
            return !canvas.isInteracting() && !cache.isDrawing()
                   && cache.imageZoom() == canvas.zoom()
                   && cache.imageVersion() == canvas.pictureVersion();
        },
        WaitMs);
}

/// The canvas as painted on screen and as saved by savePng(), which always
/// paints directly, both in RGB32 for comparison.
std::tuple<bool, QImage, QImage> paintedAndExported(Ui::NetworkCanvas &canvas, const QString &path)
{
    const QImage painted = canvas.grab().toImage().convertToFormat(QImage::Format_RGB32);
    const bool saved = canvas.savePng(path).ok();
    const QImage exported = QImage(path).convertToFormat(QImage::Format_RGB32);
    return std::make_tuple(saved, painted, exported);
}

/// Pixels that differ between two images of the same size and format.
int differingPixels(const QImage &first, const QImage &second)
{
    int count = 0;
    for (int y = 0; y < first.height(); ++y) {
        for (int x = 0; x < first.width(); ++x) {
            if (first.pixel(x, y) != second.pixel(x, y))
                ++count;
        }
    }
    return count;
}

/// An image of the size of `image` filled with `colour`, in RGB32.
QImage blankOf(const QImage &image, const QColor &colour)
{
    QImage blank(image.size(), QImage::Format_RGB32);
    blank.fill(colour);
    return blank;
}

} // namespace

class tst_NetworkMap : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void mapBuildsForSmallStore();
    void dateSliderShowsLinkOnlyWhileActive();
    void selectingHighlightsNeighbours();
    void filtersHideNodesAndLinks();
    void draggedNodeStaysPinnedAfterRelayout();
    void searchFocusesNode();
    void pngAndSvgExportsAreValid();
    void acceptingSuggestionCreatesLinkAndUndoRemovesIt();
    void dismissingSuggestionHidesIt();
    void doubleClickOpensRecordInDetailPane();
    void spatialGridFindsPoints();
    void panningDrawsDraftsUntilSettled();
    void draftFrameRestartsSettleTimer();
    void zoomAndPanReuseTiles();
    void tilesCoverLargeViewAfterPan();
    void dataChangeCancelsTiles();
    void zoomedOutMapMatchesDirectPainting();
    void settledPictureMatchesDirectPainting();
    void destroyingCanvasWhileDrawingIsSafe();
    void newNetworkCancelsPictureInProgress();
    void labelsAvoidNearbyNodes();
    void sampleDataScreenshots();

private:
    QString addOrganisation(const QString &name,
                            const QString &kind,
                            const QStringList &sectors = {},
                            const QString &stage = QStringLiteral("launched"));
    QString addLink(const QString &from,
                    const QString &to,
                    const QString &type,
                    const QDate &start = {},
                    const QDate &end = {});
    void showMap();
    [[nodiscard]] int nodeOf(const QString &id) const;
    [[nodiscard]] int edgeOf(const QString &id) const;
    [[nodiscard]] QPoint screenPointOf(const QString &id) const;

    QTemporaryDir m_configDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Store> m_store;
    std::unique_ptr<Ui::NetworkMapWidget> m_map;
    QString m_holder;  ///< project holder "Velo Coop" (mobility)
    QString m_support; ///< support organisation "Coop Support" (mobility)
    QString m_funder;  ///< funder "Social Fund"
    QString m_loner;   ///< "Lonely Project", no link
    QString m_dated;   ///< link holder -> funder, 2024-03-01 to 2024-06-30
};

void tst_NetworkMap::initTestCase()
{
    QVERIFY(m_configDir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configDir.path()));
}

void tst_NetworkMap::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Core::Database::open(m_dir->filePath(QStringLiteral("network.sqlite")));
    QVERIFY(db.ok());
    m_store = std::make_unique<Core::Store>(std::move(db).value());
    const QStringList mobility{QStringLiteral("mobility")};
    m_holder
        = addOrganisation(QStringLiteral("Velo Coop"), QStringLiteral("project-holder"), mobility);
    m_support = addOrganisation(
        QStringLiteral("Coop Support"), QStringLiteral("support-organisation"), mobility);
    m_funder = addOrganisation(QStringLiteral("Social Fund"), QStringLiteral("funder"));
    m_loner = addOrganisation(QStringLiteral("Lonely Project"), QStringLiteral("project-holder"));
    addLink(m_support, m_holder, QStringLiteral("supports"), QDate(2023, 1, 1));
    m_dated = addLink(
        m_funder, m_holder, QStringLiteral("funds"), QDate(2024, 3, 1), QDate(2024, 6, 30));
}

void tst_NetworkMap::cleanup()
{
    m_map.reset();
    m_store.reset();
    m_dir.reset();
}

QString tst_NetworkMap::addOrganisation(const QString &name,
                                        const QString &kind,
                                        const QStringList &sectors,
                                        const QString &stage)
{
    Core::Organisation org;
    org.name = name;
    org.kind = kind;
    org.sectors = sectors;
    org.stage = stage;
    auto id = m_store->insertOrganisation(org);
    if (!id)
        qWarning() << id.error().text();
    return id ? id.value() : QString();
}

QString tst_NetworkMap::addLink(const QString &from,
                                const QString &to,
                                const QString &type,
                                const QDate &start,
                                const QDate &end)
{
    Core::Link link;
    link.fromId = from;
    link.toId = to;
    link.type = type;
    link.start = start;
    link.end = end;
    auto id = m_store->insertLink(link);
    if (!id)
        qWarning() << id.error().text();
    return id ? id.value() : QString();
}

void tst_NetworkMap::showMap()
{
    m_map = std::make_unique<Ui::NetworkMapWidget>();
    m_map->resize(900, 600);
    m_map->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_map.get()));
    QSignalSpy changed(m_map.get(), &Ui::NetworkMapWidget::networkChanged);
    m_map->setStore(m_store.get());
    QVERIFY(changed.wait(WaitMs));
    QVERIFY(!m_map->isBusy());
}

int tst_NetworkMap::nodeOf(const QString &id) const
{
    return m_map->canvas()->snapshot().indexOf(id);
}

int tst_NetworkMap::edgeOf(const QString &id) const
{
    const auto &edges = m_map->canvas()->snapshot().edges();
    for (int i = 0; i < int(edges.size()); ++i) {
        if (edges.at(i).id == id)
            return i;
    }
    return -1;
}

QPoint tst_NetworkMap::screenPointOf(const QString &id) const
{
    Ui::NetworkCanvas *canvas = m_map->canvas();
    return canvas->mapFromLayout(canvas->positions().at(nodeOf(id))).toPoint();
}

void tst_NetworkMap::mapBuildsForSmallStore()
{
    showMap();
    const Core::NetworkSnapshot &snapshot = m_map->canvas()->snapshot();
    QCOMPARE(snapshot.nodeCount(), 4);
    QCOMPARE(snapshot.edgeCount(), 2);
    QCOMPARE(m_map->canvas()->positions().size(), 4);
    QVERIFY(nodeOf(m_loner) >= 0);
    for (const QPointF &position : m_map->canvas()->positions())
        QVERIFY(
            m_map->canvas()->rect().contains(m_map->canvas()->mapFromLayout(position).toPoint()));
}

void tst_NetworkMap::dateSliderShowsLinkOnlyWhileActive()
{
    showMap();
    const int edge = edgeOf(m_dated);
    QVERIFY(edge >= 0);
    QVERIFY(m_map->dateCheck()->isEnabled());
    QVERIFY(m_map->canvas()->isEdgeVisible(edge));
    m_map->dateCheck()->setChecked(true);
    const auto visibleOn = [&](const QDate &date) {
        m_map->dateSlider()->setValue(m_map->sliderForDate(date));
        return m_map->canvas()->isEdgeVisible(edge);
    };
    QCOMPARE(visibleOn(QDate(2024, 2, 29)), false);
    QCOMPARE(m_map->canvas()->activeDate(), QDate(2024, 2, 29));
    QCOMPARE(visibleOn(QDate(2024, 3, 1)), true);
    QCOMPARE(visibleOn(QDate(2024, 5, 15)), true);
    QCOMPARE(visibleOn(QDate(2024, 6, 30)), true);
    QCOMPARE(visibleOn(QDate(2024, 7, 1)), false);
    m_map->dateCheck()->setChecked(false);
    QCOMPARE(m_map->canvas()->activeDate(), std::nullopt);
    QVERIFY(m_map->canvas()->isEdgeVisible(edge));
}

void tst_NetworkMap::selectingHighlightsNeighbours()
{
    showMap();
    Ui::NetworkCanvas *canvas = m_map->canvas();
    QSignalSpy selected(canvas, &Ui::NetworkCanvas::selectionChanged);
    QTest::mouseClick(canvas, Qt::LeftButton, {}, screenPointOf(m_support));
    QCOMPARE(selected.count(), 1);
    QCOMPARE(canvas->selectedNode(), nodeOf(m_support));
    QVERIFY(canvas->isHighlighted(nodeOf(m_support)));
    QVERIFY(canvas->isHighlighted(nodeOf(m_holder)));
    QVERIFY(!canvas->isHighlighted(nodeOf(m_funder)));
    QVERIFY(canvas->isDimmed(nodeOf(m_funder)));
    QVERIFY(canvas->isDimmed(nodeOf(m_loner)));
    QVERIFY(!canvas->isDimmed(nodeOf(m_holder)));

    canvas->selectNode(nodeOf(m_holder));
    QVERIFY(canvas->isHighlighted(nodeOf(m_funder)));
    // The funding link is not active in 2023, so the funder is no neighbour then.
    m_map->dateCheck()->setChecked(true);
    m_map->dateSlider()->setValue(m_map->sliderForDate(QDate(2023, 6, 1)));
    QVERIFY(!canvas->isHighlighted(nodeOf(m_funder)));
    QVERIFY(canvas->isHighlighted(nodeOf(m_support)));
}

void tst_NetworkMap::filtersHideNodesAndLinks()
{
    showMap();
    Ui::NetworkCanvas *canvas = m_map->canvas();
    canvas->setKindFilter(QStringLiteral("project-holder"));
    QVERIFY(canvas->isNodeVisible(nodeOf(m_holder)));
    QVERIFY(canvas->isNodeVisible(nodeOf(m_loner)));
    QVERIFY(!canvas->isNodeVisible(nodeOf(m_support)));
    QVERIFY(!canvas->isEdgeVisible(edgeOf(m_dated)));
    canvas->setKindFilter(QString());
    canvas->setSectorFilter(QStringLiteral("mobility"));
    QVERIFY(canvas->isNodeVisible(nodeOf(m_support)));
    QVERIFY(!canvas->isNodeVisible(nodeOf(m_funder)));
    canvas->setSectorFilter(QString());
    canvas->setLinkTypeFilter(QStringLiteral("supports"));
    QVERIFY(!canvas->isEdgeVisible(edgeOf(m_dated)));
    canvas->setLinkTypeFilter(QStringLiteral("funds"));
    QVERIFY(canvas->isEdgeVisible(edgeOf(m_dated)));
}

void tst_NetworkMap::draggedNodeStaysPinnedAfterRelayout()
{
    showMap();
    Ui::NetworkCanvas *canvas = m_map->canvas();
    const QPoint start = screenPointOf(m_loner);
    const QPoint target = start + QPoint(60, 40);
    QSignalSpy pinned(canvas, &Ui::NetworkCanvas::nodePinned);
    QTest::mousePress(canvas, Qt::LeftButton, {}, start);
    QTest::mouseMove(canvas, start + QPoint(30, 20));
    QTest::mouseMove(canvas, target);
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, target);
    QCOMPARE(pinned.count(), 1);
    QCOMPARE(pinned.at(0).at(0).toString(), m_loner);
    const QPointF dropped = canvas->positions().at(nodeOf(m_loner));
    QVERIFY(canvas->isPinned(nodeOf(m_loner)));

    auto stored = Ui::readNetworkPins(*m_store);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().value(m_loner), dropped);

    QSignalSpy changed(m_map.get(), &Ui::NetworkMapWidget::networkChanged);
    m_map->relayout();
    QVERIFY(changed.wait(WaitMs));
    QCOMPARE(canvas->positions().at(nodeOf(m_loner)), dropped);
    QVERIFY(canvas->isPinned(nodeOf(m_loner)));

    // A new map on the same file reads the pin back from the store.
    m_map.reset();
    showMap();
    QCOMPARE(m_map->canvas()->positions().at(nodeOf(m_loner)), dropped);
    QVERIFY(m_map->canvas()->isPinned(nodeOf(m_loner)));
    QVERIFY(!m_map->canvas()->isPinned(nodeOf(m_holder)));
}

void tst_NetworkMap::searchFocusesNode()
{
    showMap();
    QVERIFY(m_map->focusLabel(QStringLiteral("social")));
    QCOMPARE(m_map->canvas()->selectedNode(), nodeOf(m_funder));
    const QPointF centre
        = m_map->canvas()->mapFromLayout(m_map->canvas()->positions().at(nodeOf(m_funder)));
    QCOMPARE(centre, QRectF(m_map->canvas()->rect()).center());
    QVERIFY(!m_map->focusLabel(QStringLiteral("no such name")));
}

void tst_NetworkMap::pngAndSvgExportsAreValid()
{
    showMap();
    const QString png = m_dir->filePath(QStringLiteral("map.png"));
    const QString svg = m_dir->filePath(QStringLiteral("map.svg"));
    QVERIFY(m_map->canvas()->savePng(png).ok());
    QVERIFY(m_map->canvas()->saveSvg(svg).ok());
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), m_map->canvas()->size() * m_map->canvas()->devicePixelRatioF());
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBoxF(), QRectF(m_map->canvas()->rect()));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("<path") || text.contains("<ellipse") || text.contains("<circle"));
    const auto failed
        = m_map->canvas()->savePng(m_dir->filePath(QStringLiteral("missing/map.png")));
    QVERIFY(!failed.ok());
    QVERIFY(failed.error().context.endsWith(QStringLiteral("map.png")));
}

void tst_NetworkMap::acceptingSuggestionCreatesLinkAndUndoRemovesIt()
{
    // A second mobility project holder supported by a second support organisation:
    // that organisation is the suggestion for Velo Coop.
    const QString peer = addOrganisation(QStringLiteral("Cargo Coop"),
                                         QStringLiteral("project-holder"),
                                         {QStringLiteral("mobility")});
    const QString helper = addOrganisation(QStringLiteral("Mobility Lab"),
                                           QStringLiteral("support-organisation"),
                                           {QStringLiteral("mobility")});
    addLink(helper, peer, QStringLiteral("supports"));
    showMap();
    QUndoStack undoStack;
    Ui::CommandContext context;
    context.setStore(m_store.get());
    Ui::SuggestionsPanel panel(&undoStack, &context);
    panel.setSnapshot(m_map->canvas()->snapshot());
    panel.showFor(m_holder);
    QVERIFY(!panel.suggestions().isEmpty());
    QCOMPARE(panel.suggestions().first().candidateId, helper);
    QCOMPARE(panel.suggestions().first().linkType, QStringLiteral("supports"));
    QVERIFY(!panel.suggestions().first().reason.isEmpty());
    const int before = int(m_store->linksOf(m_holder).value().size());

    panel.acceptSuggestion(0);
    QCOMPARE(undoStack.count(), 1);
    const QList<Core::Link> after = m_store->linksOf(m_holder).value();
    QCOMPARE(int(after.size()), before + 1);
    const auto created = std::find_if(after.cbegin(), after.cend(), [&](const Core::Link &link) {
        return link.fromId == helper;
    });
    QVERIFY(created != after.cend());
    QCOMPARE(created->toId, m_holder);
    QCOMPARE(created->type, QStringLiteral("supports"));
    for (const Core::Suggestion &suggestion : panel.suggestions())
        QVERIFY(suggestion.candidateId != helper);

    undoStack.undo();
    QCOMPARE(int(m_store->linksOf(m_holder).value().size()), before);
    undoStack.redo();
    QCOMPARE(int(m_store->linksOf(m_holder).value().size()), before + 1);
}

void tst_NetworkMap::dismissingSuggestionHidesIt()
{
    const QString helper = addOrganisation(QStringLiteral("Mobility Lab"),
                                           QStringLiteral("support-organisation"),
                                           {QStringLiteral("mobility")});
    showMap();
    QUndoStack undoStack;
    Ui::CommandContext context;
    context.setStore(m_store.get());
    Ui::SuggestionsPanel panel(&undoStack, &context);
    panel.setSnapshot(m_map->canvas()->snapshot());
    panel.showFor(m_holder);
    QCOMPARE(panel.suggestions().size(), 1);
    QCOMPARE(panel.suggestions().first().candidateId, helper);
    panel.dismissSuggestion(0);
    QVERIFY(panel.suggestions().isEmpty());
    QCOMPARE(undoStack.count(), 0);
    // Still hidden when the same project holder is shown again.
    panel.showFor(m_loner);
    panel.showFor(m_holder);
    QVERIFY(panel.suggestions().isEmpty());
}

void tst_NetworkMap::doubleClickOpensRecordInDetailPane()
{
    const QString path = m_store->database().path();
    m_store.reset();
    auto opened = Ui::openStore(path, false);
    QVERIFY(opened.ok());
    Ui::MainWindow window;
    window.setStore(std::move(opened.value().store));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.action(QStringLiteral("networkMap"))->trigger();
    auto *network = window.findChild<Ui::NetworkWindow *>();
    QVERIFY(network);
    QSignalSpy changed(network->map(), &Ui::NetworkMapWidget::networkChanged);
    QVERIFY(changed.wait(WaitMs));
    Ui::NetworkCanvas *canvas = network->map()->canvas();
    const int node = canvas->snapshot().indexOf(m_funder);
    const QPoint point = canvas->mapFromLayout(canvas->positions().at(node)).toPoint();
    QTest::mouseDClick(canvas, Qt::LeftButton, {}, point);
    QCOMPARE(window.detailPane()->recordId(), m_funder);
    QCOMPARE(window.currentSection(), Ui::MainWindow::Section::Organisations);
}

void tst_NetworkMap::spatialGridFindsPoints()
{
    Ui::SpatialGrid grid;
    QList<QPointF> points;
    for (int i = 0; i < 100; ++i)
        points.append(QPointF(i % 10, i / 10));
    grid.build(points);
    QCOMPARE(grid.nearest(QPointF(3.1, 4.1), 0.5), 43);
    QCOMPARE(grid.nearest(QPointF(3.5, 4.5), 0.2), -1);
    QList<int> inside = grid.pointsIn(QRectF(QPointF(1.5, 1.5), QPointF(3.5, 2.5)));
    std::sort(inside.begin(), inside.end());
    QCOMPARE(inside, QList<int>({22, 23}));
    QList<int> reused{99, 98, 97};
    grid.pointsIn(QRectF(QPointF(1.5, 1.5), QPointF(3.5, 2.5)), reused);
    std::sort(reused.begin(), reused.end());
    QCOMPARE(reused, QList<int>({22, 23}));
    grid.move(0, QPointF(50, 50));
    QCOMPARE(grid.nearest(QPointF(50, 50), 0.1), 0);
    QCOMPARE(grid.nearest(QPointF(0, 0), 0.1), -1);
}

void tst_NetworkMap::panningDrawsDraftsUntilSettled()
{
    showMap();
    Ui::NetworkCanvas *canvas = m_map->canvas();
    QVERIFY(!canvas->isInteracting());
    canvas->panBy(QPointF(12, 8));
    QVERIFY(canvas->isInteracting());
    QTRY_VERIFY_WITH_TIMEOUT(!canvas->isInteracting(), WaitMs);
    canvas->zoomBy(1.5, QRectF(canvas->rect()).center());
    QVERIFY(canvas->isInteracting());
    QTRY_VERIFY_WITH_TIMEOUT(!canvas->isInteracting(), WaitMs);
}

void tst_NetworkMap::draftFrameRestartsSettleTimer()
{
    showMap();
    Ui::NetworkCanvas *canvas = m_map->canvas();
    canvas->panBy(QPointF(12, 8));
    QVERIFY(canvas->isInteracting());
    // Sleeping without an event loop leaves the settle timer overdue, as after
    // a draft frame slower than SettleMs. The frame painted next restarts it,
    // so the events processed right after that frame must not settle the map.
    QTest::qSleep(Ui::NetworkCanvas::SettleMs + 100);
    canvas->repaint();
    QCoreApplication::processEvents();
    QVERIFY(canvas->isInteracting());
    QTRY_VERIFY_WITH_TIMEOUT(!canvas->isInteracting(), WaitMs);
}

void tst_NetworkMap::zoomAndPanReuseTiles()
{
    // Two nodes 60 layout units apart on both axes, in a 200 x 150 view.
    // Tiles cover 256 x 256 pixels of the view that started their set, from
    // its top-left corner.
    Core::NetworkNode first;
    first.id = QStringLiteral("a");
    first.kind = QStringLiteral("project-holder");
    first.label = QStringLiteral("First");
    Core::NetworkNode second = first;
    second.id = QStringLiteral("b");
    second.label = QStringLiteral("Second");
    const Core::NetworkSnapshot snapshot({first, second},
                                         {{QStringLiteral("e"),
                                           QStringLiteral("a"),
                                           QStringLiteral("b"),
                                           QStringLiteral("supports"),
                                           {},
                                           {}}});
    Ui::NetworkCanvas canvas;
    canvas.resize(200, 150);
    canvas.setNetwork(snapshot, {QPointF(0, 0), QPointF(60, 60)});
    const Ui::NetworkPainter networkPainter(canvas);
    Ui::NetworkImageCache cache;
    QImage image(200, 150, QImage::Format_RGB32);
    QPainter painter(&image);

    const auto viewAt = [](const QPointF &centre, double zoom) {
        return Ui::NetworkView{centre, zoom, QSizeF(200, 150)};
    };
    const QPointF middle(30, 30);

    // The view takes tile (0, 0). With 0.4 views on each side, the region
    // covers pixels -80 to 280 and -60 to 210, inside the layout: tiles -1
    // to 1 across and -1 to 0 down.
    QVERIFY(!canvas.isInteracting());
    QSignalSpy ready(&cache, &Ui::NetworkImageCache::pictureReady);
    QVERIFY(cache.paint(painter, canvas, networkPainter, viewAt(middle, 10.0)));
    QVERIFY(cache.isDrawing());
    QVERIFY(!cache.isViewSharp());
    QCOMPARE(cache.imageZoom(), 10.0);
    QCOMPARE(cache.regionTileCount(), 6);
    QTRY_VERIFY_WITH_TIMEOUT(!cache.isDrawing(), WaitMs);
    QVERIFY(ready.count() >= 1);
    QCOMPARE(cache.tilesDrawn(), quint64(6));
    QVERIFY(cache.paint(painter, canvas, networkPainter, viewAt(middle, 10.0)));
    QVERIFY(cache.isViewSharp());

    // During a zoom the tiles are scaled up to 1.5 times their zoom. At zoom
    // 13 the region needs no other tile.
    canvas.panBy(QPointF(1, 0));
    QVERIFY(canvas.isInteracting());
    QVERIFY(cache.paint(painter, canvas, networkPainter, viewAt(middle, 13.0)));
    QCOMPARE(cache.imageZoom(), 10.0);
    QVERIFY(!cache.isDrawing());
    QVERIFY(!cache.isViewSharp());
    QCOMPARE(cache.tilesDrawn(), quint64(6));

    // Further, a new set starts at the view's zoom, with the same 6 tiles
    // around the view. Tile (0, 0) of zoom 10, the only one that the view
    // shows, stays until the new tiles cover the view.
    QVERIFY(cache.paint(painter, canvas, networkPainter, viewAt(middle, 16.0)));
    QCOMPARE(cache.imageZoom(), 16.0);
    QCOMPARE(cache.regionTileCount(), 6);
    QVERIFY(cache.isDrawing());
    QCOMPARE(cache.tileCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!cache.isDrawing(), WaitMs);
    QCOMPARE(cache.tilesDrawn(), quint64(12));
    QVERIFY(cache.paint(painter, canvas, networkPainter, viewAt(middle, 16.0)));
    QVERIFY(cache.isViewSharp());
    QCOMPARE(cache.tileCount(), 6);

    // A pan of 20 layout units (320 pixels) moves the region to pixels 240
    // to 600 across: tile column 2 is drawn, and the 4 tiles of columns 0
    // and 1 are reused. The 2 tiles of column -1 stay, within 1.5 times the
    // region.
    const QPointF panned = middle + QPointF(20, 0);
    QVERIFY(cache.paint(painter, canvas, networkPainter, viewAt(panned, 16.0)));
    QCOMPARE(cache.regionTileCount(), 6);
    QVERIFY(cache.isDrawing());
    QTRY_VERIFY_WITH_TIMEOUT(!cache.isDrawing(), WaitMs);
    QCOMPARE(cache.tilesDrawn(), quint64(14));
    QCOMPARE(cache.tileCount(), 8);
    QVERIFY(cache.paint(painter, canvas, networkPainter, viewAt(panned, 16.0)));
    QVERIFY(cache.isViewSharp());
}

void tst_NetworkMap::tilesCoverLargeViewAfterPan()
{
    // A grid of 100 x 100 nodes at 16 pixels per layout unit is 1,584 pixels
    // wide, more than the region around the 800 x 600 view, which takes 4 x 3
    // tiles.
    const GridNetwork network = gridNetwork(100);
    const std::unique_ptr<Ui::NetworkCanvas> canvas = showCanvas(network);
    QVERIFY(canvas);
    const QString path = m_dir->filePath(QStringLiteral("tiles.png"));
    canvas->zoomBy(16.0 / canvas->zoom(), QRectF(canvas->rect()).center());
    QVERIFY(!Ui::NetworkPainter::isDetailed(canvas->view()));
    QVERIFY(waitForPicture(*canvas));
    canvas->repaint();
    const Ui::NetworkImageCache &cache = canvas->imageCache();
    QVERIFY(cache.isViewSharp());
    QVERIFY(cache.regionTileCount() >= 12);
    const auto [saved, painted, exported] = paintedAndExported(*canvas, path);
    QVERIFY(saved);
    QCOMPARE(painted, exported);

    // A pan of 300 pixels down draws the tiles that it uncovers and reuses
    // the others.
    const quint64 drawnBefore = cache.tilesDrawn();
    const int regionBefore = cache.regionTileCount();
    canvas->panBy(QPointF(0, -300));
    QVERIFY(waitForPicture(*canvas));
    canvas->repaint();
    QVERIFY(cache.isViewSharp());
    const quint64 drawn = cache.tilesDrawn() - drawnBefore;
    QVERIFY2(drawn > 0, "the pan uncovered no tile");
    QVERIFY2(drawn < quint64(regionBefore),
             qPrintable(QStringLiteral("%1 tiles drawn again for a region of %2")
                            .arg(drawn)
                            .arg(regionBefore)));
    const auto [savedPanned, paintedPanned, exportedPanned] = paintedAndExported(*canvas, path);
    QVERIFY(savedPanned);
    QCOMPARE(paintedPanned, exportedPanned);

    // Memory stays bounded while panning on: the tiles far from the view
    // are dropped.
    for (int pan = 0; pan < 6; ++pan) {
        canvas->panBy(QPointF(pan < 3 ? 400 : -400, 250));
        QVERIFY(waitForPicture(*canvas));
        QVERIFY(cache.tileCount() <= cache.regionTileCount() * 3 / 2);
    }
}

void tst_NetworkMap::dataChangeCancelsTiles()
{
    const GridNetwork network = gridNetwork(150);
    const std::unique_ptr<Ui::NetworkCanvas> canvas = showCanvas(network);
    QVERIFY(canvas);
    canvas->repaint();
    const Ui::NetworkImageCache &cache = canvas->imageCache();
    QVERIFY(cache.isDrawing());
    const quint64 version = cache.imageVersion();

    // A selection changes the picture: the next frame drops the tiles of
    // the old version and starts new ones, drawing the view directly until
    // they cover it.
    canvas->selectNode(75 * 150 + 75);
    canvas->repaint();
    QVERIFY(cache.imageVersion() > version);
    QCOMPARE(cache.imageVersion(), canvas->pictureVersion());
    QVERIFY(cache.isDrawing());
    QVERIFY(!cache.isViewSharp());
    QVERIFY(waitForPicture(*canvas));
    canvas->repaint();
    QVERIFY(cache.isViewSharp());
    const auto [saved, painted, exported]
        = paintedAndExported(*canvas, m_dir->filePath(QStringLiteral("selected.png")));
    QVERIFY(saved);
    QCOMPARE(painted, exported);
}

void tst_NetworkMap::zoomedOutMapMatchesDirectPainting()
{
    showMap();
    Ui::NetworkCanvas *canvas = m_map->canvas();
    const QPointF centre = QRectF(canvas->rect()).center();
    const QString path = m_dir->filePath(QStringLiteral("direct.png"));
    // At 4 pixels per layout unit nodes are square points, drawn from the
    // cached picture of the whole layout once the worker has drawn it.
    canvas->zoomBy(4.0 / canvas->zoom(), centre);
    QVERIFY(waitForPicture(*canvas));
    const auto [saved, painted, exported] = paintedAndExported(*canvas, path);
    QVERIFY(saved);
    QVERIFY(canvas->imageCache().tileCount() > 0);
    QCOMPARE(canvas->imageCache().imageZoom(), canvas->zoom());
    QCOMPARE(painted, exported);

    // Selecting dims the other nodes: the cached picture follows.
    const quint64 version = canvas->pictureVersion();
    canvas->selectNode(nodeOf(m_support));
    QVERIFY(canvas->pictureVersion() > version);
    QVERIFY(waitForPicture(*canvas));
    QCOMPARE(canvas->imageCache().imageVersion(), canvas->pictureVersion());
    const auto [savedSelected, paintedSelected, exportedSelected]
        = paintedAndExported(*canvas, path);
    QVERIFY(savedSelected);
    QCOMPARE(paintedSelected, exportedSelected);
    QVERIFY(paintedSelected != painted);

    // Zoomed in, the picture contains the antialiased links alone, and each
    // frame draws the nodes with outlines and labels over it.
    canvas->zoomBy(100.0 / canvas->zoom(), centre);
    QVERIFY(Ui::NetworkPainter::isDetailed(canvas->view()));
    QVERIFY(waitForPicture(*canvas));
    const auto [savedDetailed, paintedDetailed, exportedDetailed]
        = paintedAndExported(*canvas, path);
    QVERIFY(savedDetailed);
    // Where a tile edge cuts a dashed link, its dashes start again, so a few
    // pixels of the dashes may differ from the direct painting.
    QCOMPARE(paintedDetailed.size(), exportedDetailed.size());
    const int differing = differingPixels(paintedDetailed, exportedDetailed);
    QVERIFY2(differing <= paintedDetailed.width() * paintedDetailed.height() / 1000,
             qPrintable(QStringLiteral("%1 pixels differ").arg(differing)));
    QVERIFY(paintedDetailed != blankOf(paintedDetailed, canvas->palette().base().color()));
}

void tst_NetworkMap::settledPictureMatchesDirectPainting()
{
    const GridNetwork network = gridNetwork(60);
    const std::unique_ptr<Ui::NetworkCanvas> canvas = showCanvas(network);
    QVERIFY(canvas);
    const QString path = m_dir->filePath(QStringLiteral("settled.png"));
    canvas->panBy(QPointF(37, -21));
    canvas->zoomBy(Ui::NetworkCanvas::WheelStep, QPointF(300, 200));
    QVERIFY(canvas->isInteracting());
    QVERIFY(!Ui::NetworkPainter::isDetailed(canvas->view()));
    QVERIFY(waitForPicture(*canvas));
    const auto [saved, painted, exported] = paintedAndExported(*canvas, path);
    QVERIFY(saved);
    QCOMPARE(painted, exported);
    // The frame shows links and nodes, not only the background.
    QImage blank(painted.size(), QImage::Format_RGB32);
    blank.fill(canvas->palette().base().color());
    QVERIFY(painted != blank);

    // Panning by whole pixels copies the same tiles, which still match.
    const quint64 drawn = canvas->imageCache().tilesDrawn();
    canvas->panBy(QPointF(-25, 14));
    QVERIFY(waitForPicture(*canvas));
    QCOMPARE(canvas->imageCache().tilesDrawn(), drawn);
    const auto [savedPanned, paintedPanned, exportedPanned] = paintedAndExported(*canvas, path);
    QVERIFY(savedPanned);
    QCOMPARE(paintedPanned, exportedPanned);
}

void tst_NetworkMap::destroyingCanvasWhileDrawingIsSafe()
{
    // Each round destroys the canvas right after its first zoomed-out frame
    // has started a picture, while the worker may still be drawing it.
    const GridNetwork network = gridNetwork(150);
    for (int round = 0; round < 3; ++round) {
        std::unique_ptr<Ui::NetworkCanvas> canvas = showCanvas(network);
        QVERIFY(canvas);
        canvas->repaint();
        QVERIFY(canvas->imageCache().isDrawing());
        canvas.reset();
    }
}

void tst_NetworkMap::newNetworkCancelsPictureInProgress()
{
    const std::unique_ptr<Ui::NetworkCanvas> canvas = showCanvas(gridNetwork(150));
    QVERIFY(canvas);
    canvas->repaint();
    QVERIFY(canvas->imageCache().isDrawing());
    const GridNetwork smaller = gridNetwork(20);
    canvas->setNetwork(smaller.snapshot, smaller.positions);
    QVERIFY(!canvas->imageCache().isDrawing());
    QCOMPARE(canvas->imageCache().imageZoom(), 0.0);
    // At zoom 8 the layout, 19 units wide, is 152 pixels plus 4 pixels of
    // margin on each side, within one or two tiles per axis.
    canvas->zoomBy(8.0 / canvas->zoom(), QRectF(canvas->rect()).center());
    QVERIFY(waitForPicture(*canvas));
    QVERIFY(canvas->imageCache().regionTileCount() >= 1);
    QVERIFY(canvas->imageCache().regionTileCount() <= 4);
    const auto [saved, painted, exported]
        = paintedAndExported(*canvas, m_dir->filePath(QStringLiteral("new.png")));
    QVERIFY(saved);
    QCOMPARE(painted, exported);
}

void tst_NetworkMap::labelsAvoidNearbyNodes()
{
    // Two organisations 0.45 layout units apart, one above the other: at
    // zoom 100 their circles (radius 18 pixels) leave 9 pixels between them,
    // too little for the upper label, which goes to the right of its node.
    Core::NetworkNode upper;
    upper.id = QStringLiteral("a");
    upper.kind = QStringLiteral("funder");
    upper.label = QStringLiteral("Upper Cooperative");
    Core::NetworkNode lower = upper;
    lower.id = QStringLiteral("b");
    lower.label = QStringLiteral("Lower");
    const Core::NetworkSnapshot snapshot({upper, lower}, {});
    Ui::NetworkCanvas canvas;
    canvas.resize(400, 300);
    canvas.setNetwork(snapshot, {QPointF(0, 0), QPointF(0, 0.45)});
    canvas.fitToView();
    canvas.zoomBy(100.0 / canvas.zoom(), QRectF(canvas.rect()).center());
    const QString path = m_dir->filePath(QStringLiteral("labels.png"));
    QVERIFY(canvas.savePng(path).ok());
    const QImage image = QImage(path).convertToFormat(QImage::Format_RGB32);
    QVERIFY(!image.isNull());

    const QPointF top = canvas.mapFromLayout(QPointF(0, 0));
    const QPointF bottom = canvas.mapFromLayout(QPointF(0, 0.45));
    const double radius = canvas.nodeRadius(1) * canvas.zoom();
    QCOMPARE(radius, 18.0);
    // The inside of the lower circle shows its fill alone.
    const QRgb fill = canvas.nodeColour(1).rgb();
    const int inner = int(radius) - 3;
    for (int dy = -inner; dy <= inner; ++dy) {
        for (int dx = -inner; dx <= inner; ++dx) {
            if (dx * dx + dy * dy > inner * inner)
                continue;
            const QPoint pixel = (bottom + QPointF(dx, dy)).toPoint();
            QCOMPARE(image.pixel(pixel), fill);
        }
    }
    // The gap between the circles shows the background alone.
    const QRgb base = canvas.palette().base().color().rgb();
    for (int y = int(top.y() + radius + 2); y < int(bottom.y() - radius - 1); ++y) {
        for (int x = int(top.x()) - 40; x <= int(top.x()) + 40; ++x)
            QCOMPARE(image.pixel(x, y), base);
    }
    // The upper label is drawn right of its node, clear of its outline.
    int textPixels = 0;
    for (int y = int(top.y()) - 8; y <= int(top.y()) + 8; ++y) {
        for (int x = int(top.x() + radius + 2); x < int(top.x() + radius + 120); ++x) {
            if (qGray(image.pixel(x, y)) < 128)
                ++textPixels;
        }
        for (int x = int(top.x() + radius + 1); x < int(top.x() + radius + 3.5); ++x)
            QCOMPARE(image.pixel(x, y), base);
    }
    QVERIFY2(textPixels > 20, qPrintable(QString::number(textPixels)));
}

/// Saves network-map.png of the bundled sample data set into the folder named
/// by COOPATLAS_SCREENSHOT_DIR; skipped when it is not set.
void tst_NetworkMap::sampleDataScreenshots()
{
    const QString folder = Tests::screenshotFolder();
    if (folder.isEmpty())
        QSKIP("COOPATLAS_SCREENSHOT_DIR is not set");
    const std::unique_ptr<Ui::MainWindow> window
        = Tests::showSampleWindow(m_dir->filePath(QStringLiteral("sample.sqlite")));
    QVERIFY(window);
    window->action(QStringLiteral("networkMap"))->trigger();
    auto *network = window->findChild<Ui::NetworkWindow *>();
    QVERIFY(network);
    network->resize(1280, 800);
    QSignalSpy computed(network->metrics(), &Ui::MetricsPanel::computed);
    QVERIFY(computed.wait(WaitMs));
    network->map()->canvas()->fitToView();
    network->map()->focusLabel(QStringLiteral("SMart"));
    QTRY_VERIFY_WITH_TIMEOUT(!network->map()->canvas()->isInteracting(), WaitMs);
    QTest::qWait(200);
    QVERIFY(network->grab().save(QDir(folder).filePath(QStringLiteral("network-map.png"))));
}

QTEST_MAIN(tst_NetworkMap)
#include "tst_networkmap.moc"
