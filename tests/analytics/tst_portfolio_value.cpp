// SPDX-License-Identifier: GPL-3.0-or-later
// Revenue concentration, customer profitability, the value × profitability quadrant and the
// portfolio's segments over hand-built figures.
// - Pareto analysis as J. M. Juran described it (Quality Control Handbook, 1951; the "vital
//   few"): rank largest first, cumulate the shares, and count the items that reach 80 %.
// - Customer profitability as R. S. Kaplan and V. G. Narayanan define it in "Measuring and
//   Managing Customer Profitability", Journal of Cost Management, Sept./Oct. 2001: revenue −
//   cost of goods = gross margin; gross margin − cost to serve = customer profit.
// Every expected figure is worked out by hand in the comments beside it.

#include "analytics/portfolio_value.h"

#include <QTest>

using namespace kam;
using namespace kam::analytics;

namespace {

Account account(const QString &id, const QString &industry, AccountKind kind, Tier tier, qint64 annualRevenueMinor)
{
    Account a;
    a.meta.id = id;
    a.legalName = id;
    a.industry = industry;
    a.region = QStringLiteral("East");
    a.kind = kind;
    a.tier = tier;
    a.annualRevenueMinor = annualRevenueMinor;
    return a;
}

ProfitFacts facts(const QString &id, qint64 revenue, qint64 goods, qint64 service = 0)
{
    ProfitFacts f;
    f.accountId = id;
    f.revenue = revenue;
    f.goodsCost = goods;
    f.serviceCost = service;
    return f;
}

constexpr qint64 kYi = 100'000'000LL * 100; // 1亿 CNY in fen

} // namespace

class TestPortfolioValue : public QObject
{
    Q_OBJECT

private slots:
    void pareto_ranksAndFindsTheEightyPercentMark();
    void pareto_tiesRankByIdAndNothingPositiveReachesNoMark();
    void pareto_markReachedExactly();
    void profitability_arithmetic();
    void profitability_withoutRevenueHasNoMargin();
    void quadrant_boundaries_data();
    void quadrant_boundaries();
    void median_oddEvenEmpty();
    void sizeBands_data();
    void sizeBands();
    void segmentation_byIndustrySumsToTotal();
    void segmentation_byTierAndSizeInEnumOrder();
};

// Given ten accounts whose positive values total 1 000 (one has a credit note of −5), when
// ranked, then the cumulative shares are 40, 60, 75, 85 … 100 % and four accounts (40 %) make 80 %.
void TestPortfolioValue::pareto_ranksAndFindsTheEightyPercentMark()
{
    const Pareto p = pareto({{"J", -5}, {"E", 50}, {"A", 400}, {"C", 150}, {"G", 30},
                             {"B", 200}, {"I", 10}, {"D", 100}, {"F", 40}, {"H", 20}});
    QCOMPARE(p.total, 1000);
    QCOMPARE(p.points.size(), size_t(10));
    const QStringList order{"A", "B", "C", "D", "E", "F", "G", "H", "I", "J"};
    // 400/1000, +200, +150, +100, +50, +40, +30, +20, +10, and J adds nothing.
    const double cumulative[] = {0.40, 0.60, 0.75, 0.85, 0.90, 0.94, 0.97, 0.99, 1.00, 1.00};
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(p.points[size_t(i)].accountId, order[i]);
        QVERIFY2(qAbs(p.points[size_t(i)].cumulativeShare - cumulative[i]) < 1e-12, qPrintable(order[i]));
    }
    QCOMPARE(p.points.back().value, -5);
    QCOMPARE(p.accountsToMark, 4); // 75 % after three, 85 % after four
    QCOMPARE(p.shareOfAccounts, 0.4);
}

void TestPortfolioValue::pareto_tiesRankByIdAndNothingPositiveReachesNoMark()
{
    const Pareto tied = pareto({{"b", 10}, {"a", 10}, {"c", 0}});
    QCOMPARE(tied.points[0].accountId, QStringLiteral("a"));
    QCOMPARE(tied.points[1].accountId, QStringLiteral("b"));
    QCOMPARE(tied.accountsToMark, 2); // 50 %, then 100 %
    QCOMPARE(tied.shareOfAccounts, 2.0 / 3);

    const Pareto none = pareto({{"a", 0}, {"b", -3}});
    QCOMPARE(none.total, 0);
    QCOMPARE(none.accountsToMark, 0);
    QCOMPARE(none.shareOfAccounts, 0.0);
    QCOMPARE(none.points[0].cumulativeShare, 0.0);
    QCOMPARE(pareto({}).points.size(), size_t(0));
}

