// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/activities.h>
#include <ui/workshops/activityfields.h>

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QUndoStack;

namespace CoopAtlas::Ui {

class BudgetPanel;
class CohortPanel;
class CommandContext;
class ProgrammePanel;

/// The form of one residency with its cohort, programme, budget and outcomes
/// (notes on the residency, and links whose source is the residency).
class ResidencyForm : public QWidget
{
    Q_OBJECT

public:
    ResidencyForm(QUndoStack *undoStack, CommandContext *context, QWidget *parent = nullptr);

    void setStore(Core::Store *store);
    bool showResidency(const QString &id);
    /// Starts a new residency in Berlin for the week after `day` (today when invalid).
    void showNew(QDate day = QDate());
    void clear();
    [[nodiscard]] QString residencyId() const { return m_record.meta.id; }
    [[nodiscard]] Core::Residency residency() const;
    QList<Core::FieldError> validate();
    bool save();
    [[nodiscard]] bool isModified() const { return m_modified; }
    /// Reads the notes and links of the residency again.
    void reloadOutcomes();

    [[nodiscard]] const FieldProblems &problems() const { return m_problems; }
    [[nodiscard]] QLineEdit *titleEdit() const { return m_title; }
    [[nodiscard]] QComboBox *cityCombo() const { return m_city; }
    [[nodiscard]] QLineEdit *cityNameEdit() const { return m_cityName; }
    [[nodiscard]] QDateEdit *startEdit() const { return m_start; }
    [[nodiscard]] QDateEdit *endEdit() const { return m_end; }
    [[nodiscard]] RecordSetEdit *hostsEdit() const { return m_hosts; }
    [[nodiscard]] CohortPanel *cohort() const { return m_cohort; }
    [[nodiscard]] ProgrammePanel *programme() const { return m_programme; }
    [[nodiscard]] BudgetPanel *budget() const { return m_budget; }
    [[nodiscard]] QListWidget *outcomes() const { return m_outcomes; }

signals:
    void saved(const QString &id);
    /// Another residency, a new one or none is shown.
    void recordShown();

private:
    void buildFields();
    void setFields(const Core::Residency &residency);
    void showPanels();
    void setEnabledForRecord(bool enabled);
    void markModified();
    void updateCity();
    void addNote();

    QUndoStack *m_undoStack;
    CommandContext *m_context;
    QPointer<Core::Store> m_store;
    Core::Residency m_record;
    bool m_modified = false;
    bool m_filling = false;
    FieldProblems m_problems;
    QLabel *m_heading;
    QLabel *m_formMessage;
    QLineEdit *m_title;
    QComboBox *m_city;
    QLineEdit *m_cityName;
    QComboBox *m_zone;
    RecordSetEdit *m_hosts;
    QDateEdit *m_start;
    QDateEdit *m_end;
    /// The start edit's date before its last change, to move the end along.
    QDate m_shownStart;
    QComboBox *m_status;
    QPlainTextEdit *m_objectives;
    QPlainTextEdit *m_description;
    QPushButton *m_save;
    QPushButton *m_revert;
    CohortPanel *m_cohort;
    ProgrammePanel *m_programme;
    BudgetPanel *m_budget;
    QListWidget *m_outcomes;
    QPushButton *m_addNote;
};

} // namespace CoopAtlas::Ui
