// SPDX-License-Identifier: GPL-3.0-or-later
// Sync end to end, as users and administrators run it: the real kamdesk-server process on a
// fresh database (SQLite, or PostgreSQL as tst_sync_e2e_pg), users made with its admin commands,
// and clients driven through the real kamdesk-cli, each with its own store file. The test edits
// a store directly (kam::Store, closed before the CLI runs) as the desktop would.
//
//   a. two managers edit the same field offline: the conflict is kept, both stores converge;
//   b. kamdesk-cli killed (SIGKILL) in the middle of a bootstrap, then run again;
//   c. kamdesk-cli killed in the middle of a push of ~45k mutations, then run again;
//   d. the manager who leaves: disable, reassign, revoke-device, and what each client sees;
//   plus the paths on which a revoked device is told so and must wipe its company data, and
//   what an admin's upload of a store (./run.sh's first start) puts on the server.

#include "e2e/server_process.h"
#include "store/store.h"
#include "store/sync_journal.h"
#include "sync/http_transport.h"
#include "sync/sync_engine.h"
#include "support/result_check.h"
#include "support/token_vaults.h"
#include "sync/sync_tables.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

#ifdef Q_OS_UNIX
#include <signal.h>
#endif

using namespace kam;
using namespace kam::test;

namespace {

/// Accounts in the demo store pushed in the kill tests: about 45,500 mutations in all (accounts,
/// contacts, teams, deals with their stage history, activities, key account plans, satisfaction
/// responses, lifecycle and tier history, cost entries and campaign audiences).
constexpr int kDemoAccounts = 1000;

/// A new, empty store made by `kamdesk-cli init`; empty on failure.
QString newStore(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    return runProgram("kamdesk-cli", { "--db", path, "init" }).ok() ? path : QString();
}

/// A read-only look into a store file by SQL; safe while kamdesk-cli writes it (WAL).
class StoreFile : public Connection
{
public:
    explicit StoreFile(const QString &path)
        : Connection(QStringLiteral("QSQLITE"), [&](QSqlDatabase &db) {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        })
    {
    }
    QString setting(const QString &key)
    {
        return value("SELECT value FROM settings WHERE key = ?", { key }).toString();
    }
    qint64 pending() { return value("SELECT count(*) FROM journal WHERE pushed = 0").toLongLong(); }
};

QStringList syncedTableNames()
{
    QStringList names;
    for (const sync::SyncTable &t : sync::syncTables())
        names << t.name;
    return names;
}

/// What a store holds, in the terms the tests compare.
struct Snapshot
{
    QMap<QString, qint64> live;        ///< live rows per synced table
    QMap<QString, QByteArray> digest;  ///< SHA-256 over (id, synced fields) of every row, by id
    qint64 duplicateIds = -1;          ///< ids that occur more than once in a table
    QString integrity;                 ///< PRAGMA integrity_check, or why a query failed
};

Snapshot snapshot(const QString &path)
{
    Snapshot s;
    StoreFile f(path);
    s.integrity = f.value("PRAGMA integrity_check").toString();
    s.duplicateIds = 0;
    for (const sync::SyncTable &t : sync::syncTables()) {
        s.live[t.name] = f.value(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted_at IS NULL")
                                     .arg(t.name))
                             .toLongLong();
        s.duplicateIds += f.value(QStringLiteral("SELECT count(*) - count(DISTINCT id) FROM %1")
                                      .arg(t.name))
                              .toLongLong();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QVariantList &row :
             f.rows(QStringLiteral("SELECT id, %1 FROM %2 ORDER BY id")
                        .arg(t.fields.join(QStringLiteral(", ")), t.name))) {
            for (const QVariant &v : row) {
                hash.addData(v.isNull() ? QByteArrayView("\x01") : QByteArrayView(v.toString().toUtf8()));
                hash.addData(QByteArrayView("\x1f"));
            }
            hash.addData(QByteArrayView("\x1e"));
        }
        s.digest[t.name] = hash.result().toHex();
    }
    if (!f.error.isEmpty())
        s.integrity = QStringLiteral("query failed: ") + f.error;
    return s;
}

