// SPDX-License-Identifier: GPL-3.0-or-later
// The store's pipeline tables: the stage history it writes itself, the built-in process, and
// the deal, activity, stage and target input it refuses without writing anything.
#include "domain/stages.h"
#include "store/pipeline_settings.h"
#include "store/row_codec.h"
#include "support/result_check.h"
#include "support/store_fixture.h"
#include "sync/sync_tables.h"

#include <QTest>

using namespace kam;

class TestPipelineStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_store.reset(); }

    void builtInProcessUntilStagesAreStored();
    void stageHistoryFollowsStageAndStatus();
    void badDealsWriteNothing_data();
    void badDealsWriteNothing();
    void badActivitiesWriteNothing_data();
    void badActivitiesWriteNothing();
    void targetsAndStagesAreValidated();
    void settingsRoundTripAndRefuseNonsense();
    void newTablesTravelThroughTheJournal();
    void storedTimesParse();

private:
    Opportunity sampleDeal() const;
    qint64 journalSize() const { return m_store->pendingChangeCount().value(); } // mutations

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_account;
    QDateTime m_now;
};

void TestPipelineStore::init()
{
    m_store = test::openStore(m_dir, QStringLiteral("pipeline-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
    QVERIFY(m_store);
    m_now = QDateTime(QDate(2027, 3, 10), QTime(8, 0), Qt::UTC);
    m_store->setClock([this] { return m_now; });
    m_account = m_store->create(test::sampleAccount("华东重工集团")).value().meta.id;
}

Opportunity TestPipelineStore::sampleDeal() const
{
    Opportunity o;
    o.accountId = m_account;
    o.title = QStringLiteral("2027年度液压件框架协议");
    o.amountMinor = 120000000;
    o.probability = 10;
    o.stageId = builtInStages().front().meta.id;
    o.expectedClose = QDate(2027, 6, 30);
    return o;
}

// Given a new store, then the process is the built-in one with fixed ids (the same in every
// store); once stored, it is read from the table and a stage can be renamed.
void TestPipelineStore::builtInProcessUntilStagesAreStored()
{
    const std::vector<Stage> builtIn = builtInStages();
    QCOMPARE(builtIn.size(), size_t(8));
    QCOMPARE(builtIn.front().key, QStringLiteral("need_identified"));
    QCOMPARE(builtIn.back().key, QStringLiteral("maintenance"));
    QCOMPARE(builtInStages().front().meta.id, builtIn.front().meta.id);
    QVERIFY(sync::isCanonicalUuid(builtIn.front().meta.id)); // it travels like any row id
    QCOMPARE(stageName(builtIn[3]), QStringLiteral("Negotiation"));
    QCOMPARE(*m_store->count(QStringLiteral("pipeline_stages")), 0);
    QCOMPARE(m_store->stages()->size(), size_t(8));

    QVERIFY(m_store->storeBuiltInStages().ok());
    QVERIFY(m_store->storeBuiltInStages().ok()); // the second time stores nothing
    QCOMPARE(*m_store->count(QStringLiteral("pipeline_stages")), 8);
    Stage negotiation = m_store->get<Stage>(builtIn[3].meta.id).value();
    negotiation.name = QStringLiteral("商务谈判");
    QVERIFY(m_store->update(negotiation).ok());
    QCOMPARE(stageName(m_store->stages()->at(3)), QStringLiteral("商务谈判"));
}

// Given a deal created, moved on, edited elsewhere, moved back and won, then the store wrote
// one stage change per stage or status change with its time, and none for the other edit.
void TestPipelineStore::stageHistoryFollowsStageAndStatus()
{
    const std::vector<Stage> stages = builtInStages();
    Opportunity deal = m_store->create(sampleDeal()).value();
    m_now = m_now.addDays(10);
    deal.stageId = stages[2].meta.id;
    QVERIFY(m_store->update(deal).ok());
    m_now = m_now.addDays(1);
    deal.nextStep = QStringLiteral("约采购总监确认商务条款");
    QVERIFY(m_store->update(deal).ok());
    m_now = m_now.addDays(2);
    deal.stageId = stages[1].meta.id; // back a stage: allowed and recorded
    QVERIFY(m_store->update(deal).ok());
    m_now = m_now.addDays(3);
    deal.status = DealStatus::Won;
    deal.closedOn = m_now.date();
    QVERIFY(m_store->update(deal).ok());

    const std::vector<StageChange> history = m_store->stageChanges(deal.meta.id).value();
    QCOMPARE(history.size(), size_t(4));
    QCOMPARE(history[0].fromStageId, QString());
    QCOMPARE(history[0].toStageId, stages[0].meta.id);
    QCOMPARE(history[0].changedAt, QDateTime(QDate(2027, 3, 10), QTime(8, 0), Qt::UTC));
    QCOMPARE(history[1].fromStageId, stages[0].meta.id);
    QCOMPARE(history[1].toStageId, stages[2].meta.id);
    QCOMPARE(history[1].changedAt, QDateTime(QDate(2027, 3, 20), QTime(8, 0), Qt::UTC));
    QCOMPARE(history[2].toStageId, stages[1].meta.id);
    QCOMPARE(history[3].status, DealStatus::Won);
    QCOMPARE(history[3].toStageId, stages[1].meta.id);
    QCOMPARE(history[3].accountId, m_account);
    QCOMPARE(history[3].changedBy, m_store->currentUserId());
    QCOMPARE(m_store->stageChanges().value().size(), size_t(4));

    // A deleted deal's history no longer counts.
    QVERIFY(m_store->remove<Opportunity>(deal.meta.id).ok());
    QCOMPARE(m_store->stageChanges().value().size(), size_t(0));
}

void TestPipelineStore::badDealsWriteNothing_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("negative amount") << 0 << "amount cannot be negative";
    QTest::newRow("probability over 100") << 1 << "between 0 and 100";
    QTest::newRow("negative probability") << 2 << "between 0 and 100";
    QTest::newRow("close before creation") << 3 << "before the deal was created (2027-03-10)";
    QTest::newRow("unknown currency") << 4 << "XYZ";
    QTest::newRow("lower-case currency") << 5 << "rmb";
    QTest::newRow("empty title") << 6 << "title is required";
    QTest::newRow("unknown stage") << 7 << "not a stage of the sales process";
    QTest::newRow("unknown account") << 8 << "account does not exist";
    QTest::newRow("won without close date") << 9 << "date it closed";
    QTest::newRow("open without expected close") << 10 << "expected close date";
    QTest::newRow("product not in catalogue") << 11 << "not in the catalogue";
    QTest::newRow("unknown owner") << 12 << "owner does not exist";
}

// Given an invalid deal, then create and update refuse it with a message saying what is wrong,
// and neither the deal, its stage history nor the journal changes.
void TestPipelineStore::badDealsWriteNothing()
{
    QFETCH(int, kind);
    QFETCH(QString, message);
    const Opportunity good = m_store->create(sampleDeal()).value();
    const qint64 journalBefore = journalSize();
    Opportunity bad = good;
    switch (kind) {
    case 0: bad.amountMinor = -1; break;
    case 1: bad.probability = 101; break;
    case 2: bad.probability = -5; break;
    case 3: bad.expectedClose = QDate(2027, 3, 9); break;
    case 4: bad.currency = QStringLiteral("XYZ"); break;
    case 5: bad.currency = QStringLiteral("rmb"); break;
    case 6: bad.title = QStringLiteral("  "); break;
    case 7: bad.stageId = QStringLiteral("no-such-stage"); break;
    case 8: bad.accountId = QStringLiteral("no-such-account"); break;
    case 9: bad.status = DealStatus::Won; break;
    case 10: bad.expectedClose = {}; break;
    case 11: bad.productIds = QStringLiteral("no-such-product"); break;
    case 12: bad.ownerId = QStringLiteral("no-such-user"); break;
    }
    const Result<void> updated = m_store->update(bad);
    QVERIFY(!updated);
    QVERIFY2(updated.error().message.contains(message), qPrintable(updated.error().message));
    bad.meta.id.clear();
    const Result<Opportunity> created = m_store->create(bad);
    QVERIFY(!created);
    QCOMPARE(created.error().message, updated.error().message);
    QCOMPARE(*m_store->count(QStringLiteral("opportunities")), 1);
    QCOMPARE(m_store->stageChanges().value().size(), size_t(1));
    QCOMPARE(journalSize(), journalBefore);
    QVERIFY(sameFields(m_store->get<Opportunity>(good.meta.id).value(), good));
}

void TestPipelineStore::badActivitiesWriteNothing_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("no summary") << 0 << "needs a summary";
    QTest::newRow("negative cost") << 1 << "cost cannot be negative";
    QTest::newRow("due before it happened") << 2 << "cannot be due (2027-03-01)";
    QTest::newRow("unknown currency") << 3 << "XYZ";
    QTest::newRow("contact of another account") << 4 << "not a contact of its account";
    QTest::newRow("unknown account") << 5 << "account does not exist";
    QTest::newRow("no time") << 6 << "date and time";
}

