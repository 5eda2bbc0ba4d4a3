// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcome_dialog.h"

#include "widget_helpers.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kam {

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
    , m_dontShow(new QCheckBox(tr("&Don't show this again"), this))
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to KAM Desk"));
    m_dontShow->setObjectName(QStringLiteral("welcomeDontShow"));

    auto *icon = new QLabel(this);
    icon->setPixmap(kamIcon(QStringLiteral("kamdesk")).pixmap(48, 48));
    auto *text = new QLabel(
        tr("<h3>Welcome to KAM Desk</h3>"
           "<p>There are two ways to work:</p>"
           "<p><b>Explore on this computer.</b> Try the portfolio, the pipeline and the plans with the "
           "data in this store (the demo portfolio, if it was made with <tt>kamdesk-cli demo</tt>). "
           "What you change stays on this computer; nothing is sent anywhere.</p>"
           "<p><b>Connect to your company's server.</b> Log in with the address, e-mail and password "
           "your administrator gave you; your accounts then sync with your colleagues'. You can also "
           "do this later from the Sync menu.</p>"),
        this);
    text->setObjectName(QStringLiteral("welcomeText"));
    text->setWordWrap(true);
    auto *head = new QHBoxLayout;
    head->addWidget(icon, 0, Qt::AlignTop);
    head->addWidget(text, 1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *explore = buttons->addButton(tr("&Explore"), QDialogButtonBox::RejectRole);
    explore->setObjectName(QStringLiteral("welcomeExplore"));
    QPushButton *connectButton = buttons->addButton(tr("&Connect to the Server…"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(QStringLiteral("welcomeConnect"));
    explore->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_dontShow);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

bool WelcomeDialog::dontShowAgain() const
{
    return m_dontShow->isChecked();
}

} // namespace kam