#ifdef Q_OS_UNIX
/// Freezes `process` (SIGSTOP) at a moment the server has committed a push the client has not
/// recorded yet: the answer is on its way when the client dies. `acknowledged` reads how many
/// mutations the client has recorded as pushed. Returns false if no such moment was caught.
bool freezeWithAnswerInFlight(QProcess &process, const ServerProcess &server,
                              const std::function<qint64()> &acknowledged)
{
    const pid_t pid = pid_t(process.processId());
    for (int attempt = 0; attempt < 40 && process.state() == QProcess::Running; ++attempt) {
        ::kill(pid, SIGSTOP);
        const qint64 recorded = acknowledged();
        if (waitUntil([&] { return server.appliedMutations() > recorded; }, 400))
            return true;
        ::kill(pid, SIGCONT); // caught between two requests: let it send the next one
        QTest::qWait(5 * (attempt % 7));
    }
    return false;
}
#endif

/// A desktop client: a store and the sync engine in this process, with its session kept
/// between syncs (unlike kamdesk-cli, which logs in at every run).
struct Desktop
{
    sync::HttpTransport transport;
    MemoryVault vault;
    std::unique_ptr<Store> store;
    std::unique_ptr<sync::SyncEngine> engine;

    Desktop(const QString &path, const QString &serverUrl)
        : transport(QUrl(serverUrl))
        , store(openStore(path))
    {
        if (store)
            restart();
    }
    /// A new engine on the same store and vault, as after quitting and starting the app: the
    /// access token is gone, the refresh token is in the keychain.
    void restart() { engine = std::make_unique<sync::SyncEngine>(*store, transport, &vault); }
};

/// Fails the calling test function unless the process run ended with exit code 0.
#define KAM_VERIFY_RUN(run)                                                                        \
    do {                                                                                           \
        const Run &run_ = (run);                                                                   \
        QVERIFY2(run_.ok(), run_.said().constData());                                              \
    } while (false)

/// Skips or fails the calling test function unless the server process is up.
#define KAM_REQUIRE_PROCESS(server)                                                                \
    do {                                                                                           \
        if (!(server).skipReason.isEmpty())                                                        \
            QSKIP(qPrintable((server).skipReason));                                                \
        QVERIFY2((server).error.isEmpty(), qPrintable((server).error));                            \
    } while (false)

Account account(const QString &legalName, const QString &ownerId)
{
    Account a;
    a.legalName = legalName;
    a.ownerId = ownerId;
    a.industry = QStringLiteral("Machinery");
    a.region = QStringLiteral("East China");
    return a;
}

Contact contact(const QString &accountId, const QString &name)
{
    Contact c;
    c.accountId = accountId;
    c.name = name;
    c.title = QStringLiteral("采购总监");
    return c;
}

/// Sets the notes of an account in the store file (opened and closed again).
Result<void> setNotes(const QString &path, const QString &accountId, const QString &notes)
{
    std::unique_ptr<Store> store = openStore(path);
    if (!store)
        return makeError(ErrorCode::Io, QStringLiteral("cannot open ") + path);
    Result<Account> a = store->get<Account>(accountId);
    if (!a)
        return a.error();
    Account edited = *a;
    edited.notes = notes;
    return store->update(edited);
}

QString notesIn(const QString &path, const QString &accountId)
{
    std::unique_ptr<Store> store = openStore(path);
    Result<Account> a = store ? store->get<Account>(accountId) : makeError(ErrorCode::Io, {});
    return a ? a->notes : QStringLiteral("<no account %1>").arg(accountId);
}

qint64 liveAccounts(const QString &path)
{
    return StoreFile(path).value("SELECT count(*) FROM accounts WHERE deleted_at IS NULL").toLongLong();
}

/// A manager's store file with one synced account, then the store's device revoked.
/// Returns the store path, or empty on failure.
QString revokedManagerStore(ServerProcess &server, const QTemporaryDir &dir)
{
    const QString path = newStore(dir, "revoked.sqlite");
    if (path.isEmpty() || !syncCli(path, server.url(), "ann@example.com").ok())
        return {};
    {
        std::unique_ptr<Store> store = openStore(path);
        if (!store || !store->create(account("宁波港股份有限公司", store->currentUserId())))
            return {};
    }
    if (!syncCli(path, server.url(), "ann@example.com").ok() || liveAccounts(path) != 1)
        return {};
    if (!server.admin({ "revoke-device", "--device", StoreFile(path).setting(SyncJournal::kDeviceKey) }).ok())
        return {};
    return path;
}

} // namespace

class TestSyncE2e : public QObject
{
    Q_OBJECT

