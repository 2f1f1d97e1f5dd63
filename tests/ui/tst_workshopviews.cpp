// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/storage/activitystore.h>
#include <core/storage/store.h>
#include <ui/calendar/calendarwidget.h>
#include <ui/commands/recordcommands.h>
#include <ui/storeopener.h>
#include <ui/workshops/activityfilterbar.h>
#include <ui/workshops/attendancepanel.h>
#include <ui/workshops/followupspanel.h>
#include <ui/workshops/participantspanel.h>
#include <ui/workshops/workshopform.h>
#include <ui/workshops/workshoplistmodel.h>
#include <ui/workshops/workshopspage.h>

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using namespace CoopAtlas;

/// The workshop form, participants, follow-ups and calendar on a real store file.
class tst_WorkshopViews : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void formCreatesWorkshopInItsZone();
    void formCreationUndoes();
    void formStartMoveKeepsDuration();
    void formShowsEndBeforeStart();
    void formShowsCapacityBelowRegistered();
    void registrationPastCapacityWaits();
    void cancellationMovesFirstWaitingUp();
    void cancellationUndoPutsBackWaitingList();
    void removalMovesFirstWaitingUp();
    void removalUndoPutsBackWaitingList();
    void removalUndoAfterPlaceTakenResetsAttendance();
    void listFiltersBySearchThemeAndStatus();
    void attendanceIsUndoable();
    void attendanceOnlyOnRegisteredRows();
    void followupPastDueIsOverdue();
    void calendarWeekShowsBerlinWorkshop();
    void calendarDoubleClickOpensWorkshop();
    void calendarNavigationClearsHiddenWorkshop();
    void attendancePanelShowsRates();
    void formKeepsWallTimeThatLocalZoneSkips();
    void formRejectsSkippedWallTime();
    void formUsesFirstOfRepeatedWallTime();
    void formKeepsSecondOfRepeatedWallTime();
    void calendarWeekShowsTokyoWorkshopAtBrusselsTime();

private:
    QString addPerson(const QString &name);
    QString addWorkshop(const QString &title,
                        std::optional<int> capacity,
                        const char *zone,
                        QDateTime localStart);
    [[nodiscard]] Core::ActivityStore activities() { return Core::ActivityStore(*m_store); }
    /// Registration of a participant in the shown participants table.
    QString registrationOf(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Store> m_store;
    std::unique_ptr<Ui::CommandContext> m_context;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<Ui::WorkshopForm> m_form;
};

void tst_WorkshopViews::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Ui::openStore(m_dir->filePath(QStringLiteral("workshops.sqlite")), false);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().text()));
    m_store = std::move(opened.value().store);
    m_context = std::make_unique<Ui::CommandContext>();
    m_context->setStore(m_store.get());
    m_stack = std::make_unique<QUndoStack>();
    m_form = std::make_unique<Ui::WorkshopForm>(m_stack.get(), m_context.get());
    m_form->setStore(m_store.get());
}

void tst_WorkshopViews::cleanup()
{
    m_form.reset();
    m_stack.reset();
    m_context.reset();
    m_store.reset();
    m_dir.reset();
}

QString tst_WorkshopViews::addPerson(const QString &name)
{
    Core::Person person;
    person.formattedName = name;
    auto id = m_store->insertPerson(person);
    if (!id)
        qWarning() << id.error().text();
    return id ? id.value() : QString();
}

QString tst_WorkshopViews::addWorkshop(const QString &title,
                                       std::optional<int> capacity,
                                       const char *zone,
                                       QDateTime localStart)
{
    Core::Workshop workshop;
    workshop.title = title;
    workshop.axis = QStringLiteral("equip");
    workshop.timeZone = QString::fromLatin1(zone);
    localStart.setTimeZone(QTimeZone(zone));
    workshop.start = localStart.toUTC();
    workshop.end = workshop.start.addSecs(2 * 3600);
    workshop.capacity = capacity;
    auto id = activities().insertWorkshop(workshop);
    if (!id)
        qWarning() << id.error().text();
    return id ? id.value() : QString();
}

QString tst_WorkshopViews::registrationOf(const QString &name) const
{
    const QTableWidget *table = m_form->participants()->table();
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, Ui::ParticipantsPanel::Participant)->text() == name)
            return table->item(row, Ui::ParticipantsPanel::Registration)->text();
    }
    return QString();
}

