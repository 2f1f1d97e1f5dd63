// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkmapwidget.h"

#include <core/analytics/networklayout.h>
#include <core/analytics/networkloader.h>
#include <core/storage/database.h>
#include <ui/network/networkcanvas.h>
#include <ui/network/networklegend.h>
#include <ui/network/networklogging.h>
#include <ui/network/networkpins.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace CoopAtlas::Ui {

namespace {

/// Progress is reported in per mille: loading up to 500, the layout after it.
constexpr qint64 ProgressScale = 1000;
constexpr int ProgressPollMs = 100;

void reportShare(const std::shared_ptr<std::atomic<qint64>> &done,
                 qint64 offset,
                 qint64 stepDone,
                 qint64 stepTotal)
{
    const qint64 share = stepTotal > 0 ? stepDone * (ProgressScale / 2) / stepTotal : 0;
    done->store(offset + std::clamp<qint64>(share, 0, ProgressScale / 2));
}

NetworkMapData runMapJob(const QString &path,
                         Core::NetworkSnapshot snapshot,
                         const Core::LayoutOptions &options,
                         const std::shared_ptr<std::atomic_bool> &cancel,
                         const std::shared_ptr<std::atomic<qint64>> &done)
{
    NetworkMapData result;
    if (!path.isEmpty()) {
        Core::RunControl loading{cancel, [done](qint64 stepDone, qint64 stepTotal) {
                                     reportShare(done, 0, stepDone, stepTotal);
                                 }};
        auto loaded = Core::loadNetworkSnapshot(path, {}, TermLabels::uiLanguage(), loading);
        if (!loaded) {
            result.cancelled = cancel->load();
            result.error = loaded.error().text();
            return result;
        }
        snapshot = std::move(loaded).value();
    }
    Core::RunControl layingOut{cancel, [done](qint64 stepDone, qint64 stepTotal) {
                                   reportShare(done, ProgressScale / 2, stepDone, stepTotal);
                               }};
    auto layout = Core::computeNetworkLayout(snapshot, options, layingOut);
    if (!layout) {
        result.cancelled = cancel->load();
        result.error = layout.error().text();
        return result;
    }
    result.snapshot = snapshot;
    result.positions = layout.value().positions;
    return result;
}

QPushButton *toolButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAutoDefault(false);
    return button;
}

} // namespace

NetworkMapWidget::NetworkMapWidget(QWidget *parent)
    : QWidget(parent)
    , m_canvas(new NetworkCanvas(this))
    , m_legend(new NetworkLegend(this))
{
    buildControls();
    m_progressTimer.setInterval(ProgressPollMs);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_progressDone)
            m_progress->setValue(int(m_progressDone->load()));
    });
    connect(m_canvas, &NetworkCanvas::nodePinned, this, &NetworkMapWidget::savePin);
    connect(m_canvas, &NetworkCanvas::nodeActivated, this, [this](int node) {
        const Core::NetworkNode &nodeData = m_canvas->snapshot().nodes().at(node);
        emit openRecordRequested(nodeData.isOrganisation() ? Core::RecordKind::Organisation
                                                           : Core::RecordKind::Person,
                                 nodeData.id);
    });
}

NetworkMapWidget::~NetworkMapWidget()
{
    cancel();
    // A worker still reading holds a connection to the file: wait for it.
    for (QFuture<NetworkMapData> &future : m_cancelled)
        future.waitForFinished();
}

