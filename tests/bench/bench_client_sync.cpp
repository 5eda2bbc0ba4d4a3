// SPDX-License-Identifier: GPL-3.0-or-later
// Client sync benchmark, end to end (on demand: ctest --test-dir build -R bench_client_sync -V).
//
// The client's whole path, not just the protocol (that is bench_sync): the sync engine
// (kam::sync::SyncEngine over HttpTransport) in this process, pinned to core 0, with kam::Store
// files on disk, against the real kamdesk-server process pinned to core 1 (when taskset exists)
// on a fresh database. Runs on SQLite, then on PostgreSQL when KAM_TEST_PG_URL is set.
//
// Rows: ../shared/bench-peers/gen_rows.py (KAM_BENCH_ROWS, default /tmp/rows-100k.jsonl, made
// with --accounts 10000 --seed 1 when missing), written into store A through Store::create as an
// admin's portfolio (opportunities and activities become contacts, as in bench_sync). Phases,
// named as in the PouchDB peer benchmark so the JSON line compares with its table:
//   push_s            A pushes every row: the push part of its first sync (the bootstrap that
//                     follows, of the rows it just sent, is printed apart)
//   pull_s            a fresh store B bootstraps everything, in a child process that reports its
//                     peak RSS (VmHWM): target <= 3 s and <= 200 MB for ~100k rows
//   noop_ms           median of B's sync with nothing changed: target <= 20 ms
//   incr_1pct_s       A's sync after 1,000 edited fields; the push part: target <= 0.5 s
//   incr_pull_1pct_s  B's sync that receives them
//   desktop_s         the desktop's path: a fresh store C bootstraps through SyncController
//                     (the engine on its worker thread) while this thread holds the
//                     portfolio's table model and a 5 ms timer; stall_ms is the longest gap
//                     between two ticks, i.e. the longest the window would have frozen
// It prints figures and does not fail on slowness, only when B's rows differ from A's.

#include "e2e/server_process.h"
#include "itemmodels/account_table_model.h"
#include "store/store.h"
#include "sync/http_transport.h"
#include "sync/sync_controller.h"
#include "sync/sync_engine.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <thread>

#ifdef __linux__
#include <sched.h>
#endif

using namespace kam;
using namespace kam::test;

namespace {

const QString kAdmin = QStringLiteral("bench-admin@example.com");
/// The admin's id, fixed so that a portfolio store made once serves every run.
const QString kAdminId = QStringLiteral("0b6c4a52-3c55-4b8e-9a0e-2f7d8c1e5a11");
constexpr int kEdits = 1000;

/// A kB figure of /proc/self/status ("VmHWM", "VmRSS"); 0 where there is none.
qint64 statusKb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(qsizetype(qstrlen(key)) + 1).trimmed().split(' ').first().toLongLong();
    return 0;
}

void pinToCore(int core)
{
#ifdef __linux__
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(core, &set);
    sched_setaffinity(0, sizeof set, &set);
#else
    Q_UNUSED(core)
#endif
}

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

Tier tierOf(const QString &grade)
{
    return grade == u"A" ? Tier::Core
        : grade == u"B"  ? Tier::Key
        : grade == u"C"  ? Tier::Ordinary
        : grade == u"D"  ? Tier::Potential
                         : Tier::Unrated;
}

/// Writes the rows file into `store` as `ownerId`'s portfolio, in one transaction. Returns how
/// many rows the store refused.
int load(Store &store, const QString &rowsPath, const QString &ownerId)
{
    QFile file(rowsPath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(rowsPath));
    int refused = 0;
    const Result<void> done = store.transaction([&]() -> Result<void> {
        while (!file.atEnd()) {
            const QJsonObject o = QJsonDocument::fromJson(file.readLine()).object();
            const QString id = o.value("id").toString();
            bool ok = false;
            if (o.value("table") == "accounts") {
                Account a;
                a.meta.id = id;
                a.legalName = o.value("legal_name").toString();
                a.industry = o.value("industry").toString();
                a.region = o.value("region").toString();
                a.tier = tierOf(o.value("tier").toString());
                a.creditCode = o.value("credit_code").toString();
                a.annualRevenueMinor = o.value("revenue_minor").toInteger();
                a.ownerId = ownerId;
                a.notes = o.value("updated_at").toString();
                ok = bool(store.create(a));
            } else {
                Contact c;
                c.meta.id = id;
                c.accountId = o.value("account_id").toString();
                c.name = o.value("name").toString(o.value("subject").toString(o.value("table").toString()));
                c.title = o.value("title").toString();
                c.phone = o.value("phone").toString();
                c.email = o.value("email").toString();
                QJsonObject rest = o;
                for (const char *k : { "table", "id", "account_id", "name", "title", "phone", "email" })
                    rest.remove(k);
                c.notes = QString::fromUtf8(QJsonDocument(rest).toJson(QJsonDocument::Compact));
                ok = bool(store.create(c));
            }
            refused += ok ? 0 : 1;
        }
        return {};
    });
    if (!done)
        qFatal("loading the rows: %s", qPrintable(done.error().message));
    return refused;
}