    QTemporaryDir m_shared;
    QString m_demo; ///< a kDemoAccounts demo store, copied by the tests that push it

    /// A copy of the demo store, made on first use.
    QString demoCopy(const QTemporaryDir &dir, const QString &name)
    {
        if (m_demo.isEmpty()) {
            const QString path = m_shared.filePath("demo.sqlite");
            const Run made = runProgram("kamdesk-cli", { "--db", path, "demo", "--accounts",
                                                          QString::number(kDemoAccounts) });
            if (!made.ok()) {
                qWarning("demo: %s", made.said().constData());
                return {};
            }
            m_demo = path;
        }
        const QString copy = dir.filePath(name);
        return QFile::copy(m_demo, copy) ? copy : QString();
    }

private slots:
    void givenTwoManagersOnOneAccount_whenBothEditSameFieldOffline_thenConflictKeptAndConverged_data();
    void givenTwoManagersOnOneAccount_whenBothEditSameFieldOffline_thenConflictKeptAndConverged();
    void givenLargePortfolio_whenBootstrapKilledAndRun_thenSameRowsAsUninterrupted();
    void givenManyPendingEdits_whenPushKilledAndRun_thenServerHoldsExactlyTheStore();
    void givenManagerLeaves_whenDisabledReassignedAndRevoked_thenSuccessorHasAllAndLaptopWiped();
    void givenRevokedDevice_whenCliSignsIn_thenCompanyDataWiped();
    void givenRevokedDevice_whenDesktopRestartsWithKeptSession_thenCompanyDataWiped();
    void givenDemoStoreUploadedByAdmin_thenOnlyTheRealUsersReachTheServer();
};

// --- a. conflicting offline edits ------------------------------------------------------------

void TestSyncE2e::givenTwoManagersOnOneAccount_whenBothEditSameFieldOffline_thenConflictKeptAndConverged_data()
{
    QTest::addColumn<bool>("laterPushesFirst");
    QTest::newRow("later edit pushed second") << false;
    QTest::newRow("later edit pushed first") << true;
}

