// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace kam {

class EditHistory;
class PipelineSource;

/// Creates or edits one deal. OK pushes a CreateCommand or EditCommand; when the store refuses,
/// its message shows under the form and the dialog stays open with nothing written.
class DealDialog : public QDialog
{
    Q_OBJECT

public:
    /// An empty meta.id means a new deal; its empty fields get defaults (first stage and its
    /// probability, the local user as owner, a close date a month ahead).
    DealDialog(PipelineSource *source, EditHistory *history, const Opportunity &deal,
               QWidget *parent = nullptr);

    /// The deal as the form has it now.
    Opportunity deal() const;

    void accept() override;

private:
    void fillAccounts();
    void fillProducts();
    void fillCampaigns();
    /// The source campaign the combo names: a campaign's id, or the text as typed.
    QString sourceCampaign() const;
    void updateClosedFields();
    void showError(const QString &message);

    PipelineSource *m_source;
    EditHistory *m_history;
    Opportunity m_deal;
    QComboBox *m_account;
    QLineEdit *m_title;
    QListWidget *m_products;
    QLineEdit *m_amount;
    QComboBox *m_currency;
    QSpinBox *m_probability;
    QDateEdit *m_close;
    QComboBox *m_stage;
    QComboBox *m_owner;
    QComboBox *m_campaign;
    QLineEdit *m_competitor;
    QComboBox *m_status;
    QLineEdit *m_reason;
    QLineEdit *m_nextStep;
    QDateEdit *m_closedOn;
    QLabel *m_error;
    QPushButton *m_ok;
};

/// Opens a DealDialog window-modally over `parent`; it deletes itself when closed. A new deal
/// (no id yet) starts in the store's default currency.
DealDialog *openDealDialog(PipelineSource *source, EditHistory *history, const Opportunity &deal,
                           QWidget *parent);

} // namespace kam