void TestPipelineStore::badActivitiesWriteNothing()
{
    QFETCH(int, kind);
    QFETCH(QString, message);
    const QString other = m_store->create(test::sampleAccount("宝武钢铁华南分公司")).value().meta.id;
    Contact c;
    c.accountId = other;
    c.name = QStringLiteral("王伟");
    const QString stranger = m_store->create(c).value().meta.id;
    const qint64 journalBefore = journalSize();
    Activity a;
    a.accountId = m_account;
    a.summary = QStringLiteral("拜访采购总监，确认年度框架协议意向");
    a.occurredAt = QDateTime(QDate(2027, 3, 8), QTime(14, 0), Qt::UTC);
    a.nextStep = QStringLiteral("发送技术方案与报价");
    a.dueOn = QDate(2027, 3, 15);
    QVERIFY(m_store->create(a).ok()); // the good one is stored…
    switch (kind) {
    case 0: a.summary.clear(); break;
    case 1: a.costMinor = -100; break;
    case 2: a.dueOn = QDate(2027, 3, 1); break;
    case 3: a.currency = QStringLiteral("XYZ"); break;
    case 4: a.contactIds = stranger; break;
    case 5: a.accountId = QStringLiteral("nowhere"); break;
    case 6: a.occurredAt = {}; break;
    }
    const Result<Activity> r = m_store->create(a);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    QCOMPARE(*m_store->count(QStringLiteral("activities")), 1); // …the bad one is not
    QCOMPARE(journalSize(), journalBefore + 1);
}

