// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/sync/merge.h>

#include <QJsonArray>
#include <QTest>

using namespace CoopAtlas::Core;

namespace {

QJsonObject baseDocument()
{
    return {
        {QStringLiteral("_id"),
         QStringLiteral("organisation:0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b")},
        {QStringLiteral("_rev"), QStringLiteral("1-base")},
        {QStringLiteral("type"), QStringLiteral("organisation")},
        {QStringLiteral("schema"), 1},
        {QStringLiteral("name"), QStringLiteral("Coopérative Lumière")},
        {QStringLiteral("stage"), QStringLiteral("idea")},
        {QStringLiteral("locality"), QStringLiteral("Ixelles")},
        {QStringLiteral("tags"), QJsonArray{QStringLiteral("énergie")}},
        {QStringLiteral("emails"),
         QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("a@example.org")}}}},
        {QStringLiteral("extra"),
         QJsonObject{{QStringLiteral("siret"), QStringLiteral("1")},
                     {QStringLiteral("color"), QStringLiteral("green")}}},
        {QStringLiteral("deleted"), false},
        {QStringLiteral("created_at"), QStringLiteral("2026-01-01T10:00:00.000Z")},
        {QStringLiteral("created_by"), QStringLiteral("Ann")},
        {QStringLiteral("updated_at"), QStringLiteral("2026-01-01T10:00:00.000Z")},
        {QStringLiteral("updated_by"), QStringLiteral("Ann")},
    };
}

QJsonObject edited(QJsonObject document, const QString &field, const QJsonValue &value)
{
    document.insert(field, value);
    return document;
}

QJsonObject editedExtra(QJsonObject document, const QString &key, const QJsonValue &value)
{
    QJsonObject extra = document.value(QStringLiteral("extra")).toObject();
    if (value.isUndefined()) {
        extra.remove(key);
    } else {
        extra.insert(key, value);
    }
    document.insert(QStringLiteral("extra"), extra);
    return document;
}

} // namespace

class tst_Merge : public QObject
{
    Q_OBJECT

private slots:
    void unchangedSidesGiveBase();
    void localOnlyChangeWins();
    void remoteOnlyChangeWins();
    void differentFieldsBothKept();
    void sameValueBothSidesIsClean();
    void differentValuesConflict();
    void listComparedAsWholeValue();
    void contactListsConflictAsWhole();
    void fieldRemovedOnOneSide();
    void extraMergedKeyByKey();
    void extraSameKeyConflicts();
    void extraKeyRemovedOnOneSide();
    void bookkeepingNeverConflicts();
    void deletionAgainstEditConflicts();
    void editAgainstDeletionConflicts();
    void deletionOnBothSidesIsClean();
    void deletionWithoutRemoteEditIsClean();
    void emptyBaseEqualSidesIsClean();
    void emptyBaseDifferentFieldConflicts();
    void underscoreFieldsLeftOut();
    void takingLocalKeepsRemoteOnlyChanges();
    void takingRemoteKeepsLocalOnlyChanges();
    void takingRemoteDecidesExtraKeyAndDeletion();
    void idSetsMergeAsSets_data();
    void idSetsMergeAsSets();
    void idSetAgainstScalarConflicts();
    void fileFieldsMergeAsOneValue();
    void differentFilesConflictOnAllFields();
    void renameAgainstReplacementConflicts();
};

void tst_Merge::unchangedSidesGiveBase()
{
    const MergeResult result = mergeDocuments(baseDocument(), baseDocument(), baseDocument());
    QVERIFY(result.isClean());
    QCOMPARE(result.merged, baseDocument());
}

void tst_Merge::localOnlyChangeWins()
{
    const QJsonObject local
        = edited(baseDocument(), QStringLiteral("stage"), QStringLiteral("launched"));
    const MergeResult result = mergeDocuments(baseDocument(), local, baseDocument());
    QVERIFY(result.isClean());
    QCOMPARE(result.merged.value(QStringLiteral("stage")).toString(), QStringLiteral("launched"));
    QCOMPARE(result.merged.value(QStringLiteral("name")).toString(),
             QStringLiteral("Coopérative Lumière"));
}

