// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationlocale.h"

namespace CoopAtlas::Ui {

QLocale applicationLocale(const QString &language)
{
    if (language.isEmpty()) {
        return QLocale::system();
    }
    if (language == u"en") {
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    }
    return QLocale(language);
}

} // namespace CoopAtlas::Ui
