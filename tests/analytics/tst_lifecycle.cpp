// SPDX-License-Identifier: GPL-3.0-or-later
// The lifecycle proposal on hand-built facts: each rule at its boundaries, the four complete
// quarters it reads around New Year, and reasons that name the facts they rest on.
#include "analytics/lifecycle.h"

#include <QTest>

using namespace kam;
using namespace kam::analytics;

namespace {

// A day in 2026 Q3: the quarters read are 2025 Q3 (Q1), 2025 Q4 (Q2), 2026 Q1 (Q3), 2026 Q2 (Q4).
const QDate kToday(2026, 8, 15);
const QDate kQ1(2025, 7, 1);
const QDate kQ2(2025, 10, 1);
const QDate kQ3(2026, 1, 1);
const QDate kQ4(2026, 4, 1);

QDateTime daysAgo(int days, const QDate &today = kToday)
{
    return QDateTime(today.addDays(-days), QTime(12, 0)).toUTC();
}

/// A customer for years, with `earlier` won in each of Q1 and Q2 and `recent` in Q3 and Q4.
AccountHealthFacts customer(qint64 earlier, qint64 recent)
{
    AccountHealthFacts f;
    f.accountId = QStringLiteral("acc-1");
    f.firstWon = QDate(2019, 3, 5);
    f.lastDealMove = daysAgo(30);
    for (const QDate &q : {kQ1, kQ2})
        if (earlier)
            f.wonByQuarter[q] = earlier;
    for (const QDate &q : {kQ3, kQ4})
        if (recent)
            f.wonByQuarter[q] = recent;
    return f;
}

} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void neverWonIsProspect();
    void newCustomerWindow_data();
    void newCustomerWindow();
    void firstDealInTodaysQuarterIsDeveloping();
    void revenueTrend_data();
    void revenueTrend();
    void onlyTheFourCompleteQuartersCount();
    void noRevenue_data();
    void noRevenue();
    void quartersAroundNewYear_data();
    void quartersAroundNewYear();
};

// Given an account with open deals but none won, then it is a prospect whatever else it has.
void TestLifecycle::neverWonIsProspect()
{
    AccountHealthFacts f = customer(0, 0);
    f.firstWon = {};
    f.openDealMoves = {daysAgo(3)};
    const LifecycleProposal p = proposeLifecycle(f, kToday);
    QCOMPARE(p.stage, Lifecycle::Prospect);
    QCOMPARE(p.reason, QStringLiteral("No deal won yet"));

    // A first deal dated after today is not won yet on today.
    f.firstWon = kToday.addDays(1);
    QCOMPARE(proposeLifecycle(f, kToday).stage, Lifecycle::Prospect);
}

void TestLifecycle::newCustomerWindow_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<Lifecycle>("stage");
    QTest::newRow("won today") << 0 << Lifecycle::Developing;
    QTest::newRow("365 days: still new") << 365 << Lifecycle::Developing;
    QTest::newRow("366 days: judged by revenue") << 366 << Lifecycle::Mature;
}

// Given flat revenue (which alone makes an account mature) and a first deal won `days` ago,
// then it is developing for 365 days.
void TestLifecycle::newCustomerWindow()
{
    QFETCH(int, days);
    QFETCH(Lifecycle, stage);
    AccountHealthFacts f = customer(50'000, 50'000);
    f.firstWon = kToday.addDays(-days);
    const LifecycleProposal p = proposeLifecycle(f, kToday);
    QCOMPARE(p.stage, stage);
    if (stage == Lifecycle::Developing)
        QCOMPARE(p.reason,
                 QStringLiteral("First deal won on %1, %2 day(s) ago")
                     .arg(f.firstWon.toString(Qt::ISODate))
                     .arg(days));
    else
        QCOMPARE(p.reason,
                 QStringLiteral("Revenue of the last two quarters is the same as the two before"));
}

// Given a new customer whose first deal closed this quarter, then it is developing: that deal
// is not yet revenue of the four complete quarters, and "declining" would be wrong.
void TestLifecycle::firstDealInTodaysQuarterIsDeveloping()
{
    AccountHealthFacts f;
    f.firstWon = QDate(2026, 7, 20);
    f.wonByQuarter[QDate(2026, 7, 1)] = 80'000;
    f.lastDealMove = QDateTime(f.firstWon, QTime(10, 0));
    const LifecycleProposal p = proposeLifecycle(f, kToday);
    QCOMPARE(p.stage, Lifecycle::Developing);
    QCOMPARE(p.reason, QStringLiteral("First deal won on 2026-07-20, 26 day(s) ago"));
}