void TestSyncE2e::givenTwoManagersOnOneAccount_whenBothEditSameFieldOffline_thenConflictKeptAndConverged()
{
    QFETCH(bool, laterPushesFirst);
    ServerProcess server;
    KAM_REQUIRE_PROCESS(server);
    QVERIFY(!server.addUser("ann@example.com").isEmpty());
    const QString bobId = server.addUser("bob@example.com");
    QVERIFY(!bobId.isEmpty());
    QTemporaryDir dir;
    const QString ann = newStore(dir, "ann.sqlite");
    const QString bob = newStore(dir, "bob.sqlite");
    QVERIFY(!ann.isEmpty() && !bob.isEmpty());

    // Ann creates the account and puts Bob on its team; both see it after a sync.
    KAM_VERIFY_RUN(syncCli(ann, server.url(), "ann@example.com"));
    QString accountId;
    {
        std::unique_ptr<Store> store = openStore(ann);
        QVERIFY(store);
        Result<Account> created
            = store->create(account("江苏恒力化纤股份有限公司", store->currentUserId()));
        KAM_VERIFY_RESULT(created);
        accountId = created->meta.id;
        TeamMember seat;
        seat.accountId = accountId;
        seat.userId = bobId; // Bob's user row came with the first sync
        seat.role = TeamRole::Service;
        KAM_VERIFY_RESULT(store->create(seat));
    }
    const Run annUp = syncCli(ann, server.url(), "ann@example.com");
    KAM_VERIFY_RUN(annUp);
    QCOMPARE(annUp.json().value("pushed").toInt(), 3); // the account, its first lifecycle stage, the seat
    QCOMPARE(annUp.json().value("open_conflicts").toInt(), 0);
    KAM_VERIFY_RUN(syncCli(bob, server.url(), "bob@example.com"));
    QCOMPARE(notesIn(bob, accountId), QString());

    // Both edit the notes offline; the later edit is Bob's or Ann's.
    const QString earlier = laterPushesFirst ? bob : ann;
    const QString later = laterPushesFirst ? ann : bob;
    KAM_VERIFY_RESULT(setNotes(earlier, accountId, "earlier: visit planned for Monday"));
    QTest::qWait(20); // the edit times differ
    KAM_VERIFY_RESULT(setNotes(later, accountId, "later: visit moved to Thursday"));

    // Ann syncs first, then Bob: Bob's push meets Ann's edit.
    KAM_VERIFY_RUN(syncCli(ann, server.url(), "ann@example.com"));
    const Run second = syncCli(bob, server.url(), "bob@example.com");
    KAM_VERIFY_RUN(second);
    QVERIFY2(second.json().value("conflicts").toInt() >= 1, second.said().constData());
    QVERIFY2(second.json().value("open_conflicts").toInt() >= 1, second.said().constData());
    {
        std::unique_ptr<Store> store = openStore(bob);
        QVERIFY(store);
        Result<std::vector<SyncConflict>> kept = SyncJournal(*store).conflicts();
        KAM_VERIFY_RESULT(kept);
        const auto notes = std::find_if(kept->begin(), kept->end(), [&](const SyncConflict &c) {
            return c.table == "accounts" && c.rowId == accountId && c.field == "notes";
        });
        QVERIFY2(notes != kept->end(), "no conflict recorded on the notes");
        // Both values are kept, whichever won: Bob's own and Ann's.
        const QString bobs = laterPushesFirst ? "earlier: visit planned for Monday"
                                              : "later: visit moved to Thursday";
        const QString anns = laterPushesFirst ? "later: visit moved to Thursday"
                                              : "earlier: visit planned for Monday";
        QCOMPARE(notes->mine.toString(), bobs);
        QCOMPARE(notes->theirs.toString(), anns);
        QCOMPARE(notes->mineKept, !laterPushesFirst); // the later edit wins
        QVERIFY(notes->resolution.isEmpty());
    }

    // One more sync each: both hold the later edit, and the same account in every field.
    KAM_VERIFY_RUN(syncCli(ann, server.url(), "ann@example.com"));
    KAM_VERIFY_RUN(syncCli(bob, server.url(), "bob@example.com"));
    QCOMPARE(notesIn(ann, accountId), QString("later: visit moved to Thursday"));
    QCOMPARE(notesIn(bob, accountId), QString("later: visit moved to Thursday"));
    const Snapshot a = snapshot(ann);
    const Snapshot b = snapshot(bob);
    QCOMPARE(a.integrity, QString("ok"));
    QCOMPARE(b.integrity, QString("ok"));
    QCOMPARE(a.digest.value("accounts"), b.digest.value("accounts"));
    QCOMPARE(a.digest.value("account_team"), b.digest.value("account_team"));
    QCOMPARE(StoreFile(ann).pending(), qint64(0));
    QCOMPARE(StoreFile(bob).pending(), qint64(0));
}

// --- b. kill -9 during a bootstrap -----------------------------------------------------------

void TestSyncE2e::givenLargePortfolio_whenBootstrapKilledAndRun_thenSameRowsAsUninterrupted()
{
    ServerProcess server;
    KAM_REQUIRE_PROCESS(server);
    QVERIFY(!server.addUser("admin@example.com", "admin").isEmpty());
    QTemporaryDir dir;
    // An admin may push every owner's rows: the demo portfolio fills the server.
    const QString seed = demoCopy(dir, "seed.sqlite");
    QVERIFY(!seed.isEmpty());
    KAM_VERIFY_RUN(syncCli(seed, server.url(), "admin@example.com"));
    const QMap<QString, qint64> onServer = server.liveRows();
    QCOMPARE(onServer.value("accounts"), qint64(kDemoAccounts));
    const qint64 total = std::accumulate(onServer.begin(), onServer.end(), qint64(0));
    QVERIFY2(total >= 15000, qPrintable(QString::number(total)));

    // A new laptop downloads it; killed once the first pages are in.
    const QString killed = newStore(dir, "killed.sqlite");
    QVERIFY(!killed.isEmpty());
    std::unique_ptr<QProcess> run = startSync(killed, server.url(), "admin@example.com");
    QElapsedTimer sinceStart;
    sinceStart.start();
    const bool started = waitUntil(
        [&] { return !StoreFile(killed).setting(SyncJournal::kBootstrapAfterKey).isEmpty(); },
        30000);
    run->kill(); // SIGKILL
    const Run cut = finish(*run);
    QVERIFY2(started, cut.said().constData());
    QCOMPARE(cut.exitStatus, QProcess::CrashExit);
    qInfo("killed %lld ms after the start", sinceStart.elapsed());
    {
        StoreFile f(killed);
        QVERIFY2(!f.setting(SyncJournal::kBootstrapAfterKey).isEmpty(),
                 "the bootstrap ended before the kill; nothing was interrupted");
        QVERIFY(f.setting(SyncJournal::kCursorKey).isEmpty());
        const qint64 partial = liveAccounts(killed);
        QVERIFY2(partial < kDemoAccounts, qPrintable(QString::number(partial)));
    }

    // Run again to the end; another laptop downloads it without interruption.
    const Run resumed = syncCli(killed, server.url(), "admin@example.com");
    KAM_VERIFY_RUN(resumed);
    QVERIFY(resumed.json().value("bootstrapped").toBool());
    const QString whole = newStore(dir, "whole.sqlite");
    QVERIFY(!whole.isEmpty());
    KAM_VERIFY_RUN(syncCli(whole, server.url(), "admin@example.com"));

    const Snapshot k = snapshot(killed);
    const Snapshot w = snapshot(whole);
    QCOMPARE(k.integrity, QString("ok"));
    QCOMPARE(w.integrity, QString("ok"));
    QCOMPARE(k.duplicateIds, qint64(0));
    for (const QString &table : syncedTableNames()) {
        QCOMPARE(k.live.value(table), onServer.value(table));
        QCOMPARE(w.live.value(table), onServer.value(table));
        QCOMPARE(k.digest.value(table), w.digest.value(table));
    }
    StoreFile f(killed);
    QVERIFY(!f.setting(SyncJournal::kCursorKey).isEmpty());
    QVERIFY(f.setting(SyncJournal::kBootstrapAfterKey).isEmpty());
    QCOMPARE(f.value("SELECT count(*) FROM sync_seen").toLongLong(), qint64(0));
}

