// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/storage/store.h>
#include <ui/detail/addlinkdialog.h>
#include <ui/detail/addnotedialog.h>
#include <ui/detail/detailpane.h>
#include <ui/detail/recordform.h>
#include <ui/detail/relatedsection.h>
#include <ui/import/importduplicatespage.h>
#include <ui/import/importpreviewpage.h>
#include <ui/import/importrunpage.h>
#include <ui/import/importwizard.h>
#include <ui/listpanel.h>
#include <ui/mainwindow.h>
#include <ui/models/recordlistmodel.h>
#include <ui/search/searchpopup.h>
#include <ui/settings/settingsdialog.h>
#include <ui/storeopener.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace CoopAtlas;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createOrganisationThroughDetailPane();
    void invalidNameDisablesSave();
    void editUndoRedo();
    void deleteAndUndo();
    void duplicateAndUndo();
    void searchOpensRecord();
    void searchAsYouTypeOffThread();
    void addLinkFromEitherEnd();
    void addNote();
    void sectionShortcuts();
    void enterFocusesDetail();
    void personEmailValidated();
    void noteHitOpensItsRecord();
    void settingsWriteAuthor();
    void deleteKeyInFilterEditsText();
    void importRefreshesList();
    void hiddenListsLoadWhenShown();

private:
    QString insertOrganisation(const QString &name);
    Ui::RecordForm *form() const { return m_window->detailPane()->currentForm(); }
    QLineEdit *lineEdit(const QString &field) const;
    Ui::AddLinkDialog *waitForLinkDialog() const;
    void answerNextMessageBox(QMessageBox::StandardButton button, QString *text);

    QTemporaryDir m_configDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void tst_MainWindow::initTestCase()
{
    // Keep the window settings of the tests away from the user's configuration.
    QVERIFY(m_configDir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configDir.path()));
}

void tst_MainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Ui::openStore(m_dir->filePath(QStringLiteral("window.sqlite")), false);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().text()));
    QCOMPARE(opened->sampleLoaded, false);
    m_window = std::make_unique<Ui::MainWindow>();
    m_window->setStore(std::move(opened.value().store));
    m_window->showSection(Ui::MainWindow::Section::Organisations);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

QString tst_MainWindow::insertOrganisation(const QString &name)
{
    Core::Organisation org;
    org.name = name;
    org.kind = QStringLiteral("project-holder");
    const auto id = m_window->store()->insertOrganisation(org);
    return id.ok() ? id.value() : QString();
}

QLineEdit *tst_MainWindow::lineEdit(const QString &field) const
{
    return form() ? qobject_cast<QLineEdit *>(form()->fieldWidget(field)) : nullptr;
}

Ui::AddLinkDialog *tst_MainWindow::waitForLinkDialog() const
{
    // An accepted dialog is deleted later; the open one is the visible one.
    const auto dialogs = m_window->detailPane()->findChildren<Ui::AddLinkDialog *>();
    for (Ui::AddLinkDialog *dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

void tst_MainWindow::answerNextMessageBox(QMessageBox::StandardButton button, QString *text)
{
    // The timer fires in the event loop of the message box, which opens before any other
    // event is processed; without a message box it does nothing.
    QTimer::singleShot(0, this, [button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *text = box->text();
        box->button(button)->click();
    });
}

void tst_MainWindow::createOrganisationThroughDetailPane()
{
    m_window->action(QStringLiteral("new"))->trigger();
    Ui::DetailPane *pane = m_window->detailPane();
    QVERIFY(pane->isShowingRecord());
    QCOMPARE(pane->recordId(), QString());
    QLineEdit *name = lineEdit(QStringLiteral("name"));
    QVERIFY(name);
    QTest::keyClicks(name, QStringLiteral("Atelier Alpha"));
    QVERIFY(pane->saveButton()->isEnabled());
    QTest::mouseClick(pane->saveButton(), Qt::LeftButton);

    QCOMPARE(m_window->store()->totalCount(Core::RecordKind::Organisation).value(), 1);
    QVERIFY(!pane->recordId().isEmpty());
    QCOMPARE(m_window->store()->organisation(pane->recordId())->name,
             QStringLiteral("Atelier Alpha"));
    QCOMPARE(m_window->undoStack()->count(), 1);
    Ui::ListPanel *list = m_window->listPanel(Core::ListTable::Organisations);
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->currentId(), pane->recordId());
    QVERIFY(!pane->saveButton()->isEnabled());

    m_window->undoStack()->undo();
    QCOMPARE(m_window->store()->totalCount(Core::RecordKind::Organisation).value(), 0);
    QTRY_COMPARE(list->model()->rowCount(), 0);
    m_window->undoStack()->redo();
    QCOMPARE(m_window->store()->totalCount(Core::RecordKind::Organisation).value(), 1);
}

void tst_MainWindow::invalidNameDisablesSave()
{
    const QString id = insertOrganisation(QStringLiteral("Named"));
    m_window->revealRecord(Core::RecordKind::Organisation, id);
    QLineEdit *name = lineEdit(QStringLiteral("name"));
    QVERIFY(name);
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Backspace);
    QVERIFY(!m_window->detailPane()->saveButton()->isEnabled());
    QVERIFY(!form()->problemText(QStringLiteral("name")).isEmpty());
    QCOMPARE(m_window->detailPane()->save(), false);
    QCOMPARE(m_window->store()->organisation(id)->name, QStringLiteral("Named"));
    QTest::keyClicks(name, QStringLiteral("Renamed"));
    QVERIFY(m_window->detailPane()->saveButton()->isEnabled());
    QCOMPARE(form()->problemText(QStringLiteral("name")), QString());
}

