// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchpopup.h"

#include <core/domain/activities.h>
#include <core/storage/database.h>
#include <core/storage/store.h>
#include <ui/logging.h>

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace CoopAtlas::Ui {

namespace {

constexpr int KindRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;
constexpr int TitleRole = Qt::UserRole + 2;

QString kindLabel(Core::RecordKind kind)
{
    switch (kind) {
    case Core::RecordKind::Organisation:
        return SearchPopup::tr("Organisation");
    case Core::RecordKind::Person:
        return SearchPopup::tr("Person");
    case Core::RecordKind::Link:
        return SearchPopup::tr("Link");
    case Core::RecordKind::Note:
        return SearchPopup::tr("Note");
    case Core::RecordKind::Taxonomy:
        break;
    case Core::RecordKind::Workshop:
    case Core::RecordKind::Participation:
    case Core::RecordKind::Followup:
    case Core::RecordKind::Residency:
    case Core::RecordKind::Stay:
    case Core::RecordKind::Visit:
    case Core::RecordKind::BudgetLine:
    case Core::RecordKind::Resource:
    case Core::RecordKind::Barrier:
        return Core::activityKindLabel(kind);
    }
    return SearchPopup::tr("Term");
}

} // namespace

SearchPopup::SearchPopup(QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_edit(new QLineEdit(this))
    , m_results(new QListWidget(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_edit->setPlaceholderText(tr("Search organisations, people and notes"));
    m_edit->setClearButtonEnabled(true);
    m_results->setFocusPolicy(Qt::NoFocus);
    m_results->setUniformItemSizes(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_edit);
    layout->addWidget(m_results);
    resize(560, 380);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &SearchPopup::startSearch);
    connect(m_edit, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_results, &QListWidget::itemActivated, this, &SearchPopup::chooseCurrent);
    m_edit->installEventFilter(this);
}

SearchPopup::~SearchPopup()
{
    // Every worker connection must close before QApplication closes all
    // connections at exit. Superseded searches were cancelled already, and the
    // cancel flag ends the current one within milliseconds.
    if (m_cancel)
        m_cancel->store(true);
    const auto running = findChildren<QFutureWatcher<Outcome> *>(Qt::FindDirectChildrenOnly);
    for (QFutureWatcher<Outcome> *watcher : running)
        watcher->waitForFinished();
}

void SearchPopup::popup()
{
    m_edit->clear();
    m_results->clear();
    if (QWidget *window = parentWidget() ? parentWidget()->window() : nullptr) {
        const QRect area = window->geometry();
        move(area.left() + (area.width() - width()) / 2, area.top() + area.height() / 8);
    }
    show();
    raise();
    activateWindow();
    m_edit->setFocus();
}

SearchPopup::Outcome SearchPopup::searchFile(const QString &path,
                                             const QString &text,
                                             const std::shared_ptr<std::atomic_bool> &cancel)
{
    Outcome outcome;
    auto database = Core::Database::open(path);
    if (!database) {
        outcome.error = database.error().text();
        return outcome;
    }
    database.value()->setCancelFlag(cancel);
    const Core::Store store(std::move(database).value());
    auto hits = store.search(text, MaxResults);
    outcome.cancelled = cancel->load();
    if (hits)
        outcome.hits = std::move(hits).value();
    else if (!outcome.cancelled)
        outcome.error = hits.error().text();
    return outcome;
}

void SearchPopup::cancelSearch()
{
    if (!m_watcher)
        return;
    m_cancel->store(true);
    // The finished watcher deletes itself; its result is no longer shown.
    m_watcher = nullptr;
}

void SearchPopup::startSearch()
{
    m_searchTimer.stop();
    cancelSearch();
    const QString text = m_edit->text().trimmed();
    if (!m_store || text.isEmpty()) {
        m_results->clear();
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto *watcher = new QFutureWatcher<Outcome>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, text] {
        if (watcher != m_watcher)
            return;
        m_watcher = nullptr;
        const Outcome outcome = watcher->result();
        if (!outcome.cancelled)
            showHits(text, outcome);
    });
    watcher->setFuture(
        QtConcurrent::run(&SearchPopup::searchFile, m_store->database().path(), text, m_cancel));
}

void SearchPopup::searchNow()
{
    m_searchTimer.stop();
    cancelSearch();
    const QString text = m_edit->text().trimmed();
    if (!m_store || text.isEmpty()) {
        m_results->clear();
        return;
    }
    Outcome outcome;
    auto hits = m_store->search(text, MaxResults);
    if (hits)
        outcome.hits = std::move(hits).value();
    else
        outcome.error = hits.error().text();
    showHits(text, outcome);
}

void SearchPopup::showHits(const QString &text, const Outcome &outcome)
{
    m_results->clear();
    if (!outcome.error.isEmpty()) {
        qCWarning(lcUi) << "Searching for" << text << "failed:" << outcome.error;
        m_results->addItem(tr("The search failed: %1").arg(outcome.error));
        return;
    }
    for (const Core::SearchHit &hit : outcome.hits) {
        QString label = tr("%1 (%2)").arg(hit.title, kindLabel(hit.kind));
        if (!hit.snippet.isEmpty() && hit.snippet != hit.title)
            label += QStringLiteral(" · ") + hit.snippet;
        auto *item = new QListWidgetItem(label, m_results);
        item->setData(KindRole, int(hit.kind));
        item->setData(IdRole, hit.id);
        item->setData(TitleRole, hit.title);
    }
    if (outcome.hits.isEmpty())
        m_results->addItem(tr("No record matches \"%1\".").arg(text));
    else
        m_results->setCurrentRow(0);
}

bool SearchPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_edit || event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Down:
        moveCurrent(1);
        return true;
    case Qt::Key_Up:
        moveCurrent(-1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_searchTimer.isActive() || m_watcher)
            searchNow();
        chooseCurrent();
        return true;
    case Qt::Key_Escape:
        close();
        return true;
    default:
        return QFrame::eventFilter(watched, event);
    }
}

void SearchPopup::moveCurrent(int step)
{
    if (m_results->count() == 0)
        return;
    const int row = qBound(0, m_results->currentRow() + step, m_results->count() - 1);
    m_results->setCurrentRow(row);
}

void SearchPopup::chooseCurrent()
{
    const QListWidgetItem *item = m_results->currentItem();
    if (!item || item->data(IdRole).toString().isEmpty())
        return;
    const auto kind = Core::RecordKind(item->data(KindRole).toInt());
    const QString id = item->data(IdRole).toString();
    const QString title = item->data(TitleRole).toString();
    close();
    emit recordChosen(kind, id, title);
}

} // namespace CoopAtlas::Ui