void TestLifecycle::revenueTrend_data()
{
    QTest::addColumn<qint64>("earlier"); // in each of Q1 and Q2
    QTest::addColumn<qint64>("recent"); // in each of Q3 and Q4
    QTest::addColumn<Lifecycle>("stage");
    QTest::addColumn<QString>("reason");
    QTest::newRow("exactly -20 %")
        << qint64(100'000) << qint64(80'000) << Lifecycle::Declining
        << "Revenue of the last two quarters is 20 % below the two before";
    QTest::newRow("-19.9 %") << qint64(100'000) << qint64(80'100) << Lifecycle::Mature
                             << "Revenue of the last two quarters is 19.9 % below the two before";
    QTest::newRow("-35 %") << qint64(100'000) << qint64(65'000) << Lifecycle::Declining
                           << "Revenue of the last two quarters is 35 % below the two before";
    QTest::newRow("exactly +20 %")
        << qint64(100'000) << qint64(120'000) << Lifecycle::Developing
        << "Revenue of the last two quarters is 20 % above the two before";
    QTest::newRow("+19.9 %") << qint64(100'000) << qint64(119'900) << Lifecycle::Mature
                             << "Revenue of the last two quarters is 19.9 % above the two before";
    QTest::newRow("flat") << qint64(100'000) << qint64(100'000) << Lifecycle::Mature
                          << "Revenue of the last two quarters is the same as the two before";
    QTest::newRow("up from zero") << qint64(0) << qint64(1) << Lifecycle::Developing
                                  << "Revenue in the last two quarters and none in the two before";
    QTest::newRow("down to zero")
        << qint64(100'000) << qint64(0) << Lifecycle::Declining
        << "Revenue of the last two quarters is 100 % below the two before";
}

// Given a long-standing customer, then Q3+Q4 against Q1+Q2 decides: ±20 % inclusive.
void TestLifecycle::revenueTrend()
{
    QFETCH(qint64, earlier);
    QFETCH(qint64, recent);
    QFETCH(Lifecycle, stage);
    QFETCH(QString, reason);
    const LifecycleProposal p = proposeLifecycle(customer(earlier, recent), kToday);
    QCOMPARE(p.stage, stage);
    QCOMPARE(p.reason, reason);
}

// Given revenue in today's (incomplete) quarter and in the quarter before Q1, then neither
// counts, and the halves are sums: a quiet Q1 is made up by Q2.
void TestLifecycle::onlyTheFourCompleteQuartersCount()
{
    AccountHealthFacts f = customer(0, 0);
    f.wonByQuarter[QDate(2025, 4, 1)] = 10'000'000; // before Q1
    f.wonByQuarter[kQ1] = 20'000;
    f.wonByQuarter[kQ2] = 80'000;
    f.wonByQuarter[kQ3] = 60'000;
    f.wonByQuarter[kQ4] = 40'000;
    f.wonByQuarter[QDate(2026, 7, 1)] = 10'000'000; // today's quarter
    const LifecycleProposal p = proposeLifecycle(f, kToday);
    QCOMPARE(p.stage, Lifecycle::Mature);
    QCOMPARE(p.reason,
             QStringLiteral("Revenue of the last two quarters is the same as the two before"));
}

void TestLifecycle::noRevenue_data()
{
    QTest::addColumn<int>("movedDaysAgo"); // -1: no deal ever moved
    QTest::addColumn<bool>("openDeal");
    QTest::addColumn<Lifecycle>("stage");
    QTest::addColumn<QString>("reason");
    QTest::newRow("moved 180 days ago")
        << 180 << false << Lifecycle::Declining
        << "No revenue in the last four quarters, but a deal moved on 2026-02-16";
    QTest::newRow("moved 181 days ago")
        << 181 << false << Lifecycle::Lost
        << "No revenue in the last four quarters and no deal activity since 2026-02-15";
    QTest::newRow("moved long ago, deal open")
        << 400 << true << Lifecycle::Declining
        << "No revenue in the last four quarters, but 1 deal(s) still open";
    QTest::newRow("nothing ever moved")
        << -1 << false << Lifecycle::Lost
        << "No revenue in the last four quarters and no deal activity";
}

// Given a customer of years with no revenue in the four complete quarters (only long before and
// in today's quarter), then recent deal activity keeps it declining instead of lost.
void TestLifecycle::noRevenue()
{
    QFETCH(int, movedDaysAgo);
    QFETCH(bool, openDeal);
    QFETCH(Lifecycle, stage);
    QFETCH(QString, reason);
    AccountHealthFacts f = customer(0, 0);
    f.wonByQuarter[QDate(2024, 1, 1)] = 500'000;
    f.wonByQuarter[QDate(2026, 7, 1)] = 500'000;
    f.lastDealMove = movedDaysAgo < 0 ? QDateTime() : daysAgo(movedDaysAgo);
    if (openDeal)
        f.openDealMoves = {daysAgo(movedDaysAgo)};
    const LifecycleProposal p = proposeLifecycle(f, kToday);
    QCOMPARE(p.stage, stage);
    QCOMPARE(p.reason, reason);
}

void TestLifecycle::quartersAroundNewYear_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<Lifecycle>("stage");
    // Revenue: 2025 Q4 100, 2026 Q1 100, 2026 Q2 100, 2026 Q3 100, 2026 Q4 40, 2027 Q1 40.
    // On 10 January 2027 the quarters are 2026 Q1…Q4: (100 + 40) against (100 + 100), −30 %.
    QTest::newRow("2027-01-10") << QDate(2027, 1, 10) << Lifecycle::Declining;
    // On New Year's Eve they are 2025 Q4…2026 Q3, all 100: flat.
    QTest::newRow("2026-12-31") << QDate(2026, 12, 31) << Lifecycle::Mature;
    // On 1 April 2027 they are 2026 Q2…2027 Q1: (40 + 40) against (100 + 100), −60 %.
    QTest::newRow("2027-04-01") << QDate(2027, 4, 1) << Lifecycle::Declining;
}

void TestLifecycle::quartersAroundNewYear()
{
    QFETCH(QDate, today);
    QFETCH(Lifecycle, stage);
    AccountHealthFacts f;
    f.firstWon = QDate(2020, 1, 1);
    f.lastDealMove = daysAgo(5, today);
    for (const QDate &q :
         {QDate(2025, 10, 1), QDate(2026, 1, 1), QDate(2026, 4, 1), QDate(2026, 7, 1)})
        f.wonByQuarter[q] = 100;
    f.wonByQuarter[QDate(2026, 10, 1)] = 40;
    f.wonByQuarter[QDate(2027, 1, 1)] = 40;
    const LifecycleProposal p = proposeLifecycle(f, today);
    QCOMPARE(p.stage, stage);
    if (today == QDate(2027, 1, 10))
        QCOMPARE(p.reason,
                 QStringLiteral("Revenue of the last two quarters is 30 % below the two before"));
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
