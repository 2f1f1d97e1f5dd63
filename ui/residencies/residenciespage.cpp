// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "residenciespage.h"

#include <core/storage/activitystore.h>
#include <ui/calendar/timelinewidget.h>
#include <ui/commands/activitycommands.h>
#include <ui/commands/recordcommands.h>
#include <ui/logging.h>
#include <ui/residencies/residencyform.h>
#include <ui/residencies/residencylistmodel.h>
#include <ui/residencies/timelinerows.h>
#include <ui/workshops/activityfilterbar.h>

#include <QAction>
#include <QActionGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

ResidenciesPage::ResidenciesPage(QUndoStack *undoStack, CommandContext *context, QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
    , m_context(context)
    , m_model(new ResidencyListModel(this))
    , m_list(new QTableView(this))
    , m_timeline(new TimelineWidget(this))
    , m_views(new QStackedWidget(this))
    , m_form(new ResidencyForm(undoStack, context, this))
    , m_period(new QLabel(this))
    , m_filter(new ActivityFilterBar(Core::RecordKind::Residency, this))
{
    setObjectName(QStringLiteral("residenciesPage"));
    m_list->setObjectName(QStringLiteral("residencyList"));
    m_list->setAccessibleName(tr("Residencies"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->setVisible(false);
    // The title keeps room for about 30 characters and the other columns fit
    // their contents. The list scrolls sideways when they need more width.
    QHeaderView *header = m_list->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ResidencyListModel::Title, QHeaderView::Interactive);
    header->resizeSection(ResidencyListModel::Title, m_list->fontMetrics().averageCharWidth() * 30);
    header->setStretchLastSection(true);
    m_list->setWordWrap(false);
    auto *timelineScroll = new QScrollArea;
    timelineScroll->setWidget(m_timeline);
    timelineScroll->setWidgetResizable(true);
    timelineScroll->setFrameShape(QFrame::NoFrame);
    auto *listPage = new QWidget;
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filter);
    listLayout->addWidget(m_list, 1);
    m_views->addWidget(listPage);
    m_views->addWidget(timelineScroll);

    auto *formScroll = new QScrollArea;
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setMinimumWidth(420);

    auto *toolBar = new QWidget;
    buildToolBar(toolBar);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(toolBar);
    leftLayout->addWidget(m_views, 1);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(formScroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    // The form gets the larger part because its date rows, organiser buttons and
    // tables are wider than 500 px; the list elides its columns instead.
    splitter->setSizes({480, 680});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_timelineTimer.setSingleShot(true);
    m_timelineTimer.setInterval(0);
    connect(&m_timelineTimer, &QTimer::timeout, this, &ResidenciesPage::reloadTimeline);
    connect(m_model, &ResidencyListModel::loadFailed, this, &ResidenciesPage::loadFailed);
    connect(m_filter, &ActivityFilterBar::filterChanged, m_model, &ResidencyListModel::setFilter);
    connect(m_list->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &ResidenciesPage::onListCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_form->residencyId());
        if (row >= 0) {
            const QSignalBlocker blocker(m_list->selectionModel());
            m_list->selectRow(row);
        }
    });
    connect(m_timeline, &TimelineWidget::rangeChanged, this, [this] {
        m_period->setText(m_timeline->periodTitle());
        reloadTimeline();
        // The form is cleared when its residency is outside the new window, unless it has unsaved
        // changes.
        const QString id = m_form->residencyId();
        if (!id.isEmpty() && !m_form->isModified() && !m_timeline->isRecordVisible(id)) {
            m_form->clear();
            m_timeline->setSelectedId(QString());
            const QSignalBlocker blocker(m_list->selectionModel());
            m_list->selectionModel()->clear();
        }
    });
    connect(m_timeline, &TimelineWidget::recordClicked, this, [this](const QString &id) {
        if (id != m_form->residencyId() && confirmLeave())
            selectResidency(id);
    });
    connect(m_form, &ResidencyForm::saved, this, &ResidenciesPage::selectResidency);
    m_period->setText(m_timeline->periodTitle());
    setTimelineShown(false);
}

