// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/storage/database.h>
#include <core/storage/store.h>
#include <core/storage/syncstore.h>
#include <core/sync/merge.h>
#include <ui/sync/syncconflictsdialog.h>
#include <ui/sync/synccontroller.h>
#include <ui/sync/syncstatuswidget.h>
#include <ui/sync/syncvaluetext.h>

#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace CoopAtlas;
using Choice = Ui::SyncConflictsDialog::Choice;

class tst_SyncConflicts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void dialogListsConflict();
    void picksResolveToChosenValues();
    void keepingMineKeepsServerOnlyChanges();
    void keepRestoresDeletedRecord();
    void deleteWinsOverEdit();
    void editedNumberMustBeNumber();
    void rejectedRecordListedAndRetried();
    void statusBarCountsOpenConflicts();
    void unreadableDocumentsListedApart();
    void valuesShownReadably();

private:
    QJsonObject document(const QString &id) const;
    /// Saves a conflict on the organisation m_id between `local` (also written
    /// as the record) and `remote`, both versions of m_base.
    void saveConflict(const QJsonObject &local, const QJsonObject &remote);

    QTemporaryDir m_configDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Store> m_store;
    QString m_id;
    QJsonObject m_base;
};

void tst_SyncConflicts::initTestCase()
{
    QVERIFY(m_configDir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configDir.path()));
}

void tst_SyncConflicts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Core::Database::open(m_dir->filePath(QStringLiteral("conflicts.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().text()));
    (*db)->setAuthor(QStringLiteral("amina"));
    m_store = std::make_unique<Core::Store>(std::move(db).value());
    Core::Organisation org;
    org.name = QStringLiteral("Atlas Coop");
    org.kind = QStringLiteral("project-holder");
    org.description = QStringLiteral("Old description");
    org.tags = {QStringLiteral("mobility")};
    org.memberCount = 12;
    auto id = m_store->insertOrganisation(org);
    QVERIFY2(id.ok(), qPrintable(id ? QString() : id.error().text()));
    m_id = *id;
    m_base = document(m_id);
    QVERIFY(!m_base.isEmpty());
}

void tst_SyncConflicts::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QJsonObject tst_SyncConflicts::document(const QString &id) const
{
    Core::SyncStore syncStore(m_store->database());
    auto local = syncStore.localDocument(Core::RecordKind::Organisation, id);
    if (!local || !local->has_value())
        return {};
    return (*local)->document;
}

void tst_SyncConflicts::saveConflict(const QJsonObject &local, const QJsonObject &remote)
{
    Core::SyncStore syncStore(m_store->database());
    Core::SyncConflict conflict;
    conflict.recordId = m_id;
    conflict.kind = Core::RecordKind::Organisation;
    conflict.local = local;
    conflict.remote = remote;
    conflict.base = m_base;
    conflict.remoteRevision = QStringLiteral("2-8f1c");
    conflict.remoteAuthor = QStringLiteral("bruno");
    conflict.fields = Core::mergeDocuments(m_base, local, remote).conflicts;
    conflict.detectedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(!conflict.fields.isEmpty());
    const auto saved = syncStore.saveConflict(conflict);
    QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().text()));
}

namespace {

QJsonObject edited(QJsonObject document, const QString &name, const QStringList &tags)
{
    document.insert(QStringLiteral("name"), name);
    document.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    return document;
}

QJsonObject fromServer(QJsonObject document)
{
    document.insert(QStringLiteral("description"),
                    QStringLiteral("New description from the server"));
    document.insert(QStringLiteral("updated_by"), QStringLiteral("bruno"));
    return document;
}

} // namespace

void tst_SyncConflicts::dialogListsConflict()
{
    saveConflict(edited(m_base,
                        QStringLiteral("Atlas Coop (here)"),
                        {QStringLiteral("mobility"), QStringLiteral("here")}),
                 fromServer(edited(m_base,
                                   QStringLiteral("Atlas Coop (server)"),
                                   {QStringLiteral("mobility"), QStringLiteral("server")})));
    Ui::SyncConflictsDialog dialog(*m_store);
    QCOMPARE(dialog.conflictList()->topLevelItemCount(), 1);
    QTreeWidgetItem *item = dialog.conflictList()->topLevelItem(0);
    QCOMPARE(item->text(0), QStringLiteral("Atlas Coop"));
    QCOMPARE(item->text(1), QStringLiteral("Organisation"));
    QCOMPARE(item->text(2), QStringLiteral("Name, Tags"));
    QCOMPARE(dialog.tabs()->tabText(0), QStringLiteral("Conflicts (1)"));
    QCOMPARE(dialog.fieldTable()->rowCount(), 2);
    QCOMPARE(dialog.fieldTable()->item(0, Ui::SyncConflictsDialog::MineColumn)->text(),
             QStringLiteral("Atlas Coop (here)"));
    QCOMPARE(dialog.fieldTable()->item(0, Ui::SyncConflictsDialog::TheirsColumn)->text(),
             QStringLiteral("Atlas Coop (server)"));
    QCOMPARE(dialog.fieldTable()->item(1, Ui::SyncConflictsDialog::MineColumn)->text(),
             QStringLiteral("mobility, here"));
    QCOMPARE(dialog.fieldTable()->item(1, Ui::SyncConflictsDialog::TheirsColumn)->text(),
             QStringLiteral("mobility, server"));

    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QDir dir(QCoreApplication::applicationDirPath());
    dir.mkpath(QStringLiteral("screenshots"));
    const QPixmap pixmap = dialog.grab();
    QVERIFY(!pixmap.isNull());
    QVERIFY(pixmap.save(dir.filePath(QStringLiteral("screenshots/sync-conflicts.png"))));
}

