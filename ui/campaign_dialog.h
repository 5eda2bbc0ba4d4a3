// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kam {

class EditHistory;

/// Creates or edits a campaign: name, channel, dates, cost and notes. OK pushes a
/// CreateCommand or EditCommand; a refusal shows under the form and nothing is written.
class CampaignDialog : public QDialog
{
    Q_OBJECT

public:
    /// An empty meta.id means a new campaign (starting today, for a month, by default).
    CampaignDialog(EditHistory *history, const Campaign &campaign, QWidget *parent = nullptr);

    /// The id of the campaign written by the last OK (the new one's, for a new campaign).
    QString campaignId() const { return m_campaign.meta.id; }

    void accept() override;

private:
    void showError(const QString &message);

    EditHistory *m_history;
    Campaign m_campaign;
    QLineEdit *m_name;
    QComboBox *m_channel;
    QDateEdit *m_starts;
    QDateEdit *m_ends;
    QLineEdit *m_cost;
    QComboBox *m_currency;
    QPlainTextEdit *m_notes;
    QLabel *m_error;
};

} // namespace kam