void tst_MainWindow::editUndoRedo()
{
    const QString id = insertOrganisation(QStringLiteral("Atelier Alpha"));
    m_window->revealRecord(Core::RecordKind::Organisation, id);
    QCOMPARE(m_window->detailPane()->recordId(), id);
    QLineEdit *locality = lineEdit(QStringLiteral("locality"));
    QVERIFY(locality);
    QTest::keyClicks(locality, QStringLiteral("Ixelles"));
    QTest::keySequence(m_window.get(), QKeySequence::Save);
    const auto saved = m_window->store()->organisation(id);
    QCOMPARE(saved->locality, QStringLiteral("Ixelles"));
    QCOMPARE(saved->commune, QStringLiteral("ixelles"));
    QCOMPARE(m_window->undoStack()->count(), 1);

    m_window->undoStack()->undo();
    QCOMPARE(m_window->store()->organisation(id)->locality, QString());
    QCOMPARE(m_window->store()->organisation(id)->commune, QString());
    QCOMPARE(lineEdit(QStringLiteral("locality"))->text(), QString());

    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QCOMPARE(m_window->store()->organisation(id)->locality, QStringLiteral("Ixelles"));
    QCOMPARE(lineEdit(QStringLiteral("locality"))->text(), QStringLiteral("Ixelles"));
    m_window->undoStack()->undo();
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Y));
    QCOMPARE(m_window->store()->organisation(id)->locality, QStringLiteral("Ixelles"));
}

void tst_MainWindow::deleteAndUndo()
{
    const QString alpha = insertOrganisation(QStringLiteral("Atelier Alpha"));
    const QString beta = insertOrganisation(QStringLiteral("Beta Coop"));
    Core::Link link;
    link.fromId = alpha;
    link.toId = beta;
    link.type = QStringLiteral("supports");
    QVERIFY(m_window->store()->insertLink(link).ok());
    Core::Note note;
    note.recordId = alpha;
    note.recordKind = Core::RecordKind::Organisation;
    note.at = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
    note.kind = QStringLiteral("call");
    note.text = QStringLiteral("First call");
    QVERIFY(m_window->store()->insertNote(note).ok());
    m_window->revealRecord(Core::RecordKind::Organisation, alpha);

    QString question;
    answerNextMessageBox(QMessageBox::Yes, &question);
    m_window->listPanel(Core::ListTable::Organisations)->view()->setFocus();
    QTest::keyClick(m_window->listPanel(Core::ListTable::Organisations)->view(), Qt::Key_Delete);
    QVERIFY(question.contains(QStringLiteral("Atelier Alpha")));
    QVERIFY(question.contains(QStringLiteral("1 link")));
    QVERIFY(question.contains(QStringLiteral("1 note")));
    QCOMPARE(m_window->store()->totalCount(Core::RecordKind::Organisation).value(), 1);
    QCOMPARE(m_window->store()->linksOf(beta)->size(), 0);
    QCOMPARE(m_window->detailPane()->recordId(), QString());

    m_window->undoStack()->undo();
    QCOMPARE(m_window->store()->totalCount(Core::RecordKind::Organisation).value(), 2);
    QCOMPARE(m_window->store()->linksOf(beta)->size(), 1);
    QCOMPARE(m_window->store()->notesOf(alpha)->size(), 1);
    QCOMPARE(m_window->detailPane()->recordId(), alpha);
}