// --- c. kill -9 during a push ----------------------------------------------------------------

void TestSyncE2e::givenManyPendingEdits_whenPushKilledAndRun_thenServerHoldsExactlyTheStore()
{
    ServerProcess server;
    KAM_REQUIRE_PROCESS(server);
    QVERIFY(!server.addUser("admin@example.com", "admin").isEmpty());
    QTemporaryDir dir;
    const QString pusher = demoCopy(dir, "pusher.sqlite");
    QVERIFY(!pusher.isEmpty());
    const Snapshot sent = snapshot(pusher); // what an uninterrupted push puts on the server
    QCOMPARE(sent.integrity, QString("ok"));
    const qint64 pending = StoreFile(pusher).pending();
    QVERIFY2(pending >= 15000, qPrintable(QString::number(pending)));

    // Killed once a page is through, while the server has applied the next one and its answer
    // has not reached the store: the run after must not apply or record anything twice.
    std::unique_ptr<QProcess> run = startSync(pusher, server.url(), "admin@example.com");
    const auto acknowledged = [&] { return pending - StoreFile(pusher).pending(); };
    const bool pushing = waitUntil([&] { return acknowledged() > 0; }, 30000);
#ifdef Q_OS_UNIX
    const bool inFlight = pushing && freezeWithAnswerInFlight(*run, server, acknowledged);
#endif
    run->kill();
    const Run cut = finish(*run);
    QVERIFY2(pushing, cut.said().constData());
    QCOMPARE(cut.exitStatus, QProcess::CrashExit);
    const qint64 left = StoreFile(pusher).pending();
    QVERIFY2(left > 0, "the push ended before the kill; nothing was interrupted");
    const qint64 applied = server.appliedMutations();
    qInfo("killed with %lld of %lld mutations recorded as pushed, %lld applied on the server",
          pending - left, pending, applied);
#ifdef Q_OS_UNIX
    QVERIFY2(inFlight, "no moment with a push answer in flight was caught");
    QVERIFY(applied > pending - left);
#endif

    // Run again: the rest goes, what the server applied before the kill is answered again
    // without a conflict or a second copy.
    const Run resumed = syncCli(pusher, server.url(), "admin@example.com");
    KAM_VERIFY_RUN(resumed);
    QCOMPARE(resumed.json().value("conflicts").toInt(), 0);
    QCOMPARE(resumed.json().value("open_conflicts").toInt(), 0);
    QCOMPARE(StoreFile(pusher).pending(), qint64(0));

    // The server as a new laptop downloads it holds exactly the store's rows.
    const QString fresh = newStore(dir, "fresh.sqlite");
    QVERIFY(!fresh.isEmpty());
    KAM_VERIFY_RUN(syncCli(fresh, server.url(), "admin@example.com"));
    const QMap<QString, qint64> onServer = server.liveRows();
    const Snapshot after = snapshot(pusher);
    const Snapshot got = snapshot(fresh);
    QCOMPARE(after.integrity, QString("ok"));
    QCOMPARE(got.integrity, QString("ok"));
    QCOMPARE(after.duplicateIds, qint64(0));
    QCOMPARE(got.duplicateIds, qint64(0));
    for (const QString &table : QStringList { "accounts", "contacts", "account_team" }) {
        QCOMPARE(onServer.value(table), sent.live.value(table));
        QCOMPARE(got.live.value(table), sent.live.value(table));
        QCOMPARE(got.digest.value(table), sent.digest.value(table));
        QCOMPARE(after.digest.value(table), sent.digest.value(table));
    }
    for (const QString &table : syncedTableNames())
        QCOMPARE(got.live.value(table), onServer.value(table));
}