void tst_SyncConflicts::picksResolveToChosenValues()
{
    saveConflict(edited(m_base,
                        QStringLiteral("Atlas Coop (here)"),
                        {QStringLiteral("mobility"), QStringLiteral("here")}),
                 fromServer(edited(m_base,
                                   QStringLiteral("Atlas Coop (server)"),
                                   {QStringLiteral("mobility"), QStringLiteral("server")})));
    Ui::SyncConflictsDialog dialog(*m_store);
    QVERIFY(dialog.selectConflict(m_id));
    dialog.setChoice(QStringLiteral("name"), Choice::KeepTheirs);
    dialog.setEditedValue(QStringLiteral("tags"), QStringLiteral("mobility, shared , "));
    QVERIFY(dialog.resolveSelected());

    auto org = m_store->organisation(m_id);
    QVERIFY2(org.ok(), qPrintable(org ? QString() : org.error().text()));
    QCOMPARE(org->name, QStringLiteral("Atlas Coop (server)"));
    QCOMPARE(org->tags, (QStringList{QStringLiteral("mobility"), QStringLiteral("shared")}));
    QCOMPARE(org->description, QStringLiteral("New description from the server"));
    QCOMPARE(org->memberCount, std::optional<int>(12));
    QCOMPARE(org->meta.dirty, true);
    QCOMPARE(org->meta.updatedBy, QStringLiteral("amina"));
    QCOMPARE(document(m_id).value(QStringLiteral("_rev")).toString(), QStringLiteral("2-8f1c"));
    Core::SyncStore syncStore(m_store->database());
    QCOMPARE(syncStore.conflicts()->size(), 0);
    QCOMPARE(dialog.conflictList()->topLevelItemCount(), 0);
}

void tst_SyncConflicts::keepingMineKeepsServerOnlyChanges()
{
    saveConflict(edited(m_base, QStringLiteral("Atlas Coop (here)"), {QStringLiteral("here")}),
                 fromServer(edited(
                     m_base, QStringLiteral("Atlas Coop (server)"), {QStringLiteral("server")})));
    Ui::SyncConflictsDialog dialog(*m_store);
    dialog.setChoice(QStringLiteral("name"), Choice::KeepMine);
    dialog.setChoice(QStringLiteral("tags"), Choice::KeepMine);
    QVERIFY(dialog.resolveSelected());
    auto org = m_store->organisation(m_id);
    QVERIFY(org.ok());
    QCOMPARE(org->name, QStringLiteral("Atlas Coop (here)"));
    QCOMPARE(org->tags, QStringList{QStringLiteral("here")});
    QCOMPARE(org->description, QStringLiteral("New description from the server"));
}

void tst_SyncConflicts::keepRestoresDeletedRecord()
{
    QJsonObject local = m_base;
    local.insert(QStringLiteral("deleted"), true);
    saveConflict(local,
                 fromServer(edited(
                     m_base, QStringLiteral("Atlas Coop Renamed"), {QStringLiteral("mobility")})));
    Ui::SyncConflictsDialog dialog(*m_store);
    QCOMPARE(dialog.fieldTable()->rowCount(), 0);
    dialog.setKeepRecord(true);
    QVERIFY(dialog.resolveSelected());
    const QJsonObject written = document(m_id);
    QCOMPARE(written.value(QStringLiteral("deleted")).toBool(true), false);
    QCOMPARE(written.value(QStringLiteral("name")).toString(),
             QStringLiteral("Atlas Coop Renamed"));
    QCOMPARE(written.value(QStringLiteral("description")).toString(),
             QStringLiteral("New description from the server"));
    auto org = m_store->organisation(m_id);
    QVERIFY(org.ok());
    QCOMPARE(org->name, QStringLiteral("Atlas Coop Renamed"));
}

