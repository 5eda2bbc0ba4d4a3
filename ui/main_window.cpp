// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"

#include "account_deals_panel.h"
#include "account_health_panel.h"
#include "app_language.h"
#include "account_detail_view.h"
#include "activity_timeline_panel.h"
#include "agenda_view.h"
#include "about_dialog.h"
#include "account_dialog.h"
#include "store/app_settings.h"
#include "campaigns_view.h"
#include "commands/store_commands.h"
#include "conflicts_view.h"
#include "deal_dialog.h"
#include "deal_filter_bar.h"
#include "io/account_export.h"
#include "forecast_view.h"
#include "funnel_view.h"
#include "import_wizard.h"
#include "itemmodels/account_table_model.h"
#include "itemmodels/account_tree_model.h"
#include "itemmodels/churn_monitor.h"
#include "itemmodels/pipeline_source.h"
#include "itemmodels/value_scorer.h"
#include "log_file.h"
#include "login_dialog.h"
#include "pipeline_board.h"
#include "plan_editor.h"
#include "plan_export.h"
#include "portfolio_view.h"
#include "satisfaction_panel.h"
#include "settings_dialog.h"
#include "satisfaction_portfolio_view.h"
#include "profitability_view.h"
#include "account_costs_panel.h"
#include "store/store.h"
#include "value_view.h"
#include "stage_editor_dialog.h"
#include "sync/http_transport.h"
#include "sync/sync_controller.h"
#include "sync_status_widget.h"
#include "targets_dialog.h"
#include "warnings_view.h"
#include "welcome_dialog.h"
#include "widget_helpers.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace kam {

namespace {

const QString kGeometryKey = QStringLiteral("ui/geometry");
const QString kStateKey = QStringLiteral("ui/windowState");
const QString kSplitterKey = QStringLiteral("ui/splitter");
const QString kPortfolioKey = QStringLiteral("ui/portfolio");
/// QSettings: false once "Don't show this again" was ticked in the welcome.
const QString kWelcomeKey = QStringLiteral("ui/showWelcome");
/// Store setting: when the window first opened the store (empty: never).
const QString kOpenedKey = QStringLiteral("ui.first_opened");

Q_LOGGING_CATEGORY(lcSync, "kam.sync")

QAction *makeAction(const QString &text, const char *objectName, QObject *parent)
{
    auto *a = new QAction(text, parent);
    a->setObjectName(QLatin1String(objectName));
    return a;
}

} // namespace

QString MainWindow::languageSettingsKey()
{
    return QStringLiteral("ui/language");
}

QString MainWindow::uiLanguage()
{
    const QString saved = QSettings().value(languageSettingsKey()).toString();
    if (saved == QLatin1String("zh_CN") || saved == QLatin1String("en"))
        return saved;
    return systemUiLanguage();
}

QString MainWindow::syncIntervalSettingsKey()
{
    return QStringLiteral("sync/intervalMinutes");
}