void tst_WorkshopViews::formCreatesWorkshopInItsZone()
{
    m_form->showNew(QDate(2026, 3, 10));
    m_form->titleEdit()->setText(QStringLiteral("Governance of platform co-ops"));
    m_form->zoneCombo()->setCurrentText(QStringLiteral("Europe/Berlin"));
    m_form->startEdit()->setDateTime(QDateTime(QDate(2026, 3, 10), QTime(14, 0), Qt::UTC));
    m_form->endEdit()->setDateTime(QDateTime(QDate(2026, 3, 10), QTime(17, 30), Qt::UTC));
    m_form->capacitySpin()->setValue(12);
    QVERIFY(m_form->save());
    const QString id = m_form->workshopId();
    QVERIFY(!id.isEmpty());

    const auto stored = activities().workshop(id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->title, QStringLiteral("Governance of platform co-ops"));
    QCOMPARE(stored->timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(stored->start, QDateTime(QDate(2026, 3, 10), QTime(13, 0), Qt::UTC));
    QCOMPARE(stored->end, QDateTime(QDate(2026, 3, 10), QTime(16, 30), Qt::UTC));
    QCOMPARE(stored->capacity, std::optional<int>(12));
    QCOMPARE(m_stack->count(), 1);
    // The form shows the stored times in the workshop's zone again.
    QCOMPARE(m_form->startEdit()->time(), QTime(14, 0));
}

void tst_WorkshopViews::formCreationUndoes()
{
    m_form->showNew(QDate(2026, 4, 2));
    m_form->titleEdit()->setText(QStringLiteral("Funding round table"));
    QVERIFY(m_form->save());
    const QString id = m_form->workshopId();
    QCOMPARE(activities().count({}).value(), 1);
    m_stack->undo();
    QCOMPARE(activities().count({}).value(), 0);
    m_stack->redo();
    QCOMPARE(activities().count({}).value(), 1);
    QCOMPARE(activities().workshop(id)->title, QStringLiteral("Funding round table"));
}

void tst_WorkshopViews::formStartMoveKeepsDuration()
{
    m_form->showNew(QDate(2026, 12, 15));
    QCOMPARE(m_form->endEdit()->dateTime(), QDateTime(QDate(2026, 12, 15), QTime(17, 0), Qt::UTC));

    // An earlier start takes the end along, though the old end is still after it.
    m_form->startEdit()->setDate(QDate(2026, 7, 15));
    QCOMPARE(m_form->endEdit()->dateTime(), QDateTime(QDate(2026, 7, 15), QTime(17, 0), Qt::UTC));
    m_form->startEdit()->setTime(QTime(10, 0));
    QCOMPARE(m_form->endEdit()->dateTime(), QDateTime(QDate(2026, 7, 15), QTime(13, 0), Qt::UTC));
    m_form->startEdit()->setDate(QDate(2026, 7, 20));
    QCOMPARE(m_form->endEdit()->dateTime(), QDateTime(QDate(2026, 7, 20), QTime(13, 0), Qt::UTC));

    // Moving the end leaves the start where it is.
    m_form->endEdit()->setTime(QTime(12, 0));
    QCOMPARE(m_form->startEdit()->dateTime(), QDateTime(QDate(2026, 7, 20), QTime(10, 0), Qt::UTC));

    // 10:00 to 12:00 in Brussels summer time is 08:00 to 10:00 UTC.
    const Core::Workshop edited = m_form->workshop();
    QCOMPARE(edited.start, QDateTime(QDate(2026, 7, 20), QTime(8, 0), Qt::UTC));
    QCOMPARE(edited.end, QDateTime(QDate(2026, 7, 20), QTime(10, 0), Qt::UTC));
}

void tst_WorkshopViews::formShowsEndBeforeStart()
{
    m_form->showNew(QDate(2026, 3, 10));
    m_form->titleEdit()->setText(QStringLiteral("Legal forms"));
    m_form->startEdit()->setDateTime(QDateTime(QDate(2026, 3, 10), QTime(14, 0), Qt::UTC));
    m_form->endEdit()->setDateTime(QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC));
    QVERIFY(!m_form->save());
    QVERIFY(!m_form->problems().text(QStringLiteral("end")).isEmpty());
    QVERIFY(m_form->problems().text(QStringLiteral("title")).isEmpty());
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(activities().count({}).value(), 0);
}

void tst_WorkshopViews::formShowsCapacityBelowRegistered()
{
    const QString id = addWorkshop(QStringLiteral("Data co-ops"),
                                   3,
                                   "Europe/Brussels",
                                   QDateTime(QDate(2026, 5, 5), QTime(10, 0)));
    QVERIFY(m_form->showWorkshop(id));
    QVERIFY(m_form->participants()->addParticipant(addPerson(QStringLiteral("Ana Lopes"))));
    QVERIFY(m_form->participants()->addParticipant(addPerson(QStringLiteral("Bram Peeters"))));
    m_form->capacitySpin()->setValue(1);
    QVERIFY(!m_form->save());
    const QString message = m_form->problems().text(QStringLiteral("capacity"));
    QVERIFY(!message.isEmpty());
    QVERIFY2(message.contains(u'2'), qPrintable(message));
    QCOMPARE(activities().workshop(id)->capacity, std::optional<int>(3));
}

