// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace kam {

class EditHistory;

/// Adds accounts of the portfolio to a campaign's members: tick the accounts (those already
/// targeted as a whole are shown ticked and greyed), and with one account ticked, optionally
/// name one of its contacts. OK adds them in one undo step; a refusal shows in the dialog.
class CampaignMembersDialog : public QDialog
{
    Q_OBJECT

public:
    CampaignMembersDialog(EditHistory *history, const Campaign &campaign,
                          QWidget *parent = nullptr);

    void accept() override;

private:
    void filter(const QString &text);
    void updateContacts();
    QStringList checkedAccounts() const;
    void showError(const QString &message);

    EditHistory *m_history;
    Campaign m_campaign;
    std::vector<CampaignMember> m_members;
    QLineEdit *m_search;
    QListWidget *m_accounts;
    QComboBox *m_contact;
    QLabel *m_error;
};

} // namespace kam
