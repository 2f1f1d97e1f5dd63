// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QPushButton;

namespace CoopAtlas::Ui {

/// Message bar above the window content, saying that the store contains the
/// sample data set, with a button that starts an empty store instead.
class FirstStartBanner : public QFrame
{
    Q_OBJECT

public:
    explicit FirstStartBanner(QWidget *parent = nullptr);

    [[nodiscard]] QPushButton *emptyStoreButton() const { return m_emptyStore; }

signals:
    void emptyStoreRequested();

private:
    QPushButton *m_emptyStore;
};

} // namespace CoopAtlas::Ui
