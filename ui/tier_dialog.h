// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/tier_command.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace kam {

class EditHistory;

/// Sets an account's tier with the reason, which is required; the tier the value model
/// proposes is shown and recorded with the decision. OK writes it as one undo command.
class TierDialog : public QDialog
{
    Q_OBJECT

public:
    /// `decision`: the account, the proposal, score and model behind it; its tier preselected.
    TierDialog(EditHistory *history, TierDecision decision, const QString &accountName, Tier current,
               QWidget *parent = nullptr);

    void accept() override;

private:
    EditHistory *m_history;
    TierDecision m_decision;
    QString m_accountName;
    QComboBox *m_tier;
    QPlainTextEdit *m_reason;
    QLabel *m_error;
};

} // namespace kam