void tst_Merge::remoteOnlyChangeWins()
{
    const QJsonObject remote
        = edited(baseDocument(), QStringLiteral("locality"), QStringLiteral("Etterbeek"));
    const MergeResult result = mergeDocuments(baseDocument(), baseDocument(), remote);
    QVERIFY(result.isClean());
    QCOMPARE(result.merged.value(QStringLiteral("locality")).toString(),
             QStringLiteral("Etterbeek"));
}

void tst_Merge::differentFieldsBothKept()
{
    const QJsonObject local
        = edited(baseDocument(), QStringLiteral("stage"), QStringLiteral("launched"));
    const QJsonObject remote
        = edited(baseDocument(), QStringLiteral("locality"), QStringLiteral("Etterbeek"));
    const MergeResult result = mergeDocuments(baseDocument(), local, remote);
    QVERIFY(result.isClean());
    QCOMPARE(result.merged.value(QStringLiteral("stage")).toString(), QStringLiteral("launched"));
    QCOMPARE(result.merged.value(QStringLiteral("locality")).toString(),
             QStringLiteral("Etterbeek"));
}

void tst_Merge::sameValueBothSidesIsClean()
{
    const QJsonObject local
        = edited(baseDocument(), QStringLiteral("name"), QStringLiteral("Lumière SC"));
    const QJsonObject remote
        = edited(baseDocument(), QStringLiteral("name"), QStringLiteral("Lumière SC"));
    const MergeResult result = mergeDocuments(baseDocument(), local, remote);
    QVERIFY(result.isClean());
    QCOMPARE(result.merged.value(QStringLiteral("name")).toString(), QStringLiteral("Lumière SC"));
}

void tst_Merge::differentValuesConflict()
{
    const QJsonObject local
        = edited(baseDocument(), QStringLiteral("name"), QStringLiteral("Lumière SC"));
    const QJsonObject remote
        = edited(baseDocument(), QStringLiteral("name"), QStringLiteral("Lumière ASBL"));
    const MergeResult result = mergeDocuments(baseDocument(), local, remote);
    QCOMPARE(result.conflicts, QStringList{QStringLiteral("name")});
    QCOMPARE(result.merged.value(QStringLiteral("name")).toString(), QStringLiteral("Lumière SC"));
}

void tst_Merge::listComparedAsWholeValue()
{
    const QJsonObject local
        = edited(baseDocument(),
                 QStringLiteral("tags"),
                 QJsonArray{QStringLiteral("énergie"), QStringLiteral("solaire")});
    const QJsonObject remote
        = edited(baseDocument(),
                 QStringLiteral("tags"),
                 QJsonArray{QStringLiteral("énergie"), QStringLiteral("éolien")});
    const MergeResult result = mergeDocuments(baseDocument(), local, remote);
    QCOMPARE(result.conflicts, QStringList{QStringLiteral("tags")});
    QCOMPARE(result.merged.value(QStringLiteral("tags")).toArray(),
             (QJsonArray{QStringLiteral("énergie"), QStringLiteral("solaire")}));
}

void tst_Merge::contactListsConflictAsWhole()
{
    const QJsonArray localEmails{
        QJsonObject{{QStringLiteral("value"), QStringLiteral("b@example.org")}}};
    const QJsonArray remoteEmails{
        QJsonObject{{QStringLiteral("value"), QStringLiteral("a@example.org")},
                    {QStringLiteral("primary"), true}}};
    const MergeResult result
        = mergeDocuments(baseDocument(),
                         edited(baseDocument(), QStringLiteral("emails"), localEmails),
                         edited(baseDocument(), QStringLiteral("emails"), remoteEmails));
    QCOMPARE(result.conflicts, QStringList{QStringLiteral("emails")});

    const MergeResult oneSide
        = mergeDocuments(baseDocument(),
                         baseDocument(),
                         edited(baseDocument(), QStringLiteral("emails"), remoteEmails));
    QVERIFY(oneSide.isClean());
    QCOMPARE(oneSide.merged.value(QStringLiteral("emails")).toArray(), remoteEmails);
}