void tst_WorkshopViews::registrationPastCapacityWaits()
{
    const QString id = addWorkshop(QStringLiteral("Platform economics"),
                                   1,
                                   "Europe/Brussels",
                                   QDateTime(QDate(2026, 5, 5), QTime(10, 0)));
    QVERIFY(m_form->showWorkshop(id));
    Ui::ParticipantsPanel *panel = m_form->participants();
    QVERIFY(panel->addParticipant(addPerson(QStringLiteral("Ana Lopes"))));
    QVERIFY(panel->addParticipant(addPerson(QStringLiteral("Bram Peeters"))));
    QVERIFY(panel->addParticipant(addPerson(QStringLiteral("Chloé Martin"))));
    QVERIFY2(panel->message().contains(QStringLiteral("waiting list at position 2")),
             qPrintable(panel->message()));
    QCOMPARE(registrationOf(QStringLiteral("Ana Lopes")), QStringLiteral("Registered"));
    QCOMPARE(registrationOf(QStringLiteral("Bram Peeters")),
             QStringLiteral("Waiting (position 1)"));
    QCOMPARE(registrationOf(QStringLiteral("Chloé Martin")),
             QStringLiteral("Waiting (position 2)"));
    QCOMPARE(activities().registeredCount(id).value(), 1);
}

void tst_WorkshopViews::cancellationMovesFirstWaitingUp()
{
    const QString id = addWorkshop(QStringLiteral("Communication"),
                                   1,
                                   "Europe/Brussels",
                                   QDateTime(QDate(2026, 5, 5), QTime(10, 0)));
    QVERIFY(m_form->showWorkshop(id));
    Ui::ParticipantsPanel *panel = m_form->participants();
    QVERIFY(panel->addParticipant(addPerson(QStringLiteral("Ana Lopes"))));
    QVERIFY(panel->addParticipant(addPerson(QStringLiteral("Bram Peeters"))));
    QCOMPARE(panel->participations().first().registration, QStringLiteral("registered"));
    QVERIFY(panel->cancelRegistration(0));
    QVERIFY2(panel->message().contains(QStringLiteral("Bram Peeters moved up")),
             qPrintable(panel->message()));
    QCOMPARE(registrationOf(QStringLiteral("Ana Lopes")), QStringLiteral("Cancelled"));
    QCOMPARE(registrationOf(QStringLiteral("Bram Peeters")), QStringLiteral("Registered"));
    QCOMPARE(activities().registeredCount(id).value(), 1);
}

void tst_WorkshopViews::cancellationUndoPutsBackWaitingList()
{
    const QString id = addWorkshop(QStringLiteral("Technology"),
                                   1,
                                   "Europe/Brussels",
                                   QDateTime(QDate(2026, 5, 5), QTime(10, 0)));
    QVERIFY(m_form->showWorkshop(id));
    Ui::ParticipantsPanel *panel = m_form->participants();
    QVERIFY(panel->addParticipant(addPerson(QStringLiteral("Ana Lopes"))));
    QVERIFY(panel->addParticipant(addPerson(QStringLiteral("Bram Peeters"))));
    QVERIFY(panel->cancelRegistration(0));
    QCOMPARE(m_stack->count(), 3);

    m_stack->undo();
    panel->reload();
    QCOMPARE(registrationOf(QStringLiteral("Ana Lopes")), QStringLiteral("Registered"));
    QCOMPARE(registrationOf(QStringLiteral("Bram Peeters")),
             QStringLiteral("Waiting (position 1)"));
    QCOMPARE(activities().registeredCount(id).value(), 1);

    m_stack->redo();
    panel->reload();
    QCOMPARE(registrationOf(QStringLiteral("Ana Lopes")), QStringLiteral("Cancelled"));
    QCOMPARE(registrationOf(QStringLiteral("Bram Peeters")), QStringLiteral("Registered"));

    // Undoing the registrations empties the workshop.
    m_stack->undo();
    m_stack->undo();
    m_stack->undo();
    panel->reload();
    QCOMPARE(panel->table()->rowCount(), 0);
}

void tst_WorkshopViews::removalMovesFirstWaitingUp()
{
    const QString id = addWorkshop(QStringLiteral("Legal forms"),
                                   1,
                                   "Europe/Brussels",
                                   QDateTime(QDate(2026, 5, 5), QTime(10, 0)));
    QVERIFY(m_form->showWorkshop(id));
    Ui::ParticipantsPanel *panel = m_form->participants();
    QVERIFY(panel->addParticipant(addPerson(QStringLiteral("Ana Lopes"))));
    QVERIFY(panel->addParticipant(addPerson(QStringLiteral("Bram Peeters"))));
    QVERIFY(panel->addParticipant(addPerson(QStringLiteral("Chloé Martin"))));
    QCOMPARE(registrationOf(QStringLiteral("Ana Lopes")), QStringLiteral("Registered"));

    QVERIFY(panel->removeParticipant(0));
    QVERIFY2(panel->message().contains(QStringLiteral("Bram Peeters moved up")),
             qPrintable(panel->message()));
    QCOMPARE(panel->table()->rowCount(), 2);
    QCOMPARE(registrationOf(QStringLiteral("Ana Lopes")), QString());
    QCOMPARE(registrationOf(QStringLiteral("Bram Peeters")), QStringLiteral("Registered"));
    QCOMPARE(registrationOf(QStringLiteral("Chloé Martin")),
             QStringLiteral("Waiting (position 1)"));
    QCOMPARE(activities().registeredCount(id).value(), 1);
}

