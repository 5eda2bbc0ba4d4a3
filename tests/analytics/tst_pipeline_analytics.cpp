// SPDX-License-Identifier: GPL-3.0-or-later
// Funnel, forecast and agenda arithmetic on hand-built histories whose answers are worked out
// in the comments.
#include "analytics/agenda.h"
#include "analytics/pipeline.h"

#include <QTest>

using namespace kam;
using namespace kam::analytics;

namespace {

const QDateTime kT0(QDate(2027, 1, 4), QTime(9, 0), Qt::UTC);

Stage stage(const char *key, int position, int probability)
{
    Stage s;
    s.meta.id = QStringLiteral("stage-%1").arg(QLatin1String(key));
    s.key = QLatin1String(key);
    s.position = position;
    s.probability = probability;
    return s;
}

Opportunity deal(const char *id, const char *stageKey, qint64 amount, int probability,
                 DealStatus status = DealStatus::Open)
{
    Opportunity o;
    o.meta.id = QLatin1String(id);
    o.accountId = QStringLiteral("acc-1");
    o.ownerId = QStringLiteral("u1");
    o.stageId = QStringLiteral("stage-%1").arg(QLatin1String(stageKey));
    o.amountMinor = amount;
    o.probability = probability;
    o.status = status;
    o.expectedClose = QDate(2027, 3, 31);
    return o;
}

StageChange change(const char *dealId, const char *toKey, double days, DealStatus status = DealStatus::Open)
{
    StageChange c;
    c.meta.id = QStringLiteral("%1-%2").arg(QLatin1String(dealId)).arg(days);
    c.opportunityId = QLatin1String(dealId);
    c.toStageId = QStringLiteral("stage-%1").arg(QLatin1String(toKey));
    c.status = status;
    c.changedAt = kT0.addMSecs(qint64(days * 86400000.0));
    return c;
}

DealFilter filter(void (*set)(DealFilter &))
{
    DealFilter f;
    set(f);
    return f;
}

std::vector<Stage> fourStages()
{
    return {stage("a", 0, 10), stage("b", 1, 30), stage("c", 2, 60), stage("d", 3, 90)};
}

} // namespace

class TestPipelineAnalytics : public QObject
{
    Q_OBJECT

private slots:
    void weightedRoundsHalfAwayFromZero_data();
    void weightedRoundsHalfAwayFromZero();
    void funnelFromStageHistory();
    void funnelFilters();
    void funnelWithoutClosedDealsHasNoWinRate();
    void forecastBuckets();
    void forecastTargets();
    void agendaBuckets_data();
    void agendaBuckets();
    void remindersAtTierBoundaries();
};

void TestPipelineAnalytics::weightedRoundsHalfAwayFromZero_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<int>("probability");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("exact") << qint64(150) << 50 << qint64(75);
    QTest::newRow("half up") << qint64(1) << 50 << qint64(1);
    QTest::newRow("below half") << qint64(1) << 49 << qint64(0);
    QTest::newRow("4073.85") << qint64(12345) << 33 << qint64(4074);
    QTest::newRow("large") << qint64(9'000'000'000'000'00) << 37 << qint64(3'330'000'000'000'00);
}

void TestPipelineAnalytics::weightedRoundsHalfAwayFromZero()
{
    QFETCH(qint64, amount);
    QFETCH(int, probability);
    QFETCH(qint64, expected);
    QCOMPARE(weighted(amount, probability), expected);
}

