// SPDX-License-Identifier: GPL-3.0-or-later
// The portfolio's satisfaction figures over hand-built accounts and responses: NPS by tier,
// industry and region, the answer distribution and the lifecycle distribution. NPS is the share
// of promoters (9–10) minus the share of detractors (0–6) among those who answered, as defined
// by F. F. Reichheld, "The One Number You Need to Grow", Harvard Business Review, Dec. 2003;
// every expected figure below is worked out from that definition in the comments.

#include "analytics/portfolio_health.h"

#include <QTest>

using namespace kam;
using namespace kam::analytics;

namespace {

Account account(const QString &id, Tier tier, const QString &industry, const QString &region,
                Lifecycle stage)
{
    Account a;
    a.meta.id = id;
    a.legalName = id;
    a.tier = tier;
    a.industry = industry;
    a.region = region;
    a.lifecycle = stage;
    return a;
}

SatisfactionResponse response(const QString &accountId, const QDate &day, int recommend)
{
    SatisfactionResponse r;
    r.meta.id = accountId + day.toString(Qt::ISODate) + QString::number(recommend);
    r.accountId = accountId;
    r.respondedOn = day;
    r.recommend = recommend;
    return r;
}

const DatePeriod kFirstHalf { QDate(2026, 1, 1), QDate(2026, 6, 30) };

/// A1 core steel east (mature), A2 core power with no region (developing), A3 key with no
/// industry, east (mature), A4 a branch of A1: ordinary steel north (declining), A5 deleted,
/// A6 potential with a blank industry and no region (prospect) and no responses.
std::vector<Account> accounts()
{
    std::vector<Account> out;
    out.push_back(account("A1", Tier::Core, "Steel", "East", Lifecycle::Mature));
    out.push_back(account("A2", Tier::Core, "Power", "", Lifecycle::Developing));
    out.push_back(account("A3", Tier::Key, "", "East", Lifecycle::Mature));
    Account branch = account("A4", Tier::Ordinary, "Steel", "North", Lifecycle::Declining);
    branch.parentId = "A1";
    out.push_back(branch);
    Account gone = account("A5", Tier::Core, "Steel", "East", Lifecycle::Lost);
    gone.meta.deletedAt = QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC);
    out.push_back(gone);
    out.push_back(account("A6", Tier::Potential, "  ", "", Lifecycle::Prospect));
    return out;
}

/// In the first half of 2026: A1 10 (on the first day), 9, 7, 3 (on the last day) and one
/// unanswered; A2 2 and 6; A3 8; A4 9. Outside it: A1 0 the day before and 0 the day after.
/// Never counted: a deleted response, one of the deleted account, one of an unknown account.
std::vector<SatisfactionResponse> responses()
{
    std::vector<SatisfactionResponse> out;
    out.push_back(response("A1", QDate(2026, 1, 1), 10));
    out.push_back(response("A1", QDate(2026, 3, 10), 9));
    out.push_back(response("A1", QDate(2026, 4, 1), 7));
    out.push_back(response("A1", QDate(2026, 6, 30), 3));
    out.push_back(response("A1", QDate(2026, 5, 5), -1));
    out.push_back(response("A1", QDate(2025, 12, 31), 0));
    out.push_back(response("A1", QDate(2026, 7, 1), 0));
    out.push_back(response("A2", QDate(2026, 2, 2), 2));
    out.push_back(response("A2", QDate(2026, 2, 3), 6));
    out.push_back(response("A3", QDate(2026, 3, 3), 8));
    out.push_back(response("A4", QDate(2026, 4, 4), 9));
    SatisfactionResponse deleted = response("A1", QDate(2026, 3, 1), 0);
    deleted.meta.deletedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    out.push_back(deleted);
    out.push_back(response("A5", QDate(2026, 3, 3), 0));
    out.push_back(response("nobody", QDate(2026, 3, 3), 0));
    return out;
}

struct Expected
{
    QString key;
    int accounts, responses, answered, promoters, passives, detractors;
    std::optional<double> nps;
};

void checkGroup(const NpsGroup &g, const Expected &e)
{
    QCOMPARE(g.key, e.key);
    QCOMPARE(g.accounts, e.accounts);
    QCOMPARE(g.nps.responses, e.responses);
    QCOMPARE(g.nps.answered, e.answered);
    QCOMPARE(g.nps.promoters, e.promoters);
    QCOMPARE(g.nps.passives, e.passives);
    QCOMPARE(g.nps.detractors, e.detractors);
    QCOMPARE(g.nps.nps().has_value(), e.nps.has_value());
    if (e.nps)
        QVERIFY2(qAbs(*g.nps.nps() - *e.nps) < 1e-9,
                 qPrintable(QStringLiteral("%1: NPS %2, expected %3")
                                .arg(g.key)
                                .arg(*g.nps.nps())
                                .arg(*e.nps)));
}

} // namespace

