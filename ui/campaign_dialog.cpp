// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign_dialog.h"

#include "commands/store_commands.h"
#include "domain/ids.h"
#include "widget_helpers.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kam {

CampaignDialog::CampaignDialog(EditHistory *history, const Campaign &campaign, QWidget *parent)
    : QDialog(parent)
    , m_history(history)
    , m_campaign(campaign)
    , m_name(new QLineEdit(this))
    , m_channel(new QComboBox(this))
    , m_starts(new QDateEdit(this))
    , m_ends(new QDateEdit(this))
    , m_cost(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_error(makeErrorLabel("campaignDialogError", this))
{
    setObjectName(QStringLiteral("campaignDialog"));
    const bool isNew = campaign.meta.id.isEmpty();
    setWindowTitle(isNew ? tr("New Campaign") : tr("Edit Campaign"));
    if (isNew && !m_campaign.startsOn.isValid()) {
        m_campaign.startsOn = QDate::currentDate();
        m_campaign.endsOn = m_campaign.startsOn.addMonths(1);
    }

    m_name->setObjectName(QStringLiteral("campaignNameEdit"));
    m_name->setMaxLength(200);
    m_name->setPlaceholderText(tr("e.g. 2026 Industrial Equipment Fair"));
    m_channel->setObjectName(QStringLiteral("campaignChannelCombo"));
    fillEnumCombo<CampaignChannel>(m_channel);
    m_starts->setObjectName(QStringLiteral("campaignStartsEdit"));
    m_ends->setObjectName(QStringLiteral("campaignEndsEdit"));
    for (QDateEdit *edit : { m_starts, m_ends })
        edit->setCalendarPopup(true);
    m_cost->setObjectName(QStringLiteral("campaignCostEdit"));
    m_cost->setAlignment(Qt::AlignRight);
    m_currency->setObjectName(QStringLiteral("campaignCurrencyCombo"));
    m_currency->setEditable(true); // the common codes are offered, any ISO code may be typed
    m_currency->addItems(offeredCurrencies());
    m_notes->setObjectName(QStringLiteral("campaignNotesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 5);

    m_name->setText(m_campaign.name);
    setComboEnum(m_channel, m_campaign.channel);
    m_starts->setDate(m_campaign.startsOn.isValid() ? m_campaign.startsOn : QDate::currentDate());
    m_ends->setDate(m_campaign.endsOn.isValid() ? m_campaign.endsOn : m_starts->date());
    m_cost->setText(formatAmount(m_campaign.cost()));
    if (m_currency->findText(m_campaign.currency) < 0)
        m_currency->addItem(m_campaign.currency);
    m_currency->setCurrentText(m_campaign.currency);
    m_notes->setPlainText(m_campaign.notes);

    auto *costRow = new QHBoxLayout;
    costRow->addWidget(m_cost, 1);
    costRow->addWidget(m_currency);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("&Starts on:"), m_starts);
    form->addRow(tr("&Ends on:"), m_ends);
    auto *costLabel = new QLabel(tr("&Cost:"), this);
    costLabel->setBuddy(m_cost); // a row of a layout gets no buddy from addRow
    form->addRow(costLabel, costRow);
    form->addRow(tr("N&otes:"), m_notes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("campaignOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CampaignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CampaignDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_name->setFocus();
    resize(460, sizeHint().height());
}

void CampaignDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void CampaignDialog::accept()
{
    Campaign c = m_campaign;
    c.name = m_name->text().trimmed();
    c.channel = comboEnum<CampaignChannel>(m_channel);
    c.startsOn = m_starts->date();
    c.endsOn = m_ends->date();
    c.currency = m_currency->currentText().trimmed().toUpper();
    c.notes = m_notes->toPlainText().trimmed();
    Result<Money> cost = parseMoney(m_cost->text(), c.currency);
    if (!cost) {
        showError(cost.error().message);
        return;
    }
    c.costMinor = cost->minor;
    const bool isNew = m_campaign.meta.id.isEmpty();
    if (!isNew && sameFields(m_campaign, c)) {
        QDialog::accept();
        return;
    }
    std::unique_ptr<StoreCommand> command;
    if (isNew) {
        // The id is made here so that the view can select the new campaign.
        c.meta.id = newRowId();
        command = std::make_unique<CreateCommand<Campaign>>(m_history, c);
    } else {
        command = std::make_unique<EditCommand<Campaign>>(m_history, m_campaign, c);
    }
    if (Result<void> r = m_history->push(std::move(command)); !r) {
        showError(r.error().message);
        return;
    }
    m_campaign = c;
    QDialog::accept();
}

} // namespace kam
