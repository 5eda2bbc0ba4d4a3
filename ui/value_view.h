// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QValueAxis;

namespace kam {

class EditHistory;
class Store;
class TierHistoryModel;
class ValueScoreModel;
class ValueScorer;

/// The customer value tab: the active model, every account's value score with its points per
/// criterion, the proposed and current tier; for the selected account its breakdown as a chart
/// and its tier history; how the ranking reacts to ±10 % on each weight. Approve the proposals
/// of the selected accounts or set a tier with a reason (undoable), open the account, edit the
/// models. Scoring runs off the UI thread; the view says when it is busy.
class ValueView : public QWidget
{
    Q_OBJECT

public:
    ValueView(Store *store, EditHistory *history, ValueScorer *scorer, QWidget *parent = nullptr);

    ValueScoreModel *model() const { return m_model; }
    TierHistoryModel *historyModel() const { return m_history; }
    QString selectedAccountId() const;
    /// The accounts of the selected rows.
    QStringList selectedAccountIds() const;
    /// Makes `accountId` current; false when it has no score shown.
    bool selectAccount(const QString &accountId);

public slots:
    /// Sets the tier of each selected account to its proposal (reason "Proposed by <model>").
    void approveProposals();
    /// Opens the tier dialog for the current account.
    void setTier();
    void openAccount();
    void editModels();

signals:
    /// The user asked to open this account (double-click, Open account).
    void accountActivated(const QString &accountId);

private:
    void onScored();
    void updateStatus();
    void updateSelection();
    void updateSensitivity();

    Store *m_store;
    EditHistory *m_edits;
    ValueScorer *m_scorer;
    ValueScoreModel *m_model;
    QSortFilterProxyModel *m_proxy;
    TierHistoryModel *m_history;
    QLabel *m_modelLabel;
    QPushButton *m_editModels;
    QProgressBar *m_busy;
    QLabel *m_status;
    QLineEdit *m_search;
    QTableView *m_table;
    QPushButton *m_approve;
    QPushButton *m_setTier;
    QPushButton *m_open;
    QLabel *m_detailTitle;
    QStackedWidget *m_chartStack;
    QChart *m_chart;
    QBarSet *m_points;
    QBarCategoryAxis *m_criteria;
    QValueAxis *m_pointAxis;
    QTableView *m_historyTable;
    QTableWidget *m_sensitivity;
};

} // namespace kam