// Given four deals through stages A→B→C→D:
//   d1 open in B: A at day 0, B at day 10; as of day 15   → stays A 10, B 5 (running)
//   d2 won in C:  A 0, B 4, C 6, won at 8                  → stays A 4, B 2, C 2
//   d3 lost in A: A 0, B 2, back to A at 5, lost at 6      → stays A 2, B 3, A 1
//   d4 open in A: A at day 12                              → stay A 3 (running)
// then: furthest stages B, C, B, A → reached A 4, B 3, C 1, D 0; conversion A→B 3/4,
// B→C 1/3, C→D 0; average stays A (10+4+2+1+3)/5 = 4, B (5+2+3)/3, C 2, D none.
void TestPipelineAnalytics::funnelFromStageHistory()
{
    std::vector<Opportunity> deals = {deal("d1", "b", 100000, 30), deal("d2", "c", 200000, 60, DealStatus::Won),
                                      deal("d3", "a", 70000, 10, DealStatus::Lost), deal("d4", "a", 50000, 10)};
    deals[1].closedOn = QDate(2027, 1, 12);
    deals[2].closedOn = QDate(2027, 1, 10);
    // Out of order on purpose: the pipeline sorts each deal's history by time.
    std::vector<StageChange> changes = {change("d1", "b", 10), change("d1", "a", 0),
                                        change("d2", "a", 0),  change("d2", "b", 4),
                                        change("d2", "c", 6),  change("d2", "c", 8, DealStatus::Won),
                                        change("d3", "a", 0),  change("d3", "b", 2),
                                        change("d3", "a", 5),  change("d3", "a", 6, DealStatus::Lost),
                                        change("d4", "a", 12), change("gone", "d", 1)};
    const Pipeline pipeline(fourStages(), deals, changes, {});
    const Funnel f = computeFunnel(pipeline, {}, QStringLiteral("CNY"), kT0.addDays(15));

    QCOMPARE(f.stages.size(), size_t(4));
    QCOMPARE(f.stages[0].count, 1);
    QCOMPARE(f.stages[0].amountMinor, qint64(50000));
    QCOMPARE(f.stages[0].weightedMinor, qint64(5000));
    QCOMPARE(f.stages[1].count, 1);
    QCOMPARE(f.stages[1].weightedMinor, qint64(30000));
    QCOMPARE(f.stages[2].count, 0);
    QCOMPARE(f.stages[0].reached, 4);
    QCOMPARE(f.stages[1].reached, 3);
    QCOMPARE(f.stages[2].reached, 1);
    QCOMPARE(f.stages[3].reached, 0);
    QCOMPARE(*f.stages[0].conversionToNext, 0.75);
    QCOMPARE(*f.stages[1].conversionToNext, 1.0 / 3.0);
    QCOMPARE(*f.stages[2].conversionToNext, 0.0);
    QVERIFY(!f.stages[3].conversionToNext);
    QCOMPARE(f.stages[0].stays, 5);
    QCOMPARE(*f.stages[0].avgDays, 4.0);
    QCOMPARE(*f.stages[1].avgDays, 10.0 / 3.0);
    QCOMPARE(*f.stages[2].avgDays, 2.0);
    QVERIFY(!f.stages[3].avgDays);

    QCOMPARE(f.openCount, 2);
    QCOMPARE(f.openAmountMinor, qint64(150000));
    QCOMPARE(f.wonCount, 1);
    QCOMPARE(f.wonAmountMinor, qint64(200000));
    QCOMPARE(f.lostCount, 1);
    QCOMPARE(*f.winRate, 0.5);
    QCOMPARE(*f.avgWonMinor, qint64(200000));
}

// Given deals of two owners, tiers, industries, products, close dates and currencies, then each
// filter keeps exactly the matching ones and other currencies are counted, not added.
void TestPipelineAnalytics::funnelFilters()
{
    std::vector<Opportunity> deals = {deal("d1", "a", 100, 10), deal("d2", "a", 200, 10),
                                      deal("d3", "b", 400, 30), deal("d4", "b", 800, 30)};
    deals[1].ownerId = QStringLiteral("u2");
    deals[2].accountId = QStringLiteral("acc-2");
    deals[2].productIds = QStringLiteral("p1,p2");
    deals[3].currency = QStringLiteral("USD");
    deals[0].expectedClose = QDate(2027, 2, 1);
    QHash<QString, AccountFacts> accounts = {{QStringLiteral("acc-1"), {Tier::Core, QStringLiteral("钢铁")}},
                                             {QStringLiteral("acc-2"), {Tier::Key, QStringLiteral("电力")}}};
    const Pipeline pipeline(fourStages(), deals, {}, accounts);
    QCOMPARE(pipeline.mainCurrency(), QStringLiteral("CNY"));
    const auto open = [&](const DealFilter &filter) {
        const Funnel f = computeFunnel(pipeline, filter, QStringLiteral("CNY"), kT0);
        return std::pair(f.openAmountMinor, f.otherCurrencyDeals);
    };
    QCOMPARE(open({}), std::pair(qint64(700), 1));
    QCOMPARE(open(filter([](DealFilter &f) { f.ownerId = "u2"; })), std::pair(qint64(200), 0));
    QCOMPARE(open(filter([](DealFilter &f) { f.tier = Tier::Key; })), std::pair(qint64(400), 0));
    QCOMPARE(open(filter([](DealFilter &f) { f.industry = "钢铁"; })), std::pair(qint64(300), 1));
    QCOMPARE(open(filter([](DealFilter &f) { f.productId = "p2"; })), std::pair(qint64(400), 0));
    QCOMPARE(open(filter([](DealFilter &f) { f.from = QDate(2027, 3, 1); f.to = QDate(2027, 3, 31); })), std::pair(qint64(600), 1));
    QCOMPARE(open(filter([](DealFilter &f) { f.to = QDate(2027, 2, 28); })), std::pair(qint64(100), 0));
}

