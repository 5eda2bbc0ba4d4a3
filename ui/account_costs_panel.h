// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/portfolio_value.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace kam {

class CostEntryModel;
class EditHistory;
class Store;

/// An account's cost entries (day, kind, amount, note), added, edited and deleted as undo
/// commands, under its profitability over the last four quarters (revenue, gross margin, cost
/// to serve, profit, margin), which follows every change of deals, activities and costs.
class AccountCostsPanel : public QWidget
{
    Q_OBJECT

public:
    AccountCostsPanel(Store *store, EditHistory *history, QWidget *parent = nullptr);

    void setAccount(const QString &accountId);
    CostEntryModel *model() const { return m_model; }
    /// The profitability shown above the entries.
    const analytics::Profitability &profitability() const { return m_profit; }

signals:
    /// A status-bar message ("Deleted the cost …").
    void message(const QString &text);

private:
    QString selectedId() const;
    void updateButtons();
    void scheduleSummary();
    void updateSummary();
    void addEntry();
    void editEntry();
    void deleteEntry();
    void warn(const QString &message);

    Store *m_store;
    EditHistory *m_history;
    QString m_accountId;
    QString m_currency = QStringLiteral("CNY");
    analytics::Profitability m_profit;
    bool m_summaryPending = false;
    CostEntryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_period;
    QLabel *m_revenue;
    QLabel *m_grossMargin;
    QLabel *m_costToServe;
    QLabel *m_profitValue;
    QLabel *m_margin;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QTableView *m_table;
};

} // namespace kam
