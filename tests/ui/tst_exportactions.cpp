// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/import/csvreader.h>
#include <core/interchange/jsonbackup.h>
#include <core/storage/store.h>
#include <ui/export/exportactions.h>
#include <ui/listpanel.h>
#include <ui/mainwindow.h>
#include <ui/models/recordlistmodel.h>
#include <ui/storeopener.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace CoopAtlas;

class tst_ExportActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void testMenuActions();
    void testListExportThroughAction();
    void testListExportFollowsView();
    void listDialectFollowsLocale_data();
    void listDialectFollowsLocale();
    void testVCardExportSelection();
    void testBackupAndRestoreOpensResult();
    void testRestoreOverOpenStoreRejected();

private:
    QString insertOrganisation(const QString &name, const QString &locality);
    Ui::ExportActions *actions() const { return m_window->findChild<Ui::ExportActions *>(); }
    Ui::ExportOutcome waitForOutcome(QSignalSpy &spy);
    void answerNextMessageBox(QString *text);

    QTemporaryDir m_configDir;
    QLocale m_locale; ///< the default locale when the test started
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void tst_ExportActions::initTestCase()
{
    QVERIFY(m_configDir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configDir.path()));
}

void tst_ExportActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Ui::openStore(m_dir->filePath(QStringLiteral("window.sqlite")), false);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().text()));
    m_window = std::make_unique<Ui::MainWindow>();
    m_window->setStore(std::move(opened.value().store));
    m_window->showSection(Ui::MainWindow::Section::Organisations);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_ExportActions::cleanup()
{
    QLocale::setDefault(m_locale);
    m_window.reset();
    m_dir.reset();
}

QString tst_ExportActions::insertOrganisation(const QString &name, const QString &locality)
{
    Core::Organisation org;
    org.name = name;
    org.kind = QStringLiteral("project-holder");
    org.locality = locality;
    const auto id = m_window->store()->insertOrganisation(org);
    return id.ok() ? id.value() : QString();
}

Ui::ExportOutcome tst_ExportActions::waitForOutcome(QSignalSpy &spy)
{
    if (spy.isEmpty() && !spy.wait(20000))
        return {false, 0, QStringLiteral("no finished() signal within 20 s")};
    return qvariant_cast<Ui::ExportOutcome>(spy.takeFirst().at(0));
}

void tst_ExportActions::answerNextMessageBox(QString *text)
{
    // Fires in the event loop of the message box, which opens before other events run.
    QTimer::singleShot(0, this, [text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *text = box->text();
        box->button(QMessageBox::Ok)->click();
    });
}

void tst_ExportActions::testMenuActions()
{
    QAction *csv = m_window->action(QStringLiteral("exportListCsv"));
    QVERIFY(csv);
    QCOMPARE(csv->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QVERIFY(m_window->action(QStringLiteral("exportVCard")));
    QVERIFY(m_window->action(QStringLiteral("backUp")));
    QVERIFY(m_window->action(QStringLiteral("restoreBackup")));
    QVERIFY(actions());

    // The list, contact and calendar exports share one Export submenu.
    const QList<QMenu *> exportMenus
        = m_window->findChildren<QMenu *>(QStringLiteral("exportMenu"));
    QCOMPARE(exportMenus.size(), 1);
    QVERIFY(exportMenus.first()->actions().contains(csv));
    QVERIFY(exportMenus.first()->actions().contains(
        m_window->action(QStringLiteral("exportCalendar"))));
}

void tst_ExportActions::testListExportThroughAction()
{
    QVERIFY(!insertOrganisation(QStringLiteral("=Alpha"), QStringLiteral("Ixelles")).isEmpty());
    QVERIFY(!insertOrganisation(QStringLiteral("Beta"), QStringLiteral("Forest")).isEmpty());
    const QString path = m_dir->filePath(QStringLiteral("through-action.csv"));
    // Types the file name into the save dialog that the action opens, in the dialog's loop.
    QTimer::singleShot(0, this, [path] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
    });
    QSignalSpy spy(actions(), &Ui::ExportActions::finished);
    m_window->action(QStringLiteral("exportListCsv"))->trigger();
    const Ui::ExportOutcome outcome = waitForOutcome(spy);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.count, 2);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("'=Alpha"));
    auto table = Core::CsvReader().read(bytes, path);
    QVERIFY(table.ok());
    QCOMPARE(table->rows.size(), 2);
    QCOMPARE(table->rows.at(0).fields.at(0), QStringLiteral("=Alpha"));
    QCOMPARE(table->rows.at(1).fields.at(0), QStringLiteral("Beta"));
}

void tst_ExportActions::listDialectFollowsLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany)
                        << QByteArray("\xEF\xBB\xBFName;Kind;");
    QTest::newRow("fr") << QLocale(QLocale::French, QLocale::Belgium)
                        << QByteArray("\xEF\xBB\xBFName;Kind;");
    QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                        << QByteArray("Name,Kind,");
}

void tst_ExportActions::listDialectFollowsLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QByteArray, start);
    QLocale::setDefault(locale);
    QVERIFY(!insertOrganisation(QStringLiteral("Gamma"), QStringLiteral("Uccle")).isEmpty());
    const QString path = m_dir->filePath(QStringLiteral("dialect.csv"));
    // Accepts the save dialog with the file type that it chose for the locale.
    QTimer::singleShot(0, this, [path] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept();
    });
    QSignalSpy spy(actions(), &Ui::ExportActions::finished);
    m_window->action(QStringLiteral("exportListCsv"))->trigger();
    const Ui::ExportOutcome outcome = waitForOutcome(spy);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.startsWith(start), bytes.left(40).constData());
}

