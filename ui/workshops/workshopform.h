// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/activities.h>
#include <ui/workshops/activityfields.h>

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QUndoStack;

namespace CoopAtlas::Ui {

class CommandContext;
class FollowupsPanel;
class ParticipantsPanel;

/// The form of one workshop, with its participants and follow-up actions.
/// Start and end are edited as wall times in the chosen IANA zone, carried by the
/// edits as Qt::UTC values so that the computer's own zone never alters them. Save
/// checks the fields (messages under each field) and writes one undoable command.
class WorkshopForm : public QWidget
{
    Q_OBJECT

public:
    WorkshopForm(QUndoStack *undoStack, CommandContext *context, QWidget *parent = nullptr);

    void setStore(Core::Store *store);
    /// Shows a stored workshop; false when it cannot be read.
    bool showWorkshop(const QString &id);
    /// Starts a new workshop on `day` (today when invalid) at 14:00 in Europe/Brussels.
    void showNew(QDate day = QDate());
    void clear();
    [[nodiscard]] QString workshopId() const { return m_record.meta.id; }

    /// The shown workshop with the edited fields applied.
    [[nodiscard]] Core::Workshop workshop() const;
    /// Checks the fields; shows and returns the problems.
    QList<Core::FieldError> validate();
    /// Validates and saves (one command); returns whether it was saved.
    bool save();
    /// True when a field differs from the stored workshop.
    [[nodiscard]] bool isModified() const { return m_modified; }

    [[nodiscard]] const FieldProblems &problems() const { return m_problems; }
    [[nodiscard]] QLineEdit *titleEdit() const { return m_title; }
    [[nodiscard]] QComboBox *themeCombo() const { return m_theme; }
    [[nodiscard]] QDateTimeEdit *startEdit() const { return m_start; }
    [[nodiscard]] QDateTimeEdit *endEdit() const { return m_end; }
    /// The note shown when a start or end time occurs twice in the zone.
    [[nodiscard]] QLabel *timeNote() const { return m_timeNote; }
    [[nodiscard]] QComboBox *zoneCombo() const { return m_zone; }
    [[nodiscard]] QCheckBox *allDayCheck() const { return m_allDay; }
    [[nodiscard]] QSpinBox *capacitySpin() const { return m_capacity; }
    [[nodiscard]] QComboBox *statusCombo() const { return m_status; }
    [[nodiscard]] RecordSetEdit *organisersEdit() const { return m_organisers; }
    [[nodiscard]] ParticipantsPanel *participants() const { return m_participants; }
    [[nodiscard]] FollowupsPanel *followups() const { return m_followups; }

signals:
    /// A workshop was saved; the page selects it.
    void saved(const QString &id);
    /// Another workshop, a new one or none is shown.
    void recordShown();

private:
    void buildFields();
    void fillThemes();
    void setFields(const Core::Workshop &workshop);
    void setEnabledForRecord(bool enabled);
    void markModified();
    void updateAllDay();
    /// Explains which occurrence of a wall time repeated when clocks go back is used.
    void updateTimeNote();

    QUndoStack *m_undoStack;
    CommandContext *m_context;
    QPointer<Core::Store> m_store;
    Core::Workshop m_record;
    bool m_modified = false;
    bool m_filling = false;
    FieldProblems m_problems;
    QLabel *m_heading;
    QLabel *m_formMessage;
    QLabel *m_timeNote;
    QLineEdit *m_title;
    QComboBox *m_theme;
    QComboBox *m_axis;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
    /// The start edit's value before its last change, to move the end along.
    QDateTime m_shownStart;
    QComboBox *m_zone;
    QCheckBox *m_allDay;
    QLineEdit *m_venue;
    QSpinBox *m_capacity;
    RecordSetEdit *m_organisers;
    QComboBox *m_status;
    QPlainTextEdit *m_description;
    QPushButton *m_save;
    QPushButton *m_revert;
    ParticipantsPanel *m_participants;
    FollowupsPanel *m_followups;
};

} // namespace CoopAtlas::Ui
