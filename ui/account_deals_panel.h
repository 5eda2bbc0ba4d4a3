// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace kam {

class DealListModel;
class EditHistory;
class PipelineSource;

/// The deals of an account and its branches, all statuses, with a rollup line (open count,
/// amount and weighted amount, won this year) and New / Edit buttons; the account's "Deals" tab.
class AccountDealsPanel : public QWidget
{
    Q_OBJECT

public:
    AccountDealsPanel(PipelineSource *source, EditHistory *history, QWidget *parent = nullptr);

    /// Shows the deals of `accountId` and of `branchIds`; new deals go to `accountId`.
    void setAccount(const QString &accountId, const QStringList &branchIds);

    DealListModel *model() const { return m_model; }

private:
    void updateRollup();
    void updateButtons();
    void editSelected();

    PipelineSource *m_source;
    EditHistory *m_history;
    QString m_accountId;
    DealListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_rollup;
    QPushButton *m_new;
    QPushButton *m_edit;
};

} // namespace kam