class TestPortfolioHealth : public QObject
{
    Q_OBJECT

private slots:
    void byTier();
    void byIndustryWithNotSetLast();
    void byRegion();
    void periodIsInclusiveAtBothEnds();
    void openPeriods();
    void answerDistribution();
    void lifecycleCounts();
    void nothingAtAll();
};

// Given the portfolio, when broken down by tier over the first half of 2026, then:
// core (A1, A2): 7 responses, 6 answered, P 2 (10, 9), Pa 1 (7), D 3 (3, 2, 6):
//   (2 − 3) / 6 = −16.67; key (A3): one passive, NPS 0; ordinary (the branch A4 under its own
//   tier, not its group's): one promoter, 100; potential (A6): an account without responses,
//   no NPS. Total: 9 responses, 8 answered, P 3, Pa 2, D 3: (3 − 3) / 8 = 0, a real zero.
void TestPortfolioHealth::byTier()
{
    const std::vector<Account> a = accounts();
    const std::vector<SatisfactionResponse> r = responses();
    const NpsBreakdown b = npsBreakdown(a, r, HealthDimension::Tier, kFirstHalf);
    QCOMPARE(b.groups.size(), size_t(4));
    checkGroup(b.groups[0], { "core", 2, 7, 6, 2, 1, 3, -100.0 / 6 });
    QCOMPARE(b.groups[0].tier, Tier::Core);
    checkGroup(b.groups[1], { "key", 1, 1, 1, 0, 1, 0, 0.0 });
    checkGroup(b.groups[2], { "ordinary", 1, 1, 1, 1, 0, 0, 100.0 });
    checkGroup(b.groups[3], { "potential", 1, 0, 0, 0, 0, 0, std::nullopt });
    checkGroup(b.total, { "", 5, 9, 8, 3, 2, 3, 0.0 });
}

// Given the industries, then Power (A2: D 2 → −100) and Steel (A1 and its branch A4: 6
// responses, 5 answered, P 3, Pa 1, D 1 → 40) come alphabetically, and A3's empty and A6's
// blank industry make one "not set" group at the end (A3's passive → 0).
void TestPortfolioHealth::byIndustryWithNotSetLast()
{
    const std::vector<Account> a = accounts();
    const std::vector<SatisfactionResponse> r = responses();
    const NpsBreakdown b = npsBreakdown(a, r, HealthDimension::Industry, kFirstHalf);
    QCOMPARE(b.groups.size(), size_t(3));
    checkGroup(b.groups[0], { "Power", 1, 2, 2, 0, 0, 2, -100.0 });
    checkGroup(b.groups[1], { "Steel", 2, 6, 5, 3, 1, 1, 40.0 });
    checkGroup(b.groups[2], { "", 2, 1, 1, 0, 1, 0, 0.0 });
    QVERIFY(b.groups[2].isNotSet());
    checkGroup(b.total, { "", 5, 9, 8, 3, 2, 3, 0.0 });
}

// East (A1, A3): P 2, Pa 2, D 1 of 5 answered → 20; North (A4) → 100; not set (A2, A6) → −100.
void TestPortfolioHealth::byRegion()
{
    const std::vector<Account> a = accounts();
    const std::vector<SatisfactionResponse> r = responses();
    const NpsBreakdown b = npsBreakdown(a, r, HealthDimension::Region, kFirstHalf);
    QCOMPARE(b.groups.size(), size_t(3));
    checkGroup(b.groups[0], { "East", 2, 6, 5, 2, 2, 1, 20.0 });
    checkGroup(b.groups[1], { "North", 1, 1, 1, 1, 0, 0, 100.0 });
    checkGroup(b.groups[2], { "", 2, 2, 2, 0, 0, 2, -100.0 });
}

