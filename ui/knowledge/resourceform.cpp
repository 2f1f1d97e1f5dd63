// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resourceform.h"

#include <core/domain/activityvalidation.h>
#include <core/storage/activitystore.h>
#include <core/storage/store.h>
#include <core/storage/syncstore.h>
#include <core/sync/syncengine.h>
#include <ui/commands/recordcommands.h>
#include <ui/knowledge/fieldrows.h>
#include <ui/knowledge/knowledgetext.h>
#include <ui/knowledge/relatedrecordsedit.h>
#include <ui/logging.h>

#include <QComboBox>
#include <QDesktopServices>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace CoopAtlas::Ui {

namespace {

/// True when a sync has not received the file that `resource` names from the
/// server yet, so that the stored bytes, if any, are those of its previous file.
bool fileNotReceived(Core::Store *store, const Core::Resource &resource)
{
    if (!store || resource.file.sha256.isEmpty())
        return false;
    Core::SyncStore syncStore(store->database());
    auto missing = Core::SyncEngine::missingResourceFiles(syncStore);
    if (!missing) {
        qCWarning(lcUiEdit) << "Files not received from the server not read:"
                            << missing.error().text();
        return false;
    }
    return missing->value(resource.meta.id) == resource.file.sha256;
}

} // namespace

