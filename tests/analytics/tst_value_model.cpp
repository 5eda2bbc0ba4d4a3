// SPDX-License-Identifier: GPL-3.0-or-later
// The customer value model: the default tree and its weights, the JSON form, each scoring
// method on a small portfolio computed by hand, tiers, missing data and sensitivity.
#include "analytics/value_model.h"
#include "support/result_check.h"

#include <QTest>

#include <cmath>
#include <numeric>

using namespace kam;
using namespace kam::analytics;

namespace {

bool near(double a, double b, double tolerance = 1e-9)
{
    return std::abs(a - b) <= tolerance;
}

AccountValueFacts account(const char *id, std::optional<double> revenue, std::optional<double> overdue)
{
    AccountValueFacts f;
    f.accountId = QString::fromLatin1(id);
    f.values[size_t(ValueCriterion::Revenue)] = revenue;
    f.values[size_t(ValueCriterion::PaymentRecord)] = overdue;
    return f;
}

/// Revenue against payment record, compared 3:1: weights 0.75 and 0.25.
ValueModelDefinition twoCriteria(ScoringMethod method)
{
    ValueModelDefinition d;
    d.root.name = QStringLiteral("Value");
    CriterionNode revenue, payment;
    revenue.criterion = ValueCriterion::Revenue;
    payment.criterion = ValueCriterion::PaymentRecord;
    d.root.children = {revenue, payment};
    d.root.comparisons = {3};
    d.method = method;
    return d;
}

/// Normalised: A revenue 1, overdue 1 (none); B .5, 0 (the most); C 0, .5; D no data: .5, .5.
std::vector<AccountValueFacts> portfolio()
{
    return {account("A", 100, 0), account("B", 50, 10), account("C", 0, 5), account("D", std::nullopt, std::nullopt)};
}

std::vector<ValueScore> scored(const ValueModelDefinition &model, const std::vector<AccountValueFacts> &facts)
{
    const Result<ModelWeights> w = modelWeights(model);
    if (!w)
        return {};
    return scorePortfolio(facts, model, *w);
}

std::vector<double> scoresOf(const std::vector<ValueScore> &s)
{
    std::vector<double> out;
    for (const ValueScore &v : s)
        out.push_back(v.score);
    return out;
}

void compareScores(const std::vector<ValueScore> &actual, const std::vector<double> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i)
        QVERIFY2(near(actual[i].score, expected[i]),
                 qPrintable(QStringLiteral("%1: %2 ≠ %3").arg(actual[i].accountId).arg(actual[i].score).arg(expected[i])));
}

} // namespace

class TestValueModel : public QObject
{
    Q_OBJECT

private slots:
    void criterionTypes()
    {
        QCOMPARE(criterionType(ValueCriterion::PaymentRecord), IndicatorType::Cost);
        QCOMPARE(criterionType(ValueCriterion::Revenue), IndicatorType::Benefit);
        QCOMPARE(criterionType(ValueCriterion::Satisfaction), IndicatorType::Benefit);
    }

    // The defaults: three groups over the eight criteria, every comparison matrix consistent,
    // leaf weights the products of the AHP weights on their paths, summing to 1.
    void defaultsAreConsistent()
    {
        const ValueModelDefinition d = ValueModelDefinition::defaults();
        QCOMPARE(d.method, ScoringMethod::WeightedSum);
        QCOMPARE(d.tiers.mode, TierRule::Mode::TopPercent);
        QCOMPARE(d.tiers.core + d.tiers.key + d.tiers.ordinary, 70.0);
        const Result<ModelWeights> w = modelWeights(d);
        KAM_VERIFY_RESULT(w);
        QVERIFY(w->consistent());
        QCOMPARE(w->nodes.size(), size_t(4));
        for (const NodeConsistency &n : w->nodes)
            QVERIFY2(n.ahp.cr < 0.01, qPrintable(n.path));
        QCOMPARE(w->leaves.size(), size_t(kCriterionCount));
        std::vector<bool> seen(kCriterionCount, false);
        double sum = 0;
        for (const CriterionWeight &leaf : w->leaves) {
            seen[size_t(leaf.criterion)] = true;
            sum += leaf.weight;
            QVERIFY(leaf.weight > 0);
        }
        QVERIFY(near(sum, 1, 1e-12));
        QVERIFY(std::all_of(seen.begin(), seen.end(), [](bool b) { return b; }));
        // Revenue: economic value's weight (root 2, 3, 2) × 4/7 (revenue 2:1 margin, 4:1 growth).
        QCOMPARE(w->leaves.front().criterion, ValueCriterion::Revenue);
        QCOMPARE(w->leaves.front().path, QStringLiteral("Economic value › Revenue"));
        QVERIFY(near(w->leaves.front().weight, w->nodes.front().ahp.weights[0] * 4 / 7, 1e-12));
        QVERIFY(near(w->nodes.front().ahp.weights[0], 0.5396, 1e-4));
        QCOMPARE(w->nodes[1].path, QStringLiteral("Economic value"));
    }

