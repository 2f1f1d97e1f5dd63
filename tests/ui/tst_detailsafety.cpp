// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/storage/store.h>
#include <ui/detail/detailpane.h>
#include <ui/detail/optionaldateedit.h>
#include <ui/detail/recordform.h>
#include <ui/detail/rowlistedit.h>
#include <ui/listpanel.h>
#include <ui/mainwindow.h>
#include <ui/models/recordlistmodel.h>
#include <ui/storeopener.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>

#include <limits>

using namespace CoopAtlas;

class tst_DetailSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // First, because closing a window saves its geometry for the next ones.
    void firstWindowFitsScreen();
    void notStoreFileNamedOnce();
    void quitWithInvalidEditAsks();
    void quitSavesWhenAsked();
    void switchRecordCancelKeepsEdit();
    void switchRecordSaveWritesEdit();
    void importWizardCancelKeepsEdit();
    void otherWindowEditOffersReload();
    void emptySelectionKeepsEdit();
    void longNameSurvivesSave();
    void longContactValueSurvivesCellEdit();
    void largeMemberCountSurvivesSave();
    void earlyFoundingDateSurvivesSave();
    void unshownDateKeptUntilEdited();
    void wheelLeavesUnfocusedValues();

private:
    QString insertOrganisation(const Core::Organisation &org);
    QString insertNamed(const QString &name);
    void select(const QString &id);
    QLineEdit *lineEdit(const QString &field) const;
    void typeInto(const QString &field, const QString &text);
    /// Clicks `button` in the next message box and stores its text.
    void answerNextMessageBox(QMessageBox::StandardButton button, QString *text);

    QTemporaryDir m_configDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void tst_DetailSafety::initTestCase()
{
    // Keep the window settings of the tests away from the user's configuration.
    QVERIFY(m_configDir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configDir.path()));
}

void tst_DetailSafety::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Ui::openStore(m_dir->filePath(QStringLiteral("detail.sqlite")), false);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().text()));
    m_window = std::make_unique<Ui::MainWindow>();
    m_window->setStore(std::move(opened.value().store));
    m_window->showSection(Ui::MainWindow::Section::Organisations);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_DetailSafety::cleanup()
{
    // An edit left in the pane must not ask a question while the window closes.
    if (m_window && m_window->detailPane()->isDirty())
        m_window->detailPane()->revert();
    m_window.reset();
    m_dir.reset();
}

QString tst_DetailSafety::insertOrganisation(const Core::Organisation &org)
{
    const auto id = m_window->store()->insertOrganisation(org);
    return id.ok() ? id.value() : QString();
}

QString tst_DetailSafety::insertNamed(const QString &name)
{
    Core::Organisation org;
    org.name = name;
    org.kind = QStringLiteral("project-holder");
    return insertOrganisation(org);
}

void tst_DetailSafety::select(const QString &id)
{
    Ui::ListPanel *panel = m_window->listPanel(Core::ListTable::Organisations);
    if (panel->selectRecord(id))
        return;
    panel->model()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(panel->selectRecord(id), 10000);
}

QLineEdit *tst_DetailSafety::lineEdit(const QString &field) const
{
    Ui::RecordForm *form = m_window->detailPane()->currentForm();
    return form ? qobject_cast<QLineEdit *>(form->fieldWidget(field)) : nullptr;
}

void tst_DetailSafety::typeInto(const QString &field, const QString &text)
{
    QLineEdit *edit = lineEdit(field);
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, text);
}

void tst_DetailSafety::answerNextMessageBox(QMessageBox::StandardButton button, QString *text)
{
    QTimer::singleShot(0, this, [button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *text = box->text();
        // A box without that button (such as an error message) is closed with its first.
        QAbstractButton *answer = box->button(button);
        if (!answer)
            answer = box->buttons().value(0);
        if (answer)
            answer->click();
    });
}

void tst_DetailSafety::notStoreFileNamedOnce()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Plain text, no SQLite database.\n");
    file.close();

    // Answers the file dialog of File > Open Store, then the error message.
    QString message;
    QTimer::singleShot(0, this, [this, path, &message] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        answerNextMessageBox(QMessageBox::Ok, &message);
        dialog->selectFile(path);
        QMetaObject::invokeMethod(dialog, &QDialog::accept);
    });
    m_window->action(QStringLiteral("openStore"))->trigger();
    QVERIFY2(!message.isEmpty(), "No error message was shown");
    QCOMPARE(message.count(QDir::toNativeSeparators(path)), 1);
    QVERIFY2(!message.contains(QLatin1String("write to")), qPrintable(message));
}

