// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/reports/reportgenerator.h>

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace CoopAtlas::Core {
class ReportJob;
}

namespace CoopAtlas::Ui {

/// File > Activity Report: chooses the period, language, format and output
/// file, writes the report on a worker thread with progress and Cancel, then
/// offers to open the file.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportDialog(const QString &databasePath, QWidget *parent = nullptr);

    /// The request built from the current fields; the period is invalid when
    /// the dates are in the wrong order.
    [[nodiscard]] Core::ReportRequest request() const;

    // Fields, for tests.
    [[nodiscard]] QComboBox *periodKindBox() const { return m_periodKind; }
    [[nodiscard]] QSpinBox *yearBox() const { return m_year; }
    [[nodiscard]] QSpinBox *quarterYearBox() const { return m_quarterYear; }
    [[nodiscard]] QComboBox *quarterBox() const { return m_quarter; }
    [[nodiscard]] QDateEdit *fromEdit() const { return m_from; }
    [[nodiscard]] QDateEdit *toEdit() const { return m_to; }
    [[nodiscard]] QComboBox *languageBox() const { return m_language; }
    [[nodiscard]] QComboBox *formatBox() const { return m_format; }
    [[nodiscard]] QLineEdit *outputEdit() const { return m_output; }
    [[nodiscard]] QPushButton *generateButton() const { return m_generate; }
    [[nodiscard]] QProgressBar *progressBar() const { return m_progress; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] bool isRunning() const;

    /// When false, the dialog does not ask whether to open the written file (tests).
    void setOfferToOpen(bool offer) { m_offerToOpen = offer; }

signals:
    /// Emitted when a report has been written; `errorText` is empty on success.
    void reportFinished(const QString &outputPath, const QString &errorText);

protected:
    void reject() override;

private:
    void buildForm();
    void clearOutcomeOnChanges();
    /// Hides the progress bar and the message of the last run, which no
    /// longer match the changed fields.
    void clearOutcome();
    void showStatus(const QString &text);
    void chooseOutput();
    void updateOutputSuffix();
    void generate();
    void handleFinished(const QString &outputPath,
                        const QString &errorText,
                        bool emptyPeriod,
                        const QStringList &warnings);
    void setRunning(bool running);
    [[nodiscard]] Core::ReportFormat format() const;

    QString m_databasePath;
    Core::ReportJob *m_job = nullptr;
    bool m_offerToOpen = true;
    QComboBox *m_periodKind = nullptr;
    QStackedWidget *m_periodStack = nullptr;
    QSpinBox *m_year = nullptr;
    QSpinBox *m_quarterYear = nullptr;
    QComboBox *m_quarter = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_format = nullptr;
    QLineEdit *m_output = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_generate = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace CoopAtlas::Ui
