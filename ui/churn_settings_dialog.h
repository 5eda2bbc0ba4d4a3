// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/churn.h"

#include <QDialog>

#include <map>

class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace kam {

class ChurnMonitor;
class Store;

/// Edits the churn score's rules: each signal's weight (with the share of the score it adds when
/// it fires) and threshold, and the score from which an account is a warning. No contact uses
/// the tiers' maintenance intervals, shown here and edited in their own dialog; its threshold is
/// the fallback for tiers without one. The settings are the manager's local ones: OK saves them
/// (the store refuses what cannot be scored, and the dialog says why) and scores all accounts again.
class ChurnSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    ChurnSettingsDialog(Store *store, ChurnMonitor *monitor, QWidget *parent = nullptr);

    void accept() override;

private:
    void showSettings(const analytics::ChurnSettings &settings);
    analytics::ChurnSettings edited() const;
    void updateShares();
    void updateIntervals();
    void editIntervals();

    Store *m_store;
    ChurnMonitor *m_monitor;
    std::map<ChurnSignal, QDoubleSpinBox *> m_weights;
    std::map<ChurnSignal, QDoubleSpinBox *> m_thresholds;
    std::map<ChurnSignal, QLabel *> m_shares;
    QSpinBox *m_warnAt;
    QLabel *m_intervals;
    QLabel *m_error;
};

} // namespace kam
