// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace kam {

class EditHistory;

/// Records whether, when and how a campaign member responded (or clears a response). OK pushes
/// an EditCommand of the member; a refusal shows in the dialog.
class CampaignResponseDialog : public QDialog
{
    Q_OBJECT

public:
    CampaignResponseDialog(EditHistory *history, const CampaignMember &member,
                           const QString &memberName, QWidget *parent = nullptr);

    void accept() override;

private:
    void updateFields();

    EditHistory *m_history;
    CampaignMember m_member;
    QString m_memberName;
    QCheckBox *m_responded;
    QDateEdit *m_day;
    QLineEdit *m_response;
    QLabel *m_error;
};

} // namespace kam
