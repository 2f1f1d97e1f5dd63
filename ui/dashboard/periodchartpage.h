// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QHBoxLayout;
class QLabel;
class QStackedWidget;

namespace CoopAtlas::Ui {

/// One tab of the period charts: an optional row of controls, a chart that a
/// message replaces when there is nothing to draw, and a note under it. The
/// chart saves as PNG or SVG from its context menu.
class PeriodChartPage : public QWidget
{
    Q_OBJECT

public:
    /// `fileBaseName` is the file name that the save dialog proposes.
    PeriodChartPage(const QString &emptyMessage, const QString &fileBaseName, QWidget *parent);

    /// Shows `chart` (the page takes it), or the empty message when `hasData` is false.
    void setChart(QChart *chart, bool hasData);
    /// Sets the text under the chart. An empty text hides it.
    void setNote(const QString &text);

    [[nodiscard]] QChartView *view() const { return m_view; }
    [[nodiscard]] bool hasData() const;
    [[nodiscard]] QLabel *note() const { return m_note; }
    /// Row above the chart for controls that only this chart uses.
    [[nodiscard]] QHBoxLayout *controls() const { return m_controls; }

private:
    QHBoxLayout *m_controls;
    QStackedWidget *m_stack;
    QChartView *m_view;
    QLabel *m_note;
};

} // namespace CoopAtlas::Ui