void tst_DetailSafety::quitWithInvalidEditAsks()
{
    const QString id = insertNamed(QStringLiteral("AEK Reiseburoservice GmbH"));
    select(id);
    QCOMPARE(m_window->detailPane()->recordId(), id);
    lineEdit(QStringLiteral("name"))->clear();
    typeInto(QStringLiteral("name"), QStringLiteral("AEK RENAMED"));
    typeInto(QStringLiteral("websites"), QStringLiteral("bad url, , ::"));

    QString question;
    answerNextMessageBox(QMessageBox::Cancel, &question);
    QVERIFY(!m_window->close());
    QVERIFY2(question.contains(QLatin1String("cannot be saved")), qPrintable(question));
    QVERIFY(m_window->isVisible());
    QVERIFY(m_window->detailPane()->isDirty());
    QCOMPARE(lineEdit(QStringLiteral("name"))->text(), QStringLiteral("AEK RENAMED"));

    answerNextMessageBox(QMessageBox::Discard, &question);
    QVERIFY(m_window->close());
    QCOMPARE(m_window->store()->organisation(id)->name,
             QStringLiteral("AEK Reiseburoservice GmbH"));
}

void tst_DetailSafety::quitSavesWhenAsked()
{
    const QString id = insertNamed(QStringLiteral("Alveus"));
    select(id);
    typeInto(QStringLiteral("country"), QStringLiteral("BE"));
    QString question;
    answerNextMessageBox(QMessageBox::Save, &question);
    QVERIFY(m_window->close());
    QVERIFY2(question.contains(QLatin1String("Alveus")), qPrintable(question));
    QCOMPARE(m_window->store()->organisation(id)->country, QStringLiteral("BE"));
}

void tst_DetailSafety::switchRecordCancelKeepsEdit()
{
    const QString first = insertNamed(QStringLiteral("Alveus"));
    const QString second = insertNamed(QStringLiteral("Big Members Coop"));
    select(first);
    typeInto(QStringLiteral("country"), QStringLiteral("BE"));

    QString question;
    answerNextMessageBox(QMessageBox::Cancel, &question);
    select(second);
    QVERIFY(!question.isEmpty());
    QCOMPARE(m_window->detailPane()->recordId(), first);
    QCOMPARE(lineEdit(QStringLiteral("country"))->text(), QStringLiteral("BE"));
    QCOMPARE(m_window->listPanel(Core::ListTable::Organisations)->currentId(), first);
    QCOMPARE(m_window->store()->organisation(first)->country, QString());
}

void tst_DetailSafety::switchRecordSaveWritesEdit()
{
    const QString first = insertNamed(QStringLiteral("Alveus"));
    const QString second = insertNamed(QStringLiteral("Big Members Coop"));
    select(first);
    typeInto(QStringLiteral("country"), QStringLiteral("BE"));

    QString question;
    answerNextMessageBox(QMessageBox::Save, &question);
    select(second);
    QVERIFY(!question.isEmpty());
    QCOMPARE(m_window->detailPane()->recordId(), second);
    QCOMPARE(m_window->store()->organisation(first)->country, QStringLiteral("BE"));
}

void tst_DetailSafety::importWizardCancelKeepsEdit()
{
    const QString id = insertNamed(QStringLiteral("Alveus"));
    select(id);
    typeInto(QStringLiteral("country"), QStringLiteral("BE"));
    QString question;
    answerNextMessageBox(QMessageBox::Cancel, &question);
    QCOMPARE(m_window->openImportWizard(), nullptr);
    QVERIFY(!question.isEmpty());
    QVERIFY(m_window->detailPane()->isDirty());
    QCOMPARE(lineEdit(QStringLiteral("country"))->text(), QStringLiteral("BE"));
}

