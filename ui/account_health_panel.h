// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enums.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace kam {

class ChurnMonitor;
class ChurnSignalModel;
class EditHistory;
class LifecycleHistoryModel;
class Store;

/// An account's health: its churn risk score with the trend and the signals behind it, and its
/// lifecycle: the stage, the stage the facts propose and why, confirming the proposal or
/// changing the stage with a reason (undo commands), and the history of decisions.
class AccountHealthPanel : public QWidget
{
    Q_OBJECT

public:
    AccountHealthPanel(Store *store, EditHistory *history, ChurnMonitor *monitor, QWidget *parent = nullptr);

    /// Shows `accountId` (empty: none).
    void setAccount(const QString &accountId);

    ChurnSignalModel *signalModel() const { return m_signals; }
    LifecycleHistoryModel *historyModel() const { return m_historyModel; }

public slots:
    /// Sets the stage the facts propose, with their reason.
    void confirmProposal();
    /// Asks for a stage and a reason.
    void changeStage();

signals:
    /// A short message for the status bar.
    void message(const QString &text);

private:
    void updateScore();
    void updateLifecycle();
    void warn(const QString &message);

    Store *m_store;
    EditHistory *m_history;
    ChurnMonitor *m_monitor;
    QString m_accountId;
    QString m_accountName;
    Lifecycle m_stage = Lifecycle::Prospect;
    ChurnSignalModel *m_signals;
    LifecycleHistoryModel *m_historyModel;
    QLabel *m_score;
    QLabel *m_state;
    QProgressBar *m_busy;
    QTableView *m_signalTable;
    QLabel *m_stageLabel;
    QLabel *m_proposal;
    QPushButton *m_confirm;
    QPushButton *m_change;
    QTableView *m_historyTable;
};

} // namespace kam