void TestPipelineAnalytics::funnelWithoutClosedDealsHasNoWinRate()
{
    const Pipeline pipeline(fourStages(), {deal("d1", "a", 100, 10)}, {}, {});
    const Funnel f = computeFunnel(pipeline, {}, QStringLiteral("CNY"), kT0);
    QVERIFY(!f.winRate);
    QVERIFY(!f.avgWonMinor);
    QCOMPARE(f.stages[0].reached, 1);
    QVERIFY(!f.stages[0].avgDays); // no history, no stay to measure
}

// Given open deals at probabilities 90, 50 and 49, a won and a lost deal, one overdue and one
// after the range, then January holds commit 100 (p 90 ≥ 90), best case 300 (p ≥ 50),
// pipeline 300, weighted 90 + 100; February won 300 and pipeline 300 at p 49 (weighted 147).
void TestPipelineAnalytics::forecastBuckets()
{
    std::vector<Opportunity> deals = {deal("jan90", "d", 100, 90), deal("jan50", "c", 200, 50),
                                      deal("feb49", "b", 300, 49), deal("won", "d", 300, 100, DealStatus::Won),
                                      deal("lost", "b", 999, 30, DealStatus::Lost), deal("late", "a", 50, 10),
                                      deal("april", "a", 70, 10)};
    deals[0].expectedClose = QDate(2027, 1, 15);
    deals[1].expectedClose = QDate(2027, 1, 31);
    deals[2].expectedClose = QDate(2027, 2, 1);
    deals[3].closedOn = QDate(2027, 2, 10);
    deals[4].closedOn = QDate(2027, 1, 20);
    deals[5].expectedClose = QDate(2026, 12, 20);
    deals[6].expectedClose = QDate(2027, 4, 1);
    const Pipeline pipeline(fourStages(), deals, {}, {});
    const Forecast f = computeForecast(pipeline, {}, QStringLiteral("CNY"), Granularity::Month,
                                       QDate(2027, 1, 10), QDate(2027, 3, 31), {});
    QCOMPARE(f.buckets.size(), size_t(3));
    QCOMPARE(f.buckets[0].period, QStringLiteral("2027-01"));
    QCOMPARE(f.buckets[0].start, QDate(2027, 1, 1));
    QCOMPARE(f.buckets[0].end, QDate(2027, 1, 31));
    QCOMPARE(f.buckets[0].commitMinor, qint64(100));
    QCOMPARE(f.buckets[0].bestCaseMinor, qint64(300));
    QCOMPARE(f.buckets[0].pipelineMinor, qint64(300));
    QCOMPARE(f.buckets[0].weightedMinor, qint64(190));
    QCOMPARE(f.buckets[0].openDeals, 2);
    QCOMPARE(f.buckets[0].wonMinor, qint64(0));
    QCOMPARE(f.buckets[1].wonMinor, qint64(300));
    QCOMPARE(f.buckets[1].pipelineMinor, qint64(300));
    QCOMPARE(f.buckets[1].bestCaseMinor, qint64(0));
    QCOMPARE(f.buckets[1].weightedMinor, qint64(147));
    QCOMPARE(f.buckets[1].projectedMinor(), qint64(447));
    QCOMPARE(f.buckets[2].pipelineMinor, qint64(0));
    QCOMPARE(f.overdueOpenDeals, 1);
    QVERIFY(!f.buckets[0].targetMinor);

    const Forecast q = computeForecast(pipeline, {}, QStringLiteral("CNY"), Granularity::Quarter,
                                       QDate(2027, 1, 1), QDate(2027, 6, 30), {}, {.commit = 50, .bestCase = 49});
    QCOMPARE(q.buckets.size(), size_t(2));
    QCOMPARE(q.buckets[0].period, QStringLiteral("2027-Q1"));
    QCOMPARE(q.buckets[0].commitMinor, qint64(300));
    QCOMPARE(q.buckets[0].bestCaseMinor, qint64(600));
    QCOMPARE(q.buckets[0].wonMinor, qint64(300));
    QCOMPARE(q.buckets[1].period, QStringLiteral("2027-Q2"));
    QCOMPARE(q.buckets[1].pipelineMinor, qint64(70));
    QCOMPARE(q.overdueOpenDeals, 1);
}