void TestPipelineStore::targetsAndStagesAreValidated()
{
    SalesTarget t;
    t.period = QStringLiteral("2027-13");
    t.amountMinor = 100;
    QVERIFY(m_store->create(t).error().message.contains("2027-13"));
    t.period = QStringLiteral("2027-Q5");
    QVERIFY(!m_store->create(t));
    t.period = QStringLiteral("2027-Q2");
    t.amountMinor = -1;
    QVERIFY(m_store->create(t).error().message.contains("negative"));
    t.amountMinor = 100;
    QVERIFY(m_store->create(t).ok());
    t.meta.id.clear();
    QCOMPARE(m_store->create(t).error().code, ErrorCode::Duplicate);

    Stage s;
    s.key = QStringLiteral("pilot");
    s.name = QStringLiteral("试点");
    s.position = 8;
    s.probability = 120;
    QVERIFY(m_store->create(s).error().message.contains("between 0 and 100"));
    s.probability = 70;
    QVERIFY(m_store->create(s).ok());
    s.meta.id.clear();
    QCOMPARE(m_store->create(s).error().code, ErrorCode::Duplicate);
    QCOMPARE(*m_store->count(QStringLiteral("sales_targets")), 1);
    QCOMPARE(*m_store->count(QStringLiteral("pipeline_stages")), 9); // the built-in eight and the pilot
    QCOMPARE(m_store->stages()->back().key, QStringLiteral("pilot"));

    // A product in a deal stays in the catalogue until the deal lets go of it.
    Product pump;
    pump.name = QStringLiteral("高压柱塞泵 HP-300");
    pump.listPriceMinor = 4800000;
    KAM_VERIFY_RESULT(m_store->create(pump));
    pump = *m_store->products()->begin();
    Product oil;
    oil.name = QStringLiteral("抗磨液压油 L-HM 46");
    Result<Product> madeOil = m_store->create(oil);
    KAM_VERIFY_RESULT(madeOil);
    oil = *madeOil;
    Opportunity deal = sampleDeal();
    deal.productIds = oil.meta.id + u',' + pump.meta.id;
    Result<Opportunity> madeDeal = m_store->create(deal);
    KAM_VERIFY_RESULT(madeDeal);
    deal = *madeDeal;
    const Result<void> refused = m_store->remove<Product>(pump.meta.id);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains("2027年度液压件框架协议"), qPrintable(refused.error().message));
    deal.productIds = oil.meta.id;
    QVERIFY(m_store->update(deal).ok());
    QVERIFY(m_store->remove<Product>(pump.meta.id).ok());
    QVERIFY(!m_store->remove<Product>(oil.meta.id));
}