void NetworkMapWidget::buildControls()
{
    m_style = new QComboBox(this);
    m_style->setObjectName(QStringLiteral("nodeStyle"));
    m_style->addItem(tr("Colour by kind"), int(NetworkCanvas::NodeStyle::Kind));
    m_style->addItem(tr("Colour by stage"), int(NetworkCanvas::NodeStyle::Stage));
    m_style->addItem(tr("Size by degree"), int(NetworkCanvas::NodeStyle::Degree));
    m_style->addItem(tr("Size by betweenness"), int(NetworkCanvas::NodeStyle::Betweenness));
    m_style->addItem(tr("Colour by community"), int(NetworkCanvas::NodeStyle::Community));
    m_style->setToolTip(tr("Betweenness and communities show once the metrics are computed."));
    connect(m_style, &QComboBox::currentIndexChanged, this, [this] {
        m_canvas->setNodeStyle(NetworkCanvas::NodeStyle(m_style->currentData().toInt()));
        fillFilters();
    });
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_sector = new QComboBox(this);
    m_sector->setObjectName(QStringLiteral("sectorFilter"));
    m_linkType = new QComboBox(this);
    m_linkType->setObjectName(QStringLiteral("linkTypeFilter"));
    connect(m_kind, &QComboBox::activated, this, [this] {
        m_canvas->setKindFilter(m_kind->currentData().toString());
    });
    connect(m_sector, &QComboBox::activated, this, [this] {
        m_canvas->setSectorFilter(m_sector->currentData().toString());
    });
    connect(m_linkType, &QComboBox::activated, this, [this] {
        m_canvas->setLinkTypeFilter(m_linkType->currentData().toString());
    });
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Find a node"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!focusLabel(m_search->text()))
            showMessage(tr("No node is named like \"%1\".").arg(m_search->text()));
    });

    auto *fit = toolButton(tr("Fit"), QStringLiteral("fit"), this);
    fit->setToolTip(tr("Show the whole network (Ctrl+0)"));
    connect(fit, &QPushButton::clicked, m_canvas, &NetworkCanvas::fitToView);
    auto *relayoutButton = toolButton(tr("Lay Out Again"), QStringLiteral("relayout"), this);
    connect(relayoutButton, &QPushButton::clicked, this, &NetworkMapWidget::relayout);
    auto *exportButton = toolButton(tr("Export Image..."), QStringLiteral("exportImage"), this);
    connect(exportButton, &QPushButton::clicked, this, &NetworkMapWidget::exportImage);

    const auto addShortcut = [this](const QKeySequence &key, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, m_canvas, slot);
        addAction(action);
    };
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Equal), &NetworkCanvas::zoomIn);
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus), &NetworkCanvas::zoomIn);
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus), &NetworkCanvas::zoomOut);
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_0), &NetworkCanvas::fitToView);

    for (QComboBox *combo : {m_style, m_kind, m_sector, m_linkType})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *filters = new QHBoxLayout;
    for (QWidget *widget : {static_cast<QWidget *>(m_style),
                            static_cast<QWidget *>(m_kind),
                            static_cast<QWidget *>(m_sector),
                            static_cast<QWidget *>(m_linkType)})
        filters->addWidget(widget);
    // Wide enough for the whole placeholder. The buttons are on the date row below.
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText())
                              + 40);
    filters->addWidget(m_search, 1);

    m_dateCheck = new QCheckBox(tr("Links active on"), this);
    m_dateCheck->setObjectName(QStringLiteral("dateCheck"));
    m_dateSlider = new QSlider(Qt::Horizontal, this);
    m_dateSlider->setObjectName(QStringLiteral("dateSlider"));
    m_dateSlider->setEnabled(false);
    m_dateLabel = new QLabel(this);
    m_dateLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 8);
    connect(m_dateCheck, &QCheckBox::toggled, this, &NetworkMapWidget::applyDate);
    connect(m_dateSlider, &QSlider::valueChanged, this, &NetworkMapWidget::applyDate);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_dateCheck);
    dates->addWidget(m_dateSlider, 1);
    dates->addWidget(m_dateLabel);
    dates->addWidget(fit);
    dates->addWidget(relayoutButton);
    dates->addWidget(exportButton);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, int(ProgressScale));
    m_progress->setVisible(false);
    m_cancel = toolButton(tr("Cancel"), QStringLiteral("cancel"), this);
    m_cancel->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, &NetworkMapWidget::cancel);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(dates);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_legend);
    layout->addLayout(statusRow);
}

void NetworkMapWidget::setStore(Core::Store *store)
{
    cancel();
    m_store = store;
    m_canvas->setNetwork({}, {});
    if (store)
        m_labels.reload(*store);
    reload();
}

void NetworkMapWidget::reload()
{
    start(true);
}

void NetworkMapWidget::relayout()
{
    start(false);
}

void NetworkMapWidget::start(bool reloadSnapshot)
{
    if (!m_store)
        return;
    cancel();
    Core::LayoutOptions options;
    auto pins = readNetworkPins(*m_store);
    if (!pins)
        qCWarning(lcUiNetwork) << "Reading the pinned nodes failed:" << pins.error().text();
    options.pinned = pins ? pins.value() : m_canvas->pinnedPositions();
    Core::NetworkLayout current{m_canvas->positions(), 0};
    options.previous = current.byId(m_canvas->snapshot());
    const QString path = reloadSnapshot ? m_store->database().path() : QString();
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_progressDone = std::make_shared<std::atomic<qint64>>(reloadSnapshot ? 0 : ProgressScale / 2);
    qCInfo(lcUiNetwork) << "Starting the network map" << (reloadSnapshot ? "load" : "layout");
    m_watcher = new QFutureWatcher<NetworkMapData>(this);
    connect(m_watcher, &QFutureWatcher<NetworkMapData>::finished, this, &NetworkMapWidget::finish);
    m_watcher->setFuture(QtConcurrent::run(
        runMapJob, path, m_canvas->snapshot(), options, m_cancelFlag, m_progressDone));
    m_progress->setValue(int(m_progressDone->load()));
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_progressTimer.start();
    showMessage(reloadSnapshot ? tr("Reading the network…") : tr("Laying out the network…"));
}

