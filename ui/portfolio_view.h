// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enums.h"

#include <QSet>
#include <QWidget>

class QAbstractItemView;
class QHeaderView;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QTableView;
class QToolButton;
class QTreeView;

namespace kam {

class AccountFilterProxy;
class AccountTableModel;
class AccountTreeModel;
class Store;

/// The portfolio: a filter line, filter chips (tier, kind, industry, owner) and the accounts as
/// a flat table or as a group → branch tree. Each view owns its AccountFilterProxy; both get
/// the same filter.
class PortfolioView : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Table, Tree };

    /// `store` journals the exports of the table and the tree.
    PortfolioView(Store *store, AccountTableModel *table, AccountTreeModel *tree, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    /// The selected account, or an empty string.
    QString currentAccountId() const;
    /// Selects and shows `id` (clears the filter first if the account is filtered out).
    void selectAccount(const QString &id);
    /// Selects `id` only if the filter shows it; true if it did.
    bool selectIfShown(const QString &id);
    /// Selects the first visible account when none is selected.
    void selectFirstIfNone();

    /// Accounts the filter lets through (in the current view) and accounts in the portfolio.
    int shownCount() const;
    int totalCount() const;

    void focusFilter();
    void clearFilters();

    QLineEdit *filterEdit() const { return m_filter; }
    QAbstractItemView *currentView() const;

    /// Header layouts and the mode, for QSettings.
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

signals:
    void currentAccountChanged(const QString &accountId);
    /// shownCount() or totalCount() may have changed.
    void countsChanged();
    void modeChanged(Mode mode);
    /// The user pressed Enter or double-clicked an account.
    void accountActivated(const QString &accountId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QToolButton *makeChip(const char *objectName);
    void rebuildIndustryMenu();
    void rebuildOwnerMenu();
    void applyFilter(AccountFilterProxy *proxy) const;
    void onFilterChanged();
    void updateChipTexts();
    void onCurrentChanged(QAbstractItemView *view, const QModelIndex &current);
    void setupHeaderMenu(QHeaderView *header);
    QModelIndex proxyIndexOf(const QString &id) const;

    AccountTableModel *m_tableModel;
    AccountTreeModel *m_treeModel;
    AccountFilterProxy *m_tableProxy;
    AccountFilterProxy *m_treeProxy;
    Mode m_mode = Mode::Table;
    bool m_treeStale = false;
    bool m_tableStale = false;
    QString m_currentId;

    QLineEdit *m_filter;
    QToolButton *m_tierChip;
    QToolButton *m_kindChip;
    QToolButton *m_industryChip;
    QToolButton *m_ownerChip;
    QToolButton *m_clear;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QTreeView *m_tree;

    QSet<Tier> m_tiers;
    QSet<AccountKind> m_kinds;
    QSet<QString> m_industries;
    QSet<QString> m_ownerIds;
    QHash<QString, QString> m_ownerNames; ///< of the chosen owners, for the chip text
};

} // namespace kam
