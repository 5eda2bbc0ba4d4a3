// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace kam {

class EditHistory;
class Store;

/// Logs or edits one activity. OK hands the activity to `submit` (which pushes the undo
/// command); the dialog closes only when that succeeded, otherwise it shows the store's message.
class ActivityDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<Result<void>(const Activity &)>;

    /// `activity.accountId` preselects the account; an empty meta.id means a new activity.
    ActivityDialog(Store *store, const Activity &activity, Submit submit, QWidget *parent = nullptr);

    Activity activity() const;

    void accept() override;

    /// Asks for a new activity at `accountId`, written as one undo command; returns its id, or
    /// an empty string when the user cancelled.
    static QString logNew(EditHistory *history, const QString &accountId, QWidget *parent);
    /// Edits the activity `id` as one undo command (an unchanged OK writes nothing).
    static Result<void> edit(EditHistory *history, const QString &id, QWidget *parent);

private:
    void showAccount(const QString &accountId);
    void showError(const QString &message);

    Store *m_store;
    Activity m_activity;
    Submit m_submit;
    QComboBox *m_kind;
    QDateTimeEdit *m_when;
    QComboBox *m_account;
    QListWidget *m_contacts;
    QComboBox *m_deal;
    QLineEdit *m_summary;
    QPlainTextEdit *m_outcome;
    QCheckBox *m_hasNextStep;
    QLineEdit *m_nextStep;
    QDateEdit *m_due;
    QCheckBox *m_done;
    QLineEdit *m_cost;
    QComboBox *m_currency;
    QLabel *m_error;
};

/// Marks the next step of activity `id` done (or open again) as one undo command.
Result<void> setNextStepDone(EditHistory *history, const QString &id, bool done);

} // namespace kam