void tst_WorkshopViews::removalUndoPutsBackWaitingList()
{
    const QString id = addWorkshop(QStringLiteral("Funding"),
                                   1,
                                   "Europe/Brussels",
                                   QDateTime(QDate(2026, 5, 5), QTime(10, 0)));
    QVERIFY(m_form->showWorkshop(id));
    Ui::ParticipantsPanel *panel = m_form->participants();
    QVERIFY(panel->addParticipant(addPerson(QStringLiteral("Ana Lopes"))));
    QVERIFY(panel->addParticipant(addPerson(QStringLiteral("Bram Peeters"))));
    QVERIFY(panel->addParticipant(addPerson(QStringLiteral("Chloé Martin"))));
    QVERIFY(panel->removeParticipant(0));
    QCOMPARE(m_stack->count(), 4);

    m_stack->undo();
    panel->reload();
    QCOMPARE(panel->table()->rowCount(), 3);
    QCOMPARE(registrationOf(QStringLiteral("Ana Lopes")), QStringLiteral("Registered"));
    QCOMPARE(registrationOf(QStringLiteral("Bram Peeters")),
             QStringLiteral("Waiting (position 1)"));
    QCOMPARE(registrationOf(QStringLiteral("Chloé Martin")),
             QStringLiteral("Waiting (position 2)"));
    QCOMPARE(activities().registeredCount(id).value(), 1);

    m_stack->redo();
    panel->reload();
    QCOMPARE(panel->table()->rowCount(), 2);
    QCOMPARE(registrationOf(QStringLiteral("Bram Peeters")), QStringLiteral("Registered"));
    QCOMPARE(registrationOf(QStringLiteral("Chloé Martin")),
             QStringLiteral("Waiting (position 1)"));

    // Undoing everything empties the workshop.
    for (int step = 0; step < 4; ++step)
        m_stack->undo();
    panel->reload();
    QCOMPARE(panel->table()->rowCount(), 0);
}

void tst_WorkshopViews::removalUndoAfterPlaceTakenResetsAttendance()
{
    const QString id = addWorkshop(QStringLiteral("Cooperative law"),
                                   1,
                                   "Europe/Brussels",
                                   QDateTime(QDate(2026, 5, 5), QTime(10, 0)));
    QVERIFY(m_form->showWorkshop(id));
    Ui::ParticipantsPanel *panel = m_form->participants();
    const QString ana = addPerson(QStringLiteral("Ana Lopes"));
    QVERIFY(panel->addParticipant(ana));
    QVERIFY(panel->setAttendance(0, QStringLiteral("attended")));
    const QString place = activities().participationsOf(id)->first().meta.id;
    QCOMPARE(activities().participation(place)->attendance, QStringLiteral("attended"));
    QVERIFY(panel->removeParticipant(0));

    // A registration written outside this undo stack, as sync brings one, takes the place.
    Core::Participation other;
    other.workshopId = id;
    other.participantId = addPerson(QStringLiteral("Bram Peeters"));
    QCOMPARE(activities().insertParticipation(other)->registration, QStringLiteral("registered"));

    m_stack->undo();
    const Core::Participation restored = activities().participation(place).value();
    QVERIFY(!restored.meta.deleted);
    QCOMPARE(restored.participantId, ana);
    QCOMPARE(restored.registration, QStringLiteral("waiting"));
    QCOMPARE(restored.attendance, QStringLiteral("unknown"));
    QVERIFY(restored.meta.dirty);
    QCOMPARE(activities().registeredCount(id).value(), 1);
    panel->reload();
    QCOMPARE(registrationOf(QStringLiteral("Ana Lopes")), QStringLiteral("Waiting (position 1)"));
    QCOMPARE(registrationOf(QStringLiteral("Bram Peeters")), QStringLiteral("Registered"));

    // Redo removes it again, and a second undo brings it back to the waiting list again.
    m_stack->redo();
    QVERIFY(activities().participation(place)->meta.deleted);
    m_stack->undo();
    QCOMPARE(activities().participation(place)->registration, QStringLiteral("waiting"));
    QCOMPARE(activities().participation(place)->attendance, QStringLiteral("unknown"));
}

void tst_WorkshopViews::listFiltersBySearchThemeAndStatus()
{
    const QString governance = addWorkshop(QStringLiteral("Shared governance"),
                                           std::nullopt,
                                           "Europe/Brussels",
                                           QDateTime(QDate(2026, 5, 5), QTime(10, 0)));
    const QString funding = addWorkshop(QStringLiteral("Crowdfunding basics"),
                                        std::nullopt,
                                        "Europe/Brussels",
                                        QDateTime(QDate(2026, 5, 6), QTime(10, 0)));
    Core::Workshop edited = activities().workshop(governance).value();
    edited.theme = QStringLiteral("cooperative-governance");
    edited.venue = QStringLiteral("Maison de la Participation, Saint-Gilles");
    edited.status = QStringLiteral("held");
    QVERIFY(activities().updateWorkshop(edited).ok());
    edited = activities().workshop(funding).value();
    edited.theme = QStringLiteral("funding");
    edited.venue = QStringLiteral("MundoB, Ixelles");
    QVERIFY(activities().updateWorkshop(edited).ok());

    Ui::WorkshopsPage page(m_stack.get(), m_context.get());
    page.setStore(m_store.get());
    Ui::ActivityFilterBar *filter = page.filterBar();
    Ui::WorkshopListModel *model = page.listModel();
    QCOMPARE(model->rowCount(), 2);

    filter->searchEdit()->setText(QStringLiteral("saint-gilles"));
    filter->applyNow();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->idAt(0), governance);

    filter->searchEdit()->clear();
    filter->choiceCombo()->setCurrentIndex(
        filter->choiceCombo()->findData(QStringLiteral("funding")));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->idAt(0), funding);

    filter->choiceCombo()->setCurrentIndex(0);
    filter->statusCombo()->setCurrentIndex(filter->statusCombo()->findData(QStringLiteral("held")));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->idAt(0), governance);
    QCOMPARE(model->filter().status, QStringLiteral("held"));
    QCOMPARE(model->filter().filterText, QString());
}

