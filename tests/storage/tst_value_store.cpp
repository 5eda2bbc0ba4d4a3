// SPDX-License-Identifier: GPL-3.0-or-later
// Value models, tier history, cost entries and campaigns in the store: what it refuses without
// writing anything, the tier history it keeps (with undo and redo of a decision), and the facts
// it gathers for the value model, profitability and campaign return.
#include "store/value_facts.h"
#include "support/deal_fixture.h"
#include "support/health_fixture.h"
#include "support/result_check.h"
#include "support/store_fixture.h"

#include <QTest>

using namespace kam;
using namespace kam::analytics;

class TestValueStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_store.reset(); }

    void refusalsWriteNothing_data();
    void refusalsWriteNothing();
    void activeValueModel();
    void tierHistory();
    void tierDecisionUndo();
    void valueFactsOfAnAccount();
    void valueFactsOfSomeAccounts();
    void profitFacts();
    void campaignFacts();

private:
    qint64 journalSize() const { return m_store->pendingChangeCount().value(); }
    /// A deal won (or with `status`) on `closedOn`, made well before.
    QString deal(const QString &account, qint64 amount, const QDate &closedOn, DealStatus status = DealStatus::Won,
                 const QString &currency = QStringLiteral("CNY"), const QString &source = {});
    void cost(const QString &account, CostKind kind, qint64 amount, const QDate &day,
              const QString &currency = QStringLiteral("CNY"));
    /// The value facts' account A: its deals, costs, plans, contacts and answers (see the test).
    void buildAccountA();

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_a; ///< CNY, every criterion known
    QString m_b; ///< CNY, nothing known
    QString m_contactOfA;
};

namespace {
const QDate kToday = test::kHealthToday; // 2026-11-20, in 2026 Q4
}