MainWindow::MainWindow(Store *store, sync::SyncController *sync, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_sync(sync)
    , m_history(new EditHistory(store, this))
    , m_tableModel(new AccountTableModel(store, this))
    , m_treeModel(new AccountTreeModel(store, this))
    , m_churn(new ChurnMonitor(*store, this))
    , m_valueScorer(new ValueScorer(*store, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("%1 — KAM Desk").arg(QFileInfo(store->path()).fileName()));
    setWindowIcon(kamIcon(QStringLiteral("kamdesk")));

    Result<void> loaded = m_tableModel->reload();
    if (loaded)
        loaded = m_treeModel->reload();

    m_portfolio = new PortfolioView(store, m_tableModel, m_treeModel, this);
    m_detail = new AccountDetailView(store, m_history, m_tableModel, this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_portfolio);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setContentsMargins(6, 6, 6, 0);

    // The day's other work: the pipeline as a board, and the account's deals as a tab.
    m_pipeline = new PipelineSource(store, this);
    m_board = new PipelineBoard(m_pipeline, m_history, this);
    m_board->setContentsMargins(6, 6, 6, 0);
    auto *deals = new AccountDealsPanel(m_pipeline, m_history, this);
    m_detail->addAccountTab(deals, tr("&Deals"), QStringLiteral("deals"), [deals](const QString &id, const QStringList &branches) {
        deals->setAccount(id, branches);
    });
    auto *activities = new ActivityTimelinePanel(store, m_history, this);
    m_detail->addAccountTab(activities, tr("&Activities"), QStringLiteral("activities"),
                            [activities](const QString &id, const QStringList &branches) {
                                activities->setAccount(id, branches);
                            });
    auto *accountSatisfaction = new SatisfactionPanel(store, m_history, this);
    m_detail->addAccountTab(accountSatisfaction, tr("&Satisfaction"), QStringLiteral("satisfaction"),
                            [accountSatisfaction](const QString &id, const QStringList &branches) {
                                accountSatisfaction->setAccount(id, branches);
                            });
    auto *costs = new AccountCostsPanel(store, m_history, this);
    m_detail->addAccountTab(costs, tr("Pro&fit && costs"), QStringLiteral("costs"),
                            [costs](const QString &id, const QStringList &) { costs->setAccount(id); });
    auto *plans = new PlanEditor(store, m_history, this);
    m_detail->addAccountTab(plans, tr("&Plans"), QStringLiteral("plans"),
                            [plans](const QString &id, const QStringList &) { plans->setAccount(id); });
    auto *health = new AccountHealthPanel(store, m_history, m_churn, this);
    m_detail->addAccountTab(health, tr("&Health"), QStringLiteral("health"),
                            [health](const QString &id, const QStringList &) { health->setAccount(id); });
    const auto showStatus = [this](const QString &text) { statusBar()->showMessage(text, 5000); };
    connect(activities, &ActivityTimelinePanel::message, this, showStatus);
    connect(accountSatisfaction, &SatisfactionPanel::message, this, showStatus);
    connect(health, &AccountHealthPanel::message, this, showStatus);
    connect(costs, &AccountCostsPanel::message, this, showStatus);
    m_agenda = new AgendaView(store, m_history, this);
    m_agenda->setContentsMargins(6, 6, 6, 0);
    m_warnings = new WarningsView(store, m_history, m_churn, this);
    m_warnings->setContentsMargins(6, 6, 6, 0);
    auto *funnel = new FunnelView(m_pipeline, this);
    auto *forecast = new ForecastView(m_pipeline, m_history, this);

    m_workspace = new QTabWidget(this);
    m_workspace->setObjectName(QStringLiteral("workspaceTabs"));
    m_workspace->setDocumentMode(true);
    addWorkspaceTab(m_splitter, tr("Portfolio"), QStringLiteral("portfolio"));
    addWorkspaceTab(m_board, tr("Pipeline"), QStringLiteral("pipeline"));
    addWorkspaceTab(filteredPage(funnel, &FunnelView::setFilter), tr("Funnel"), QStringLiteral("funnel"));
    QWidget *forecastPage = filteredPage(forecast, &ForecastView::setFilter);
    forecastPage->findChild<DealFilterBar *>()->hidePeriod(); // its periods are its own range
    addWorkspaceTab(forecastPage, tr("Forecast"), QStringLiteral("forecast"));
    auto *value = new ValueView(store, m_history, m_valueScorer, this);
    value->setContentsMargins(6, 6, 6, 0);
    addWorkspaceTab(value, tr("Value"), QStringLiteral("value"));
    connect(value, &ValueView::accountActivated, this, [this](const QString &id) {
        showWorkspace(QStringLiteral("portfolio"));
        m_portfolio->clearFilters(); // the account may be filtered out
        m_portfolio->selectAccount(id);
    });
    auto *profitability = new ProfitabilityView(store, this);
    profitability->setContentsMargins(6, 6, 6, 0);
    addWorkspaceTab(profitability, tr("Profitability"), QStringLiteral("profitability"));
    auto *campaigns = new CampaignsView(store, m_pipeline, m_history, this);
    campaigns->setContentsMargins(6, 6, 6, 0);
    addWorkspaceTab(campaigns, tr("Campaigns"), QStringLiteral("campaigns"));
    auto *satisfaction = new SatisfactionPortfolioView(store, this);
    satisfaction->setContentsMargins(6, 6, 6, 0);
    addWorkspaceTab(satisfaction, tr("Satisfaction"), QStringLiteral("satisfaction"));
    addWorkspaceTab(m_agenda, tr("Agenda"), QStringLiteral("agenda"));
    addWorkspaceTab(m_warnings, tr("Warnings"), QStringLiteral("warnings"));
    setCentralWidget(m_workspace);
    connect(m_agenda, &AgendaView::countsChanged, this, &MainWindow::updateAgendaBadge);
    connect(m_agenda, &AgendaView::accountActivated, this, [this](const QString &id) {
        showWorkspace(QStringLiteral("portfolio"));
        m_portfolio->selectAccount(id);
    });
    updateAgendaBadge();
    connect(m_warnings, &WarningsView::countsChanged, this, &MainWindow::updateWarningsBadge);
    connect(m_warnings, &WarningsView::accountActivated, this, [this](const QString &id) {
        showWorkspace(QStringLiteral("portfolio"));
        m_portfolio->clearFilters(); // the account may be filtered out
        m_portfolio->selectAccount(id);
        m_detail->showTab(QStringLiteral("health"));
    });
    // The score's contact intervals are the agenda's maintenance intervals.
    connect(m_agenda, &AgendaView::maintenanceRulesChanged, m_churn, &ChurnMonitor::reloadSettings);
    updateWarningsBadge();

    m_conflicts = new ConflictsView(m_history, this);
    m_conflictsDock = new QDockWidget(tr("Sync Conflicts"), this);
    m_conflictsDock->setObjectName(QStringLiteral("conflictsDock"));
    m_conflictsDock->setWidget(m_conflicts);
    addDockWidget(Qt::BottomDockWidgetArea, m_conflictsDock);
    m_conflictsDock->hide();

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("statusCounts"));
    m_path = new QLabel(QDir::toNativeSeparators(store->path()), this);
    m_path->setObjectName(QStringLiteral("statusPath"));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setToolTip(tr("The local store"));
    auto *syncStatus = new SyncStatusWidget(sync, this);
    statusBar()->addWidget(m_counts);
    statusBar()->addPermanentWidget(syncStatus);
    statusBar()->addPermanentWidget(m_path);
    connect(syncStatus, &SyncStatusWidget::conflictsRequested, this, &MainWindow::showConflicts);

    createActions();
    createMenus();
    connectSync();

    connect(m_portfolio, &PortfolioView::currentAccountChanged, this, [this](const QString &id) {
        if (id == m_detail->accountId())
            return;
        // Moving to another account must not drop typed but unapplied edits silently.
        if (!settleUnappliedChanges(tr("The account has changes that were not applied. Apply "
                                       "them before showing another account?"))) {
            m_portfolio->selectAccount(m_detail->accountId()); // stay; emits nothing new
            return;
        }
        m_detail->setAccountId(id);
        updateActions();
    });
    connect(m_portfolio, &PortfolioView::countsChanged, this, &MainWindow::updateStatus);
    connect(m_portfolio, &PortfolioView::modeChanged, this, [this](PortfolioView::Mode mode) {
        (mode == PortfolioView::Mode::Table ? m_viewTable : m_viewTree)->setChecked(true);
    });
    connect(m_portfolio, &PortfolioView::accountActivated, this, [this] { m_detail->setFocus(); });
    connect(m_detail, &AccountDetailView::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_history, &EditHistory::commandFailed, this,
            [this](const QString &what, const QString &message) {
                QMessageBox::warning(this, tr("KAM Desk"),
                                     tr("“%1” could not be undone or redone:\n%2").arg(what, message));
            });
    connect(m_history->stack(), &QUndoStack::indexChanged, this, [this] {
        // After undo/redo the detail pane follows the store (the account may be back or gone).
        if (m_detail->accountId().isEmpty() && !m_portfolio->currentAccountId().isEmpty())
            m_detail->setAccountId(m_portfolio->currentAccountId());
        updateActions();
    });

    restoreLayout();
    m_portfolio->selectFirstIfNone();
    updateStatus();
    updateActions();
    if (!loaded)
        QMessageBox::warning(this, tr("KAM Desk"), loaded.error().message);
}