ResourceForm::ResourceForm(QUndoStack *undoStack, CommandContext *context, QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
    , m_context(context)
    , m_title(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_fileLabel(new QLabel(this))
    , m_limitLabel(new QLabel(this))
    , m_attach(new QPushButton(tr("&Attach..."), this))
    , m_saveAs(new QPushButton(tr("Save &As..."), this))
    , m_removeFile(new QPushButton(tr("Re&move"), this))
    , m_language(new QComboBox(this))
    , m_tags(new QLineEdit(this))
    , m_summary(new QPlainTextEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_related(new RelatedRecordsEdit(
          {Core::RecordKind::Organisation, Core::RecordKind::Workshop, Core::RecordKind::Barrier},
          tr("Related organisation, workshop or obstacle"),
          this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
    , m_open(new QPushButton(tr("&Open"), this))
{
    setObjectName(QStringLiteral("resourceForm"));
    buildFields();
    newResource();
}

ResourceForm::~ResourceForm() = default;

void ResourceForm::buildFields()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_rows = std::make_unique<FieldRows>(form);
    m_url->setPlaceholderText(tr("https://..."));
    m_tags->setPlaceholderText(tr("Comma-separated, such as statutes, governance"));
    m_summary->setTabChangesFocus(true);
    m_summary->setMaximumHeight(m_summary->fontMetrics().height() * 5);
    m_summary->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    m_text->setTabChangesFocus(true);
    m_language->addItem(tr("Not set"), QString());
    for (const QString &key : Core::ActivityKeys::resourceLanguages())
        m_language->addItem(Core::ActivityKeys::label(key), key);

    m_rows->add(QStringLiteral("title"), tr("&Title:"), m_title);
    m_rows->add(QStringLiteral("kind"), tr("&Kind:"), m_kind);
    m_rows->add(QStringLiteral("url"), tr("&URL:"), m_url);
    m_rows->add(QStringLiteral("file"), tr("File:"), buildFileRow());
    m_rows->add(QStringLiteral("language"), tr("&Language:"), m_language);
    m_rows->add(QStringLiteral("tags"), tr("Ta&gs:"), m_tags);
    m_rows->add(QStringLiteral("summary"), tr("Su&mmary:"), m_summary);
    m_rows->add(QStringLiteral("text"), tr("Te&xt:"), m_text);
    m_rows->add(QStringLiteral("relatedIds"), tr("Related:"), m_related);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    m_save->setToolTip(
        tr("Save the resource (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_open->setToolTip(tr("Open the URL in the browser, or the file in its application"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_title, &QLineEdit::textEdited, this, &ResourceForm::markModified);
    connect(m_url, &QLineEdit::textEdited, this, &ResourceForm::markModified);
    connect(m_tags, &QLineEdit::textEdited, this, &ResourceForm::markModified);
    connect(m_summary, &QPlainTextEdit::textChanged, this, &ResourceForm::markModified);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ResourceForm::markModified);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ResourceForm::markModified);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ResourceForm::markModified);
    connect(m_related, &RelatedRecordsEdit::edited, this, &ResourceForm::markModified);
    connect(m_save, &QPushButton::clicked, this, &ResourceForm::save);
    connect(m_revert, &QPushButton::clicked, this, &ResourceForm::revert);
    connect(m_open, &QPushButton::clicked, this, &ResourceForm::openResource);
}

QWidget *ResourceForm::buildFileRow()
{
    auto *row = new QWidget(this);
    m_fileLabel->setObjectName(QStringLiteral("fileName"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileLabel->setWordWrap(true);
    m_limitLabel->setObjectName(QStringLiteral("fileLimit"));
    m_limitLabel->setText(tr("Files up to %1")
                              .arg(QLocale().formattedDataSize(
                                  Core::MaxResourceFileBytes, 0, QLocale::DataSizeIecFormat)));
    m_attach->setToolTip(tr("Choose a file to keep with the resource"));
    m_saveAs->setToolTip(tr("Save a copy of the attached file"));
    m_removeFile->setToolTip(tr("Remove the attached file when saving"));
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_attach);
    buttons->addWidget(m_saveAs);
    buttons->addWidget(m_removeFile);
    buttons->addStretch();
    // The size limit gets a line of its own, so that the row of buttons with
    // their Dutch or French labels fits beside the list at 1280 pixels.
    m_limitLabel->setWordWrap(true);
    auto *column = new QVBoxLayout(row);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_fileLabel);
    column->addLayout(buttons);
    column->addWidget(m_limitLabel);
    connect(m_attach, &QPushButton::clicked, this, &ResourceForm::chooseFileToAttach);
    connect(m_saveAs, &QPushButton::clicked, this, &ResourceForm::chooseFileToSaveAs);
    connect(m_removeFile, &QPushButton::clicked, this, &ResourceForm::removeFile);
    return row;
}

void ResourceForm::setStore(Core::Store *store)
{
    m_store = store;
    m_related->setStore(store);
    reloadTerms();
    newResource();
}

void ResourceForm::reloadTerms()
{
    const QString current = m_kind->currentData().toString();
    const QSignalBlocker blocker(m_kind);
    m_kind->clear();
    m_kind->addItem(tr("Not set"), QString());
    for (const auto &[key, label] : knowledgeTerms(m_store, Core::Vocabulary::ResourceKind))
        m_kind->addItem(label, key);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(current)));
}

void ResourceForm::showResource(const QString &id)
{
    if (!m_store || id.isEmpty()) {
        newResource();
        return;
    }
    auto resource = Core::ActivityStore(*m_store).resource(id);
    if (!resource) {
        qCWarning(lcUiEdit) << "Reading resource" << id << "failed:" << resource.error().text();
        newResource();
        return;
    }
    fill(resource.value());
}

void ResourceForm::newResource()
{
    fill(Core::Resource());
}

void ResourceForm::fill(const Core::Resource &resource)
{
    m_filling = true;
    m_record = resource;
    m_fileChange.reset();
    m_title->setText(resource.title);
    m_title->setCursorPosition(0);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(resource.kind)));
    m_url->setText(resource.url);
    m_language->setCurrentIndex(qMax(0, m_language->findData(resource.language)));
    m_tags->setText(resource.tags.join(QStringLiteral(", ")));
    m_summary->setPlainText(resource.summary);
    m_text->setPlainText(resource.text);
    m_related->setIds(resource.relatedIds);
    m_rows->showProblems({});
    m_filling = false;
    m_modified = false;
    updateFileRow();
    m_revert->setEnabled(false);
}

