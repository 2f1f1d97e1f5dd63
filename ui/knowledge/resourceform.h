// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/activities.h>
#include <core/result.h>
#include <ui/commands/knowledgecommands.h>
#include <ui/detail/recordform.h>

#include <QPointer>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QUndoStack;

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

class CommandContext;
class FieldRows;
class RelatedRecordsEdit;

/// The form of a knowledge-base resource: title, kind, URL or attached file,
/// language, tags, summary, text and related records. Saving pushes one
/// undoable command that writes the record and its file in one transaction.
class ResourceForm : public QWidget
{
    Q_OBJECT

public:
    ResourceForm(QUndoStack *undoStack, CommandContext *context, QWidget *parent = nullptr);
    ~ResourceForm() override;

    void setStore(Core::Store *store);
    /// Reads the resource kinds again from the store.
    void reloadTerms();
    /// Shows a stored resource; an empty form when it cannot be read.
    void showResource(const QString &id);
    /// Shows an empty form for a new resource.
    void newResource();
    /// Id of the shown resource; empty for a new one.
    [[nodiscard]] QString resourceId() const { return m_record.meta.id; }
    /// The shown resource with the edited fields applied; `file` describes the
    /// chosen file when one was attached since the last save.
    [[nodiscard]] Core::Resource resource() const;
    [[nodiscard]] bool isModified() const { return m_modified; }
    [[nodiscard]] QList<FieldProblem> validate() const;
    /// Checks the fields and the file size, then saves. Returns false and shows
    /// the messages at their fields when something is wrong.
    bool save();
    /// Drops the edits and shows the stored resource again.
    void revert();

    /// Chooses the file at `path`. Its size is checked at once and again before
    /// saving, and its bytes are read when saving.
    void attachFile(const QString &path);
    /// Removes the file when saving.
    void removeFile();
    /// Writes the resource's file (the chosen one, or the stored one) to `path`.
    [[nodiscard]] Core::Result<void> saveFileAs(const QString &path) const;
    /// Opens the URL in the browser, or else the file in the system's application.
    void openResource();

    [[nodiscard]] QString problemText(const QString &field) const;
    [[nodiscard]] QWidget *fieldWidget(const QString &field) const;
    [[nodiscard]] QLabel *fileLabel() const { return m_fileLabel; }
    [[nodiscard]] QLabel *limitLabel() const { return m_limitLabel; }

signals:
    void edited();
    /// The resource was saved under this id.
    void saved(const QString &id);

private:
    /// A file chosen since the last save, or the removal of the stored one.
    struct FileChange
    {
        QString path; ///< empty when the file is removed
        QString name;
        QString mimeType;
        qint64 size = 0;
    };

    void buildFields();
    QWidget *buildFileRow();
    void fill(const Core::Resource &resource);
    void updateFileRow();
    void markModified();
    void chooseFileToAttach();
    void chooseFileToSaveAs();
    [[nodiscard]] Core::Result<QByteArray> fileBytes() const;
    [[nodiscard]] std::optional<ResourceFileContent> readFileChange(QList<FieldProblem> &problems);
    bool pushSave(const std::optional<ResourceFileContent> &file);

    QUndoStack *m_undoStack;
    CommandContext *m_context;
    QPointer<Core::Store> m_store;
    Core::Resource m_record;
    std::optional<FileChange> m_fileChange;
    bool m_modified = false;
    bool m_filling = false;
    std::unique_ptr<FieldRows> m_rows;
    std::unique_ptr<QTemporaryDir> m_openDir;

    QLineEdit *m_title;
    QComboBox *m_kind;
    QLineEdit *m_url;
    QLabel *m_fileLabel;
    QLabel *m_limitLabel;
    QPushButton *m_attach;
    QPushButton *m_saveAs;
    QPushButton *m_removeFile;
    QComboBox *m_language;
    QLineEdit *m_tags;
    QPlainTextEdit *m_summary;
    QPlainTextEdit *m_text;
    RelatedRecordsEdit *m_related;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_open;
};

} // namespace CoopAtlas::Ui
