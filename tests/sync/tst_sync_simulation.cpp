// SPDX-License-Identifier: GPL-3.0-or-later
// Deterministic simulation of offline-first sync: four client stores (two devices of one
// manager, two other managers) and one server core in one process. Each seed drives random
// edits (create, edit the same or different fields, delete, edit after delete, contacts, team
// grants, admin reassignment) through a transport that drops requests, drops answers, sends
// requests twice, replays old ones out of order and restarts clients. After quiescence:
//   - every replica holds exactly the server's rows in its user's scope (convergence, and no
//     row outside the scope);
//   - every local mutation was acknowledged and applied on the server exactly once;
//   - every edit is in the final state, superseded by a later edit, or kept in a conflict.
//
//   tst_sync_simulation [--seeds N] [--first S] [--seed S] [--steps K] [--verbose] [QtTest options]
// Each invariant is a QtTest check; a failing seed prints itself with the command that replays it.

#include "server/auth_service.h"
#include "server/http_api.h"
#include "server/server_db.h"
#include "server/sync_service.h"
#include "store/row_codec.h"
#include "store/store.h"
#include "store/sync_journal.h"
#include "sync/sync_engine.h"
#include "support/token_vaults.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <map>
#include <random>

using namespace kam;
using namespace kam::test;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

/// table → id → field → text ("" = empty): the live rows of a replica or of the server.
using Snapshot = std::map<QString, std::map<QString, std::map<QString, QString>>>;

struct FaultCounts
{
    int droppedRequests = 0, droppedAnswers = 0, duplicates = 0, replays = 0, restarts = 0,
        relogins = 0, cancels = 0;
    void add(const FaultCounts &o)
    {
        droppedRequests += o.droppedRequests;
        droppedAnswers += o.droppedAnswers;
        duplicates += o.duplicates;
        replays += o.replays;
        restarts += o.restarts;
        relogins += o.relogins;
        cancels += o.cancels;
    }
};

/// The server core and its clock, on a copy of the template database.
struct Server
{
    qint64 now = 0;
    std::unique_ptr<server::ServerDb> db;
    std::unique_ptr<server::AuthService> auth;
    std::unique_ptr<server::SyncService> sync;
    std::unique_ptr<server::HttpApi> api;

    explicit Server(const QString &path, qint64 start)
        : now(start)
    {
        Result<std::unique_ptr<server::ServerDb>> opened
            = server::ServerDb::open(QStringLiteral("sqlite:") + path);
        if (!opened)
            qFatal("server: %s", qPrintable(opened.error().message));
        db = std::move(opened).value();
        const server::Clock clock = [this] { return now; };
        auth = std::make_unique<server::AuthService>(*db, clock);
        sync = std::make_unique<server::SyncService>(*db, *auth, clock);
        api = std::make_unique<server::HttpApi>(*db, *auth, *sync, server::HttpApi::LogSink());
    }

    server::HttpApi::Reply answer(const QByteArray &method, const QString &path,
                                  const QByteArray &body, const QString &bearer)
    {
        const qsizetype q = path.indexOf(u'?');
        QList<QPair<QByteArray, QByteArray>> headers
            = { { QByteArray(sync::kSchemaHeader), QByteArray::number(sync::kSyncSchema) } };
        if (!bearer.isEmpty())
            headers.append({ "Authorization", "Bearer " + bearer.toLatin1() });
        return api->answer(method, q < 0 ? path : path.left(q),
                           QUrlQuery(q < 0 ? QString() : path.mid(q + 1)), headers, body);
    }

    QStringList strings(const QString &sql, const QVariantList &values = {})
    {
        Result<QStringList> r = db->strings(sql, values, "simulation check");
        if (!r)
            qFatal("server query: %s", qPrintable(r.error().message));
        return *r;
    }
};

/// The client's network: the server core behind random faults.
class FaultyTransport : public sync::Transport
{
public:
    FaultyTransport(Server &server, std::mt19937 &rng, FaultCounts &counts)
        : m_server(server)
        , m_rng(rng)
        , m_counts(counts)
    {
    }
    bool faults = false;
    bool crashed = false; ///< an answer was lost with the client: restart it

