// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/interchange/calendarmapping.h>
#include <core/result.h>

#include <QDialog>
#include <QPointer>
#include <QStringList>

#include <functional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QMainWindow;
class QMenu;
class QRadioButton;

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

/// Writes the workshops and residencies of `selection` to `path` as one
/// iCalendar file. Returns the number of events written, or an error that
/// names the file or the record and what to do.
[[nodiscard]] Core::Result<int> writeCalendarFile(Core::Store &store,
                                                  const Core::CalendarSelection &selection,
                                                  const QString &path);

/// File > Export > Calendar (iCalendar): all workshops and residencies or the
/// ones selected in their lists, optionally within a date range, written to
/// an .ics file when the dialog is accepted.
class CalendarExportDialog : public QDialog
{
    Q_OBJECT

public:
    /// `selectedIds` are the workshops and residencies selected in their lists;
    /// without them only "All" can be chosen.
    CalendarExportDialog(Core::Store *store,
                         const QStringList &selectedIds,
                         QWidget *parent = nullptr);

    [[nodiscard]] Core::CalendarSelection selection() const;
    [[nodiscard]] QRadioButton *allButton() const { return m_all; }
    [[nodiscard]] QRadioButton *selectionButton() const { return m_selected; }
    [[nodiscard]] QCheckBox *rangeCheck() const { return m_range; }
    [[nodiscard]] QDateEdit *fromEdit() const { return m_from; }
    [[nodiscard]] QDateEdit *toEdit() const { return m_to; }
    [[nodiscard]] QLineEdit *pathEdit() const { return m_path; }
    /// Events written by the last accepted export.
    [[nodiscard]] int writtenCount() const { return m_written; }

    /// Writes the file; on failure shows the error in the dialog and stays open.
    void accept() override;

private:
    void choosePath();

    QPointer<Core::Store> m_store;
    QStringList m_selectedIds;
    QRadioButton *m_all;
    QRadioButton *m_selected;
    QCheckBox *m_range;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_path;
    QLabel *m_error;
    int m_written = 0;
};

/// Adds "Calendar (iCalendar)..." to the Export submenu of `fileMenu`
/// (made when missing). The action opens a CalendarExportDialog for the
/// window's store, offers the workshops and residencies selected in the
/// window's lists, and reports the number of events written in the status bar.
void addCalendarExportAction(QMainWindow &window,
                             QMenu *fileMenu,
                             const std::function<Core::Store *()> &store);

} // namespace CoopAtlas::Ui