    void jsonRoundTrip()
    {
        ValueModelDefinition d = ValueModelDefinition::defaults();
        d.method = ScoringMethod::Grey;
        d.fuzzyOperator = FuzzyOperator::MaxMin;
        d.rho = 0.3;
        d.riTable = RandomIndexTable::Revised;
        d.tiers = {TierRule::Mode::TopPercent, 10, 20, 30};
        const QString json = d.toJson();
        QVERIFY(json.contains(QStringLiteral("\"method\":\"grey\"")));
        QVERIFY(json.contains(QStringLiteral("\"criterion\":\"payment_record\"")));
        const Result<ValueModelDefinition> back = ValueModelDefinition::fromJson(json);
        KAM_VERIFY_RESULT(back);
        QCOMPARE(back->toJson(), json);
        QCOMPARE(back->method, ScoringMethod::Grey);
        QCOMPARE(back->fuzzyOperator, FuzzyOperator::MaxMin);
        QCOMPARE(back->rho, 0.3);
        QCOMPARE(back->riTable, RandomIndexTable::Revised);
        QCOMPARE(back->tiers.mode, TierRule::Mode::TopPercent);
        QCOMPARE(back->tiers.ordinary, 30.0);
        QCOMPARE(back->root.children.size(), size_t(3));
        QCOMPARE(back->root.children[0].comparisons, (std::vector<double>{2, 4, 2}));
    }

