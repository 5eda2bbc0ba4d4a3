// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzy comprehensive evaluation (模糊综合评价) against the textbook example, with both
// operators, multi-level models, ties and the refusal of malformed input.
#include "analytics/fuzzy.h"
#include "support/result_check.h"

#include <QTest>

#include <cmath>

using namespace kam;
using namespace kam::analytics;

namespace {

void compareVectors(const std::vector<double> &actual, const std::vector<double> &expected, double tolerance = 1e-12)
{
    QCOMPARE(actual.size(), expected.size());
    for (size_t i = 0; i < actual.size(); ++i)
        QVERIFY2(std::abs(actual[i] - expected[i]) <= tolerance,
                 qPrintable(QStringLiteral("[%1] %2 ≠ %3").arg(i).arg(actual[i]).arg(expected[i])));
}

// The clothing evaluation (服装评判) of 汪培庄《模糊集合论及其应用》(上海科学技术出版社 1983),
// as worked in 谢季坚、刘承平《模糊数学方法及其应用》(华中科技大学出版社, 第3版 2006, §4.2):
// factors 花色, 式样, 耐穿程度, 价格 weighted (0.1, 0.2, 0.3, 0.4); grades 很欢迎, 较欢迎,
// 不太欢迎, 不欢迎. M(∧,∨) gives B = (0.2, 0.3, 0.4, 0.1): "不太欢迎".
const std::vector<double> kClothingWeights{0.1, 0.2, 0.3, 0.4};
const Matrix kClothing{{0.2, 0.5, 0.2, 0.1}, {0.7, 0.2, 0.1, 0.0}, {0.0, 0.4, 0.5, 0.1}, {0.2, 0.3, 0.5, 0.0}};

FuzzyNode leaf(std::vector<double> weights, Matrix membership)
{
    FuzzyNode n;
    n.weights = std::move(weights);
    n.membership = std::move(membership);
    return n;
}

} // namespace

class TestFuzzy : public QObject
{
    Q_OBJECT

private slots:
    void clothingExampleMaxMin()
    {
        const Result<FuzzyResult> r = fuzzyEvaluate(kClothingWeights, kClothing, FuzzyOperator::MaxMin);
        KAM_VERIFY_RESULT(r);
        compareVectors(r->b, {0.2, 0.3, 0.4, 0.1});
        QCOMPARE(r->grade(), 2);
        QVERIFY(!r->tie());
    }

    // M(·,+) on the same example: b_j = Σ w_i r_ij = (0.24, 0.33, 0.39, 0.04), also 不太欢迎,
    // and with rows summing to 1 the result does too.
    void clothingExampleWeightedAverage()
    {
        const Result<FuzzyResult> r = fuzzyEvaluate(kClothingWeights, kClothing);
        KAM_VERIFY_RESULT(r);
        compareVectors(r->b, {0.24, 0.33, 0.39, 0.04});
        QCOMPARE(r->grades, std::vector<int>{2});
    }

    // Two levels, worked by hand: factor 1 = (.5, .5) ∘ [[.6 .4 0] [.2 .6 .2]] = (.4, .5, .1),
    // factor 2 = (.25, .75) ∘ [[0 .2 .8] [.4 .4 .2]] = (.3, .35, .35), top = (.6, .4) ∘ those.
    void multiLevel()
    {
        FuzzyNode model;
        model.weights = {0.6, 0.4};
        model.children = {leaf({0.5, 0.5}, {{0.6, 0.4, 0}, {0.2, 0.6, 0.2}}),
                          leaf({0.25, 0.75}, {{0, 0.2, 0.8}, {0.4, 0.4, 0.2}})};
        const Result<FuzzyResult> weighted = fuzzyEvaluate(model);
        KAM_VERIFY_RESULT(weighted);
        compareVectors(weighted->b, {0.36, 0.44, 0.2});
        QCOMPARE(weighted->grades, std::vector<int>{1});

        // M(∧,∨): factor 1 = (.5, .5, .2) → normalised (5, 5, 2)/12; factor 2 = (.4, .4, .25) →
        // (8, 8, 5)/21; top = (max(.6∧5/12, .4∧8/21), …) = (5/12, 5/12, 5/21): a tie of the top two.
        const Result<FuzzyResult> maxMin = fuzzyEvaluate(model, FuzzyOperator::MaxMin);
        KAM_VERIFY_RESULT(maxMin);
        compareVectors(maxMin->b, {5.0 / 12, 5.0 / 12, 5.0 / 21});
        QCOMPARE(maxMin->grades, (std::vector<int>{0, 1}));
        QVERIFY(maxMin->tie());
        QCOMPARE(maxMin->grade(), 0);
    }

