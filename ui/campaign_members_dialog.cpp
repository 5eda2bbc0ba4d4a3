// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign_members_dialog.h"

#include "commands/store_commands.h"
#include "widget_helpers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace kam {

namespace {

constexpr int kIdRole = Qt::UserRole;

} // namespace

CampaignMembersDialog::CampaignMembersDialog(EditHistory *history, const Campaign &campaign,
                                             QWidget *parent)
    : QDialog(parent)
    , m_history(history)
    , m_campaign(campaign)
    , m_search(new QLineEdit(this))
    , m_accounts(new QListWidget(this))
    , m_contact(new QComboBox(this))
    , m_error(makeErrorLabel("campaignMembersError", this))
{
    setObjectName(QStringLiteral("campaignMembersDialog"));
    setWindowTitle(tr("Add Accounts to %1").arg(campaign.name));
    m_search->setObjectName(QStringLiteral("campaignMemberSearch"));
    m_search->setPlaceholderText(tr("Find an account"));
    m_search->setClearButtonEnabled(true);
    m_accounts->setObjectName(QStringLiteral("campaignMemberAccounts"));
    m_contact->setObjectName(QStringLiteral("campaignMemberContact"));

    Store *store = history->store();
    if (Result<std::vector<CampaignMember>> members = store->campaignMembers(campaign.meta.id))
        m_members = std::move(members).value();
    else
        showError(members.error().message);
    Result<std::vector<Account>> accounts = store->accounts();
    if (!accounts) {
        showError(accounts.error().message);
    } else {
        std::vector<Account> all = std::move(accounts).value();
        std::sort(all.begin(), all.end(), [](const Account &a, const Account &b) {
            return QString::localeAwareCompare(displayName(a), displayName(b)) < 0;
        });
        for (const Account &a : all) {
            auto *item = new QListWidgetItem(displayName(a), m_accounts);
            item->setData(kIdRole, a.meta.id);
            const bool targeted = std::any_of(m_members.begin(), m_members.end(), [&](const CampaignMember &m) {
                return m.accountId == a.meta.id && m.contactId.isEmpty();
            });
            item->setFlags(targeted ? Qt::ItemIsUserCheckable
                                    : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(targeted ? Qt::Checked : Qt::Unchecked);
            if (targeted)
                item->setToolTip(tr("Already targeted by this campaign"));
        }
    }

    connect(m_search, &QLineEdit::textChanged, this, &CampaignMembersDialog::filter);
    connect(m_accounts, &QListWidget::itemChanged, this, &CampaignMembersDialog::updateContacts);

    auto *form = new QFormLayout;
    form->addRow(tr("&Find:"), m_search);
    form->addRow(tr("&Accounts:"), m_accounts);
    form->addRow(tr("&Contact:"), m_contact);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("campaignMembersOkButton"));
    ok->setText(tr("&Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CampaignMembersDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CampaignMembersDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateContacts();
    m_search->setFocus();
    resize(420, 480);
}

void CampaignMembersDialog::filter(const QString &text)
{
    for (int i = 0; i < m_accounts->count(); ++i) {
        QListWidgetItem *item = m_accounts->item(i);
        item->setHidden(!item->text().contains(text.trimmed(), Qt::CaseInsensitive));
    }
}

QStringList CampaignMembersDialog::checkedAccounts() const
{
    QStringList ids;
    for (int i = 0; i < m_accounts->count(); ++i) {
        const QListWidgetItem *item = m_accounts->item(i);
        if ((item->flags() & Qt::ItemIsEnabled) && item->checkState() == Qt::Checked)
            ids << item->data(kIdRole).toString();
    }
    return ids;
}

void CampaignMembersDialog::updateContacts()
{
    // A contact names a person at one account: it can be chosen only with one account ticked.
    const QStringList ids = checkedAccounts();
    const QString chosen = m_contact->currentData().toString();
    m_contact->clear();
    m_contact->addItem(tr("(the account as a whole)"), QString());
    m_contact->setEnabled(ids.size() == 1);
    if (ids.size() != 1)
        return;
    Result<std::vector<Contact>> contacts = m_history->store()->contacts(ids.front());
    if (!contacts) {
        showError(contacts.error().message);
        return;
    }
    for (const Contact &c : *contacts) {
        if (!c.active)
            continue;
        const bool targeted = std::any_of(m_members.begin(), m_members.end(), [&](const CampaignMember &m) {
            return m.contactId == c.meta.id;
        });
        if (!targeted)
            m_contact->addItem(c.title.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.title), c.meta.id);
    }
    m_contact->setCurrentIndex(std::max(0, m_contact->findData(chosen)));
}

void CampaignMembersDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void CampaignMembersDialog::accept()
{
    const QStringList ids = checkedAccounts();
    if (ids.isEmpty()) {
        showError(tr("Tick the accounts to add."));
        return;
    }
    std::vector<CampaignMember> members;
    for (const QString &id : ids) {
        CampaignMember m;
        m.campaignId = m_campaign.meta.id;
        m.accountId = id;
        if (ids.size() == 1)
            m.contactId = m_contact->currentData().toString();
        members.push_back(m);
    }
    // Several accounts are one edit to the user: one undo step takes them all back.
    const QString text = QCoreApplication::translate("kam::Commands", "Add %n account(s) to %1", nullptr,
                                                     int(ids.size()))
                             .arg(m_campaign.name);
    if (Result<void> r = m_history->push(
            std::make_unique<CreateRowsCommand<CampaignMember>>(m_history, std::move(members), text));
        !r) {
        showError(r.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace kam
