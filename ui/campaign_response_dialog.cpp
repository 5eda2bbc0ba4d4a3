// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign_response_dialog.h"

#include "commands/store_commands.h"
#include "widget_helpers.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kam {

CampaignResponseDialog::CampaignResponseDialog(EditHistory *history, const CampaignMember &member,
                                               const QString &memberName, QWidget *parent)
    : QDialog(parent)
    , m_history(history)
    , m_member(member)
    , m_memberName(memberName)
    , m_responded(new QCheckBox(tr("&Responded"), this))
    , m_day(new QDateEdit(this))
    , m_response(new QLineEdit(this))
    , m_error(makeErrorLabel("campaignResponseError", this))
{
    setObjectName(QStringLiteral("campaignResponseDialog"));
    setWindowTitle(tr("Response of %1").arg(memberName));
    m_responded->setObjectName(QStringLiteral("campaignRespondedCheck"));
    m_day->setObjectName(QStringLiteral("campaignResponseDayEdit"));
    m_day->setCalendarPopup(true);
    m_day->setMaximumDate(QDate::currentDate()); // a response is a fact, not a plan
    m_response->setObjectName(QStringLiteral("campaignResponseEdit"));
    m_response->setMaxLength(500);
    m_response->setPlaceholderText(tr("e.g. asked for a quote"));

    // A member without a response is most often being marked as having responded now.
    m_responded->setChecked(true);
    m_day->setDate(member.respondedOn.isValid() ? member.respondedOn : QDate::currentDate());
    m_response->setText(member.response);
    connect(m_responded, &QCheckBox::toggled, this, &CampaignResponseDialog::updateFields);

    auto *form = new QFormLayout;
    form->addRow(QString(), m_responded);
    form->addRow(tr("&On:"), m_day);
    form->addRow(tr("&What:"), m_response);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("campaignResponseOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CampaignResponseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CampaignResponseDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateFields();
    m_response->setFocus();
    resize(420, sizeHint().height());
}

void CampaignResponseDialog::updateFields()
{
    m_day->setEnabled(m_responded->isChecked());
    m_response->setEnabled(m_responded->isChecked());
}

void CampaignResponseDialog::accept()
{
    CampaignMember after = m_member;
    const bool responded = m_responded->isChecked();
    after.respondedOn = responded ? m_day->date() : QDate();
    after.response = responded ? m_response->text().trimmed() : QString();
    if (sameFields(m_member, after)) {
        QDialog::accept();
        return;
    }
    auto command = std::make_unique<EditCommand<CampaignMember>>(m_history, m_member, after);
    command->setText(responded
                         ? QCoreApplication::translate("kam::Commands", "Mark the response of %1").arg(m_memberName)
                         : QCoreApplication::translate("kam::Commands", "Clear the response of %1").arg(m_memberName));
    if (Result<void> r = m_history->push(std::move(command)); !r) {
        m_error->setText(r.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace kam
