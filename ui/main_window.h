// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QSplitter;
class QTabWidget;

namespace kam {

class AccountDetailView;
class AgendaView;
class AccountTableModel;
class AccountTreeModel;
class ChurnMonitor;
class ValueScorer;
class ConflictsView;
class EditHistory;
class PipelineBoard;
class PipelineSource;
class PortfolioView;
class Store;
class WarningsView;

namespace analytics {
struct DealFilter;
}
namespace sync {
class SyncController;
}

/// The desktop client's window: tabs for the portfolio (the accounts on the left, the selected
/// account on the right) and the pipeline views, menus, toolbar and status bar, and the sync
/// conflicts in a dock. Every edit goes through the
/// window's EditHistory (undo stack); `sync` runs the sync and outlives the window.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Store *store, sync::SyncController *sync, QWidget *parent = nullptr);
    ~MainWindow() override;

    PortfolioView *portfolio() const { return m_portfolio; }
    AccountDetailView *detail() const { return m_detail; }
    ConflictsView *conflicts() const { return m_conflicts; }
    EditHistory *history() const { return m_history; }
    PipelineBoard *board() const { return m_board; }
    /// The churn risk scores of every account, kept current off the UI thread.
    ChurnMonitor *churnMonitor() const { return m_churn; }
    ValueScorer *valueScorer() const { return m_valueScorer; }
    WarningsView *warnings() const { return m_warnings; }
    /// The tabs of the central area: the portfolio, the pipeline board and the other views.
    QTabWidget *workspace() const { return m_workspace; }
    /// Shows the workspace tab called `key` ("portfolio", "pipeline", …); false for no such tab.
    bool showWorkspace(const QString &key);
    QStringList workspaceKeys() const;

    /// Creates an account through an undo command; returns its id or the store's error.
    Result<QString> createAccount(const Account &account);

    /// QSettings key of the UI language ("zh_CN" or "en"; empty: follow the system).
    static QString languageSettingsKey();
    /// The UI language in use: the saved choice ("zh_CN" or "en"), else the system's.
    static QString uiLanguage();
    /// QSettings key of the minutes between automatic syncs (default 10; 0: only on demand).
    static QString syncIntervalSettingsKey();

public slots:
    void newAccount();
    void newContact();
    void deleteSelected();
    void exportAccounts();
    /// Exports a plan of the current account (the user picks one when it has several).
    void exportPlan();
    void exportAllPlans();
    void about();
    void editSettings();
    /// Opens the folder of the support log in the file manager.
    void openLogFolder();
    /// Shows the login dialog; `reason` says why it is asked for (may be empty), `server`
    /// replaces the store's server (empty: the store's).
    void logIn(const QString &reason = {}, const QString &server = {});
    /// The welcome on the first start on a store never opened by the window before (and not
    /// connected to a server), unless "Don't show this again" was ticked on this computer;
    /// marks the store as opened. True when it was shown. main() calls it; tests ask for it.
    bool showWelcomeIfFirstRun();
    void showConflicts();
    void newDeal();
    void editStages();
    void editTargets();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addWorkspaceTab(QWidget *page, const QString &title, const QString &key);
    /// A page of `view` under its own deal filter bar.
    template<typename View>
    QWidget *filteredPage(View *view, void (View::*setFilter)(const analytics::DealFilter &));
    void updateAgendaBadge();
    void updateWarningsBadge();
    void createActions();
    void createMenus();
    void connectSync();
    void updateStatus();
    void updateActions();
    /// Saves `language` ("zh_CN", "en"; empty: follow the system) and offers a restart.
    void chooseLanguage(const QString &language);
    /// Checks the Language menu's entry of the saved language (the system's when none is).
    void checkLanguageAction();
    void saveLayout() const;
    /// Asks whether to apply the detail form's unapplied edits; false when the user cancels
    /// or the store refuses them (the form keeps them and shows why).
    bool settleUnappliedChanges(const QString &question);
    void restoreLayout();

    Store *m_store;
    sync::SyncController *m_sync;
    EditHistory *m_history;
    AccountTableModel *m_tableModel;
    AccountTreeModel *m_treeModel;
    PortfolioView *m_portfolio;
    AccountDetailView *m_detail;
    ConflictsView *m_conflicts;
    QDockWidget *m_conflictsDock;
    QSplitter *m_splitter;
    PipelineSource *m_pipeline;
    PipelineBoard *m_board;
    AgendaView *m_agenda;
    ChurnMonitor *m_churn;
    ValueScorer *m_valueScorer;
    WarningsView *m_warnings;
    QTabWidget *m_workspace;
    QLabel *m_counts;
    QLabel *m_path;

    QAction *m_newAccount = nullptr;
    QAction *m_newContact = nullptr;
    QAction *m_export = nullptr;
    QAction *m_exportPlan = nullptr;
    QAction *m_exportAllPlans = nullptr;
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
    QAction *m_settings = nullptr;
    QAction *m_openLogFolder = nullptr;
    QAction *m_newDeal = nullptr;
    QAction *m_editStages = nullptr;
    QAction *m_editTargets = nullptr;
    QAction *m_login = nullptr;
    QAction *m_logout = nullptr;
    QAction *m_syncNow = nullptr;
    QAction *m_showConflicts = nullptr;
};

} // namespace kam
