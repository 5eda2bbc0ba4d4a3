// SPDX-License-Identifier: GPL-3.0-or-later
// Net Promoter Score and the satisfaction vocabulary on hand-built responses: the NPS
// categories at their boundaries, the score arithmetic, the dimension scores' stored form and
// the grouping of responses by calendar quarter.
#include "analytics/satisfaction.h"
#include "domain/satisfaction.h"

#include <QTest>

using namespace kam;
using namespace kam::analytics;

namespace {

SatisfactionResponse response(const QDate &on, int recommend, int satisfaction = 0,
                              const char *dimensions = "", const char *comment = "")
{
    SatisfactionResponse r;
    r.meta.id = QStringLiteral("r-%1-%2").arg(on.toString(Qt::ISODate)).arg(recommend);
    r.accountId = QStringLiteral("acc-1");
    r.respondedOn = on;
    r.recommend = recommend;
    r.satisfaction = satisfaction;
    r.dimensionScores = QString::fromUtf8(dimensions);
    r.comment = QString::fromUtf8(comment);
    return r;
}

/// `promoters` answers of 10, `passives` of 7 and `detractors` of 0, in that order.
std::vector<SatisfactionResponse> answers(int promoters, int passives, int detractors)
{
    const QDate day(2026, 5, 12);
    std::vector<SatisfactionResponse> out;
    for (int i = 0; i < promoters; ++i)
        out.push_back(response(day, 10));
    for (int i = 0; i < passives; ++i)
        out.push_back(response(day, 7));
    for (int i = 0; i < detractors; ++i)
        out.push_back(response(day, 0));
    return out;
}

} // namespace

Q_DECLARE_METATYPE(std::optional<kam::NpsCategory>)

class TestSatisfaction : public QObject
{
    Q_OBJECT

private slots:
    void categoryBoundaries_data();
    void categoryBoundaries();
    void publishedExample();
    void unansweredCountInResponsesOnly();
    void extremes_data();
    void extremes();
    void noneAnsweredHasNoNps();
    void scoreAverage();

    void parseGoodScores();
    void parseErrorsNameThePart_data();
    void parseErrorsNameThePart();
    void emptyTextIsNoScores();
    void scoresTextRoundTrips();
    void dimensionLabels();

    void quartersAcrossYearBoundary();
    void quarterAggregates();
    void quarterLabels_data();
    void quarterLabels();
};

void TestSatisfaction::categoryBoundaries_data()
{
    QTest::addColumn<int>("recommend");
    QTest::addColumn<std::optional<NpsCategory>>("category");
    QTest::newRow("-1: not answered") << -1 << std::optional<NpsCategory>();
    QTest::newRow("0") << 0 << std::optional(NpsCategory::Detractor);
    QTest::newRow("6: last detractor") << 6 << std::optional(NpsCategory::Detractor);
    QTest::newRow("7: first passive") << 7 << std::optional(NpsCategory::Passive);
    QTest::newRow("8: last passive") << 8 << std::optional(NpsCategory::Passive);
    QTest::newRow("9: first promoter") << 9 << std::optional(NpsCategory::Promoter);
    QTest::newRow("10") << 10 << std::optional(NpsCategory::Promoter);
    QTest::newRow("11: out of range") << 11 << std::optional<NpsCategory>();
}

void TestSatisfaction::categoryBoundaries()
{
    QFETCH(int, recommend);
    QFETCH(std::optional<NpsCategory>, category);
    QCOMPARE(npsCategory(recommend), category);
}

