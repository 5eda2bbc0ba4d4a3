// SPDX-License-Identifier: GPL-3.0-or-later
// The Analytic Hierarchy Process against published worked examples, the consistency check and
// its suggestion, the random index tables, and the refusal of malformed matrices.
#include "analytics/ahp.h"
#include "support/result_check.h"

#include <QTest>

#include <cmath>

using namespace kam;
using namespace kam::analytics;

Q_DECLARE_METATYPE(std::optional<double>)

namespace {

constexpr double kThird = 1.0 / 3;

bool near(double a, double b, double tolerance)
{
    return std::abs(a - b) <= tolerance;
}

} // namespace

class TestAhp : public QObject
{
    Q_OBJECT

private slots:
    // Given the criteria matrix of the travel destination example of 姜启源《数学模型》(3rd ed.,
    // 高等教育出版社 2003, §8.1 层次分析模型: 景色, 费用, 居住, 饮食, 旅途), when weighed, then the
    // book's weights (0.263, 0.475, 0.055, 0.099, 0.110), λ = 5.073, CI = 0.018, CR = 0.016.
    // The book rounds an approximate eigenvector; the exact one differs by up to 0.0012.
    void travelDestinationExample()
    {
        const Matrix m{{1, 0.5, 4, 3, 3},
                       {2, 1, 7, 5, 5},
                       {0.25, 1.0 / 7, 1, 0.5, kThird},
                       {kThird, 0.2, 2, 1, 1},
                       {kThird, 0.2, 3, 1, 1}};
        const Result<AhpResult> r = ahp(m);
        KAM_VERIFY_RESULT(r);
        const std::vector<double> book{0.263, 0.475, 0.055, 0.099, 0.110};
        for (size_t i = 0; i < book.size(); ++i)
            QVERIFY2(near(r->weights[i], book[i], 0.002), qPrintable(QString::number(r->weights[i])));
        QVERIFY(near(r->lambdaMax, 5.073, 0.002));
        QVERIFY(near(r->ci, 0.018, 0.0005));
        QCOMPARE(r->ri, 1.12);
        QVERIFY(near(r->cr, 0.016, 0.0005));
        QVERIFY(r->consistent);
        QCOMPARE(r->worst.row, -1);
    }

    // Given Saaty's "relative wealth of nations" matrix (Saaty, The Analytic Hierarchy Process,
    // McGraw-Hill 1980, §2; also Saaty & Khouja 1976): US, USSR, China, France, UK, Japan,
    // W. Germany, when weighed, then (.427, .230, .021, .052, .052, .123, .094) and λmax = 7.61.
    void saatyWealthOfNations()
    {
        const Matrix m{{1, 4, 9, 6, 6, 5, 5},
                       {0.25, 1, 7, 5, 5, 3, 4},
                       {1.0 / 9, 1.0 / 7, 1, 0.2, 0.2, 1.0 / 7, 0.2},
                       {1.0 / 6, 0.2, 5, 1, 1, kThird, kThird},
                       {1.0 / 6, 0.2, 5, 1, 1, kThird, kThird},
                       {0.2, kThird, 7, 3, 3, 1, 2},
                       {0.2, 0.25, 5, 3, 3, 0.5, 1}};
        const Result<AhpResult> r = ahp(m);
        KAM_VERIFY_RESULT(r);
        const std::vector<double> saaty{0.427, 0.230, 0.021, 0.052, 0.052, 0.123, 0.094};
        double sum = 0;
        for (size_t i = 0; i < saaty.size(); ++i) {
            QVERIFY2(near(r->weights[i], saaty[i], 0.0006), qPrintable(QString::number(r->weights[i])));
            sum += r->weights[i];
        }
        QVERIFY(near(sum, 1, 1e-12));
        QVERIFY(near(r->lambdaMax, 7.61, 0.005));
        QVERIFY(near(r->cr, 0.101 / 1.32, 0.001));
        QVERIFY(r->consistent);
        QVERIFY(std::abs(r->weights[3] - r->weights[4]) < 1e-12); // France and UK compare alike
    }

