// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

class OptionalDateEdit;
class RecordPicker;
class TermLabels;

/// Asks for the other end of a new link (found by search), its type, its
/// direction and its dates. The record it is opened from is one end.
class AddLinkDialog : public QDialog
{
    Q_OBJECT

public:
    AddLinkDialog(Core::Store *store,
                  const TermLabels &labels,
                  const QString &recordId,
                  const QString &recordName,
                  QWidget *parent = nullptr);

    /// The link to add; valid after the dialog is accepted.
    [[nodiscard]] Core::Link link() const;

    [[nodiscard]] QLineEdit *searchEdit() const;
    [[nodiscard]] QListWidget *resultList() const;
    [[nodiscard]] QComboBox *typeCombo() const { return m_type; }
    [[nodiscard]] QComboBox *directionCombo() const { return m_direction; }
    /// Runs the pending search now instead of after the typing pause.
    void searchNow();

private:
    void updateOk();

    QString m_recordId;
    RecordPicker *m_picker;
    QComboBox *m_direction;
    QComboBox *m_type;
    OptionalDateEdit *m_start;
    OptionalDateEdit *m_end;
    QLineEdit *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace CoopAtlas::Ui