void tst_WorkshopViews::attendanceIsUndoable()
{
    const QString id = addWorkshop(QStringLiteral("Cooperative governance"),
                                   std::nullopt,
                                   "Europe/Brussels",
                                   QDateTime(QDate(2026, 2, 5), QTime(10, 0)));
    QVERIFY(m_form->showWorkshop(id));
    Ui::ParticipantsPanel *panel = m_form->participants();
    QVERIFY(panel->addParticipant(addPerson(QStringLiteral("Ana Lopes"))));
    QVERIFY(panel->setAttendance(0, QStringLiteral("attended")));
    QCOMPARE(activities().participationsOf(id)->first().attendance, QStringLiteral("attended"));
    m_stack->undo();
    QCOMPARE(activities().participationsOf(id)->first().attendance, QStringLiteral("unknown"));
}

void tst_WorkshopViews::attendanceOnlyOnRegisteredRows()
{
    const QString id = addWorkshop(QStringLiteral("Atelier test"),
                                   1,
                                   "Europe/Brussels",
                                   QDateTime(QDate(2026, 7, 8), QTime(10, 0)));
    QVERIFY(m_form->showWorkshop(id));
    Ui::ParticipantsPanel *panel = m_form->participants();
    const QString jo = addPerson(QStringLiteral("Jo Voorbeeld"));
    const QString sam = addPerson(QStringLiteral("Sam Example"));
    QVERIFY(panel->addParticipant(jo));
    QVERIFY(panel->addParticipant(addPerson(QStringLiteral("Medor SCRL FS"))));
    QVERIFY(panel->addParticipant(sam));
    QVERIFY(panel->setAttendance(0, QStringLiteral("attended")));
    panel->reload();
    QVERIFY(panel->cancelRegistration(0));

    const auto rowOf = [panel](const QString &name) {
        for (int row = 0; row < panel->table()->rowCount(); ++row) {
            if (panel->table()->item(row, Ui::ParticipantsPanel::Participant)->text() == name)
                return row;
        }
        return -1;
    };
    const auto comboOf = [panel, rowOf](const QString &name) {
        return qobject_cast<QComboBox *>(
            panel->table()->cellWidget(rowOf(name), Ui::ParticipantsPanel::Attendance));
    };
    QCOMPARE(registrationOf(QStringLiteral("Jo Voorbeeld")), QStringLiteral("Cancelled"));
    QCOMPARE(registrationOf(QStringLiteral("Medor SCRL FS")), QStringLiteral("Registered"));
    QCOMPARE(registrationOf(QStringLiteral("Sam Example")), QStringLiteral("Waiting (position 1)"));
    QVERIFY(comboOf(QStringLiteral("Medor SCRL FS"))->isEnabled());
    QVERIFY(!comboOf(QStringLiteral("Jo Voorbeeld"))->isEnabled());
    QVERIFY(
        comboOf(QStringLiteral("Jo Voorbeeld"))->toolTip().contains(QStringLiteral("cancelled")));
    QVERIFY(!comboOf(QStringLiteral("Sam Example"))->isEnabled());
    QVERIFY(
        comboOf(QStringLiteral("Sam Example"))->toolTip().contains(QStringLiteral("waiting list")));

    // The cancellation cleared the attendance of the cancelled participant.
    const auto stored = [this, &id](const QString &personId) {
        for (const Core::Participation &participation : activities().participationsOf(id).value()) {
            if (participation.participantId == personId)
                return participation;
        }
        return Core::Participation();
    };
    QCOMPARE(stored(jo).attendance, QStringLiteral("unknown"));

    const int commands = m_stack->count();
    QVERIFY(
        !panel->setAttendance(rowOf(QStringLiteral("Sam Example")), QStringLiteral("attended")));
    QVERIFY(
        !panel->setAttendance(rowOf(QStringLiteral("Jo Voorbeeld")), QStringLiteral("attended")));
    QCOMPARE(m_stack->count(), commands);
    QVERIFY2(panel->message().contains(QStringLiteral("only for registered participants")),
             qPrintable(panel->message()));
    QCOMPARE(stored(sam).attendance, QStringLiteral("unknown"));
    QCOMPARE(stored(jo).attendance, QStringLiteral("unknown"));

    // Undoing the cancellation brings back the registration with its attendance.
    m_stack->undo();
    panel->reload();
    QCOMPARE(registrationOf(QStringLiteral("Jo Voorbeeld")), QStringLiteral("Registered"));
    QCOMPARE(registrationOf(QStringLiteral("Medor SCRL FS")),
             QStringLiteral("Waiting (position 1)"));
    QCOMPARE(stored(jo).attendance, QStringLiteral("attended"));
    QVERIFY(comboOf(QStringLiteral("Jo Voorbeeld"))->isEnabled());
    QVERIFY(!comboOf(QStringLiteral("Medor SCRL FS"))->isEnabled());
}