    // Given a consistent matrix (a_ij = w_i / w_j for w = 8:4:2:1), then exactly those weights,
    // λmax = n and CR = 0.
    void consistentMatrix()
    {
        const Result<AhpResult> r = ahp(reciprocalMatrix(4, {2, 4, 8, 2, 4, 2}));
        KAM_VERIFY_RESULT(r);
        const std::vector<double> w{8.0 / 15, 4.0 / 15, 2.0 / 15, 1.0 / 15};
        for (size_t i = 0; i < w.size(); ++i)
            QVERIFY(near(r->weights[i], w[i], 1e-12));
        QVERIFY(near(r->lambdaMax, 4, 1e-9));
        QVERIFY(near(r->ci, 0, 1e-9));
        QVERIFY(near(r->cr, 0, 1e-9));
        QVERIFY(r->consistent);
        QCOMPARE(r->worst.row, -1);
    }

    // Given the consistent 8:4:2:1 matrix with a03 turned around (1/8 instead of 8), then the
    // check fails and names a03 as the comparison to revisit, with the scale value the weights
    // imply (w0/w3 = 0.66 → 1/2).
    void inconsistencyNamesTheWorstComparison()
    {
        const Result<AhpResult> r = ahp(reciprocalMatrix(4, {2, 4, 1.0 / 8, 2, 4, 2}));
        KAM_VERIFY_RESULT(r);
        QVERIFY(r->cr >= 0.10);
        QVERIFY(near(r->lambdaMax, 6.7346, 0.001));
        QVERIFY(!r->consistent);
        QCOMPARE(r->worst.row, 0);
        QCOMPARE(r->worst.column, 3);
        QCOMPARE(r->worst.current, 1.0 / 8);
        QCOMPARE(r->worst.suggested, 0.5);
    }

    void smallMatricesAreConsistent()
    {
        const Result<AhpResult> one = ahp({{1}});
        KAM_VERIFY_RESULT(one);
        QCOMPARE(one->weights, std::vector<double>{1});
        QCOMPARE(one->cr, 0.0);
        const Result<AhpResult> two = ahp(reciprocalMatrix(2, {3}));
        KAM_VERIFY_RESULT(two);
        QVERIFY(near(two->weights[0], 0.75, 1e-12));
        QCOMPARE(two->ci, 0.0);
        QCOMPARE(two->cr, 0.0);
        QVERIFY(two->consistent);
    }

    void randomIndexTables()
    {
        QCOMPARE(randomIndex(1, RandomIndexTable::Classic), 0.0);
        QCOMPARE(randomIndex(2, RandomIndexTable::Revised), 0.0);
        QCOMPARE(randomIndex(3, RandomIndexTable::Classic), 0.58);
        QCOMPARE(randomIndex(4, RandomIndexTable::Classic), 0.90);
        QCOMPARE(randomIndex(9, RandomIndexTable::Classic), 1.45);
        QCOMPARE(randomIndex(10, RandomIndexTable::Classic), 1.49);
        QCOMPARE(randomIndex(12, RandomIndexTable::Classic), 1.48);
        QCOMPARE(randomIndex(15, RandomIndexTable::Classic), 1.59);
        QCOMPARE(randomIndex(3, RandomIndexTable::Revised), 0.52);
        QCOMPARE(randomIndex(5, RandomIndexTable::Revised), 1.11);
        QCOMPARE(randomIndex(15, RandomIndexTable::Revised), 1.59);
        QCOMPARE(randomIndex(40, RandomIndexTable::Classic), 1.59); // beyond the table: its last
    }

    // The revised table divides by a smaller RI for n = 3: the same matrix has a higher CR.
    void revisedTableChangesCr()
    {
        const Matrix m = reciprocalMatrix(3, {2, 5, 4});
        const Result<AhpResult> classic = ahp(m, RandomIndexTable::Classic);
        const Result<AhpResult> revised = ahp(m, RandomIndexTable::Revised);
        KAM_VERIFY_RESULT(classic);
        KAM_VERIFY_RESULT(revised);
        QCOMPARE(classic->ci, revised->ci);
        QVERIFY(near(revised->cr, classic->cr * 0.58 / 0.52, 1e-12));
    }