    void jsonRefusals_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("reason");
        const auto model = [](const char *root, const char *extra = "") {
            return QStringLiteral("{\"method\":\"weighted_sum\",%1\"root\":%2}")
                .arg(QString::fromUtf8(extra), QString::fromUtf8(root));
        };
        const char *good = R"({"name":"V","comparisons":[3],"children":[{"criterion":"revenue"},{"criterion":"growth"}]})";
        QTest::newRow("not json") << "{" << "not valid JSON";
        QTest::newRow("not an object") << "[1]" << "not a JSON object";
        QTest::newRow("unknown method") << QString(model(good)).replace("weighted_sum", "magic") << "unknown scoring method \"magic\"";
        QTest::newRow("unknown criterion") << model(R"({"name":"V","comparisons":[],"children":[{"criterion":"luck"}]})")
                                           << "unknown criterion \"luck\"";
        QTest::newRow("comparison count") << model(R"({"name":"V","comparisons":[3,2],"children":[{"criterion":"revenue"},{"criterion":"growth"}]})")
                                          << "\"V\" has 2 comparisons for 2 sub-criteria, not 1";
        QTest::newRow("outside the scale") << model(R"({"name":"V","comparisons":[10],"children":[{"criterion":"revenue"},{"criterion":"growth"}]})")
                                           << "outside 1/9…9";
        QTest::newRow("leaf with children") << model(R"({"name":"V","criterion":"revenue","children":[{"criterion":"growth"}]})")
                                            << "has sub-criteria";
        QTest::newRow("empty inner node") << model(R"({"name":"V","comparisons":[],"children":[]})")
                                          << "neither a criterion nor sub-criteria";
        QTest::newRow("criterion twice") << model(R"({"name":"V","comparisons":[1],"children":[{"criterion":"revenue"},{"criterion":"revenue"}]})")
                                         << "appears twice";
        QTest::newRow("no root") << "{\"method\":\"grey\"}" << "no criteria";
        QTest::newRow("rho") << model(good, "\"rho\":0,") << "ρ";
        QTest::newRow("operator") << model(good, "\"fuzzy_operator\":\"min\",") << "unknown fuzzy operator";
        QTest::newRow("ri table") << model(good, "\"ri_table\":\"new\",") << "unknown random index table";
        QTest::newRow("tier order") << model(good, "\"tiers\":{\"mode\":\"thresholds\",\"core\":50,\"key\":60,\"ordinary\":40},")
                                    << "must fall";
        QTest::newRow("tier shares") << model(good, "\"tiers\":{\"mode\":\"top_percent\",\"core\":50,\"key\":40,\"ordinary\":20},")
                                     << "more than 100%";
        QTest::newRow("newer version") << model(good, "\"version\":2,") << "newer";
    }

    void jsonRefusals()
    {
        QFETCH(QString, json);
        QFETCH(QString, reason);
        const Result<ValueModelDefinition> r = ValueModelDefinition::fromJson(json);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(reason), qPrintable(r.error().message));
    }

    void modelWeightsRefusals()
    {
        ValueModelDefinition d = twoCriteria(ScoringMethod::WeightedSum);
        d.root.comparisons = {0};
        const Result<ModelWeights> zero = modelWeights(d);
        QVERIFY(!zero);
        QVERIFY2(zero.error().message.contains(QStringLiteral("\"Value\": row 1, column 2")), qPrintable(zero.error().message));
        d.root.comparisons = {3, 3};
        QVERIFY(!modelWeights(d));
        d.root = CriterionNode{};
        QVERIFY(!modelWeights(d));
    }

    // Weighted sum 100·Σ w·x with w = (.75, .25): A 100, B 37.5, C 12.5, D (no data, .5) 50.
    void weightedSum()
    {
        const std::vector<ValueScore> s = scored(twoCriteria(ScoringMethod::WeightedSum), portfolio());
        compareScores(s, {100, 37.5, 12.5, 50});
        QCOMPARE(s[0].accountId, QStringLiteral("A"));
        QCOMPARE(s[1].breakdown.size(), size_t(2));
        QCOMPARE(s[1].breakdown[0].criterion, ValueCriterion::Revenue);
        QCOMPARE(s[1].breakdown[0].value, std::optional<double>(50));
        QVERIFY(near(s[1].breakdown[0].normalised, 0.5));
        QVERIFY(near(s[1].breakdown[0].weight, 0.75));
        QVERIFY(near(s[1].breakdown[0].points, 37.5));
        QVERIFY(near(s[1].breakdown[1].normalised, 0)); // the most overdue days: a cost
        QVERIFY(s[1].membership.empty());
        // Missing data counts as the middle of the range.
        QVERIFY(!s[3].breakdown[0].value);
        QVERIFY(near(s[3].breakdown[0].normalised, 0.5));
        QVERIFY(near(s[3].breakdown[1].normalised, 0.5));
        QCOMPARE((std::vector<int>{s[0].rank, s[1].rank, s[2].rank, s[3].rank}), (std::vector<int>{1, 3, 4, 2}));
    }

    // Fuzzy, M(·,+): x = 1 → (1, 0, 0, 0), ½ → (0, ½, ½, 0), 0 → (0, 0, 0, 1).
    // B = .75·(0, ½, ½, 0) + .25·(0, 0, 0, 1) = (0, .375, .375, .25) → 75·.375 + 50·.375 + 25·.25
    // = 53.125 (a tie of grades 2 and 3); C = (0, .125, .125, .75) → 34.375; D (0, ½, ½, 0) → 62.5.
    void fuzzyWeightedAverage()
    {
        const std::vector<ValueScore> s = scored(twoCriteria(ScoringMethod::Fuzzy), portfolio());
        compareScores(s, {100, 53.125, 34.375, 62.5});
        QCOMPARE(s[1].membership.size(), kFuzzyGradeScores.size());
        QVERIFY(near(s[1].membership[1], 0.375));
        QVERIFY(s[1].gradeTie);
        QVERIFY(!s[0].gradeTie);
        QVERIFY(!s[2].gradeTie);
        // Under M(·,+) the criteria's points add up to the score.
        for (const ValueScore &v : s)
            QVERIFY(near(std::accumulate(v.breakdown.begin(), v.breakdown.end(), 0.0,
                                         [](double sum, const CriterionScore &c) { return sum + c.points; }),
                         v.score));
    }

    // M(∧,∨): A (.75, 0, 0, 0) → 100; B (0, .5, .5, .25) → 68.75 / 1.25 = 55;
    // C (0, .25, .25, .75) → 50 / 1.25 = 40; D (0, .5, .5, 0) → 62.5.
    void fuzzyMaxMin()
    {
        ValueModelDefinition d = twoCriteria(ScoringMethod::Fuzzy);
        d.fuzzyOperator = FuzzyOperator::MaxMin;
        compareScores(scored(d, portfolio()), {100, 55, 40, 62.5});
    }

    // A nested tree: the fuzzy evaluation goes up through the group, with the same result under
    // M(·,+) as the flat model of the same global weights.
    void fuzzyNested()
    {
        ValueModelDefinition flat = twoCriteria(ScoringMethod::Fuzzy);
        ValueModelDefinition nested = flat;
        CriterionNode group;
        group.name = QStringLiteral("Money");
        group.children = {flat.root.children[0]};
        nested.root.children[0] = group;
        const Result<ModelWeights> w = modelWeights(nested);
        KAM_VERIFY_RESULT(w);
        QCOMPARE(w->leaves[0].path, QStringLiteral("Money › Revenue"));
        compareScores(scored(nested, portfolio()), scoresOf(scored(flat, portfolio())));
    }

    // Grey, ρ = .5: Δ = 1 − x, Δmin 0, Δmax 1, ξ = .5 / (Δ + .5): A 100; B .75·.5 + .25·⅓ =
    // 45.833; C .75·⅓ + .25·.5 = 37.5; D .5 → 50.
    void grey()
    {
        const std::vector<ValueScore> s = scored(twoCriteria(ScoringMethod::Grey), portfolio());
        compareScores(s, {100, 37.5 + 25.0 / 3, 37.5, 50});
        QVERIFY(near(s[1].breakdown[1].points, 25.0 / 3));
    }

    // Thresholds 80 / 60 / 40 on the weighted sum: A 100 core, B 37.5 potential, C potential,
    // D 50 ordinary.
    void tiersByThreshold()
    {
        const std::vector<ValueScore> s = scored(twoCriteria(ScoringMethod::WeightedSum), portfolio());
        QCOMPARE(s[0].proposedTier, Tier::Core);
        QCOMPARE(s[1].proposedTier, Tier::Potential);
        QCOMPARE(s[2].proposedTier, Tier::Potential);
        QCOMPARE(s[3].proposedTier, Tier::Ordinary);
    }

    // Top 25 % / 25 % / 25 % of four accounts by rank: one each, the last potential; and with
    // ties the shared rank decides, so equal accounts get the same tier.
    void tiersByTopPercent()
    {
        ValueModelDefinition d = twoCriteria(ScoringMethod::WeightedSum);
        d.tiers = {TierRule::Mode::TopPercent, 25, 25, 25};
        std::vector<ValueScore> s = scored(d, portfolio());
        QCOMPARE(s[0].proposedTier, Tier::Core);
        QCOMPARE(s[3].proposedTier, Tier::Key);
        QCOMPARE(s[1].proposedTier, Tier::Ordinary);
        QCOMPARE(s[2].proposedTier, Tier::Potential);

        // A twin of A: both rank 1; ceil(25 % of 5) = 2 core places.
        std::vector<AccountValueFacts> facts = portfolio();
        facts.push_back(account("A2", 100, 0));
        s = scored(d, facts);
        QCOMPARE(s[0].rank, 1);
        QCOMPARE(s[4].rank, 1);
        QCOMPARE(s[3].rank, 3);
        QCOMPARE(s[0].proposedTier, Tier::Core);
        QCOMPARE(s[4].proposedTier, Tier::Core);
        QCOMPARE(s[3].proposedTier, Tier::Key);       // rank 3 ≤ ceil(50 % · 5) = 3
        QCOMPARE(s[1].proposedTier, Tier::Ordinary);  // rank 4 ≤ ceil(75 % · 5) = 4
        QCOMPARE(s[2].proposedTier, Tier::Potential);
    }

    // Fifty accounts that nothing tells apart all share rank 1; the group is larger than any
    // tier's places (5 core, 15 core + key, 35 with ordinary), so none of them is promoted.
    // One better account among them takes one of the five core places alone.
    void tiesLargerThanATierRiseNoHigher()
    {
        ValueModelDefinition d = twoCriteria(ScoringMethod::WeightedSum);
        d.tiers = {TierRule::Mode::TopPercent, 10, 20, 40};
        std::vector<AccountValueFacts> facts(50, account("same", 10, 0));
        std::vector<ValueScore> s = scored(d, facts);
        QCOMPARE(s.size(), size_t(50));
        for (const ValueScore &v : s) {
            QCOMPARE(v.rank, 1);
            QCOMPARE(v.proposedTier, Tier::Potential);
        }
        facts.front() = account("best", 20, 0);
        s = scored(d, facts);
        QCOMPARE(s.front().proposedTier, Tier::Core);
        QCOMPARE(s.back().rank, 2);
        QCOMPARE(s.back().proposedTier, Tier::Potential);
    }

    // Σ 100·w with weights that sum to 1 in floating point may exceed 100 by a rounding step;
    // an account best on every criterion scores exactly 100, never more.
    void scoresStayWithin0And100()
    {
        ValueModelDefinition d = twoCriteria(ScoringMethod::WeightedSum);
        CriterionNode growth;
        growth.criterion = ValueCriterion::Growth;
        d.root.children.push_back(growth);
        d.root.comparisons = {2, 2, 3};
        for (ScoringMethod method : {ScoringMethod::WeightedSum, ScoringMethod::Grey}) {
            d.method = method;
            AccountValueFacts best = account("best", 10, 0);
            best.values[size_t(ValueCriterion::Growth)] = 5;
            AccountValueFacts worst = account("worst", 1, 30);
            worst.values[size_t(ValueCriterion::Growth)] = -5;
            const std::vector<ValueScore> s = scored(d, {best, worst});
            QCOMPARE(s.size(), size_t(2));
            QCOMPARE(s[0].score, 100.0);
            QVERIFY(s[1].score >= 0);
        }
    }

    void emptyPortfolio()
    {
        QVERIFY(scored(twoCriteria(ScoringMethod::Grey), {}).empty());
        QVERIFY(scored(twoCriteria(ScoringMethod::Fuzzy), {}).empty());
    }

    // P (revenue 1, overdue 0) 75, Q (0, 1) 25, R (.7, 1) 77.5. Revenue +10 % (w .825): P 82.5
    // passes R 75.25 and becomes core; −10 % (w .675) changes nothing. Payment record −10 %
    // (w .225): P 77.5 passes R 76.75; +10 % nothing.
    void sensitivityToEachWeight()
    {
        const ValueModelDefinition d = twoCriteria(ScoringMethod::WeightedSum);
        const Result<ModelWeights> w = modelWeights(d);
        KAM_VERIFY_RESULT(w);
        const std::vector<AccountValueFacts> facts{account("P", 100, 10), account("Q", 0, 0), account("R", 70, 0)};
        compareScores(scorePortfolio(facts, d, *w), {75, 25, 77.5});
        const std::vector<Sensitivity> s = sensitivity(facts, d, *w);
        QCOMPARE(s.size(), size_t(4));
        QCOMPARE(s[0].criterion, ValueCriterion::Revenue);
        QCOMPARE(s[0].delta, -0.10);
        QCOMPARE(s[0].accountsMoved, 0);
        QCOMPARE(s[0].tiersChanged, 0);
        QCOMPARE(s[1].delta, 0.10);
        QCOMPARE(s[1].accountsMoved, 2);
        QCOMPARE(s[1].largestMove, 1);
        QCOMPARE(s[1].tiersChanged, 1);
        QCOMPARE(s[2].criterion, ValueCriterion::PaymentRecord);
        QCOMPARE(s[2].accountsMoved, 2);
        QCOMPARE(s[2].tiersChanged, 0);
        QCOMPARE(s[3].accountsMoved, 0);
    }
};

QTEST_GUILESS_MAIN(TestValueModel)
#include "tst_value_model.moc"