Core::Resource ResourceForm::resource() const
{
    Core::Resource resource = m_record;
    resource.title = m_title->text().trimmed();
    resource.kind = m_kind->currentData().toString();
    resource.url = m_url->text().trimmed();
    resource.language = m_language->currentData().toString();
    resource.tags = splitTags(m_tags->text());
    resource.summary = m_summary->toPlainText().trimmed();
    resource.text = m_text->toPlainText().trimmed();
    resource.relatedIds = m_related->ids();
    if (m_fileChange) {
        resource.file = Core::ResourceFile();
        resource.file.name = m_fileChange->name;
        resource.file.mimeType = m_fileChange->mimeType;
        resource.file.size = m_fileChange->size;
    }
    return resource;
}

QList<FieldProblem> ResourceForm::validate() const
{
    QList<FieldProblem> problems;
    for (const Core::FieldError &error : Core::validate(resource()))
        problems.append({error.field, error.message});
    return problems;
}

void ResourceForm::markModified()
{
    if (m_filling)
        return;
    m_modified = true;
    m_revert->setEnabled(true);
    emit edited();
}

void ResourceForm::updateFileRow()
{
    const Core::ResourceFile file = resource().file;
    const bool hasFile = !file.isEmpty();
    const bool notReceived = hasFile && !m_fileChange && fileNotReceived(m_store, m_record);
    const QString size = QLocale().formattedDataSize(file.size, 1, QLocale::DataSizeIecFormat);
    if (notReceived) {
        m_fileLabel->setText(
            tr("%1 (%2): file not yet received from the server").arg(file.name, size));
    } else if (hasFile) {
        m_fileLabel->setText(tr("%1 (%2)").arg(file.name, size));
    } else {
        m_fileLabel->setText(tr("No file attached"));
    }
    m_saveAs->setEnabled(hasFile && !notReceived);
    m_removeFile->setEnabled(hasFile);
}

void ResourceForm::attachFile(const QString &path)
{
    const QFileInfo info(path);
    FileChange change;
    change.path = path;
    change.name = info.fileName();
    change.size = info.size();
    change.mimeType = QMimeDatabase().mimeTypeForFile(info).name();
    m_fileChange = change;
    updateFileRow();
    markModified();
    // Say at once when the file is too large, not only when saving.
    QList<FieldProblem> problems;
    if (auto tooLarge = Core::checkResourceFileSize(change.name, change.size))
        problems.append({tooLarge->field, tooLarge->message});
    m_rows->showProblems(problems);
}

void ResourceForm::removeFile()
{
    m_fileChange = FileChange();
    updateFileRow();
    m_rows->showProblems({});
    markModified();
}

void ResourceForm::chooseFileToAttach()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a File"));
    if (!path.isEmpty())
        attachFile(path);
}

void ResourceForm::chooseFileToSaveAs()
{
    const Core::ResourceFile file = resource().file;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the File As"), file.name);
    if (path.isEmpty())
        return;
    if (auto written = saveFileAs(path); !written)
        QMessageBox::warning(this, tr("Save As Failed"), written.error().text());
}

Core::Result<QByteArray> ResourceForm::fileBytes() const
{
    if (m_fileChange && !m_fileChange->path.isEmpty()) {
        QFile file(m_fileChange->path);
        if (!file.open(QIODevice::ReadOnly)) {
            return Core::Error{
                tr("Reading \"%1\" failed: %2. Check that the file still exists "
                   "and that you may read it.")
                    .arg(QDir::toNativeSeparators(m_fileChange->path), file.errorString()),
                {}};
        }
        return file.readAll();
    }
    if (m_fileChange || !m_store || m_record.file.isEmpty())
        return QByteArray();
    if (fileNotReceived(m_store, m_record)) {
        return Core::Error{tr("The file \"%1\" has not been received from the server yet. "
                              "Sync again, then open it.")
                               .arg(m_record.file.name),
                           m_record.meta.id};
    }
    return Core::ActivityStore(*m_store).resourceFileData(m_record.meta.id);
}

Core::Result<void> ResourceForm::saveFileAs(const QString &path) const
{
    auto bytes = fileBytes();
    if (!bytes)
        return bytes.error();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes.value()) != bytes.value().size()
        || !out.commit()) {
        qCWarning(lcUiEdit) << "Writing" << path << "failed:" << out.errorString();
        return Core::Error{tr("Writing \"%1\" failed: %2. Choose a folder where you may write "
                              "and that has enough free space.")
                               .arg(QDir::toNativeSeparators(path), out.errorString()),
                           {}};
    }
    return {};
}

