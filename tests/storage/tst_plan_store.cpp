// SPDX-License-Identifier: GPL-3.0-or-later
// Key account plans in the store: versions and status history it writes itself, "start from
// last period's plan", the period rules, and the input it refuses without writing anything.
#include "domain/plans.h"
#include "store/row_codec.h"
#include "support/result_check.h"
#include "support/store_fixture.h"

#include <QTest>

using namespace kam;

class TestPlanStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_store.reset(); }

    void periods();
    void statusHistoryAndVersions();
    void badInputWritesNothing_data();
    void badInputWritesNothing();
    void onePlanPerAccountAndPeriod();
    void startFromLastPeriod();
    void sectionsTravelWithTheirAccount();

private:
    Plan samplePlan(const QString &period = QStringLiteral("2027")) const;
    qint64 journalSize() const { return m_store->pendingChangeCount().value(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_account;
    QDateTime m_now;
};

void TestPlanStore::init()
{
    m_store = test::openStore(m_dir, QStringLiteral("plans-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
    QVERIFY(m_store);
    m_now = QDateTime(QDate(2027, 1, 10), QTime(8, 0), Qt::UTC);
    m_store->setClock([this] { return m_now; });
    m_account = m_store->create(test::sampleAccount("华东重工集团")).value().meta.id;
}

Plan TestPlanStore::samplePlan(const QString &period) const
{
    Plan p;
    p.accountId = m_account;
    p.period = period;
    p.title = QStringLiteral("华东重工 %1 年度客户计划").arg(period);
    p.revenueBaselineMinor = 500000000;
    p.revenueTargetMinor = 650000000;
    p.marginBaseline = 24.5;
    p.marginTarget = 26;
    p.walletBaseline = 18;
    p.walletTarget = 30;
    return p;
}

void TestPlanStore::periods()
{
    QCOMPARE(planPeriodDays(QStringLiteral("2027"))->first, QDate(2027, 1, 1));
    QCOMPARE(planPeriodDays(QStringLiteral("2027"))->second, QDate(2027, 12, 31));
    QCOMPARE(planPeriodDays(QStringLiteral("2027-H1"))->second, QDate(2027, 6, 30));
    QCOMPARE(planPeriodDays(QStringLiteral("2027-H2"))->first, QDate(2027, 7, 1));
    QVERIFY(!planPeriodDays(QStringLiteral("2027-H3")));
    QVERIFY(!planPeriodDays(QStringLiteral("2027-Q1")));
    QVERIFY(!planPeriodDays(QString()));
    QCOMPARE(nextPlanPeriod(QStringLiteral("2027-H2")), QStringLiteral("2028-H1"));
    QCOMPARE(nextPlanPeriod(QStringLiteral("2027-H1")), QStringLiteral("2027-H2"));
    QCOMPARE(nextPlanPeriod(QStringLiteral("2027")), QStringLiteral("2028"));
    QCOMPARE(previousPlanPeriod(QStringLiteral("2027-H1")), QStringLiteral("2026-H2"));
    QCOMPARE(previousPlanPeriod(QStringLiteral("2027")), QStringLiteral("2026"));
    QVERIFY(nextPlanPeriod(QStringLiteral("soon")).isEmpty());
}

// Each status change is a fact in the history; editing an approved plan starts version 2 as a
// draft, and a no-op save changes nothing.
void TestPlanStore::statusHistoryAndVersions()
{
    Plan plan = m_store->create(samplePlan()).value();
    QCOMPARE(plan.version, 1);
    plan.status = PlanStatus::InReview;
    m_now = m_now.addDays(1);
    KAM_VERIFY_RESULT(m_store->update(plan));
    plan.status = PlanStatus::Approved;
    m_now = m_now.addDays(1);
    KAM_VERIFY_RESULT(m_store->update(plan));
    KAM_VERIFY_RESULT(m_store->update(plan)); // no-op
    QCOMPARE(m_store->planContent(plan.meta.id)->changes.size(), size_t(3));

    plan.version = 7; // the store counts versions, not the caller
    plan.revenueTargetMinor = 700000000;
    m_now = m_now.addDays(1);
    KAM_VERIFY_RESULT(m_store->update(plan));
    const PlanContent content = m_store->planContent(plan.meta.id).value();
    QCOMPARE(content.plan.status, PlanStatus::Draft);
    QCOMPARE(content.plan.version, 2);
    QCOMPARE(content.plan.revenueTargetMinor, qint64(700000000));
    QCOMPARE(content.changes.size(), size_t(4));
    const std::vector<PlanStatus> statuses = {PlanStatus::Draft, PlanStatus::InReview, PlanStatus::Approved,
                                              PlanStatus::Draft};
    for (size_t i = 0; i < statuses.size(); ++i)
        QCOMPARE(content.changes[i].status, statuses[i]);
    QCOMPARE(content.changes.back().version, 2);
    QCOMPARE(content.changes.back().changedAt, m_now);
    QCOMPARE(content.changes.back().changedBy, m_store->currentUserId());

    // A draft's edits stay in its version.
    plan = content.plan;
    plan.summary = QStringLiteral("二期产线是关键窗口。");
    KAM_VERIFY_RESULT(m_store->update(plan));
    QCOMPARE(m_store->get<Plan>(plan.meta.id)->version, 2);

    Plan moved = plan;
    moved.accountId = m_store->create(test::sampleAccount("其他客户")).value().meta.id;
    QCOMPARE(m_store->update(moved).error().code, ErrorCode::Invalid);
}

void TestPlanStore::badInputWritesNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty title") << "title" << "needs a title";
    QTest::newRow("no period") << "period" << "not a plan period";
    QTest::newRow("quarter as period") << "quarter" << "not a plan period";
    QTest::newRow("margin over 100") << "margin" << "between 0 and 100";
    QTest::newRow("negative revenue") << "revenue" << "cannot be negative";
    QTest::newRow("bad currency") << "currency" << "not a currency code";
    QTest::newRow("unknown account") << "account" << "account does not exist";
    QTest::newRow("action before plan start") << "early action" << "before the plan starts (2027-01-01)";
    QTest::newRow("action without title") << "action title" << "action needs a title";
    QTest::newRow("objective of another plan") << "foreign objective" << "not an objective of its plan";
    QTest::newRow("progress over 100") << "progress" << "between 0 and 100";
    QTest::newRow("risk impact 6") << "impact" << "between 1 and 5";
    QTest::newRow("competitor unnamed") << "competitor" << "Name the competitor";
    QTest::newRow("section of another account") << "section account" << "belong to the plan's account";
    QTest::newRow("section of no plan") << "no plan" << "plan does not exist";
    QTest::newRow("relationship 6") << "relationship" << "between 0 and 5";
    QTest::newRow("map place nonsense") << "map" << "not a place in the relationship map";
}

void TestPlanStore::badInputWritesNothing()
{
    QFETCH(QString, what);
    QFETCH(QString, message);
    const Plan plan = m_store->create(samplePlan()).value();
    Plan other = samplePlan(QStringLiteral("2026"));
    const Plan otherPlan = m_store->create(other).value();
    const PlanObjective foreign = [&] {
        PlanObjective o;
        o.planId = otherPlan.meta.id;
        o.accountId = m_account;
        o.title = QStringLiteral("旧目标");
        return m_store->create(o).value();
    }();
    const QString otherAccount = m_store->create(test::sampleAccount("其他客户")).value().meta.id;
    const qint64 before = journalSize();

    Result<void> r;
    const auto check = [&](auto row) {
        auto created = m_store->create(row);
        r = created ? Result<void>{} : Result<void>{created.error()};
    };
    Plan p = samplePlan(QStringLiteral("2028"));
    PlanAction action;
    action.planId = plan.meta.id;
    action.accountId = m_account;
    action.title = QStringLiteral("提交二期技术方案");
    action.dueOn = QDate(2027, 3, 1);
    if (what == u"title") {
        p.title = QStringLiteral("  ");
        check(p);
    } else if (what == u"period") {
        p.period.clear();
        check(p);
    } else if (what == u"quarter") {
        p.period = QStringLiteral("2027-Q1");
        check(p);
    } else if (what == u"margin") {
        p.marginTarget = 120;
        check(p);
    } else if (what == u"revenue") {
        p.revenueTargetMinor = -1;
        check(p);
    } else if (what == u"currency") {
        p.currency = QStringLiteral("rmb");
        check(p);
    } else if (what == u"account") {
        p.accountId = QStringLiteral("00000000-0000-0000-0000-000000000000");
        check(p);
    } else if (what == u"early action") {
        action.dueOn = QDate(2026, 12, 31);
        check(action);
    } else if (what == u"action title") {
        action.title.clear();
        check(action);
    } else if (what == u"foreign objective") {
        action.objectiveId = foreign.meta.id;
        check(action);
    } else if (what == u"progress") {
        PlanObjective o;
        o.planId = plan.meta.id;
        o.accountId = m_account;
        o.title = QStringLiteral("提升份额");
        o.progress = 101;
        check(o);
    } else if (what == u"impact") {
        PlanRisk risk;
        risk.planId = plan.meta.id;
        risk.accountId = m_account;
        risk.title = QStringLiteral("二期推迟");
        risk.impact = 6;
        check(risk);
    } else if (what == u"competitor") {
        WhitespaceCell c;
        c.planId = plan.meta.id;
        c.accountId = m_account;
        c.productLine = QStringLiteral("润滑油");
        c.segment = QStringLiteral("采购部");
        c.state = Whitespace::Competitor;
        check(c);
    } else if (what == u"section account") {
        action.accountId = otherAccount;
        check(action);
    } else if (what == u"no plan") {
        action.planId = QStringLiteral("00000000-0000-0000-0000-000000000000");
        check(action);
    } else if (what == u"relationship" || what == u"map") {
        Contact c;
        c.accountId = m_account;
        c.name = QStringLiteral("王伟");
        if (what == u"relationship")
            c.relationship = 6;
        else
            c.mapPosition = QStringLiteral("left of the boss");
        check(c);
    }
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    QCOMPARE(journalSize(), before);
}

void TestPlanStore::onePlanPerAccountAndPeriod()
{
    const Plan first = m_store->create(samplePlan()).value();
    Result<Plan> twin = m_store->create(samplePlan());
    QCOMPARE(twin.error().code, ErrorCode::Duplicate);
    QVERIFY(twin.error().message.contains(first.title));
    KAM_VERIFY_RESULT(m_store->create(samplePlan(QStringLiteral("2027-H1")))); // another period
    KAM_VERIFY_RESULT(m_store->remove<Plan>(first.meta.id));
    KAM_VERIFY_RESULT(m_store->create(samplePlan())); // the removed one no longer counts
    QCOMPARE(m_store->restore<Plan>(first.meta.id).error().code, ErrorCode::Duplicate);
    QCOMPARE(m_store->plans({m_account})->size(), size_t(2));
}

// The next period starts from this one: baselines from last period's targets and won deals,
// objectives reset, only unfinished actions, undated when they were due before it.
void TestPlanStore::startFromLastPeriod()
{
    const Plan plan = m_store->create(samplePlan(QStringLiteral("2026"))).value();
    const auto add = [&](auto row) {
        row.planId = plan.meta.id;
        row.accountId = m_account;
        return m_store->create(row).value();
    };
    PlanObjective objective;
    objective.title = QStringLiteral("提升润滑油份额");
    objective.baseline = QStringLiteral("18%");
    objective.target = QStringLiteral("30%");
    objective.progress = 60;
    objective = add(objective);
    const auto action = [&](const char *title, ActionStatus status, QDate due) {
        PlanAction a;
        a.title = QString::fromUtf8(title);
        a.status = status;
        a.dueOn = due;
        a.objectiveId = objective.meta.id;
        return add(a);
    };
    action("已完成的行动", ActionStatus::Done, QDate(2026, 3, 1));
    action("已取消的行动", ActionStatus::Cancelled, QDate(2026, 4, 1));
    action("逾期未完成", ActionStatus::InProgress, QDate(2026, 11, 1));
    WhitespaceCell cell;
    cell.productLine = QStringLiteral("润滑油");
    cell.segment = QStringLiteral("采购部");
    cell.state = Whitespace::Competitor;
    cell.competitor = QStringLiteral("美孚");
    add(cell);
    // Won in 2026 in the plan's currency, at a branch: counted; 2025 or USD: not.
    Account branch = test::sampleAccount("华东重工集团苏州分公司");
    branch.parentId = m_account;
    const QString branchId = m_store->create(branch).value().meta.id;
    const auto won = [&](const QString &account, qint64 amount, const QString &currency, QDate closed) {
        Opportunity o;
        o.accountId = account;
        o.title = QStringLiteral("框架协议");
        o.amountMinor = amount;
        o.currency = currency;
        o.stageId = m_store->stages()->front().meta.id;
        o.status = DealStatus::Won;
        o.closedOn = closed;
        m_now = QDateTime(closed.addDays(-30), QTime(9, 0), Qt::UTC);
        KAM_VERIFY_RESULT(m_store->create(o));
    };
    won(m_account, 300000000, QStringLiteral("CNY"), QDate(2026, 5, 1));
    won(branchId, 120000000, QStringLiteral("CNY"), QDate(2026, 12, 30));
    won(m_account, 999, QStringLiteral("CNY"), QDate(2025, 12, 30));
    won(m_account, 777, QStringLiteral("USD"), QDate(2026, 6, 30));
    m_now = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);

    const Plan next = m_store->startPlanFrom(plan.meta.id, QStringLiteral("2027")).value();
    const PlanContent content = m_store->planContent(next.meta.id).value();
    QCOMPARE(content.plan.period, QStringLiteral("2027"));
    QCOMPARE(content.plan.title, QStringLiteral("华东重工 2027 年度客户计划"));
    QCOMPARE(content.plan.status, PlanStatus::Draft);
    QCOMPARE(content.plan.previousPlanId, plan.meta.id);
    QCOMPARE(content.plan.revenueBaselineMinor, qint64(420000000));
    QCOMPARE(content.plan.revenueTargetMinor, plan.revenueTargetMinor);
    QCOMPARE(content.plan.marginBaseline, plan.marginTarget);
    QCOMPARE(content.plan.walletBaseline, plan.walletTarget);
    QCOMPARE(content.objectives.size(), size_t(1));
    QCOMPARE(content.objectives[0].progress, 0);
    QCOMPARE(content.objectives[0].baseline, QStringLiteral("30%"));
    QCOMPARE(content.actions.size(), size_t(1));
    QCOMPARE(content.actions[0].title, QStringLiteral("逾期未完成"));
    QVERIFY(!content.actions[0].dueOn.isValid());
    QCOMPARE(content.actions[0].objectiveId, content.objectives[0].meta.id);
    QCOMPARE(content.whitespace.size(), size_t(1));
    QCOMPARE(content.whitespace[0].competitor, QStringLiteral("美孚"));
    QCOMPARE(content.changes.size(), size_t(1));
    // The old plan is untouched, and a second start for the same period is refused whole.
    QCOMPARE(m_store->planContent(plan.meta.id)->actions.size(), size_t(3));
    const qint64 before = journalSize();
    QCOMPARE(m_store->startPlanFrom(plan.meta.id, QStringLiteral("2027")).error().code, ErrorCode::Duplicate);
    QCOMPARE(journalSize(), before);
}

// Every plan row is scoped to its account, so it reaches exactly who sees the account.
void TestPlanStore::sectionsTravelWithTheirAccount()
{
    forEachSyncedTable([](const auto &spec) {
        if (spec.table.startsWith(u"plan") || spec.table == u"whitespace_cells")
            QCOMPARE(spec.scopeColumn, QStringLiteral("account_id"));
    });
    const Plan plan = m_store->create(samplePlan()).value();
    PlanRisk risk;
    risk.planId = plan.meta.id;
    risk.accountId = m_account;
    risk.title = QStringLiteral("采购总监岗位调整");
    risk.likelihood = 4;
    risk.impact = 5;
    QCOMPARE(m_store->create(risk)->exposure(), 20);
    QSet<QString> tables;
    for (const JournalEntry &e : m_store->journal().value())
        tables.insert(e.table);
    QVERIFY(tables.contains(QStringLiteral("plans")));
    QVERIFY(tables.contains(QStringLiteral("plan_changes")));
    QVERIFY(tables.contains(QStringLiteral("plan_risks")));
    // Removing the plan hides it; its sections stay for undo.
    KAM_VERIFY_RESULT(m_store->remove<Plan>(plan.meta.id));
    QVERIFY(m_store->plans()->empty());
    KAM_VERIFY_RESULT(m_store->restore<Plan>(plan.meta.id));
    QCOMPARE(m_store->planContent(plan.meta.id)->risks.size(), size_t(1));
}

QTEST_GUILESS_MAIN(TestPlanStore)
#include "tst_plan_store.moc"
