// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enums.h"

#include <QDialog>

#include <map>

class QLabel;
class QSpinBox;

namespace kam {

class Store;

/// Edits how many days each tier may go without contact before the agenda reminds (0: never).
/// The intervals are the manager's local settings, not synced data, so OK saves them directly.
class MaintenanceRulesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MaintenanceRulesDialog(Store *store, QWidget *parent = nullptr);

    void accept() override;

private:
    Store *m_store;
    std::map<Tier, QSpinBox *> m_days;
    QLabel *m_error;
};

} // namespace kam
