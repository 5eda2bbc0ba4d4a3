// SPDX-License-Identifier: GPL-3.0-or-later
// Sync benchmark (on demand: ctest --test-dir build -L bench -R bench_sync --verbose).
//
// Starts the real kamdesk-server (pinned to core 1 when taskset exists) on a fresh database —
// PostgreSQL when KAM_TEST_PG_URL is set and KAM_TEST_ENGINE=postgresql, else SQLite — and drives
// it over loopback HTTP from this process (pinned to core 0). It prints:
//   the phases of ../shared/bench-peers (PouchDB → pouchdb-server) on the same rows file, with
//   the same JSON keys on the last line: push_s, pull_s (bootstrap), noop_ms, incr_1pct_s,
//   incr_pull_1pct_s, verified;
//   push throughput with 8 concurrent clients, in field mutations per second (target ≥ 2,000);
//   a no-change pull's latency (target ≤ 10 ms) and the bootstrap time (target ≤ 3 s).
//
// KAM_BENCH_ROWS: a rows file from bench-peers/gen_rows.py (default /tmp/rows-100k.jsonl).
// The peer's opportunities and activities have no table here yet; they travel as contacts of
// their account, so row count and bytes match. The bench prints figures; it does not fail on
// slowness, only when the data that arrives differs from the data sent.

#include "support/server_fixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>

#ifdef __linux__
#include <sched.h>
#endif

using namespace kam;
using namespace kam::test;

namespace {

constexpr int kBatch = 500;
constexpr int kPageLimit = 5000;

struct Row
{
    QString table; ///< accounts or contacts (as stored here)
    QString id;
    QList<std::pair<QString, QString>> fields;
};

QString tierFor(const QString &grade)
{
    static const QHash<QString, QString> map {
        { "A", "core" }, { "B", "key" }, { "C", "ordinary" }, { "D", "potential" }
    };
    return map.value(grade, "unrated");
}

std::vector<Row> readRows(const QString &path, const QString &ownerId)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s (make it with ../shared/bench-peers/gen_rows.py)", qPrintable(path));
    std::vector<Row> rows;
    while (!file.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(file.readLine()).object();
        const QString table = o.value("table").toString();
        Row r { table == "accounts" ? "accounts" : "contacts", o.value("id").toString(), {} };
        if (table == "accounts") {
            r.fields = { { "legal_name", o.value("legal_name").toString() },
                         { "industry", o.value("industry").toString() },
                         { "region", o.value("region").toString() },
                         { "tier", tierFor(o.value("tier").toString()) },
                         { "credit_code", o.value("credit_code").toString() },
                         { "annual_revenue_minor",
                           QString::number(o.value("revenue_minor").toInteger()) },
                         { "owner_id", ownerId },
                         { "notes", o.value("updated_at").toString() } };
        } else {
            QJsonObject rest = o;
            for (const char *k : { "table", "id", "account_id", "name", "title", "phone", "email" })
                rest.remove(k);
            r.fields
                = { { "account_id", o.value("account_id").toString() },
                    { "name", o.value("name").toString(o.value("title").toString(table)) },
                    { "title", o.value("title").toString() },
                    { "phone", o.value("phone").toString() },
                    { "email", o.value("email").toString() },
                    { "notes",
                      QString::fromUtf8(QJsonDocument(rest).toJson(QJsonDocument::Compact)) } };
        }
        r.fields.removeIf([](const auto &f) { return f.second.isEmpty(); });
        rows.push_back(std::move(r));
    }
    return rows;
}

