// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QSplitter;

namespace kam {

class AccountDetailView;
class AccountTableModel;
class AccountTreeModel;
class EditHistory;
class PortfolioView;
class Store;

/// The desktop client's window: the portfolio on the left, the selected account on the right,
/// menus, toolbar and status bar. Every edit goes through the window's EditHistory (undo stack).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Store *store, QWidget *parent = nullptr);
    ~MainWindow() override;

    PortfolioView *portfolio() const { return m_portfolio; }
    AccountDetailView *detail() const { return m_detail; }
    EditHistory *history() const { return m_history; }

    /// Creates an account through an undo command; returns its id or the store's error.
    Result<QString> createAccount(const Account &account);

    /// QSettings key of the UI language ("zh_CN" or "en"; empty: follow the system).
    static QString languageSettingsKey();

public slots:
    void newAccount();
    void newContact();
    void deleteSelected();
    void exportAccounts();
    void about();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void updateStatus();
    void updateActions();
    void chooseLanguage(const QString &language);
    void saveLayout() const;
    /// Asks whether to apply the detail form's unapplied edits; false when the user cancels
    /// or the store refuses them (the form keeps them and shows why).
    bool settleUnappliedChanges(const QString &question);
    void restoreLayout();

    Store *m_store;
    EditHistory *m_history;
    AccountTableModel *m_tableModel;
    AccountTreeModel *m_treeModel;
    PortfolioView *m_portfolio;
    AccountDetailView *m_detail;
    QSplitter *m_splitter;
    QLabel *m_counts;
    QLabel *m_path;

    QAction *m_newAccount = nullptr;
    QAction *m_newContact = nullptr;
    QAction *m_export = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_find = nullptr;
    QAction *m_viewTable = nullptr;
    QAction *m_viewTree = nullptr;
    QAction *m_langZh = nullptr;
    QAction *m_langEn = nullptr;
    QAction *m_about = nullptr;
};

} // namespace kam