void tst_DetailSafety::otherWindowEditOffersReload()
{
    Core::Organisation org;
    org.name = QStringLiteral("Alveus");
    org.street = QStringLiteral("Chaussée d'Alsemberg");
    const QString id = insertOrganisation(org);
    select(id);
    QTest::qWait(5); // updated_at has millisecond resolution

    // A second connection stands for another window or process on the same file.
    auto otherDb = Core::Database::open(m_window->store()->database().path());
    QVERIFY(otherDb.ok());
    Core::Store other(std::move(otherDb).value());
    Core::Organisation changed = *other.organisation(id);
    changed.street = QStringLiteral("Chaussée d'Alsemberg B-EDIT");
    QVERIFY(other.updateOrganisation(changed).ok());

    typeInto(QStringLiteral("country"), QStringLiteral("BE"));
    QString question;
    answerNextMessageBox(QMessageBox::Cancel, &question);
    QVERIFY(!m_window->detailPane()->save());
    QVERIFY2(question.contains(QLatin1String("another window")), qPrintable(question));
    QVERIFY(m_window->detailPane()->isDirty());
    QCOMPARE(lineEdit(QStringLiteral("country"))->text(), QStringLiteral("BE"));
    QCOMPARE(other.organisation(id)->street, QStringLiteral("Chaussée d'Alsemberg B-EDIT"));
    QCOMPARE(other.organisation(id)->country, QString());

    // The Reload button is the default button of the question.
    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box)
            box->defaultButton()->click();
    });
    QVERIFY(!m_window->detailPane()->save());
    QVERIFY(!m_window->detailPane()->isDirty());
    QCOMPARE(lineEdit(QStringLiteral("street"))->text(),
             QStringLiteral("Chaussée d'Alsemberg B-EDIT"));
    QCOMPARE(lineEdit(QStringLiteral("country"))->text(), QString());
}

void tst_DetailSafety::emptySelectionKeepsEdit()
{
    const QString id = insertNamed(QStringLiteral("Alveus"));
    select(id);
    typeInto(QStringLiteral("country"), QStringLiteral("BE"));

    // A filter that matches nothing clears the selection of the list.
    Ui::ListPanel *panel = m_window->listPanel(Core::ListTable::Organisations);
    panel->filterEdit()->setText(QStringLiteral("nothing matches this"));
    panel->applyFilter();
    QTRY_COMPARE_WITH_TIMEOUT(panel->currentId(), QString(), 10000);
    QVERIFY(m_window->detailPane()->isShowingRecord());
    QCOMPARE(m_window->detailPane()->recordId(), id);
    QCOMPARE(lineEdit(QStringLiteral("country"))->text(), QStringLiteral("BE"));
    QVERIFY(m_window->detailPane()->save());
    QCOMPARE(m_window->store()->organisation(id)->country, QStringLiteral("BE"));
}

