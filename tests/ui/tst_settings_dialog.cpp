// SPDX-License-Identifier: GPL-3.0-or-later
// File → Settings and Help → About through the main window: every field of the settings is
// refused when wrong and saved when right, and what is saved is what the window then uses.
// With KAM_SCREENSHOT_DIR set, the dialogs are saved as PNGs there (KAM_SCREENSHOT_LANG=zh_CN
// for Chinese).

#include "about_dialog.h"
#include "app_language.h"
#include "store/app_settings.h"
#include "account_form.h"
#include "agenda_view.h"
#include "itemmodels/reminder_model.h"
#include "login_dialog.h"
#include "main_window.h"
#include "settings_dialog.h"
#include "store/pipeline_settings.h"
#include "support/gui_driver.h"
#include "support/store_fixture.h"
#include "sync/sync_controller.h"
#include "welcome_dialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

using namespace kam;
using test::child;
using test::whenModal;

namespace {

bool errorShown(QWidget *dialog, const QString &part)
{
    auto *error = child<QLabel>(dialog, "settingsError");
    if (error->isHidden() || !error->text().contains(part)) {
        qWarning("error label: %s", qPrintable(error->isHidden() ? QStringLiteral("(hidden)") : error->text()));
        return false;
    }
    return true;
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyFieldIsCheckedSavedAndUsed();
    void cancelSavesNothing();
    void aboutShowsVersionsAndLicences();
    void screenshots();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<sync::SyncController> m_sync;
    std::unique_ptr<MainWindow> m_window;
    QString m_key; ///< a key account last changed 20 days ago
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("KAM Test");
    QCoreApplication::setApplicationName("tst_settings_dialog");
    if (const QString lang = qEnvironmentVariable("KAM_SCREENSHOT_LANG"); !lang.isEmpty())
        installTranslations(lang);
}

void TestSettingsDialog::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = test::openStore(*m_dir);
    QVERIFY(m_store);
    const QDateTime created = QDateTime::currentDateTimeUtc().addDays(-20);
    m_store->setClock([created] { return created; });
    Account a = test::sampleAccount("华东重工集团", 1);
    a.tier = Tier::Key;
    Result<Account> stored = m_store->create(a);
    QVERIFY(stored);
    m_key = stored->meta.id;
    m_store->setClock([] { return QDateTime::currentDateTimeUtc(); });
    m_sync = std::make_unique<sync::SyncController>(m_store.get(), nullptr);
    m_window = std::make_unique<MainWindow>(m_store.get(), m_sync.get());
    m_window->show();
}

void TestSettingsDialog::cleanup()
{
    m_window.reset();
    m_sync.reset();
    m_store.reset();
    m_dir.reset();
}

