// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QWidget>

#include <functional>
#include <vector>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace kam {

class AccountForm;
class ContactTableModel;
class EditHistory;
class FieldHistoryModel;
class Store;
class TeamTableModel;

/// One account: a header (name, kind, tier) and the tabs Overview (the editable AccountForm),
/// Contacts, Team and History. Every change goes through the EditHistory as an undo command.
class AccountDetailView : public QWidget
{
    Q_OBJECT

public:
    AccountDetailView(Store *store, EditHistory *history, QAbstractItemModel *accounts,
                      QWidget *parent = nullptr);

    QString accountId() const { return m_account.meta.id; }
    /// Shows `id` (empty: the "no account" page).
    void setAccountId(const QString &id);

    /// True when the Contacts tab's table has the keyboard focus (Edit ▸ Delete then means it).
    bool contactsHaveFocus() const;
    /// True while the Overview form has changes not yet applied.
    bool hasUnappliedChanges() const;

    void showTab(int index);
    /// Shows the tab named `key` (tabKeys()); false when there is none.
    bool showTab(const QString &key);
    /// The tabs' stable names, in tab order ("overview", "contacts", …), for --account-tab.
    QStringList tabKeys() const;

    /// Adds a tab that follows the shown account: `show(accountId, branchIds)` is called each
    /// time the account changes (with an empty id when none is shown). The branches are all
    /// accounts below it in its group, so a group's tab rolls its branches up. `key` names the
    /// tab for showTab(). The tab goes at `index`, or before History when -1.
    using AccountShown = std::function<void(const QString &accountId, const QStringList &branchIds)>;
    void addAccountTab(QWidget *page, const QString &title, const QString &key, AccountShown show,
                       int index = -1);

public slots:
    void newContact();
    void editContact();
    void deleteContact();
    void applyOverview();
    void revertOverview();

signals:
    /// A short message for the status bar.
    void message(const QString &text);
    /// The History tab shows `accountId` (the window fetches the server's history for it).
    void historyShown(const QString &accountId);

private:
    void onRowsChanged(const QString &table, const QStringList &ids);
    void reloadAccount();
    void updateHeader();
    void updateButtons();
    void announceHistory();
    void reloadTeamUsers();
    void addTeamMember();
    void removeTeamMember();
    void setTeamMemberRole();
    QString selectedContactId() const;
    void editContactById(const QString &id);
    void warn(const QString &message);

    /// The accounts below the shown one, at any depth.
    QStringList branchIds() const;

    Store *m_store;
    EditHistory *m_history;
    Account m_account;
    std::vector<AccountShown> m_accountTabs;

    QStackedWidget *m_pages;
    QLabel *m_name;
    QLabel *m_info;
    QTabWidget *m_tabs;
    AccountForm *m_form;
    QPushButton *m_apply;
    QPushButton *m_revert;

    ContactTableModel *m_contacts;
    QSortFilterProxyModel *m_contactsProxy;
    QTableView *m_contactsTable;
    QPushButton *m_contactNew;
    QPushButton *m_contactEdit;
    QPushButton *m_contactDelete;

    TeamTableModel *m_team;
    QTableView *m_teamTable;
    QComboBox *m_teamUser;
    QComboBox *m_teamRole;
    QPushButton *m_teamAdd;
    QPushButton *m_teamRemove;
    QPushButton *m_teamSetRole;

    FieldHistoryModel *m_historyModel;
    QTableView *m_historyTable;
};

} // namespace kam