void tst_SyncConflicts::deleteWinsOverEdit()
{
    QJsonObject remote = m_base;
    remote.insert(QStringLiteral("deleted"), true);
    saveConflict(
        edited(m_base, QStringLiteral("Atlas Coop Edited Here"), {QStringLiteral("mobility")}),
        remote);
    Ui::SyncConflictsDialog dialog(*m_store);
    dialog.setKeepRecord(false);
    QVERIFY(dialog.resolveSelected());
    QCOMPARE(document(m_id).value(QStringLiteral("deleted")).toBool(), true);
}

void tst_SyncConflicts::editedNumberMustBeNumber()
{
    QJsonObject local = m_base;
    local.insert(QStringLiteral("member_count"), 14);
    QJsonObject remote = m_base;
    remote.insert(QStringLiteral("member_count"), 20);
    saveConflict(local, remote);
    Ui::SyncConflictsDialog dialog(*m_store);
    dialog.setEditedValue(QStringLiteral("member_count"), QStringLiteral("many"));
    const auto rejected = dialog.chosenDocument();
    QVERIFY(!rejected.ok());
    QVERIFY(rejected.error().message.contains(QStringLiteral("“many” is not a number")));
    dialog.setEditedValue(QStringLiteral("member_count"), QStringLiteral("17"));
    QVERIFY(dialog.resolveSelected());
    auto org = m_store->organisation(m_id);
    QVERIFY(org.ok());
    QCOMPARE(org->memberCount, std::optional<int>(17));
}

void tst_SyncConflicts::rejectedRecordListedAndRetried()
{
    Core::SyncStore syncStore(m_store->database());
    Core::SyncRecordError error;
    error.recordId = m_id;
    error.code = QStringLiteral("forbidden");
    error.message = QStringLiteral("The account may not change organisations.");
    error.at = QDateTime::currentDateTimeUtc();
    QVERIFY(syncStore.saveRecordError(error).ok());
    Ui::SyncConflictsDialog dialog(*m_store);
    QCOMPARE(dialog.tabs()->tabText(1), QStringLiteral("Not Sent (1)"));
    QCOMPARE(dialog.errorList()->topLevelItemCount(), 1);
    QCOMPARE(dialog.errorList()->topLevelItem(0)->text(0), QStringLiteral("Atlas Coop"));
    QCOMPARE(dialog.errorList()->topLevelItem(0)->text(1), error.message);
    QSignalSpy requested(&dialog, &Ui::SyncConflictsDialog::syncRequested);
    auto *retry = dialog.findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(retry);
    retry->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(syncStore.recordErrors()->size(), 0);
    QCOMPARE(dialog.errorList()->topLevelItemCount(), 0);
}

void tst_SyncConflicts::statusBarCountsOpenConflicts()
{
    saveConflict(edited(m_base, QStringLiteral("Atlas Coop (here)"), {QStringLiteral("here")}),
                 edited(m_base, QStringLiteral("Atlas Coop (server)"), {QStringLiteral("server")}));
    Core::SyncStore syncStore(m_store->database());
    Core::SyncRecordError error;
    error.recordId = m_id;
    error.code = QStringLiteral("too_large");
    error.message = QStringLiteral("The record is larger than the server accepts.");
    error.at = QDateTime::currentDateTimeUtc();
    QVERIFY(syncStore.saveRecordError(error).ok());

    Ui::SyncController controller;
    controller.setStore(m_store.get());
    Ui::SyncStatusWidget status(&controller);
    QCOMPARE(controller.status().openConflicts, 1);
    QCOMPARE(controller.status().recordErrors, 1);
    QCOMPARE(status.countsLabel()->text(),
             QStringLiteral("<a href=\"conflicts\">1 conflict(s), 1 record(s) not sent</a>"));
    QSignalSpy requested(&status, &Ui::SyncStatusWidget::conflictsRequested);
    emit status.countsLabel()->linkActivated(QStringLiteral("conflicts"));
    QCOMPARE(requested.count(), 1);

    status.show();
    QVERIFY(QTest::qWaitForWindowExposed(&status));
    const QDir dir(QCoreApplication::applicationDirPath());
    dir.mkpath(QStringLiteral("screenshots"));
    QVERIFY(status.grab().save(dir.filePath(QStringLiteral("screenshots/sync-status-counts.png"))));
}