// Given the settings opened from the File menu, when each field in turn is given a wrong value
// and OK pressed, then the dialog stays open saying which field and nothing is saved; when all
// are right, then OK saves them, the window uses them (sync timer, agenda, new accounts), asks
// to log in to the new server and offers to restart in the new language.
void TestSettingsDialog::everyFieldIsCheckedSavedAndUsed()
{
    auto *agenda = m_window->findChild<AgendaView *>();
    QVERIFY(agenda);
    QCOMPARE(agenda->reminderModel()->rowCount(), 0); // key accounts: 30 days by default
    auto *settings = m_window->findChild<QAction *>("actionSettings");
    QVERIFY(settings);
    QCOMPARE(settings->shortcut(), QKeySequence(QKeySequence::Preferences));

    bool refusedEach = false;
    QString loginServer;
    bool restartOffered = false;
    whenModal<SettingsDialog>(this, [&](SettingsDialog *dialog) {
        auto *ok = child<QPushButton>(dialog, "settingsOkButton");
        auto *server = child<QLineEdit>(dialog, "settingsServer");
        auto *interval = child<QSpinBox>(dialog, "settingsSyncInterval");
        auto *currency = child<QComboBox>(dialog, "settingsCurrency");
        auto *keyDays = child<QSpinBox>(dialog, "maintenanceDays_key");
        auto *language = child<QComboBox>(dialog, "settingsLanguage");
        QCOMPARE(interval->value(), 10);
        QCOMPARE(currency->currentText(), QString("CNY"));
        QCOMPARE(keyDays->value(), 30);
        QCOMPARE(language->currentData().toString(), QString()); // follows the system

        server->setText("http://kam.example.com"); // passwords over plain http
        QTest::mouseClick(ok, Qt::LeftButton);
        const bool serverRefused = dialog->isVisible() && errorShown(dialog, "Sync server:");
        server->setText("kam.example.com");
        interval->setValue(2000);
        QTest::mouseClick(ok, Qt::LeftButton);
        const bool intervalRefused = dialog->isVisible() && errorShown(dialog, "Sync every:");
        interval->setValue(30);
        currency->setCurrentText("RMB");
        QTest::mouseClick(ok, Qt::LeftButton);
        const bool currencyRefused = dialog->isVisible() && errorShown(dialog, "Default currency:");
        currency->setCurrentText("usd");
        keyDays->setValue(5000);
        QTest::mouseClick(ok, Qt::LeftButton);
        const bool daysRefused = dialog->isVisible() && errorShown(dialog, "maintenance interval");
        // Nothing of the refused attempts reached the settings or the store.
        const bool nothingSaved = !QSettings().contains(MainWindow::syncIntervalSettingsKey())
                                  && defaultCurrency(*m_store) == "CNY"
                                  && maintenanceRules(*m_store)->intervalFor(Tier::Key) == 30;
        refusedEach = serverRefused && intervalRefused && currencyRefused && daysRefused && nothingSaved;

        keyDays->setValue(10);
        language->setCurrentIndex(language->findData("en"));
        whenModal<LoginDialog>(this, [&](LoginDialog *login) {
            loginServer = child<QLineEdit>(login, "serverEdit")->text();
            login->reject();
            whenModal<QMessageBox>(this, [&](QMessageBox *box) {
                restartOffered = true;
                box->button(QMessageBox::No)->click(); // restart later
            });
        });
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    settings->trigger();

    QVERIFY(refusedEach);
    QCOMPARE(QSettings().value(MainWindow::syncIntervalSettingsKey()).toInt(), 30);
    QCOMPARE(m_sync->interval(), 30);
    QCOMPARE(defaultCurrency(*m_store), QString("USD"));
    QCOMPARE(maintenanceRules(*m_store)->intervalFor(Tier::Key), 10);
    QCOMPARE(agenda->reminderModel()->rowCount(), 1); // 20 days > 10 days
    QCOMPARE(agenda->reminderModel()->index(0, 0).data(ReminderModel::AccountIdRole).toString(), m_key);
    QCOMPARE(loginServer, QString("kam.example.com"));
    QVERIFY(restartOffered);
    QCOMPARE(QSettings().value(MainWindow::languageSettingsKey()).toString(), QString("en"));
    QVERIFY(m_window->findChild<QAction *>("actionLanguageEn")->isChecked());

    // A new account and a new deal start in the default currency.
    QString newAccountCurrency;
    whenModal<QDialog>(this, [&](QDialog *dialog) {
        newAccountCurrency = child<QComboBox>(dialog, "currencyCombo")->currentText();
        dialog->reject();
    });
    m_window->findChild<QAction *>("actionNewAccount")->trigger();
    QCOMPARE(newAccountCurrency, QString("USD"));
    m_window->findChild<QAction *>("actionNewDeal")->trigger(); // opens window-modal, returns
    auto *deal = qobject_cast<QDialog *>(QApplication::activeModalWidget());
    QVERIFY(deal);
    QCOMPARE(child<QComboBox>(deal, "dealCurrencyCombo")->currentText(), QString("USD"));
    deal->reject();

    // Back to following the system: the saved choice goes.
    whenModal<SettingsDialog>(this, [&](SettingsDialog *dialog) {
        auto *language = child<QComboBox>(dialog, "settingsLanguage");
        QCOMPARE(language->currentData().toString(), QString("en"));
        QCOMPARE(child<QComboBox>(dialog, "settingsCurrency")->currentText(), QString("USD"));
        language->setCurrentIndex(0);
        child<QLineEdit>(dialog, "settingsServer")->clear(); // never connected: may stay empty
        whenModal<QMessageBox>(this, [](QMessageBox *box) { box->button(QMessageBox::No)->click(); });
        QTest::mouseClick(child<QPushButton>(dialog, "settingsOkButton"), Qt::LeftButton);
    });
    settings->trigger();
    QVERIFY(!QSettings().contains(MainWindow::languageSettingsKey()));
}

// Given changed fields, when the settings are cancelled, then nothing is saved.
void TestSettingsDialog::cancelSavesNothing()
{
    whenModal<SettingsDialog>(this, [](SettingsDialog *dialog) {
        child<QSpinBox>(dialog, "settingsSyncInterval")->setValue(60);
        child<QComboBox>(dialog, "settingsCurrency")->setCurrentText("EUR");
        child<QSpinBox>(dialog, "maintenanceDays_core")->setValue(3);
        dialog->reject();
    });
    m_window->findChild<QAction *>("actionSettings")->trigger();
    QVERIFY(!QSettings().contains(MainWindow::syncIntervalSettingsKey()));
    QCOMPARE(m_sync->interval(), 10);
    QCOMPARE(defaultCurrency(*m_store), QString("CNY"));
    QCOMPARE(maintenanceRules(*m_store)->intervalFor(Tier::Core), 14);
}

// Given Help → About, then it names this version, the Qt it runs on, and the licences of KAM
// Desk and of each library with a link to each.
void TestSettingsDialog::aboutShowsVersionsAndLicences()
{
    QString build;
    QString licences;
    QString html;
    whenModal<AboutDialog>(this, [&](AboutDialog *dialog) {
        build = child<QLabel>(dialog, "aboutBuild")->text();
        licences = child<QTextBrowser>(dialog, "aboutLicences")->toPlainText();
        html = child<QTextBrowser>(dialog, "aboutLicences")->toHtml();
        dialog->reject();
    });
    m_window->findChild<QAction *>("actionAbout")->trigger();
    QVERIFY2(build.contains(KAM_VERSION), qPrintable(build));
    QVERIFY2(build.contains(qVersion()), qPrintable(build));
    QVERIFY(build.contains(m_store->path().toHtmlEscaped()));
    QVERIFY(licences.contains("GNU General Public License"));
    for (const char *part : {"Qt 6 — LGPL-3.0", "Qt Charts — GPL-3.0", "QtKeychain — BSD-3-Clause",
                             "SQLite — public domain", "libsodium (in the sync server) — ISC"})
        QVERIFY2(licences.contains(part), part);
    for (const char *url : {"https://www.gnu.org/licenses/gpl-3.0.html", "https://www.gnu.org/licenses/lgpl-3.0.html",
                            "https://opensource.org/license/bsd-3-clause", "https://www.sqlite.org/copyright.html",
                            "https://opensource.org/license/isc-license-txt"})
        QVERIFY2(html.contains(url), url);
}

// With KAM_SCREENSHOT_DIR set: the settings, the about box and the welcome as PNGs.
void TestSettingsDialog::screenshots()
{
    if (qEnvironmentVariableIsEmpty("KAM_SCREENSHOT_DIR"))
        QSKIP("KAM_SCREENSHOT_DIR not set");
    const QString suffix = qEnvironmentVariable("KAM_SCREENSHOT_LANG") == "zh_CN" ? "-zh" : "";
    const auto save = [&suffix](QDialog &dialog, const QString &name) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        test::screenshot(&dialog, name + suffix + ".png");
        dialog.close();
    };
    SettingsDialog settings(m_store.get(), m_sync.get(), m_window.get());
    child<QLineEdit>(&settings, "settingsServer")->setText("https://kam.example.com");
    save(settings, "settings");
    AboutDialog about("/home/wang.fang/.local/share/KAM/KAM Desk/kamdesk.sqlite", m_window.get());
    save(about, "about");
    WelcomeDialog welcome(m_window.get());
    save(welcome, "welcome");
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settings_dialog.moc"
