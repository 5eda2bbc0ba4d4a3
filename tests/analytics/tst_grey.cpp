// SPDX-License-Identifier: GPL-3.0-or-later
// Grey relational analysis (灰色关联分析). The formulas are Deng Julong's ("Introduction to grey
// system theory", The Journal of Grey System 1(1), 1989, pp. 1–24; as used in 刘思峰等《灰色系统
// 理论及其应用》): 0–1 transform, ξ = (Δmin + ρΔmax) / (Δ + ρΔmax) against the ideal sequence,
// grade = Σ w ξ. The worked example is computed by hand below (no published table with these
// conventions — benefit/cost ranges, Δ over all indicators — was at hand to copy from).
#include "analytics/grey.h"
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

// Three suppliers A, B, C: revenue (benefit) 100, 80, 60; days overdue (cost) 10, 0, 30;
// quality (benefit) 3, 5, 4. Normalised: (1, .5, 0), (2/3, 1, 0), (0, 1, .5); Δ = 1 − x, so
// Δmin = 0 and Δmax = 1.
GreyInput example()
{
    GreyInput in;
    in.types = {IndicatorType::Benefit, IndicatorType::Cost, IndicatorType::Benefit};
    in.values = {{100, 80, 60}, {10, 0, 30}, {3, 5, 4}};
    return in;
}

} // namespace

class TestGrey : public QObject
{
    Q_OBJECT

private slots:
    // ρ = 0.5: ξ = 0.5 / (Δ + 0.5): revenue (1, .5, 1/3), overdue (.6, 1, 1/3), quality (1/3, 1, .5);
    // equal weights: A = 1.9333/3, B = 2.5/3, C = 1.1667/3 → B, A, C.
    void example_equalWeights()
    {
        const Result<GreyResult> r = greyRelational(example());
        KAM_VERIFY_RESULT(r);
        compareVectors(r->normalised[1], {2.0 / 3, 1, 0});
        compareVectors(r->coefficients[0], {1, 0.5, 1.0 / 3});
        compareVectors(r->coefficients[1], {0.6, 1, 1.0 / 3});
        compareVectors(r->grades, {(1 + 0.6 + 1.0 / 3) / 3, 2.5 / 3, (1.0 / 3 + 1.0 / 3 + 0.5) / 3});
        QCOMPARE(r->ranking, (std::vector<int>{1, 0, 2}));
    }

    // A larger ρ compresses the grades (ρ = 1: ξ = 1 / (Δ + 1)) without changing this ranking.
    void rhoEffect()
    {
        GreyInput in = example();
        in.rho = 1;
        const Result<GreyResult> r = greyRelational(in);
        KAM_VERIFY_RESULT(r);
        compareVectors(r->grades, {2.25 / 3, (2.0 / 3 + 2) / 3, (0.5 + 0.5 + 2.0 / 3) / 3});
        QCOMPARE(r->ranking, (std::vector<int>{1, 0, 2}));
        const Result<GreyResult> half = greyRelational(example());
        QVERIFY(r->grades[1] - r->grades[2] < half->grades[1] - half->grades[2]);
    }

    // Weights (.6, .2, .2) favour revenue: A = .6 + .12 + .0667, B = .3 + .2 + .2 → A, B, C.
    void weightsChangeTheRanking()
    {
        GreyInput in = example();
        in.weights = {0.6, 0.2, 0.2};
        const Result<GreyResult> r = greyRelational(in);
        KAM_VERIFY_RESULT(r);
        compareVectors(r->grades, {0.6 + 0.12 + 0.2 / 3, 0.7, 0.2 + 0.2 / 3 + 0.1});
        QCOMPARE(r->ranking, (std::vector<int>{0, 1, 2}));
    }

    // Turning overdue days into a benefit reverses its column: the cost transform matters.
    void costIndicatorsReverse()
    {
        GreyInput in = example();
        in.types[1] = IndicatorType::Benefit;
        const Result<GreyResult> r = greyRelational(in);
        KAM_VERIFY_RESULT(r);
        compareVectors(r->normalised[1], {1.0 / 3, 0, 1});
    }

    // An indicator equal for all normalises to 1 and tells no one apart; equal alternatives keep
    // their input order.
    void constantIndicatorAndTies()
    {
        GreyInput in;
        in.types = {IndicatorType::Benefit, IndicatorType::Cost};
        in.values = {{7, 7, 7}, {2, 1, 2}};
        const Result<GreyResult> r = greyRelational(in);
        KAM_VERIFY_RESULT(r);
        compareVectors(r->normalised[0], {1, 1, 1});
        compareVectors(r->coefficients[0], {1, 1, 1});
        QCOMPARE(r->ranking, (std::vector<int>{1, 0, 2}));
        QCOMPARE(r->grades[0], r->grades[2]);

        GreyInput single;
        single.types = {IndicatorType::Benefit};
        single.values = {{42}};
        const Result<GreyResult> one = greyRelational(single);
        KAM_VERIFY_RESULT(one);
        compareVectors(one->grades, {1});
    }

    void malformed_data()
    {
        QTest::addColumn<int>("defect");
        QTest::addColumn<QString>("where");
        QTest::newRow("no indicators") << 0 << "no indicators";
        QTest::newRow("type count") << 1 << "2 indicator types for 3 indicators";
        QTest::newRow("weight count") << 2 << "2 weights for 3 indicators";
        QTest::newRow("row length") << 3 << "indicator 2 has 2 values, not 3";
        QTest::newRow("no alternatives") << 4 << "no alternatives";
        QTest::newRow("not finite") << 5 << "indicator 3, alternative 1";
        QTest::newRow("rho zero") << 6 << "ρ";
        QTest::newRow("rho above one") << 7 << "ρ";
        QTest::newRow("negative weight") << 8 << "indicator 1: the weight -0.2";
        QTest::newRow("weights sum") << 9 << "sum to 0.9";
    }

    void malformed()
    {
        QFETCH(int, defect);
        QFETCH(QString, where);
        GreyInput in = example();
        switch (defect) {
        case 0: in.values.clear(); in.types.clear(); break;
        case 1: in.types.pop_back(); break;
        case 2: in.weights = {0.5, 0.5}; break;
        case 3: in.values[1].pop_back(); break;
        case 4: for (auto &row : in.values) row.clear(); break;
        case 5: in.values[2][0] = std::nan(""); break;
        case 6: in.rho = 0; break;
        case 7: in.rho = 1.5; break;
        case 8: in.weights = {-0.2, 0.6, 0.6}; break;
        case 9: in.weights = {0.3, 0.3, 0.3}; break;
        }
        const Result<GreyResult> r = greyRelational(in);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(where), qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestGrey)
#include "tst_grey.moc"