MainWindow::~MainWindow()
{
    // ~QWidget deletes the children, and the undo stack announces its clearing then; by that
    // time this is no longer a MainWindow, so its slots must not run.
    disconnect(m_history->stack(), nullptr, this, nullptr);
}

void MainWindow::addWorkspaceTab(QWidget *page, const QString &title, const QString &key)
{
    page->setProperty("workspaceKey", key);
    m_workspace->addTab(page, title);
}

template<typename View>
QWidget *MainWindow::filteredPage(View *view, void (View::*setFilter)(const analytics::DealFilter &))
{
    auto *page = new QWidget(this);
    auto *bar = new DealFilterBar(m_pipeline, page);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(bar);
    layout->addWidget(view, 1);
    connect(bar, &DealFilterBar::filterChanged, view, setFilter);
    (view->*setFilter)(bar->filter());
    return page;
}

void MainWindow::newDeal()
{
    openDealDialog(m_pipeline, m_history, Opportunity{}, this);
}

void MainWindow::editStages()
{
    StageEditorDialog dialog(m_history, this);
    dialog.exec();
}

void MainWindow::editTargets()
{
    TargetsDialog dialog(m_pipeline, m_history, this);
    dialog.exec();
}

void MainWindow::updateAgendaBadge()
{
    const int overdue = m_agenda->overdueCount();
    const int index = m_workspace->indexOf(m_agenda);
    m_workspace->setTabText(index, overdue > 0 ? tr("Agenda (%L1 overdue)").arg(overdue) : tr("Agenda"));
}

