// SPDX-License-Identifier: GPL-3.0-or-later
// Satisfaction responses, lifecycle history and warning reviews in the store: what it refuses
// without writing anything, the history it keeps, the facts it gathers for the churn score, and
// the churn settings.
#include "store/health_facts.h"
#include "store/pipeline_settings.h"
#include "support/result_check.h"
#include "support/store_fixture.h"

#include <QTest>

using namespace kam;
using namespace kam::analytics;

class TestHealthStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_store.reset(); }

    void badResponsesWriteNothing_data();
    void badResponsesWriteNothing();
    void lifecycleHistory();
    void lifecycleDecisionUndo();
    void warningReviews();
    void factsOfAnAccount();
    void factsOfSomeAccounts();
    void churnSettingsRoundTrip();
    void dimensions();

private:
    SatisfactionResponse response(int recommend, const QDate &day) const;
    Activity activity(const QString &account, const QDateTime &when, ActivityKind kind = ActivityKind::Visit) const;
    qint64 journalSize() const { return m_store->pendingChangeCount().value(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_account;
    QDateTime m_now;
};

void TestHealthStore::init()
{
    m_store = test::openStore(m_dir, QStringLiteral("health-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
    QVERIFY(m_store);
    m_now = QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);
    m_store->setClock([this] { return m_now; });
    m_account = m_store->create(test::sampleAccount("华东重工集团")).value().meta.id;
}

SatisfactionResponse TestHealthStore::response(int recommend, const QDate &day) const
{
    SatisfactionResponse r;
    r.accountId = m_account;
    r.respondedOn = day;
    r.recommend = recommend;
    r.satisfaction = 4;
    r.dimensionScores = QStringLiteral("quality=4;delivery=3");
    r.comment = QStringLiteral("交付准时，技术支持响应慢。");
    return r;
}

Activity TestHealthStore::activity(const QString &account, const QDateTime &when, ActivityKind kind) const
{
    Activity a;
    a.accountId = account;
    a.kind = kind;
    a.occurredAt = when;
    a.summary = QStringLiteral("拜访采购部");
    return a;
}

void TestHealthStore::badResponsesWriteNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("message");
    QTest::newRow("score 11") << "recommend11" << "0 to 10";
    QTest::newRow("negative score") << "recommend-2" << "0 to 10";
    QTest::newRow("satisfaction 6") << "satisfaction6" << "1 to 5";
    QTest::newRow("negative satisfaction") << "satisfaction-1" << "1 to 5";
    QTest::newRow("future date") << "future" << "after today (2026-11-20)";
    QTest::newRow("no date") << "nodate" << "the day it was given";
    QTest::newRow("unknown account") << "account" << "account does not exist";
    QTest::newRow("contact of another account") << "contact" << "not a contact of the account";
    QTest::newRow("dimension score 0") << "dimension0" << "quality=0";
    QTest::newRow("dimension without score") << "dimensionText" << "delivery";
}

void TestHealthStore::badResponsesWriteNothing()
{
    QFETCH(QString, what);
    QFETCH(QString, message);
    SatisfactionResponse r = response(9, QDate(2026, 11, 1));
    if (what == u"recommend11")
        r.recommend = 11;
    else if (what == u"recommend-2")
        r.recommend = -2;
    else if (what == u"satisfaction6")
        r.satisfaction = 6;
    else if (what == u"satisfaction-1")
        r.satisfaction = -1;
    else if (what == u"future")
        r.respondedOn = QDate(2026, 11, 21);
    else if (what == u"nodate")
        r.respondedOn = {};
    else if (what == u"account")
        r.accountId = QStringLiteral("6f1c2a80-0000-4000-8000-000000000001");
    else if (what == u"contact") {
        const QString other = m_store->create(test::sampleAccount("其他客户")).value().meta.id;
        Contact c;
        c.accountId = other;
        c.name = QStringLiteral("王丽");
        r.contactId = m_store->create(c).value().meta.id;
    } else if (what == u"dimension0")
        r.dimensionScores = QStringLiteral("quality=0");
    else if (what == u"dimensionText")
        r.dimensionScores = QStringLiteral("quality=4;delivery");
    const qint64 before = journalSize();
    Result<SatisfactionResponse> created = m_store->create(r);
    QVERIFY(!created);
    QVERIFY2(created.error().message.contains(message), qPrintable(created.error().message));
    QCOMPARE(journalSize(), before);
    QCOMPARE(m_store->count(QStringLiteral("satisfaction_responses")).value(), 0);

    // The same checks guard an edit of a stored response.
    SatisfactionResponse stored = m_store->create(response(9, QDate(2026, 11, 1))).value();
    if (what == u"recommend11") {
        stored.recommend = 11;
        QVERIFY(!m_store->update(stored));
        QCOMPARE(m_store->get<SatisfactionResponse>(stored.meta.id)->recommend, 9);
    }
}

// A stage set in the account form and one decided with a reason are both in the history; a
// confirmation of the current stage is kept without touching the account.
void TestHealthStore::lifecycleHistory()
{
    std::vector<LifecycleChange> history = m_store->lifecycleChanges(m_account).value();
    QCOMPARE(history.size(), size_t(1)); // created as a prospect
    QCOMPARE(history[0].toStage, Lifecycle::Prospect);

    Account a = m_store->get<Account>(m_account).value();
    a.lifecycle = Lifecycle::Mature;
    m_now = m_now.addDays(1);
    KAM_VERIFY_RESULT(m_store->update(a));
    m_now = m_now.addDays(1);
    Result<LifecycleChange> decided = m_store->decideLifecycle(
        m_account, Lifecycle::Declining, enumCode(Lifecycle::Declining), QStringLiteral("两个季度收入下降 35%"));
    KAM_VERIFY_RESULT(decided);
    QCOMPARE(m_store->get<Account>(m_account)->lifecycle, Lifecycle::Declining);
    m_now = m_now.addDays(1);
    KAM_VERIFY_RESULT(m_store->decideLifecycle(m_account, Lifecycle::Declining, {}, QStringLiteral("复核：仍在下降")));

    history = m_store->lifecycleChanges(m_account).value();
    QCOMPARE(history.size(), size_t(4));
    QCOMPARE(history[0].reason, QStringLiteral("复核：仍在下降"));
    QCOMPARE(history[0].fromStage, Lifecycle::Declining);
    QCOMPARE(history[0].toStage, Lifecycle::Declining);
    QCOMPARE(history[1].proposed, QStringLiteral("declining"));
    QCOMPARE(history[1].fromStage, Lifecycle::Mature);
    QCOMPARE(history[1].changedAt, m_now.addDays(-1));
    QCOMPARE(history[1].changedBy, m_store->currentUserId());
    QCOMPARE(history[2].toStage, Lifecycle::Mature);
    QVERIFY(history[2].reason.isEmpty());

    const qint64 before = journalSize();
    QCOMPARE(m_store->decideLifecycle(m_account, Lifecycle::Lost, {}, QStringLiteral("  ")).error().code,
             ErrorCode::Invalid);
    QCOMPARE(m_store->decideLifecycle(m_account, Lifecycle::Lost, QStringLiteral("gone"), QStringLiteral("x")).error().code,
             ErrorCode::Invalid);
    QCOMPARE(m_store->decideLifecycle(QStringLiteral("6f1c2a80-0000-4000-8000-000000000001"), Lifecycle::Lost, {},
                                      QStringLiteral("x"))
                 .error()
                 .code,
             ErrorCode::NotFound);
    QCOMPARE(journalSize(), before);
    QCOMPARE(m_store->get<Account>(m_account)->lifecycle, Lifecycle::Declining);
}

// Withdrawing a decision (its undo) takes the change out of the history and puts the stage
// back, recording nothing of its own; reinstating it (redo) brings back the same row. A stage
// set after the decision is newer and stays.
void TestHealthStore::lifecycleDecisionUndo()
{
    Account a = m_store->get<Account>(m_account).value();
    a.lifecycle = Lifecycle::Mature;
    KAM_VERIFY_RESULT(m_store->update(a));
    m_now = m_now.addDays(1);
    const LifecycleChange decided = m_store->decideLifecycle(m_account, Lifecycle::Declining, "declining",
                                                             "两个季度收入下降 35%").value();
    QCOMPARE(m_store->lifecycleChanges(m_account)->size(), size_t(3));

    KAM_VERIFY_RESULT(m_store->withdrawLifecycleDecision(decided.meta.id));
    QCOMPARE(m_store->get<Account>(m_account)->lifecycle, Lifecycle::Mature);
    std::vector<LifecycleChange> history = m_store->lifecycleChanges(m_account).value();
    QCOMPARE(history.size(), size_t(2));
    QCOMPARE(history[0].toStage, Lifecycle::Mature);

    KAM_VERIFY_RESULT(m_store->reinstateLifecycleDecision(decided.meta.id));
    QCOMPARE(m_store->get<Account>(m_account)->lifecycle, Lifecycle::Declining);
    history = m_store->lifecycleChanges(m_account).value();
    QCOMPARE(history.size(), size_t(3));
    QCOMPARE(history[0].meta.id, decided.meta.id);
    QCOMPARE(history[0].reason, QString("两个季度收入下降 35%"));

    // Given a stage set in the form after the decision, withdrawing the decision keeps it.
    a = m_store->get<Account>(m_account).value();
    a.lifecycle = Lifecycle::Lost;
    m_now = m_now.addDays(1);
    KAM_VERIFY_RESULT(m_store->update(a));
    KAM_VERIFY_RESULT(m_store->withdrawLifecycleDecision(decided.meta.id));
    QCOMPARE(m_store->get<Account>(m_account)->lifecycle, Lifecycle::Lost);
    QCOMPARE(m_store->lifecycleChanges(m_account)->size(), size_t(3));
}

void TestHealthStore::warningReviews()
{
    WarningReview w;
    w.accountId = m_account;
    w.score = 55;
    w.signalCodes = QStringLiteral("nps_drop,no_contact");
    w.reviewedAt = m_now;
    w.note = QStringLiteral("已约下周拜访");
    KAM_VERIFY_RESULT(m_store->create(w));

    WarningReview snooze = w;
    snooze.kind = WarningReviewKind::Snoozed;
    snooze.snoozedUntil = m_now.date(); // must be after today
    const qint64 before = journalSize();
    QVERIFY(m_store->create(snooze).error().message.contains("after today"));
    snooze.snoozedUntil = m_now.date().addDays(14);
    snooze.signalCodes = QStringLiteral("nps_drop,bad_weather");
    QVERIFY(m_store->create(snooze).error().message.contains("bad_weather"));
    snooze.signalCodes = w.signalCodes;
    snooze.score = 101;
    QVERIFY(!m_store->create(snooze));
    QCOMPARE(journalSize(), before);

    snooze.score = 60;
    snooze.reviewedAt = m_now.addSecs(60);
    KAM_VERIFY_RESULT(m_store->create(snooze));
    const QHash<QString, WarningReview> latest = m_store->latestWarningReviews().value();
    QCOMPARE(latest.size(), 1);
    QCOMPARE(latest.value(m_account).kind, WarningReviewKind::Snoozed);
    QCOMPARE(latest.value(m_account).score, 60);
}

// The facts of one account built by hand: quarters of answers, revenue in the account's
// currency only, the first win, deal moves, the last contact, open cases and key contacts.
void TestHealthStore::factsOfAnAccount()
{
    const QDate today(2026, 11, 20);
    for (const auto &[recommend, day] : {std::pair{10, QDate(2026, 2, 3)}, std::pair{3, QDate(2026, 3, 30)},
                                         std::pair{-1, QDate(2026, 10, 9)}, std::pair{6, QDate(2026, 11, 2)}})
        KAM_VERIFY_RESULT(m_store->create(response(recommend, day)));
    SatisfactionResponse old = response(9, QDate(2023, 1, 5)); // older than eight quarters
    KAM_VERIFY_RESULT(m_store->create(old));

    const auto deal = [&](qint64 amount, const QString &currency, DealStatus status, const QDate &closed) {
        Opportunity o;
        o.accountId = m_account;
        o.title = QStringLiteral("二期产线");
        o.amountMinor = amount;
        o.currency = currency;
        o.stageId = m_store->stages().value().front().meta.id;
        o.status = status;
        o.closedOn = closed;
        o.expectedClose = closed.isValid() ? closed : today.addMonths(2);
        return m_store->create(o).value();
    };
    m_now = QDateTime(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC);
    deal(100, QStringLiteral("CNY"), DealStatus::Won, QDate(2024, 5, 1));
    m_now = QDateTime(QDate(2026, 8, 1), QTime(8, 0), Qt::UTC);
    deal(500000, QStringLiteral("CNY"), DealStatus::Won, QDate(2026, 8, 1));
    deal(200000, QStringLiteral("CNY"), DealStatus::Won, QDate(2026, 9, 30));
    deal(999999, QStringLiteral("USD"), DealStatus::Won, QDate(2026, 9, 1)); // another currency
    Opportunity open = deal(300000, QStringLiteral("CNY"), DealStatus::Open, {});
    m_now = QDateTime(QDate(2026, 10, 15), QTime(8, 0), Qt::UTC);
    open.stageId = m_store->stages().value()[1].meta.id;
    KAM_VERIFY_RESULT(m_store->update(open));

    KAM_VERIFY_RESULT(m_store->create(activity(m_account, QDateTime(QDate(2026, 11, 3), QTime(9, 0), Qt::UTC))));
    Activity serviceCase = m_store->create(activity(m_account, QDateTime(QDate(2026, 11, 10), QTime(9, 0), Qt::UTC),
                                                    ActivityKind::ServiceCase)).value();
    Activity closedCase = activity(m_account, QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC), ActivityKind::ServiceCase);
    closedCase.done = true;
    KAM_VERIFY_RESULT(m_store->create(closedCase));

    Contact champion;
    champion.accountId = m_account;
    champion.name = QStringLiteral("李强");
    champion.stance = Stance::Champion;
    champion.active = false;
    m_now = QDateTime(QDate(2026, 9, 1), QTime(8, 0), Qt::UTC);
    KAM_VERIFY_RESULT(m_store->create(champion));
    Contact user;
    user.accountId = m_account;
    user.name = QStringLiteral("赵敏");
    user.influence = 2;
    user.active = false; // not a key contact
    KAM_VERIFY_RESULT(m_store->create(user));
    m_now = QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);

    const std::vector<AccountHealthFacts> all = loadHealthFacts(*m_store, today).value();
    QCOMPARE(all.size(), size_t(1));
    const AccountHealthFacts &f = all.front();
    QCOMPARE(f.accountId, m_account);
    QCOMPARE(f.satisfaction.size(), size_t(2));
    QCOMPARE(f.satisfaction[0].quarterStart, QDate(2026, 1, 1));
    QCOMPARE(f.satisfaction[0].nps.promoters, 1);
    QCOMPARE(f.satisfaction[0].nps.detractors, 1);
    QCOMPARE(f.satisfaction[0].satisfaction.count, 2);
    QCOMPARE(f.satisfaction[1].quarterStart, QDate(2026, 10, 1));
    QCOMPARE(f.satisfaction[1].nps.responses, 2);
    QCOMPARE(f.satisfaction[1].nps.answered, 1);
    QCOMPARE(f.wonByQuarter.size(), size_t(1));
    QCOMPARE(f.wonByQuarter.at(QDate(2026, 7, 1)), qint64(700000));
    QCOMPARE(f.firstWon, QDate(2024, 5, 1));
    QCOMPARE(f.openDealMoves.size(), size_t(1));
    QCOMPARE(f.openDealMoves[0], QDateTime(QDate(2026, 10, 15), QTime(8, 0), Qt::UTC));
    QCOMPARE(f.lastDealMove, QDateTime(QDate(2026, 10, 15), QTime(8, 0), Qt::UTC));
    QCOMPARE(f.lastContact, serviceCase.occurredAt);
    QCOMPARE(f.openServiceCases, 1);
    QVERIFY(!f.hasChampion);
    QCOMPARE(f.keyContactsLeft.size(), size_t(1));
    QCOMPARE(f.keyContactsLeft[0], QDateTime(QDate(2026, 9, 1), QTime(8, 0), Qt::UTC));

    // An activity after the day is not yet a contact.
    KAM_VERIFY_RESULT(m_store->create(activity(m_account, QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC))));
    QCOMPARE(loadHealthFacts(*m_store, today)->front().lastContact, serviceCase.occurredAt);
}

