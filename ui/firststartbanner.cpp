// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "firststartbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace CoopAtlas::Ui {

FirstStartBanner::FirstStartBanner(QWidget *parent)
    : QFrame(parent)
    , m_emptyStore(new QPushButton(tr("Start with an Empty Store..."), this))
{
    setObjectName(QStringLiteral("firstStartBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("#firstStartBanner { background: #e7f0fb; border: 1px solid "
                                 "#8fb4e3; border-radius: 4px; }"));
    auto *message = new QLabel(tr("This store contains the sample data set."), this);
    message->setWordWrap(true);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Hide this message"));
    close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(message, 1);
    layout->addWidget(m_emptyStore);
    layout->addWidget(close);

    connect(m_emptyStore, &QPushButton::clicked, this, &FirstStartBanner::emptyStoreRequested);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
}

} // namespace CoopAtlas::Ui