void tst_Merge::fieldRemovedOnOneSide()
{
    QJsonObject remote = baseDocument();
    remote.remove(QStringLiteral("locality"));
    const QJsonObject local
        = edited(baseDocument(), QStringLiteral("stage"), QStringLiteral("launched"));
    const MergeResult result = mergeDocuments(baseDocument(), local, remote);
    QVERIFY(result.isClean());
    QVERIFY(!result.merged.contains(QStringLiteral("locality")));
    QCOMPARE(result.merged.value(QStringLiteral("stage")).toString(), QStringLiteral("launched"));
}

void tst_Merge::extraMergedKeyByKey()
{
    const QJsonObject local
        = editedExtra(baseDocument(), QStringLiteral("siret"), QStringLiteral("2"));
    const QJsonObject remote
        = editedExtra(baseDocument(), QStringLiteral("color"), QStringLiteral("blue"));
    const MergeResult result = mergeDocuments(baseDocument(), local, remote);
    QVERIFY(result.isClean());
    const QJsonObject extra = result.merged.value(QStringLiteral("extra")).toObject();
    QCOMPARE(extra.value(QStringLiteral("siret")).toString(), QStringLiteral("2"));
    QCOMPARE(extra.value(QStringLiteral("color")).toString(), QStringLiteral("blue"));
    QCOMPARE(extra.size(), 2);
}

void tst_Merge::extraSameKeyConflicts()
{
    const QJsonObject local
        = editedExtra(baseDocument(), QStringLiteral("color"), QStringLiteral("red"));
    const QJsonObject remote
        = editedExtra(editedExtra(baseDocument(), QStringLiteral("color"), QStringLiteral("blue")),
                      QStringLiteral("size"),
                      3);
    const MergeResult result = mergeDocuments(baseDocument(), local, remote);
    QCOMPARE(result.conflicts, QStringList{QStringLiteral("extra.color")});
    const QJsonObject extra = result.merged.value(QStringLiteral("extra")).toObject();
    QCOMPARE(extra.value(QStringLiteral("color")).toString(), QStringLiteral("red"));
    QCOMPARE(extra.value(QStringLiteral("size")).toInt(), 3);
}

void tst_Merge::extraKeyRemovedOnOneSide()
{
    const QJsonObject local
        = editedExtra(baseDocument(), QStringLiteral("color"), QJsonValue::Undefined);
    const QJsonObject remote
        = editedExtra(baseDocument(), QStringLiteral("siret"), QStringLiteral("9"));
    const MergeResult result = mergeDocuments(baseDocument(), local, remote);
    QVERIFY(result.isClean());
    const QJsonObject extra = result.merged.value(QStringLiteral("extra")).toObject();
    QVERIFY(!extra.contains(QStringLiteral("color")));
    QCOMPARE(extra.value(QStringLiteral("siret")).toString(), QStringLiteral("9"));
}

void tst_Merge::bookkeepingNeverConflicts()
{
    QJsonObject local = baseDocument();
    local.insert(QStringLiteral("updated_at"), QStringLiteral("2026-03-01T08:00:00.000Z"));
    local.insert(QStringLiteral("updated_by"), QStringLiteral("Local"));
    local.insert(QStringLiteral("created_at"), QStringLiteral("2026-01-01T09:00:00.000Z"));
    local.insert(QStringLiteral("created_by"), QStringLiteral("Early"));
    QJsonObject remote = baseDocument();
    remote.insert(QStringLiteral("_rev"), QStringLiteral("2-remote"));
    remote.insert(QStringLiteral("updated_at"), QStringLiteral("2026-02-01T08:00:00.000Z"));
    remote.insert(QStringLiteral("updated_by"), QStringLiteral("Remote"));
    const MergeResult result = mergeDocuments(baseDocument(), local, remote);
    QVERIFY(result.isClean());
    QCOMPARE(result.merged.value(QStringLiteral("_rev")).toString(), QStringLiteral("2-remote"));
    QCOMPARE(result.merged.value(QStringLiteral("updated_at")).toString(),
             QStringLiteral("2026-03-01T08:00:00.000Z"));
    QCOMPARE(result.merged.value(QStringLiteral("updated_by")).toString(), QStringLiteral("Local"));
    QCOMPARE(result.merged.value(QStringLiteral("created_at")).toString(),
             QStringLiteral("2026-01-01T09:00:00.000Z"));
    QCOMPARE(result.merged.value(QStringLiteral("created_by")).toString(), QStringLiteral("Early"));
    QCOMPARE(result.merged.value(QStringLiteral("_id")),
             baseDocument().value(QStringLiteral("_id")));
}

