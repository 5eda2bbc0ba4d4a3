// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enums.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QDialog>

#include <map>

class QFormLayout;
class QLabel;
class QSpinBox;

namespace kam {

class Store;

/// What the intervals mean, then one spin box per tier: how many days it may go without contact
/// before the agenda reminds (0: never). Rows of MaintenanceRulesDialog's form and of the settings'.
class MaintenanceRulesForm
{
    Q_DECLARE_TR_FUNCTIONS(kam::MaintenanceRulesForm)

public:
    /// Adds the rows to `form`; the spin boxes are children of `parent`.
    MaintenanceRulesForm(Store *store, QFormLayout *form, QWidget *parent);

    /// Writes the intervals to the store's settings; the store's error when it refuses them.
    Result<void> save();
    /// Why the saved intervals could not be read (empty when they could).
    QString loadError() const { return m_loadError; }

private:
    Store *m_store;
    std::map<Tier, QSpinBox *> m_days;
    QString m_loadError;
};

/// Edits the maintenance intervals. They are the manager's local settings, not synced data,
/// so OK saves them directly.
class MaintenanceRulesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MaintenanceRulesDialog(Store *store, QWidget *parent = nullptr);

    void accept() override;

private:
    QFormLayout *m_rows;
    MaintenanceRulesForm m_form;
    QLabel *m_error;
};

} // namespace kam