void tst_MainWindow::duplicateAndUndo()
{
    const QString id = insertOrganisation(QStringLiteral("Atelier Alpha"));
    m_window->revealRecord(Core::RecordKind::Organisation, id);
    m_window->action(QStringLiteral("duplicate"))->trigger();
    QCOMPARE(m_window->store()->totalCount(Core::RecordKind::Organisation).value(), 2);
    const QString copyId = m_window->detailPane()->recordId();
    QVERIFY(copyId != id);
    QCOMPARE(m_window->store()->organisation(copyId)->name, QStringLiteral("Atelier Alpha (copy)"));
    QCOMPARE(m_window->store()->organisation(copyId)->kind, QStringLiteral("project-holder"));
    m_window->undoStack()->undo();
    QCOMPARE(m_window->store()->totalCount(Core::RecordKind::Organisation).value(), 1);
}

void tst_MainWindow::searchOpensRecord()
{
    insertOrganisation(QStringLiteral("Atelier Alpha"));
    const QString beta = insertOrganisation(QStringLiteral("Beta Coop"));
    m_window->showSection(Ui::MainWindow::Section::Dashboard);
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_K));
    Ui::SearchPopup *popup = m_window->searchPopup();
    QVERIFY(popup->isVisible());
    QTest::keyClicks(popup->searchEdit(), QStringLiteral("beta"));
    popup->searchNow();
    QCOMPARE(popup->resultList()->count(), 1);
    QVERIFY(popup->resultList()->item(0)->text().startsWith(QStringLiteral("Beta Coop")));
    QTest::keyClick(popup->searchEdit(), Qt::Key_Return);
    QVERIFY(!popup->isVisible());
    QCOMPARE(m_window->currentSection(), Ui::MainWindow::Section::Organisations);
    QCOMPARE(m_window->detailPane()->recordId(), beta);
    QCOMPARE(m_window->listPanel(Core::ListTable::Organisations)->currentId(), beta);

    m_window->searchPopup()->popup();
    QTest::keyClicks(popup->searchEdit(), QStringLiteral("zzz"));
    QTest::keyClick(popup->searchEdit(), Qt::Key_Escape);
    QVERIFY(!popup->isVisible());
    QCOMPARE(m_window->detailPane()->recordId(), beta);
}

void tst_MainWindow::searchAsYouTypeOffThread()
{
    insertOrganisation(QStringLiteral("Atelier Alpha"));
    insertOrganisation(QStringLiteral("Beta Coop"));
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_K));
    Ui::SearchPopup *popup = m_window->searchPopup();
    QVERIFY(popup->isVisible());

    // Typing starts a search after the pause, on a worker thread, and its
    // results arrive without searchNow().
    QTest::keyClicks(popup->searchEdit(), QStringLiteral("atel"));
    QVERIFY(!popup->isSearching());
    QTRY_COMPARE(popup->resultList()->count(), 1);
    QVERIFY(!popup->isSearching());
    QVERIFY(popup->resultList()->item(0)->text().startsWith(QStringLiteral("Atelier Alpha")));

    // A newer text replaces the results of the older one.
    popup->searchEdit()->setText(QStringLiteral("beta"));
    QTRY_VERIFY(popup->resultList()->count() == 1
                && popup->resultList()->item(0)->text().startsWith(QStringLiteral("Beta Coop")));
    QVERIFY(!popup->isSearching());
    QTest::keyClick(popup->searchEdit(), Qt::Key_Escape);
}