void tst_WorkshopViews::followupPastDueIsOverdue()
{
    const QString id = addWorkshop(QStringLiteral("Legal forms"),
                                   std::nullopt,
                                   "Europe/Brussels",
                                   QDateTime(QDate(2026, 2, 5), QTime(10, 0)));
    QVERIFY(m_form->showWorkshop(id));
    Ui::FollowupsPanel *panel = m_form->followups();
    panel->setToday(QDate(2026, 3, 1));
    const QString owner = addPerson(QStringLiteral("Ana Lopes"));
    QVERIFY(panel->addFollowup(
        QStringLiteral("Send the statutes template"), owner, QDate(2026, 2, 20)));
    QVERIFY(panel->addFollowup(QStringLiteral("Book the room"), owner, QDate(2026, 3, 20)));
    panel->reload();
    QCOMPARE(panel->table()->rowCount(), 2);
    int overdue = -1;
    for (int row = 0; row < 2; ++row) {
        if (panel->table()->item(row, Ui::FollowupsPanel::Title)->text().startsWith(u'S'))
            overdue = row;
    }
    QVERIFY(overdue >= 0);
    QVERIFY(panel->isOverdue(overdue));
    QVERIFY(!panel->isOverdue(1 - overdue));
    QVERIFY(panel->table()
                ->item(overdue, Ui::FollowupsPanel::Due)
                ->text()
                .contains(QStringLiteral("overdue")));
    QCOMPARE(panel->table()->item(overdue, Ui::FollowupsPanel::Owner)->text(),
             QStringLiteral("Ana Lopes"));

    QVERIFY(panel->setDone(overdue, true));
    panel->reload();
    for (int row = 0; row < 2; ++row)
        QVERIFY(!panel->isOverdue(row));
    m_stack->undo();
    panel->reload();
    int overdueCount = 0;
    for (int row = 0; row < 2; ++row)
        overdueCount += panel->isOverdue(row) ? 1 : 0;
    QCOMPARE(overdueCount, 1);
}

void tst_WorkshopViews::calendarWeekShowsBerlinWorkshop()
{
    const QString id = addWorkshop(QStringLiteral("Berlin exchange"),
                                   std::nullopt,
                                   "Europe/Berlin",
                                   QDateTime(QDate(2026, 3, 26), QTime(15, 0)));
    Ui::WorkshopsPage page(m_stack.get(), m_context.get());
    page.resize(1200, 700);
    page.setStore(m_store.get());
    page.calendar()->setCurrentDate(QDate(2026, 3, 26));
    page.action(QStringLiteral("weekView"))->trigger();
    QVERIFY(page.isCalendarShown());
    QCOMPARE(page.calendar()->mode(), Ui::CalendarWidget::Mode::Week);
    const auto placements = page.calendar()->placements();
    QCOMPARE(placements.size(), 1);
    QCOMPARE(placements[0].id, id);
    QCOMPARE(placements[0].day, QDate(2026, 3, 26));
    QCOMPARE(placements[0].startMinute, 15 * 60);
    QCOMPARE(placements[0].endMinute, 17 * 60);
}

void tst_WorkshopViews::calendarWeekShowsTokyoWorkshopAtBrusselsTime()
{
    // 18:00 in Tokyo on 26 March 2026 is 09:00 UTC and 10:00 in Brussels.
    const QString id = addWorkshop(QStringLiteral("Tokyo evening call"),
                                   std::nullopt,
                                   "Asia/Tokyo",
                                   QDateTime(QDate(2026, 3, 26), QTime(18, 0)));
    Ui::WorkshopsPage page(m_stack.get(), m_context.get());
    page.resize(1200, 700);
    page.setStore(m_store.get());
    page.calendar()->setCurrentDate(QDate(2026, 3, 26));
    page.action(QStringLiteral("weekView"))->trigger();
    const auto placements = page.calendar()->placements();
    QCOMPARE(placements.size(), 1);
    QCOMPARE(placements[0].id, id);
    QCOMPARE(placements[0].day, QDate(2026, 3, 26));
    QCOMPARE(placements[0].startMinute, 10 * 60);
    QCOMPARE(placements[0].endMinute, 12 * 60);
    const QStringList toolTip = page.calendar()->entries().at(0).toolTip.split(u'\n');
    QCOMPARE(toolTip.size(), 4);
    QCOMPARE(toolTip.at(1), QStringLiteral("Thu 26 Mar 2026, 18:00–20:00 (Asia/Tokyo)"));
    QCOMPARE(toolTip.at(2), QStringLiteral("10:00–12:00 in Brussels"));
}