void tst_Merge::deletionAgainstEditConflicts()
{
    const QJsonObject local = edited(baseDocument(), QStringLiteral("deleted"), true);
    const QJsonObject remote
        = edited(baseDocument(), QStringLiteral("stage"), QStringLiteral("scaling"));
    const MergeResult result = mergeDocuments(baseDocument(), local, remote);
    QCOMPARE(result.conflicts, QStringList{QStringLiteral("deleted")});
    QCOMPARE(result.merged.value(QStringLiteral("deleted")), QJsonValue(true));
}

void tst_Merge::editAgainstDeletionConflicts()
{
    const QJsonObject local
        = editedExtra(baseDocument(), QStringLiteral("color"), QStringLiteral("red"));
    const QJsonObject remote = edited(baseDocument(), QStringLiteral("deleted"), true);
    const MergeResult result = mergeDocuments(baseDocument(), local, remote);
    QCOMPARE(result.conflicts, QStringList{QStringLiteral("deleted")});
    QCOMPARE(result.merged.value(QStringLiteral("deleted")), QJsonValue(false));
}

void tst_Merge::deletionOnBothSidesIsClean()
{
    const QJsonObject local = edited(baseDocument(), QStringLiteral("deleted"), true);
    const QJsonObject remote = edited(baseDocument(), QStringLiteral("deleted"), true);
    const MergeResult result = mergeDocuments(baseDocument(), local, remote);
    QVERIFY(result.isClean());
    QCOMPARE(result.merged.value(QStringLiteral("deleted")), QJsonValue(true));
}

void tst_Merge::deletionWithoutRemoteEditIsClean()
{
    const QJsonObject local = edited(baseDocument(), QStringLiteral("deleted"), true);
    QJsonObject remote = baseDocument();
    remote.insert(QStringLiteral("_rev"), QStringLiteral("2-touch"));
    remote.insert(QStringLiteral("updated_at"), QStringLiteral("2026-02-01T08:00:00.000Z"));
    const MergeResult result = mergeDocuments(baseDocument(), local, remote);
    QVERIFY(result.isClean());
    QCOMPARE(result.merged.value(QStringLiteral("deleted")), QJsonValue(true));
}

void tst_Merge::emptyBaseEqualSidesIsClean()
{
    QJsonObject remote = baseDocument();
    remote.insert(QStringLiteral("created_by"), QStringLiteral("Other desktop"));
    remote.insert(QStringLiteral("created_at"), QStringLiteral("2026-01-02T10:00:00.000Z"));
    QJsonObject local = baseDocument();
    local.remove(QStringLiteral("_rev"));
    const MergeResult result = mergeDocuments({}, local, remote);
    QVERIFY(result.isClean());
    QCOMPARE(result.merged.value(QStringLiteral("_rev")).toString(), QStringLiteral("1-base"));
    QCOMPARE(result.merged.value(QStringLiteral("created_by")).toString(), QStringLiteral("Ann"));
}

void tst_Merge::emptyBaseDifferentFieldConflicts()
{
    const QJsonObject local
        = edited(baseDocument(), QStringLiteral("stage"), QStringLiteral("launched"));
    QJsonObject remote = baseDocument();
    remote.remove(QStringLiteral("locality"));
    const MergeResult result = mergeDocuments({}, local, remote);
    QCOMPARE(result.conflicts, QStringList{QStringLiteral("stage")});
    QCOMPARE(result.merged.value(QStringLiteral("locality")).toString(), QStringLiteral("Ixelles"));
}

