// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the plan PDF test and benchmark: a group account with a branch, contacts, deals and
// a plan with every section, written through the store.

#include "domain/stages.h"
#include "store_fixture.h"

namespace kam::test {

struct PlanFixture
{
    QString planId;
    QString accountName;       ///< the group's short name
    QStringList actionTitles;  ///< in plan order
};

template<typename T>
QString createdId(Store &store, T row)
{
    Result<T> r = store.create(std::move(row));
    if (!r) {
        qWarning("%s", qPrintable(r.error().message));
        return {};
    }
    return r->meta.id;
}

/// A plan for `period` of a new group `name`: 2 objectives, `actions` actions (titles mixing
/// Chinese and Latin, with ideographs such as 一 长 门 人 that share a glyph with a radical),
/// `summary` as the situation (a default one when empty), 3 risks, a 2 × 3 whitespace grid,
/// six contacts, won deals over the last year and open deals.
inline PlanFixture createPlanFixture(Store &store, const QString &name, int actions, const QString &summary = {},
                                     const QString &period = QString::number(QDate::currentDate().year()))
{
    PlanFixture f;
    f.accountName = name;
    Account group = sampleAccount(name + QStringLiteral("集团有限公司"));
    group.shortName = name;
    const QString owner = createdId(store, User{{}, QStringLiteral("李伟 Li Wei"), {}});
    group.ownerId = owner;
    const QString groupId = createdId(store, group);
    Account branch = sampleAccount(name + QStringLiteral("华南分公司"));
    branch.parentId = groupId;
    const QString branchId = createdId(store, branch);

    const auto contact = [&](const QString &person, const QString &title, BuyingRole role, Stance stance,
                             const QString &boss) {
        Contact c;
        c.accountId = groupId;
        c.name = person;
        c.title = title;
        c.buyingRole = role;
        c.stance = stance;
        c.influence = boss.isEmpty() ? 5 : 3;
        c.relationship = 3;
        c.reportsToId = boss;
        return createdId(store, c);
    };
    const QString ceo = contact(QStringLiteral("王建国"), QStringLiteral("总经理"), BuyingRole::DecisionMaker,
                                Stance::Supporter, {});
    const QString buyer = contact(QStringLiteral("陈静"), QStringLiteral("采购总监"), BuyingRole::Gatekeeper,
                                  Stance::Neutral, ceo);
    contact(QStringLiteral("Zhang Min"), QStringLiteral("Maintenance manager"), BuyingRole::User, Stance::Champion, ceo);
    contact(QStringLiteral("刘洋"), QStringLiteral("设备部经理"), BuyingRole::TechnicalBuyer, Stance::Blocker, ceo);
    contact(QStringLiteral("赵磊"), QStringLiteral("采购专员"), BuyingRole::Influencer, Stance::Unknown, buyer);

    const std::vector<Stage> stages = builtInStages();
    const QDate today = QDate::currentDate();
    // The deals were made a year ago, so they can have closed since.
    const auto clock = store.clock();
    store.setClock([clock] { return clock().addYears(-1); });
    for (int i = 0; i < 6; ++i) {
        Opportunity d;
        d.accountId = i % 2 ? branchId : groupId;
        d.title = QStringLiteral("液压件订单 %1").arg(i);
        d.amountMinor = qint64(80 + 30 * i) * 1'000'000;
        d.stageId = stages[size_t(i % 4)].meta.id;
        d.probability = 40;
        d.expectedClose = today.addDays(30 + i);
        const QString id = createdId(store, d);
        if (i < 4) { // four of them won over the last year
            Opportunity won = *store.get<Opportunity>(id);
            won.status = DealStatus::Won;
            won.closedOn = today.addMonths(-3 * i);
            if (Result<void> r = store.update(won); !r)
                qWarning("%s", qPrintable(r.error().message));
        }
    }
    store.setClock(clock);

    Plan p;
    p.accountId = groupId;
    p.period = period;
    p.title = QStringLiteral("%1 %2 年度客户计划 Key Account Plan").arg(name, period);
    p.ownerId = owner;
    p.summary = summary.isEmpty() ? QStringLiteral("客户为区域龙头企业，产能利用率稳定在 85% 以上。我司在液压件份额领先，"
                                                   "润滑油主要由竞品供应。\nThe second line of the new plant starts "
                                                   "buying in the second half: the window to grow our share.")
                                  : summary;
    p.strengths = QStringLiteral("液压件技术方案获设备部认可\n现场服务响应 4 小时内");
    p.weaknesses = QStringLiteral("润滑油价格高于竞品约 5%");
    p.opportunities = QStringLiteral("二期产线液压系统配套");
    p.threats = QStringLiteral("竞品低价争夺润滑油份额");
    p.revenueBaselineMinor = 1'200'000'000;
    p.revenueTargetMinor = 1'500'000'000;
    p.marginBaseline = 24;
    p.marginTarget = 26.5;
    p.walletBaseline = 18;
    p.walletTarget = 30;
    f.planId = createdId(store, p);
    const auto section = [&](auto row) {
        row.planId = f.planId;
        row.accountId = groupId;
        return createdId(store, row);
    };
    PlanObjective o1;
    o1.title = QStringLiteral("提升润滑油钱包份额");
    o1.measure = QStringLiteral("润滑油采购额中我司占比");
    o1.baseline = QStringLiteral("18%");
    o1.target = QStringLiteral("30%");
    o1.progress = 40;
    PlanObjective o2 = o1;
    o2.position = 1;
    o2.title = QStringLiteral("Win the line-2 hydraulics package");
    o2.measure = QStringLiteral("Awarded value");
    o2.progress = 70;
    const QStringList objectives{section(o1), section(o2)};
    const QDate start = planPeriodDays(period)->first;
    for (int i = 0; i < actions; ++i) {
        PlanAction a;
        a.position = i;
        a.title = i % 2 ? QStringLiteral("一次性完成长期门店人员培训，第 %1 项").arg(i + 1)
                        : QStringLiteral("Action %1: visit the plant and agree the trial").arg(i + 1);
        a.objectiveId = objectives[i % 2];
        a.ownerId = owner;
        a.dueOn = start.addDays(i % 360);
        a.status = ActionStatus(i % 4);
        section(a);
        f.actionTitles << a.title;
    }
    for (int i = 0; i < 3; ++i) {
        PlanRisk r;
        r.title = QStringLiteral("风险 %1：竞品以低价切入润滑油").arg(i + 1);
        r.mitigation = QStringLiteral("以换油周期延长测算总成本，锁定年度价格");
        r.likelihood = 2 + i;
        r.impact = 3 + i % 2;
        section(r);
    }
    const QStringList lines{QStringLiteral("液压件"), QStringLiteral("润滑油"), QStringLiteral("Condition monitoring")};
    for (const QString &segment : {groupId, branchId})
        for (int i = 0; i < int(lines.size()); ++i) {
            WhitespaceCell c;
            c.segment = segment;
            c.productLine = lines[i];
            c.state = Whitespace(i % 3);
            if (c.state == Whitespace::Competitor)
                c.competitor = QStringLiteral("壳牌 Shell");
            c.valueMinor = qint64(50 + i) * 1'000'000;
            section(c);
        }
    return f;
}

/// A closed store file in `dir` with a fixture plan of `actions` actions per name in `names`;
/// the ids of the plans, empty when the store could not be made.
inline QStringList createPlanStore(const QTemporaryDir &dir, const QStringList &names, int actions)
{
    std::unique_ptr<Store> store = openStore(dir);
    QStringList ids;
    if (store)
        for (const QString &name : names)
            ids << createPlanFixture(*store, name, actions).planId;
    return ids;
}

} // namespace kam::test
