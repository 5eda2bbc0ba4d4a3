// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "maintenance_rules_dialog.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace kam {

class Store;

namespace sync {
class SyncController;
}

/// File → Settings: the UI language, the sync server and interval (this computer's), and the
/// store's default currency and maintenance intervals. OK checks every field and saves the
/// interval, the currency and the intervals; the language and the server take a step of the
/// main window's (a restart, a login), which reads language() and server() after OK.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Store *store, sync::SyncController *sync, QWidget *parent = nullptr);

    /// "zh_CN", "en", or empty to follow the system.
    QString language() const;
    /// The server address as entered (trimmed).
    QString server() const;

    void accept() override;

private:
    void showError(const QString &message, QWidget *field);

    Store *m_store;
    sync::SyncController *m_sync;
    QComboBox *m_language;
    QLineEdit *m_server;
    QSpinBox *m_interval;
    QComboBox *m_currency;
    QFormLayout *m_storeForm;
    MaintenanceRulesForm m_maintenance;
    QLabel *m_error;
};

} // namespace kam