void TestHealthStore::factsOfSomeAccounts()
{
    QStringList ids = {m_account};
    for (int i = 0; i < 3; ++i)
        ids << m_store->create(test::sampleAccount(QStringLiteral("分公司 %1").arg(i))).value().meta.id;
    const QDate today(2026, 11, 20);
    KAM_VERIFY_RESULT(m_store->create(activity(ids[2], QDateTime(QDate(2026, 11, 3), QTime(9, 0), Qt::UTC))));
    KAM_VERIFY_RESULT(m_store->remove<Account>(ids[3]));

    QCOMPARE(loadHealthFacts(*m_store, today)->size(), size_t(3));
    const std::vector<AccountHealthFacts> some = loadHealthFacts(*m_store, today, {ids[2], ids[3]}).value();
    QCOMPARE(some.size(), size_t(1)); // the deleted one is gone
    QCOMPARE(some[0].accountId, ids[2]);
    QVERIFY(some[0].lastContact.isValid());
    QVERIFY(!loadHealthFacts(*m_store, today, {ids[1]})->front().lastContact.isValid());
}

void TestHealthStore::churnSettingsRoundTrip()
{
    ChurnSettings s = churnSettings(*m_store).value();
    QCOMPARE(s.rule(ChurnSignal::NpsDrop).weight, ChurnSettings::defaults().rule(ChurnSignal::NpsDrop).weight);
    s.rules[ChurnSignal::NpsDrop] = {35, 15};
    s.warnAt = 30;
    KAM_VERIFY_RESULT(setChurnSettings(*m_store, s));
    analytics::MaintenanceRules intervals = maintenanceRules(*m_store).value();
    intervals.days[Tier::Core] = 21;
    KAM_VERIFY_RESULT(setMaintenanceRules(*m_store, intervals));
    const ChurnSettings back = churnSettings(*m_store).value();
    QCOMPARE(back.rule(ChurnSignal::NpsDrop).weight, 35.0);
    QCOMPARE(back.rule(ChurnSignal::NpsDrop).threshold, 15.0);
    QCOMPARE(back.warnAt, 30);
    QCOMPARE(back.contactIntervals.intervalFor(Tier::Core), 21);

    ChurnSettings bad = back;
    bad.rules[ChurnSignal::RevenueDrop].weight = -1;
    QVERIFY(setChurnSettings(*m_store, bad).error().message.contains("Revenue falling"));
    bad = back;
    for (auto &[signal, rule] : bad.rules)
        rule.weight = 0;
    QVERIFY(!setChurnSettings(*m_store, bad));
    bad = back;
    bad.warnAt = 0;
    QVERIFY(!setChurnSettings(*m_store, bad));
    QCOMPARE(churnSettings(*m_store)->warnAt, 30);
}

void TestHealthStore::dimensions()
{
    QCOMPARE(satisfactionDimensions(*m_store).value(), defaultDimensions());
    KAM_VERIFY_RESULT(setSatisfactionDimensions(*m_store, {QStringLiteral("quality"), QStringLiteral("包装")}));
    QCOMPARE(satisfactionDimensions(*m_store).value(), (QStringList{QStringLiteral("quality"), QStringLiteral("包装")}));
    QVERIFY(!setSatisfactionDimensions(*m_store, {QStringLiteral("a=b")}));
    QVERIFY(!setSatisfactionDimensions(*m_store, {QStringLiteral("x"), QStringLiteral("x")}));
    QVERIFY(!setSatisfactionDimensions(*m_store, {}));
    QCOMPARE(satisfactionDimensions(*m_store)->size(), 2);
}

QTEST_GUILESS_MAIN(TestHealthStore)
#include "tst_health_store.moc"