void MainWindow::updateWarningsBadge()
{
    const int fresh = m_churn->newWarnings();
    const int index = m_workspace->indexOf(m_warnings);
    m_workspace->setTabText(index, fresh > 0 ? tr("Warnings (%L1)").arg(fresh) : tr("Warnings"));
}

bool MainWindow::showWorkspace(const QString &key)
{
    for (int i = 0; i < m_workspace->count(); ++i)
        if (m_workspace->widget(i)->property("workspaceKey").toString() == key) {
            m_workspace->setCurrentIndex(i);
            return true;
        }
    return false;
}

QStringList MainWindow::workspaceKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_workspace->count(); ++i)
        keys << m_workspace->widget(i)->property("workspaceKey").toString();
    return keys;
}

void MainWindow::createActions()
{
    m_newAccount = makeAction(tr("&New Account…"), "actionNewAccount", this);
    m_newAccount->setShortcut(QKeySequence::New);
    m_newAccount->setIcon(kamIcon(QStringLiteral("account-new")));
    m_newAccount->setStatusTip(tr("Add a customer account to the portfolio"));
    connect(m_newAccount, &QAction::triggered, this, &MainWindow::newAccount);

    m_newContact = makeAction(tr("New &Contact…"), "actionNewContact", this);
    m_newContact->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newContact->setIcon(kamIcon(QStringLiteral("contact-new")));
    m_newContact->setStatusTip(tr("Add a contact person to the selected account"));
    connect(m_newContact, &QAction::triggered, this, &MainWindow::newContact);

    m_export = makeAction(tr("&Export Accounts…"), "actionExport", this);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setIcon(kamIcon(QStringLiteral("export")));
    m_export->setStatusTip(tr("Save the accounts as a CSV or JSON file"));
    connect(m_export, &QAction::triggered, this, &MainWindow::exportAccounts);
    m_exportPlan = makeAction(tr("Export Plan to &PDF…"), "actionExportPlanPdf", this);
    m_exportPlan->setStatusTip(tr("Save a key account plan of the selected account as a PDF"));
    connect(m_exportPlan, &QAction::triggered, this, &MainWindow::exportPlan);
    m_exportAllPlans = makeAction(tr("Export All Plans to PDF…"), "actionExportAllPlansPdf", this);
    m_exportAllPlans->setStatusTip(tr("Save every key account plan of the portfolio as PDFs in a folder"));
    connect(m_exportAllPlans, &QAction::triggered, this, &MainWindow::exportAllPlans);

    m_quit = makeAction(tr("&Quit"), "actionQuit", this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_undo = m_history->stack()->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setIcon(kamIcon(QStringLiteral("undo")));
    m_redo = m_history->stack()->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("actionRedo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setIcon(kamIcon(QStringLiteral("redo")));

    m_delete = makeAction(tr("&Delete"), "actionDelete", this);
    // Ctrl+Delete from anywhere; the bare Delete key only where a list has the focus (below),
    // so it never deletes an account while the user is in a combo box or a team list.
    m_delete->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    for (const char *name : {"portfolioTable", "portfolioTree"}) {
        auto *view = m_portfolio->findChild<QWidget *>(QLatin1String(name));
        auto *key = new QShortcut(QKeySequence::Delete, view, nullptr, nullptr, Qt::WidgetShortcut);
        connect(key, &QShortcut::activated, this, &MainWindow::deleteSelected);
    }
    m_delete->setIcon(kamIcon(QStringLiteral("delete")));
    m_delete->setStatusTip(tr("Delete the selected account, or the selected contact when the "
                              "contact list has the focus (Undo brings it back)"));
    connect(m_delete, &QAction::triggered, this, &MainWindow::deleteSelected);

    m_find = makeAction(tr("&Find"), "actionFind", this);
    m_find->setShortcut(QKeySequence::Find);
    m_find->setIcon(kamIcon(QStringLiteral("find")));
    m_find->setStatusTip(tr("Filter the portfolio"));
    connect(m_find, &QAction::triggered, m_portfolio, &PortfolioView::focusFilter);

    auto *views = new QActionGroup(this);
    m_viewTable = makeAction(tr("As &Table"), "actionViewTable", views);
    m_viewTable->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_viewTable->setIcon(kamIcon(QStringLiteral("view-table")));
    m_viewTable->setCheckable(true);
    m_viewTable->setChecked(true);
    m_viewTree = makeAction(tr("As Group T&ree"), "actionViewTree", views);
    m_viewTree->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_viewTree->setIcon(kamIcon(QStringLiteral("view-tree")));
    m_viewTree->setCheckable(true);
    connect(m_viewTable, &QAction::triggered, this,
            [this] { m_portfolio->setMode(PortfolioView::Mode::Table); });
    connect(m_viewTree, &QAction::triggered, this,
            [this] { m_portfolio->setMode(PortfolioView::Mode::Tree); });

    auto *languages = new QActionGroup(this);
    // Language names are written in their own language, never translated.
    m_langZh = makeAction(QStringLiteral("简体中文"), "actionLanguageZh", languages);
    m_langEn = makeAction(QStringLiteral("English"), "actionLanguageEn", languages);
    m_langZh->setCheckable(true);
    m_langEn->setCheckable(true);
    checkLanguageAction();
    connect(m_langZh, &QAction::triggered, this, [this] { chooseLanguage(QStringLiteral("zh_CN")); });
    connect(m_langEn, &QAction::triggered, this, [this] { chooseLanguage(QStringLiteral("en")); });

    m_login = makeAction(tr("&Log In…"), "actionLogin", this);
    m_login->setStatusTip(tr("Connect this store to the company's sync server"));
    connect(m_login, &QAction::triggered, this, [this] { logIn(); });
    m_logout = makeAction(tr("Log &Out"), "actionLogout", this);
    m_logout->setStatusTip(tr("End the session; the data stays on this computer"));
    connect(m_logout, &QAction::triggered, m_sync, &sync::SyncController::logout);
    m_syncNow = makeAction(tr("&Sync Now"), "actionSyncNow", this);
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncNow->setStatusTip(tr("Send your changes and receive your colleagues'"));
    connect(m_syncNow, &QAction::triggered, m_sync, &sync::SyncController::syncNow);
    m_showConflicts = m_conflictsDock->toggleViewAction();
    m_showConflicts->setText(tr("&Conflicts"));
    m_showConflicts->setObjectName(QStringLiteral("actionConflicts"));
    m_showConflicts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_newDeal = makeAction(tr("New &Deal…"), "actionNewDeal", this);
    m_newDeal->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    m_newDeal->setStatusTip(tr("Add a sales opportunity"));
    connect(m_newDeal, &QAction::triggered, this, &MainWindow::newDeal);
    m_editStages = makeAction(tr("Sales &Stages…"), "actionEditStages", this);
    m_editStages->setStatusTip(tr("Add, rename and reorder the stages of the sales process"));
    connect(m_editStages, &QAction::triggered, this, &MainWindow::editStages);
    m_editTargets = makeAction(tr("Sales &Targets…"), "actionEditTargets", this);
    m_editTargets->setStatusTip(tr("Set the targets the forecast is measured against"));
    connect(m_editTargets, &QAction::triggered, this, &MainWindow::editTargets);

    m_about = makeAction(tr("&About KAM Desk"), "actionAbout", this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::about);
    m_settings = makeAction(tr("&Settings…"), "actionSettings", this);
    m_settings->setShortcut(QKeySequence::Preferences);
    m_settings->setMenuRole(QAction::PreferencesRole);
    m_settings->setStatusTip(tr("Language, sync server and interval, default currency and maintenance intervals"));
    connect(m_settings, &QAction::triggered, this, &MainWindow::editSettings);
    m_openLogFolder = makeAction(tr("Open &Log Folder"), "actionOpenLogFolder", this);
    m_openLogFolder->setStatusTip(tr("Show the support log of KAM Desk in the file manager"));
    connect(m_openLogFolder, &QAction::triggered, this, &MainWindow::openLogFolder);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAccount);
    file->addAction(m_newContact);
    file->addSeparator();
    QAction *importCsv = makeAction(tr("&Import CSV…"), "actionImportCsv", this);
    importCsv->setStatusTip(tr("Read accounts, contacts, deals and more from a CSV file"));
    connect(importCsv, &QAction::triggered, this, [this] {
        ImportWizard wizard(m_store, this);
        wizard.exec();
    });
    file->addAction(importCsv);
    file->addAction(m_export);
    file->addAction(m_exportPlan);
    file->addAction(m_exportAllPlans);
    file->addSeparator();
    file->addAction(m_settings);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_delete);
    edit->addSeparator();
    edit->addAction(m_find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_viewTable);
    view->addAction(m_viewTree);

    view->addSeparator();
    view->addAction(m_showConflicts);
    QMenu *pipeline = menuBar()->addMenu(tr("&Pipeline"));
    pipeline->addAction(m_newDeal);
    pipeline->addSeparator();
    pipeline->addAction(m_editStages);
    pipeline->addAction(m_editTargets);
    QMenu *syncMenu = menuBar()->addMenu(tr("&Sync"));
    syncMenu->addAction(m_syncNow);
    syncMenu->addAction(m_showConflicts);
    syncMenu->addSeparator();
    syncMenu->addAction(m_login);
    syncMenu->addAction(m_logout);
    QMenu *language = menuBar()->addMenu(tr("&Language"));
    language->addAction(m_langZh);
    language->addAction(m_langEn);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_openLogFolder);
    help->addSeparator();
    help->addAction(m_about);

    QToolBar *tools = addToolBar(tr("Main Toolbar"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->setMovable(false);
    tools->addAction(m_newAccount);
    tools->addAction(m_newContact);
    tools->addAction(m_delete);
    tools->addSeparator();
    tools->addAction(m_undo);
    tools->addAction(m_redo);
    tools->addSeparator();
    tools->addAction(m_viewTable);
    tools->addAction(m_viewTree);
    tools->addSeparator();
    tools->addAction(m_export);
}

void MainWindow::updateStatus()
{
    const QLocale locale;
    const int shown = m_portfolio->shownCount();
    const int total = m_portfolio->totalCount();
    m_counts->setText(shown == total
                          ? tr("%Ln account(s)", nullptr, total)
                          : tr("%1 of %Ln account(s) shown", nullptr, total).arg(locale.toString(shown)));
}

void MainWindow::updateActions()
{
    const bool account = !m_portfolio->currentAccountId().isEmpty();
    m_newContact->setEnabled(account);
    m_delete->setEnabled(account);
    m_exportPlan->setEnabled(account);
}

Result<QString> MainWindow::createAccount(const Account &account)
{
    auto command = std::make_unique<CreateCommand<Account>>(m_history, account);
    const QString id = command->rowId();
    if (Result<void> r = m_history->push(std::move(command)); !r)
        return r.error();
    return id;
}

void MainWindow::newAccount()
{
    Account account;
    account.ownerId = m_store->currentUserId();
    account.currency = defaultCurrency(*m_store);
    QString createdId;
    QString createdName;
    AccountDialog dialog(m_store, m_tableModel, account,
                         [this, &createdId, &createdName](const Account &a) -> Result<void> {
                             Result<QString> id = createAccount(a);
                             if (!id)
                                 return id.error();
                             createdId = *id;
                             createdName = a.legalName;
                             return {};
                         },
                         this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_portfolio->selectAccount(createdId);
    statusBar()->showMessage(tr("Created %1").arg(createdName), 5000);
}

void MainWindow::newContact()
{
    m_detail->newContact();
}

void MainWindow::deleteSelected()
{
    if (m_detail->contactsHaveFocus()) {
        m_detail->deleteContact();
        return;
    }
    const QString id = m_portfolio->currentAccountId();
    if (id.isEmpty())
        return;
    Result<Account> account = m_store->get<Account>(id);
    if (!account) {
        QMessageBox::warning(this, tr("KAM Desk"), account.error().message);
        return;
    }
    Result<void> r = m_history->push(std::make_unique<DeleteCommand<Account>>(m_history, *account));
    if (!r) {
        QMessageBox::warning(this, tr("KAM Desk"), r.error().message);
        return;
    }
    statusBar()->showMessage(
        tr("Deleted %1. %2 brings it back.")
            .arg(account->legalName, m_undo->shortcut().toString(QKeySequence::NativeText)),
        5000);
}

void MainWindow::exportAccounts()
{
    const auto as = [this](ExportFormat format) {
        return [this, format](QIODevice *device) { return kam::exportAccounts(*m_store, device, format); };
    };
    // The audit log names the entity as the CLI does, whatever the UI language.
    const std::optional<SavedExport> saved
        = saveExport(this, *m_store, tr("Export Accounts"), QStringLiteral("accounts"), tr("accounts"),
                     {{tr("CSV files (*.csv)"), QStringLiteral("csv"), as(ExportFormat::Csv)},
                      {tr("JSON files (*.json)"), QStringLiteral("json"), as(ExportFormat::Json)}});
    if (!saved)
        return;
    statusBar()->showMessage(tr("Exported %n account(s) to %1", nullptr, saved->rows)
                                 .arg(QDir::toNativeSeparators(saved->path)),
                             5000);
}

void MainWindow::exportPlan()
{
    const QString accountId = m_portfolio->currentAccountId();
    Result<std::vector<Plan>> plans = m_store->plans({accountId});
    if (!plans || plans->empty()) {
        QMessageBox::information(this, tr("Export Plan to PDF"),
                                 plans ? tr("The selected account has no key account plan.") : plans.error().message);
        return;
    }
    int chosen = 0;
    if (plans->size() > 1) {
        QStringList names;
        for (const Plan &p : *plans)
            names << tr("%1 (%2)").arg(p.title, planPeriodLabel(p.period));
        bool ok = false;
        const QString name = QInputDialog::getItem(this, tr("Export Plan to PDF"), tr("Plan:"), names, 0, false, &ok);
        if (!ok)
            return;
        chosen = int(names.indexOf(name));
    }
    exportPlanToPdf(this, *m_store, (*plans)[size_t(chosen)].meta.id);
}

void MainWindow::exportAllPlans()
{
    Result<std::vector<Plan>> plans = m_store->plans();
    if (!plans || plans->empty()) {
        QMessageBox::information(this, tr("Export All Plans to PDF"),
                                 plans ? tr("The portfolio has no key account plan.") : plans.error().message);
        return;
    }
    QStringList ids;
    for (const Plan &p : *plans)
        ids << p.meta.id;
    exportPlansToPdf(this, *m_store, ids);
}

void MainWindow::connectSync()
{
    const auto signedIn = [this](const sync::SyncStatus &s) {
        m_logout->setEnabled(s.state != sync::SyncStatus::State::SignedOut);
        m_syncNow->setEnabled(s.state != sync::SyncStatus::State::Syncing);
    };
    connect(m_sync, &sync::SyncController::statusChanged, this, signedIn);
    signedIn(m_sync->status());
    // The support log: each start and end of a sync (not its progress).
    connect(m_sync, &sync::SyncController::statusChanged, this,
            [state = m_sync->status().state](const sync::SyncStatus &s) mutable {
                using State = sync::SyncStatus::State;
                if (s.state == state)
                    return;
                state = s.state;
                if (state == State::Syncing)
                    qCInfo(lcSync) << "sync started";
                else if (state == State::Error || state == State::Offline)
                    qCWarning(lcSync).noquote() << "sync failed:" << s.message;
                else if (state == State::UpToDate || state == State::Conflicts)
                    qCInfo(lcSync) << "sync finished;" << s.pending << "changes pending," << s.conflicts << "conflicts";
            });
    connect(m_sync, &sync::SyncController::loginNeeded, this, [this](const QString &reason) {
        // Only a store that was connected before asks by itself; a demo store stays quiet.
        if (!m_sync->serverUrl().isEmpty() && !findChild<LoginDialog *>())
            logIn(reason);
    });
    connect(m_sync, &sync::SyncController::keychainUnavailable, this, [this](const QString &reason) {
        QMessageBox::information(this, tr("Sync"),
                                 tr("%1\nYou are logged in for as long as KAM Desk runs; at the next "
                                    "start it asks for your password again. Nothing secret is "
                                    "written to disk.")
                                     .arg(reason));
    });
    connect(m_sync, &sync::SyncController::revoked, this, [this](const QString &message) {
        m_history->stack()->clear(); // its commands would bring the wiped company data back
        QMessageBox::warning(this, tr("Sync"), message);
    });
    connect(m_sync, &sync::SyncController::outdated, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Sync"),
                             tr("This version of KAM Desk cannot sync with the server: %1\nInstall "
                                "the current version; your data stays on this computer meanwhile.")
                                 .arg(message));
    });
    connect(m_conflicts, &ConflictsView::accountRequested, this, [this](const QString &id) {
        m_portfolio->clearFilters(); // the account may be filtered out
        m_portfolio->selectAccount(id);
    });
    // What happened to an account before it reached this store (a successor's inheritance).
    connect(m_detail, &AccountDetailView::historyShown, m_sync, &sync::SyncController::loadHistory);
    m_sync->setInterval(QSettings().value(syncIntervalSettingsKey(), 10).toInt());
}