/// The rows file as the admin's never-synced store, made once and kept in the build directory.
struct Portfolio
{
    QString path;
    QStringList ids; ///< accounts and contacts, by id
    qint64 fileRows = 0;
    double loadSeconds = -1; ///< -1: made by an earlier run
};

Portfolio portfolio(const QString &rowsPath)
{
    Portfolio p;
    p.path = QCoreApplication::applicationDirPath() + "/../bench-client-sync-"
        + QFileInfo(rowsPath).completeBaseName() + ".sqlite";
    if (!QFile::exists(p.path)) {
        const QString partial = p.path + ".partial";
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(partial + suffix);
        QElapsedTimer t;
        t.start();
        {
            std::unique_ptr<Store> store = std::move(Store::open(partial)).value();
            User admin; // as the server has it, so pushing it changes nothing there
            admin.meta.id = kAdminId;
            admin.name = QStringLiteral("Bench");
            admin.email = kAdmin;
            if (Result<User> r = store->create(admin); !r)
                qFatal("%s", qPrintable(r.error().message));
            if (const int refused = load(*store, rowsPath, kAdminId); refused > 0)
                qFatal("the store refused %d rows of %s", refused, qPrintable(rowsPath));
        }
        p.loadSeconds = seconds(t);
        if (!QFile::rename(partial, p.path))
            qFatal("cannot create %s", qPrintable(p.path));
    }
    Connection db("QSQLITE", [&](QSqlDatabase &d) { d.setDatabaseName(p.path); });
    for (const QVariantList &row :
         db.rows("SELECT id FROM accounts UNION ALL SELECT id FROM contacts ORDER BY 1"))
        p.ids << row.first().toString();
    QFile file(rowsPath);
    if (file.open(QIODevice::ReadOnly))
        p.fileRows = file.readAll().count('\n');
    return p;
}

/// The HTTP client, timed: how much of a sync is waiting for the server (and the transfer).
class TimedTransport : public sync::Transport
{
public:
    explicit TimedTransport(const QString &serverUrl)
        : m_http(QUrl(serverUrl))
    {
    }
    sync::HttpReply send(const QByteArray &method, const QString &path, const QByteArray &body,
                         const QString &bearer) override
    {
        QElapsedTimer t;
        t.start();
        sync::HttpReply r = m_http.send(method, path, body, bearer);
        waitedNs += t.nsecsElapsed();
        ++requests;
        return r;
    }
    qint64 waitedNs = 0;
    int requests = 0;

private:
    sync::HttpTransport m_http;
};

/// One client: a store file and the engine on it, logged in as the admin.
struct Client
{
    TimedTransport transport;
    std::unique_ptr<Store> store;
    sync::SyncEngine engine;

    Client(const QString &path, const QString &serverUrl)
        : transport(serverUrl)
        , store(std::move(Store::open(path)).value())
        , engine(*store, transport)
    {
        if (Result<void> r = engine.login(kAdmin, kTestPassword, QStringLiteral("bench")); !r)
            qFatal("login: %s", qPrintable(r.error().message));
    }
    /// One sync; `pushSeconds` gets the time until the engine started pulling.
    sync::SyncReport sync(double *pushSeconds = nullptr)
    {
        QElapsedTimer t;
        t.start();
        bool pulling = false;
        Result<sync::SyncReport> r = engine.sync([&](const sync::SyncProgress &p) {
            if (pushSeconds && !pulling && p.phase != sync::SyncProgress::Phase::Pushing) {
                pulling = true;
                *pushSeconds = seconds(t);
            }
            return true;
        });
        if (!r)
            qFatal("sync: %s", qPrintable(r.error().message));
        if (pushSeconds && !pulling)
            *pushSeconds = seconds(t);
        return *r;
    }
};

