// SPDX-License-Identifier: GPL-3.0-or-later
// The client sync engine against a real server over HTTP on 127.0.0.1: conflicts between two
// devices, scope changes, a revoked device, schema skew, session renewal, a keychain that is not
// there, an interrupted bootstrap and a bootstrap after the server dropped its history.

#include "analytics/pipeline.h"
#include "domain/stages.h"
#include "io/pipeline_json.h"
#include "itemmodels/pipeline_source.h"
#include "store/row_codec.h"
#include "store/store.h"
#include "store/sync_journal.h"
#include "support/server_fixture.h"
#include "support/token_vaults.h"
#include "sync/http_transport.h"
#include "sync/sync_engine.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace kam;
using namespace kam::test;

namespace {

/// The server as a client sees it, with the schema version the client claims.
class SchemaTransport : public sync::Transport
{
public:
    SchemaTransport(TestServer &server, int schema)
        : m_server(server)
        , m_schema(schema)
    {
    }
    sync::HttpReply send(const QByteArray &method, const QString &path, const QByteArray &body,
                         const QString &bearer) override
    {
        const Response r = m_server.call(method, path, body, bearer, m_schema);
        return { r.status, r.body, {} };
    }

private:
    TestServer &m_server;
    int m_schema;
};

/// One laptop: a store file, the HTTP client and the engine.
struct Laptop
{
    QString path;
    sync::HttpTransport transport;
    MemoryVault vault;
    std::unique_ptr<Store> store;
    std::unique_ptr<sync::SyncEngine> engine;

    Laptop(const QTemporaryDir &dir, const QString &name, quint16 port, sync::TokenVault *v = nullptr)
        : path(dir.filePath(name))
        , transport(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)))
    {
        restart(v);
    }
    /// Closes and reopens the store and the engine, as after quitting the app.
    void restart(sync::TokenVault *v = nullptr)
    {
        engine.reset();
        store.reset();
        store = std::move(Store::open(path)).value();
        engine = std::make_unique<sync::SyncEngine>(*store, transport, v ? v : &vault);
    }
    void login(const QString &email)
    {
        Result<void> r = engine->login(email, "correct horse battery", "test laptop");
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    }
    sync::SyncReport sync()
    {
        Result<sync::SyncReport> r = engine->sync();
        if (!r)
            qWarning("sync: %s", qPrintable(r.error().message));
        return r ? *r : sync::SyncReport { -1, -1, -1, false };
    }
    Account account(const QString &id) { return *store->get<Account>(id); }
    QString setting(const QString &key) { return *SyncJournal(*store).setting(key); }
    std::vector<SyncConflict> conflicts() { return *SyncJournal(*store).conflicts(); }
};

