// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/detail/personform.h>

#include <QBuffer>
#include <QImage>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace CoopAtlas;

namespace {

QByteArray pngOf(const QColor &colour)
{
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

Core::Person personWithPhoto(const QByteArray &photo)
{
    Core::Person person;
    person.meta.id = QStringLiteral("01890000-0000-7000-8000-000000000001");
    person.formattedName = QStringLiteral("Anna Kowalska");
    person.photo = photo;
    person.photoMimeType = QStringLiteral("image/png");
    return person;
}

Core::Person shownPerson(const Ui::PersonForm &form)
{
    return std::get<Core::Person>(form.record());
}

} // namespace

class tst_PersonForm : public QObject
{
    Q_OBJECT

private slots:
    void recordKeepsLoadedPhoto();
    void removePhotoClearsBytesAndType();
    void setPhotoReplacesBytes();
    void setPhotoRejectsNonImage();
};

void tst_PersonForm::recordKeepsLoadedPhoto()
{
    const QByteArray red = pngOf(Qt::red);
    Ui::PersonForm form;
    form.setRecord(personWithPhoto(red));
    QCOMPARE(shownPerson(form).photo, red);
    QCOMPARE(shownPerson(form).photoMimeType, QStringLiteral("image/png"));
}

void tst_PersonForm::removePhotoClearsBytesAndType()
{
    Ui::PersonForm form;
    form.setRecord(personWithPhoto(pngOf(Qt::red)));
    QSignalSpy edited(&form, &Ui::RecordForm::edited);
    form.removePhoto();
    QCOMPARE(edited.size(), 1);
    QVERIFY(shownPerson(form).photo.isEmpty());
    QVERIFY(shownPerson(form).photoMimeType.isEmpty());
    // Removing again changes nothing and reports no edit.
    form.removePhoto();
    QCOMPARE(edited.size(), 1);
}

void tst_PersonForm::setPhotoReplacesBytes()
{
    Ui::PersonForm form;
    form.setRecord(personWithPhoto({}));
    const QByteArray blue = pngOf(Qt::blue);
    QSignalSpy edited(&form, &Ui::RecordForm::edited);
    QVERIFY(form.setPhoto(blue, QStringLiteral("image/png")));
    QCOMPARE(edited.size(), 1);
    QCOMPARE(shownPerson(form).photo, blue);
    QCOMPARE(shownPerson(form).photoMimeType, QStringLiteral("image/png"));

    // Showing the record again drops the unsaved photo.
    form.setRecord(personWithPhoto({}));
    QVERIFY(shownPerson(form).photo.isEmpty());
}

void tst_PersonForm::setPhotoRejectsNonImage()
{
    const QByteArray red = pngOf(Qt::red);
    Ui::PersonForm form;
    form.setRecord(personWithPhoto(red));
    QSignalSpy edited(&form, &Ui::RecordForm::edited);
    QVERIFY(!form.setPhoto(QByteArrayLiteral("not an image at all"), QStringLiteral("text/plain")));
    QCOMPARE(edited.size(), 0);
    QCOMPARE(shownPerson(form).photo, red);
}

QTEST_MAIN(tst_PersonForm)
#include "tst_personform.moc"
