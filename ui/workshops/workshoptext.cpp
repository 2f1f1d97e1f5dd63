// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshoptext.h"

#include <core/storage/store.h>
#include <ui/models/termlabels.h>

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace CoopAtlas::Ui {

namespace {

// A class, not a helper function, so that lupdate files its strings under its context.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(CoopAtlas::Ui::WorkshopText)
};

} // namespace

QString workshopWhenText(const Core::Workshop &workshop)
{
    const QLocale locale;
    const QTimeZone zone(workshop.timeZone.toUtf8());
    const QTimeZone shownZone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    const QDateTime start = workshop.start.toTimeZone(shownZone);
    const QDateTime end = workshop.end.toTimeZone(shownZone);
    const QString dayFormat = QStringLiteral("ddd d MMM yyyy");
    if (workshop.allDay) {
        if (start.date() == end.date())
            return locale.toString(start.date(), dayFormat);
        return Text::tr("%1 – %2", "first and last day")
            .arg(locale.toString(start.date(), dayFormat), locale.toString(end.date(), dayFormat));
    }
    const QString timeFormat = QStringLiteral("HH:mm");
    QString text;
    if (start.date() == end.date()) {
        text = Text::tr("%1, %2–%3", "day, start time, end time")
                   .arg(locale.toString(start.date(), dayFormat),
                        locale.toString(start.time(), timeFormat),
                        locale.toString(end.time(), timeFormat));
    } else {
        text = Text::tr("%1 %2 – %3 %4", "start day and time, end day and time")
                   .arg(locale.toString(start.date(), dayFormat),
                        locale.toString(start.time(), timeFormat),
                        locale.toString(end.date(), dayFormat),
                        locale.toString(end.time(), timeFormat));
    }
    if (shownZone != QTimeZone::systemTimeZone())
        text += Text::tr(" (%1)", "time zone id").arg(QString::fromUtf8(shownZone.id()));
    return text;
}

QHash<QString, QString> workshopThemeLabels(const Core::Store &store)
{
    QHash<QString, QString> labels;
    const auto terms = store.terms(QLatin1String(Core::Vocabulary::WorkshopTheme));
    if (!terms)
        return labels;
    const QString language = TermLabels::uiLanguage();
    for (const Core::TaxonomyTerm &term : terms.value())
        labels.insert(term.key, term.label(language));
    return labels;
}

QString registrationText(const QString &registration, int waitingPosition)
{
    if (registration == QLatin1String("waiting") && waitingPosition > 0)
        return Text::tr("Waiting (position %1)").arg(waitingPosition);
    return Core::ActivityKeys::label(registration);
}

} // namespace CoopAtlas::Ui
