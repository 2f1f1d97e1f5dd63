// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordsearchdialog.h"

#include <core/domain/activities.h>
#include <core/storage/store.h>
#include <ui/logging.h>

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

namespace {

constexpr int SearchDelayMs = 200;
constexpr int MaxHits = 200;
constexpr int IdRole = Qt::UserRole + 1;

} // namespace

QString recordKindText(Core::RecordKind kind)
{
    switch (kind) {
    case Core::RecordKind::Organisation:
        return RecordSearchDialog::tr("Organisation");
    case Core::RecordKind::Person:
        return RecordSearchDialog::tr("Person");
    case Core::RecordKind::Link:
        return RecordSearchDialog::tr("Link");
    case Core::RecordKind::Note:
        return RecordSearchDialog::tr("Note");
    case Core::RecordKind::Resource:
        return RecordSearchDialog::tr("Resource");
    case Core::RecordKind::Barrier:
        return RecordSearchDialog::tr("Obstacle or opportunity");
    default:
        return Core::activityKindLabel(kind);
    }
}

RecordSearchDialog::RecordSearchDialog(Core::Store *store,
                                       const QList<Core::RecordKind> &kinds,
                                       const QString &title,
                                       QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_kinds(kinds)
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
{
    setWindowTitle(title);
    QStringList kindNames;
    for (Core::RecordKind kind : kinds)
        kindNames << recordKindText(kind).toLower();
    m_search->setPlaceholderText(tr("Type to search: %1").arg(kindNames.join(tr(", "))));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_search->setObjectName(QStringLiteral("recordSearch"));
    m_results->setAccessibleName(tr("Matching records"));
    m_results->setObjectName(QStringLiteral("recordResults"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_results);
    layout->addWidget(buttons);
    resize(420, 360);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &RecordSearchDialog::searchNow);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_results, &QListWidget::currentRowChanged, buttons, [buttons](int row) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0);
    });
    connect(m_results, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString RecordSearchDialog::chosenId() const
{
    const QListWidgetItem *item = m_results->currentItem();
    return item ? item->data(IdRole).toString() : QString();
}

QString RecordSearchDialog::chosenText() const
{
    const QListWidgetItem *item = m_results->currentItem();
    return item ? item->text() : QString();
}

void RecordSearchDialog::searchNow()
{
    m_searchTimer.stop();
    m_results->clear();
    const QString text = m_search->text().trimmed();
    if (!m_store || text.isEmpty())
        return;
    auto hits = m_store->search(text, MaxHits);
    if (!hits) {
        qCWarning(lcUiEdit) << "Searching for" << text << "failed:" << hits.error().text();
        return;
    }
    for (const Core::SearchHit &hit : hits.value()) {
        if (!m_kinds.contains(hit.kind) || m_excluded.contains(hit.id))
            continue;
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(hit.title, recordKindText(hit.kind)),
                                         m_results);
        item->setData(IdRole, hit.id);
        item->setToolTip(hit.snippet);
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}

} // namespace CoopAtlas::Ui
