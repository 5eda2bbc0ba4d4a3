// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop's side of sync against a real server on 127.0.0.1, driven like a user: the login
// dialog, the status bar, the worker thread's rows reaching the window's models, cancel, a
// computer without a keychain, and the Conflicts view with its undoable resolutions.

#include "commands/edit_history.h"
#include "conflicts_view.h"
#include "itemmodels/conflict_model.h"
#include "itemmodels/field_history_model.h"
#include "account_detail_view.h"
#include "login_dialog.h"
#include "main_window.h"
#include "portfolio_view.h"
#include "store/sync_journal.h"
#include "support/gui_driver.h"
#include "support/result_check.h"
#include "support/server_fixture.h"
#include "support/token_vaults.h"
#include "sync/http_transport.h"
#include "sync/sync_controller.h"
#include "sync_status_widget.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QUuid>
#include <QDir>
#include <QMessageBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QToolButton>
#include <QUndoStack>

using namespace kam;
using namespace kam::test;
using State = sync::SyncStatus::State;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

/// Another manager's laptop, synced with the engine directly on this thread.
struct OtherLaptop
{
    sync::HttpTransport transport;
    MemoryVault vault;
    std::unique_ptr<Store> store;
    std::unique_ptr<sync::SyncEngine> engine;

    OtherLaptop(const QTemporaryDir &dir, const QString &name, quint16 port, const QString &email)
        : transport(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)))
    {
        store = std::move(Store::open(dir.filePath(name))).value();
        engine = std::make_unique<sync::SyncEngine>(*store, transport, &vault);
        if (Result<void> r = engine->login(email, kPassword, QStringLiteral("other")); !r)
            qWarning("login: %s", qPrintable(r.error().message));
    }
    bool sync()
    {
        Result<sync::SyncReport> r = engine->sync();
        if (!r)
            qWarning("sync: %s", qPrintable(r.error().message));
        return bool(r);
    }
};

/// The desktop: its store, the sync controller with a vault, and the main window.
struct Desktop
{
    std::unique_ptr<Store> store;
    std::unique_ptr<sync::SyncController> sync;
    std::unique_ptr<MainWindow> window;

    Desktop(const QString &path, sync::SyncController::VaultFactory vaults)
    {
        store = std::move(Store::open(path)).value();
        sync = std::make_unique<sync::SyncController>(store.get(), std::move(vaults));
        window = std::make_unique<MainWindow>(store.get(), sync.get());
        window->show();
    }
    ~Desktop()
    {
        window.reset();
        sync.reset();
    }
    /// Waits until the controller is idle and returns its state.
    State settle(int timeoutMs = 30000)
    {
        QElapsedTimer t;
        t.start();
        while ((sync->busy() || sync->status().state == State::Syncing) && t.elapsed() < timeoutMs)
            QTest::qWait(20);
        return sync->status().state;
    }
    QString statusText() const
    {
        auto *label = window->findChild<QLabel *>(QStringLiteral("syncStatusLabel"));
        return label ? label->text() : QString();
    }
};

/// Fills in and submits the login dialog that `trigger` opens; returns what it showed as an
/// error ("" when it closed accepted), after the answer came.
QString loginThroughDialog(MainWindow &window, const QString &server, const QString &email,
                           const QString &password)
{
    QString error = QStringLiteral("no login dialog");
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = window.findChild<LoginDialog *>();
        if (!dialog)
            return;
        dialog->findChild<QLineEdit *>(QStringLiteral("serverEdit"))->setText(server);
        dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit"))->setText(email);
        auto *pw = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        pw->clear();
        QTest::keyClicks(pw, password);
        screenshot(dialog, QStringLiteral("login-dialog.png"));
        QTest::keyClick(pw, Qt::Key_Return);
        auto *shown = dialog->findChild<QLabel *>(QStringLiteral("loginError"));
        QElapsedTimer t;
        t.start();
        while (dialog->isVisible() && !shown->isVisibleTo(dialog) && t.elapsed() < 20000)
            QTest::qWait(20);
        error = dialog->isVisible() ? shown->text() : QString();
        if (dialog->isVisible())
            dialog->reject();
    });
    window.logIn();
    return error;
}

} // namespace

class TestSyncUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("KAM Test");
        QCoreApplication::setApplicationName("tst_sync_ui");
        QSettings().clear();
        // English plurals ("1 change", "3 changes") come from the English catalogue.
        auto *en = new QTranslator(this);
        QVERIFY(en->load(QStringLiteral(":/i18n/kam_en.qm")));
        QCoreApplication::installTranslator(en);
    }

    void givenServer_whenLoggedInThroughDialog_thenColleaguesAccountsAppearAndStatusIsUpToDate()
    {
        TestServer server;
        KAM_REQUIRE_SERVER(server);
        const QString annId = server.addUser("ann@example.com").id;
        server.addUser("bob@example.com");
        QTemporaryDir dir;
        // Ann's account is on the server before Bob logs in; Bob is not on its team yet.
        OtherLaptop ann(dir, "ann.sqlite", server.port, "ann@example.com");
        Account a;
        a.legalName = QStringLiteral("江苏恒力化纤股份有限公司");
        a.ownerId = annId;
        Result<Account> created = ann.store->create(a);
        KAM_VERIFY_RESULT(created);
        QVERIFY(ann.sync());

        MemoryVault keychain;
        Desktop bob(dir.filePath("bob.sqlite"), [&](const QString &) {
            return std::make_unique<VaultRef>(keychain);
        });
        QCOMPARE(bob.settle(), State::SignedOut);
        QVERIFY2(bob.statusText().contains("Not logged in"), qPrintable(bob.statusText()));

        // A wrong password is shown in the dialog, which stays open.
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(server.port);
        const QString wrong = loginThroughDialog(*bob.window, url, "bob@example.com", "wrong");
        QVERIFY2(wrong.contains("password is wrong"), qPrintable(wrong));
        QCOMPARE(bob.sync->status().state, State::SignedOut);
        // Plain http to another computer is refused before anything is sent.
        const QString plain = loginThroughDialog(*bob.window, "http://kam.example.com", "bob@example.com", kPassword);
        QVERIFY2(plain.contains("plain http"), qPrintable(plain));

        QCOMPARE(loginThroughDialog(*bob.window, url, "bob@example.com", kPassword), QString());
        QCOMPARE(bob.settle(), State::UpToDate);
        QVERIFY(!keychain.token.isEmpty());
        // Bob is not on Ann's account's team: he sees only himself and Ann's user row.
        QCOMPARE(*bob.store->count("accounts"), qint64(0));

        // Ann puts Bob on the team: the next sync brings the account into Bob's window.
        TeamMember seat;
        seat.accountId = created->meta.id;
        seat.userId = *SyncJournal(*bob.store).setting(SyncJournal::kUserIdKey);
        seat.role = TeamRole::Service;
        KAM_VERIFY_RESULT(ann.store->create(seat));
        QVERIFY(ann.sync());
        bob.window->findChild<QAction *>(QStringLiteral("actionSyncNow"))->trigger();
        QCOMPARE(bob.settle(), State::UpToDate);
        QTRY_COMPARE(bob.window->portfolio()->totalCount(), 1);
        QVERIFY2(bob.statusText().contains("Up to date"), qPrintable(bob.statusText()));

        // A local edit is counted as waiting, then sent.
        Account edited = *bob.store->get<Account>(created->meta.id);
        edited.notes = QStringLiteral("visit on Thursday");
        KAM_VERIFY_RESULT(bob.store->update(edited));
        QTRY_VERIFY2(bob.statusText().contains("1 change not yet sent"), qPrintable(bob.statusText()));
        bob.sync->syncNow();
        QCOMPARE(bob.settle(), State::UpToDate);
        QCOMPARE(*bob.store->pendingChangeCount(), qint64(0));
        QVERIFY(ann.sync());
        QCOMPARE(ann.store->get<Account>(created->meta.id)->notes, QString("visit on Thursday"));
    }

    void givenKeptSession_whenDesktopRestarts_thenItSyncsWithoutAskingAndCancelKeepsWhatArrived()
    {
        TestServer server;
        KAM_REQUIRE_SERVER(server);
        const QString annId = server.addUser("ann@example.com", server::Role::Admin).id;
        QTemporaryDir dir;
        // A portfolio big enough for several bootstrap pages.
        OtherLaptop ann(dir, "ann.sqlite", server.port, "ann@example.com");
        KAM_VERIFY_RESULT(ann.store->transaction([&]() -> Result<void> {
            for (int i = 0; i < 5000; ++i) {
                Account a;
                a.legalName = QStringLiteral("客户 %1 有限公司").arg(i);
                a.ownerId = annId;
                if (Result<Account> r = ann.store->create(a); !r)
                    return r.error();
            }
            return {};
        }));
        QVERIFY(ann.sync());

        MemoryVault keychain;
        const auto vaults = [&](const QString &) { return std::make_unique<VaultRef>(keychain); };
        const QString path = dir.filePath("desktop.sqlite");
        {
            Desktop d(path, vaults);
            QSignalSpy statuses(d.sync.get(), &sync::SyncController::statusChanged);
            // Cancel at the first page: the sync stops, what was committed stays.
            bool cancelled = false;
            connect(d.sync.get(), &sync::SyncController::statusChanged, d.sync.get(),
                    [&](const sync::SyncStatus &s) {
                        if (s.state == State::Syncing && s.done > 0 && !std::exchange(cancelled, true)) {
                            auto *cancel = d.window->findChild<QToolButton *>(QStringLiteral("syncCancelButton"));
                            QVERIFY(cancel && cancel->isVisibleTo(d.window.get()));
                            screenshot(d.window.get(), QStringLiteral("sync-progress.png"));
                            cancel->click();
                        }
                    });
            d.sync->login(QStringLiteral("http://127.0.0.1:%1").arg(server.port), "ann@example.com", kPassword);
            QTRY_VERIFY_WITH_TIMEOUT(cancelled, 20000);
            d.settle();
            QVERIFY2(d.sync->status().message.contains("cancelled"), qPrintable(d.sync->status().message));
            const qint64 partial = *d.store->count("accounts");
            QVERIFY2(partial > 0 && partial < 5000, qPrintable(QString::number(partial)));
            // "Syncing n of m": the bootstrap knows its size from the first page.
            const auto syncing = std::find_if(statuses.begin(), statuses.end(), [](const QList<QVariant> &args) {
                const auto s = args.at(0).value<sync::SyncStatus>();
                return s.state == State::Syncing && s.total > 0;
            });
            QVERIFY(syncing != statuses.end());
            // 5,000 accounts, each with its first lifecycle stage, and the user.
            QCOMPARE(syncing->at(0).value<sync::SyncStatus>().total, qint64(2 * 5000 + 1));
        }
        // After a restart the kept session syncs at once, and the bootstrap resumes.
        Desktop again(path, vaults);
        QTRY_COMPARE_WITH_TIMEOUT(again.sync->status().state, State::UpToDate, 30000);
        QCOMPARE(*again.store->count("accounts"), qint64(5000));
        QTRY_COMPARE(again.window->portfolio()->totalCount(), 5000);

        // A bootstrap brings no field history; the History tab fetches an account's from the
        // server: who created it, when.
        Result<std::vector<Account>> all = again.store->accounts();
        KAM_VERIFY_RESULT(all);
        const QString some = all->at(42).meta.id;
        QVERIFY(again.store->accountHistory(some)->empty());
        again.window->portfolio()->selectAccount(some);
        auto *history = again.window->findChild<QTableView *>(QStringLiteral("historyTable"));
        auto *tabs = again.window->findChild<QTabWidget *>(QStringLiteral("accountTabs"));
        QVERIFY(history && tabs);
        again.window->detail()->showTab(tabs->indexOf(history));
        QVERIFY(history->isVisibleTo(again.window.get()));
        const auto created = [&] {
            for (int r = 0; r < history->model()->rowCount(); ++r)
                if (history->model()->index(r, FieldHistoryModel::Who).data().toString() == "ann"
                    && history->model()->index(r, FieldHistoryModel::Field).data().toString() == "Created")
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(created(), 10000);
        screenshot(again.window.get(), QStringLiteral("history-from-server.png"));
        QCOMPARE(*again.store->pendingChangeCount(), qint64(0));
    }

    void givenNoKeychain_whenLoggedIn_thenUserIsToldAndNextStartAsksAgain()
    {
        TestServer server;
        KAM_REQUIRE_SERVER(server);
        server.addUser("ann@example.com");
        QTemporaryDir dir;
        const QString path = dir.filePath("desktop.sqlite");
        const auto none = [](const QString &) { return std::make_unique<NoKeychain>(); };
        {
            Desktop d(path, none);
            QSignalSpy told(d.sync.get(), &sync::SyncController::keychainUnavailable);
            QTimer closer; // the window tells the user in a message box
            connect(&closer, &QTimer::timeout, [] {
                for (QWidget *w : QApplication::topLevelWidgets())
                    if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
                        box->accept();
            });
            closer.start(50);
            d.sync->login(QStringLiteral("http://127.0.0.1:%1").arg(server.port), "ann@example.com", kPassword);
            QTRY_COMPARE_WITH_TIMEOUT(told.size(), 1, 20000);
            QVERIFY(told.at(0).at(0).toString().contains("no keychain"));
            QCOMPARE(d.settle(), State::UpToDate);
        }
        Desktop again(path, none);
        QCOMPARE(again.settle(), State::SignedOut);
    }

    void givenConflict_whenResolvedInView_thenRecordFollowsAndUndoReopens()
    {
        TestServer server;
        KAM_REQUIRE_SERVER(server);
        const QString annId = server.addUser("ann@example.com").id;
        server.addUser("bob@example.com");
        QTemporaryDir dir;
        OtherLaptop ann(dir, "ann.sqlite", server.port, "ann@example.com");
        OtherLaptop bobCli(dir, "bob.sqlite", server.port, "bob@example.com");
        QVERIFY(bobCli.sync());
        QVERIFY(ann.sync()); // Bob's user row, for the team seat
        Account a;
        a.legalName = QStringLiteral("宁波港股份有限公司");
        a.ownerId = annId;
        Result<Account> created = ann.store->create(a);
        KAM_VERIFY_RESULT(created);
        TeamMember seat;
        seat.accountId = created->meta.id;
        seat.userId = *SyncJournal(*bobCli.store).setting(SyncJournal::kUserIdKey);
        seat.role = TeamRole::Service;
        KAM_VERIFY_RESULT(ann.store->create(seat));
        QVERIFY(ann.sync());
        QVERIFY(bobCli.sync());
        // Both edit the notes and the region offline; Ann syncs first.
        for (auto [laptop, notes, region] : {std::tuple { &ann, "Ann: tender in May", "华东" },
                                             std::tuple { &bobCli, "Bob: tender in June", "华南" }}) {
            Account e = *laptop->store->get<Account>(created->meta.id);
            e.notes = QString::fromUtf8(notes);
            e.region = QString::fromUtf8(region);
            KAM_VERIFY_RESULT(laptop->store->update(e));
            QTest::qWait(5);
        }
        server.now = QDateTime::currentMSecsSinceEpoch() + 1000; // the server's clock is past both edits
        QVERIFY(ann.sync());
        QVERIFY(bobCli.sync());
        QCOMPARE(SyncJournal(*bobCli.store).conflicts()->size(), size_t(2));
        const QString bobPath = bobCli.store->path();
        bobCli.engine.reset();
        bobCli.store.reset();

        // Bob's desktop on that store, offline: the Conflicts view lists both.
        Desktop bob(bobPath, nullptr);
        bob.window->resize(1280, 820);
        ConflictsView *view = bob.window->conflicts();
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view->model()->rowCount(), 2);
        auto *table = view->findChild<QTableView *>(QStringLiteral("conflictsTable"));
        const auto rowOf = [&](const QString &field) {
            for (int r = 0; r < view->model()->rowCount(); ++r)
                if (view->model()->conflict(r).field == field)
                    return r;
            return -1;
        };
        const int notesRow = rowOf("notes");
        QVERIFY(notesRow >= 0);
        bob.window->showConflicts();
        table->setCurrentIndex(view->model()->index(notesRow, 0));
        screenshot(bob.window.get(), QStringLiteral("sync-conflicts.png"));
        const QAbstractItemModel *m = view->model();
        QCOMPARE(m->index(notesRow, ConflictModel::Record).data().toString(), QString("宁波港股份有限公司"));
        QCOMPARE(m->index(notesRow, ConflictModel::Theirs).data().toString(), QString("Ann: tender in May"));
        QCOMPARE(m->index(notesRow, ConflictModel::Mine).data().toString(), QString("Bob: tender in June"));
        QCOMPARE(m->index(notesRow, ConflictModel::Who).data().toString(), QString("ann"));
        QVERIFY(!m->index(notesRow, ConflictModel::When).data().toString().isEmpty());
        // Bob's edit came later, so his value is the record's; he keeps Ann's instead.
        QCOMPARE(bob.store->get<Account>(created->meta.id)->notes, QString("Bob: tender in June"));
        const qint64 pendingBefore = *bob.store->pendingChangeCount();
        table->setCurrentIndex(m->index(notesRow, 0));
        view->findChild<QPushButton *>(QStringLiteral("keepTheirsButton"))->click();
        QCOMPARE(bob.store->get<Account>(created->meta.id)->notes, QString("Ann: tender in May"));
        QCOMPARE(*bob.store->pendingChangeCount(), pendingBefore + 1); // a new edit, to be synced
        QCOMPARE(m->index(notesRow, ConflictModel::Status).data().toString(), QString("Kept theirs"));
        QCoreApplication::processEvents(); // the store change it made refreshes the list…
        QCOMPARE(m->rowCount(), 2);        // …and the resolved row stays where the user sees it
        QCOMPARE(m->index(notesRow, ConflictModel::Status).data().toString(), QString("Kept theirs"));
        QCOMPARE(*SyncJournal(*bob.store).openConflictCount(), 1);
        QVERIFY(!view->findChild<QPushButton *>(QStringLiteral("keepTheirsButton"))->isEnabled());

        // Undo puts Bob's value back and reopens the conflict; redo does it again.
        QUndoStack *undo = bob.window->history()->stack();
        undo->undo();
        QCOMPARE(bob.store->get<Account>(created->meta.id)->notes, QString("Bob: tender in June"));
        QCOMPARE(*SyncJournal(*bob.store).openConflictCount(), 2);
        QVERIFY(m->index(notesRow, ConflictModel::Status).data().toString().startsWith("Open"));
        undo->redo();
        QCOMPARE(bob.store->get<Account>(created->meta.id)->notes, QString("Ann: tender in May"));

        // "Use mine" where the record holds mine already writes nothing and closes it.
        const int regionRow = rowOf("region");
        table->setCurrentIndex(m->index(regionRow, 0));
        const qint64 pendingNow = *bob.store->pendingChangeCount();
        view->findChild<QPushButton *>(QStringLiteral("useMineButton"))->click();
        QCOMPARE(bob.store->get<Account>(created->meta.id)->region, QString("华南"));
        QCOMPARE(*bob.store->pendingChangeCount(), pendingNow);
        QCOMPARE(*SyncJournal(*bob.store).openConflictCount(), 0);

        // Open record selects the account in the portfolio.
        bob.window->portfolio()->selectAccount({});
        view->findChild<QPushButton *>(QStringLiteral("openRecordButton"))->click();
        QCOMPARE(bob.window->portfolio()->currentAccountId(), created->meta.id);

        // Resolved conflicts leave the list on the next reload unless asked for.
        QVERIFY(view->model()->reload());
        QCOMPARE(view->model()->rowCount(), 0);
        view->model()->setIncludeResolved(true);
        QCOMPARE(view->model()->rowCount(), 2);
    }

    void givenShownAccount_whenSyncBringsOtherAccountsAndItsOwner_thenFormStaysUnchanged()
    {
        // The first rows that reach an empty group picker made QComboBox select one of them,
        // and an owner that had not arrived yet read as none: the form claimed changes the
        // user never made, and switching accounts asked about them.
        QTemporaryDir dir;
        const QString owner = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString shown = QUuid::createUuid().toString(QUuid::WithoutBraces);
        // Rows as a bootstrap writes them: the accounts page comes before the users page.
        const auto page = [&](Store &store, const QString &table, const QString &id,
                              QHash<QString, QString> fields) {
            RemoteChange c;
            c.row = RemoteRow { table, id, 1, std::move(fields) };
            return SyncJournal(store).applyPage({ c }, {}, false, false);
        };
        {
            std::unique_ptr<Store> store = std::move(Store::open(dir.filePath("store.sqlite"))).value();
            KAM_VERIFY_RESULT(page(*store, "accounts", shown,
                                   { { "legal_name", "宁波港股份有限公司" }, { "owner_id", owner },
                                     { "currency", "CNY" }, { "kind", "enterprise" } }));
        }
        Desktop d(dir.filePath("store.sqlite"), nullptr);
        d.window->portfolio()->selectAccount(shown);
        QCOMPARE(d.window->detail()->accountId(), shown);
        QVERIFY(!d.window->detail()->hasUnappliedChanges());
        KAM_VERIFY_RESULT(page(*d.store, "accounts", QUuid::createUuid().toString(QUuid::WithoutBraces),
                               { { "legal_name", "江苏恒力化纤股份有限公司" }, { "owner_id", owner },
                                 { "currency", "CNY" }, { "kind", "enterprise" } }));
        QVERIFY(!d.window->detail()->hasUnappliedChanges());
        QCOMPARE(d.window->findChild<QComboBox *>(QStringLiteral("parentCombo"))->currentIndex(), -1);
        KAM_VERIFY_RESULT(page(*d.store, "users", owner, { { "name", "李伟" } }));
        QVERIFY(!d.window->detail()->hasUnappliedChanges());
        QCOMPARE(d.window->findChild<QComboBox *>(QStringLiteral("ownerCombo"))->currentText(), QString("李伟"));
    }

    void statusTextSaysWhatIsGoingOn_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<qint64>("pending");
        QTest::addColumn<int>("conflicts");
        QTest::addColumn<QString>("expected");
        QTest::newRow("offline with edits") << int(State::Offline) << qint64(3) << 0 << "Offline · 3 changes not yet sent";
        QTest::newRow("up to date") << int(State::UpToDate) << qint64(0) << 0 << "Up to date";
        QTest::newRow("conflicts") << int(State::Conflicts) << qint64(0) << 2 << "Up to date · 2 conflicts";
        QTest::newRow("error") << int(State::Error) << qint64(0) << 0 << "Sync failed: The server answered 500";
    }
    void statusTextSaysWhatIsGoingOn()
    {
        QFETCH(int, state);
        QFETCH(qint64, pending);
        QFETCH(int, conflicts);
        QFETCH(QString, expected);
        sync::SyncStatus s;
        s.state = State(state);
        s.pending = pending;
        s.conflicts = conflicts;
        s.message = QStringLiteral("The server answered 500");
        QCOMPARE(SyncStatusWidget::describe(s), expected);
    }
};

QTEST_MAIN(TestSyncUi)
#include "tst_sync_ui.moc"