void tst_Merge::underscoreFieldsLeftOut()
{
    QJsonObject remote = baseDocument();
    remote.insert(QStringLiteral("_conflicts"), QJsonArray{QStringLiteral("1-other")});
    remote.insert(QStringLiteral("_deleted"), false);
    const MergeResult result = mergeDocuments(baseDocument(), baseDocument(), remote);
    QVERIFY(result.isClean());
    QVERIFY(!result.merged.contains(QStringLiteral("_conflicts")));
    QVERIFY(!result.merged.contains(QStringLiteral("_deleted")));
}

void tst_Merge::takingLocalKeepsRemoteOnlyChanges()
{
    const QJsonObject local
        = edited(edited(baseDocument(), QStringLiteral("name"), QStringLiteral("Name here")),
                 QStringLiteral("stage"),
                 QStringLiteral("active"));
    const QJsonObject remote
        = edited(edited(baseDocument(), QStringLiteral("name"), QStringLiteral("Name there")),
                 QStringLiteral("locality"),
                 QStringLiteral("Gent"));
    const QJsonObject resolved
        = resolveConflictingFields(baseDocument(), local, remote, ConflictSide::Local);
    QCOMPARE(resolved.value(QStringLiteral("name")).toString(), QStringLiteral("Name here"));
    QCOMPARE(resolved.value(QStringLiteral("locality")).toString(), QStringLiteral("Gent"));
    QCOMPARE(resolved.value(QStringLiteral("stage")).toString(), QStringLiteral("active"));
}

void tst_Merge::takingRemoteKeepsLocalOnlyChanges()
{
    const QJsonObject local
        = edited(edited(baseDocument(), QStringLiteral("name"), QStringLiteral("Name here")),
                 QStringLiteral("stage"),
                 QStringLiteral("active"));
    const QJsonObject remote
        = edited(edited(baseDocument(), QStringLiteral("name"), QStringLiteral("Name there")),
                 QStringLiteral("locality"),
                 QStringLiteral("Gent"));
    const QJsonObject resolved
        = resolveConflictingFields(baseDocument(), local, remote, ConflictSide::Remote);
    QCOMPARE(resolved.value(QStringLiteral("name")).toString(), QStringLiteral("Name there"));
    QCOMPARE(resolved.value(QStringLiteral("locality")).toString(), QStringLiteral("Gent"));
    QCOMPARE(resolved.value(QStringLiteral("stage")).toString(), QStringLiteral("active"));
}

void tst_Merge::takingRemoteDecidesExtraKeyAndDeletion()
{
    const QJsonObject local = editedExtra(edited(baseDocument(), QStringLiteral("deleted"), true),
                                          QStringLiteral("color"),
                                          QStringLiteral("red"));
    const QJsonObject remote
        = editedExtra(edited(baseDocument(), QStringLiteral("stage"), QStringLiteral("closed")),
                      QStringLiteral("color"),
                      QJsonValue::Undefined);
    const QJsonObject resolved
        = resolveConflictingFields(baseDocument(), local, remote, ConflictSide::Remote);
    const QJsonObject extra = resolved.value(QStringLiteral("extra")).toObject();
    QVERIFY(!extra.contains(QStringLiteral("color")));
    QCOMPARE(extra.value(QStringLiteral("siret")).toString(), QStringLiteral("1"));
    QCOMPARE(resolved.value(QStringLiteral("deleted")).toBool(), false);
    QCOMPARE(resolved.value(QStringLiteral("stage")).toString(), QStringLiteral("closed"));
}

namespace {

QJsonArray ids(std::initializer_list<const char *> values)
{
    QJsonArray array;
    for (const char *value : values) {
        array.append(QString::fromLatin1(value));
    }
    return array;
}

} // namespace

