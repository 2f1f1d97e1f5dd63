// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/storage/store.h>
#include <ui/commands/recordcommands.h>
#include <ui/storeopener.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace CoopAtlas;

/// Undo and redo of record commands when a second connection to the same file,
/// which plays the part of another window or an import, changes the record in between.
class tst_UndoCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void editUndoRedoWritesValues();
    void editUndoKeepsOtherChange();
    void editRedoKeepsOtherChange();
    void createUndoKeepsOtherChange();
    void deleteUndoKeepsOtherRestore();
    void fastEditsGetNewerTimestamps();

private:
    QString insertOrganisation(const QString &name);
    /// Changes the street of an organisation through the second connection.
    void changeStreetElsewhere(const QString &id, const QString &street);
    Core::Organisation stored(const QString &id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Store> m_store;
    std::unique_ptr<Core::Store> m_other;
    std::unique_ptr<Ui::CommandContext> m_context;
    std::unique_ptr<QUndoStack> m_stack;
};

void tst_UndoCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("undo.sqlite"));
    auto opened = Ui::openStore(path, false);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().text()));
    m_store = std::move(opened.value().store);
    auto otherDb = Core::Database::open(path);
    QVERIFY(otherDb.ok());
    m_other = std::make_unique<Core::Store>(std::move(otherDb).value());
    m_context = std::make_unique<Ui::CommandContext>();
    m_context->setStore(m_store.get());
    m_stack = std::make_unique<QUndoStack>();
}

void tst_UndoCommands::cleanup()
{
    m_stack.reset();
    m_context.reset();
    m_other.reset();
    m_store.reset();
    m_dir.reset();
}

QString tst_UndoCommands::insertOrganisation(const QString &name)
{
    Core::Organisation org;
    org.name = name;
    org.street = QStringLiteral("Rue Haute 1");
    auto id = m_store->insertOrganisation(org);
    if (!id)
        qWarning() << id.error().text();
    return id ? id.value() : QString();
}

void tst_UndoCommands::changeStreetElsewhere(const QString &id, const QString &street)
{
    auto org = m_other->organisation(id);
    QVERIFY(org.ok());
    org->street = street;
    auto updated = m_other->updateOrganisation(*org);
    QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error().text()));
}

Core::Organisation tst_UndoCommands::stored(const QString &id)
{
    auto org = m_store->organisation(id);
    return org ? org.value() : Core::Organisation();
}

void tst_UndoCommands::editUndoRedoWritesValues()
{
    const QString id = insertOrganisation(QStringLiteral("Coopcycle"));
    const Core::Organisation before = stored(id);
    Core::Organisation after = before;
    after.street = QStringLiteral("Rue Haute 2");
    QSignalSpy skipped(m_context.get(), &Ui::CommandContext::skipped);

    m_stack->push(new Ui::EditRecordCommand(m_context.get(), before, after));
    QCOMPARE(stored(id).street, QStringLiteral("Rue Haute 2"));
    m_stack->undo();
    QCOMPARE(stored(id).street, QStringLiteral("Rue Haute 1"));
    m_stack->redo();
    QCOMPARE(stored(id).street, QStringLiteral("Rue Haute 2"));
    m_stack->undo();
    QCOMPARE(stored(id).street, QStringLiteral("Rue Haute 1"));
    QCOMPARE(skipped.count(), 0);
    QCOMPARE(m_stack->count(), 1);
}