/// The child process of the bootstrap phase: a fresh store at `path` logs in and syncs once.
/// Prints {"seconds","rows","hwm_kb","rss_before_kb"}.
int bootstrapChild(const QString &serverUrl, const QString &path)
{
    Client b(path, serverUrl);
    const qint64 before = statusKb("VmRSS:");
    b.transport.waitedNs = 0;
    b.transport.requests = 0;
    QElapsedTimer t;
    t.start();
    const sync::SyncReport r = b.sync();
    const double s = seconds(t);
    std::printf("%s\n",
                QJsonDocument(QJsonObject { { "seconds", s },
                                            { "rows", r.pulled },
                                            { "bootstrapped", r.bootstrapped },
                                            { "http_s", double(b.transport.waitedNs) / 1e9 },
                                            { "requests", b.transport.requests },
                                            { "hwm_kb", statusKb("VmHWM:") },
                                            { "rss_before_kb", before } })
                    .toJson(QJsonDocument::Compact)
                    .constData());
    return 0;
}

struct DesktopFigures
{
    double seconds = 0;
    qint64 longestStallMs = 0;
    int modelRows = 0;
};

/// A fresh store at `path` logs in and bootstraps through the desktop's SyncController while
/// this thread, the window's, keeps an AccountTableModel that follows the rows it announces.
DesktopFigures desktopBootstrap(const QString &serverUrl, const QString &path)
{
    std::unique_ptr<Store> store = std::move(Store::open(path)).value();
    AccountTableModel model(store.get());
    if (Result<void> r = model.reload(); !r)
        qFatal("model: %s", qPrintable(r.error().message));
    sync::SyncController controller(store.get(), nullptr);
    QEventLoop loop;
    bool loggedIn = false;
    QObject::connect(&controller, &sync::SyncController::loginFinished, [&](bool ok, const QString &why) {
        if (!ok)
            qFatal("desktop login: %s", qPrintable(why));
        loggedIn = true;
    });
    QObject::connect(&controller, &sync::SyncController::statusChanged, [&](const sync::SyncStatus &st) {
        if (loggedIn && st.state != sync::SyncStatus::State::Syncing)
            loop.quit();
    });
    QElapsedTimer since;
    qint64 last = 0;
    DesktopFigures f;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = since.elapsed();
        f.longestStallMs = std::max(f.longestStallMs, now - last);
        last = now;
    });
    since.start();
    tick.start();
    controller.login(serverUrl, kAdmin, kTestPassword);
    loop.exec();
    f.seconds = double(since.elapsed()) / 1000;
    if (controller.status().state != sync::SyncStatus::State::UpToDate)
        qFatal("desktop sync: %s", qPrintable(controller.status().message));
    f.modelRows = model.rowCount();
    return f;
}

/// SHA-256 over the synced data of the accounts and contacts of a store, sorted by id.
QByteArray contentDigest(Store &store)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto byId = [](const auto &x, const auto &y) { return x.meta.id < y.meta.id; };
    Result<std::vector<Account>> read = store.accounts();
    if (!read)
        qFatal("%s", qPrintable(read.error().message));
    std::vector<Account> accounts = *read;
    std::sort(accounts.begin(), accounts.end(), byId);
    for (const Account &a : accounts) {
        hash.addData(QStringList { a.meta.id, a.legalName, a.industry, a.region, a.creditCode,
                                   enumCode(a.tier), QString::number(a.annualRevenueMinor),
                                   a.ownerId, a.notes }
                         .join(u'\x1f')
                         .toUtf8());
        Result<std::vector<Contact>> readContacts = store.contacts(a.meta.id);
        if (!readContacts)
            qFatal("%s", qPrintable(readContacts.error().message));
        std::vector<Contact> contacts = *readContacts;
        std::sort(contacts.begin(), contacts.end(), byId);
        for (const Contact &c : contacts)
            hash.addData(QStringList { c.meta.id, c.accountId, c.name, c.title, c.phone, c.email,
                                       c.notes }
                             .join(u'\x1f')
                             .toUtf8());
    }
    return hash.result().toHex();
}

