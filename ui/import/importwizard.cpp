// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizard.h"

#include <core/import/importjob.h>
#include <core/storage/store.h>
#include <ui/import/importduplicatespage.h>
#include <ui/import/importpreviewpage.h>
#include <ui/import/importrunpage.h>
#include <ui/logging.h>

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

ImportWizard::ImportWizard(Core::Store *store, QWidget *parent)
    : QWizard(parent)
    , m_store(store)
    , m_job(new Core::ImportJob(store ? store->database().path() : QString(), this))
    , m_previewPage(new ImportPreviewPage(this))
    , m_duplicatesPage(new ImportDuplicatesPage(this))
    , m_runPage(new ImportRunPage(this))
{
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    auto *filePage = new ImportFilePage(this);
    m_path = filePage->pathEdit();
    setPage(FilePageId, filePage);
    setPage(PreviewPageId, m_previewPage);
    setPage(DuplicatesPageId, m_duplicatesPage);
    setPage(RunPageId, m_runPage);
    resize(860, 600);
    connect(m_runPage, &ImportRunPage::imported, this, &ImportWizard::imported);
}

ImportWizard::~ImportWizard()
{
    m_job->cancel();
}

QString ImportWizard::filePath() const
{
    return m_path->text().trimmed();
}

void ImportWizard::setFilePath(const QString &path)
{
    m_path->setText(path);
}

bool ImportWizard::isVCard() const
{
    const QString suffix = QFileInfo(filePath()).suffix().toLower();
    return suffix == u"vcf" || suffix == u"vcard";
}

void ImportWizard::reject()
{
    if (m_job->isRunning()) {
        // A cancelled commit writes nothing; the run page shows the outcome.
        qCInfo(lcUiImport) << "Cancelling the import of" << filePath();
        m_job->cancel();
        return;
    }
    QWizard::reject();
}

ImportFilePage::ImportFilePage(QWidget *parent)
    : QWizardPage(parent)
    , m_path(new QLineEdit(this))
{
    setTitle(tr("Choose a File"));
    setSubTitle(tr("CSV files (comma or semicolon, UTF-8 or Windows-1252) and vCard files "
                   "(versions 2.1, 3.0 and 4.0) can be imported."));
    auto *intro = new QLabel(tr("The file is read and checked first; nothing is written to "
                                "the store before the last step."),
                             this);
    intro->setWordWrap(true);
    auto *browse = new QPushButton(tr("&Browse..."), this);
    m_path->setPlaceholderText(tr("Path of a .csv or .vcf file"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addStretch();
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

bool ImportFilePage::isComplete() const
{
    const QFileInfo info(m_path->text().trimmed());
    return info.isFile() && info.isReadable();
}

void ImportFilePage::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this,
        tr("Import File"),
        QFileInfo(m_path->text()).path(),
        tr("Contacts and directories (*.csv *.vcf *.vcard);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

} // namespace CoopAtlas::Ui