/// A synchronous HTTP client for one thread.
class Client
{
public:
    explicit Client(quint16 port)
        : m_port(port)
    {
    }
    Response call(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        return httpCall(m_network, m_port, method, path, body, token);
    }
    void login(const QString &email)
    {
        const Device d = httpLogin(m_network, m_port, email);
        device = d.deviceId;
        token = d.token;
    }
    /// Pushes in batches; returns false if any mutation was not applied.
    bool push(const std::vector<sync::Mutation> &all)
    {
        for (size_t i = 0; i < all.size(); i += kBatch) {
            sync::PushBatch batch { device,
                                    { all.begin() + qsizetype(i),
                                      all.begin() + qsizetype(std::min(all.size(), i + kBatch)) } };
            const Response r
                = call("POST", "/v1/sync/push",
                       QJsonDocument(sync::toJson(batch)).toJson(QJsonDocument::Compact));
            if (r.status != 200)
                qFatal("push: %d %s", r.status, r.body.left(300).constData());
            for (const QJsonValue &v : r.json().value("results").toArray())
                if (v.toObject().value("status") != "applied"
                    && v.toObject().value("status") != "merged")
                    return false;
        }
        return true;
    }
    /// Pulls everything after `cursor`; returns the rows (id → fields) it delivered.
    QHash<QString, QJsonObject> pull(qint64 &cursor)
    {
        QHash<QString, QJsonObject> rows;
        for (;;) {
            const Response r = call(
                "GET",
                QStringLiteral("/v1/sync/pull?cursor=%1&limit=%2").arg(cursor).arg(kPageLimit));
            const QJsonObject o = r.json();
            for (const QJsonValue &c : o.value("changes").toArray()) {
                const QJsonObject row = c.toObject().value("row").toObject();
                rows.insert(row.value("id").toString(), row.value("fields").toObject());
            }
            cursor = o.value("cursor").toInteger();
            if (!o.value("more").toBool())
                return rows;
        }
    }
    QHash<QString, QJsonObject> bootstrap(qint64 &cursor)
    {
        QHash<QString, QJsonObject> rows;
        QString after;
        cursor = 0;
        do {
            const Response r = call("GET",
                                    QStringLiteral("/v1/sync/bootstrap?limit=%1&cursor=%2&after=%3")
                                        .arg(kPageLimit)
                                        .arg(cursor)
                                        .arg(QString::fromLatin1(QUrl::toPercentEncoding(after))));
            const QJsonObject o = r.json();
            for (const QJsonValue &v : o.value("rows").toArray())
                rows.insert(v.toObject().value("id").toString(),
                            v.toObject().value("fields").toObject());
            cursor = o.value("cursor").toInteger();
            after = o.value("next").toString();
        } while (!after.isEmpty());
        return rows;
    }

    QString token;
    QString device;

private:
    quint16 m_port;
    QNetworkAccessManager m_network;
};