void tst_MainWindow::addLinkFromEitherEnd()
{
    const QString alpha = insertOrganisation(QStringLiteral("Atelier Alpha"));
    const QString beta = insertOrganisation(QStringLiteral("Beta Coop"));
    Core::Store *store = m_window->store();

    m_window->revealRecord(Core::RecordKind::Organisation, alpha);
    QTest::mouseClick(m_window->detailPane()->related()->addLinkButton(), Qt::LeftButton);
    Ui::AddLinkDialog *dialog = waitForLinkDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->searchEdit(), QStringLiteral("beta"));
    dialog->searchNow();
    QCOMPARE(dialog->resultList()->count(), 1);
    dialog->typeCombo()->setCurrentIndex(dialog->typeCombo()->findData(QStringLiteral("supports")));
    dialog->accept();
    auto links = store->linksOf(alpha);
    QCOMPARE(links->size(), 1);
    QCOMPARE(links->first().fromId, alpha);
    QCOMPARE(links->first().toId, beta);
    QCOMPARE(links->first().type, QStringLiteral("supports"));
    QListWidget *related = m_window->detailPane()->related()->linkList();
    QCOMPARE(related->count(), 1);
    QCOMPARE(related->item(0)->text(), QStringLiteral("→ Supports Beta Coop"));

    // From the other end, with the chosen record as the source of the link.
    m_window->revealRecord(Core::RecordKind::Organisation, beta);
    QCOMPARE(related->count(), 1);
    QCOMPARE(related->item(0)->text(), QStringLiteral("← Supports Atelier Alpha"));
    m_window->detailPane()->openAddLinkDialog();
    dialog = waitForLinkDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->searchEdit(), QStringLiteral("alpha"));
    dialog->searchNow();
    QCOMPARE(dialog->resultList()->count(), 1);
    dialog->directionCombo()->setCurrentIndex(1);
    dialog->typeCombo()->setCurrentIndex(dialog->typeCombo()->findData(QStringLiteral("funds")));
    dialog->accept();
    links = store->linksOf(beta);
    QCOMPARE(links->size(), 2);
    QCOMPARE(related->count(), 2);
    bool foundFunds = false;
    for (const Core::Link &link : links.value()) {
        if (link.type == QStringLiteral("funds")) {
            foundFunds = true;
            QCOMPARE(link.fromId, alpha);
            QCOMPARE(link.toId, beta);
        }
    }
    QVERIFY(foundFunds);

    m_window->undoStack()->undo();
    QCOMPARE(store->linksOf(beta)->size(), 1);
    QCOMPARE(related->count(), 1);
    QCOMPARE(m_window->detailPane()->recordId(), beta);
}

void tst_MainWindow::addNote()
{
    const QString alpha = insertOrganisation(QStringLiteral("Atelier Alpha"));
    m_window->revealRecord(Core::RecordKind::Organisation, alpha);
    m_window->detailPane()->openAddNoteDialog();
    auto *dialog = m_window->detailPane()->findChild<Ui::AddNoteDialog *>();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->textEdit(), QStringLiteral("Met at the fair"));
    dialog->accept();
    const auto notes = m_window->store()->notesOf(alpha);
    QCOMPARE(notes->size(), 1);
    QCOMPARE(notes->first().text, QStringLiteral("Met at the fair"));
    QCOMPARE(m_window->detailPane()->related()->noteList()->count(), 1);
    m_window->undoStack()->undo();
    QCOMPARE(m_window->store()->notesOf(alpha)->size(), 0);
    QCOMPARE(m_window->detailPane()->related()->noteList()->count(), 0);
}

void tst_MainWindow::sectionShortcuts()
{
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_3));
    QCOMPARE(m_window->currentSection(), Ui::MainWindow::Section::People);
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_1));
    QCOMPARE(m_window->currentSection(), Ui::MainWindow::Section::Dashboard);
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_4));
    QCOMPARE(m_window->currentSection(), Ui::MainWindow::Section::Links);
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_2));
    QCOMPARE(m_window->currentSection(), Ui::MainWindow::Section::Organisations);
}

void tst_MainWindow::enterFocusesDetail()
{
    const QString id = insertOrganisation(QStringLiteral("Atelier Alpha"));
    m_window->revealRecord(Core::RecordKind::Organisation, id);
    QTableView *view = m_window->listPanel(Core::ListTable::Organisations)->view();
    view->setFocus();
    QVERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), form()->fieldWidget(QStringLiteral("name")));
}

void tst_MainWindow::personEmailValidated()
{
    m_window->showSection(Ui::MainWindow::Section::People);
    m_window->action(QStringLiteral("new"))->trigger();
    QCOMPARE(m_window->detailPane()->kind(), Core::RecordKind::Person);
    QLineEdit *name = lineEdit(QStringLiteral("formattedName"));
    QVERIFY(name);
    QTest::keyClicks(name, QStringLiteral("Ada Martin"));
    QVERIFY(m_window->detailPane()->saveButton()->isEnabled());
    QLineEdit *birthday = lineEdit(QStringLiteral("birthday"));
    QVERIFY(birthday);
    QTest::keyClicks(birthday, QStringLiteral("14/03/1990"));
    QVERIFY(!m_window->detailPane()->saveButton()->isEnabled());
    QVERIFY(!form()->problemText(QStringLiteral("birthday")).isEmpty());
    birthday->clear();
    QTest::keyClicks(birthday, QStringLiteral("--03-14"));
    QCOMPARE(form()->problemText(QStringLiteral("birthday")), QString());
    QVERIFY(m_window->detailPane()->save());
    const QString id = m_window->detailPane()->recordId();
    QCOMPARE(m_window->store()->person(id)->birthday, QStringLiteral("--03-14"));
    QTRY_COMPARE(m_window->listPanel(Core::ListTable::People)->model()->rowCount(), 1);
    QCOMPARE(m_window->listPanel(Core::ListTable::People)->currentId(), id);
}

