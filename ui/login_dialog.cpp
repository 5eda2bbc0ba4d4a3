// SPDX-License-Identifier: GPL-3.0-or-later
#include "login_dialog.h"

#include "sync/http_transport.h"
#include "sync/sync_controller.h"
#include "widget_helpers.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kam {

LoginDialog::LoginDialog(sync::SyncController *sync, const QString &reason, QWidget *parent)
    : QDialog(parent)
    , m_sync(sync)
    , m_server(new QLineEdit(sync->serverUrl(), this))
    , m_email(new QLineEdit(sync->userEmail(), this))
    , m_password(new QLineEdit(this))
    , m_error(makeErrorLabel("loginError", this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log In to the Sync Server"));
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_server->setPlaceholderText(QStringLiteral("https://kam.example.com"));
    m_email->setPlaceholderText(QStringLiteral("name@example.com"));
    m_password->setEchoMode(QLineEdit::Password);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log In"));

    auto *intro = new QLabel(reason.isEmpty()
                                 ? tr("Your changes are sent to the company server and your "
                                      "colleagues' changes come back. The password is not "
                                      "stored; the session is kept in the system keychain.")
                                 : reason,
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(m_sync, &sync::SyncController::loginFinished, this, [this](bool ok, const QString &message) {
        if (!m_busy)
            return;
        setBusy(false);
        if (ok)
            QDialog::accept();
        else
            showError(message);
    });
    (m_server->text().isEmpty() ? m_server : m_email->text().isEmpty() ? m_email : m_password)->setFocus();
}

void LoginDialog::setServer(const QString &server)
{
    m_server->setText(server);
    (m_email->text().isEmpty() ? m_email : m_password)->setFocus();
}

void LoginDialog::accept()
{
    if (m_busy)
        return;
    if (Result<QUrl> url = sync::parseServerUrl(m_server->text()); !url) {
        showError(url.error().message);
        m_server->setFocus();
        return;
    }
    if (m_email->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        showError(tr("Enter your e-mail and password."));
        (m_email->text().trimmed().isEmpty() ? m_email : m_password)->setFocus();
        return;
    }
    setBusy(true);
    m_error->setVisible(false);
    m_sync->login(m_server->text(), m_email->text().trimmed(), m_password->text());
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : {static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_email),
                       static_cast<QWidget *>(m_password)})
        w->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setText(busy ? tr("Logging in…") : tr("&Log In"));
}

void LoginDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(true);
    m_password->selectAll();
}

} // namespace kam
