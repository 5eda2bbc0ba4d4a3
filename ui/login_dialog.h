// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace kam {

namespace sync {
class SyncController;
}

/// Server address, e-mail and password. Logging in runs on the sync thread; the dialog waits
/// for the answer, shows why a login failed and stays open so the user can correct it.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    /// `reason` says why the dialog is shown ("Your session has ended…"); may be empty.
    LoginDialog(sync::SyncController *sync, const QString &reason, QWidget *parent = nullptr);

    /// Proposes `server` instead of the store's (the settings changed it).
    void setServer(const QString &server);

    void accept() override;

private:
    void setBusy(bool busy);
    void showError(const QString &message);

    sync::SyncController *m_sync;
    QLineEdit *m_server;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace kam