Account newAccount(const QString &name, const QString &owner)
{
    Account a;
    a.legalName = name;
    a.ownerId = owner;
    return a;
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private slots:
    // Given a deal, its stage moves, an activity, a renamed stage and a target made offline
    // before the first login, when the laptop syncs and another of the same user's pulls, then
    // the other has the same pipeline (funnel figures, history, stage names) under the server
    // identity, and a colleague without the account receives none of the account's rows.
    void givenPipelineMadeOffline_whenSynced_thenTheOtherLaptopHasTheSameFunnel()
    {
        TestServer server;
        KAM_REQUIRE_SERVER(server);
        const server::UserInfo ann = server.addUser("ann@example.com");
        server.addUser("bob@example.com");
        QTemporaryDir dir;
        Laptop a(dir, "a.sqlite", server.port), b(dir, "b.sqlite", server.port),
            bob(dir, "bob.sqlite", server.port);
        Store &store = *a.store;
        const QString account = store.create(newAccount("华东重工集团", store.currentUserId()))->meta.id;
        const std::vector<Stage> stages = builtInStages();
        Opportunity deal;
        deal.accountId = account;
        deal.title = "2027年度液压件框架协议";
        deal.amountMinor = 123'456'789;
        deal.probability = 10;
        deal.stageId = stages[0].meta.id;
        deal.ownerId = store.currentUserId();
        deal.expectedClose = QDate::currentDate().addDays(60);
        deal = *store.create(deal);
        // A later millisecond: two changes of one deal in the same one have no order to sync.
        QTest::qWait(5);
        deal.stageId = stages[3].meta.id;
        deal.probability = 60;
        QVERIFY(store.update(deal).ok());
        Activity visit;
        visit.accountId = account;
        visit.summary = "拜访采购总监，确认年度框架协议意向";
        visit.occurredAt = QDateTime::currentDateTimeUtc().addDays(-2);
        visit.opportunityId = deal.meta.id;
        visit.nextStep = "提交合同草案";
        visit.dueOn = QDate::currentDate().addDays(3);
        visit.ownerId = store.currentUserId();
        QVERIFY(store.create(visit).ok());
        QVERIFY(store.storeBuiltInStages().ok());
        Stage negotiation = *store.get<Stage>(stages[3].meta.id);
        negotiation.name = "商务谈判";
        QVERIFY(store.update(negotiation).ok());
        SalesTarget target;
        target.ownerId = store.currentUserId();
        target.period = "2027-Q1";
        target.amountMinor = 500'000'000;
        QVERIFY(store.create(target).ok());

        a.login("ann@example.com");
        QVERIFY(a.sync().pushed > 0);
        QCOMPARE(SyncJournal(store).conflicts()->size(), size_t(0));
        b.login("ann@example.com");
        QVERIFY(b.sync().pulled > 0);

        const auto funnelOf = [](const Store &s) {
            const analytics::Pipeline p = *loadPipeline(s, *s.accounts());
            return funnelJson(analytics::computeFunnel(p, {}, "CNY", QDateTime(QDate(2027, 1, 1), QTime(), Qt::UTC)));
        };
        QCOMPARE(funnelOf(*b.store), funnelOf(store));
        QCOMPARE(funnelOf(*b.store)["open"].toObject()["amount_minor"].toInteger(), qint64(123456789));
        QCOMPARE(b.store->stageChanges(deal.meta.id)->size(), size_t(2));
        QCOMPARE(stageName(b.store->stages()->at(3)), QString("商务谈判"));
        const Opportunity there = *b.store->get<Opportunity>(deal.meta.id);
        QCOMPARE(there.ownerId, ann.id); // the offline stand-in became the server identity
        QCOMPARE(b.store->stageChanges(deal.meta.id)->back().changedBy, ann.id);
        QCOMPARE(b.store->activities({account})->size(), size_t(1));
        QCOMPARE(b.store->targets()->front().ownerId, ann.id);

        bob.login("bob@example.com");
        QVERIFY(bob.sync().pulled >= 0);
        QCOMPARE(*bob.store->count("opportunities"), qint64(0));
        QCOMPARE(*bob.store->count("stage_changes"), qint64(0));
        QCOMPARE(*bob.store->count("activities"), qint64(0));
    }

    // Given a key account plan made and approved offline, with an action, a whitespace cell, a
    // percent with a fraction and a contact placed in the map, when it syncs, then the user's
    // other laptop has the same plan, versions and history, and a colleague without the
    // account receives none of it.
    void givenPlanMadeOffline_whenSynced_thenTheOtherLaptopHasTheSamePlan()
    {
        TestServer server;
        KAM_REQUIRE_SERVER(server);
        const server::UserInfo ann = server.addUser("ann@example.com");
        server.addUser("bob@example.com");
        QTemporaryDir dir;
        Laptop a(dir, "a.sqlite", server.port), b(dir, "b.sqlite", server.port),
            bob(dir, "bob.sqlite", server.port);
        Store &store = *a.store;
        const QString account = store.create(newAccount("华东重工集团", store.currentUserId()))->meta.id;
        Contact boss;
        boss.accountId = account;
        boss.name = "王伟";
        boss.relationship = 4;
        boss.mapPosition = "-120,40";
        boss = *store.create(boss);
        Plan plan;
        plan.accountId = account;
        plan.period = "2027";
        plan.title = "华东重工 2027 年度客户计划";
        plan.ownerId = store.currentUserId();
        plan.marginTarget = 26.5;
        plan.revenueTargetMinor = 650'000'000;
        plan = *store.create(plan);
        PlanAction action;
        action.planId = plan.meta.id;
        action.accountId = account;
        action.title = "提交二期产线液压系统技术方案";
        action.ownerId = store.currentUserId();
        action.dueOn = QDate(2027, 3, 15);
        QVERIFY(store.create(action).ok());
        WhitespaceCell cell;
        cell.planId = plan.meta.id;
        cell.accountId = account;
        cell.productLine = "润滑油";
        cell.segment = account;
        cell.state = Whitespace::Competitor;
        cell.competitor = "美孚";
        cell.valueMinor = 80'000'000;
        QVERIFY(store.create(cell).ok());
        plan.status = PlanStatus::Approved;
        QVERIFY(store.update(plan).ok());
        plan.threats = "竞品低价争夺润滑油份额";
        QVERIFY(store.update(plan).ok()); // version 2, a draft again

        a.login("ann@example.com");
        QVERIFY(a.sync().pushed > 0);
        QCOMPARE(SyncJournal(store).conflicts()->size(), size_t(0));
        b.login("ann@example.com");
        QVERIFY(b.sync().pulled > 0);

        const PlanContent here = *store.planContent(plan.meta.id);
        const PlanContent there = *b.store->planContent(plan.meta.id);
        QCOMPARE(there.plan.version, 2);
        QCOMPARE(there.plan.status, PlanStatus::Draft);
        QCOMPARE(there.plan.marginTarget, 26.5);
        QCOMPARE(there.plan.ownerId, ann.id);
        QVERIFY(sameFields(there.plan, here.plan));
        QCOMPARE(there.actions.size(), size_t(1));
        QCOMPARE(there.actions[0].ownerId, ann.id);
        QCOMPARE(there.whitespace.size(), size_t(1));
        QVERIFY(sameFields(there.whitespace[0], here.whitespace[0]));
        QCOMPARE(there.changes.size(), size_t(3));
        QCOMPARE(there.changes.back().changedBy, ann.id);
        const Contact placed = *b.store->get<Contact>(boss.meta.id);
        QCOMPARE(placed.mapPosition, QString("-120,40"));
        QCOMPARE(placed.relationship, 4);

        bob.login("bob@example.com");
        QVERIFY(bob.sync().pulled >= 0);
        for (const char *table : {"plans", "plan_actions", "whitespace_cells", "plan_changes"})
            QCOMPARE(*bob.store->count(QString::fromLatin1(table)), qint64(0));
    }

    // Given a satisfaction response, a lifecycle decision and a warning review made offline,
    // when they sync, then the user's other laptop has them with the server identity, and a
    // colleague without the account receives none of them.
    void givenHealthRecordsMadeOffline_whenSynced_thenTheOtherLaptopHasThem()
    {
        TestServer server;
        KAM_REQUIRE_SERVER(server);
        const server::UserInfo ann = server.addUser("ann@example.com");
        server.addUser("bob@example.com");
        QTemporaryDir dir;
        Laptop a(dir, "a.sqlite", server.port), b(dir, "b.sqlite", server.port),
            bob(dir, "bob.sqlite", server.port);
        Store &store = *a.store;
        Account customer = newAccount("华东重工集团", store.currentUserId());
        customer.paymentOverdueDays = 45;
        const QString account = store.create(customer)->meta.id;
        SatisfactionResponse r;
        r.accountId = account;
        r.respondedOn = QDate::currentDate().addDays(-3);
        r.recommend = 6;
        r.satisfaction = 3;
        r.dimensionScores = "quality=4;交付=2";
        r.comment = "上季度两次延期交货";
        r = *store.create(r);
        const LifecycleChange decided
            = *store.decideLifecycle(account, Lifecycle::Declining, "declining", "两个季度收入下降 35%");
        WarningReview w;
        w.accountId = account;
        w.kind = WarningReviewKind::Snoozed;
        w.score = 55;
        w.signalCodes = "nps_drop,payment_overdue";
        w.snoozedUntil = QDate::currentDate().addDays(14);
        w.note = "财务已催款";
        w.reviewedAt = QDateTime::currentDateTimeUtc();
        w.reviewedBy = store.currentUserId();
        QVERIFY(store.create(w).ok());

        a.login("ann@example.com");
        QVERIFY(a.sync().pushed > 0);
        QCOMPARE(SyncJournal(store).conflicts()->size(), size_t(0));
        b.login("ann@example.com");
        QVERIFY(b.sync().pulled > 0);

        QVERIFY(sameFields(*b.store->get<SatisfactionResponse>(r.meta.id), r));
        QCOMPARE(b.store->get<Account>(account)->lifecycle, Lifecycle::Declining);
        QCOMPARE(b.store->get<Account>(account)->paymentOverdueDays, 45);
        const std::vector<LifecycleChange> history = *b.store->lifecycleChanges(account);
        QCOMPARE(history.size(), size_t(2)); // created as a prospect, then declining
        QCOMPARE(history.front().meta.id, decided.meta.id);
        QCOMPARE(history.front().reason, QString("两个季度收入下降 35%"));
        QCOMPARE(history.front().changedBy, ann.id);
        const WarningReview there = b.store->latestWarningReviews()->value(account);
        QCOMPARE(there.note, QString("财务已催款"));
        QCOMPARE(there.reviewedBy, ann.id);
        QCOMPARE(there.snoozedUntil, w.snoozedUntil);

        bob.login("bob@example.com");
        QVERIFY(bob.sync().pulled >= 0);
        for (const char *table : {"satisfaction_responses", "lifecycle_changes", "warning_reviews"})
            QCOMPARE(*bob.store->count(QString::fromLatin1(table)), qint64(0));
    }

    // Given a tier decision, a cost entry, a campaign and one of its members made offline, when
    // they sync, then the user's other laptop has them; a colleague without the account gets
    // the campaign (shared by everyone) but not what belongs to the account.
    void givenValueRecordsMadeOffline_whenSynced_thenTheOtherLaptopHasThem()
    {
        TestServer server;
        KAM_REQUIRE_SERVER(server);
        const server::UserInfo ann = server.addUser("ann@example.com");
        server.addUser("bob@example.com");
        QTemporaryDir dir;
        Laptop a(dir, "a.sqlite", server.port), b(dir, "b.sqlite", server.port),
            bob(dir, "bob.sqlite", server.port);
        Store &store = *a.store;
        Account customer = newAccount("华东重工集团", store.currentUserId());
        customer.strategicFit = 5;
        const QString account = store.create(customer)->meta.id;
        Contact buyer;
        buyer.accountId = account;
        buyer.name = "张伟";
        buyer = *store.create(buyer);
        const TierChange decided
            = *store.decideTier(account, Tier::Core, "key", 78.25, "标准价值模型", "集团战略客户");
        CostEntry cost;
        cost.accountId = account;
        cost.incurredOn = QDate::currentDate().addDays(-20);
        cost.kind = CostKind::Logistics;
        cost.amountMinor = 1250000;
        cost.note = "运输与仓储";
        cost = *store.create(cost);
        Campaign expo;
        expo.name = "2026 工业装备展";
        expo.channel = CampaignChannel::Exhibition;
        expo.startsOn = QDate::currentDate().addDays(-30);
        expo.endsOn = expo.startsOn.addDays(3);
        expo.costMinor = 38000000;
        expo = *store.create(expo);
        CampaignMember member;
        member.campaignId = expo.meta.id;
        member.accountId = account;
        member.contactId = buyer.meta.id;
        member.respondedOn = expo.startsOn.addDays(1);
        member.response = "索取报价";
        member = *store.create(member);

        a.login("ann@example.com");
        QVERIFY(a.sync().pushed > 0);
        QCOMPARE(SyncJournal(store).conflicts()->size(), size_t(0));
        b.login("ann@example.com");
        QVERIFY(b.sync().pulled > 0);

        const Account there = *b.store->get<Account>(account);
        QCOMPARE(there.tier, Tier::Core);
        QCOMPARE(there.strategicFit, 5);
        const std::vector<TierChange> history = *b.store->tierChanges(account);
        QCOMPARE(history.size(), size_t(1));
        QCOMPARE(history.front().meta.id, decided.meta.id);
        QCOMPARE(history.front().score, 78.25);
        QCOMPARE(history.front().reason, QString("集团战略客户"));
        QCOMPARE(history.front().changedBy, ann.id);
        QVERIFY(sameFields(*b.store->get<CostEntry>(cost.meta.id), cost));
        QVERIFY(sameFields(*b.store->get<Campaign>(expo.meta.id), expo));
        QVERIFY(sameFields(*b.store->get<CampaignMember>(member.meta.id), member));

        bob.login("bob@example.com");
        QVERIFY(bob.sync().pulled >= 0);
        QCOMPARE(*bob.store->count("campaigns"), qint64(1));
        for (const char *table : {"tier_changes", "cost_entries", "campaign_members"})
            QCOMPARE(*bob.store->count(QString::fromLatin1(table)), qint64(0));
    }

    // Given an export recorded offline before the first login, when the laptop syncs, then the
    // server lists it under the manager's server identity and an admin's laptop receives it,
    // while the manager's other laptop and a colleague never do.
    void givenExportRecordedOffline_whenSynced_thenOnlyAdminsSeeIt()
    {
        TestServer server;
        KAM_REQUIRE_SERVER(server);
        const server::UserInfo ann = server.addUser("ann@example.com");
        server.addUser("bob@example.com");
        server.addUser("root@example.com", server::Role::Admin);
        QTemporaryDir dir;
        Laptop a(dir, "a.sqlite", server.port), b(dir, "b.sqlite", server.port),
            bob(dir, "bob.sqlite", server.port), root(dir, "root.sqlite", server.port);
        const Result<ExportRecord> recorded
            = a.store->recordExport("opportunities", "csv", 8800, "销售机会.csv");
        QVERIFY2(recorded, recorded ? "" : qPrintable(recorded.error().message));

        a.login("ann@example.com");
        QVERIFY(a.sync().pushed > 0);
        QCOMPARE(SyncJournal(*a.store).conflicts()->size(), size_t(0));
        // The first sync's snapshot does not carry the log to a manager, so the laptop's copy
        // goes like any row the user cannot read; the server keeps it.
        QCOMPARE(*a.store->count("export_log"), qint64(0));

        const Result<std::vector<server::ExportLine>> listed = server.sync->exportLog();
        QVERIFY2(listed, listed ? "" : qPrintable(listed.error().message));
        QCOMPARE(listed->size(), size_t(1));
        QCOMPARE(listed->front().id, recorded->meta.id);
        QCOMPARE(listed->front().userId, ann.id);
        QCOMPARE(listed->front().userName, QString("ann"));
        QCOMPARE(listed->front().rows, 8800);
        QCOMPARE(listed->front().destination, QString("销售机会.csv"));

        root.login("root@example.com");
        QVERIFY(root.sync().pulled > 0);
        const std::vector<ExportRecord> atAdmin = *root.store->exportRecords();
        QCOMPARE(atAdmin.size(), size_t(1));
        QCOMPARE(atAdmin.front().what, QString("opportunities"));
        QCOMPARE(atAdmin.front().exportedBy, ann.id);

        b.login("ann@example.com");
        QVERIFY(b.sync().pulled >= 0);
        bob.login("bob@example.com");
        QVERIFY(bob.sync().pulled >= 0);
        QCOMPARE(*b.store->count("export_log"), qint64(0));
        QCOMPARE(*bob.store->count("export_log"), qint64(0));
        // A later export by the same laptop still goes up at the next sync.
        QVERIFY(a.store->recordExport("portfolio", "csv", 3, "客户.csv"));
        QVERIFY(a.sync().pushed > 0);
        QCOMPARE(server.sync->exportLog(ann.id)->size(), size_t(2));
    }

    void givenTwoDevicesEditOneFieldOffline_whenBothSync_thenSecondKeepsBothValuesAndAllConverge()
    {
        TestServer server;
        KAM_REQUIRE_SERVER(server);
        server.addUser("ann@example.com");
        QTemporaryDir dir;
        Laptop a(dir, "a.sqlite", server.port), b(dir, "b.sqlite", server.port);
        a.login("ann@example.com");
        b.login("ann@example.com");
        const QString id = a.store->create(newAccount("华东精密机械有限公司", a.store->currentUserId()))->meta.id;
        QCOMPARE(a.sync().pushed, 2); // the account and its first lifecycle stage
        QCOMPARE(b.sync().pulled, 3); // the user row, the account and its lifecycle stage

        // Both laptops' clocks follow the server's, so "later" is exact.
        for (Laptop *l : { &a, &b })
            l->store->setClock([&] { return QDateTime::fromMSecsSinceEpoch(server.now, Qt::UTC); });
        Account onA = a.account(id), onB = b.account(id);
        onA.region = "华东";
        onB.region = "华南";
        QVERIFY(a.store->update(onA));
        server.now += 60000;
        QVERIFY(b.store->update(onB));
        QCOMPARE(a.sync().conflicts, 0);
        const sync::SyncReport second = b.sync();
        QCOMPARE(second.conflicts, 1);
        const std::vector<SyncConflict> kept = b.conflicts();
        QCOMPARE(kept.size(), size_t(1));
        QCOMPARE(kept[0].field, QString("region"));
        QCOMPARE(kept[0].mine.toString(), QString("华南"));
        QCOMPARE(kept[0].theirs.toString(), QString("华东"));
        QCOMPARE(kept[0].reason, QString("concurrent_edit"));

        QVERIFY(kept[0].mineKept); // the later edit wins; the earlier one stays reviewable

        a.sync();
        QCOMPARE(a.account(id).region, QString("华南"));
        QCOMPARE(b.account(id).region, QString("华南"));
        // a's field history shows the synced change from the other device, under its author.
        const auto history = *a.store->accountHistory(id);
        QVERIFY(std::any_of(history.begin(), history.end(), [&](const JournalEntry &e) {
            return e.field == "region" && e.oldValue.toString() == "华东"
                && e.newValue.toString() == "华南" && e.authorId == a.store->currentUserId();
        }));
    }

    void givenEditMadeOffline_whenAccountLeftScopeMeanwhile_thenAccountGoesAndEditIsKept()
    {
        TestServer server;
        KAM_REQUIRE_SERVER(server);
        const auto ann = server.addUser("ann@example.com");
        const auto bo = server.addUser("bo@example.com");
        QTemporaryDir dir;
        Laptop a(dir, "a.sqlite", server.port);
        a.login("ann@example.com");
        const QString id = a.store->create(newAccount("Acme", ann.id))->meta.id;
        Contact c;
        c.accountId = id;
        c.name = "王经理";
        QVERIFY(a.store->create(c));
        a.sync();

        Account edited = a.account(id);
        edited.notes = "offline note";
        QVERIFY(a.store->update(edited));
        QVERIFY(server.sync->reassign(ann.id, bo.id, id));
        const sync::SyncReport r = a.sync();
        QVERIFY(r.conflicts >= 1);
        QVERIFY(!a.store->get<Account>(id));
        QCOMPARE(*a.store->count("contacts"), 0);
        const std::vector<SyncConflict> kept = a.conflicts();
        QVERIFY(std::any_of(kept.begin(), kept.end(), [](const SyncConflict &k) {
            return k.field == "notes" && k.mine.toString() == "offline note";
        }));
    }

    void givenRevokedDevice_whenSync_thenCompanyDataWipedWithReason()
    {
        TestServer server;
        KAM_REQUIRE_SERVER(server);
        server.addUser("ann@example.com");
        QTemporaryDir dir;
        Laptop a(dir, "a.sqlite", server.port);
        a.login("ann@example.com");
        QVERIFY(a.store->create(newAccount("Acme", a.store->currentUserId())));
        a.sync();
        QVERIFY(server.auth->revokeDevice(a.setting(SyncJournal::kDeviceKey)));
        Result<sync::SyncReport> r = a.engine->sync();
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Revoked);
        QVERIFY(r.error().message.contains("revoked"));
        QCOMPARE(*a.store->count("accounts"), 0);
        QCOMPARE(*a.store->count("users"), 1); // a fresh local identity only
        QVERIFY(a.setting(SyncJournal::kUserIdKey).isEmpty());
        QVERIFY(a.vault.token.isEmpty());
        QCOMPARE(*a.store->pendingChangeCount(), 1); // that identity's own row, nothing of the company
    }

    void givenOtherSchema_whenSync_thenOutdatedWithServerMessage()
    {
        TestServer server;
        KAM_REQUIRE_SERVER(server);
        server.addUser("ann@example.com");
        QTemporaryDir dir;
        auto store = std::move(Store::open(dir.filePath("a.sqlite"))).value();
        SchemaTransport old(server, sync::kSyncSchema - 2);
        sync::SyncEngine engine(*store, old);
        QVERIFY(engine.login("ann@example.com", "correct horse battery", "old"));
        Result<sync::SyncReport> r = engine.sync();
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Outdated);
        QVERIFY2(r.error().message.contains("Update KAM Desk"), qPrintable(r.error().message));
    }

    void givenExpiredAccessToken_whenSync_thenRenewedSilently_andEndedSessionAsksToLogIn()
    {
        TestServer server;
        KAM_REQUIRE_SERVER(server);
        server.addUser("ann@example.com");
        QTemporaryDir dir;
        Laptop a(dir, "a.sqlite", server.port);
        a.login("ann@example.com");
        a.sync();
        const QString before = a.vault.token;
        server.now += server::AuthService::kAccessTtlMs + 1000;
        a.restart(); // the access token is gone; the refresh token is in the vault
        QVERIFY(a.sync().pushed >= 0);
        QVERIFY(a.vault.token != before); // rotated and saved at once

        a.vault.token = before; // a refresh token that was already used: the session ends
        a.restart();
        Result<sync::SyncReport> r = a.engine->sync();
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Unauthorized);
        QVERIFY(a.vault.token.isEmpty());
    }

    void givenNoKeychain_whenLoggedIn_thenSyncWorksUntilRestartThenAsksAgain()
    {
        TestServer server;
        KAM_REQUIRE_SERVER(server);
        server.addUser("ann@example.com");
        QTemporaryDir dir;
        NoKeychain none;
        Laptop a(dir, "a.sqlite", server.port, &none);
        a.login("ann@example.com");
        QVERIFY(a.engine->hasSession());
        QVERIFY2(a.engine->vaultProblem().contains("no keychain"), qPrintable(a.engine->vaultProblem()));
        QVERIFY(a.sync().pushed >= 0);
        a.restart(&none);
        QVERIFY(!a.engine->hasSession());
        Result<sync::SyncReport> r = a.engine->sync();
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Unauthorized);
        // Nothing secret was written to the store.
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "peek");
        db.setDatabaseName(a.path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec("SELECT count(*) FROM settings WHERE key LIKE '%token%' OR value LIKE '%token%'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();
        db.close();
        db = {};
        QSqlDatabase::removeDatabase("peek");
    }

    void givenInterruptedBootstrap_whenSyncedAgain_thenSameRowsAsUninterrupted()
    {
        TestServer server;
        KAM_REQUIRE_SERVER(server);
        const auto ann = server.addUser("ann@example.com");
        QTemporaryDir dir;
        Laptop source(dir, "source.sqlite", server.port);
        source.login("ann@example.com");
        for (int i = 0; i < 40; ++i)
            QVERIFY(source.store->create(newAccount(QString("Account %1").arg(i), ann.id)));
        QCOMPARE(source.sync().pushed, 2 * 40); // each account with its first lifecycle stage

        Laptop fresh(dir, "fresh.sqlite", server.port);
        fresh.login("ann@example.com");
        fresh.engine->setPageSizes(500, 5, 7);
        int pages = 0;
        Result<sync::SyncReport> cut = fresh.engine->sync([&](const sync::SyncProgress &p) {
            return p.phase != sync::SyncProgress::Phase::Bootstrapping || ++pages < 3;
        });
        QVERIFY(!cut);
        QCOMPARE(cut.error().code, ErrorCode::Cancelled);
        const qint64 partial = *fresh.store->count("accounts");
        QVERIFY(partial > 0 && partial < 40);
        QVERIFY(!fresh.setting(SyncJournal::kBootstrapAfterKey).isEmpty());
        fresh.restart();
        QVERIFY(fresh.sync().bootstrapped);
        QCOMPARE(*fresh.store->count("accounts"), 40);
        QVERIFY(fresh.setting(SyncJournal::kBootstrapAfterKey).isEmpty());
        QVERIFY(!fresh.setting(SyncJournal::kCursorKey).isEmpty());
    }

    void givenHistoryPurgedOnServer_whenClientSyncs_thenItBootstrapsAndDropsWhatTheServerLost()
    {
        TestServer server;
        KAM_REQUIRE_SERVER(server);
        const auto ann = server.addUser("ann@example.com");
        QTemporaryDir dir;
        Laptop a(dir, "a.sqlite", server.port), b(dir, "b.sqlite", server.port);
        a.login("ann@example.com");
        b.login("ann@example.com");
        const QString gone = a.store->create(newAccount("Gone Ltd", ann.id))->meta.id;
        const QString kept = a.store->create(newAccount("Kept Ltd", ann.id))->meta.id;
        a.sync();
        b.sync();
        QVERIFY(b.store->remove<Account>(gone));
        b.sync();
        // a stays offline for half a year while the server purges old history.
        server.now += server::SyncService::kMinRetentionMs + 24 * 3600 * 1000LL;
        QVERIFY(server.sync->purge(server::SyncService::kMinRetentionMs));
        a.restart();
        a.login("ann@example.com"); // the 30-day session ran out too
        const sync::SyncReport r = a.sync();
        QVERIFY(r.bootstrapped);
        QVERIFY(!a.store->get<Account>(gone)); // it never heard of the deletion: dropped anyway
        QVERIFY(a.store->get<Account>(kept));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_sync_engine.moc"
