// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/lifecycle.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace kam {

class EditHistory;

/// Sets an account's lifecycle stage with the reason, which is required; the stage the facts
/// propose is shown and recorded with the decision. OK writes it as one undo command.
class LifecycleDialog : public QDialog
{
    Q_OBJECT

public:
    /// `proposal` null: the account is not scored yet (nothing is recorded as proposed).
    LifecycleDialog(EditHistory *history, const QString &accountId, const QString &accountName, Lifecycle current,
                    const analytics::LifecycleProposal *proposal, QWidget *parent = nullptr);

    void accept() override;

private:
    EditHistory *m_history;
    QString m_accountId;
    QString m_accountName;
    QString m_proposed;
    QComboBox *m_stage;
    QPlainTextEdit *m_reason;
    QLabel *m_error;
};

} // namespace kam
