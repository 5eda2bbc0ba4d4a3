// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace kam {

class ChurnMonitor;
class ChurnSignalModel;
class EditHistory;
class Store;
class WarningListModel;

/// The churn warnings: the accounts at risk, highest score first, and for the selected one the
/// signals behind its score; acknowledge or snooze a warning (undoable), open the account, and
/// tune the score's settings. Scoring runs off the UI thread; the view says when it is busy.
class WarningsView : public QWidget
{
    Q_OBJECT

public:
    WarningsView(Store *store, EditHistory *history, ChurnMonitor *monitor, QWidget *parent = nullptr);

    WarningListModel *model() const { return m_model; }
    ChurnSignalModel *signalModel() const { return m_signals; }
    /// Warnings nobody has reviewed yet (or that got worse since), for a badge.
    int newCount() const;
    QString selectedAccountId() const;
    /// Selects the warning of `accountId`; false when it has none shown.
    bool selectAccount(const QString &accountId);

public slots:
    void acknowledge();
    void snooze();
    void openAccount();
    void editSettings();

signals:
    /// The user asked to open this account (double-click, Open account).
    void accountActivated(const QString &accountId);
    /// newCount() may have changed.
    void countsChanged();
    /// The settings were saved (the score's intervals may have changed for others to see).
    void settingsChanged();

private:
    void review(int kind);
    void updateStatus();
    void updateSelection();

    Store *m_store;
    EditHistory *m_history;
    ChurnMonitor *m_monitor;
    WarningListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    ChurnSignalModel *m_signals;
    QTableView *m_table;
    QTableView *m_signalTable;
    QLabel *m_status;
    QProgressBar *m_busy;
    QLabel *m_detailTitle;
    QCheckBox *m_showSnoozed;
    QPushButton *m_acknowledge;
    QPushButton *m_snooze;
    QPushButton *m_open;
    QPushButton *m_settings;
};

} // namespace kam