void tst_DetailSafety::longNameSurvivesSave()
{
    const QString name = QStringLiteral("Long ") + QString(100'000 - 5, u'n');
    const QString id = insertNamed(name);
    select(id);
    typeInto(QStringLiteral("country"), QStringLiteral("BE"));
    QVERIFY(m_window->detailPane()->save());
    const auto stored = m_window->store()->organisation(id);
    QCOMPARE(stored->name.size(), 100'000);
    QCOMPARE(stored->name, name);
    QCOMPARE(stored->country, QStringLiteral("BE"));
}

void tst_DetailSafety::longContactValueSurvivesCellEdit()
{
    const QString value = QString(40'000, u'p');
    Ui::RowListEdit rows({QStringLiteral("Phone"), QStringLiteral("Type")});
    rows.setRows({{value, QStringLiteral("work")}});
    rows.show();
    QVERIFY(QTest::qWaitForWindowExposed(&rows));
    auto *table = rows.findChild<QTableWidget *>();
    QVERIFY(table);
    table->setCurrentCell(0, 0);
    table->editItem(table->item(0, 0));
    auto *editor = table->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    QCOMPARE(editor->text().size(), 40'000);
    QTest::keyClick(editor, Qt::Key_End);
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(rows.rows().value(0).value(0), value);
}

void tst_DetailSafety::largeMemberCountSurvivesSave()
{
    Core::Organisation org;
    org.name = QStringLiteral("Big Members Coop");
    org.memberCount = 20'000'000;
    const QString id = insertOrganisation(org);
    select(id);
    typeInto(QStringLiteral("country"), QStringLiteral("BE"));
    QVERIFY(m_window->detailPane()->save());
    QCOMPARE(m_window->store()->organisation(id)->memberCount, std::optional<int>(20'000'000));

    auto *spin = qobject_cast<QSpinBox *>(
        m_window->detailPane()->currentForm()->fieldWidget(QStringLiteral("memberCount")));
    QVERIFY(spin);
    QCOMPARE(spin->maximum(), std::numeric_limits<int>::max());
}

void tst_DetailSafety::earlyFoundingDateSurvivesSave()
{
    Core::Organisation org;
    org.name = QStringLiteral("Old Guild");
    org.founded = QDate(500, 6, 15);
    org.closed = QDate(1200, 3, 4);
    const QString id = insertOrganisation(org);
    select(id);
    typeInto(QStringLiteral("country"), QStringLiteral("BE"));
    QVERIFY(m_window->detailPane()->save());
    const auto stored = m_window->store()->organisation(id);
    QCOMPARE(stored->founded, QDate(500, 6, 15));
    QCOMPARE(stored->closed, QDate(1200, 3, 4));

    auto *closed = qobject_cast<Ui::OptionalDateEdit *>(
        m_window->detailPane()->currentForm()->fieldWidget(QStringLiteral("closed")));
    QVERIFY(closed);
    QCOMPARE(closed->dateEdit()->date(), QDate(1200, 3, 4));
    QCOMPARE(closed->dateEdit()->text(), QStringLiteral("1200-03-04"));
}

void tst_DetailSafety::unshownDateKeptUntilEdited()
{
    Ui::OptionalDateEdit edit;
    edit.setDate(QDate(50, 7, 1));
    QCOMPARE(edit.date(), QDate(50, 7, 1));
    QVERIFY(edit.checkBox()->isChecked());
    edit.dateEdit()->setDate(QDate(1990, 1, 2));
    QCOMPARE(edit.date(), QDate(1990, 1, 2));

    // The first day that QDateEdit can show marks "not set", so it is no date.
    edit.dateEdit()->setDate(edit.dateEdit()->minimumDate());
    QCOMPARE(edit.date(), QDate());
    edit.setDate(QDate());
    QCOMPARE(edit.date(), QDate());
    QVERIFY(!edit.checkBox()->isChecked());
}

void tst_DetailSafety::wheelLeavesUnfocusedValues()
{
    Core::Organisation org;
    org.name = QStringLiteral("Alveus");
    org.memberCount = 40;
    org.founded = QDate(2020, 5, 1);
    const QString id = insertOrganisation(org);
    select(id);
    Ui::RecordForm *form = m_window->detailPane()->currentForm();
    auto *combo = qobject_cast<QComboBox *>(form->fieldWidget(QStringLiteral("cooperativeModel")));
    auto *spin = qobject_cast<QSpinBox *>(form->fieldWidget(QStringLiteral("memberCount")));
    auto *founded
        = qobject_cast<Ui::OptionalDateEdit *>(form->fieldWidget(QStringLiteral("founded")));
    QVERIFY(combo);
    QVERIFY(spin);
    QVERIFY(founded);
    QVERIFY(combo->count() > 1);
    const int comboIndex = combo->currentIndex();
    m_window->listPanel(Core::ListTable::Organisations)->view()->setFocus();

    for (QWidget *widget : {static_cast<QWidget *>(combo),
                            static_cast<QWidget *>(spin),
                            static_cast<QWidget *>(founded->dateEdit())}) {
        QVERIFY(!widget->hasFocus());
        QCOMPARE(widget->focusPolicy(), Qt::StrongFocus);
        for (int notch = 0; notch < 2; ++notch) {
            const QPointF position(widget->width() / 2.0, widget->height() / 2.0);
            QWheelEvent wheel(position,
                              widget->mapToGlobal(position),
                              QPoint(),
                              QPoint(0, -120),
                              Qt::NoButton,
                              Qt::NoModifier,
                              Qt::NoScrollPhase,
                              false);
            QApplication::sendEvent(widget, &wheel);
        }
    }
    QCOMPARE(combo->currentIndex(), comboIndex);
    QCOMPARE(spin->value(), 40);
    QCOMPARE(founded->date(), QDate(2020, 5, 1));
    QVERIFY(!m_window->detailPane()->isDirty());
}

void tst_DetailSafety::firstWindowFitsScreen()
{
    // No saved geometry exists in the test configuration, as on a first start.
    Ui::MainWindow window;
    const QScreen *screen = window.screen();
    QVERIFY(screen);
    const QSize available = screen->availableGeometry().size();
    QVERIFY(window.width() <= available.width());
    QVERIFY(window.height() <= available.height());
}

QTEST_MAIN(tst_DetailSafety)
#include "tst_detailsafety.moc"