// The Net Promoter Score as Reichheld defined it ("The One Number You Need to Grow", Harvard
// Business Review, December 2003) and Bain & Company / NICE Satmetrix publish it: the percentage
// of promoters (9–10) minus the percentage of detractors (0–6); passives (7–8) count in the
// total only. The textbook illustration: of 100 answers, 60 promoters, 20 passives and
// 20 detractors give 60 % − 20 % = 40.
void TestSatisfaction::publishedExample()
{
    const std::vector<SatisfactionResponse> rs = answers(60, 20, 20);
    const NpsSummary s = npsOf(rs);
    QCOMPARE(s.responses, 100);
    QCOMPARE(s.answered, 100);
    QCOMPARE(s.promoters, 60);
    QCOMPARE(s.passives, 20);
    QCOMPARE(s.detractors, 20);
    QCOMPARE(s.nps(), std::optional(40.0));

    // Given the same shares of a smaller survey (3 : 1 : 1), then the score is the same: it is
    // a difference of percentages, not of counts.
    QCOMPARE(npsOf(answers(3, 1, 1)).nps(), std::optional(40.0));
    // Given 2 promoters, 1 passive and 4 detractors, then 2/7 − 4/7 = −28.57…
    QCOMPARE(*npsOf(answers(2, 1, 4)).nps(), -200.0 / 7);
}

// Given answered responses and two that left the question open, then the open ones are shown
// as responses but do not count as detractors.
void TestSatisfaction::unansweredCountInResponsesOnly()
{
    std::vector<SatisfactionResponse> rs = answers(3, 1, 1);
    rs.push_back(response(QDate(2026, 5, 13), -1));
    rs.push_back(response(QDate(2026, 5, 14), -1));
    const NpsSummary s = npsOf(rs);
    QCOMPARE(s.responses, 7);
    QCOMPARE(s.answered, 5);
    QCOMPARE(s.promoters + s.passives + s.detractors, 5);
    QCOMPARE(s.nps(), std::optional(40.0));

    NpsSummary direct;
    direct.add(11); // out of range: a response, not an answer
    direct.add(9);
    QCOMPARE(direct.responses, 2);
    QCOMPARE(direct.answered, 1);
    QCOMPARE(direct.nps(), std::optional(100.0));
}

void TestSatisfaction::extremes_data()
{
    QTest::addColumn<int>("promoters");
    QTest::addColumn<int>("passives");
    QTest::addColumn<int>("detractors");
    QTest::addColumn<double>("nps");
    QTest::newRow("all promoters") << 7 << 0 << 0 << 100.0;
    QTest::newRow("all detractors") << 0 << 0 << 7 << -100.0;
    QTest::newRow("all passives") << 0 << 7 << 0 << 0.0;
    QTest::newRow("as many promoters as detractors") << 4 << 2 << 4 << 0.0;
    QTest::newRow("one promoter") << 1 << 0 << 0 << 100.0;
}

void TestSatisfaction::extremes()
{
    QFETCH(int, promoters);
    QFETCH(int, passives);
    QFETCH(int, detractors);
    QFETCH(double, nps);
    QCOMPARE(npsOf(answers(promoters, passives, detractors)).nps(), std::optional(nps));
}

void TestSatisfaction::noneAnsweredHasNoNps()
{
    QCOMPARE(npsOf({}).nps(), std::nullopt);
    const std::vector<SatisfactionResponse> rs {response(QDate(2026, 1, 5), -1),
                                                response(QDate(2026, 1, 6), -1)};
    const NpsSummary s = npsOf(rs);
    QCOMPARE(s.responses, 2);
    QCOMPARE(s.answered, 0);
    QCOMPARE(s.nps(), std::nullopt);
}

void TestSatisfaction::scoreAverage()
{
    ScoreAverage a;
    QCOMPARE(a.mean(), std::nullopt);
    a.add(5);
    a.add(4);
    a.add(2);
    QCOMPARE(a.count, 3);
    QCOMPARE(a.mean(), std::optional(11.0 / 3));
}

void TestSatisfaction::parseGoodScores()
{
    QString error = QStringLiteral("untouched");
    const auto scores
        = parseDimensionScores(QStringLiteral("quality=4;delivery=1; price = 5"), &error);
    QVERIFY(scores);
    const DimensionScores expected {{QStringLiteral("quality"), 4},
                                    {QStringLiteral("delivery"), 1},
                                    {QStringLiteral("price"), 5}};
    QCOMPARE(*scores, expected);
    QCOMPARE(error, QStringLiteral("untouched"));
    // A dimension of the account's own is as good as a built-in one.
    const auto custom = parseDimensionScores(QStringLiteral("packaging=3"));
    QVERIFY(custom);
    QCOMPARE(*custom, (DimensionScores {{QStringLiteral("packaging"), 3}}));
}

