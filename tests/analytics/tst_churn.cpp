// SPDX-License-Identifier: GPL-3.0-or-later
// The churn early warning on hand-built facts: each signal with the points it is known to add
// (with the default weights, which add up to 100, a signal adds exactly its weight), weights and
// thresholds changed, the trend a quarter back, and where a warning stands after a review.
#include "analytics/churn.h"

#include <QTest>

#include <algorithm>

using namespace kam;
using namespace kam::analytics;

namespace {

// A day in 2026 Q3: the last complete quarter is 2026 Q2, the one before 2026 Q1. The trend is
// scored on 2026-05-16, in 2026 Q2.
const QDate kToday(2026, 8, 15);
const QDate kQ3_2025(2025, 7, 1);
const QDate kQ4_2025(2025, 10, 1);
const QDate kQ1(2026, 1, 1);
const QDate kQ2(2026, 4, 1);
const QDate kQ3(2026, 7, 1);

QDateTime daysAgo(int days)
{
    return QDateTime(kToday.addDays(-days), QTime(12, 0)).toUTC();
}

/// A quarter of 100 answers whose NPS is exactly `nps`.
QuarterSatisfaction npsQuarter(const QDate &start, int nps)
{
    QuarterSatisfaction q;
    q.quarterStart = start;
    for (int i = 0; i < 100; ++i) {
        if (i < std::abs(nps))
            q.nps.add(nps > 0 ? 10 : 0);
        else
            q.nps.add(8);
    }
    return q;
}

/// A quarter whose overall satisfaction averages sum / count, without NPS answers.
QuarterSatisfaction satisfactionQuarter(const QDate &start, double sum, int count)
{
    QuarterSatisfaction q;
    q.quarterStart = start;
    q.satisfaction.sum = sum;
    q.satisfaction.count = count;
    q.nps.responses = count;
    return q;
}

/// A key account where nothing is wrong: met last week, a champion, flat revenue, no surveys.
AccountHealthFacts calm()
{
    AccountHealthFacts f;
    f.accountId = QStringLiteral("acc-1");
    f.tier = Tier::Key;
    f.lifecycle = Lifecycle::Mature;
    f.firstWon = QDate(2019, 3, 5);
    f.wonByQuarter = {{kQ4_2025, 100'000}, {kQ1, 100'000}, {kQ2, 100'000}};
    f.lastContact = daysAgo(5);
    f.lastDealMove = daysAgo(5);
    f.openDealMoves = {daysAgo(5)};
    f.hasChampion = true;
    return f;
}

const SignalResult &result(const ChurnScore &score, ChurnSignal signal)
{
    return score.signalResults.at(size_t(signal));
}

/// A score `points` high whose fired signals are `fired`, for the warning states.
ChurnScore scored(int points, std::initializer_list<ChurnSignal> fired)
{
    ChurnScore s;
    s.accountId = QStringLiteral("acc-1");
    s.score = points;
    for (int i = 0; i <= int(ChurnSignal::PaymentOverdue); ++i) {
        SignalResult r;
        r.signal = ChurnSignal(i);
        r.fired = std::find(fired.begin(), fired.end(), r.signal) != fired.end();
        s.signalResults.push_back(r);
    }
    return s;
}

WarningReview review(WarningReviewKind kind, int score, const QString &signalCodes,
                     const QDate &snoozedUntil = {})
{
    WarningReview r;
    r.accountId = QStringLiteral("acc-1");
    r.kind = kind;
    r.score = score;
    r.signalCodes = signalCodes;
    r.snoozedUntil = snoozedUntil;
    r.reviewedAt = daysAgo(10);
    return r;
}

} // namespace

class TestChurn : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAsDocumented();
    void calmAccountScoresNothing();

    void npsDrop_data();
    void npsDrop();
    void npsComparesLatestTwoQuartersWithAnswers();
    void npsWithoutData();
    void satisfactionDrop_data();
    void satisfactionDrop();
    void revenueDrop_data();
    void revenueDrop();
    void noContactUsesTierInterval_data();
    void noContactUsesTierInterval();
    void stalledDeals();
    void keyContactLost_data();
    void keyContactLost();
    void openServiceCases_data();
    void openServiceCases();
    void paymentOverdue_data();
    void paymentOverdue();

    void weightsShareTheScore();
    void zeroWeightSwitchesOff();
    void thresholdsChanged();
    void scoreIsRounded_data();
    void scoreIsRounded();

    void trendScoresAQuarterBack();
    void firedCodesInSignalOrder();

    void warningState_data();
    void warningState();
};

void TestChurn::defaultsAsDocumented()
{
    const ChurnSettings s = ChurnSettings::defaults();
    QCOMPARE(s.warnAt, 40);
    const std::pair<ChurnSignal, SignalRule> expected[] = {
        {ChurnSignal::NpsDrop, {20, 20}},         {ChurnSignal::SatisfactionDrop, {10, 0.5}},
        {ChurnSignal::RevenueDrop, {20, 20}},     {ChurnSignal::NoContact, {15, 180}},
        {ChurnSignal::StalledDeals, {10, 60}},    {ChurnSignal::KeyContactLost, {10, 180}},
        {ChurnSignal::OpenServiceCases, {10, 2}}, {ChurnSignal::PaymentOverdue, {5, 30}},
    };
    double sum = 0;
    for (const auto &[signal, rule] : expected) {
        QCOMPARE(s.rule(signal).weight, rule.weight);
        QCOMPARE(s.rule(signal).threshold, rule.threshold);
        sum += s.rule(signal).weight;
    }
    QCOMPARE(sum, 100.0);
    QCOMPARE(s.contactIntervals.intervalFor(Tier::Core), 14);
    QCOMPARE(s.contactIntervals.intervalFor(Tier::Key), 30);
    QCOMPARE(s.contactIntervals.intervalFor(Tier::Ordinary), 90);
    QCOMPARE(s.contactIntervals.intervalFor(Tier::Unrated), 0);

    // A signal the settings do not name is off.
    ChurnSettings partial;
    partial.rules = {{ChurnSignal::NpsDrop, {3, 7}}};
    QCOMPARE(partial.rule(ChurnSignal::PaymentOverdue).weight, 0.0);
    QCOMPARE(partial.rule(ChurnSignal::NpsDrop).threshold, 7.0);
}

void TestChurn::calmAccountScoresNothing()
{
    const ChurnScore s = scoreChurn(calm(), ChurnSettings::defaults(), kToday);
    QCOMPARE(s.accountId, QStringLiteral("acc-1"));
    QCOMPARE(s.score, 0);
    QCOMPARE(s.previousScore, 0);
    QCOMPARE(s.signalResults.size(), 8u);
    for (size_t i = 0; i < s.signalResults.size(); ++i) {
        QCOMPARE(s.signalResults[i].signal, ChurnSignal(i));
        QVERIFY(!s.signalResults[i].fired);
        QCOMPARE(s.signalResults[i].contribution, 0.0);
        QVERIFY(!s.signalResults[i].detail.isEmpty());
    }
    QCOMPARE(s.firedCodes(), QString());
    QCOMPARE(result(s, ChurnSignal::RevenueDrop).value, std::optional(0.0));
    QCOMPARE(result(s, ChurnSignal::RevenueDrop).detail,
             QStringLiteral("Won revenue unchanged from 2026 Q1 to 2026 Q2"));
    QCOMPARE(result(s, ChurnSignal::NoContact).value, std::optional(5.0));
    QCOMPARE(result(s, ChurnSignal::StalledDeals).value, std::optional(0.0));
    QCOMPARE(result(s, ChurnSignal::StalledDeals).detail,
             QStringLiteral("No deal without a stage change for 60 days or more"));
    QCOMPARE(result(s, ChurnSignal::KeyContactLost).detail,
             QStringLiteral("A champion is active; no key contact left in the last 180 days"));
    QCOMPARE(result(s, ChurnSignal::OpenServiceCases).detail,
             QStringLiteral("No open service cases"));
}

void TestChurn::npsDrop_data()
{
    QTest::addColumn<int>("before");
    QTest::addColumn<int>("latest");
    QTest::addColumn<double>("contribution");
    QTest::addColumn<QString>("detail");
    QTest::newRow("40 to -10: fall of 50")
        << 40 << -10 << 20.0 << "NPS fell from 40 to -10 since 2026 Q1";
    QTest::newRow("fall of exactly 20")
        << 40 << 20 << 20.0 << "NPS fell from 40 to 20 since 2026 Q1";
    QTest::newRow("fall of 19") << 40 << 21 << 0.0 << "NPS fell from 40 to 21 since 2026 Q1";
    QTest::newRow("rise") << -30 << 50 << 0.0 << "NPS rose from -30 to 50 since 2026 Q1";
    QTest::newRow("unchanged") << 10 << 10 << 0.0 << "NPS unchanged at 10 since 2026 Q1";
}

// Given NPS `before` in 2026 Q1 and `latest` in today's quarter, then a fall of 20 or more adds
// the signal's 20 points.
void TestChurn::npsDrop()
{
    QFETCH(int, before);
    QFETCH(int, latest);
    QFETCH(double, contribution);
    QFETCH(QString, detail);
    AccountHealthFacts f = calm();
    f.satisfaction = {npsQuarter(kQ1, before), npsQuarter(kQ3, latest)};
    const ChurnScore s = scoreChurn(f, ChurnSettings::defaults(), kToday);
    const SignalResult &r = result(s, ChurnSignal::NpsDrop);
    QCOMPARE(r.value, std::optional(double(before - latest)));
    QCOMPARE(r.threshold, 20.0);
    QCOMPARE(r.fired, contribution > 0);
    QCOMPARE(r.contribution, contribution);
    QCOMPARE(r.detail, detail);
    QCOMPARE(s.score, qRound(contribution));
}

// Given quarters whose responses left the question open, then they are passed over: the latest
// quarter with answers is compared with the one with answers before it, however old.
void TestChurn::npsComparesLatestTwoQuartersWithAnswers()
{
    AccountHealthFacts f = calm();
    QuarterSatisfaction unanswered;
    unanswered.quarterStart = kQ2;
    unanswered.nps.add(-1);
    f.satisfaction = {npsQuarter(QDate(2024, 4, 1), 60), npsQuarter(kQ4_2025, 30),
                      npsQuarter(kQ1, 45), unanswered};
    ChurnScore s = scoreChurn(f, ChurnSettings::defaults(), kToday);
    QCOMPARE(result(s, ChurnSignal::NpsDrop).value, std::optional(-15.0));
    QCOMPARE(result(s, ChurnSignal::NpsDrop).detail,
             QStringLiteral("NPS rose from 30 to 45 since 2025 Q4"));

    // The earlier quarter may lie outside the year: a yearly survey is still compared.
    f.satisfaction = {npsQuarter(QDate(2024, 4, 1), 60), npsQuarter(kQ3_2025, 20)};
    s = scoreChurn(f, ChurnSettings::defaults(), kToday);
    QCOMPARE(result(s, ChurnSignal::NpsDrop).value, std::optional(40.0));
    QVERIFY(result(s, ChurnSignal::NpsDrop).fired);
    QCOMPARE(result(s, ChurnSignal::NpsDrop).detail,
             QStringLiteral("NPS fell from 60 to 20 since 2024 Q2"));
}

// Given no answers in today's quarter and the four before, or only one quarter with answers,
// then the signal has no data, says so, and adds nothing.
void TestChurn::npsWithoutData()
{
    AccountHealthFacts f = calm();
    ChurnScore s = scoreChurn(f, ChurnSettings::defaults(), kToday);
    QCOMPARE(result(s, ChurnSignal::NpsDrop).value, std::nullopt);
    QCOMPARE(result(s, ChurnSignal::NpsDrop).detail, QStringLiteral("No answers in the last year"));
    QCOMPARE(result(s, ChurnSignal::SatisfactionDrop).detail,
             QStringLiteral("No satisfaction scores in the last year"));

    // 2025 Q2 lies before the window (2025 Q3 … 2026 Q3), however big the fall.
    f.satisfaction = {npsQuarter(QDate(2024, 4, 1), 90), npsQuarter(QDate(2025, 4, 1), -90)};
    s = scoreChurn(f, ChurnSettings::defaults(), kToday);
    QCOMPARE(result(s, ChurnSignal::NpsDrop).value, std::nullopt);
    QVERIFY(!result(s, ChurnSignal::NpsDrop).fired);
    QCOMPARE(s.score, 0);

    f.satisfaction = {npsQuarter(kQ3_2025, -90)};
    s = scoreChurn(f, ChurnSettings::defaults(), kToday);
    QCOMPARE(result(s, ChurnSignal::NpsDrop).value, std::nullopt);
    QCOMPARE(result(s, ChurnSignal::NpsDrop).detail,
             QStringLiteral("No answers before 2025 Q3 to compare with"));
}

void TestChurn::satisfactionDrop_data()
{
    QTest::addColumn<double>("beforeSum");
    QTest::addColumn<int>("beforeCount");
    QTest::addColumn<double>("latestSum");
    QTest::addColumn<int>("latestCount");
    QTest::addColumn<bool>("fired");
    QTest::addColumn<QString>("detail");
    // 4.1 − 3.6 is 0.49999999999999956 in binary floating point; it still reaches 0.5.
    QTest::newRow("4.1 to 3.6: exactly 0.5")
        << 41.0 << 10 << 36.0 << 10 << true << "Satisfaction fell from 4.1 to 3.6 since 2026 Q1";
    QTest::newRow("4.6 to 4.2") << 23.0 << 5 << 42.0 << 10 << false
                                << "Satisfaction fell from 4.6 to 4.2 since 2026 Q1";
    QTest::newRow("4 to 2") << 8.0 << 2 << 2.0 << 1 << true
                            << "Satisfaction fell from 4.0 to 2.0 since 2026 Q1";
    QTest::newRow("rise") << 3.0 << 1 << 5.0 << 1 << false
                          << "Satisfaction rose from 3.0 to 5.0 since 2026 Q1";
}

void TestChurn::satisfactionDrop()
{
    QFETCH(double, beforeSum);
    QFETCH(int, beforeCount);
    QFETCH(double, latestSum);
    QFETCH(int, latestCount);
    QFETCH(bool, fired);
    QFETCH(QString, detail);
    AccountHealthFacts f = calm();
    f.satisfaction = {satisfactionQuarter(kQ1, beforeSum, beforeCount),
                      satisfactionQuarter(kQ2, latestSum, latestCount)};
    const ChurnScore s = scoreChurn(f, ChurnSettings::defaults(), kToday);
    const SignalResult &r = result(s, ChurnSignal::SatisfactionDrop);
    QCOMPARE(r.fired, fired);
    QCOMPARE(r.contribution, fired ? 10.0 : 0.0);
    QCOMPARE(r.detail, detail);
    QCOMPARE(s.score, fired ? 10 : 0);
    // These quarters have responses but no NPS answers.
    QCOMPARE(result(s, ChurnSignal::NpsDrop).value, std::nullopt);
}

void TestChurn::revenueDrop_data()
{
    QTest::addColumn<qint64>("q1");
    QTest::addColumn<qint64>("q2");
    QTest::addColumn<std::optional<double>>("value");
    QTest::addColumn<double>("contribution");
    QTest::addColumn<QString>("detail");
    QTest::newRow("35 %") << qint64(100'000) << qint64(65'000) << std::optional(35.0) << 20.0
                          << "Won revenue fell 35 % from 2026 Q1 to 2026 Q2";
    QTest::newRow("exactly 20 %") << qint64(100'000) << qint64(80'000) << std::optional(20.0)
                                  << 20.0 << "Won revenue fell 20 % from 2026 Q1 to 2026 Q2";
    QTest::newRow("19.9 %") << qint64(100'000) << qint64(80'100) << std::optional(19.9) << 0.0
                            << "Won revenue fell 19.9 % from 2026 Q1 to 2026 Q2";
    QTest::newRow("nothing in 2026 Q2") << qint64(100'000) << qint64(0) << std::optional(100.0)
                                        << 20.0 << "Won revenue fell 100 % from 2026 Q1 to 2026 Q2";
    QTest::newRow("rise") << qint64(100'000) << qint64(150'000) << std::optional(-50.0) << 0.0
                          << "Won revenue rose 50 % from 2026 Q1 to 2026 Q2";
    QTest::newRow("nothing in 2026 Q1")
        << qint64(0) << qint64(150'000) << std::optional<double>() << 0.0
        << "No won revenue in 2026 Q1 to compare 2026 Q2 with";
}

// Given won revenue in 2026 Q1 and Q2 (and a big quarter today, which is not complete), then
// the last complete quarter against the one before decides.
void TestChurn::revenueDrop()
{
    QFETCH(qint64, q1);
    QFETCH(qint64, q2);
    QFETCH(std::optional<double>, value);
    QFETCH(double, contribution);
    QFETCH(QString, detail);
    AccountHealthFacts f = calm();
    f.wonByQuarter = {{kQ4_2025, 900'000}, {kQ3, 900'000}};
    if (q1)
        f.wonByQuarter[kQ1] = q1;
    if (q2)
        f.wonByQuarter[kQ2] = q2;
    const ChurnScore s = scoreChurn(f, ChurnSettings::defaults(), kToday);
    const SignalResult &r = result(s, ChurnSignal::RevenueDrop);
    QCOMPARE(r.value, value);
    QCOMPARE(r.contribution, contribution);
    QCOMPARE(r.detail, detail);
}

void TestChurn::noContactUsesTierInterval_data()
{
    QTest::addColumn<Tier>("tier");
    QTest::addColumn<int>("days"); // -1: never contacted
    QTest::addColumn<double>("threshold");
    QTest::addColumn<bool>("fired");
    QTest::newRow("core, 13 days") << Tier::Core << 13 << 14.0 << false;
    QTest::newRow("core, 14 days") << Tier::Core << 14 << 14.0 << true;
    QTest::newRow("key, 29 days") << Tier::Key << 29 << 30.0 << false;
    QTest::newRow("key, 45 days") << Tier::Key << 45 << 30.0 << true;
    QTest::newRow("ordinary, 90 days") << Tier::Ordinary << 90 << 90.0 << true;
    QTest::newRow("unrated, 179 days: fallback") << Tier::Unrated << 179 << 180.0 << false;
    QTest::newRow("unrated, 180 days: fallback") << Tier::Unrated << 180 << 180.0 << true;
    QTest::newRow("potential, 100 days: fallback") << Tier::Potential << 100 << 180.0 << false;
    QTest::newRow("core, never") << Tier::Core << -1 << 14.0 << false;
}

void TestChurn::noContactUsesTierInterval()
{
    QFETCH(Tier, tier);
    QFETCH(int, days);
    QFETCH(double, threshold);
    QFETCH(bool, fired);
    AccountHealthFacts f = calm();
    f.tier = tier;
    f.lastContact = days < 0 ? QDateTime() : daysAgo(days);
    const ChurnScore s = scoreChurn(f, ChurnSettings::defaults(), kToday);
    const SignalResult &r = result(s, ChurnSignal::NoContact);
    QCOMPARE(r.threshold, threshold);
    QCOMPARE(r.fired, fired);
    QCOMPARE(r.contribution, fired ? 15.0 : 0.0);
    if (days < 0) {
        QCOMPARE(r.value, std::nullopt);
        QCOMPARE(r.detail, QStringLiteral("No contact recorded yet"));
    } else {
        QCOMPARE(r.value, std::optional(double(days)));
        QCOMPARE(r.detail,
                 QStringLiteral("No contact for %1 day(s) (interval %2)").arg(days).arg(threshold));
    }
}

// Given open deals last moved 59, 60, 61 and 200 days ago, then three are stalled at the
// default 60 days; the signal fires at one and adds its 10 points once.
void TestChurn::stalledDeals()
{
    AccountHealthFacts f = calm();
    f.openDealMoves = {daysAgo(59), daysAgo(60), daysAgo(61), daysAgo(200)};
    ChurnSettings settings = ChurnSettings::defaults();
    ChurnScore s = scoreChurn(f, settings, kToday);
    const SignalResult *r = &result(s, ChurnSignal::StalledDeals);
    QCOMPARE(r->value, std::optional(3.0));
    QCOMPARE(r->threshold, 60.0);
    QVERIFY(r->fired);
    QCOMPARE(r->contribution, 10.0);
    QCOMPARE(r->detail, QStringLiteral("3 deal(s) without a stage change for 60 days or more"));

    settings.rules[ChurnSignal::StalledDeals].threshold = 201;
    s = scoreChurn(f, settings, kToday);
    r = &result(s, ChurnSignal::StalledDeals);
    QCOMPARE(r->value, std::optional(0.0));
    QVERIFY(!r->fired);
    QCOMPARE(r->detail, QStringLiteral("No deal without a stage change for 201 days or more"));

    settings.rules[ChurnSignal::StalledDeals].threshold = 200;
    s = scoreChurn(f, settings, kToday);
    QCOMPARE(result(s, ChurnSignal::StalledDeals).value, std::optional(1.0));
    QVERIFY(result(s, ChurnSignal::StalledDeals).fired);
}

void TestChurn::keyContactLost_data()
{
    QTest::addColumn<bool>("champion");
    QTest::addColumn<QList<int>>("leftDaysAgo");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("detail");
    QTest::newRow("left 180 days ago")
        << true << QList<int> {180} << 1.0 << "1 key contact(s) left in the last 180 days";
    QTest::newRow("left 181 days ago")
        << true << QList<int> {181} << 0.0
        << "A champion is active; no key contact left in the last 180 days";
    QTest::newRow("no champion") << false << QList<int> {} << 1.0 << "Champion missing";
    QTest::newRow("no champion, one left")
        << false << QList<int> {20, 400} << 2.0
        << "Champion missing; 1 key contact(s) left in the last 180 days";
}

void TestChurn::keyContactLost()
{
    QFETCH(bool, champion);
    QFETCH(QList<int>, leftDaysAgo);
    QFETCH(double, value);
    QFETCH(QString, detail);
    AccountHealthFacts f = calm();
    f.hasChampion = champion;
    for (int days : leftDaysAgo)
        f.keyContactsLeft.push_back(daysAgo(days));
    const ChurnScore s = scoreChurn(f, ChurnSettings::defaults(), kToday);
    const SignalResult &r = result(s, ChurnSignal::KeyContactLost);
    QCOMPARE(r.value, std::optional(value));
    QCOMPARE(r.fired, value >= 1);
    // Two reasons still add the signal's weight once.
    QCOMPARE(r.contribution, value >= 1 ? 10.0 : 0.0);
    QCOMPARE(r.detail, detail);
}

void TestChurn::openServiceCases_data()
{
    QTest::addColumn<int>("cases");
    QTest::addColumn<bool>("fired");
    QTest::addColumn<QString>("detail");
    QTest::newRow("none") << 0 << false << "No open service cases";
    QTest::newRow("1") << 1 << false << "1 open service case(s)";
    QTest::newRow("2: threshold") << 2 << true << "2 open service case(s)";
    QTest::newRow("3") << 3 << true << "3 open service case(s)";
}

void TestChurn::openServiceCases()
{
    QFETCH(int, cases);
    QFETCH(bool, fired);
    QFETCH(QString, detail);
    AccountHealthFacts f = calm();
    f.openServiceCases = cases;
    const ChurnScore s = scoreChurn(f, ChurnSettings::defaults(), kToday);
    const SignalResult &r = result(s, ChurnSignal::OpenServiceCases);
    QCOMPARE(r.value, std::optional(double(cases)));
    QCOMPARE(r.fired, fired);
    QCOMPARE(r.detail, detail);
    QCOMPARE(s.score, fired ? 10 : 0);
}

void TestChurn::paymentOverdue_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("fired");
    QTest::addColumn<QString>("detail");
    QTest::newRow("not known") << 0 << false << "No overdue payment known";
    QTest::newRow("29 days") << 29 << false << "Payment 29 day(s) overdue";
    QTest::newRow("30 days") << 30 << true << "Payment 30 day(s) overdue";
    QTest::newRow("45 days") << 45 << true << "Payment 45 day(s) overdue";
}

void TestChurn::paymentOverdue()
{
    QFETCH(int, days);
    QFETCH(bool, fired);
    QFETCH(QString, detail);
    AccountHealthFacts f = calm();
    f.paymentOverdueDays = days;
    const ChurnScore s = scoreChurn(f, ChurnSettings::defaults(), kToday);
    const SignalResult &r = result(s, ChurnSignal::PaymentOverdue);
    QCOMPARE(r.value, days > 0 ? std::optional(double(days)) : std::nullopt);
    QCOMPARE(r.fired, fired);
    QCOMPARE(r.contribution, fired ? 5.0 : 0.0);
    QCOMPARE(r.detail, detail);
}

// Given no contact for 45 days (key) and a payment 45 days late, then with the default weights
// they add 15 + 5; with every weight doubled the shares and the score stay the same.
void TestChurn::weightsShareTheScore()
{
    AccountHealthFacts f = calm();
    f.lastContact = daysAgo(45);
    f.paymentOverdueDays = 45;
    ChurnSettings settings = ChurnSettings::defaults();
    QCOMPARE(scoreChurn(f, settings, kToday).score, 20);
    for (auto &[signal, rule] : settings.rules)
        rule.weight *= 2;
    const ChurnScore doubled = scoreChurn(f, settings, kToday);
    QCOMPARE(doubled.score, 20);
    QCOMPARE(result(doubled, ChurnSignal::NoContact).contribution, 15.0);

    // Given NoContact's weight raised to 35 (sum 120), then it adds 100 × 35 / 120.
    settings = ChurnSettings::defaults();
    settings.rules[ChurnSignal::NoContact].weight = 35;
    const ChurnScore heavier = scoreChurn(f, settings, kToday);
    QCOMPARE(result(heavier, ChurnSignal::NoContact).contribution, 100.0 * 35 / 120);
    QCOMPARE(result(heavier, ChurnSignal::PaymentOverdue).contribution, 100.0 * 5 / 120);
    QCOMPARE(heavier.score, 33); // 29.17 + 4.17 = 33.33
}

// Given a signal's weight set to 0, then it neither fires nor adds, still shows what it
// measured, and the other weights share the whole score.
void TestChurn::zeroWeightSwitchesOff()
{
    AccountHealthFacts f = calm();
    f.lastContact = daysAgo(45);
    f.paymentOverdueDays = 45;
    ChurnSettings settings = ChurnSettings::defaults();
    settings.rules[ChurnSignal::PaymentOverdue].weight = 0;
    settings.rules[ChurnSignal::NpsDrop].weight = 0;
    const ChurnScore s = scoreChurn(f, settings, kToday);
    const SignalResult &payment = result(s, ChurnSignal::PaymentOverdue);
    QVERIFY(!payment.fired);
    QCOMPARE(payment.contribution, 0.0);
    QCOMPARE(payment.value, std::optional(45.0));
    QCOMPARE(result(s, ChurnSignal::NoContact).contribution, 100.0 * 15 / 75);
    QCOMPARE(s.score, 20);
    QCOMPARE(s.firedCodes(), QStringLiteral("no_contact"));

    // Every weight 0: nothing can fire, and nothing divides by zero.
    for (auto &[signal, rule] : settings.rules)
        rule.weight = 0;
    const ChurnScore off = scoreChurn(f, settings, kToday);
    QCOMPARE(off.score, 0);
    QCOMPARE(off.firedCodes(), QString());
}

// Given the manager's thresholds, then a fall of 19 fires at 10 points, a payment 10 days
// late at 10 days, and one open case at 1.
void TestChurn::thresholdsChanged()
{
    AccountHealthFacts f = calm();
    f.satisfaction = {npsQuarter(kQ1, 40), npsQuarter(kQ2, 21)};
    f.paymentOverdueDays = 10;
    f.openServiceCases = 1;
    ChurnSettings settings = ChurnSettings::defaults();
    QCOMPARE(scoreChurn(f, settings, kToday).score, 0);
    settings.rules[ChurnSignal::NpsDrop].threshold = 10;
    settings.rules[ChurnSignal::PaymentOverdue].threshold = 10;
    settings.rules[ChurnSignal::OpenServiceCases].threshold = 1;
    const ChurnScore s = scoreChurn(f, settings, kToday);
    QCOMPARE(result(s, ChurnSignal::NpsDrop).threshold, 10.0);
    QCOMPARE(s.firedCodes(), QStringLiteral("nps_drop,service_cases,payment_overdue"));
    QCOMPARE(s.score, 35);

    // The tier's interval can be tuned too, and a tier without one falls back to the rule.
    f.lastContact = daysAgo(10);
    settings.contactIntervals.days[Tier::Key] = 10;
    QCOMPARE(result(scoreChurn(f, settings, kToday), ChurnSignal::NoContact).threshold, 10.0);
    QVERIFY(result(scoreChurn(f, settings, kToday), ChurnSignal::NoContact).fired);
    settings.contactIntervals.days.erase(Tier::Key);
    settings.rules[ChurnSignal::NoContact].threshold = 11;
    QCOMPARE(result(scoreChurn(f, settings, kToday), ChurnSignal::NoContact).threshold, 11.0);
    QVERIFY(!result(scoreChurn(f, settings, kToday), ChurnSignal::NoContact).fired);
}

void TestChurn::scoreIsRounded_data()
{
    QTest::addColumn<int>("fired"); // of three signals with weight 1 each
    QTest::addColumn<int>("score");
    QTest::newRow("one third: 33.3") << 1 << 33;
    QTest::newRow("two thirds: 66.7") << 2 << 67;
    QTest::newRow("all three: 100") << 3 << 100;
}

// Given three signals of weight 1 (the rest 0), then each adds 33.33 points and the score is
// the rounded sum, not the sum of rounded parts.
void TestChurn::scoreIsRounded()
{
    QFETCH(int, fired);
    QFETCH(int, score);
    ChurnSettings settings = ChurnSettings::defaults();
    for (auto &[signal, rule] : settings.rules)
        rule.weight = 0;
    settings.rules[ChurnSignal::OpenServiceCases].weight = 1;
    settings.rules[ChurnSignal::PaymentOverdue].weight = 1;
    settings.rules[ChurnSignal::KeyContactLost].weight = 1;
    AccountHealthFacts f = calm();
    f.openServiceCases = 5;
    if (fired >= 2)
        f.paymentOverdueDays = 60;
    if (fired >= 3)
        f.hasChampion = false;
    const ChurnScore s = scoreChurn(f, settings, kToday);
    QCOMPARE(result(s, ChurnSignal::OpenServiceCases).contribution, 100.0 / 3);
    QCOMPARE(s.score, score);

    // Half a point rounds up: 100 × 1 / 8 = 12.5 is 13.
    settings.rules[ChurnSignal::KeyContactLost].weight = 6;
    settings.rules[ChurnSignal::OpenServiceCases].weight = 1;
    settings.rules[ChurnSignal::PaymentOverdue].weight = 1;
    f = calm();
    f.openServiceCases = 5; // 100 × 1 / 8 = 12.5
    QCOMPARE(scoreChurn(f, settings, kToday).score, 13);
}

// Given a drop that happened in the last quarter (2026 Q2), then the score a quarter ago
// (2026-05-16) does not see it: NPS, revenue and the key contact who left came after, a deal
// that moved since is not judged, and only what has no history (open cases) counts as now.
void TestChurn::trendScoresAQuarterBack()
{
    AccountHealthFacts f = calm();
    f.satisfaction = {npsQuarter(kQ4_2025, 40), npsQuarter(kQ1, 40), npsQuarter(kQ2, -10)};
    f.wonByQuarter = {{kQ4_2025, 100'000}, {kQ1, 100'000}, {kQ2, 50'000}};
    f.lastContact = daysAgo(3);
    // One deal stalled since January (109 days on 2026-05-16), one moved ten days ago.
    f.openDealMoves = {daysAgo(200), daysAgo(10)};
    f.keyContactsLeft = {daysAgo(30)};
    f.openServiceCases = 3;
    const ChurnScore s = scoreChurn(f, ChurnSettings::defaults(), kToday);
    QCOMPARE(result(s, ChurnSignal::NpsDrop).detail,
             QStringLiteral("NPS fell from 40 to -10 since 2026 Q1"));
    QCOMPARE(result(s, ChurnSignal::RevenueDrop).value, std::optional(50.0));
    QCOMPARE(result(s, ChurnSignal::StalledDeals).value, std::optional(1.0));
    // Now: NPS 20 + revenue 20 + stalled 10 + key contact 10 + service cases 10.
    QCOMPARE(s.score, 70);
    // On 2026-05-16: 2026 Q2 is not over, 2026 Q1 against 2025 Q4 is flat; stalled deal 10 and
    // service cases 10.
    QCOMPARE(s.previousScore, 20);

    // Given a key account last met 100 days ago, then it is overdue now but was not then.
    f = calm();
    f.lastContact = daysAgo(100);
    const ChurnScore contact = scoreChurn(f, ChurnSettings::defaults(), kToday);
    QCOMPARE(contact.score, 15);
    QCOMPARE(contact.previousScore, 0);

    // Given a long silence that already was one a quarter ago, then the trend shows it too.
    f.lastContact = daysAgo(200);
    QCOMPARE(scoreChurn(f, ChurnSettings::defaults(), kToday).previousScore, 15);
}

void TestChurn::firedCodesInSignalOrder()
{
    AccountHealthFacts f = calm();
    f.paymentOverdueDays = 90;
    f.hasChampion = false;
    f.satisfaction = {npsQuarter(kQ1, 50), npsQuarter(kQ3, 0)};
    f.lastContact = daysAgo(31);
    const ChurnScore s = scoreChurn(f, ChurnSettings::defaults(), kToday);
    QCOMPARE(s.firedCodes(), QStringLiteral("nps_drop,no_contact,key_contact,payment_overdue"));
    QCOMPARE(s.score, 50);
}

void TestChurn::warningState_data()
{
    using K = WarningReviewKind;
    QTest::addColumn<int>("score");
    QTest::addColumn<int>("warnAt");
    QTest::addColumn<bool>("reviewed");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("reviewedScore");
    QTest::addColumn<QString>("reviewedSignals");
    QTest::addColumn<int>("snoozedDays"); // snoozed until today + this
    QTest::addColumn<WarningState>("state");
    const QString both = QStringLiteral("revenue_drop,no_contact");
    QTest::newRow("below warnAt") << 39 << 40 << false << int(K::Acknowledged) << 0 << QString()
                                  << 0 << WarningState::None;
    QTest::newRow("below a raised warnAt")
        << 50 << 60 << false << int(K::Acknowledged) << 0 << QString() << 0 << WarningState::None;
    QTest::newRow("at warnAt, not reviewed")
        << 40 << 40 << false << int(K::Acknowledged) << 0 << QString() << 0 << WarningState::New;
    QTest::newRow("acknowledged, same")
        << 40 << 40 << true << int(K::Acknowledged) << 40 << both << 0 << WarningState::Reviewed;
    QTest::newRow("acknowledged, lower since")
        << 40 << 40 << true << int(K::Acknowledged) << 55
        << QStringLiteral("revenue_drop,no_contact,service_cases") << 0 << WarningState::Reviewed;
    QTest::newRow("acknowledged, score risen")
        << 40 << 40 << true << int(K::Acknowledged) << 39 << both << 0 << WarningState::New;
    QTest::newRow("acknowledged, new signal")
        << 40 << 40 << true << int(K::Acknowledged) << 60 << QStringLiteral("revenue_drop") << 0
        << WarningState::New;
    QTest::newRow("snoozed until tomorrow")
        << 40 << 40 << true << int(K::Snoozed) << 40 << both << 1 << WarningState::Snoozed;
    QTest::newRow("snooze runs out today")
        << 40 << 40 << true << int(K::Snoozed) << 40 << both << 0 << WarningState::New;
    QTest::newRow("snooze ran out")
        << 40 << 40 << true << int(K::Snoozed) << 40 << both << -3 << WarningState::New;
    QTest::newRow("snoozed, score risen")
        << 40 << 40 << true << int(K::Snoozed) << 35 << both << 30 << WarningState::New;
    QTest::newRow("snoozed, new signal") << 40 << 40 << true << int(K::Snoozed) << 40
                                         << QStringLiteral("no_contact") << 30 << WarningState::New;
}

// Given a score of `score` with revenue and contact signals fired, and the latest review, then
// the warning is new again only when it got worse or the snooze is over.
void TestChurn::warningState()
{
    QFETCH(int, score);
    QFETCH(int, warnAt);
    QFETCH(bool, reviewed);
    QFETCH(int, kind);
    QFETCH(int, reviewedScore);
    QFETCH(QString, reviewedSignals);
    QFETCH(int, snoozedDays);
    QFETCH(WarningState, state);
    ChurnSettings settings = ChurnSettings::defaults();
    settings.warnAt = warnAt;
    const ChurnScore s = scored(score, {ChurnSignal::RevenueDrop, ChurnSignal::NoContact});
    QCOMPARE(s.firedCodes(), QStringLiteral("revenue_drop,no_contact"));
    const WarningReview r = review(WarningReviewKind(kind), reviewedScore, reviewedSignals,
                                   kToday.addDays(snoozedDays));
    QCOMPARE(kam::analytics::warningState(s, settings, reviewed ? &r : nullptr, kToday), state);
}

QTEST_GUILESS_MAIN(TestChurn)
#include "tst_churn.moc"