QString rowsFile()
{
    const QString path = qEnvironmentVariable("KAM_BENCH_ROWS", "/tmp/rows-100k.jsonl");
    if (QFile::exists(path))
        return path;
    const QString generator // the bench-peers checkout next to the project
        = qEnvironmentVariable("KAM_SOURCE_DIR") + "/../shared/bench-peers/gen_rows.py";
    std::fprintf(stderr, "making %s with %s\n", qPrintable(path), qPrintable(generator));
    QProcess gen;
    gen.start("python3", { generator, "--accounts", "10000", "--seed", "1", "--out", path });
    if (!gen.waitForFinished(600000) || gen.exitCode() != 0)
        qFatal("cannot make %s (%s)", qPrintable(path), gen.readAllStandardError().constData());
    return path;
}

/// Every phase on one server engine; returns whether B ended with A's rows.
bool benchEngine(const QString &rowsPath)
{
    const QStringList launcher = QStandardPaths::findExecutable("taskset").isEmpty()
        ? QStringList()
        : QStringList { "taskset", "-c", "1" };
    ServerProcess server(launcher);
    if (!server.skipReason.isEmpty() || !server.error.isEmpty())
        qFatal("%s", qPrintable(server.skipReason + server.error));
    if (!server.admin({ "user", "add", "--email", kAdmin, "--name", "Bench", "--role", "admin",
                        "--id", kAdminId },
                      passwordLine())
             .ok())
        qFatal("cannot add the admin");
    QTemporaryDir dir;

    // A: the portfolio, made locally (not timed), then pushed.
    const Portfolio rows = portfolio(rowsPath);
    const QStringList &ids = rows.ids;
    if (!QFile::copy(rows.path, dir.filePath("a.sqlite")))
        qFatal("cannot copy %s", qPrintable(rows.path));
    Client a(dir.filePath("a.sqlite"), server.url());
    // Every row and the admin, plus the first stage change the store records with each deal.
    const qint64 pending = a.store->pendingChangeCount().value();
    QElapsedTimer t;
    double pushS = 0;
    t.start();
    const sync::SyncReport pushed = a.sync(&pushS);
    const double pushRoundS = seconds(t);

    // B: a fresh store bootstraps in a child process, whose peak RSS is B's alone.
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                { "--bootstrap-child", server.url(), dir.filePath("b.sqlite") });
    if (!child.waitForFinished(600000) || child.exitCode() != 0)
        qFatal("bootstrap child: %s", child.readAllStandardError().constData());
    const QJsonObject boot
        = QJsonDocument::fromJson(child.readAllStandardOutput().trimmed()).object();
    Client b(dir.filePath("b.sqlite"), server.url());
    const DesktopFigures desktop = desktopBootstrap(server.url(), dir.filePath("c.sqlite"));

    // No change: B syncs again and again.
    std::vector<double> noop;
    for (int i = 0; i < 21; ++i) {
        t.start();
        const sync::SyncReport r = b.sync();
        noop.push_back(double(t.nsecsElapsed()) / 1e6);
        if (r.pushed != 0 || r.pulled != 0)
            qFatal("a no-change sync moved %d/%d rows", r.pushed, r.pulled);
    }

    // 1,000 edited fields in A (every hundredth row's notes), pushed; B receives them.
    for (int i = 0; i < kEdits; ++i) {
        const QString &id = ids.at(qsizetype(i) * ids.size() / kEdits);
        const QString notes = QStringLiteral("edited %1").arg(i);
        const auto edit = [&](auto row) {
            row.notes = notes;
            return a.store->update(row);
        };
        Result<Account> account = a.store->get<Account>(id);
        Result<Contact> contact = account ? Result<Contact>(Contact()) : a.store->get<Contact>(id);
        Result<void> r = account ? edit(*account) : contact ? edit(*contact) : contact.error();
        if (!r)
            qFatal("edit: %s", qPrintable(r.error().message));
    }
    double incrPushS = 0;
    t.start();
    const sync::SyncReport incr = a.sync(&incrPushS);
    const double incrRoundS = seconds(t);
    t.start();
    const sync::SyncReport incrPull = b.sync();
    const double incrPullS = seconds(t);

    const bool verified = rows.fileRows == ids.size() && pushed.pushed == pending
        && boot.value("rows").toInteger() >= ids.size() && incr.pushed == kEdits
        && incrPull.pulled == kEdits && contentDigest(*a.store) == contentDigest(*b.store)
        && desktop.modelRows == *a.store->count("accounts");

    std::printf("== %s server, rows file %s\n", server.isPostgres() ? "PostgreSQL" : "SQLite",
                qPrintable(rowsPath));
    std::printf("store A: %lld of the file's %lld rows and the admin (through Store::create, %s)\n",
                qint64(ids.size()), rows.fileRows,
                rows.loadSeconds < 0
                    ? qPrintable("kept from an earlier run: " + rows.path)
                    : qPrintable(QStringLiteral("%1 s, kept as %2").arg(rows.loadSeconds, 0, 'f', 1).arg(rows.path)));
    std::printf("push: %d mutations in %.2f s (%.0f rows/s); the whole sync, with the pull that "
                "follows (%d rows), %.2f s\n",
                pushed.pushed, pushS, pushed.pushed / pushS, pushed.pulled, pushRoundS);
    std::printf("bootstrap into a fresh store: %lld rows in %.2f s (target <= 3 s; %lld requests, "
                "%.2f s of it waiting for their answers), peak RSS %.0f MB (target <= 200 MB; "
                "%.0f MB before the sync)\n",
                boot.value("rows").toInteger(), boot.value("seconds").toDouble(),
                boot.value("requests").toInteger(), boot.value("http_s").toDouble(),
                boot.value("hwm_kb").toDouble() / 1024, boot.value("rss_before_kb").toDouble() / 1024);
    std::printf("desktop bootstrap through SyncController: %.2f s to up to date, the portfolio "
                "model shows %d accounts, longest stall of the window's thread %lld ms\n",
                desktop.seconds, desktop.modelRows, desktop.longestStallMs);
    std::printf("no-change sync: median %.1f ms, min %.1f ms, max %.1f ms (target <= 20 ms)\n",
                median(noop), *std::min_element(noop.begin(), noop.end()),
                *std::max_element(noop.begin(), noop.end()));
    std::printf("push of %d edited fields: %.3f s (target <= 0.5 s); whole sync %.3f s\n", kEdits,
                incrPushS, incrRoundS);
    std::printf("pull of those edits by the other client: %d rows in %.3f s\n", incrPull.pulled,
                incrPullS);
    std::printf("{\"engine\":\"%s\",\"rows\":%lld,\"batch\":%d,\"push_s\":%.3f,\"pull_s\":%.3f,"
                "\"noop_ms\":%.1f,\"incr_1pct_s\":%.3f,\"incr_pull_1pct_s\":%.3f,"
                "\"bootstrap_peak_mb\":%.0f,\"desktop_s\":%.3f,\"stall_ms\":%lld,\"verified\":%s}\n",
                server.isPostgres() ? "postgresql" : "sqlite", qint64(ids.size()),
                sync::kMaxMutationsPerPush, pushS, boot.value("seconds").toDouble(), median(noop),
                incrPushS, incrPullS, boot.value("hwm_kb").toDouble() / 1024, desktop.seconds,
                desktop.longestStallMs, verified ? "true" : "false");
    std::fflush(stdout);
    return verified;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    pinToCore(0);
    if (args.size() == 4 && args.at(1) == "--bootstrap-child")
        return bootstrapChild(args.at(2), args.at(3));

    const QString rowsPath = rowsFile();
    std::printf("machine: %s, %u cores (server on core 1, client on core 0), Qt %s\n",
                qPrintable(QSysInfo::prettyProductName()), std::thread::hardware_concurrency(),
                qVersion());
    bool verified = true;
    QStringList engines { "sqlite" };
    if (!qEnvironmentVariableIsEmpty("KAM_TEST_PG_URL"))
        engines << "postgresql";
    for (const QString &engine : engines) {
        qputenv("KAM_TEST_ENGINE", engine.toLatin1());
        verified = benchEngine(rowsPath) && verified;
    }
    return verified ? 0 : 1;
}