    void tiesAreReported()
    {
        const Result<FuzzyResult> r = fuzzyEvaluate({0.5, 0.5}, {{1, 0, 0}, {0, 0, 1}});
        KAM_VERIFY_RESULT(r);
        QCOMPARE(r->grades, (std::vector<int>{0, 2}));
        QVERIFY(r->tie());
        // Within 1e-9 is a tie; beyond it is not.
        const Result<FuzzyResult> close = fuzzyEvaluate({0.5 + 1e-7, 0.5 - 1e-7}, {{1, 0}, {0, 1}});
        KAM_VERIFY_RESULT(close);
        QCOMPARE(close->grades, std::vector<int>{0});
    }

    void malformed_data()
    {
        QTest::addColumn<std::vector<double>>("weights");
        QTest::addColumn<Matrix>("membership");
        QTest::addColumn<QString>("where");
        const Matrix good{{0.5, 0.5}, {1, 0}};
        QTest::newRow("no rows") << std::vector<double>{} << Matrix{} << "no rows";
        QTest::newRow("weight count") << std::vector<double>{1} << good << "1 weights for 2 membership rows";
        QTest::newRow("negative weight") << std::vector<double>{1.5, -0.5} << good << "weight 2";
        QTest::newRow("weights sum") << std::vector<double>{0.5, 0.4} << good << "sum to 0.9";
        QTest::newRow("row length") << std::vector<double>{0.5, 0.5} << Matrix{{0.5, 0.5}, {1, 0, 0}}
                                    << "row 2 has 3 grades";
        QTest::newRow("above one") << std::vector<double>{0.5, 0.5} << Matrix{{1.5, -0.5}, {1, 0}}
                                   << "row 1, column 1";
        QTest::newRow("row sum") << std::vector<double>{0.5, 0.5} << Matrix{{0.5, 0.5}, {0.2, 0.7}}
                                 << "row 2 sums to 0.9";
    }

    void malformed()
    {
        QFETCH(std::vector<double>, weights);
        QFETCH(Matrix, membership);
        QFETCH(QString, where);
        const Result<FuzzyResult> r = fuzzyEvaluate(weights, membership);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(where), qPrintable(r.error().message));
    }

    void malformedChildNamesItsPath()
    {
        FuzzyNode model;
        model.weights = {0.5, 0.5};
        model.children = {leaf({1}, {{1, 0}}), leaf({0.5, 0.5}, {{1, 0}, {0.3, 0.3}})};
        const Result<FuzzyResult> r = fuzzyEvaluate(model);
        QVERIFY(!r);
        QVERIFY2(r.error().message.startsWith(QStringLiteral("factor 2 → row 2")), qPrintable(r.error().message));
        // Children with different grade counts fail as rows of the parent.
        model.children[1] = leaf({1}, {{0.2, 0.3, 0.5}});
        const Result<FuzzyResult> mixed = fuzzyEvaluate(model);
        QVERIFY(!mixed);
        QVERIFY2(mixed.error().message.contains(QStringLiteral("row 2 has 3 grades")), qPrintable(mixed.error().message));
    }
};


QTEST_GUILESS_MAIN(TestFuzzy)
#include "tst_fuzzy.moc"
