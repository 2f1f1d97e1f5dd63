// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "taxonomydialog.h"

#include <core/domain/validation.h>
#include <core/storage/store.h>
#include <ui/logging.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace CoopAtlas::Ui {

namespace {

enum Column { KeyColumn, EnglishColumn, FrenchColumn, DutchColumn, ColumnCount };

} // namespace

TermFormDialog::TermFormDialog(Core::TaxonomyTerm term, bool isNew, QWidget *parent)
    : QDialog(parent)
    , m_term(std::move(term))
    , m_key(new QLineEdit(m_term.key, this))
    , m_labelEn(new QLineEdit(m_term.labelEn, this))
    , m_labelFr(new QLineEdit(m_term.labelFr, this))
    , m_labelNl(new QLineEdit(m_term.labelNl, this))
    , m_messages(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(isNew ? tr("Add Term") : tr("Edit Term"));
    m_key->setReadOnly(!isNew);
    m_key->setObjectName(QStringLiteral("key"));
    m_labelEn->setObjectName(QStringLiteral("labelEn"));
    m_labelFr->setObjectName(QStringLiteral("labelFr"));
    m_labelNl->setObjectName(QStringLiteral("labelNl"));
    m_messages->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("&English:"), m_labelEn);
    form->addRow(tr("&French:"), m_labelFr);
    form->addRow(tr("&Dutch:"), m_labelNl);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_messages);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_key, m_labelEn, m_labelFr, m_labelNl})
        connect(edit, &QLineEdit::textChanged, this, &TermFormDialog::revalidate);
    revalidate();
}

Core::TaxonomyTerm TermFormDialog::term() const
{
    Core::TaxonomyTerm term = m_term;
    term.key = m_key->text().trimmed();
    term.labelEn = m_labelEn->text().trimmed();
    term.labelFr = m_labelFr->text().trimmed();
    term.labelNl = m_labelNl->text().trimmed();
    return term;
}

QLineEdit *TermFormDialog::labelEdit(const QString &language) const
{
    if (language == QLatin1String("fr"))
        return m_labelFr;
    if (language == QLatin1String("nl"))
        return m_labelNl;
    return m_labelEn;
}

QPushButton *TermFormDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void TermFormDialog::revalidate()
{
    const QList<Core::FieldError> errors = Core::validate(term());
    m_messages->setText(Core::joinMessages(errors));
    m_messages->setVisible(!errors.isEmpty());
    okButton()->setEnabled(errors.isEmpty());
}

TaxonomyDialog::TaxonomyDialog(Core::Store *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_vocabulary(new QComboBox(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("&Add Term..."), this))
    , m_edit(new QPushButton(tr("&Edit..."), this))
{
    setWindowTitle(tr("Taxonomies"));
    using namespace Core::Vocabulary;
    const QList<std::pair<QString, const char *>> vocabularies{
        {tr("Organisation kinds"), OrganisationKind},
        {tr("Sectors"), Sector},
        {tr("Stages"), Stage},
        {tr("Link types"), LinkType},
        {tr("Cooperative models"), CooperativeModel},
        {tr("Note kinds"), NoteKind},
    };
    for (const auto &[name, key] : vocabularies)
        m_vocabulary->addItem(name, QString::fromLatin1(key));

    m_table->setHorizontalHeaderLabels({tr("Key"), tr("English"), tr("French"), tr("Dutch")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    // Wide enough for the four columns of the longest built-in labels.
    resize(760, 460);

    auto *top = new QFormLayout;
    top->addRow(tr("&Vocabulary:"), m_vocabulary);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_vocabulary, &QComboBox::currentIndexChanged, this, &TaxonomyDialog::refresh);
    connect(m_add, &QPushButton::clicked, this, &TaxonomyDialog::addTerm);
    connect(m_edit, &QPushButton::clicked, this, &TaxonomyDialog::editTerm);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TaxonomyDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &TaxonomyDialog::editTerm);
    refresh();
}

QString TaxonomyDialog::currentVocabulary() const
{
    return m_vocabulary->currentData().toString();
}

void TaxonomyDialog::refresh()
{
    m_terms.clear();
    m_table->setRowCount(0);
    if (m_store) {
        auto terms = m_store->terms(currentVocabulary());
        if (terms.ok()) {
            m_terms = terms.value();
        } else {
            qCWarning(lcUi) << "Reading the terms of" << currentVocabulary()
                            << "failed:" << terms.error().text();
            QMessageBox::warning(this,
                                 tr("Taxonomies"),
                                 tr("Could not read the terms of \"%1\": %2\nReopen the store "
                                    "and try again.")
                                     .arg(currentVocabulary(), terms.error().text()));
        }
    }
    m_table->setRowCount(int(m_terms.size()));
    for (int row = 0; row < m_terms.size(); ++row) {
        const Core::TaxonomyTerm &term = m_terms.at(row);
        const QStringList cells{term.key, term.labelEn, term.labelFr, term.labelNl};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

void TaxonomyDialog::updateButtons()
{
    m_add->setEnabled(m_store);
    m_edit->setEnabled(m_store && m_table->currentRow() >= 0
                       && m_table->currentRow() < m_terms.size());
}

void TaxonomyDialog::addTerm()
{
    Core::TaxonomyTerm term;
    term.vocabulary = currentVocabulary();
    int last = 0;
    for (const Core::TaxonomyTerm &existing : std::as_const(m_terms))
        last = std::max(last, existing.position);
    term.position = last + 1;
    TermFormDialog form(term, true, this);
    if (form.exec() == QDialog::Accepted)
        saveTerm(form.term(), true);
}

void TaxonomyDialog::editTerm()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_terms.size())
        return;
    TermFormDialog form(m_terms.at(row), false, this);
    if (form.exec() == QDialog::Accepted)
        saveTerm(form.term(), false);
}

void TaxonomyDialog::saveTerm(const Core::TaxonomyTerm &term, bool isNew)
{
    if (!m_store)
        return;
    // TODO: push adding and editing terms on the main window's undo stack. Undoing
    // an added term needs a Store call that removes a term, and Store has none.
    Core::Error error;
    bool failed = false;
    if (isNew) {
        auto inserted = m_store->insertTerm(term);
        failed = !inserted.ok();
        if (failed)
            error = inserted.error();
    } else {
        auto updated = m_store->updateTerm(term);
        failed = !updated.ok();
        if (failed)
            error = updated.error();
    }
    if (failed) {
        qCWarning(lcUi) << "Saving the term" << term.vocabulary << term.key
                        << "failed:" << error.text();
        QMessageBox::warning(
            this,
            tr("Taxonomies"),
            tr("Could not save the term \"%1\".\n%2").arg(term.key, error.message));
    }
    refresh();
    for (int row = 0; row < m_terms.size(); ++row) {
        if (m_terms.at(row).key == term.key)
            m_table->selectRow(row);
    }
}

} // namespace CoopAtlas::Ui
