// SPDX-License-Identifier: GPL-3.0-or-later
// Pipeline benchmark (on demand: ctest --test-dir build -R bench_pipeline --verbose).
//
// 200,000 deals over 20,000 accounts with 1,000,000 stage changes (five per deal), made in
// memory with a fixed seed. It measures and prints:
//   (a) funnel recompute for a filter change (all, one owner, one tier, one quarter)  target ≤ 100 ms
//   (b) forecast recompute, by month and by quarter over 12 months                    target ≤ 100 ms
//   (c) indexing the deals and history once (Pipeline construction), for reference
//   (d) the same rows through a store file: writing them, and PipelineSource::reload()
// and the machine it ran on. It prints figures; it does not fail on slowness.
//
// Environment: KAM_BENCH_DEALS (default 200000), KAM_BENCH_SKIP_STORE=1 skips (d).

#include "analytics/pipeline.h"
#include "domain/stages.h"
#include "itemmodels/pipeline_source.h"
#include "store/row_codec.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace kam;
using namespace kam::analytics;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + '\n'), stdout);
    std::fflush(stdout);
}

QString ms(double v)
{
    return QString::number(v, 'f', v < 10 ? 2 : 1) + " ms";
}

QString verdict(double value, double target)
{
    return value <= target ? QStringLiteral("within target") : QStringLiteral("OVER TARGET");
}