// Given 80 + 20, when ranked, then the first account alone makes exactly 80 %.
void TestPortfolioValue::pareto_markReachedExactly()
{
    const Pareto p = pareto({{"x", 20}, {"y", 80}});
    QCOMPARE(p.accountsToMark, 1);
    QCOMPARE(p.shareOfAccounts, 0.5);
    QCOMPARE(pareto({{"x", 20}, {"y", 80}}, 0.81).accountsToMark, 2);
}

// Revenue 1 000 000, cost of goods 600 000 → gross margin 400 000; cost to serve 50 000
// activities + 30 000 service + 20 000 discounts + 15 000 logistics + 5 000 other = 120 000;
// profit 280 000, 28 % of revenue.
void TestPortfolioValue::profitability_arithmetic()
{
    ProfitFacts f;
    f.revenue = 1'000'000;
    f.goodsCost = 600'000;
    f.activityCost = 50'000;
    f.serviceCost = 30'000;
    f.discounts = 20'000;
    f.logistics = 15'000;
    f.otherCost = 5'000;
    const Profitability p = profitability(f);
    QCOMPARE(p.revenue, 1'000'000);
    QCOMPARE(p.grossMargin, 400'000);
    QCOMPARE(p.costToServe, 120'000);
    QCOMPARE(p.profit, 280'000);
    QVERIFY(p.marginPercent);
    QCOMPARE(*p.marginPercent, 28.0);

    // Served at a loss: 100 revenue, 70 goods, 45 to serve → −15, −15 %.
    const Profitability loss = profitability(facts("l", 100, 70, 45));
    QCOMPARE(loss.profit, -15);
    QCOMPARE(*loss.marginPercent, -15.0);
}

void TestPortfolioValue::profitability_withoutRevenueHasNoMargin()
{
    const Profitability p = profitability(facts("x", 0, 0, 300));
    QCOMPARE(p.profit, -300);
    QVERIFY(!p.marginPercent);
}

void TestPortfolioValue::quadrant_boundaries_data()
{
    QTest::addColumn<double>("score");
    QTest::addColumn<qint64>("revenue");
    QTest::addColumn<qint64>("service");
    QTest::addColumn<int>("quadrant");
    // Split at 50 and 0 %: a score of exactly 50 is high, a margin of exactly 0 % profitable.
    QTest::newRow("on both splits") << 50.0 << qint64(100) << qint64(100) << int(ValueQuadrant::Protect);
    QTest::newRow("high, profitable") << 90.0 << qint64(100) << qint64(10) << int(ValueQuadrant::Protect);
    QTest::newRow("high, just unprofitable") << 50.0 << qint64(10000) << qint64(10001) << int(ValueQuadrant::OverServed);
    QTest::newRow("just low, break-even") << 49.99 << qint64(100) << qint64(100) << int(ValueQuadrant::Develop);
    QTest::newRow("just low, just unprofitable") << 49.99 << qint64(10000) << qint64(10001) << int(ValueQuadrant::ReviewCost);
    QTest::newRow("high, cost without revenue") << 70.0 << qint64(0) << qint64(1) << int(ValueQuadrant::OverServed);
    QTest::newRow("low, nothing at all") << 10.0 << qint64(0) << qint64(0) << int(ValueQuadrant::Develop);
}

void TestPortfolioValue::quadrant_boundaries()
{
    QFETCH(double, score);
    QFETCH(qint64, revenue);
    QFETCH(qint64, service);
    QFETCH(int, quadrant);
    QCOMPARE(int(valueQuadrant(score, profitability(facts("a", revenue, 0, service)), 50)), quadrant);
}

void TestPortfolioValue::median_oddEvenEmpty()
{
    QCOMPARE(medianScore({70, 10, 40}), 40.0);
    QCOMPARE(medianScore({70, 10, 40, 20}), 30.0); // (20 + 40) / 2
    QCOMPARE(medianScore({}), 0.0);
}

void TestPortfolioValue::sizeBands_data()
{
    QTest::addColumn<qint64>("revenue");
    QTest::addColumn<int>("band");
    QTest::newRow("none") << qint64(0) << int(SizeBand::Unknown);
    QTest::newRow("1 fen") << qint64(1) << int(SizeBand::Below100M);
    QTest::newRow("just below 1亿") << kYi - 1 << int(SizeBand::Below100M);
    QTest::newRow("1亿") << kYi << int(SizeBand::To1B);
    QTest::newRow("10亿") << 10 * kYi << int(SizeBand::To10B);
    QTest::newRow("just below 100亿") << 100 * kYi - 1 << int(SizeBand::To10B);
    QTest::newRow("100亿") << 100 * kYi << int(SizeBand::From10B);
}

void TestPortfolioValue::sizeBands()
{
    QFETCH(qint64, revenue);
    QFETCH(int, band);
    QCOMPARE(int(sizeBand(revenue)), band);
}

// Given steel A (900 revenue, 500 goods, 100 service; score 80), steel B (100, 60, 50; 40),
// power C (2 000, 1 500, 0; unscored) and D without industry nor figures (score 20): by
// industry, power first (2 000 revenue), then steel (1 000), then not set; and the segments add
// up to the portfolio.
void TestPortfolioValue::segmentation_byIndustrySumsToTotal()
{
    const std::vector<Account> accounts{
        account("A", "Steel", AccountKind::Enterprise, Tier::Core, 50 * kYi),
        account("B", " Steel ", AccountKind::Channel, Tier::Key, 5 * kYi),
        account("C", "Power", AccountKind::Enterprise, Tier::Core, 500 * kYi),
        account("D", "", AccountKind::Enterprise, Tier::Unrated, 0)};
    const std::vector<ProfitFacts> profits{facts("A", 900, 500, 100), facts("B", 100, 60, 50),
                                           facts("C", 2000, 1500)};
    const QHash<QString, double> scores{{"A", 80}, {"B", 40}, {"D", 20}};
    const Segmentation s = segmentation(accounts, profits, scores, SegmentDimension::Industry);
    QCOMPARE(s.segments.size(), size_t(3));
    const Segment &power = s.segments[0];
    const Segment &steel = s.segments[1];
    const Segment &unset = s.segments[2];
    QCOMPARE(power.key, QStringLiteral("Power"));
    QCOMPARE(power.revenue, 2000);
    QCOMPARE(power.grossMargin, 500);
    QCOMPARE(power.profit, 500);
    QVERIFY(!power.meanScore);
    QCOMPARE(steel.key, QStringLiteral("Steel"));
    QCOMPARE(steel.accounts, 2);
    QCOMPARE(steel.revenue, 1000);
    QCOMPARE(steel.grossMargin, 440);     // 400 + 40
    QCOMPARE(steel.profit, 290);          // 300 + (−10)
    QCOMPARE(*steel.meanScore, 60.0);     // (80 + 40) / 2
    QCOMPARE(steel.tiers[size_t(Tier::Core)], 1);
    QCOMPARE(steel.tiers[size_t(Tier::Key)], 1);
    QVERIFY(unset.key.isEmpty());
    QCOMPARE(unset.revenue, 0);
    QCOMPARE(*unset.meanScore, 20.0);

    QCOMPARE(s.total.accounts, 4);
    QCOMPARE(s.total.revenue, 3000);
    QCOMPARE(s.total.profit, 790);
    QCOMPARE(s.total.scored, 3);
    QCOMPARE(*s.total.meanScore, (80.0 + 40 + 20) / 3);
}

void TestPortfolioValue::segmentation_byTierAndSizeInEnumOrder()
{
    const std::vector<Account> accounts{
        account("U", "X", AccountKind::Internal, Tier::Unrated, 0),
        account("P", "X", AccountKind::Consumer, Tier::Potential, kYi / 2),
        account("C", "X", AccountKind::Enterprise, Tier::Core, 200 * kYi),
        account("K", "X", AccountKind::Enterprise, Tier::Key, 3 * kYi)};
    const Segmentation tiers = segmentation(accounts, {}, {}, SegmentDimension::Tier);
    QStringList keys;
    for (const Segment &s : tiers.segments)
        keys << s.key;
    QCOMPARE(keys, QStringList({enumCode(Tier::Core), enumCode(Tier::Key), enumCode(Tier::Potential),
                                enumCode(Tier::Unrated)}));

    const Segmentation sizes = segmentation(accounts, {}, {}, SegmentDimension::Size);
    keys.clear();
    for (const Segment &s : sizes.segments)
        keys << s.key;
    QCOMPARE(keys, QStringList({"lt_100m", "100m_1b", "ge_10b", "unknown"}));

    const Segmentation kinds = segmentation(accounts, {}, {}, SegmentDimension::Kind);
    QCOMPARE(kinds.segments.size(), size_t(3));
    QCOMPARE(kinds.segments[0].key, enumCode(AccountKind::Enterprise));
    QCOMPARE(kinds.segments[0].accounts, 2);
}

QTEST_GUILESS_MAIN(TestPortfolioValue)
#include "tst_portfolio_value.moc"