// Given owners' monthly targets, a team target for February and a quarter target, then the
// team view sums owners unless a team target exists, the owner view shows the owner's own,
// and a quarter without its own target sums its months.
void TestPipelineAnalytics::forecastTargets()
{
    const auto target = [](const char *owner, const char *period, qint64 amount) {
        SalesTarget t;
        t.ownerId = QLatin1String(owner);
        t.period = QLatin1String(period);
        t.amountMinor = amount;
        return t;
    };
    std::vector<SalesTarget> targets = {target("u1", "2027-01", 1000), target("u2", "2027-01", 500),
                                        target("", "2027-02", 2000),   target("u1", "2027-02", 700),
                                        target("u1", "2027-Q2", 9999), target("u1", "2027-01", 1)};
    targets.back().currency = QStringLiteral("USD"); // another currency: not this forecast's
    const Pipeline pipeline(fourStages(), {}, {}, {});
    const Forecast team = computeForecast(pipeline, {}, QStringLiteral("CNY"), Granularity::Month,
                                          QDate(2027, 1, 1), QDate(2027, 3, 31), targets);
    QCOMPARE(*team.buckets[0].targetMinor, qint64(1500));
    QCOMPARE(*team.buckets[1].targetMinor, qint64(2000));
    QVERIFY(!team.buckets[2].targetMinor);
    const Forecast own = computeForecast(pipeline, filter([](DealFilter &f) { f.ownerId = "u1"; }), QStringLiteral("CNY"),
                                         Granularity::Month, QDate(2027, 1, 1), QDate(2027, 3, 31), targets);
    QCOMPARE(*own.buckets[0].targetMinor, qint64(1000));
    QCOMPARE(*own.buckets[1].targetMinor, qint64(700));
    const Forecast quarters = computeForecast(pipeline, filter([](DealFilter &f) { f.ownerId = "u1"; }), QStringLiteral("CNY"),
                                              Granularity::Quarter, QDate(2027, 1, 1), QDate(2027, 9, 30), targets);
    QCOMPARE(*quarters.buckets[0].targetMinor, qint64(1700));
    QCOMPARE(*quarters.buckets[1].targetMinor, qint64(9999));
    QVERIFY(!quarters.buckets[2].targetMinor);
}

void TestPipelineAnalytics::agendaBuckets_data()
{
    QTest::addColumn<QDate>("due");
    QTest::addColumn<int>("bucket");
    // Wednesday 10 March 2027; the week ends on Sunday the 14th.
    QTest::newRow("yesterday") << QDate(2027, 3, 9) << int(AgendaBucket::Overdue);
    QTest::newRow("today") << QDate(2027, 3, 10) << int(AgendaBucket::Today);
    QTest::newRow("tomorrow") << QDate(2027, 3, 11) << int(AgendaBucket::ThisWeek);
    QTest::newRow("sunday") << QDate(2027, 3, 14) << int(AgendaBucket::ThisWeek);
    QTest::newRow("monday") << QDate(2027, 3, 15) << int(AgendaBucket::Later);
}

void TestPipelineAnalytics::agendaBuckets()
{
    QFETCH(QDate, due);
    QFETCH(int, bucket);
    QCOMPARE(int(agendaBucket(due, QDate(2027, 3, 10))), bucket);
}

// Given the default intervals (core 14, key 30, ordinary 90, none for potential), then a core
// account last seen 14 days ago is fine and one seen 15 days ago is one day overdue; an account
// never contacted counts from its creation.
void TestPipelineAnalytics::remindersAtTierBoundaries()
{
    const QDate today(2027, 3, 10);
    const auto account = [&](const char *id, Tier tier, int createdDaysAgo) {
        Account a;
        a.meta.id = QLatin1String(id);
        a.tier = tier;
        a.meta.createdAt = QDateTime(today.addDays(-createdDaysAgo), QTime(12, 0));
        return a;
    };
    const std::vector<Account> accounts = {account("core14", Tier::Core, 400), account("core15", Tier::Core, 400),
                                           account("key31", Tier::Key, 400),   account("ord90", Tier::Ordinary, 400),
                                           account("pot", Tier::Potential, 400), account("new", Tier::Core, 20),
                                           account("fresh", Tier::Core, 3)};
    const auto seen = [&](int daysAgo) { return QDateTime(today.addDays(-daysAgo), QTime(23, 30)); };
    const QHash<QString, QDateTime> last = {{QStringLiteral("core14"), seen(14)}, {QStringLiteral("core15"), seen(15)},
                                            {QStringLiteral("key31"), seen(31)},  {QStringLiteral("ord90"), seen(90)},
                                            {QStringLiteral("pot"), seen(300)}};
    const std::vector<ContactReminder> due = contactReminders(accounts, last, MaintenanceRules::defaults(), today);
    QStringList ids;
    for (const ContactReminder &r : due)
        ids << r.accountId;
    QCOMPARE(ids, QStringList({"new", "core15", "key31"})); // longest overdue first
    QVERIFY(due[0].never);
    QCOMPARE(due[0].overdueDays(), 6);
    QCOMPARE(due[1].overdueDays(), 1);
    QCOMPARE(due[1].lastContact, seen(15));

    MaintenanceRules tighter = MaintenanceRules::defaults();
    tighter.days[Tier::Core] = 10;
    QCOMPARE(contactReminders(accounts, last, tighter, today).size(), size_t(4));
}

QTEST_GUILESS_MAIN(TestPipelineAnalytics)
#include "tst_pipeline_analytics.moc"