void MainWindow::logIn(const QString &reason, const QString &server)
{
    LoginDialog dialog(m_sync, reason, this);
    if (!server.isEmpty())
        dialog.setServer(server);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Logged in as %1").arg(m_sync->userEmail()), 5000);
}

void MainWindow::showConflicts()
{
    m_conflictsDock->show();
    m_conflictsDock->raise();
    m_conflicts->setFocus();
}

void MainWindow::about()
{
    AboutDialog dialog(m_store->path(), this);
    dialog.exec();
}

void MainWindow::editSettings()
{
    SettingsDialog dialog(m_store, m_sync, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_agenda->reloadMaintenanceRules();
    const Result<QUrl> server = sync::parseServerUrl(dialog.server());
    if (server && server->toString() != m_sync->serverUrl())
        logIn({}, dialog.server());
    chooseLanguage(dialog.language()); // last: it may restart KAM Desk
}

void MainWindow::openLogFolder()
{
    const QString folder = logDirectory();
    QDir().mkpath(folder);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        QMessageBox::information(this, tr("Open Log Folder"),
                                 tr("The support log is in %1").arg(QDir::toNativeSeparators(folder)));
}

bool MainWindow::showWelcomeIfFirstRun()
{
    const Result<QString> opened = m_store->setting(kOpenedKey);
    if (!opened || !opened->isEmpty())
        return false;
    (void)m_store->setSetting(kOpenedKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!m_sync->serverUrl().isEmpty() || !QSettings().value(kWelcomeKey, true).toBool())
        return false;
    WelcomeDialog dialog(this);
    const int choice = dialog.exec();
    if (dialog.dontShowAgain())
        QSettings().setValue(kWelcomeKey, false);
    if (choice == WelcomeDialog::Connect)
        logIn();
    return true;
}

void MainWindow::chooseLanguage(const QString &language)
{
    QSettings settings;
    if (settings.value(languageSettingsKey()).toString() == language)
        return;
    if (language.isEmpty())
        settings.remove(languageSettingsKey());
    else
        settings.setValue(languageSettingsKey(), language);
    checkLanguageAction();
    const auto answer = QMessageBox::question(
        this, tr("Language"),
        tr("The new language is used from the next start of KAM Desk. Restart now?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (!close())
        return; // the user kept unapplied changes
    QProcess::startDetached(QCoreApplication::applicationFilePath(),
                            QCoreApplication::arguments().mid(1));
    QCoreApplication::quit();
}

void MainWindow::checkLanguageAction()
{
    (uiLanguage() == QLatin1String("zh_CN") ? m_langZh : m_langEn)->setChecked(true);
}

bool MainWindow::settleUnappliedChanges(const QString &question)
{
    if (!m_detail->hasUnappliedChanges())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unapplied changes"), question,
                                              QMessageBox::Apply | QMessageBox::Discard
                                                  | QMessageBox::Cancel,
                                              QMessageBox::Apply);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Apply) {
        m_detail->applyOverview();
        return !m_detail->hasUnappliedChanges(); // the store refused; its message is shown
    }
    m_detail->revertOverview();
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!settleUnappliedChanges(
            tr("The account has changes that were not applied. Apply them before closing?"))) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kPortfolioKey, m_portfolio->saveState());
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1360, 820);
    restoreState(settings.value(kStateKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({700, 660}); // room for all of the account's tabs
    m_portfolio->restoreState(settings.value(kPortfolioKey).toByteArray());
}

} // namespace kam