void TestPipelineStore::settingsRoundTripAndRefuseNonsense()
{
    QCOMPARE(maintenanceRules(*m_store)->intervalFor(Tier::Core), 14);
    analytics::MaintenanceRules rules = *maintenanceRules(*m_store);
    rules.days[Tier::Key] = 21;
    QVERIFY(setMaintenanceRules(*m_store, rules).ok());
    QCOMPARE(maintenanceRules(*m_store)->intervalFor(Tier::Key), 21);
    rules.days[Tier::Key] = -1;
    QVERIFY(!setMaintenanceRules(*m_store, rules));
    QCOMPARE(maintenanceRules(*m_store)->intervalFor(Tier::Key), 21);

    QCOMPARE(forecastThresholds(*m_store)->commit, 90);
    QVERIFY(setForecastThresholds(*m_store, {80, 40}).ok());
    QCOMPARE(forecastThresholds(*m_store)->bestCase, 40);
    QVERIFY(!setForecastThresholds(*m_store, {30, 40}));
    QVERIFY(!setForecastThresholds(*m_store, {101, 40}));
    QCOMPARE(forecastThresholds(*m_store)->commit, 80);
}

// Given a deal, then its insert and its stage change are both in the outbox, scoped to the
// account, with the dates in their canonical text.
void TestPipelineStore::newTablesTravelThroughTheJournal()
{
    const size_t before = m_store->journal().value().size();
    const Opportunity deal = m_store->create(sampleDeal()).value();
    const std::vector<JournalEntry> entries = m_store->journal().value();
    QSet<QString> tables;
    for (size_t i = before; i < entries.size(); ++i) {
        tables.insert(entries[i].table);
        if (entries[i].field == u"expected_close")
            QCOMPARE(entries[i].newValue.toString(), QStringLiteral("2027-06-30"));
        if (entries[i].field == u"changed_at")
            QCOMPARE(entries[i].newValue.toString(), QStringLiteral("2027-03-10T08:00:00.000Z"));
    }
    QCOMPARE(tables, QSet<QString>({"opportunities", "stage_changes"}));
    QCOMPARE(tableSpec<StageChange>().scopeColumn, QStringLiteral("account_id"));
    QCOMPARE(m_store->get<Opportunity>(deal.meta.id)->expectedClose, QDate(2027, 6, 30));
}

// The canonical text is parsed by hand; other ISO forms and nonsense take the general path.
void TestPipelineStore::storedTimesParse()
{
    const QDateTime t(QDate(2027, 2, 28), QTime(23, 59, 58, 7), Qt::UTC);
    QCOMPARE(toStoredTime(t), QStringLiteral("2027-02-28T23:59:58.007Z"));
    QCOMPARE(fromStoredTime(toStoredTime(t)), t);
    QCOMPARE(fromStoredTime(QStringLiteral("2027-02-28T23:59:58Z")), t.addMSecs(-7));
    QVERIFY(!fromStoredTime(QStringLiteral("2027-02-30T23:59:58.007Z")).isValid());
    QVERIFY(!fromStoredTime(QStringLiteral("2027-0a-28T23:59:58.007Z")).isValid());
    QVERIFY(!fromStoredTime(QVariant()).isValid());
}

QTEST_GUILESS_MAIN(TestPipelineStore)
#include "tst_pipeline_store.moc"
