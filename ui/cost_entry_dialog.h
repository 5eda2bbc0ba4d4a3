// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace kam {

class EditHistory;

/// Enters or edits one cost entry of an account: its day, kind, amount and note. OK hands the
/// entry to `submit` (which pushes the undo command); the dialog closes only when that
/// succeeded, otherwise it shows why and nothing is written.
class CostEntryDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<Result<void>(const CostEntry &)>;

    /// An empty `entry.meta.id` means a new entry.
    CostEntryDialog(const CostEntry &entry, Submit submit, QWidget *parent = nullptr);

    void accept() override;

    /// Asks for a new entry of `accountId`, written as one undo command; returns its id, or an
    /// empty string when the user cancelled.
    static QString addNew(EditHistory *history, const QString &accountId, QWidget *parent);
    /// Edits the entry `id` as one undo command (an unchanged OK writes nothing).
    static Result<void> edit(EditHistory *history, const QString &id, QWidget *parent);

private:
    /// The entry as typed; refused when the amount does not parse.
    Result<CostEntry> entry() const;
    void showError(const QString &message);

    CostEntry m_entry;
    Submit m_submit;
    QDateEdit *m_day;
    QComboBox *m_kind;
    QLineEdit *m_amount;
    QComboBox *m_currency;
    QLineEdit *m_note;
    QLabel *m_error;
};

} // namespace kam
