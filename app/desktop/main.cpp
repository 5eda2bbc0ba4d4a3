// SPDX-License-Identifier: GPL-3.0-or-later
// kamdesk: the desktop client. Parses arguments, installs translations, opens the store and
// shows the main window.

#include "account_detail_view.h"
#include "itemmodels/churn_monitor.h"
#include "itemmodels/value_scorer.h"
#include "log_file.h"
#include "main_window.h"
#include "portfolio_view.h"
#include "store/store.h"
#include "sync/keychain_vault.h"
#include "sync/sync_controller.h"
#include "app_language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTimer>

#include <cstdio>

using namespace kam;

namespace {

Q_LOGGING_CATEGORY(lcDesktop, "kam.desktop")

/// Every message of the run also goes to the support log, until main() returns.
struct SupportLog
{
    SupportLog() { installLogFile(&file); }
    ~SupportLog() { uninstallLogFile(); }
    SupportLog(const SupportLog &) = delete;
    SupportLog &operator=(const SupportLog &) = delete;

    LogFile file{logDirectory()};
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KAM"));
    QCoreApplication::setApplicationName(QStringLiteral("KAM Desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KAM_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("KAM Desk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("kamdesk"));
    SupportLog supportLog; // needs the application's name for its folder

    installTranslations(MainWindow::uiLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "KAM Desk: key-account management."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QString defaultDb = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                  .filePath(QStringLiteral("kamdesk.sqlite"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "Open the store FILE (default: %1).").arg(QDir::toNativeSeparators(defaultDb)),
        QStringLiteral("FILE"), defaultDb);
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of the window to FILE.png and quit."),
        QStringLiteral("FILE.png"));
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        QCoreApplication::translate("main", "Start on VIEW: portfolio, pipeline, funnel, forecast, value, profitability, campaigns, satisfaction, agenda or warnings."),
        QStringLiteral("VIEW"));
    const QCommandLineOption accountTabOption(
        QStringLiteral("account-tab"),
        QCoreApplication::translate("main", "Show the tab TAB of the selected account: overview, contacts, relationships, team, deals, "
                                            "activities, satisfaction, plans, health or history."),
        QStringLiteral("TAB"));
    const QCommandLineOption accountOption(
        QStringLiteral("account"), QCoreApplication::translate("main", "Select the account with the id ID."),
        QStringLiteral("ID"));
    parser.addOption(dbOption);
    parser.addOption(accountOption);
    parser.addOption(accountTabOption);
    parser.addOption(screenshotOption);
    parser.addOption(viewOption);
    parser.process(app);

    const QString dbPath = QFileInfo(parser.value(dbOption)).absoluteFilePath();
    qCInfo(lcDesktop).noquote() << QStringLiteral("KAM Desk %1 started; Qt %2; %3 (%4); store %5")
                                       .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                            QSysInfo::prettyProductName(), QSysInfo::buildAbi(),
                                            QDir::toNativeSeparators(dbPath));
    if (!QDir().mkpath(QFileInfo(dbPath).absolutePath())) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "KAM Desk"),
                              QCoreApplication::translate("main", "Cannot create the folder %1.")
                                  .arg(QDir::toNativeSeparators(QFileInfo(dbPath).absolutePath())));
        return 1;
    }
    Result<std::unique_ptr<Store>> opened = Store::open(dbPath);
    if (!opened) {
        const QString message = opened.error().message;
        std::fprintf(stderr, "kamdesk: %s\n", qPrintable(message));
        supportLog.file.write(formatLogLine(QtCriticalMsg, QStringLiteral("kam.desktop"), message));
        if (!parser.isSet(screenshotOption))
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "KAM Desk"), message);
        return 1;
    }
    std::unique_ptr<Store> store = std::move(opened).value();

    sync::SyncController sync(store.get(), [](const QString &account) {
        return std::make_unique<sync::KeychainVault>(account);
    });
    MainWindow window(store.get(), &sync);
    if (parser.isSet(viewOption) && !window.showWorkspace(parser.value(viewOption))) {
        std::fprintf(stderr, "kamdesk: --view must be one of %s\n", qPrintable(window.workspaceKeys().join(u", ")));
        return 1;
    }
    if (parser.isSet(accountTabOption) && !window.detail()->showTab(parser.value(accountTabOption))) {
        std::fprintf(stderr, "kamdesk: --account-tab must be one of %s\n",
                     qPrintable(window.detail()->tabKeys().join(u", ")));
        return 1;
    }
    window.show();
    if (parser.isSet(accountOption))
        window.portfolio()->selectAccount(parser.value(accountOption));
    if (!parser.isSet(screenshotOption))
        QTimer::singleShot(0, &window, [&window] { window.showWelcomeIfFirstRun(); });

    if (parser.isSet(screenshotOption)) {
        const QString shot = parser.value(screenshotOption);
        // After the first paint of the window with its first account selected, and once the
        // risk scores are in (they are computed off the UI thread), or after a minute regardless.
        auto *poll = new QTimer(&window);
        poll->setInterval(100);
        QObject::connect(poll, &QTimer::timeout, &window, [&window, shot, poll, waited = 0]() mutable {
            waited += poll->interval();
            const ChurnMonitor *churn = window.churnMonitor();
            const ValueScorer *value = window.valueScorer();
            const bool busy = churn->isBusy() || !churn->isReady() || value->isBusy() || !value->isReady();
            if (waited < 300 || (busy && waited < 60000))
                return;
            poll->stop();
            window.portfolio()->selectFirstIfNone();
            QCoreApplication::processEvents();
            const bool saved = window.grab().save(shot);
            if (!saved)
                std::fprintf(stderr, "kamdesk: cannot write %s\n", qPrintable(shot));
            QCoreApplication::exit(saved ? 0 : 1);
        });
        poll->start();
    }
    return app.exec();
}