// --- d. the manager who leaves ---------------------------------------------------------------

void TestSyncE2e::givenManagerLeaves_whenDisabledReassignedAndRevoked_thenSuccessorHasAllAndLaptopWiped()
{
    ServerProcess server;
    KAM_REQUIRE_PROCESS(server);
    QVERIFY(!server.addUser("admin@example.com", "admin").isEmpty());
    const QString leaverId = server.addUser("li.wei@example.com");
    const QString successorId = server.addUser("zhang.san@example.com");
    QVERIFY(!leaverId.isEmpty() && !successorId.isEmpty());
    QTemporaryDir dir;

    // The leaver works partly offline: two accounts with contacts over two syncs, then one
    // more account that never reaches the server.
    const QString cli = newStore(dir, "leaver-cli.sqlite");
    QVERIFY(!cli.isEmpty());
    KAM_VERIFY_RUN(syncCli(cli, server.url(), "li.wei@example.com"));
    QStringList synced;
    QString unsent;
    for (int round = 0; round < 3; ++round) {
        {
            std::unique_ptr<Store> store = openStore(cli);
            QVERIFY(store);
            Result<Account> a = store->create(
                account(QStringLiteral("苏州工业园区客户 %1 有限公司").arg(round), leaverId));
            KAM_VERIFY_RESULT(a);
            for (int c = 0; c <= round; ++c)
                KAM_VERIFY_RESULT(store->create(contact(a->meta.id, QStringLiteral("联系人 %1-%2").arg(round).arg(c))));
            if (round < 2)
                synced << a->meta.id;
            else
                unsent = a->meta.id;
        }
        if (round < 2)
            KAM_VERIFY_RUN(syncCli(cli, server.url(), "li.wei@example.com"));
    }
    // A desktop of the same manager, signed in and synced: it keeps its session.
    Desktop desktop(dir.filePath("leaver-desktop.sqlite"), server.url());
    QVERIFY(desktop.store);
    KAM_VERIFY_RESULT(desktop.engine->login("li.wei@example.com", kTestPassword, "ThinkPad"));
    KAM_VERIFY_RESULT(desktop.engine->sync());
    QCOMPARE(*desktop.store->count("accounts"), qint64(2));

    // The admin's walkthrough (README "When a manager leaves").
    KAM_VERIFY_RUN(server.admin({ "user", "disable", "--email", "li.wei@example.com" }));
    const Run moved = server.admin(
        { "reassign", "--from", "li.wei@example.com", "--to", "zhang.san@example.com" });
    KAM_VERIFY_RUN(moved);
    QCOMPARE(moved.out.trimmed(), QString("moved 2 account(s)"));
    const Run report = server.admin({ "handover-report", "--from", "li.wei@example.com" });
    KAM_VERIFY_RUN(report);
    const QStringList lines = report.out.split("\r\n", Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    for (const QString &id : synced)
        QVERIFY2(report.out.contains(id + u','), qPrintable(report.out));

    // The successor's first sync brings every synced account of the leaver, with contacts.
    const QString successor = newStore(dir, "successor.sqlite");
    QVERIFY(!successor.isEmpty());
    KAM_VERIFY_RUN(syncCli(successor, server.url(), "zhang.san@example.com"));
    {
        std::unique_ptr<Store> store = openStore(successor);
        QVERIFY(store);
        QCOMPARE(*store->count("accounts"), qint64(2));
        QCOMPARE(*store->count("contacts"), qint64(1 + 2));
        for (const QString &id : synced) {
            Result<Account> a = store->get<Account>(id);
            KAM_VERIFY_RESULT(a);
            QCOMPARE(a->ownerId, successorId);
        }
        QVERIFY(!store->get<Account>(unsent)); // never synced: it exists on the leaver's laptop only
    }
    // With it the leaver's history: the successor's desktop fetches it for an inherited account
    // (as its History tab does), once; a second fetch adds nothing.
    {
        Desktop heir(successor, server.url());
        QVERIFY(heir.store);
        KAM_VERIFY_RESULT(heir.engine->login("zhang.san@example.com", kTestPassword, "MacBook"));
        QVERIFY(heir.store->accountHistory(synced.at(1))->empty()); // a bootstrap brings no history
        Result<int> added = heir.engine->loadHistory(synced.at(1));
        KAM_VERIFY_RESULT(added);
        // the account, its first lifecycle stage, its two contacts, the reassignment
        QCOMPARE(*added, 1 + 1 + 2 + 1);
        Result<std::vector<JournalEntry>> history = heir.store->accountHistory(synced.at(1));
        KAM_VERIFY_RESULT(history);
        const auto by = [&](const QString &author, const QString &field, const QString &value) {
            return std::any_of(history->begin(), history->end(), [&](const JournalEntry &e) {
                return e.authorId == author && e.field == field && e.newValue.toString() == value;
            });
        };
        QVERIFY(by(leaverId, "legal_name", "苏州工业园区客户 1 有限公司"));
        QVERIFY(by(leaverId, "name", "联系人 1-0"));
        QVERIFY(by(leaverId, "name", "联系人 1-1"));
        // The reassignment is the admin's change of the owner, from the leaver to the successor.
        const auto moved = std::find_if(history->begin(), history->end(), [&](const JournalEntry &e) {
            return e.field == "owner_id" && e.newValue.toString() == successorId;
        });
        QVERIFY(moved != history->end());
        QCOMPARE(moved->oldValue.toString(), leaverId);
        QCOMPARE(history->front().field, QString("owner_id")); // newest first
        QCOMPARE(*heir.engine->loadHistory(synced.at(1)), 0);
        QCOMPARE(*heir.store->pendingChangeCount(), qint64(0)); // history is never sent
    }

    // The disabled leaver's kamdesk-cli cannot sign in; the laptop keeps its data, unsent
    // work included.
    const Run refused = syncCli(cli, server.url(), "li.wei@example.com");
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("disabled"), refused.said().constData());
    QCOMPARE(liveAccounts(cli), qint64(3));
    QVERIFY(StoreFile(cli).pending() > 0);
    // The desktop's kept session is refused too, and its data stays.
    Result<sync::SyncReport> disabled = desktop.engine->sync();
    QVERIFY(!disabled);
    QCOMPARE(disabled.error().code, ErrorCode::Forbidden);
    QVERIFY2(disabled.error().message.contains("disabled"), qPrintable(disabled.error().message));
    QCOMPARE(*desktop.store->count("accounts"), qint64(2));

    // The admin revokes both devices.
    const QString cliDevice = StoreFile(cli).setting(SyncJournal::kDeviceKey);
    const QString desktopDevice = *SyncJournal(*desktop.store).setting(SyncJournal::kDeviceKey);
    QVERIFY(sync::isCanonicalUuid(cliDevice) && sync::isCanonicalUuid(desktopDevice));
    KAM_VERIFY_RUN(server.admin({ "revoke-device", "--device", cliDevice }));
    KAM_VERIFY_RUN(server.admin({ "revoke-device", "--device", desktopDevice }));

    // kamdesk-cli signs in at every run, and a disabled user's sign-in is refused before the
    // device is looked at: it never hears of the revocation, so its copy stays.
    const Run afterRevoke = syncCli(cli, server.url(), "li.wei@example.com");
    QCOMPARE(afterRevoke.exitCode, 1);
    QVERIFY2(afterRevoke.err.contains("disabled"), afterRevoke.said().constData());
    QCOMPARE(liveAccounts(cli), qint64(3));
    QCOMPARE(StoreFile(cli).setting(SyncJournal::kDeviceKey), cliDevice);
    // The desktop's next sync with its session is answered device_revoked: company data wiped.
    Result<sync::SyncReport> revoked = desktop.engine->sync();
    QVERIFY(!revoked);
    QCOMPARE(revoked.error().code, ErrorCode::Revoked);
    QVERIFY2(revoked.error().message.contains("revoked"), qPrintable(revoked.error().message));
    QCOMPARE(*desktop.store->count("accounts"), qint64(0));
    QCOMPARE(*desktop.store->count("contacts"), qint64(0));
    QVERIFY(SyncJournal(*desktop.store).setting(SyncJournal::kUserIdKey)->isEmpty());
    QVERIFY(desktop.vault.token.isEmpty());
}

