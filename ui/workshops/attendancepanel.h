// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/storage/activitystore.h>

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QTableWidget;

namespace CoopAtlas::Ui {

/// Attendance rates of held workshops, per theme and per workshop: attended
/// over registered, with the counts. Workshops nobody registered for show a dash.
class AttendancePanel : public QWidget
{
    Q_OBJECT

public:
    explicit AttendancePanel(QWidget *parent = nullptr);

    void setStore(Core::Store *store);
    void reload();
    [[nodiscard]] QTableWidget *themeTable() const { return m_themes; }
    [[nodiscard]] QTableWidget *workshopTable() const { return m_workshops; }

private:
    void fill(QTableWidget *table, const QList<Core::AttendanceRate> &rates, bool themes);

    QPointer<Core::Store> m_store;
    QTableWidget *m_themes;
    QTableWidget *m_workshops;
    QTimer m_reloadTimer;
};

} // namespace CoopAtlas::Ui