void tst_ExportActions::testListExportFollowsView()
{
    QVERIFY(
        !insertOrganisation(QStringLiteral("Atelier Alpha"), QStringLiteral("Ixelles")).isEmpty());
    QVERIFY(
        !insertOrganisation(QStringLiteral("Atelier Beta"), QStringLiteral("Forest")).isEmpty());
    QVERIFY(!insertOrganisation(QStringLiteral("Gamma"), QStringLiteral("Uccle")).isEmpty());
    Ui::ListPanel *panel = m_window->listPanel(Core::ListTable::Organisations);
    panel->filterEdit()->setText(QStringLiteral("atelier"));
    panel->applyFilter();
    panel->view()->sortByColumn(0, Qt::DescendingOrder);
    QHeaderView *header = panel->view()->horizontalHeader();
    const QStringList titles = Core::Store::listColumns(Core::ListTable::Organisations);
    const int kind = int(titles.indexOf(QStringLiteral("Kind")));
    const int locality = int(titles.indexOf(QStringLiteral("Locality")));
    QVERIFY(kind > 0);
    QVERIFY(locality > 0);
    for (int column = 0; column < header->count(); ++column)
        header->setSectionHidden(column, column != 0 && column != kind && column != locality);
    header->moveSection(header->visualIndex(locality), 0); // Locality, Name, Kind
    QTRY_COMPARE(panel->model()->rowCount(), 2);
    const QString kindLabel = panel->model()->index(0, kind).data().toString();
    QVERIFY(!kindLabel.isEmpty());
    QVERIFY(kindLabel != QStringLiteral("project-holder"));

    const QString path = m_dir->filePath(QStringLiteral("view.csv"));
    QSignalSpy spy(actions(), &Ui::ExportActions::finished);
    actions()->startListExport(path, Core::CsvDialect::Excel);
    const Ui::ExportOutcome outcome = waitForOutcome(spy);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.count, 2);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFLocality;Name;Kind\r\n"));
    auto table = Core::CsvReader().read(bytes, path);
    QVERIFY(table.ok());
    QCOMPARE(table->rows.size(), 2);
    QCOMPARE(table->rows.at(0).fields,
             (QStringList{QStringLiteral("Forest"), QStringLiteral("Atelier Beta"), kindLabel}));
    QCOMPARE(table->rows.at(1).fields,
             (QStringList{QStringLiteral("Ixelles"), QStringLiteral("Atelier Alpha"), kindLabel}));
}

void tst_ExportActions::testVCardExportSelection()
{
    const QString id = insertOrganisation(QStringLiteral("Febecoop"), QStringLiteral("Bruxelles"));
    QVERIFY(!id.isEmpty());
    QVERIFY(!insertOrganisation(QStringLiteral("SAW-B"), QStringLiteral("Charleroi")).isEmpty());
    const QString path = m_dir->filePath(QStringLiteral("one.vcf"));
    QSignalSpy spy(actions(), &Ui::ExportActions::finished);
    actions()->startVCardExport(path, Core::VCardVersion::V40, {id});
    const Ui::ExportOutcome outcome = waitForOutcome(spy);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.count, 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes.count("BEGIN:VCARD"), 1);
    QVERIFY(bytes.contains("\r\nKIND:org\r\n"));
    QVERIFY(bytes.contains("\r\nFN:Febecoop\r\n"));
    QVERIFY(bytes.contains(QByteArray("\r\nUID:urn:uuid:" + id.toLatin1() + "\r\n")));
}

void tst_ExportActions::testBackupAndRestoreOpensResult()
{
    QVERIFY(!insertOrganisation(QStringLiteral("Coopcycle"), QStringLiteral("Ixelles")).isEmpty());
    const QString backup = m_dir->filePath(QStringLiteral("backup.json"));
    QSignalSpy spy(actions(), &Ui::ExportActions::finished);
    actions()->startBackup(backup);
    const Ui::ExportOutcome backedUp = waitForOutcome(spy);
    QVERIFY2(backedUp.ok, qPrintable(backedUp.error));
    QVERIFY(QFile::exists(backup));

    const QString target = m_dir->filePath(QStringLiteral("restored.coopatlas"));
    actions()->startRestore(backup, target, false);
    const Ui::ExportOutcome restored = waitForOutcome(spy);
    QVERIFY2(restored.ok, qPrintable(restored.error));
    QCOMPARE(restored.count, backedUp.count);
    QCOMPARE(QFileInfo(m_window->store()->database().path()).canonicalFilePath(),
             QFileInfo(target).canonicalFilePath());
    auto hits = m_window->store()->search(QStringLiteral("coopcycle"));
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 1);
}

void tst_ExportActions::testRestoreOverOpenStoreRejected()
{
    const QString backup = m_dir->filePath(QStringLiteral("backup.json"));
    QSignalSpy spy(actions(), &Ui::ExportActions::finished);
    actions()->startBackup(backup);
    QVERIFY(waitForOutcome(spy).ok);
    const QString open = m_window->store()->database().path();
    QString message;
    answerNextMessageBox(&message);
    actions()->startRestore(backup, open, true);
    const Ui::ExportOutcome outcome = waitForOutcome(spy);
    QVERIFY(!outcome.ok);
    QVERIFY2(message.contains(QStringLiteral("is the open store")), qPrintable(message));
    QCOMPARE(m_window->store()->database().path(), open);
}

QTEST_MAIN(tst_ExportActions)
#include "tst_exportactions.moc"