    sync::HttpReply send(const QByteArray &method, const QString &path, const QByteArray &body,
                         const QString &bearer) override
    {
        const auto deliver = [&] {
            const server::HttpApi::Reply r = m_server.answer(method, path, body, bearer);
            return sync::HttpReply { r.status, r.body, {} };
        };
        const bool syncRoute = path.startsWith(u"/v1/sync/");
        if (!faults)
            return deliver();
        const int roll = int(m_rng() % 100);
        if (syncRoute) {
            if (roll < 5 && !m_sent.empty()) {
                // An old request arrives late, out of order; its answer goes nowhere.
                const auto &[m, p, b, t] = m_sent[m_rng() % m_sent.size()];
                (void)m_server.answer(m, p, b, t);
                ++m_counts.replays;
            }
            m_sent.push_back({ method, path, body, bearer });
            if (m_sent.size() > 16)
                m_sent.erase(m_sent.begin());
        }
        if (roll >= 5 && roll < 9) {
            ++m_counts.droppedRequests;
            return { 0, {}, QStringLiteral("dropped request") };
        }
        if (roll >= 9 && roll < 13) {
            (void)deliver();
            ++m_counts.droppedAnswers;
            crashed = m_rng() % 2 == 0;
            return { 0, {}, QStringLiteral("dropped answer") };
        }
        if (roll >= 13 && roll < 16 && syncRoute) {
            (void)deliver();
            ++m_counts.duplicates;
        }
        return deliver();
    }

private:
    Server &m_server;
    std::mt19937 &m_rng;
    FaultCounts &m_counts;
    std::vector<std::tuple<QByteArray, QString, QByteArray, QString>> m_sent;
};

struct ClientSpec
{
    QString email;
    QString file;
};

const ClientSpec kClients[] = { { QStringLiteral("ann@sim.test"), QStringLiteral("c0.sqlite") },
                                { QStringLiteral("ann@sim.test"), QStringLiteral("c1.sqlite") },
                                { QStringLiteral("bo@sim.test"), QStringLiteral("c2.sqlite") },
                                { QStringLiteral("cai@sim.test"), QStringLiteral("c3.sqlite") } };

struct Client
{
    ClientSpec spec;
    QString path;
    QString userId;
    const qint64 *clock = nullptr; ///< the simulation's time, shared with the server
    qint64 skewMs = 0;             ///< how far this laptop's clock is behind
    MemoryVault vault;
    std::unique_ptr<FaultyTransport> transport;
    std::unique_ptr<Store> store;
    std::unique_ptr<sync::SyncEngine> engine;

    void open()
    {
        engine.reset();
        store.reset();
        Result<std::unique_ptr<Store>> s = Store::open(path);
        if (!s)
            qFatal("client store: %s", qPrintable(s.error().message));
        store = std::move(s).value();
        store->setClock([this] { return QDateTime::fromMSecsSinceEpoch(*clock - skewMs, Qt::UTC); });
        engine = std::make_unique<sync::SyncEngine>(*store, *transport, &vault);
        engine->setPageSizes(7, 5, 6); // small pages cross page boundaries often
    }
};

/// Live rows of a client store, per synced table.
Snapshot replicaSnapshot(const QString &path)
{
    Snapshot out;
    const QString name = QStringLiteral("sim-dump");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
        [&]<typename... Ts>(TypeList<Ts...>) {
            const auto dump = [&](auto *tag) {
                using T = std::remove_pointer_t<decltype(tag)>;
                QStringList cols;
                for (const ColumnSpec<T> &c : tableSpec<T>().columns)
                    cols << c.name;
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT id, %1 FROM %2 WHERE deleted_at IS NULL")
                           .arg(cols.join(u','), tableSpec<T>().table));
                while (q.next()) {
                    auto &row = out[tableSpec<T>().table][q.value(0).toString()];
                    for (int i = 0; i < cols.size(); ++i)
                        row[cols[i]] = q.value(i + 1).toString();
                }
            };
            (dump(static_cast<Ts *>(nullptr)), ...);
        }(SyncedTypes {});
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

/// The server's live rows that `userId` may see.
Snapshot serverSnapshot(Server &server, const QString &userId)
{
    Snapshot out;
    Result<int> r = server.db->run(
        QStringLiteral("SELECT tbl, id, data FROM records WHERE deleted_at IS NULL AND (scope_id "
                       "IS NULL OR scope_id IN (SELECT account_id FROM scope_access WHERE "
                       "user_id = ?))"),
        { userId }, "snapshot", [&](const QSqlQuery &q) {
            const QString table = q.value(0).toString();
            const QJsonObject data = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
            auto &row = out[table][q.value(1).toString()];
            withTableType(table, [&](auto *tag) {
                using T = std::remove_pointer_t<decltype(tag)>;
                for (const ColumnSpec<T> &c : tableSpec<T>().columns)
                    row[c.name] = data.value(c.name).toString();
            });
        });
    if (!r)
        qFatal("snapshot: %s", qPrintable(r.error().message));
    return out;
}