void ResidenciesPage::buildToolBar(QWidget *bar)
{
    // Two rows keep the French and Dutch labels within the list's width. The
    // first has the record and view actions, the second the timeline's zoom and navigation.
    auto *toolBar = new QToolBar(bar);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->setAccessibleName(tr("Residency tools"));
    auto *navigation = new QToolBar(bar);
    navigation->setToolButtonStyle(Qt::ToolButtonTextOnly);
    navigation->setAccessibleName(tr("Timeline navigation"));
    const auto add =
        [this](QToolBar *target, const QString &name, const QString &text, QKeySequence key) {
            QAction *action = target->addAction(text);
            action->setObjectName(name);
            action->setShortcut(key);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            if (!key.isEmpty())
                action->setToolTip(tr("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
            addAction(action);
            return action;
        };
    connect(add(toolBar, QStringLiteral("newResidency"), tr("New Residency"), {}),
            &QAction::triggered,
            this,
            &ResidenciesPage::newResidency);
    connect(add(toolBar, QStringLiteral("deleteResidency"), tr("Delete"), {}),
            &QAction::triggered,
            this,
            &ResidenciesPage::deleteResidency);
    toolBar->addSeparator();
    QAction *timelineView = add(toolBar,
                                QStringLiteral("timelineView"),
                                tr("Timeline"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    timelineView->setCheckable(true);
    connect(timelineView, &QAction::toggled, this, &ResidenciesPage::setTimelineShown);
    auto *zooms = new QActionGroup(this);
    struct ZoomAction
    {
        QString name;
        QString text;
        Qt::Key key;
        TimelineWidget::Zoom zoom;
    };
    const QList<ZoomAction> zoomActions
        = {{QStringLiteral("zoomMonth"), tr("Month"), Qt::Key_M, TimelineWidget::Zoom::Month},
           {QStringLiteral("zoomQuarter"), tr("Quarter"), Qt::Key_Q, TimelineWidget::Zoom::Quarter},
           {QStringLiteral("zoomYear"), tr("Year"), Qt::Key_Y, TimelineWidget::Zoom::Year}};
    for (const ZoomAction &zoomAction : zoomActions) {
        const TimelineWidget::Zoom zoom = zoomAction.zoom;
        QAction *action = add(navigation,
                              zoomAction.name,
                              zoomAction.text,
                              QKeySequence(Qt::CTRL | Qt::ALT | zoomAction.key));
        action->setCheckable(true);
        action->setChecked(zoom == m_timeline->zoom());
        zooms->addAction(action);
        connect(action, &QAction::triggered, this, [this, zoom] {
            m_timeline->setZoom(zoom);
            setTimelineShown(true);
        });
    }
    navigation->addSeparator();
    connect(add(navigation,
                QStringLiteral("timelinePrevious"),
                tr("Previous"),
                QKeySequence(Qt::ALT | Qt::Key_PageUp)),
            &QAction::triggered,
            m_timeline,
            &TimelineWidget::showPrevious);
    connect(add(navigation,
                QStringLiteral("timelineToday"),
                tr("Today"),
                QKeySequence(Qt::ALT | Qt::Key_Home)),
            &QAction::triggered,
            m_timeline,
            &TimelineWidget::showToday);
    connect(add(navigation,
                QStringLiteral("timelineNext"),
                tr("Next"),
                QKeySequence(Qt::ALT | Qt::Key_PageDown)),
            &QAction::triggered,
            m_timeline,
            &TimelineWidget::showNext);
    QFont font = m_period->font();
    font.setBold(true);
    m_period->setFont(font);
    m_navigationRow = new QWidget(bar);
    auto *navigationLayout = new QHBoxLayout(m_navigationRow);
    navigationLayout->setContentsMargins(0, 0, 0, 0);
    navigationLayout->addWidget(navigation);
    navigationLayout->addStretch();
    navigationLayout->addWidget(m_period);
    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_navigationRow);
}

QAction *ResidenciesPage::action(const QString &name) const
{
    return findChild<QAction *>(name);
}

void ResidenciesPage::setStore(Core::Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_filter->setStore(store);
    m_model->setStore(store);
    m_form->setStore(store);
    if (m_store) {
        connect(
            m_store, &Core::Store::changed, this, [this](Core::RecordKind kind, const QString &id) {
                using Kind = Core::RecordKind;
                if (kind == Kind::Residency || kind == Kind::Stay || kind == Kind::Participation
                    || kind == Kind::Workshop)
                    m_timelineTimer.start();
                if (kind == Kind::Residency && id == m_form->residencyId()
                    && !m_form->isModified()) {
                    if (!m_form->showResidency(id))
                        m_form->clear();
                }
            });
        connect(m_store, &Core::Store::reloaded, &m_timelineTimer, qOverload<>(&QTimer::start));
    }
    reloadTimeline();
}

void ResidenciesPage::setTimelineShown(bool shown)
{
    m_views->setCurrentIndex(shown ? 1 : 0);
    if (QAction *toggle = action(QStringLiteral("timelineView")); toggle->isChecked() != shown)
        toggle->setChecked(shown);
    for (const char *name : {"timelinePrevious", "timelineToday", "timelineNext"})
        action(QLatin1String(name))->setEnabled(shown);
    m_navigationRow->setVisible(shown);
    if (shown)
        reloadTimeline();
}

bool ResidenciesPage::isTimelineShown() const
{
    return m_views->currentIndex() == 1;
}

void ResidenciesPage::reloadTimeline()
{
    m_timelineTimer.stop();
    QList<TimelineRow> rows;
    if (m_store) {
        auto loaded = loadTimelineRows(
            *m_store, m_timeline->firstVisibleDay(), m_timeline->lastVisibleDay());
        if (loaded)
            rows = loaded.value();
        else
            qCWarning(lcUiModel) << "Reading the residency timeline failed:"
                                 << loaded.error().text();
    }
    m_timeline->setRows(rows);
    m_timeline->setSelectedId(m_form->residencyId());
}

void ResidenciesPage::onListCurrentChanged()
{
    const QString id = m_model->idAt(m_list->currentIndex().row());
    if (id.isEmpty() || id == m_form->residencyId())
        return;
    if (!confirmLeave()) {
        const QSignalBlocker blocker(m_list->selectionModel());
        const int row = m_model->rowOf(m_form->residencyId());
        if (row >= 0)
            m_list->selectRow(row);
        return;
    }
    m_form->showResidency(id);
    m_timeline->setSelectedId(id);
}

void ResidenciesPage::selectResidency(const QString &id)
{
    if (id.isEmpty() || !m_store)
        return;
    if (id != m_form->residencyId() || m_form->isModified())
        m_form->showResidency(id);
    m_model->refresh();
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->selectRow(row);
    }
    m_timeline->setSelectedId(id);
}

void ResidenciesPage::newResidency()
{
    if (!m_store || !confirmLeave())
        return;
    m_form->showNew();
}

void ResidenciesPage::deleteResidency()
{
    const QString id = m_form->residencyId();
    if (!m_store || id.isEmpty())
        return;
    const Core::ActivityStore activities(*m_store);
    const auto stays = activities.staysOf(id);
    const auto visits = activities.visitsOf(id);
    const auto lines = activities.budgetLinesOf(id);
    const QString title = m_form->residency().title;
    QString question = tr("Delete the residency \"%1\"?").arg(title);
    const int dependants = (stays ? int(stays->size()) : 0) + (visits ? int(visits->size()) : 0)
                           + (lines ? int(lines->size()) : 0);
    if (dependants > 0)
        question += u' '
                    + tr("Its %n cohort member(s), programme item(s) and budget line(s) will be "
                         "deleted too.",
                         nullptr,
                         dependants);
    question += u' ' + tr("You can undo this with Edit > Undo.");
    if (QMessageBox::question(this,
                              tr("Delete Residency"),
                              question,
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    qCInfo(lcUiEdit) << "Deleting residency" << id;
    m_undoStack->push(new DeleteActivityCommand(m_context, Core::RecordKind::Residency, id, title));
    m_form->clear();
}

bool ResidenciesPage::confirmLeave()
{
    if (!m_form->isModified())
        return true;
    const auto answer = QMessageBox::question(
        this,
        tr("Unsaved Residency"),
        tr("The residency \"%1\" has unsaved changes. Save them before leaving?")
            .arg(m_form->residency().title),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
        QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        if (m_form->save())
            return true;
        // The form marks the problems, and this notice explains why the next record did not open.
        QMessageBox::warning(this,
                             tr("Residency Not Saved"),
                             tr("The changes to the residency \"%1\" could not be saved, so it "
                                "stays open. Correct the fields marked in the form, or press "
                                "Revert, and try again.")
                                 .arg(m_form->residency().title));
        return false;
    }
    return answer == QMessageBox::Discard;
}

} // namespace CoopAtlas::Ui