/// Median wall time of `runs` calls, in ms.
double median(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

struct Data
{
    std::vector<Stage> stages = builtInStages();
    std::vector<Opportunity> deals;
    std::vector<StageChange> changes;
    QHash<QString, AccountFacts> accounts;
    QStringList owners;
};

Data generate(int dealCount)
{
    Data d;
    QRandomGenerator rng(42);
    const int accountCount = std::max(1, dealCount / 10);
    const QStringList industries = {QStringLiteral("钢铁"), QStringLiteral("电力"), QStringLiteral("工程机械"),
                                    QStringLiteral("物流车队"), QStringLiteral("汽车零部件")};
    for (int i = 0; i < 50; ++i)
        d.owners << QUuid::createUuid().toString(QUuid::WithoutBraces);
    QStringList accountIds;
    for (int i = 0; i < accountCount; ++i) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        accountIds << id;
        d.accounts.insert(id, {Tier(1 + rng.bounded(4)), industries[int(rng.bounded(industries.size()))]});
    }
    const QDateTime start(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
    d.deals.reserve(size_t(dealCount));
    d.changes.reserve(size_t(dealCount) * 5);
    for (int i = 0; i < dealCount; ++i) {
        Opportunity o;
        o.meta.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        o.accountId = accountIds[int(rng.bounded(accountCount))];
        o.ownerId = d.owners[int(rng.bounded(d.owners.size()))];
        o.title = QStringLiteral("Deal %1").arg(i);
        o.amountMinor = qint64(1000 + rng.bounded(500000)) * 100;
        QDateTime at = start.addSecs(qint64(rng.bounded(300)) * 86400);
        int stage = 0;
        for (int c = 0; c < 5; ++c) {
            StageChange sc;
            sc.meta.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            sc.opportunityId = o.meta.id;
            sc.accountId = o.accountId;
            sc.fromStageId = c == 0 ? QString() : d.stages[size_t(stage)].meta.id;
            stage = c == 0 ? 0 : std::clamp(stage + (rng.bounded(5) == 0 ? -1 : 1), 0, 7);
            sc.toStageId = d.stages[size_t(stage)].meta.id;
            sc.changedAt = at;
            at = at.addSecs(qint64(1 + rng.bounded(30)) * 86400);
            d.changes.push_back(std::move(sc));
        }
        o.stageId = d.stages[size_t(stage)].meta.id;
        o.probability = d.stages[size_t(stage)].probability;
        const int roll = int(rng.bounded(10));
        o.status = roll < 6 ? DealStatus::Open : roll < 8 ? DealStatus::Won : DealStatus::Lost;
        o.expectedClose = at.date().addDays(rng.bounded(200));
        if (o.status != DealStatus::Open) {
            o.closedOn = at.date();
            d.changes.back().status = o.status;
        }
        d.deals.push_back(std::move(o));
    }
    return d;
}

/// Writes `d` into the store file's tables with prepared statements in one transaction (the
/// bench's fast path; the product writes row by row through Store::create).
Result<void> writeToStore(Store &store, const Data &d)
{
    return store.transaction([&]() -> Result<void> {
        const QString now = toStoredTime(QDateTime::currentDateTimeUtc());
        QStringList seen;
        for (auto it = d.accounts.cbegin(); it != d.accounts.cend(); ++it) {
            if (Result<void> r = store.run(QStringLiteral("INSERT INTO accounts (id, created_at, updated_at, legal_name, "
                                                          "kind, industry, tier, lifecycle, currency) VALUES "
                                                          "(?,?,?,?,'enterprise',?,?,'mature','CNY')"),
                                           {it.key(), now, now, QStringLiteral("客户 %1").arg(it.key().left(8)),
                                            it->industry, enumCode(it->tier)});
                !r)
                return r;
        }
        for (const Opportunity &o : d.deals) {
            QVariantList binds = {o.meta.id, now, now};
            for (const ColumnSpec<Opportunity> &c : tableSpec<Opportunity>().columns)
                binds << c.get(o);
            if (Result<void> r = store.run(QStringLiteral("INSERT INTO opportunities (id, created_at, updated_at, "
                                                          "account_id, title, product_ids, amount_minor, currency, "
                                                          "probability, expected_close, owner_id, stage_id, "
                                                          "source_campaign, competitor, status, reason, next_step, "
                                                          "closed_on) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                                           binds);
                !r)
                return r;
        }
        for (const StageChange &c : d.changes) {
            QVariantList binds = {c.meta.id, now, now};
            for (const ColumnSpec<StageChange> &col : tableSpec<StageChange>().columns)
                binds << col.get(c);
            if (Result<void> r = store.run(QStringLiteral("INSERT INTO stage_changes (id, created_at, updated_at, "
                                                          "opportunity_id, account_id, from_stage_id, to_stage_id, "
                                                          "status, changed_at, changed_by) VALUES (?,?,?,?,?,?,?,?,?,?)"),
                                           binds);
                !r)
                return r;
        }
        return {};
    });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int dealCount = qEnvironmentVariableIsSet("KAM_BENCH_DEALS") ? qEnvironmentVariableIntValue("KAM_BENCH_DEALS")
                                                                      : 200000;
    say(QStringLiteral("machine: %1, %2 logical cores, Qt %3")
            .arg(QSysInfo::prettyProductName())
            .arg(QThread::idealThreadCount())
            .arg(QString::fromLatin1(qVersion())));
    QElapsedTimer t;
    t.start();
    Data d = generate(dealCount);
    say(QStringLiteral("generated %1 deals, %2 stage changes, %3 accounts in %4")
            .arg(d.deals.size())
            .arg(d.changes.size())
            .arg(d.accounts.size())
            .arg(ms(double(t.elapsed()))));

    Pipeline pipeline;
    const double indexMs = median(3, [&] { pipeline = Pipeline(d.stages, d.deals, d.changes, d.accounts); });
    say(QStringLiteral("(c) index deals and history: %1 (median of 3)").arg(ms(indexMs)));

    const QDateTime asOf(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    const QString cny = QStringLiteral("CNY");
    struct Case
    {
        const char *name;
        DealFilter filter;
    };
    DealFilter owner;
    owner.ownerId = d.owners.front();
    DealFilter tier;
    tier.tier = Tier::Core;
    DealFilter quarter;
    quarter.from = QDate(2026, 7, 1);
    quarter.to = QDate(2026, 9, 30);
    const Case cases[] = {{"all deals", {}}, {"one owner", owner}, {"core tier", tier}, {"one quarter", quarter}};
    double worst = 0;
    for (const Case &c : cases) {
        Funnel f;
        const double m = median(5, [&] { f = computeFunnel(pipeline, c.filter, cny, asOf); });
        worst = std::max(worst, m);
        say(QStringLiteral("(a) funnel, %1: %2 (%3 open, %4 won, %5 lost)")
                .arg(QLatin1String(c.name), ms(m))
                .arg(f.openCount)
                .arg(f.wonCount)
                .arg(f.lostCount));
    }
    say(QStringLiteral("(a) funnel recompute, worst median: %1 — target ≤ 100 ms, %2").arg(ms(worst), verdict(worst, 100)));
    double worstForecast = 0;
    for (const Granularity g : {Granularity::Month, Granularity::Quarter}) {
        Forecast f;
        const double m = median(5, [&] {
            f = computeForecast(pipeline, {}, cny, g, QDate(2026, 6, 1), QDate(2027, 5, 31), {});
        });
        worstForecast = std::max(worstForecast, m);
        say(QStringLiteral("(b) forecast by %1: %2 (%3 periods)")
                .arg(g == Granularity::Month ? QStringLiteral("month") : QStringLiteral("quarter"), ms(m))
                .arg(f.buckets.size()));
    }
    say(QStringLiteral("(b) forecast recompute, worst median: %1 — target ≤ 100 ms, %2")
            .arg(ms(worstForecast), verdict(worstForecast, 100)));

    if (qEnvironmentVariableIntValue("KAM_BENCH_SKIP_STORE") == 1)
        return 0;
    QTemporaryDir dir;
    Result<std::unique_ptr<Store>> opened = Store::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened) {
        say(opened.error().message);
        return 1;
    }
    Store &store = **opened;
    t.restart();
    if (Result<void> r = writeToStore(store, d); !r) {
        say(r.error().message);
        return 1;
    }
    say(QStringLiteral("(d) wrote the rows to a store file: %1").arg(ms(double(t.elapsed()))));
    t.restart();
    PipelineSource source(&store); // loads once in its constructor
    say(QStringLiteral("(d) PipelineSource load (read + index): %1, %2 deals")
            .arg(ms(double(t.elapsed())))
            .arg(source.pipeline().deals().size()));
    return 0;
}