void tst_Merge::idSetsMergeAsSets_data()
{
    QTest::addColumn<QJsonValue>("base");
    QTest::addColumn<QJsonValue>("local");
    QTest::addColumn<QJsonValue>("remote");
    QTest::addColumn<QJsonArray>("expected");
    const QJsonArray abc = ids({"a", "b", "c"});
    QTest::newRow("unchanged") << QJsonValue(abc) << QJsonValue(abc) << QJsonValue(abc) << abc;
    QTest::newRow("additions on both sides, local first")
        << QJsonValue(abc) << QJsonValue(ids({"a", "b", "c", "l"}))
        << QJsonValue(ids({"r", "a", "b", "c"})) << ids({"a", "b", "c", "l", "r"});
    QTest::newRow("removals on both sides") << QJsonValue(abc) << QJsonValue(ids({"b", "c"}))
                                            << QJsonValue(ids({"a", "b"})) << ids({"b"});
    QTest::newRow("removal against addition")
        << QJsonValue(abc) << QJsonValue(ids({"a", "c"})) << QJsonValue(ids({"a", "b", "c", "d"}))
        << ids({"a", "c", "d"});
    QTest::newRow("same addition on both sides once")
        << QJsonValue(abc) << QJsonValue(ids({"a", "b", "c", "d"}))
        << QJsonValue(ids({"d", "a", "b", "c"})) << ids({"a", "b", "c", "d"});
    QTest::newRow("reordered local keeps base order")
        << QJsonValue(abc) << QJsonValue(ids({"c", "b", "a"}))
        << QJsonValue(ids({"a", "b", "c", "e"})) << ids({"a", "b", "c", "e"});
    QTest::newRow("everything removed on one side")
        << QJsonValue(abc) << QJsonValue(QJsonArray()) << QJsonValue(ids({"a", "b", "c", "e"}))
        << ids({"e"});
    QTest::newRow("field new on both sides")
        << QJsonValue(QJsonValue::Undefined) << QJsonValue(ids({"a"}))
        << QJsonValue(ids({"b", "a"})) << ids({"a", "b"});
    QTest::newRow("null base") << QJsonValue(QJsonValue::Null) << QJsonValue(ids({"a"}))
                               << QJsonValue(ids({"b"})) << ids({"a", "b"});
}

void tst_Merge::idSetsMergeAsSets()
{
    QFETCH(QJsonValue, base);
    QFETCH(QJsonValue, local);
    QFETCH(QJsonValue, remote);
    QFETCH(QJsonArray, expected);
    const QString field = QStringLiteral("organiser_ids");
    QJsonObject baseVersion = baseDocument();
    if (base.isUndefined()) {
        baseVersion.remove(field);
    } else {
        baseVersion.insert(field, base);
    }
    const QJsonObject localVersion = edited(
        edited(baseDocument(), field, local), QStringLiteral("stage"), QStringLiteral("launched"));
    const QJsonObject remoteVersion = edited(baseDocument(), field, remote);
    const MergeResult result = mergeDocuments(baseVersion, localVersion, remoteVersion);
    QCOMPARE(result.conflicts, QStringList());
    QCOMPARE(result.merged.value(field).toArray(), expected);
    QCOMPARE(result.merged.value(QStringLiteral("stage")).toString(), QStringLiteral("launched"));
    // The same merge with the sides swapped has the same ids, remote additions first.
    const MergeResult swapped = mergeDocuments(baseVersion, remoteVersion, localVersion);
    QCOMPARE(swapped.conflicts, QStringList());
    QCOMPARE(swapped.merged.value(field).toArray().size(), expected.size());
    for (const QJsonValue &id : expected) {
        QVERIFY2(swapped.merged.value(field).toArray().contains(id), qPrintable(id.toString()));
    }
}

void tst_Merge::idSetAgainstScalarConflicts()
{
    // A side without an array is not a set, so the field merges as one value.
    const QString field = QStringLiteral("organiser_ids");
    const QJsonObject base = edited(baseDocument(), field, ids({"a"}));
    const QJsonObject local = edited(baseDocument(), field, ids({"a", "b"}));
    const QJsonObject remote = edited(baseDocument(), field, QStringLiteral("a"));
    const MergeResult result = mergeDocuments(base, local, remote);
    QCOMPARE(result.conflicts, QStringList{field});
    QCOMPARE(result.merged.value(field).toArray(), ids({"a", "b"}));
    // A field that only ends in "ids" without the underscore is one value too.
    const MergeResult plain
        = mergeDocuments(edited(baseDocument(), QStringLiteral("pids"), ids({"a"})),
                         edited(baseDocument(), QStringLiteral("pids"), ids({"a", "b"})),
                         edited(baseDocument(), QStringLiteral("pids"), ids({"a", "c"})));
    QCOMPARE(plain.conflicts, QStringList{QStringLiteral("pids")});
}

