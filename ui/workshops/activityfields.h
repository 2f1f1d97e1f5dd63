// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>
#include <core/domain/validation.h>

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace CoopAtlas::Core {
class Store;
}

namespace CoopAtlas::Ui {

/// Validation messages shown under the fields of the workshop and residency forms.
class FieldProblems
{
public:
    /// Returns a widget with `editor` and, under it, a hidden message label for `field`.
    QWidget *wrap(const QString &field, QWidget *editor);
    /// Shows each message under its field and hides the others. Messages of
    /// fields without a label are returned, for a message at the top of the form.
    QStringList show(const QList<Core::FieldError> &errors);
    void clear();
    /// The message shown for a field, empty when none.
    [[nodiscard]] QString text(const QString &field) const;
    [[nodiscard]] QWidget *editor(const QString &field) const { return m_editors.value(field); }

private:
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QWidget *> m_editors;
};

/// A chosen record: id and display name.
struct PickedRecord
{
    QString id;
    QString name;
};

/// Asks for an organisation or person of the allowed kinds in a search dialog.
/// Returns nothing when the user cancels.
std::optional<PickedRecord> pickRecord(QWidget *parent,
                                       Core::Store *store,
                                       const QList<Core::RecordKind> &kinds,
                                       const QString &title);
/// Display name of any record, or the id when it cannot be read.
[[nodiscard]] QString recordName(const Core::Store *store, const QString &id);

/// An editable combo box of IANA time zone ids, the three zones of the
/// programme (Brussels, Berlin, Madrid) first.
[[nodiscard]] QComboBox *createTimeZoneCombo(QWidget *parent = nullptr);
/// Fills a combo box with the keys of a fixed value set and their labels.
void fillKeyCombo(QComboBox *combo, const QStringList &keys);
/// Selects the item whose data is `key`; the first item when none is.
void setComboKey(QComboBox *combo, const QString &key);
/// An instant from a local date and time in an IANA zone, in UTC.
[[nodiscard]] QDateTime instantIn(QDate date, QTime time, const QString &zoneId);

/// Amount in euro cents as text in the UI locale ("1 234,50 €" in French).
[[nodiscard]] QString formatEuros(qint64 cents);

/// An editable set of organisations (organisers, hosts): a list with Add and
/// Remove buttons.
class RecordSetEdit : public QWidget
{
    Q_OBJECT

public:
    RecordSetEdit(const QString &pickTitle, QWidget *parent = nullptr);
    void setStore(Core::Store *store);
    void setIds(const QStringList &ids);
    [[nodiscard]] QStringList ids() const;
    /// Adds a record as if chosen in the dialog (tests).
    void addRecord(const QString &id, const QString &name);
    [[nodiscard]] QListWidget *list() const { return m_list; }

signals:
    void edited();

private:
    QPointer<Core::Store> m_store;
    QString m_pickTitle;
    QListWidget *m_list;
    QPushButton *m_remove;
};

} // namespace CoopAtlas::Ui