QString describe(const Snapshot &a, const Snapshot &b)
{
    for (const auto &[table, rows] : a)
        for (const auto &[id, fields] : rows) {
            auto t = b.find(table);
            if (t == b.end() || !t->second.count(id))
                return QStringLiteral("%1/%2 only in the replica").arg(table, id);
            if (t->second.at(id) != fields)
                for (const auto &[f, v] : fields)
                    if (t->second.at(id).at(f) != v)
                        return QStringLiteral("%1/%2.%3: replica \"%4\", server \"%5\"")
                            .arg(table, id, f, v, t->second.at(id).at(f));
        }
    for (const auto &[table, rows] : b)
        for (const auto &[id, fields] : rows)
            if (!a.count(table) || !a.at(table).count(id))
                return QStringLiteral("%1/%2 only on the server").arg(table, id);
    return {};
}

struct Edit
{
    int tick;
    QString table, row, field, value;
};

/// Files the seeds start from: a server with the users and four logged-in, bootstrapped clients.
struct Template
{
    QTemporaryDir dir;
    qint64 start = QDateTime::currentMSecsSinceEpoch() - 24 * 3600 * 1000LL;
    QHash<QString, QString> userIds; // email → id
    QStringList users;               // the ids, in a fixed order
    QString adminId;
    QStringList tokens; // per client
};

void copyFiles(const QString &from, const QString &to)
{
    for (const QString &f : QDir(from).entryList(QDir::Files)) {
        QFile::remove(to + u'/' + f);
        if (!QFile::copy(from + u'/' + f, to + u'/' + f))
            qFatal("cannot copy %s", qPrintable(f));
    }
}

void makeTemplate(Template &t)
{
    const QString dir = t.dir.path();
    Server server(dir + QStringLiteral("/server.sqlite"), t.start);
    // Fixed ids, so a seed replays the same way in every run.
    for (int i = 0; i < 3; ++i) {
        const QString email = QStringList { QStringLiteral("ann@sim.test"), QStringLiteral("bo@sim.test"),
                                            QStringLiteral("cai@sim.test") }[i];
        Result<server::UserInfo> u = server.sync->addUser(
            email, email.section(u'@', 0, 0), server::Role::Manager, kPassword,
            QStringLiteral("00000000-0000-4000-8000-00000000000%1").arg(i + 1));
        if (!u)
            qFatal("addUser: %s", qPrintable(u.error().message));
        t.userIds.insert(u->email, u->id);
        t.users << u->id;
    }
    std::mt19937 rng(0);
    FaultCounts none;
    for (const ClientSpec &spec : kClients) {
        Client c;
        c.spec = spec;
        c.path = dir + u'/' + spec.file;
        c.clock = &server.now;
        c.transport = std::make_unique<FaultyTransport>(server, rng, none);
        c.open();
        if (Result<void> r = c.engine->login(spec.email, kPassword, spec.file); !r)
            qFatal("login: %s", qPrintable(r.error().message));
        if (Result<sync::SyncReport> r = c.engine->sync(); !r)
            qFatal("first sync: %s", qPrintable(r.error().message));
        t.tokens << c.vault.token;
    }
}