void TestSatisfaction::parseErrorsNameThePart_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("duplicate key")
        << "quality=4;delivery=3;quality=2"
        << "“quality=2”: the dimension quality is scored more than once.";
    QTest::newRow("score 0") << "quality=4;delivery=0"
                             << "“delivery=0”: the score must be a whole number from 1 to 5.";
    QTest::newRow("score 6") << "service=6"
                             << "“service=6”: the score must be a whole number from 1 to 5.";
    QTest::newRow("score not a number")
        << "price=good"
        << "“price=good”: the score must be a whole number from 1 to 5.";
    QTest::newRow("score with decimals")
        << "price=4.5"
        << "“price=4.5”: the score must be a whole number from 1 to 5.";
    QTest::newRow("missing =") << "quality=4;delivery 3"
                               << "“delivery 3” has no “=” between dimension and score.";
    QTest::newRow("missing key") << "=4"
                                 << "“=4” names no dimension.";
    QTest::newRow("missing score") << "quality="
                                   << "“quality=”: the score must be a whole number from 1 to 5.";
    QTest::newRow("two =") << "quality=4=5"
                           << "“quality=4=5” has more than one “=”.";
    QTest::newRow("empty part") << "quality=4;;delivery=3"
                                << "Part 2 of “quality=4;;delivery=3” is empty.";
    QTest::newRow("trailing ;") << "quality=4;"
                                << "Part 2 of “quality=4;” is empty.";
}

void TestSatisfaction::parseErrorsNameThePart()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QString message;
    QCOMPARE(parseDimensionScores(text, &message), std::nullopt);
    QCOMPARE(message, error);
    // Without somewhere to put the message it still fails.
    QCOMPARE(parseDimensionScores(text), std::nullopt);
}

// Given a response without dimension scores, then its stored text is empty and parses as none.
void TestSatisfaction::emptyTextIsNoScores()
{
    QString error;
    const auto none = parseDimensionScores(QString(), &error);
    QVERIFY(none);
    QVERIFY(none->isEmpty());
    QVERIFY(error.isEmpty());
    const auto blank = parseDimensionScores(QStringLiteral("  "));
    QVERIFY(blank);
    QVERIFY(blank->isEmpty());
    QCOMPARE(dimensionScoresText({}), QString());
}

void TestSatisfaction::scoresTextRoundTrips()
{
    const DimensionScores scores {{QStringLiteral("technical_support"), 2},
                                  {QStringLiteral("quality"), 5}};
    const QString text = dimensionScoresText(scores);
    QCOMPARE(text, QStringLiteral("technical_support=2;quality=5"));
    QCOMPARE(parseDimensionScores(text), std::optional(scores));
}

void TestSatisfaction::dimensionLabels()
{
    QCOMPARE(defaultDimensions(),
             (QStringList {"quality", "delivery", "service", "price", "technical_support"}));
    QCOMPARE(dimensionLabel(QStringLiteral("quality")), QStringLiteral("Quality"));
    QCOMPARE(dimensionLabel(QStringLiteral("technical_support")),
             QStringLiteral("Technical support"));
    QCOMPARE(dimensionLabel(QStringLiteral("packaging")), QStringLiteral("packaging"));
    // Keys are codes: a differently written key is the account's own dimension, as written.
    QCOMPARE(dimensionLabel(QStringLiteral("Quality")), QStringLiteral("Quality"));
}