void TestValueStore::init()
{
    m_store = test::openStore(m_dir, QStringLiteral("value-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
    QVERIFY(m_store);
    test::setStoreDay(*m_store, QDate(2024, 1, 2));
    Account a = test::sampleAccount(QStringLiteral("华东重工集团"), 1);
    a.strategicFit = 4;
    a.paymentOverdueDays = 12;
    m_a = m_store->create(a).value().meta.id;
    m_b = m_store->create(test::sampleAccount(QStringLiteral("北方能源"), 2)).value().meta.id;
    Contact c;
    c.accountId = m_a;
    c.name = QStringLiteral("张伟");
    c.influence = 5;
    c.relationship = 4;
    m_contactOfA = m_store->create(c).value().meta.id;
    test::setStoreDay(*m_store, kToday);
}

QString TestValueStore::deal(const QString &account, qint64 amount, const QDate &closedOn, DealStatus status,
                             const QString &currency, const QString &source)
{
    test::setStoreDay(*m_store, QDate(2024, 1, 2));
    Opportunity o = test::sampleDeal(account, QStringLiteral("negotiation"), QStringLiteral("液压站改造"), amount,
                                     closedOn);
    o.currency = currency;
    o.sourceCampaign = source;
    const QString id = test::created(*m_store, o).meta.id;
    o = m_store->get<Opportunity>(id).value();
    if (status != DealStatus::Open) {
        o.status = status;
        o.closedOn = closedOn;
        test::setStoreDay(*m_store, closedOn);
        if (Result<void> r = m_store->update(o); !r)
            qWarning("%s", qPrintable(r.error().message));
    }
    test::setStoreDay(*m_store, kToday);
    return id;
}

void TestValueStore::cost(const QString &account, CostKind kind, qint64 amount, const QDate &day,
                          const QString &currency)
{
    CostEntry e;
    e.accountId = account;
    e.kind = kind;
    e.amountMinor = amount;
    e.incurredOn = day;
    e.currency = currency;
    QVERIFY(!test::created(*m_store, e).meta.id.isEmpty());
}

void TestValueStore::refusalsWriteNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("message");
    QTest::newRow("tier: unknown proposal") << "tierProposed" << "tier_changes" << "“gold”";
    QTest::newRow("tier: score 120") << "tierScore" << "tier_changes" << "120";
    QTest::newRow("cost: no day") << "costDay" << "cost_entries" << "day";
    QTest::newRow("cost: negative") << "costNegative" << "cost_entries" << "negative";
    QTest::newRow("cost: unknown account") << "costAccount" << "cost_entries" << "account";
    QTest::newRow("cost: currency") << "costCurrency" << "cost_entries" << "“RMB1”";
    QTest::newRow("campaign: no name") << "campaignName" << "campaigns" << "name";
    QTest::newRow("campaign: ends first") << "campaignDates" << "campaigns" << "2026-03-01";
    QTest::newRow("campaign: negative cost") << "campaignCost" << "campaigns" << "negative";
    QTest::newRow("member: unknown campaign") << "memberCampaign" << "campaign_members" << "campaign does not exist";
    QTest::newRow("member: unknown account") << "memberAccount" << "campaign_members" << "account does not exist";
    QTest::newRow("member: other account's contact") << "memberContact" << "campaign_members" << "not a contact";
    QTest::newRow("member: responds tomorrow") << "memberTomorrow" << "campaign_members" << "2026-11-21";
    QTest::newRow("member: twice") << "memberTwice" << "campaign_members" << "already";
    QTest::newRow("account: fit 6") << "fit" << "accounts" << "not 6";
    QTest::newRow("model: no name") << "modelName" << "value_models" << "name";
    QTest::newRow("model: bad definition") << "modelDefinition" << "value_models" << "“增长模型”";
}

// Given a row the store must refuse, then the message names what is wrong, and neither the
// table nor the journal gains anything.
void TestValueStore::refusalsWriteNothing()
{
    QFETCH(QString, what);
    QFETCH(QString, table);
    QFETCH(QString, message);
    Campaign campaign;
    campaign.name = QStringLiteral("2026 工业装备展");
    campaign.startsOn = QDate(2026, 3, 10);
    campaign.endsOn = QDate(2026, 3, 13);
    campaign.costMinor = 38000000;
    const QString campaignId = test::created(*m_store, campaign).meta.id;
    CampaignMember member;
    member.campaignId = campaignId;
    member.accountId = m_a;
    member.contactId = m_contactOfA;
    KAM_VERIFY_RESULT(m_store->create(member));

    TierChange tier;
    tier.accountId = m_a;
    tier.toTier = Tier::Core;
    tier.changedAt = m_store->now();
    CostEntry entry;
    entry.accountId = m_a;
    entry.incurredOn = QDate(2026, 10, 1);
    entry.amountMinor = 100;
    ValueModel model;
    model.name = QStringLiteral("增长模型");
    model.definition = ValueModelDefinition::defaults().toJson();

    const qint64 rowsBefore = m_store->count(table).value();
    const qint64 before = journalSize();
    Result<void> r;
    const auto attempt = [&](auto row) {
        auto written = m_store->create(row);
        r = written ? Result<void>{} : Result<void>{written.error()};
    };
    if (what == u"tierProposed") {
        tier.proposed = QStringLiteral("gold");
        attempt(tier);
    } else if (what == u"tierScore") {
        tier.score = 120;
        attempt(tier);
    } else if (what == u"costDay") {
        entry.incurredOn = {};
        attempt(entry);
    } else if (what == u"costNegative") {
        entry.amountMinor = -100;
        attempt(entry);
    } else if (what == u"costAccount") {
        entry.accountId = QStringLiteral("6f1c2a80-0000-4000-8000-000000000001");
        attempt(entry);
    } else if (what == u"costCurrency") {
        entry.currency = QStringLiteral("RMB1");
        attempt(entry);
    } else if (what == u"campaignName") {
        campaign.name = QStringLiteral("  ");
        attempt(campaign);
    } else if (what == u"campaignDates") {
        campaign.endsOn = QDate(2026, 3, 1);
        attempt(campaign);
    } else if (what == u"campaignCost") {
        campaign.costMinor = -1;
        attempt(campaign);
    } else if (what == u"memberCampaign") {
        member.campaignId = QStringLiteral("6f1c2a80-0000-4000-8000-000000000002");
        attempt(member);
    } else if (what == u"memberAccount") {
        member.accountId = QStringLiteral("6f1c2a80-0000-4000-8000-000000000003");
        member.contactId.clear();
        attempt(member);
    } else if (what == u"memberContact") {
        member.accountId = m_b; // m_contactOfA works at A
        attempt(member);
    } else if (what == u"memberTomorrow") {
        member.contactId.clear();
        member.respondedOn = kToday.addDays(1);
        attempt(member);
    } else if (what == u"memberTwice") {
        attempt(member);
    } else if (what == u"fit") {
        Account a = m_store->get<Account>(m_a).value();
        a.strategicFit = 6;
        r = m_store->update(a);
        QCOMPARE(m_store->get<Account>(m_a)->strategicFit, 4);
    } else if (what == u"modelName") {
        model.name.clear();
        attempt(model);
    } else if (what == u"modelDefinition") {
        model.definition = QStringLiteral("{\"method\":\"astrology\"}");
        attempt(model);
    }
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    QCOMPARE(journalSize(), before);
    QCOMPARE(m_store->count(table).value(), rowsBefore);
}

// The active model: the built-in default while none is stored, the first stored by name, the
// one chosen, and the first again once the chosen one is deleted.
void TestValueStore::activeValueModel()
{
    ValueModel active = m_store->activeValueModel().value();
    QVERIFY(active.meta.id.isEmpty());
    QCOMPARE(active.definition, ValueModelDefinition::defaults().toJson());

    ValueModel growth;
    growth.name = QStringLiteral("B growth");
    ValueModelDefinition grey = ValueModelDefinition::defaults();
    grey.method = ScoringMethod::Grey;
    growth.definition = grey.toJson();
    growth = test::created(*m_store, growth);
    ValueModel standard;
    standard.name = QStringLiteral("A standard");
    standard.definition = ValueModelDefinition::defaults().toJson();
    standard = test::created(*m_store, standard);
    QCOMPARE(m_store->valueModels()->size(), size_t(2));
    QCOMPARE(m_store->activeValueModel()->meta.id, standard.meta.id);

    KAM_VERIFY_RESULT(m_store->setActiveValueModel(growth.meta.id));
    QCOMPARE(m_store->activeValueModel()->meta.id, growth.meta.id);
    QCOMPARE(m_store->setActiveValueModel(QStringLiteral("6f1c2a80-0000-4000-8000-000000000009")).error().code,
             ErrorCode::NotFound);
    KAM_VERIFY_RESULT(m_store->remove<ValueModel>(growth.meta.id));
    QCOMPARE(m_store->activeValueModel()->meta.id, standard.meta.id);
}

// An unrated account starts without tier history; a tier set in the form, an approved proposal
// and an override with its reason are each one record.
void TestValueStore::tierHistory()
{
    QVERIFY(m_store->tierChanges(m_a)->empty());
    Account rated = test::sampleAccount(QStringLiteral("南方物流"), 3);
    rated.tier = Tier::Key;
    const QString ratedId = test::created(*m_store, rated).meta.id;
    std::vector<TierChange> history = m_store->tierChanges(ratedId).value();
    QCOMPARE(history.size(), size_t(1));
    QCOMPARE(history[0].toTier, Tier::Key);

    Account a = m_store->get<Account>(m_a).value();
    a.tier = Tier::Ordinary;
    KAM_VERIFY_RESULT(m_store->update(a));
    test::setStoreDay(*m_store, kToday.addDays(1));
    // Approving the proposal needs no reason; the score and the model are kept with it.
    Result<TierChange> approved = m_store->decideTier(m_a, Tier::Key, QStringLiteral("key"), 72.5,
                                                      QStringLiteral("标准价值模型"), {});
    KAM_VERIFY_RESULT(approved);
    QCOMPARE(m_store->get<Account>(m_a)->tier, Tier::Key);

    const qint64 before = journalSize();
    QCOMPARE(m_store->decideTier(m_a, Tier::Core, QStringLiteral("key"), 72.5, QStringLiteral("标准价值模型"), QStringLiteral(" "))
                 .error()
                 .code,
             ErrorCode::Invalid); // an override says why
    QVERIFY(!m_store->decideTier(m_a, Tier::Core, QStringLiteral("key"), 101, {}, QStringLiteral("战略客户")));
    QCOMPARE(journalSize(), before);
    QCOMPARE(m_store->get<Account>(m_a)->tier, Tier::Key);

    test::setStoreDay(*m_store, kToday.addDays(2));
    KAM_VERIFY_RESULT(m_store->decideTier(m_a, Tier::Core, QStringLiteral("key"), 72.5, QStringLiteral("标准价值模型"),
                                          QStringLiteral("集团战略客户")));
    history = m_store->tierChanges(m_a).value();
    QCOMPARE(history.size(), size_t(3));
    QCOMPARE(history[0].fromTier, Tier::Key);
    QCOMPARE(history[0].toTier, Tier::Core);
    QCOMPARE(history[0].reason, QStringLiteral("集团战略客户"));
    QCOMPARE(history[1].meta.id, approved->meta.id);
    QCOMPARE(history[1].score, 72.5);
    QCOMPARE(history[1].modelName, QStringLiteral("标准价值模型"));
    QCOMPARE(history[1].proposed, QStringLiteral("key"));
    QCOMPARE(history[1].changedBy, m_store->currentUserId());
    QCOMPARE(history[2].fromTier, Tier::Unrated);
    QCOMPARE(history[2].toTier, Tier::Ordinary);
    QCOMPARE(history[2].score, -1.0);
    // The lifecycle history is its own: a tier change is not a lifecycle change.
    QCOMPARE(m_store->lifecycleChanges(m_a)->size(), size_t(1));
}

// Withdrawing a decision (undo) takes it out of the history and puts the tier back without a
// record of its own; reinstating it (redo) brings back the same row. A tier set since stays.
void TestValueStore::tierDecisionUndo()
{
    Account a = m_store->get<Account>(m_a).value();
    a.tier = Tier::Ordinary;
    KAM_VERIFY_RESULT(m_store->update(a));
    test::setStoreDay(*m_store, kToday.addDays(1));
    const TierChange decided = m_store->decideTier(m_a, Tier::Core, QStringLiteral("key"), 81, QStringLiteral("标准价值模型"),
                                                   QStringLiteral("集团战略客户"))
                                   .value();
    QCOMPARE(m_store->tierChanges(m_a)->size(), size_t(2));

    KAM_VERIFY_RESULT(m_store->withdrawTierDecision(decided.meta.id));
    QCOMPARE(m_store->get<Account>(m_a)->tier, Tier::Ordinary);
    std::vector<TierChange> history = m_store->tierChanges(m_a).value();
    QCOMPARE(history.size(), size_t(1));
    QCOMPARE(history[0].toTier, Tier::Ordinary);

    KAM_VERIFY_RESULT(m_store->reinstateTierDecision(decided.meta.id));
    QCOMPARE(m_store->get<Account>(m_a)->tier, Tier::Core);
    history = m_store->tierChanges(m_a).value();
    QCOMPARE(history.size(), size_t(2));
    QCOMPARE(history[0].meta.id, decided.meta.id);

    a = m_store->get<Account>(m_a).value();
    a.tier = Tier::Potential;
    test::setStoreDay(*m_store, kToday.addDays(2));
    KAM_VERIFY_RESULT(m_store->update(a));
    KAM_VERIFY_RESULT(m_store->withdrawTierDecision(decided.meta.id));
    QCOMPARE(m_store->get<Account>(m_a)->tier, Tier::Potential);
    QCOMPARE(m_store->tierChanges(m_a)->size(), size_t(2)); // Ordinary, then Potential
    // and a redo does not overwrite the tier set since the undo either
    KAM_VERIFY_RESULT(m_store->reinstateTierDecision(decided.meta.id));
    QCOMPARE(m_store->get<Account>(m_a)->tier, Tier::Potential);
}

// Account A as of 2026-11-20: its year is 2025 Q4 … 2026 Q3, the year before 2024 Q4 … 2025 Q3.
// - won in its year ¥100,000 + ¥50,000 (not: a USD deal, a deal of today's quarter, a lost one),
//   ¥100,000 the year before: revenue 150,000, growth +50 %;
// - cost of goods ¥60,000 + ¥30,000 in its year (not: one before it, logistics, one in USD):
//   gross margin (150,000 − 90,000) / 150,000 = 40 %;
// - plans for 2026 (wallet 20 %) and 2027 (30 %): 30 %;
// - contacts 5 × 4 and 1 × 1 active, 5 × 0 gone: (20 + 1) / 6 = 3.5;
// - answers since 2026-01-01: 10, 9, 3 and one unanswered (not: 0 on 2025-12-31): NPS 33.3.
void TestValueStore::buildAccountA()
{
    deal(m_a, 10000000, QDate(2026, 2, 10));
    deal(m_a, 5000000, QDate(2026, 9, 30));
    deal(m_a, 10000000, QDate(2025, 5, 5));
    deal(m_a, 7000000, QDate(2026, 3, 3), DealStatus::Won, QStringLiteral("USD"));
    deal(m_a, 9000000, QDate(2026, 10, 5));
    deal(m_a, 4000000, QDate(2026, 4, 4), DealStatus::Lost);
    cost(m_a, CostKind::GoodsCost, 6000000, QDate(2026, 1, 1));
    cost(m_a, CostKind::GoodsCost, 3000000, QDate(2026, 7, 1));
    cost(m_a, CostKind::GoodsCost, 5000000, QDate(2025, 7, 1));
    cost(m_a, CostKind::Logistics, 800000, QDate(2026, 7, 1));
    cost(m_a, CostKind::GoodsCost, 900000, QDate(2026, 7, 1), QStringLiteral("USD"));
    for (const auto &[period, wallet] : {std::pair{"2026", 20.0}, std::pair{"2027", 30.0}}) {
        Plan p;
        p.accountId = m_a;
        p.period = QString::fromLatin1(period);
        p.title = QStringLiteral("年度客户计划");
        p.walletBaseline = wallet;
        QVERIFY(!test::created(*m_store, p).meta.id.isEmpty());
    }
    for (const auto &[influence, relationship, active] : {std::tuple{1, 1, true}, std::tuple{5, 0, false}}) {
        Contact c;
        c.accountId = m_a;
        c.name = QStringLiteral("李娜");
        c.influence = influence;
        c.relationship = relationship;
        c.active = active;
        QVERIFY(!test::created(*m_store, c).meta.id.isEmpty());
    }
    for (const auto &[recommend, day] : {std::pair{10, QDate(2026, 2, 1)}, std::pair{9, QDate(2026, 11, 2)},
                                         std::pair{3, QDate(2026, 5, 5)}, std::pair{-1, QDate(2026, 6, 1)},
                                         std::pair{0, QDate(2025, 12, 31)}}) {
        SatisfactionResponse r;
        r.accountId = m_a;
        r.respondedOn = day;
        r.recommend = recommend;
        QVERIFY(!test::created(*m_store, r).meta.id.isEmpty());
    }
}

void TestValueStore::valueFactsOfAnAccount()
{
    buildAccountA();
    Account gone = test::sampleAccount(QStringLiteral("已注销客户"), 4);
    const QString goneId = test::created(*m_store, gone).meta.id;
    KAM_VERIFY_RESULT(m_store->remove<Account>(goneId));

    const std::vector<AccountValueFacts> facts = loadValueFacts(*m_store, kToday).value();
    QCOMPARE(facts.size(), size_t(2)); // the deleted account is out
    QCOMPARE(facts[0].accountId, m_a); // in Store::accounts() order
    QCOMPARE(facts[1].accountId, m_b);
    const AccountValueFacts &a = facts[0];
    QCOMPARE(a.value(ValueCriterion::Revenue), std::optional(150000.0));
    QCOMPARE(a.value(ValueCriterion::Growth), std::optional(50.0));
    QCOMPARE(a.value(ValueCriterion::GrossMargin), std::optional(40.0));
    QCOMPARE(a.value(ValueCriterion::ShareOfWallet), std::optional(30.0));
    QCOMPARE(a.value(ValueCriterion::StrategicFit), std::optional(4.0));
    QCOMPARE(a.value(ValueCriterion::PaymentRecord), std::optional(12.0));
    QCOMPARE(a.value(ValueCriterion::RelationshipStrength), std::optional(3.5));
    QVERIFY(a.value(ValueCriterion::Satisfaction));
    QCOMPARE(qRound(*a.value(ValueCriterion::Satisfaction) * 10), 333);

    // Nothing known of B: no revenue is a revenue of 0, no overdue invoice 0 days; the rest is unknown.
    const AccountValueFacts &b = facts[1];
    QCOMPARE(b.value(ValueCriterion::Revenue), std::optional(0.0));
    QCOMPARE(b.value(ValueCriterion::PaymentRecord), std::optional(0.0));
    for (ValueCriterion c : {ValueCriterion::Growth, ValueCriterion::GrossMargin, ValueCriterion::ShareOfWallet,
                             ValueCriterion::StrategicFit, ValueCriterion::RelationshipStrength,
                             ValueCriterion::Satisfaction})
        QVERIFY2(!b.value(c), qPrintable(enumCode(c)));
}

void TestValueStore::valueFactsOfSomeAccounts()
{
    buildAccountA();
    const std::vector<AccountValueFacts> facts = loadValueFacts(*m_store, kToday, {m_a}).value();
    QCOMPARE(facts.size(), size_t(1));
    QCOMPARE(facts[0].accountId, m_a);
    QCOMPARE(facts[0].value(ValueCriterion::GrossMargin), std::optional(40.0));
    QCOMPARE(facts[0].value(ValueCriterion::RelationshipStrength), std::optional(3.5));
    const std::vector<AccountValueFacts> ofB = loadValueFacts(*m_store, kToday, {m_b}).value();
    QCOMPARE(ofB.size(), size_t(1));
    QCOMPARE(ofB[0].value(ValueCriterion::Revenue), std::optional(0.0));
}

// Revenue and costs of 2026 H1: the deal of February; cost entries by kind; activity costs,
// service cases with the service costs. Nothing from 1 July on, nothing in another currency.
void TestValueStore::profitFacts()
{
    buildAccountA();
    cost(m_a, CostKind::Discount, 100000, QDate(2026, 4, 1));
    cost(m_a, CostKind::Service, 300000, QDate(2026, 5, 1));
    cost(m_a, CostKind::Other, 50000, QDate(2026, 6, 30));
    cost(m_a, CostKind::Logistics, 200000, QDate(2026, 3, 1));
    for (const auto &[kind, day, amount] : {std::tuple{ActivityKind::Visit, QDate(2026, 3, 10), 150000},
                                            std::tuple{ActivityKind::ServiceCase, QDate(2026, 6, 30), 80000},
                                            std::tuple{ActivityKind::Visit, QDate(2026, 7, 1), 999900}}) {
        Activity act;
        act.accountId = m_a;
        act.kind = kind;
        act.occurredAt = QDateTime(day, QTime(kind == ActivityKind::ServiceCase ? 23 : 0, 30)); // local edges
        act.summary = QStringLiteral("现场服务");
        act.costMinor = amount;
        QVERIFY(!test::created(*m_store, act).meta.id.isEmpty());
    }
    const std::vector<ProfitFacts> facts = loadProfitFacts(*m_store, QDate(2026, 1, 1), QDate(2026, 6, 30)).value();
    QCOMPARE(facts.size(), size_t(2));
    const ProfitFacts &a = facts[0];
    QCOMPARE(a.accountId, m_a);
    QCOMPARE(a.revenue, qint64(10000000));
    QCOMPARE(a.goodsCost, qint64(6000000));
    QCOMPARE(a.logistics, qint64(200000));
    QCOMPARE(a.discounts, qint64(100000));
    QCOMPARE(a.otherCost, qint64(50000));
    QCOMPARE(a.activityCost, qint64(150000));
    QCOMPARE(a.serviceCost, qint64(300000 + 80000));
    QCOMPARE(facts[1].accountId, m_b);
    QCOMPARE(facts[1].revenue + facts[1].goodsCost + facts[1].serviceCost, qint64(0));
}

// Campaign figures: whom it reached, the deals that name it (by id, or by its name as older
// stores wrote it), and the margin of the won ones at their account's gross margin ratio of
// the four quarters before the close, or the default where the account has no cost of goods.
void TestValueStore::campaignFacts()
{
    buildAccountA(); // A's ratio for deals closed in 2026 Q4: 40 %
    Campaign expo;
    expo.name = QStringLiteral("Expo 2026 工业装备展");
    expo.channel = CampaignChannel::Exhibition;
    expo.startsOn = QDate(2026, 9, 1);
    expo.costMinor = 5000000;
    expo = test::created(*m_store, expo);
    Campaign mail;
    mail.name = QStringLiteral("备件促销邮件");
    mail.channel = CampaignChannel::Email;
    mail.startsOn = QDate(2026, 5, 1);
    mail = test::created(*m_store, mail);

    Account gone = test::sampleAccount(QStringLiteral("已注销客户"), 4);
    const QString goneId = test::created(*m_store, gone).meta.id;
    for (const auto &[account, contact, responded] :
         {std::tuple{m_a, QString(), false}, std::tuple{m_a, m_contactOfA, true}, std::tuple{m_b, QString(), false},
          std::tuple{goneId, QString(), true}}) {
        CampaignMember m;
        m.campaignId = expo.meta.id;
        m.accountId = account;
        m.contactId = contact;
        if (responded)
            m.respondedOn = QDate(2026, 9, 2);
        QVERIFY(!test::created(*m_store, m).meta.id.isEmpty());
    }
    KAM_VERIFY_RESULT(m_store->remove<Account>(goneId));

    deal(m_a, 20000000, QDate(2026, 10, 6), DealStatus::Won, QStringLiteral("CNY"), expo.meta.id);
    deal(m_b, 1000000, QDate(2026, 10, 7), DealStatus::Won, QStringLiteral("CNY"), QStringLiteral(" EXPO 2026 工业装备展 "));
    deal(m_b, 3000000, QDate(2026, 12, 20), DealStatus::Open, QStringLiteral("CNY"), expo.meta.id);
    deal(m_a, 2000000, QDate(2026, 10, 9), DealStatus::Lost, QStringLiteral("CNY"), expo.meta.id);
    deal(m_a, 6000000, QDate(2026, 10, 9), DealStatus::Won, QStringLiteral("CNY"), QStringLiteral("展会"));

    const std::vector<CampaignFacts> facts = loadCampaignFacts(*m_store, 25).value();
    QCOMPARE(facts.size(), size_t(2));
    QCOMPARE(facts[0].campaignId, expo.meta.id); // newest start first
    const CampaignFacts &f = facts[0];
    QCOMPARE(f.name, expo.name);
    QCOMPARE(f.channel, CampaignChannel::Exhibition);
    QCOMPARE(f.cost, qint64(5000000));
    QCOMPARE(f.targetedAccounts, 2); // not the deleted account
    QCOMPARE(f.targetedContacts, 1);
    QCOMPARE(f.responses, 1);
    QCOMPARE(f.sourcedDeals, 4);
    QCOMPARE(f.sourcedPipeline, qint64(3000000));
    QCOMPARE(f.wonDeals, 2);
    QCOMPARE(f.wonRevenue, qint64(21000000));
    QCOMPARE(f.attributedMargin, qint64(20000000 * 40 / 100 + 1000000 * 25 / 100));
    QCOMPARE(facts[1].campaignId, mail.meta.id);
    QCOMPARE(facts[1].sourcedDeals + facts[1].targetedAccounts, 0);
}

QTEST_GUILESS_MAIN(TestValueStore)
#include "tst_value_store.moc"
