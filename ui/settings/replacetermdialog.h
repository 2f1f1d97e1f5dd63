// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/domain/records.h>

#include <QDialog>

class QComboBox;
class QPushButton;

namespace CoopAtlas::Ui {

/// Asks for the term that replaces a term still used by records, before that
/// term is deleted. The choices are the other terms of the same vocabulary.
class ReplaceTermDialog : public QDialog
{
    Q_OBJECT

public:
    ReplaceTermDialog(const Core::TaxonomyTerm &term,
                      qint64 usage,
                      const QList<Core::TaxonomyTerm> &choices,
                      const QString &language,
                      QWidget *parent = nullptr);

    /// Key of the chosen replacement.
    [[nodiscard]] QString replacementKey() const;
    [[nodiscard]] QComboBox *replacementCombo() const { return m_replacement; }
    [[nodiscard]] QPushButton *replaceButton() const { return m_replace; }

private:
    QComboBox *m_replacement;
    QPushButton *m_replace;
};

} // namespace CoopAtlas::Ui