void tst_WorkshopViews::calendarDoubleClickOpensWorkshop()
{
    const QString id = addWorkshop(QStringLiteral("Madrid visit"),
                                   std::nullopt,
                                   "Europe/Madrid",
                                   QDateTime(QDate(2026, 6, 3), QTime(9, 30)));
    Ui::WorkshopsPage page(m_stack.get(), m_context.get());
    page.resize(1200, 700);
    page.setStore(m_store.get());
    page.calendar()->setCurrentDate(QDate(2026, 6, 3));
    page.setCalendarShown(true);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const auto placements = page.calendar()->placements();
    QCOMPARE(placements.size(), 1);
    QTest::mouseDClick(page.calendar(), Qt::LeftButton, {}, placements[0].rect.center().toPoint());
    QCOMPARE(page.form()->workshopId(), id);
    QCOMPARE(page.form()->titleEdit()->text(), QStringLiteral("Madrid visit"));
}

void tst_WorkshopViews::calendarNavigationClearsHiddenWorkshop()
{
    const QString february = addWorkshop(QStringLiteral("Legal forms"),
                                         std::nullopt,
                                         "Europe/Brussels",
                                         QDateTime(QDate(2026, 2, 12), QTime(14, 0)));
    const QString october = addWorkshop(QStringLiteral("Open data"),
                                        std::nullopt,
                                        "Europe/Brussels",
                                        QDateTime(QDate(2026, 10, 21), QTime(18, 0)));
    Ui::WorkshopsPage page(m_stack.get(), m_context.get());
    page.resize(1200, 700);
    page.setStore(m_store.get());
    page.calendar()->setMode(Ui::CalendarWidget::Mode::Week);
    page.calendar()->setCurrentDate(QDate(2026, 2, 12));
    page.setCalendarShown(true);
    page.selectWorkshop(february);
    QCOMPARE(page.form()->workshopId(), february);
    QVERIFY(page.calendar()->isEntryVisible(february));

    page.calendar()->showNext();
    QCOMPARE(page.form()->workshopId(), QString());
    QCOMPARE(page.calendar()->selectedId(), QString());
    QVERIFY(!page.listView()->selectionModel()->hasSelection());

    // A workshop still inside the new period stays in the form.
    page.calendar()->setCurrentDate(QDate(2026, 10, 19));
    page.selectWorkshop(october);
    page.calendar()->setMode(Ui::CalendarWidget::Mode::Month);
    QCOMPARE(page.form()->workshopId(), october);
    QCOMPARE(page.calendar()->selectedId(), october);

    // Unsaved changes keep their workshop in the form.
    QTest::keyClicks(page.form()->titleEdit(), QStringLiteral(" and protocols"));
    QVERIFY(page.form()->isModified());
    page.calendar()->showPrevious();
    QCOMPARE(page.form()->workshopId(), october);
}

