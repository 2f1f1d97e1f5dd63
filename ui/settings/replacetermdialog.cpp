// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replacetermdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <limits>

namespace CoopAtlas::Ui {

ReplaceTermDialog::ReplaceTermDialog(const Core::TaxonomyTerm &term,
                                     qint64 usage,
                                     const QList<Core::TaxonomyTerm> &choices,
                                     const QString &language,
                                     QWidget *parent)
    : QDialog(parent)
    , m_replacement(new QComboBox(this))
    , m_replace(new QPushButton(tr("&Replace and Delete"), this))
{
    setWindowTitle(tr("Delete Term"));
    const QString name = term.label(language).isEmpty() ? term.key : term.label(language);
    auto *message
        = new QLabel(tr("\"%1\" is used by %n record(s). Choose the term that replaces it in those "
                        "records, and \"%1\" is deleted after that. Undo reverses both steps.",
                        nullptr,
                        int(qMin<qint64>(usage, std::numeric_limits<int>::max())))
                         .arg(name),
                     this);
    message->setWordWrap(true);
    message->setObjectName(QStringLiteral("message"));
    for (const Core::TaxonomyTerm &choice : choices) {
        if (choice.key != term.key)
            m_replacement->addItem(
                choice.label(language) + QStringLiteral(" (") + choice.key + u')', choice.key);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_replace, QDialogButtonBox::AcceptRole);
    m_replace->setEnabled(m_replacement->count() > 0);

    auto *form = new QFormLayout;
    form->addRow(tr("Re&place with:"), m_replacement);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(message);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ReplaceTermDialog::replacementKey() const
{
    return m_replacement->currentData().toString();
}

} // namespace CoopAtlas::Ui