void NetworkMapWidget::cancel()
{
    if (!m_watcher)
        return;
    qCInfo(lcUiNetwork) << "Cancelling the network map run";
    m_cancelFlag->store(true);
    m_cancelled.append(m_watcher->future());
    m_watcher->disconnect(this);
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_progressTimer.stop();
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    showMessage(tr("Cancelled. Press Lay Out Again to start over."));
}

void NetworkMapWidget::finish()
{
    const NetworkMapData result = m_watcher->result();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_progressTimer.stop();
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    if (result.cancelled) {
        showMessage(tr("Cancelled. Press Lay Out Again to start over."));
        return;
    }
    if (!result.error.isEmpty()) {
        qCWarning(lcUiNetwork) << "The network map failed:" << result.error;
        showMessage(tr("The network could not be drawn: %1").arg(result.error));
        return;
    }
    applyData(result);
}

void NetworkMapWidget::applyData(const NetworkMapData &result)
{
    const bool first = m_canvas->positions().isEmpty();
    const int selected = m_canvas->selectedNode();
    const QString selectedId
        = selected >= 0 ? m_canvas->snapshot().nodes().at(selected).id : QString();
    m_canvas->setNetwork(result.snapshot, result.positions);
    if (m_store) {
        auto pins = readNetworkPins(*m_store);
        if (pins)
            m_canvas->setPinnedPositions(pins.value());
    }
    fillFilters();
    updateDateRange();
    applyDate();
    if (first) {
        // The legend has just got its entries: settle the canvas size before fitting.
        layout()->activate();
        m_canvas->fitToView();
    } else if (!selectedId.isEmpty()) {
        keepSelection(selectedId);
    }
    showMessage(tr("%1 nodes, %2 links")
                    .arg(QLocale().toString(result.snapshot.nodeCount()),
                         QLocale().toString(result.snapshot.edgeCount())));
    qCInfo(lcUiNetwork) << "Network map shows" << result.snapshot.nodeCount() << "nodes and"
                        << result.snapshot.edgeCount() << "links";
    emit networkChanged();
}

void NetworkMapWidget::keepSelection(const QString &id)
{
    // The canvas keeps the selection by index, which another snapshot may
    // give to another node, and a new layout may move the node out of view.
    const int node = m_canvas->snapshot().indexOf(id);
    if (node < 0) {
        m_canvas->selectNode(-1);
        return;
    }
    const QPointF point = m_canvas->mapFromLayout(m_canvas->positions().at(node));
    if (!QRectF(m_canvas->rect()).contains(point))
        m_canvas->focusNode(node);
    else if (m_canvas->selectedNode() != node)
        m_canvas->selectNode(node);
}

void NetworkMapWidget::showMessage(const QString &text)
{
    m_status->setText(text);
}

void NetworkMapWidget::fillFilters()
{
    const NetworkStyle &style = m_canvas->style();
    const auto refill
        = [](QComboBox *combo, const QString &all, const QList<QPair<QString, QString>> &items) {
              const QString current = combo->currentData().toString();
              const QSignalBlocker blocker(combo);
              combo->clear();
              combo->addItem(all, QString());
              for (const auto &[key, label] : items)
                  combo->addItem(label, key);
              combo->setCurrentIndex(std::max(0, combo->findData(current)));
          };
    const QString kindVocabulary = QLatin1String(Core::Vocabulary::OrganisationKind);
    const QString typeVocabulary = QLatin1String(Core::Vocabulary::LinkType);
    QList<QPair<QString, QString>> kinds;
    for (const QString &kind : style.kinds())
        kinds.append({kind, m_labels.label(kindVocabulary, kind)});
    kinds.append({QStringLiteral("person"), tr("People")});
    refill(m_kind, tr("All kinds"), kinds);
    QList<QPair<QString, QString>> sectors;
    for (auto it = m_canvas->snapshot().sectorLabels().cbegin();
         it != m_canvas->snapshot().sectorLabels().cend();
         ++it)
        sectors.append({it.key(), it.value()});
    std::sort(sectors.begin(), sectors.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.second, b.second) < 0;
    });
    refill(m_sector, tr("All sectors"), sectors);
    QList<QPair<QString, QString>> types;
    for (const QString &type : style.linkTypes())
        types.append({type, m_labels.label(typeVocabulary, type)});
    refill(m_linkType, tr("All link types"), types);

    QList<NetworkLegend::Entry> entries;
    for (const QString &type : style.linkTypes())
        entries.append({m_labels.label(typeVocabulary, type), style.linkPen(type), {}});
    const auto nodeStyle = NetworkCanvas::NodeStyle(m_style->currentData().toInt());
    if (nodeStyle == NetworkCanvas::NodeStyle::Kind
        || nodeStyle == NetworkCanvas::NodeStyle::Stage) {
        const bool byKind = nodeStyle == NetworkCanvas::NodeStyle::Kind;
        const QStringList &keys = byKind ? style.kinds() : style.stages();
        const QString vocabulary = byKind ? kindVocabulary : QLatin1String(Core::Vocabulary::Stage);
        for (int i = 0; i < int(keys.size()); ++i)
            entries.append({m_labels.label(vocabulary, keys.at(i)),
                            QPen(Qt::NoPen),
                            NetworkStyle::paletteColour(i)});
        entries.append({tr("Person"), QPen(Qt::NoPen), NetworkStyle::personColour()});
    }
    m_legend->setEntries(entries);
}