// A period of one day counts the responses of that day: the first and the last day of the
// half year each hold one of A1's answers.
void TestPortfolioHealth::periodIsInclusiveAtBothEnds()
{
    const std::vector<Account> a = accounts();
    const std::vector<SatisfactionResponse> r = responses();
    const DatePeriod first { QDate(2026, 1, 1), QDate(2026, 1, 1) };
    checkGroup(npsBreakdown(a, r, HealthDimension::Tier, first).total,
               { "", 5, 1, 1, 1, 0, 0, 100.0 });
    const DatePeriod last { QDate(2026, 6, 30), QDate(2026, 6, 30) };
    checkGroup(npsBreakdown(a, r, HealthDimension::Tier, last).total,
               { "", 5, 1, 1, 0, 0, 1, -100.0 });
    QVERIFY(kFirstHalf.contains(QDate(2026, 1, 1)));
    QVERIFY(kFirstHalf.contains(QDate(2026, 6, 30)));
    QVERIFY(!kFirstHalf.contains(QDate(2025, 12, 31)));
    QVERIFY(!kFirstHalf.contains(QDate(2026, 7, 1)));
    QVERIFY(!kFirstHalf.contains(QDate()));
}

// Without ends every response counts (the two zeros outside the half year too: D 5 of 10
// answered, P 3 → −20); with only a start, those from that day on.
void TestPortfolioHealth::openPeriods()
{
    const std::vector<Account> a = accounts();
    const std::vector<SatisfactionResponse> r = responses();
    checkGroup(npsBreakdown(a, r, HealthDimension::Tier, {}).total,
               { "", 5, 11, 10, 3, 2, 5, -20.0 });
    const DatePeriod fromJuly { QDate(2026, 7, 1), {} };
    checkGroup(npsBreakdown(a, r, HealthDimension::Tier, fromJuly).total,
               { "", 5, 1, 1, 0, 0, 1, -100.0 });
    const DatePeriod untilNewYear { {}, QDate(2025, 12, 31) };
    checkGroup(npsBreakdown(a, r, HealthDimension::Tier, untilNewYear).total,
               { "", 5, 1, 1, 0, 0, 1, -100.0 });
}

// The half year's answers one per score (10, 9 twice, 8, 7, 6, 3, 2) and the unanswered one
// counted apart, never as a zero.
void TestPortfolioHealth::answerDistribution()
{
    const std::vector<Account> a = accounts();
    const std::vector<SatisfactionResponse> r = responses();
    const AnswerDistribution d = analytics::answerDistribution(a, r, kFirstHalf);
    const std::array<int, 11> expected { 0, 0, 1, 1, 0, 0, 1, 1, 1, 2, 1 };
    for (int score = 0; score <= 10; ++score)
        QCOMPARE(d.counts[size_t(score)], expected[size_t(score)]);
    QCOMPARE(d.unanswered, 1);
    QCOMPARE(d.answered(), 8);
    QCOMPARE(d.responses(), 9);

    const AnswerDistribution all = analytics::answerDistribution(a, r, {});
    QCOMPARE(all.counts[0], 2);
    QCOMPARE(all.answered(), 10);
}

// Live accounts by stage: prospect A6, developing A2, mature A1 and A3, declining A4; the
// deleted A5 (lost) is not counted.
void TestPortfolioHealth::lifecycleCounts()
{
    const std::vector<Account> a = accounts();
    const LifecycleDistribution l = lifecycleDistribution(a);
    QCOMPARE(l.total, 5);
    QCOMPARE(l.count(Lifecycle::Prospect), 1);
    QCOMPARE(l.count(Lifecycle::Developing), 1);
    QCOMPARE(l.count(Lifecycle::Mature), 2);
    QCOMPARE(l.count(Lifecycle::Declining), 1);
    QCOMPARE(l.count(Lifecycle::Lost), 0);
    QCOMPARE(l.count(Tier::Core, Lifecycle::Mature), 1);
    QCOMPARE(l.count(Tier::Core, Lifecycle::Developing), 1);
    QCOMPARE(l.count(Tier::Core, Lifecycle::Lost), 0);
    QCOMPARE(l.count(Tier::Key, Lifecycle::Mature), 1);
    QCOMPARE(l.count(Tier::Ordinary, Lifecycle::Declining), 1);
    QCOMPARE(l.count(Tier::Potential, Lifecycle::Prospect), 1);
}

// No accounts: no groups, a total without NPS, nothing distributed.
void TestPortfolioHealth::nothingAtAll()
{
    const NpsBreakdown b = npsBreakdown({}, {}, HealthDimension::Industry, kFirstHalf);
    QVERIFY(b.groups.empty());
    checkGroup(b.total, { "", 0, 0, 0, 0, 0, 0, std::nullopt });
    QCOMPARE(analytics::answerDistribution({}, {}, {}).responses(), 0);
    QCOMPARE(lifecycleDistribution({}).total, 0);
}

QTEST_GUILESS_MAIN(TestPortfolioHealth)
#include "tst_portfolio_health.moc"
