// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "periodchartpage.h"

#include <ui/dashboard/chartsaving.h>
#include <ui/dashboard/periodbarchart.h>

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

namespace {

enum Page { ChartPage, NoDataPage };

} // namespace

PeriodChartPage::PeriodChartPage(const QString &emptyMessage,
                                 const QString &fileBaseName,
                                 QWidget *parent)
    : QWidget(parent)
    , m_controls(new QHBoxLayout)
    , m_stack(new QStackedWidget(this))
    , m_view(new QChartView(this))
    , m_note(new QLabel(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    replaceChart(m_view, new QChart);
    addChartSaveMenu(m_view, fileBaseName);
    auto *message = new QLabel(emptyMessage, this);
    message->setAlignment(Qt::AlignCenter);
    message->setWordWrap(true);
    message->setObjectName(QStringLiteral("noData"));
    m_stack->insertWidget(ChartPage, m_view);
    m_stack->insertWidget(NoDataPage, message);
    m_stack->setCurrentIndex(NoDataPage);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setWordWrap(true);
    m_note->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_controls);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_note);
}

void PeriodChartPage::setChart(QChart *chart, bool hasData)
{
    replaceChart(m_view, chart);
    m_stack->setCurrentIndex(hasData ? ChartPage : NoDataPage);
}

void PeriodChartPage::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

bool PeriodChartPage::hasData() const
{
    return m_stack->currentIndex() == ChartPage;
}

} // namespace CoopAtlas::Ui