void tst_SyncConflicts::unreadableDocumentsListedApart()
{
    Core::SyncStore syncStore(m_store->database());
    Core::SyncRecordError rejected;
    rejected.recordId = m_id;
    rejected.code = QStringLiteral("forbidden");
    rejected.message = QStringLiteral("The account may not change organisations.");
    rejected.at = QDateTime::currentDateTimeUtc();
    QVERIFY(syncStore.saveRecordError(rejected).ok());
    Core::SyncRecordError unreadable;
    unreadable.recordId = QStringLiteral("0190a0b0-0000-7000-8000-0000000000f1");
    unreadable.code = QLatin1String(Core::SyncStore::UnreadableCode);
    unreadable.message = QStringLiteral("The field \"formatted_name\" is missing or empty.");
    unreadable.at = QDateTime::currentDateTimeUtc();
    QVERIFY(syncStore.saveRecordError(unreadable).ok());

    Ui::SyncController controller;
    controller.setStore(m_store.get());
    Ui::SyncStatusWidget status(&controller);
    QCOMPARE(controller.status().recordErrors, 1);
    QCOMPARE(controller.status().unreadableDocuments, 1);
    QCOMPARE(status.countsLabel()->text(),
             QStringLiteral("<a href=\"conflicts\">1 record(s) not sent, 1 document(s) could not "
                            "be read</a>"));

    Ui::SyncConflictsDialog dialog(*m_store);
    QCOMPARE(dialog.tabs()->count(), 3);
    QCOMPARE(dialog.tabs()->tabText(1), QStringLiteral("Not Sent (1)"));
    QCOMPARE(dialog.tabs()->tabText(2), QStringLiteral("Could Not Be Read (1)"));
    QCOMPARE(dialog.errorList()->topLevelItemCount(), 1);
    QCOMPARE(dialog.errorList()->topLevelItem(0)->text(1), rejected.message);
    QCOMPARE(dialog.unreadableList()->topLevelItemCount(), 1);
    QCOMPARE(dialog.unreadableList()->topLevelItem(0)->text(0), unreadable.recordId);
    QCOMPARE(dialog.unreadableList()->topLevelItem(0)->text(1), unreadable.message);

    // Retrying the rejected record leaves the unreadable document listed.
    auto *retry = dialog.findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(retry);
    retry->click();
    QCOMPARE(dialog.errorList()->topLevelItemCount(), 0);
    QCOMPARE(dialog.unreadableList()->topLevelItemCount(), 1);
    QCOMPARE(syncStore.recordErrors()->size(), 1);
}

void tst_SyncConflicts::valuesShownReadably()
{
    using Ui::SyncValueText::displayText;
    const QJsonArray addresses{
        QJsonObject{{QStringLiteral("types"), QJsonArray{QStringLiteral("work")}},
                    {QStringLiteral("street"), QStringLiteral("Rue Haute 12")},
                    {QStringLiteral("postcode"), QStringLiteral("1000")},
                    {QStringLiteral("locality"), QStringLiteral("Bruxelles")},
                    {QStringLiteral("country"), QStringLiteral("Belgique")}},
        QJsonObject{{QStringLiteral("poBox"), QStringLiteral("BP 7")},
                    {QStringLiteral("locality"), QStringLiteral("Ixelles")}}};
    QCOMPARE(displayText(addresses),
             QStringLiteral("Rue Haute 12, 1000 Bruxelles, Belgique\nBP 7, Ixelles"));
    const QJsonArray emails{
        QJsonObject{{QStringLiteral("value"), QStringLiteral("ana@example.org")},
                    {QStringLiteral("types"), QJsonArray{QStringLiteral("work")}},
                    {QStringLiteral("label"), QStringLiteral("Office")}},
        QJsonObject{{QStringLiteral("value"), QStringLiteral("ana@home.example")}}};
    QCOMPARE(displayText(emails),
             QStringLiteral("ana@example.org (work, Office)\nana@home.example"));
    QCOMPARE(displayText(QJsonArray{QStringLiteral("fr"), QStringLiteral("nl")}),
             QStringLiteral("fr, nl"));
    QCOMPARE(displayText(QJsonValue(QJsonValue::Null)), QStringLiteral("(empty)"));
    QCOMPARE(displayText(QJsonValue(QJsonValue::Undefined)), QStringLiteral("(empty)"));
    QCOMPARE(displayText(QJsonValue(true)), QStringLiteral("Yes"));
    QCOMPARE(displayText(QJsonValue(42)), QStringLiteral("42"));
    QCOMPARE(Ui::SyncValueText::fieldLabel(QStringLiteral("extra.fiscal_id")),
             QStringLiteral("Custom field “fiscal_id”"));
    QCOMPARE(Ui::SyncValueText::fieldLabel(QStringLiteral("organisation_name")),
             QStringLiteral("Organisation name"));
}

QTEST_MAIN(tst_SyncConflicts)
#include "tst_syncconflicts.moc"