// Given answers on both sides of New Year, then 30 December and 2 January fall in different
// quarters, and quarters are ordered by time, not by their number.
void TestSatisfaction::quartersAcrossYearBoundary()
{
    const std::vector<SatisfactionResponse> rs {
        response(QDate(2027, 1, 2), 10), response(QDate(2026, 12, 30), 0),
        response(QDate(2026, 10, 1), 9), response(QDate(2027, 3, 31), 7),
        response(QDate(2026, 9, 30), 8), response(QDate(2027, 4, 1), 6),
    };
    const std::vector<QuarterSatisfaction> qs = satisfactionByQuarter(rs);
    QCOMPARE(qs.size(), 4u);
    QCOMPARE(qs[0].quarterStart, QDate(2026, 7, 1));
    QCOMPARE(qs[1].quarterStart, QDate(2026, 10, 1));
    QCOMPARE(qs[2].quarterStart, QDate(2027, 1, 1));
    QCOMPARE(qs[3].quarterStart, QDate(2027, 4, 1));
    QCOMPARE(qs[0].nps.responses, 1);
    QCOMPARE(qs[0].nps.passives, 1);
    // 2026 Q4: 1 October (promoter) and 30 December (detractor).
    QCOMPARE(qs[1].nps.responses, 2);
    QCOMPARE(qs[1].nps.nps(), std::optional(0.0));
    // 2027 Q1: 2 January (promoter) and 31 March (passive).
    QCOMPARE(qs[2].nps.responses, 2);
    QCOMPARE(qs[2].nps.nps(), std::optional(50.0));
    QCOMPARE(qs[3].nps.detractors, 1);
    QVERIFY(satisfactionByQuarter({}).empty());
}

// Given one quarter's responses, then satisfaction and each dimension are averaged over those
// that scored them, a response with unreadable scores still counts for its other answers, and
// the non-empty comments come oldest first.
void TestSatisfaction::quarterAggregates()
{
    const std::vector<SatisfactionResponse> rs {
        response(QDate(2026, 8, 20), 9, 4, "quality=4;delivery=2", "Late again"),
        response(QDate(2026, 7, 3), 10, 5, "quality=5", "Great support"),
        response(QDate(2026, 8, 1), -1, 0, "quality=9", "  "),
        response(QDate(2026, 9, 15), 3, 1, "", ""),
    };
    const std::vector<QuarterSatisfaction> qs = satisfactionByQuarter(rs);
    QCOMPARE(qs.size(), 1u);
    const QuarterSatisfaction &q = qs.front();
    QCOMPARE(q.quarterStart, QDate(2026, 7, 1));
    QCOMPARE(q.nps.responses, 4);
    QCOMPARE(q.nps.answered, 3);
    QCOMPARE(q.nps.nps(), std::optional(100.0 / 3));
    QCOMPARE(q.satisfaction.count, 3);
    QCOMPARE(q.satisfaction.mean(), std::optional(10.0 / 3));
    QCOMPARE(q.dimensions.size(), 2);
    QCOMPARE(q.dimensions.value(QStringLiteral("quality")).count, 2); // "quality=9" is ignored
    QCOMPARE(q.dimensions.value(QStringLiteral("quality")).mean(), std::optional(4.5));
    QCOMPARE(q.dimensions.value(QStringLiteral("delivery")).mean(), std::optional(2.0));
    QCOMPARE(q.comments, (QStringList {"Great support", "Late again"}));
}

void TestSatisfaction::quarterLabels_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QString>("label");
    QTest::newRow("Q1") << QDate(2027, 1, 1) << "2027 Q1";
    QTest::newRow("Q2") << QDate(2026, 4, 1) << "2026 Q2";
    QTest::newRow("Q3") << QDate(2026, 7, 1) << "2026 Q3";
    QTest::newRow("Q4") << QDate(2026, 10, 1) << "2026 Q4";
}

void TestSatisfaction::quarterLabels()
{
    QFETCH(QDate, start);
    QFETCH(QString, label);
    QCOMPARE(quarterLabel(start), label);
}

QTEST_GUILESS_MAIN(TestSatisfaction)
#include "tst_satisfaction.moc"