// --- a revoked device must wipe, whichever request hears it ----------------------------------

void TestSyncE2e::givenRevokedDevice_whenCliSignsIn_thenCompanyDataWiped()
{
    // packaging/server/README.md §11: every sign-in from a revoked device is refused with 403
    // device_revoked, "which tells KAM Desk on it to wipe the company data it holds".
    ServerProcess server;
    KAM_REQUIRE_PROCESS(server);
    QVERIFY(!server.addUser("ann@example.com").isEmpty());
    QTemporaryDir dir;
    const QString path = revokedManagerStore(server, dir);
    QVERIFY(!path.isEmpty());
    const Run r = syncCli(path, server.url(), "ann@example.com");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("revoked"), r.said().constData());
    QCOMPARE(liveAccounts(path), qint64(0));
    QVERIFY(StoreFile(path).setting(SyncJournal::kUserIdKey).isEmpty());
}

void TestSyncE2e::givenRevokedDevice_whenDesktopRestartsWithKeptSession_thenCompanyDataWiped()
{
    // The desktop keeps the refresh token in the keychain; after a restart its first request
    // is a token refresh, which the server answers 403 device_revoked.
    ServerProcess server;
    KAM_REQUIRE_PROCESS(server);
    QVERIFY(!server.addUser("ann@example.com").isEmpty());
    QTemporaryDir dir;
    Desktop desktop(dir.filePath("desktop.sqlite"), server.url());
    QVERIFY(desktop.store);
    KAM_VERIFY_RESULT(desktop.engine->login("ann@example.com", kTestPassword, "MacBook"));
    KAM_VERIFY_RESULT(desktop.store->create(account("宁波港股份有限公司", desktop.store->currentUserId())));
    KAM_VERIFY_RESULT(desktop.engine->sync());
    KAM_VERIFY_RUN(server.admin(
        { "revoke-device", "--device", *SyncJournal(*desktop.store).setting(SyncJournal::kDeviceKey) }));
    desktop.restart();
    QVERIFY(desktop.engine->hasSession());
    Result<sync::SyncReport> r = desktop.engine->sync();
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Revoked);
    QCOMPARE(*desktop.store->count("accounts"), qint64(0));
    QVERIFY(desktop.vault.token.isEmpty());
}