void tst_UndoCommands::editUndoKeepsOtherChange()
{
    const QString id = insertOrganisation(QStringLiteral("Smart"));
    const Core::Organisation before = stored(id);
    Core::Organisation after = before;
    after.street = QStringLiteral("Rue Coenraets 72");
    QSignalSpy skipped(m_context.get(), &Ui::CommandContext::skipped);
    QSignalSpy failed(m_context.get(), &Ui::CommandContext::failed);

    m_stack->push(new Ui::EditRecordCommand(m_context.get(), before, after));
    // Written right after the command, in the same millisecond if the machine is fast.
    changeStreetElsewhere(id, QStringLiteral("Rue Coenraets 74"));
    m_stack->undo();

    QCOMPARE(stored(id).street, QStringLiteral("Rue Coenraets 74"));
    QCOMPARE(skipped.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(skipped.at(0).at(0).toString(),
             QStringLiteral("Undo of Edit Smart skipped: \"Smart\" was changed in another window "
                            "or by an import since then, so it was left as it is."));
    // The obsolete command is dropped, so a second undo has nothing to undo.
    QCOMPARE(m_stack->count(), 0);
}

void tst_UndoCommands::editRedoKeepsOtherChange()
{
    const QString id = insertOrganisation(QStringLiteral("Febecoop"));
    const Core::Organisation before = stored(id);
    Core::Organisation after = before;
    after.street = QStringLiteral("Rue Haute 9");
    QSignalSpy skipped(m_context.get(), &Ui::CommandContext::skipped);

    m_stack->push(new Ui::EditRecordCommand(m_context.get(), before, after));
    m_stack->undo();
    QCOMPARE(stored(id).street, QStringLiteral("Rue Haute 1"));
    changeStreetElsewhere(id, QStringLiteral("Rue Haute 5"));
    m_stack->redo();

    QCOMPARE(stored(id).street, QStringLiteral("Rue Haute 5"));
    QCOMPARE(skipped.count(), 1);
    QCOMPARE(m_stack->count(), 0);
}

void tst_UndoCommands::createUndoKeepsOtherChange()
{
    Core::Organisation org;
    org.name = QStringLiteral("Bees Coop");
    QSignalSpy skipped(m_context.get(), &Ui::CommandContext::skipped);
    auto *command = new Ui::CreateRecordCommand(m_context.get(), org, QStringLiteral("New"));
    m_stack->push(command);
    const QString id = command->createdId();
    QVERIFY(!id.isEmpty());

    changeStreetElsewhere(id, QStringLiteral("Rue Van Hammée 19"));
    m_stack->undo();

    const Core::Organisation after = stored(id);
    QCOMPARE(after.meta.deleted, false);
    QCOMPARE(after.street, QStringLiteral("Rue Van Hammée 19"));
    QCOMPARE(skipped.count(), 1);
}

void tst_UndoCommands::deleteUndoKeepsOtherRestore()
{
    const QString id = insertOrganisation(QStringLiteral("Agricovert"));
    QSignalSpy skipped(m_context.get(), &Ui::CommandContext::skipped);
    m_stack->push(new Ui::DeleteRecordCommand(
        m_context.get(), Core::RecordKind::Organisation, id, QStringLiteral("Agricovert")));
    QCOMPARE(stored(id).meta.deleted, true);

    // Another window restores and edits the record.
    QVERIFY(m_other->restore({id}).ok());
    changeStreetElsewhere(id, QStringLiteral("Rue du Marché 3"));
    m_stack->undo();
    QCOMPARE(skipped.count(), 1);
    QCOMPARE(stored(id).street, QStringLiteral("Rue du Marché 3"));
    QCOMPARE(stored(id).meta.deleted, false);
}

void tst_UndoCommands::fastEditsGetNewerTimestamps()
{
    const QString id = insertOrganisation(QStringLiteral("Cooperative City"));
    QDateTime previous = stored(id).meta.updatedAt;
    // Many writes in a row fall within one millisecond on a fast machine.
    for (int i = 0; i < 20; ++i) {
        Core::Organisation org = stored(id);
        org.street = QStringLiteral("Rue %1").arg(i);
        QVERIFY(m_store->updateOrganisation(org).ok());
        const QDateTime current = stored(id).meta.updatedAt;
        QVERIFY2(current > previous,
                 qPrintable(current.toString(Qt::ISODateWithMs) + u" <= "
                            + previous.toString(Qt::ISODateWithMs)));
        previous = current;
    }
}

QTEST_MAIN(tst_UndoCommands)
#include "tst_undocommands.moc"