/// One seed; returns an empty string or what went wrong.
QString runSeed(const Template &t, quint32 seed, int steps, FaultCounts &total, bool verbose)
{
    QTemporaryDir dir;
    copyFiles(t.dir.path(), dir.path());
    std::mt19937 rng(seed);
    FaultCounts counts;
    Server server(dir.path() + QStringLiteral("/server.sqlite"), t.start + 3600 * 1000);
    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < int(std::size(kClients)); ++i) {
        auto c = std::make_unique<Client>();
        c->spec = kClients[i];
        c->path = dir.path() + u'/' + c->spec.file;
        c->userId = t.userIds.value(c->spec.email);
        c->clock = &server.now;
        c->skewMs = qint64(rng() % 180000);
        c->vault.token = t.tokens[i];
        c->transport = std::make_unique<FaultyTransport>(server, rng, counts);
        c->open();
        clients.push_back(std::move(c));
    }
    std::vector<Edit> edits;
    QSet<QString> localMutations;
    const auto pick = [&](int n) { return int(rng() % quint32(std::max(n, 1))); };
    const auto note = [&](Client &c) {
        Result<std::vector<OutboxMutation>> pending = SyncJournal(*c.store).outbox(1 << 20);
        for (const OutboxMutation &m : *pending)
            localMutations.insert(m.id);
    };
    std::function<void(Client &)> duringSync;
    const auto syncClient = [&](Client &c, bool faults) -> QString {
        note(c);
        c.transport->faults = faults;
        c.transport->crashed = false;
        const int cancelAt = faults && pick(10) == 0 ? pick(4) : -1;
        int calls = 0;
        Result<sync::SyncReport> r = c.engine->sync([&](const sync::SyncProgress &) {
            if (duringSync)
                duringSync(c);
            return calls++ != cancelAt;
        });
        if (!r && r.error().code == ErrorCode::Cancelled)
            ++counts.cancels;
        if (!r && r.error().code == ErrorCode::Unauthorized) {
            // A lost refresh answer makes the next refresh a reuse: the user logs in again.
            ++counts.relogins;
            c.transport->faults = false;
            if (Result<void> l = c.engine->login(c.spec.email, kPassword, c.spec.file); !l)
                return QStringLiteral("re-login failed: ") + l.error().message;
        } else if (!r && (!faults || (r.error().code != ErrorCode::Offline
                                      && r.error().code != ErrorCode::Cancelled))) {
            return QStringLiteral("sync of %1 failed: %2").arg(c.spec.file, r.error().message);
        }
        if (c.transport->crashed) {
            ++counts.restarts;
            c.open();
        }
        return {};
    };
    const auto liveAccounts = [&](Client &c) {
        std::vector<Account> all = *c.store->accounts();
        std::sort(all.begin(), all.end(),
                  [](const Account &a, const Account &b) { return a.legalName < b.legalName; });
        return all;
    };

    int tick = 0; // orders the edits, including those made while a sync runs
    // One user action in `c`'s store (op from 30 to 95); false when it was not possible.
    const auto userEdit = [&](Client &c, int op) {
        const QString value = QStringLiteral("s%1-%2").arg(seed).arg(++tick);
        const std::vector<Account> accounts = liveAccounts(c);
        const auto any = [&]() -> const Account & { return accounts[size_t(pick(int(accounts.size())))]; };
        if (op < 42 || accounts.empty()) {
            Account a;
            a.legalName = QStringLiteral("Acct ") + value;
            a.ownerId = c.userId;
            if (!accounts.empty() && pick(4) == 0)
                a.parentId = any().meta.id; // a branch, maybe under someone else's group
            (void)c.store->create(a);
        } else if (op < 72) {
            static const char *const fields[] = { "short_name", "industry", "region", "notes" };
            // Clients often pick the same field of the same account: concurrent edits.
            const Account &target = any();
            Account edited = target;
            const QString field = QString::fromLatin1(fields[pick(2) == 0 ? 0 : pick(4)]);
            for (const ColumnSpec<Account> &col : tableSpec<Account>().columns)
                if (col.name == field)
                    col.set(edited, value);
            if (c.store->update(edited))
                edits.push_back({ tick, QStringLiteral("accounts"), target.meta.id, field, value });
        } else if (op < 78) {
            (void)c.store->remove<Account>(any().meta.id);
        } else if (op < 86) {
            Contact ct;
            ct.accountId = any().meta.id;
            ct.name = QStringLiteral("Contact ") + value;
            (void)c.store->create(ct);
        } else if (op < 92) {
            // A teammate from another manager: the account becomes visible to them too.
            TeamMember m;
            m.accountId = any().meta.id;
            m.userId = t.users[pick(int(t.users.size()))];
            if (m.userId != c.userId)
                (void)c.store->create(m);
        } else {
            // The admin moves a top-level account to another manager.
            const Account &target = any();
            const QString to = t.users[pick(int(t.users.size()))];
            if (target.parentId.isEmpty() && target.meta.serverRev > 0 && to != target.ownerId)
                (void)server.sync->reassign(target.ownerId, to, target.meta.id);
        }
    };
    duringSync = [&](Client &c) {
        // The user goes on editing while the sync runs (between its pages).
        if (pick(3) == 0)
            userEdit(c, 30 + pick(62));
    };

    for (int step = 0; step < steps; ++step) {
        server.now += 1000 + pick(60000);
        if (pick(25) == 0)
            server.now += server::AuthService::kAccessTtlMs; // access tokens expire now and then
        Client &c = *clients[size_t(pick(int(clients.size())))];
        const int op = pick(100);
        if (op < 30) {
            if (QString e = syncClient(c, true); !e.isEmpty())
                return e;
        } else if (op < 96) {
            userEdit(c, op);
        } else {
            ++counts.restarts;
            note(c);
            c.open();
        }
    }
    duringSync = nullptr;

    // Quiescence: no faults, sync everyone until a round changes nothing.
    for (int round = 0;; ++round) {
        if (round == 12)
            return QStringLiteral("no quiescence after 12 rounds");
        bool changed = false;
        for (auto &c : clients) {
            note(*c);
            c->transport->faults = false;
            Result<sync::SyncReport> r = c->engine->sync();
            if (!r && r.error().code == ErrorCode::Unauthorized) {
                ++counts.relogins;
                if (Result<void> l = c->engine->login(c->spec.email, kPassword, c->spec.file); !l)
                    return QStringLiteral("re-login failed: ") + l.error().message;
                r = c->engine->sync();
            }
            if (!r)
                return QStringLiteral("final sync of %1: %2").arg(c->spec.file, r.error().message);
            changed = changed || r->pushed > 0 || r->pulled > 0;
        }
        if (!changed)
            break;
    }

    // 1. Convergence, and nothing outside the scope.
    for (auto &c : clients) {
        if (Result<qint64> pending = c->store->pendingChangeCount(); *pending != 0)
            return QStringLiteral("%1 still has %2 unsent changes").arg(c->spec.file).arg(*pending);
        const QString diff = describe(replicaSnapshot(c->path), serverSnapshot(server, c->userId));
        if (!diff.isEmpty()) {
            QStringList why;
            for (const SyncConflict &k : *SyncJournal(*c->store).conflicts(true))
                if (diff.contains(k.rowId))
                    why << k.field + u':' + k.reason;
            if (verbose) { // the row's story on both sides, for the replay
                const QString id = diff.section(u'/', 1).section(u' ', 0, 0).section(u'.', 0, 0);
                for (const JournalEntry &e : *c->store->journal())
                    if (e.rowId == id)
                        qInfo("  local %lld %s %s %s=%s pushed=%d", e.seq, qPrintable(e.op),
                              qPrintable(e.changedAt.toString(Qt::ISODate)), qPrintable(e.field),
                              qPrintable(e.newValue.toString()), int(e.pushed));
                for (const QString &line : server.strings(
                         QStringLiteral("SELECT seq || ' ' || kind || ' ' || COALESCE(fields,'') || ' dev=' || "
                                        "COALESCE(device_id,'') || ' m=' || COALESCE(mutation_id,'') FROM changes "
                                        "WHERE row_id = ? ORDER BY seq"),
                         { id }))
                    qInfo("  server %s", qPrintable(line));
                for (const JournalEntry &e : *c->store->journal())
                    if (e.rowId == id)
                        for (const QString &line : server.strings(
                                 QStringLiteral("SELECT result FROM mutations WHERE id = ?"), { e.mutationId }))
                            qInfo("  answer to %lld: %s", e.seq, qPrintable(line));
                qInfo("  device of %s: %s", qPrintable(c->spec.file),
                      qPrintable(*SyncJournal(*c->store).setting(SyncJournal::kDeviceKey)));
            }
            return QStringLiteral("%1 diverges: %2 (conflicts on it: %3)")
                .arg(c->spec.file, diff, why.join(u", "));
        }
    }
    // 2. Every local mutation acknowledged, applied at most once.
    const QSet<QString> acknowledged = [&] {
        const QStringList ids = server.strings(QStringLiteral("SELECT id FROM mutations"));
        return QSet<QString>(ids.begin(), ids.end());
    }();
    for (const QString &id : std::as_const(localMutations))
        if (!acknowledged.contains(id))
            return QStringLiteral("mutation %1 was never acknowledged").arg(id);
    const QStringList twice = server.strings(QStringLiteral(
        "SELECT mutation_id FROM changes WHERE kind = 'row' AND mutation_id IS NOT NULL "
        "GROUP BY mutation_id HAVING count(*) > 1"));
    if (!twice.isEmpty())
        return QStringLiteral("mutation %1 applied twice").arg(twice.front());
    // 3. No edit lost silently.
    QSet<QString> kept;
    for (auto &c : clients)
        for (const SyncConflict &k : *SyncJournal(*c->store).conflicts(true))
            kept << k.table + u'/' + k.rowId + u'/' + k.field + u'=' + k.mine.toString()
                 << k.table + u'/' + k.rowId + u'/' + k.field + u'=' + k.theirs.toString();
    for (const Edit &e : edits) {
        const QStringList now = server.strings(
            QStringLiteral("SELECT data FROM records WHERE tbl = ? AND id = ? AND deleted_at IS NULL"),
            { e.table, e.row });
        if (now.isEmpty())
            continue; // deleted since (or never created): the deletion is the later edit
        const QString final = QJsonDocument::fromJson(now.front().toUtf8()).object().value(e.field).toString();
        const bool superseded = std::any_of(edits.begin(), edits.end(), [&](const Edit &later) {
            return later.tick > e.tick && later.row == e.row && later.field == e.field;
        });
        if (final != e.value && !superseded
            && !kept.contains(e.table + u'/' + e.row + u'/' + e.field + u'=' + e.value))
            return QStringLiteral("edit %1.%2 = %3 (edit %4) is lost: the server has \"%5\" and no "
                                  "conflict keeps it")
                .arg(e.row, e.field, e.value)
                .arg(e.tick)
                .arg(final);
    }
    if (verbose)
        qInfo("seed %u: %d edits, %d mutations, faults: %d dropped requests, %d dropped answers, "
              "%d duplicates, %d replays, %d restarts, %d cancels, %d re-logins",
              seed, int(edits.size()), int(localMutations.size()), counts.droppedRequests,
              counts.droppedAnswers, counts.duplicates, counts.replays, counts.restarts,
              counts.cancels, counts.relogins);
    total.add(counts);
    return {};
}

} // namespace