// --- uploading a store --------------------------------------------------------------------

void TestSyncE2e::givenDemoStoreUploadedByAdmin_thenOnlyTheRealUsersReachTheServer()
{
    // As ./run.sh does on first start. A new store makes itself a stand-in identity for the OS
    // account ("Me"), which a login is to replace; the demo then works as its first manager.
    // The stand-in is nobody in the company and must not join every client's list of users.
    ServerProcess server;
    KAM_REQUIRE_PROCESS(server);
    QVERIFY(!server.addUser("admin@example.com", "admin").isEmpty());
    QTemporaryDir dir;
    const QString store = dir.filePath("demo.sqlite");
    KAM_VERIFY_RUN(runProgram("kamdesk-cli", { "--db", store, "demo", "--accounts", "5" }));
    const QString standIn = StoreFile(store).setting(SyncJournal::kPlaceholderKey);
    QVERIFY(sync::isCanonicalUuid(standIn));
    KAM_VERIFY_RUN(syncCli(store, server.url(), "admin@example.com"));
    QCOMPARE(server.liveRows().value("accounts"), qint64(5));
    QCOMPARE(server.connectDatabase()
                 ->value("SELECT count(*) FROM records WHERE tbl = 'users' AND id = ?", { standIn })
                 .toLongLong(),
             qint64(0));
    QCOMPARE(server.liveRows().value("users"), qint64(5 + 1)); // the demo's managers, the admin
}

QTEST_GUILESS_MAIN(TestSyncE2e)
#include "tst_sync_e2e.moc"
