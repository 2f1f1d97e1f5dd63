// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

class QPaintDevice;

namespace CoopAtlas::Core {

/// Widths of the columns of a report table in device pixels, each including
/// the padding on both sides of its text.
struct ReportTableColumns
{
    qreal name = 0;      ///< width of the first column, whose text wraps onto more lines as needed
    QList<qreal> counts; ///< widths of the columns of right-aligned counts after it
};

/// Measures and wraps the text of report tables on one paint device, so that
/// widths match what the device draws.
class ReportTableLayout
{
public:
    /// `padding` is the space in device pixels left of and right of each cell's text.
    ReportTableLayout(QFont cellFont, QFont headerFont, const QPaintDevice *device, qreal padding);

    /// Sizes the columns of a table `tableWidth` wide from their content. A count
    /// column needs its widest cell and its widest header word. The count columns
    /// get their whole headers on one line when the first column still keeps at
    /// least half of the table. When even their widest header words would leave
    /// the first column less than a quarter, they share three quarters of the
    /// table in proportion and their header words are elided. The first column
    /// gets the rest of the width. `countRows` contains the count cells of each
    /// row, in the order of `countHeaders`.
    [[nodiscard]] ReportTableColumns columns(qreal tableWidth,
                                             const QStringList &countHeaders,
                                             const QList<QStringList> &countRows) const;

    /// Breaks a cell's text into the lines that fit `width`, see wrapText().
    [[nodiscard]] QStringList
    cellLines(const QString &text, qreal width, int maxLines = MaxLines) const;
    /// Breaks a header's text into the lines that fit `width`, see wrapText().
    [[nodiscard]] QStringList
    headerLines(const QString &text, qreal width, int maxLines = MaxLines) const;

    /// Breaks `text` into lines at most `width` wide, at the line break
    /// opportunities that QTextLayout finds. A part between two break
    /// opportunities that is wider than `width` is elided with "…". When the
    /// text needs more than `maxLines` lines, the last line kept is elided.
    [[nodiscard]] static QStringList wrapText(const QString &text,
                                              const QFont &font,
                                              const QPaintDevice *device,
                                              qreal width,
                                              int maxLines);

    /// Maximum number of lines of one cell when the caller sets no limit.
    static constexpr int MaxLines = 1000;

private:
    QFont m_cellFont;
    QFont m_headerFont;
    const QPaintDevice *m_device;
    qreal m_padding;
};

} // namespace CoopAtlas::Core