/// What the command line asks for: ./test.sh runs the defaults (500 seeds of 40 steps).
struct SimulationOptions
{
    quint32 first = 1;
    quint32 count = 500;
    int steps = 40;
    bool verbose = false;
};

class TestSyncSimulation : public QObject
{
    Q_OBJECT

public:
    explicit TestSyncSimulation(SimulationOptions options)
        : m_options(options)
    {
    }

private slots:
    void givenSeededEditsAndFaults_whenQuiescent_thenReplicasConvergeAndNothingIsLost()
    {
        Template t;
        makeTemplate(t);
        FaultCounts total;
        QElapsedTimer timer;
        timer.start();
        const SimulationOptions &o = m_options;
        for (quint32 seed = o.first; seed < o.first + o.count; ++seed) {
            const QString failure = runSeed(t, seed, o.steps, total, o.verbose);
            QVERIFY2(failure.isEmpty(),
                     qPrintable(QStringLiteral("seed %1: %2\nreplay: tst_sync_simulation --seed %1 "
                                               "--steps %3 --verbose")
                                    .arg(seed)
                                    .arg(failure)
                                    .arg(o.steps)));
        }
        qInfo("%u seeds x %d steps passed in %.1f s; faults: %d dropped requests, %d dropped "
              "answers, %d duplicates, %d replays, %d restarts, %d cancels, %d re-logins",
              o.count, o.steps, double(timer.elapsed()) / 1000, total.droppedRequests,
              total.droppedAnswers, total.duplicates, total.replays, total.restarts, total.cancels,
              total.relogins);
        // A run without faults proves nothing: enough seeds must have met every kind of fault.
        if (o.count >= 50) {
            QVERIFY(total.droppedRequests > 0);
            QVERIFY(total.droppedAnswers > 0);
            QVERIFY(total.duplicates > 0);
            QVERIFY(total.replays > 0);
            QVERIFY(total.restarts > 0);
        }
    }

private:
    SimulationOptions m_options;
};

/// The simulation's own options are taken off the command line; the rest goes to QtTest
/// (-o, -v2, the test function's name, …).
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QStringList forQtTest { args.value(0) };
    SimulationOptions o;
    bool one = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args[i];
        const bool valued = arg == u"--seeds" || arg == u"--first" || arg == u"--seed" || arg == u"--steps";
        if (valued && i + 1 < args.size()) {
            const quint32 n = args[++i].toUInt();
            if (arg == u"--seeds")
                o.count = n;
            else if (arg == u"--first")
                o.first = n;
            else if (arg == u"--steps")
                o.steps = int(n);
            else {
                o.first = n;
                one = true;
            }
        } else if (arg == u"--verbose") {
            o.verbose = true;
        } else {
            forQtTest << arg;
        }
    }
    if (one)
        o.count = 1;
    TestSyncSimulation test(o);
    return QTest::qExec(&test, forQtTest);
}

#include "tst_sync_simulation.moc"