    void malformed_data()
    {
        QTest::addColumn<Matrix>("matrix");
        QTest::addColumn<QString>("where");
        QTest::newRow("empty") << Matrix{} << QStringLiteral("empty");
        QTest::newRow("not square") << Matrix{{1, 2}, {0.5}} << QStringLiteral("row 2 has 1 values");
        QTest::newRow("zero") << Matrix{{1, 0}, {1, 1}} << QStringLiteral("row 1, column 2");
        QTest::newRow("negative") << Matrix{{1, 2}, {-0.5, 1}} << QStringLiteral("row 2, column 1");
        QTest::newRow("not finite") << Matrix{{1, 2, 1}, {0.5, 1, 1}, {1, std::nan(""), 1}}
                                    << QStringLiteral("row 3, column 2");
        QTest::newRow("diagonal") << Matrix{{1, 2}, {0.5, 2}} << QStringLiteral("row 2, column 2");
        QTest::newRow("not reciprocal") << Matrix{{1, 3, 1}, {kThird, 1, 2}, {1, 0.3, 1}}
                                        << QStringLiteral("row 3, column 2");
    }

    void malformed()
    {
        QFETCH(Matrix, matrix);
        QFETCH(QString, where);
        const Result<AhpResult> r = ahp(matrix);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(where), qPrintable(r.error().message));
    }

    // "1/3" written as 0.333 and "1/6" as 0.167 are the reciprocals within the documented
    // tolerance, on either side of the diagonal; 0.3 and 0.17 are not.
    void roundedReciprocalsPass()
    {
        KAM_VERIFY_RESULT(ahp({{1, 3}, {0.333, 1}}));
        KAM_VERIFY_RESULT(ahp({{1, 0.333}, {3, 1}}));
        KAM_VERIFY_RESULT(ahp({{1, 6}, {0.167, 1}}));
        KAM_VERIFY_RESULT(ahp({{1, 0.111}, {9, 1}}));
        QVERIFY(!ahp({{1, 3}, {0.3, 1}}));
        QVERIFY(!ahp({{1, 6}, {0.17, 1}}));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<std::optional<double>>("value");
        QTest::newRow("whole") << "3" << std::optional<double>(3);
        QTest::newRow("fraction") << "1/3" << std::optional<double>(kThird);
        QTest::newRow("spaces") << " 1 / 5 " << std::optional<double>(0.2);
        QTest::newRow("decimal") << "0.5" << std::optional<double>(0.5);
        QTest::newRow("decimal fraction") << "2.5" << std::optional<double>(2.5);
        QTest::newRow("divide by zero") << "1/0" << std::optional<double>();
        QTest::newRow("two slashes") << "1/3/4" << std::optional<double>();
        QTest::newRow("word") << "three" << std::optional<double>();
        QTest::newRow("empty") << "" << std::optional<double>();
        QTest::newRow("infinite") << "inf" << std::optional<double>();
        QTest::newRow("decimal comma") << "0,5" << std::optional<double>();
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(std::optional<double>, value);
        const std::optional<double> parsed = parseComparison(text);
        QCOMPARE(parsed.has_value(), value.has_value());
        if (value)
            QVERIFY(near(*parsed, *value, 1e-15));
    }

    void formatAndNearest()
    {
        QCOMPARE(formatComparison(3), QStringLiteral("3"));
        QCOMPARE(formatComparison(kThird), QStringLiteral("1/3"));
        QCOMPARE(formatComparison(1.0 / 9), QStringLiteral("1/9"));
        QCOMPARE(formatComparison(2.5), QStringLiteral("2.5"));
        QCOMPARE(formatComparison(0.4), QStringLiteral("0.4"));
        QCOMPARE(*parseComparison(formatComparison(1.0 / 7)), 1.0 / 7);
        QCOMPARE(nearestScaleValue(2.9), 3.0);
        QCOMPARE(nearestScaleValue(0.34), 1.0 / 3);
        QCOMPARE(nearestScaleValue(0.66), 0.5);
        QCOMPARE(nearestScaleValue(1.4), 1.0);
        QCOMPARE(nearestScaleValue(40), 9.0);
        QCOMPARE(nearestScaleValue(1.0 / 40), 1.0 / 9);
    }

    void reciprocalMatrixFillsMissingWithOne()
    {
        const Matrix m = reciprocalMatrix(3, {2});
        QCOMPARE(m, (Matrix{{1, 2, 1}, {0.5, 1, 1}, {1, 1, 1}}));
    }
};

QTEST_GUILESS_MAIN(TestAhp)
#include "tst_ahp.moc"