void tst_MainWindow::noteHitOpensItsRecord()
{
    const QString alpha = insertOrganisation(QStringLiteral("Atelier Alpha"));
    Core::Note note;
    note.recordId = alpha;
    note.recordKind = Core::RecordKind::Organisation;
    note.at = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
    note.kind = QStringLiteral("meeting");
    note.text = QStringLiteral("Workshop on statutes");
    const auto noteId = m_window->store()->insertNote(note);
    QVERIFY(noteId.ok());
    m_window->showSection(Ui::MainWindow::Section::People);
    m_window->revealRecord(Core::RecordKind::Note, noteId.value());
    QCOMPARE(m_window->currentSection(), Ui::MainWindow::Section::Organisations);
    QCOMPARE(m_window->detailPane()->recordId(), alpha);
}

void tst_MainWindow::settingsWriteAuthor()
{
    Ui::SettingsDialog dialog;
    dialog.authorEdit()->setText(QStringLiteral("  Camille Dubois "));
    dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(QStringLiteral("nl")));
    dialog.save();
    const QSettings settings;
    QCOMPARE(settings.value(QLatin1String(Ui::SettingsKey::AuthorName)).toString(),
             QStringLiteral("Camille Dubois"));
    QCOMPARE(settings.value(QLatin1String(Ui::SettingsKey::Language)).toString(),
             QStringLiteral("nl"));
}

void tst_MainWindow::deleteKeyInFilterEditsText()
{
    const QString id = insertOrganisation(QStringLiteral("Atelier Alpha"));
    m_window->revealRecord(Core::RecordKind::Organisation, id);
    QLineEdit *filter = m_window->listPanel(Core::ListTable::Organisations)->filterEdit();
    filter->setText(QStringLiteral("abc"));
    filter->setFocus();
    filter->setCursorPosition(0);
    QString question;
    answerNextMessageBox(QMessageBox::Cancel, &question);
    QTest::keyClick(filter, Qt::Key_Delete);
    QCOMPARE(filter->text(), QStringLiteral("bc"));
    QCOMPARE(question, QString());
    QCOMPARE(m_window->store()->totalCount(Core::RecordKind::Organisation).value(), 1);
}

void tst_MainWindow::importRefreshesList()
{
    const QString file
        = QStringLiteral(TESTS_DATA_DIR "/directories/Wandelwoche_wandelwoche-ganz.csv");
    QVERIFY2(QFileInfo::exists(file), "The directory file of tests/data is missing.");
    Ui::ListPanel *list = m_window->listPanel(Core::ListTable::Organisations);
    QCOMPARE(list->model()->rowCount(), 0);
    Ui::ImportWizard *wizard = m_window->openImportWizard(file);
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(Ui::ImportWizard::PreviewPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->previewPage()->isComplete(), 30000);
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->duplicatesPage()->isAnalysed(), 30000);
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->runPage()->isFinished(), 30000);
    const qint64 imported = m_window->store()->totalCount(Core::RecordKind::Organisation).value();
    QVERIFY(imported > 0);
    QTRY_COMPARE(list->model()->rowCount(), int(imported));
}

void tst_MainWindow::hiddenListsLoadWhenShown()
{
    Core::Person person;
    person.formattedName = QStringLiteral("Ada Martin");
    QVERIFY(m_window->store()->insertPerson(person).ok());
    QCoreApplication::processEvents();
    Ui::ListPanel *people = m_window->listPanel(Core::ListTable::People);
    Ui::ListPanel *organisations = m_window->listPanel(Core::ListTable::Organisations);
    QVERIFY(organisations->model()->isActive());
    QVERIFY(!people->model()->isActive());
    QVERIFY(!m_window->listPanel(Core::ListTable::Links)->model()->isActive());
    QCOMPARE(people->model()->rowCount(), 0);

    m_window->showSection(Ui::MainWindow::Section::People);
    QVERIFY(people->model()->isActive());
    QVERIFY(!organisations->model()->isActive());
    QCOMPARE(people->model()->rowCount(), 1);

    // A change while the list is hidden is read when it is shown again.
    m_window->showSection(Ui::MainWindow::Section::Dashboard);
    QVERIFY(!people->model()->isActive());
    person.formattedName = QStringLiteral("Jo Peeters");
    QVERIFY(m_window->store()->insertPerson(person).ok());
    QCoreApplication::processEvents();
    QCOMPARE(people->model()->rowCount(), 1);
    m_window->showSection(Ui::MainWindow::Section::People);
    QCOMPARE(people->model()->rowCount(), 2);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
