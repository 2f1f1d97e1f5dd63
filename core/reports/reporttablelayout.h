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
    qreal name = 0;      ///< the first column, whose text wraps onto as many lines as it needs
    QList<qreal> counts; ///< the columns of right-aligned counts after it
};

/// Measures and wraps the text of report tables on one paint device, so that
/// widths match what the device draws.
class ReportTableLayout
{
public:
    /// `padding` is the space in device pixels left of and right of each cell's text.
    ReportTableLayout(QFont cellFont, QFont headerFont, const QPaintDevice *device, qreal padding);

    /// Sizes the columns of a table `tableWidth` wide from their content. A count
    /// column needs its widest cell and its widest header word. Each gets its
    /// whole header on one line when all of them can while the first column keeps at
    /// least half of the table. The first column gets the rest of the width.
    /// `countRows` contains the count cells of each row, in the order of `countHeaders`.
    [[nodiscard]] ReportTableColumns columns(qreal tableWidth,
                                             const QStringList &countHeaders,
                                             const QList<QStringList> &countRows) const;

    /// Breaks a cell's text into the lines that fit `width`, see wrapText().
    [[nodiscard]] QStringList
    cellLines(const QString &text, qreal width, int maxLines = MaxLines) const;
    /// Breaks a header's text into the lines that fit `width`, see wrapText().
    [[nodiscard]] QStringList
    headerLines(const QString &text, qreal width, int maxLines = MaxLines) const;

    /// Breaks `text` into lines of at most `width` at the line break
    /// opportunities that QTextLayout finds. A part without a
    /// break opportunity that is wider than `width` is elided with "…". When the
    /// text needs more than `maxLines` lines, the last line kept is elided.
    [[nodiscard]] static QStringList wrapText(const QString &text,
                                              const QFont &font,
                                              const QPaintDevice *device,
                                              qreal width,
                                              int maxLines);

    /// Upper bound on the lines of one cell when the caller gives none.
    static constexpr int MaxLines = 1000;

private:
    QFont m_cellFont;
    QFont m_headerFont;
    const QPaintDevice *m_device;
    qreal m_padding;
};

} // namespace CoopAtlas::Core