bool sameFields(const Row &row, const QJsonObject &got)
{
    for (const auto &[field, value] : row.fields)
        if (got.value(field).toString() != value)
            return false;
    return true;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
#ifdef __linux__
    cpu_set_t core0;
    CPU_ZERO(&core0);
    CPU_SET(0, &core0);
    sched_setaffinity(0, sizeof core0, &core0);
#endif
    TestServer setup; // the database and the users; the HTTP side is the separate process below
    if (!setup.ok())
        qFatal("%s", qPrintable(setup.skipReason + setup.error));
    const auto manager = setup.addUser("bench@example.com");
    for (int i = 0; i < 8; ++i)
        setup.addUser(QStringLiteral("writer%1@example.com").arg(i), server::Role::Admin);

    const QString rowsPath = qEnvironmentVariable("KAM_BENCH_ROWS", "/tmp/rows-100k.jsonl");
    const std::vector<Row> rows = readRows(rowsPath, manager.id);

    const quint16 port = quint16(20000 + QRandomGenerator::global()->bounded(20000));
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const QString binary = qEnvironmentVariable("KAM_BIN_DIR") + "/kamdesk-server";
    QStringList args { "--db", setup.url(), "--listen", QStringLiteral("127.0.0.1:%1").arg(port),
                       "--quiet" };
    if (!QStandardPaths::findExecutable("taskset").isEmpty())
        server.start("taskset", QStringList { "-c", "1", binary } + args);
    else
        server.start(binary, args);
    Client probe(port);
    for (int i = 0; i < 100 && probe.call("GET", "/v1/health").status != 200; ++i)
        QThread::msleep(50);

    Client a(port), b(port);
    a.login("bench@example.com");
    b.login("bench@example.com");
    std::vector<sync::Mutation> inserts;
    for (const Row &r : rows)
        inserts.push_back(TestServer::mutation(r.table, r.id, "insert", r.fields));
    bool verified = true;

    // (a) push everything from A
    QElapsedTimer t;
    t.start();
    verified &= a.push(inserts);
    const double pushS = t.nsecsElapsed() / 1e9;

    // (b) bootstrap B and check every row arrived intact
    t.start();
    qint64 bCursor = 0;
    QHash<QString, QJsonObject> got = b.bootstrap(bCursor);
    const double pullS = t.nsecsElapsed() / 1e9;
    int present = 0;
    for (const Row &r : rows)
        present += got.contains(r.id) && sameFields(r, got.value(r.id));
    verified &= present == int(rows.size());

    // (c) nothing changed: A pulls and B pulls (5 pairs), plus single pulls for the latency
    qint64 aCursor = bCursor;
    std::vector<double> pairs, singles;
    for (int i = 0; i < 5; ++i) {
        t.start();
        verified &= a.pull(aCursor).isEmpty();
        verified &= b.pull(bCursor).isEmpty();
        pairs.push_back(t.nsecsElapsed() / 1e6);
    }
    for (int i = 0; i < 50; ++i) {
        t.start();
        b.pull(bCursor);
        singles.push_back(t.nsecsElapsed() / 1e6);
    }

    // (d) every 100th row changes in A; A pushes, B pulls
    std::vector<sync::Mutation> edits;
    for (size_t i = 0; i < rows.size(); i += 100)
        edits.push_back(TestServer::mutation(rows[i].table, rows[i].id, "update",
                                             { { "notes", "edited " + QString::number(i) } },
                                             1LL << 40));
    t.start();
    verified &= a.push(edits);
    const double incrS = t.nsecsElapsed() / 1e9;
    t.start();
    const QHash<QString, QJsonObject> changed = b.pull(bCursor);
    const double incrPullS = t.nsecsElapsed() / 1e9;
    verified &= changed.size() == qsizetype(edits.size());

    // 8 concurrent clients, each pushing batches of 100 mutations × 5 fields for ~10 s
    constexpr int kClients = 8;
    std::atomic<qint64> fields = 0;
    std::atomic<bool> allApplied = true;
    QList<QThread *> threads;
    const size_t accounts = size_t(std::count_if(
        rows.begin(), rows.end(), [](const Row &r) { return r.table == "accounts"; }));
    QElapsedTimer wall;
    wall.start();
    for (int c = 0; c < kClients; ++c) {
        threads << QThread::create([&, c] {
            Client w(port);
            w.login(QStringLiteral("writer%1@example.com").arg(c));
            QElapsedTimer mine;
            mine.start();
            int round = 0;
            while (mine.elapsed() < 10000) {
                std::vector<sync::Mutation> batch;
                for (int m = 0; m < 100; ++m) {
                    const Row &r = rows[(size_t(c) * 997 + size_t(round) * 100 + size_t(m)) * 13
                                        % rows.size()];
                    if (r.table != "accounts")
                        continue;
                    const QString v = QStringLiteral("w%1-%2-%3").arg(c).arg(round).arg(m);
                    batch.push_back(TestServer::mutation("accounts", r.id, "update",
                                                         { { "notes", v },
                                                           { "address", v },
                                                           { "short_name", v },
                                                           { "region", v },
                                                           { "industry", v } },
                                                         1LL << 40));
                }
                allApplied = w.push(batch) && allApplied;
                fields += qint64(batch.size()) * 5;
                ++round;
            }
        });
        threads.last()->start();
    }
    for (QThread *th : threads) {
        th->wait();
        delete th;
    }
    const double fieldsPerS = double(fields) / (wall.nsecsElapsed() / 1e9);
    verified &= allApplied;

    server.terminate();
    server.waitForFinished(10000);

    std::printf("machine: %s, %d cores (server on core 1, client on core 0), Qt %s; engine %s; "
                "rows file %s (%zu accounts)\n",
                qPrintable(QSysInfo::prettyProductName()), int(std::thread::hardware_concurrency()),
                qVersion(), setup.isPostgres() ? "PostgreSQL" : "SQLite", qPrintable(rowsPath),
                accounts);
    std::printf("push (1 client, batches of %d): %zu rows in %.2f s = %.0f rows/s\n", kBatch,
                rows.size(), pushS, rows.size() / pushS);
    std::printf("bootstrap (pages of %d): %lld rows in %.2f s (target <= 3 s for ~100k)\n",
                kPageLimit, qint64(got.size()), pullS);
    std::printf("no-change pull: median %.2f ms, max %.2f ms (target <= 10 ms)\n", median(singles),
                *std::max_element(singles.begin(), singles.end()));
    std::printf("8 concurrent clients: %.0f field mutations/s (target >= 2000)\n", fieldsPerS);
    std::printf("{\"rows\":%zu,\"batch\":%d,\"push_s\":%.3f,\"pull_s\":%.3f,\"noop_ms\":%.1f,"
                "\"incr_1pct_s\":%.3f,\"incr_pull_1pct_s\":%.3f,\"verified\":%s}\n",
                rows.size(), kBatch, pushS, pullS, median(pairs), incrS, incrPullS,
                verified ? "true" : "false");
    return verified ? 0 : 1;
}