namespace {

/// A resource document with the file fields of `name` and `sha256`.
QJsonObject resourceWithFile(const QString &name, const QString &sha256, qint64 size)
{
    return QJsonObject{{QStringLiteral("_id"), QStringLiteral("resource:1")},
                       {QStringLiteral("title"), QStringLiteral("Statuts")},
                       {QStringLiteral("file_name"), name},
                       {QStringLiteral("file_mime_type"), QStringLiteral("application/pdf")},
                       {QStringLiteral("file_size"), size},
                       {QStringLiteral("file_sha256"), sha256}};
}

} // namespace

void tst_Merge::fileFieldsMergeAsOneValue()
{
    const QJsonObject base = resourceWithFile(QStringLiteral("a.pdf"), QStringLiteral("aa"), 10);
    const QJsonObject local = resourceWithFile(QStringLiteral("b.pdf"), QStringLiteral("bb"), 20);
    const QJsonObject remote
        = edited(base, QStringLiteral("title"), QStringLiteral("Statuts 2026"));
    const MergeResult merge = mergeDocuments(base, local, remote);
    QVERIFY(merge.isClean());
    QCOMPARE(merge.merged.value(QStringLiteral("file_name")).toString(), QStringLiteral("b.pdf"));
    QCOMPARE(merge.merged.value(QStringLiteral("file_sha256")).toString(), QStringLiteral("bb"));
    QCOMPARE(merge.merged.value(QStringLiteral("file_size")).toInteger(), 20);
    QCOMPARE(merge.merged.value(QStringLiteral("title")).toString(),
             QStringLiteral("Statuts 2026"));
}

void tst_Merge::differentFilesConflictOnAllFields()
{
    const QJsonObject base = resourceWithFile(QStringLiteral("a.pdf"), QStringLiteral("aa"), 10);
    const QJsonObject local = resourceWithFile(QStringLiteral("b.pdf"), QStringLiteral("bb"), 20);
    const QJsonObject remote = resourceWithFile(QStringLiteral("c.pdf"), QStringLiteral("cc"), 30);
    const MergeResult merge = mergeDocuments(base, local, remote);
    QCOMPARE(merge.conflicts,
             QStringList({QStringLiteral("file_mime_type"),
                          QStringLiteral("file_name"),
                          QStringLiteral("file_sha256"),
                          QStringLiteral("file_size")}));
    QCOMPARE(merge.merged.value(QStringLiteral("file_name")).toString(), QStringLiteral("b.pdf"));
    const QJsonObject resolved
        = resolveConflictingFields(base, local, remote, ConflictSide::Remote);
    QCOMPARE(resolved.value(QStringLiteral("file_name")).toString(), QStringLiteral("c.pdf"));
    QCOMPARE(resolved.value(QStringLiteral("file_sha256")).toString(), QStringLiteral("cc"));
    QCOMPARE(resolved.value(QStringLiteral("file_size")).toInteger(), 30);
}

void tst_Merge::renameAgainstReplacementConflicts()
{
    // Field by field, this would pair the local name with the remote bytes.
    const QJsonObject base = resourceWithFile(QStringLiteral("a.pdf"), QStringLiteral("aa"), 10);
    const QJsonObject local = edited(base, QStringLiteral("file_name"), QStringLiteral("b.pdf"));
    QJsonObject remote = edited(base, QStringLiteral("file_sha256"), QStringLiteral("cc"));
    remote = edited(remote, QStringLiteral("file_size"), 30);
    const MergeResult merge = mergeDocuments(base, local, remote);
    QCOMPARE(merge.conflicts.size(), 4);
    QCOMPARE(merge.merged.value(QStringLiteral("file_name")).toString(), QStringLiteral("b.pdf"));
    QCOMPARE(merge.merged.value(QStringLiteral("file_sha256")).toString(), QStringLiteral("aa"));
}

QTEST_GUILESS_MAIN(tst_Merge)
#include "tst_merge.moc"