std::optional<ResourceFileContent> ResourceForm::readFileChange(QList<FieldProblem> &problems)
{
    if (!m_fileChange)
        return std::nullopt;
    ResourceFileContent content;
    if (m_fileChange->path.isEmpty())
        return content; // an empty name removes the file
    auto bytes = fileBytes();
    if (!bytes) {
        problems.append({QStringLiteral("file"), bytes.error().message});
        return std::nullopt;
    }
    // The file may have grown since it was chosen.
    if (auto tooLarge = Core::checkResourceFileSize(m_fileChange->name, bytes.value().size())) {
        problems.append({tooLarge->field, tooLarge->message});
        return std::nullopt;
    }
    content.name = m_fileChange->name;
    content.mimeType = m_fileChange->mimeType;
    content.data = std::move(bytes).value();
    return content;
}

bool ResourceForm::save()
{
    QList<FieldProblem> problems = validate();
    std::optional<ResourceFileContent> file;
    if (problems.isEmpty())
        file = readFileChange(problems);
    m_rows->showProblems(problems);
    if (!problems.isEmpty()) {
        if (QWidget *editor = m_rows->editor(problems.first().field))
            editor->setFocus();
        return false;
    }
    return pushSave(file);
}

bool ResourceForm::pushSave(const std::optional<ResourceFileContent> &file)
{
    if (!m_store)
        return false;
    Core::Resource after = resource();
    after.file = m_record.file; // the store keeps the file columns; the command writes `file`
    bool failed = false;
    QString id = m_record.meta.id;
    // A failed command is deleted by the stack during push(), so the outcome
    // comes from the context's signals.
    const QMetaObject::Connection watchFailure
        = connect(m_context, &CommandContext::failed, this, [&failed] { failed = true; });
    const QMetaObject::Connection watchWrite
        = connect(m_context,
                  &CommandContext::recordTouched,
                  this,
                  [&id](Core::RecordKind kind, const QString &touched) {
                      if (kind == Core::RecordKind::Resource && !touched.isEmpty())
                          id = touched;
                  });
    if (id.isEmpty()) {
        m_undoStack->push(new CreateKnowledgeCommand(
            m_context, after, file, tr("Add resource \"%1\"").arg(after.title)));
    } else {
        m_undoStack->push(new EditKnowledgeCommand(
            m_context, m_record, after, file, tr("Edit resource \"%1\"").arg(after.title)));
    }
    disconnect(watchFailure);
    disconnect(watchWrite);
    if (failed || id.isEmpty())
        return false;
    showResource(id);
    emit saved(id);
    return true;
}

void ResourceForm::revert()
{
    if (m_record.meta.id.isEmpty())
        newResource();
    else
        showResource(m_record.meta.id);
}

void ResourceForm::openResource()
{
    const Core::Resource shown = resource();
    if (!shown.url.isEmpty() && Core::isHttpUrl(shown.url)) {
        QDesktopServices::openUrl(QUrl(shown.url));
        return;
    }
    if (shown.file.isEmpty()) {
        QMessageBox::information(this,
                                 tr("Nothing to Open"),
                                 tr("The resource has neither a web address nor a file. Enter "
                                    "a URL or attach a file."));
        return;
    }
    if (!m_openDir)
        m_openDir = std::make_unique<QTemporaryDir>();
    const QString path = m_openDir->filePath(QFileInfo(shown.file.name).fileName());
    if (auto written = saveFileAs(path); !written) {
        QMessageBox::warning(this, tr("Open Failed"), written.error().text());
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        QMessageBox::warning(this,
                             tr("Open Failed"),
                             tr("No application opens \"%1\". Use Save As... and open the copy "
                                "with an application of your choice.")
                                 .arg(shown.file.name));
}

QString ResourceForm::problemText(const QString &field) const
{
    return m_rows->problemText(field);
}

QWidget *ResourceForm::fieldWidget(const QString &field) const
{
    return m_rows->editor(field);
}

} // namespace CoopAtlas::Ui