void tst_WorkshopViews::attendancePanelShowsRates()
{
    const QString id = addWorkshop(QStringLiteral("Held workshop"),
                                   std::nullopt,
                                   "Europe/Brussels",
                                   QDateTime(QDate(2026, 1, 15), QTime(10, 0)));
    auto workshop = activities().workshop(id).value();
    workshop.status = QStringLiteral("held");
    QVERIFY(activities().updateWorkshop(workshop).ok());
    QVERIFY(m_form->showWorkshop(id));
    Ui::ParticipantsPanel *panel = m_form->participants();
    for (const QString &name :
         {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")})
        QVERIFY(panel->addParticipant(addPerson(name)));
    QVERIFY(panel->setAttendance(0, QStringLiteral("attended")));
    QVERIFY(panel->setAttendance(1, QStringLiteral("attended")));
    QVERIFY(panel->setAttendance(2, QStringLiteral("attended")));
    QVERIFY(panel->setAttendance(3, QStringLiteral("absent")));
    Ui::AttendancePanel attendance;
    attendance.setStore(m_store.get());
    QCOMPARE(attendance.workshopTable()->rowCount(), 1);
    QCOMPARE(attendance.workshopTable()->item(0, 0)->text(), QStringLiteral("Held workshop"));
    QCOMPARE(attendance.workshopTable()->item(0, 1)->text(), QStringLiteral("75%"));
    QCOMPARE(attendance.workshopTable()->item(0, 2)->text(), QStringLiteral("3"));
    QCOMPARE(attendance.workshopTable()->item(0, 3)->text(), QStringLiteral("4"));
    QCOMPARE(attendance.themeTable()->rowCount(), 1);
    QCOMPARE(attendance.themeTable()->item(0, 1)->text(), QStringLiteral("75%"));
}

void tst_WorkshopViews::formKeepsWallTimeThatLocalZoneSkips()
{
    // 02:30 on 29 March 2026 exists in New York but not in Brussels.
    const QString earlier = addWorkshop(QStringLiteral("Earlier Brussels workshop"),
                                        std::nullopt,
                                        "Europe/Brussels",
                                        QDateTime(QDate(2026, 3, 20), QTime(10, 0)));
    const QString breakfast = addWorkshop(QStringLiteral("New York breakfast"),
                                          std::nullopt,
                                          "America/New_York",
                                          QDateTime(QDate(2026, 3, 29), QTime(2, 30)));
    QVERIFY(m_form->showWorkshop(earlier));
    QVERIFY(m_form->showWorkshop(breakfast));
    QCOMPARE(m_form->startEdit()->date(), QDate(2026, 3, 29));
    QCOMPARE(m_form->startEdit()->time(), QTime(2, 30));
    QCOMPARE(m_form->endEdit()->time(), QTime(4, 30));
    m_form->titleEdit()->setText(QStringLiteral("New York breakfast (renamed)"));
    m_form->titleEdit()->textEdited(m_form->titleEdit()->text());
    QVERIFY(m_form->save());

    const auto stored = activities().workshop(breakfast);
    QVERIFY(stored.ok());
    QCOMPARE(stored->title, QStringLiteral("New York breakfast (renamed)"));
    QCOMPARE(stored->start, QDateTime(QDate(2026, 3, 29), QTime(6, 30), Qt::UTC));
    QCOMPARE(stored->end, QDateTime(QDate(2026, 3, 29), QTime(8, 30), Qt::UTC));
}

void tst_WorkshopViews::formRejectsSkippedWallTime()
{
    m_form->showNew(QDate(2026, 3, 29));
    m_form->titleEdit()->setText(QStringLiteral("Night hackathon"));
    m_form->zoneCombo()->setCurrentText(QStringLiteral("Europe/Brussels"));
    m_form->startEdit()->setDateTime(QDateTime(QDate(2026, 3, 29), QTime(2, 30), Qt::UTC));
    m_form->endEdit()->setDateTime(QDateTime(QDate(2026, 3, 29), QTime(5, 0), Qt::UTC));
    QCOMPARE(m_form->startEdit()->time(), QTime(2, 30));
    QVERIFY(!m_form->save());
    QCOMPARE(m_form->problems().text(QStringLiteral("start")),
             QStringLiteral("02:30 does not exist on 29 March 2026 in Europe/Brussels: clocks go "
                            "from 02:00 to 03:00. Choose a time before 02:00 or from 03:00 on."));
    QCOMPARE(m_form->problems().text(QStringLiteral("end")), QString());
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(activities().count({}).value(), 0);
}

void tst_WorkshopViews::formUsesFirstOfRepeatedWallTime()
{
    m_form->showNew(QDate(2026, 10, 25));
    m_form->titleEdit()->setText(QStringLiteral("Clock change talk"));
    m_form->zoneCombo()->setCurrentText(QStringLiteral("Europe/Brussels"));
    m_form->startEdit()->setDateTime(QDateTime(QDate(2026, 10, 25), QTime(2, 30), Qt::UTC));
    m_form->endEdit()->setDateTime(QDateTime(QDate(2026, 10, 25), QTime(4, 0), Qt::UTC));
    QCOMPARE(m_form->timeNote()->text(),
             QStringLiteral("02:30 occurs twice on 25 October 2026 in Europe/Brussels (clocks go "
                            "back from 03:00 to 02:00): the first 02:30, before the change, is "
                            "used."));
    QVERIFY(m_form->save());
    const auto stored = activities().workshop(m_form->workshopId());
    QVERIFY(stored.ok());
    QCOMPARE(stored->start, QDateTime(QDate(2026, 10, 25), QTime(0, 30), Qt::UTC));
    QCOMPARE(stored->end, QDateTime(QDate(2026, 10, 25), QTime(3, 0), Qt::UTC));
}

void tst_WorkshopViews::formKeepsSecondOfRepeatedWallTime()
{
    Core::Workshop workshop;
    workshop.title = QStringLiteral("Second half hour");
    workshop.axis = QStringLiteral("equip");
    workshop.timeZone = QStringLiteral("Europe/Brussels");
    workshop.start = QDateTime(QDate(2026, 10, 25), QTime(1, 30), Qt::UTC);
    workshop.end = QDateTime(QDate(2026, 10, 25), QTime(3, 0), Qt::UTC);
    const auto id = activities().insertWorkshop(workshop);
    QVERIFY(id.ok());
    QVERIFY(m_form->showWorkshop(id.value()));
    QCOMPARE(m_form->startEdit()->time(), QTime(2, 30));
    QCOMPARE(m_form->timeNote()->text(),
             QStringLiteral("02:30 occurs twice on 25 October 2026 in Europe/Brussels (clocks go "
                            "back from 03:00 to 02:00): the second 02:30, after the change, is "
                            "kept."));
    m_form->titleEdit()->setText(QStringLiteral("Second half hour, renamed"));
    m_form->titleEdit()->textEdited(m_form->titleEdit()->text());
    QVERIFY(m_form->save());
    const auto stored = activities().workshop(id.value());
    QVERIFY(stored.ok());
    QCOMPARE(stored->title, QStringLiteral("Second half hour, renamed"));
    QCOMPARE(stored->start, QDateTime(QDate(2026, 10, 25), QTime(1, 30), Qt::UTC));
}

QTEST_MAIN(tst_WorkshopViews)
#include "tst_workshopviews.moc"
