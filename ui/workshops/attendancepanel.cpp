// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendancepanel.h"

#include <ui/logging.h>
#include <ui/workshops/workshoptext.h>

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

namespace {

QTableWidget *rateTable(const QString &first, const QString &name)
{
    auto *table = new QTableWidget(0, 4);
    table->setHorizontalHeaderLabels({first,
                                      AttendancePanel::tr("Rate"),
                                      AttendancePanel::tr("Attended"),
                                      AttendancePanel::tr("Registered")});
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAccessibleName(name);
    return table;
}

} // namespace

AttendancePanel::AttendancePanel(QWidget *parent)
    : QWidget(parent)
    , m_themes(rateTable(tr("Theme"), tr("Attendance per theme")))
    , m_workshops(rateTable(tr("Workshop"), tr("Attendance per workshop")))
{
    m_themes->setObjectName(QStringLiteral("attendanceByTheme"));
    m_workshops->setObjectName(QStringLiteral("attendanceByWorkshop"));
    auto *note = new QLabel(tr("Held workshops only: attended / registered."), this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Per theme</b>"), this));
    layout->addWidget(m_themes, 1);
    layout->addWidget(new QLabel(tr("<b>Per workshop</b>"), this));
    layout->addWidget(m_workshops, 2);
    layout->addWidget(note);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &AttendancePanel::reload);
}

void AttendancePanel::setStore(Core::Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, &Core::Store::changed, this, [this](Core::RecordKind kind) {
            if (kind == Core::RecordKind::Participation || kind == Core::RecordKind::Workshop)
                m_reloadTimer.start();
        });
    }
    reload();
}

void AttendancePanel::reload()
{
    m_reloadTimer.stop();
    QList<Core::AttendanceRate> themes;
    QList<Core::AttendanceRate> workshops;
    if (m_store) {
        const Core::ActivityStore activities(*m_store);
        if (auto rates = activities.attendanceByTheme())
            themes = rates.value();
        else
            qCWarning(lcUiModel) << "Reading attendance by theme failed:" << rates.error().text();
        if (auto rates = activities.attendanceByWorkshop())
            workshops = rates.value();
        else
            qCWarning(lcUiModel) << "Reading attendance by workshop failed:"
                                 << rates.error().text();
    }
    fill(m_themes, themes, true);
    fill(m_workshops, workshops, false);
}

void AttendancePanel::fill(QTableWidget *table,
                           const QList<Core::AttendanceRate> &rates,
                           bool themes)
{
    const QLocale locale;
    const QHash<QString, QString> labels
        = m_store && themes ? workshopThemeLabels(*m_store) : QHash<QString, QString>();
    table->setRowCount(int(rates.size()));
    for (int row = 0; row < rates.size(); ++row) {
        const Core::AttendanceRate &rate = rates[row];
        QString name = themes ? labels.value(rate.key, rate.title) : rate.title;
        if (themes && rate.key.isEmpty())
            name = tr("(no theme)");
        const auto value = rate.rate();
        table->setItem(row, 0, new QTableWidgetItem(name));
        auto *rateItem = new QTableWidgetItem(value ? locale.toString(*value * 100.0, 'f', 0) + u'%'
                                                    : QStringLiteral("–"));
        rateItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, 1, rateItem);
        auto *attended = new QTableWidgetItem(locale.toString(rate.attended));
        attended->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, 2, attended);
        auto *registered = new QTableWidgetItem(locale.toString(rate.registered));
        registered->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, 3, registered);
    }
}

} // namespace CoopAtlas::Ui