void NetworkMapWidget::updateDateRange()
{
    QDate first;
    QDate last;
    for (const Core::NetworkEdge &edge : m_canvas->snapshot().edges()) {
        for (const QDate &date : {edge.start, edge.end}) {
            if (!date.isValid())
                continue;
            first = first.isValid() ? std::min(first, date) : date;
            last = last.isValid() ? std::max(last, date) : date;
        }
    }
    m_firstDate = first;
    const QSignalBlocker blocker(m_dateSlider);
    if (!first.isValid()) {
        m_dateSlider->setRange(0, 0);
        m_dateCheck->setEnabled(false);
        m_dateCheck->setToolTip(tr("No link has a start or end date."));
        return;
    }
    // One day after the last date, so that the end of the last link shows too.
    const int previous = m_dateSlider->value();
    m_dateSlider->setRange(0, int(first.daysTo(last) + 1));
    m_dateSlider->setValue(std::clamp(previous, 0, m_dateSlider->maximum()));
    m_dateSlider->setPageStep(30);
    m_dateCheck->setEnabled(true);
    m_dateCheck->setToolTip(
        tr("Replay the network: show only the links active on the chosen date."));
}

QDate NetworkMapWidget::dateForSlider(int value) const
{
    return m_firstDate.isValid() ? m_firstDate.addDays(value) : QDate();
}

int NetworkMapWidget::sliderForDate(const QDate &date) const
{
    return m_firstDate.isValid() ? int(m_firstDate.daysTo(date)) : 0;
}

void NetworkMapWidget::applyDate()
{
    const bool active = m_dateCheck->isChecked() && m_firstDate.isValid();
    m_dateSlider->setEnabled(active);
    if (!active) {
        m_dateLabel->clear();
        m_canvas->setActiveDate(std::nullopt);
        return;
    }
    const QDate date = dateForSlider(m_dateSlider->value());
    m_dateLabel->setText(QLocale().toString(date, QLocale::ShortFormat));
    m_canvas->setActiveDate(date);
}

bool NetworkMapWidget::focusLabel(const QString &text)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return false;
    const auto &nodes = m_canvas->snapshot().nodes();
    // Prefer an exact name, then the first name that contains the text.
    int found = -1;
    for (int i = 0; i < int(nodes.size()) && found < 0; ++i) {
        if (nodes.at(i).label.compare(needle, Qt::CaseInsensitive) == 0)
            found = i;
    }
    for (int i = 0; i < int(nodes.size()) && found < 0; ++i) {
        if (nodes.at(i).label.contains(needle, Qt::CaseInsensitive))
            found = i;
    }
    if (found < 0)
        return false;
    m_canvas->focusNode(found);
    return true;
}

void NetworkMapWidget::savePin(const QString &id, const QPointF &position)
{
    if (!m_store)
        return;
    auto pins = readNetworkPins(*m_store);
    QHash<QString, QPointF> stored = pins ? pins.value() : QHash<QString, QPointF>();
    stored.insert(id, position);
    auto written = writeNetworkPins(*m_store, stored);
    if (!written) {
        qCWarning(lcUiNetwork) << "Saving the pinned node" << id
                               << "failed:" << written.error().text();
        showMessage(tr("The pinned position was not saved: %1").arg(written.error().text()));
        return;
    }
    showMessage(tr("Pinned. Lay Out Again keeps this node where you dropped it."));
}

void NetworkMapWidget::exportImage()
{
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Export Network Map"),
                                                      tr("network-map.png"),
                                                      tr("PNG image (*.png);;SVG image (*.svg)"),
                                                      &selectedFilter);
    if (path.isEmpty())
        return;
    const bool svg = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
    const auto saved = svg ? m_canvas->saveSvg(path) : m_canvas->savePng(path);
    if (!saved) {
        qCWarning(lcUiNetwork) << "Exporting the network map failed:" << saved.error().text();
        QMessageBox::warning(this, tr("Map Not Exported"), saved.error().text());
    }
}

} // namespace CoopAtlas::Ui
