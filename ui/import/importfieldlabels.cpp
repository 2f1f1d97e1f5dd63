// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importfieldlabels.h"

#include <QCoreApplication>
#include <QHash>

namespace CoopAtlas::Ui {

QString importFieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Name")},
        {QStringLiteral("legalForm"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Legal form")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Kind")},
        {QStringLiteral("description"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Description")},
        {QStringLiteral("street"), QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Street")},
        {QStringLiteral("houseNumber"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "House number")},
        {QStringLiteral("postcode"), QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Postcode")},
        {QStringLiteral("locality"), QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Locality")},
        {QStringLiteral("commune"), QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Commune")},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Country")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "E-mail")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Phone")},
        {QStringLiteral("website"), QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Website")},
        {QStringLiteral("founded"), QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Founded")},
        {QStringLiteral("closed"), QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Closed")},
        {QStringLiteral("stage"), QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Stage")},
        {QStringLiteral("sectors"), QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Sectors")},
        {QStringLiteral("tags"), QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Tags")},
        {QStringLiteral("languages"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Languages")},
        {QStringLiteral("language"), QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Language")},
        {QStringLiteral("memberCount"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Member count")},
        {QStringLiteral("cooperativeModel"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Cooperative model")},
        {QStringLiteral("extra"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Custom field (kept as is)")},
        {QStringLiteral("ignore"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "(not imported)")},
        {QStringLiteral("formattedName"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Full name")},
        {QStringLiteral("givenName"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Given name")},
        {QStringLiteral("additionalNames"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Additional names")},
        {QStringLiteral("familyName"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Family name")},
        {QStringLiteral("prefix"), QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Prefix")},
        {QStringLiteral("suffix"), QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Suffix")},
        {QStringLiteral("nickname"), QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Nickname")},
        {QStringLiteral("organisationName"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Organisation")},
        {QStringLiteral("department"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Department")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Title")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Role")},
        {QStringLiteral("birthday"), QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Birthday")},
        {QStringLiteral("birthYear"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Birth year")},
        {QStringLiteral("birthMonth"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Birth month")},
        {QStringLiteral("birthDay"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Birth day of month")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Notes")},
        {QStringLiteral("address.street"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Address: street")},
        {QStringLiteral("address.street2"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Address: street, second line")},
        {QStringLiteral("address.locality"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Address: locality")},
        {QStringLiteral("address.region"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Address: region")},
        {QStringLiteral("address.postcode"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Address: postcode")},
        {QStringLiteral("address.country"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Address: country")},
        {QStringLiteral("address.poBox"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Address: PO box")},
        {QStringLiteral("address.extended"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Address: extended")},
        {QStringLiteral("address.label"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Address: label")},
        {QStringLiteral("address.type"),
         QT_TRANSLATE_NOOP("CoopAtlas::Ui::ImportFields", "Address: type")},
    };
    const auto it = labels.constFind(key);
    return it == labels.constEnd()
               ? key
               : QCoreApplication::translate("CoopAtlas::Ui::ImportFields", it.value());
}

} // namespace CoopAtlas::Ui
