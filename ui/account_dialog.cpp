// SPDX-License-Identifier: GPL-3.0-or-later
#include "account_dialog.h"

#include "account_form.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace kam {

AccountDialog::AccountDialog(Store *store, QAbstractItemModel *accounts, const Account &account,
                             Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_form(new AccountForm(store, accounts, this))
    , m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("accountDialog"));
    setWindowTitle(tr("New Account"));
    m_form->setAccount(account);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("accountDialogButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    layout->addWidget(buttons);
    m_form->setFocus();
    resize(760, 480);
}

void AccountDialog::accept()
{
    Result<Account> account = m_form->account();
    if (!account) {
        m_form->showError(account.error().message);
        return;
    }
    if (Result<void> r = m_submit(*account); !r) {
        m_form->showError(r.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace kam
