// SPDX-License-Identifier: GPL-3.0-or-later
// ChurnMonitor: every account scored off the UI thread at start, then only the accounts whose
// inputs changed; reviews change the warnings' states; settings rescore everything.
#include "itemmodels/churn_monitor.h"
#include "support/result_check.h"
#include "support/store_fixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace kam;
using namespace kam::analytics;

class TestChurnMonitor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void scoresEveryAccountAtStart();
    void rescoresOnlyChangedAccounts();
    void reviewsChangeStates();
    void settingsRescoreEverything();
    void deletedAccountLeaves();

private:
    void waitIdle();
    void addResponses(const QString &account, const QDate &day, int recommend, int count);

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ChurnMonitor> m_monitor;
    QString m_souring;
    QString m_quiet;
    QDateTime m_now;
};

const QDate kToday(2026, 11, 20);

void TestChurnMonitor::init()
{
    m_store = test::openStore(m_dir, QStringLiteral("churn-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
    QVERIFY(m_store);
    m_now = QDateTime(kToday, QTime(8, 0), Qt::UTC);
    m_store->setClock([this] { return m_now; });
    Account souring = test::sampleAccount("华东重工集团");
    souring.tier = Tier::Core;
    m_souring = m_store->create(souring).value().meta.id;
    m_quiet = m_store->create(test::sampleAccount("西南物流")).value().meta.id;
    // NPS 100 in Q2, −100 in Q4: a fall of 200 points.
    addResponses(m_souring, QDate(2026, 5, 10), 10, 3);
    addResponses(m_souring, QDate(2026, 11, 2), 2, 3);
    m_monitor = std::make_unique<ChurnMonitor>(*m_store);
    m_monitor->setToday(kToday);
    waitIdle();
}

void TestChurnMonitor::cleanup()
{
    m_monitor.reset();
    m_store.reset();
}

void TestChurnMonitor::waitIdle()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_monitor->isReady() && !m_monitor->isBusy(), 10000);
}

void TestChurnMonitor::addResponses(const QString &account, const QDate &day, int recommend, int count)
{
    for (int i = 0; i < count; ++i) {
        SatisfactionResponse r;
        r.accountId = account;
        r.respondedOn = day;
        r.recommend = recommend;
        KAM_VERIFY_RESULT(m_store->create(r));
    }
}

void TestChurnMonitor::scoresEveryAccountAtStart()
{
    const ChurnScore *souring = m_monitor->score(m_souring);
    QVERIFY(souring);
    QVERIFY(m_monitor->score(m_quiet));
    const auto nps = std::find_if(souring->signalResults.begin(), souring->signalResults.end(),
                                  [](const SignalResult &s) { return s.signal == ChurnSignal::NpsDrop; });
    QVERIFY(nps != souring->signalResults.end());
    QVERIFY(nps->fired);
    QCOMPARE(*nps->value, 200.0);
    QVERIFY(m_monitor->facts(m_souring));
    QCOMPARE(m_monitor->facts(m_souring)->satisfaction.size(), size_t(2));
    QCOMPARE(m_monitor->lifecycleProposal(m_quiet).stage, Lifecycle::Prospect); // never won a deal
}

void TestChurnMonitor::rescoresOnlyChangedAccounts()
{
    QSignalSpy scored(m_monitor.get(), &ChurnMonitor::scored);
    const int before = m_monitor->score(m_souring)->score;
    Activity visit;
    visit.accountId = m_quiet;
    visit.occurredAt = m_now.addDays(-1);
    visit.summary = QStringLiteral("拜访仓储部");
    KAM_VERIFY_RESULT(m_store->create(visit));
    waitIdle();
    QCOMPARE(scored.size(), 1);
    QCOMPARE(scored[0][0].toStringList(), QStringList{m_quiet});
    QCOMPARE(scored[0][1].toBool(), false);
    QCOMPARE(m_monitor->facts(m_quiet)->lastContact, visit.occurredAt);
    QCOMPARE(m_monitor->score(m_souring)->score, before);

    // A change written by another connection (the sync worker) is announced and followed too.
    std::unique_ptr<Store> other = Store::open(m_store->path()).value();
    SatisfactionResponse r;
    r.accountId = m_souring;
    r.respondedOn = QDate(2026, 11, 3);
    r.recommend = 10;
    const SatisfactionResponse written = other->create(r).value();
    m_store->announceChanges(QStringLiteral("satisfaction_responses"), {written.meta.id});
    waitIdle();
    QCOMPARE(scored.size(), 2);
    QCOMPARE(scored[1][0].toStringList(), QStringList{m_souring});
    QCOMPARE(m_monitor->facts(m_souring)->satisfaction.back().nps.responses, 4);
}

void TestChurnMonitor::reviewsChangeStates()
{
    QCOMPARE(m_monitor->state(m_souring), m_monitor->score(m_souring)->score >= m_monitor->settings().warnAt
                                              ? WarningState::New
                                              : WarningState::None);
    // Make the warning certain: lower the bar to the score itself.
    ChurnSettings s = m_monitor->settings();
    s.warnAt = std::max(1, m_monitor->score(m_souring)->score);
    KAM_VERIFY_RESULT(m_monitor->setSettings(s));
    waitIdle();
    QCOMPARE(m_monitor->state(m_souring), WarningState::New);
    const int fresh = m_monitor->newWarnings();
    QVERIFY(m_monitor->warningAccounts().contains(m_souring));

    QSignalSpy reviewed(m_monitor.get(), &ChurnMonitor::reviewsChanged);
    WarningReview w;
    w.accountId = m_souring;
    w.score = m_monitor->score(m_souring)->score;
    w.signalCodes = m_monitor->score(m_souring)->firedCodes();
    w.reviewedAt = m_now;
    w.note = QStringLiteral("已约客户高层面谈");
    KAM_VERIFY_RESULT(m_store->create(w));
    QCOMPARE(reviewed.size(), 1);
    QCOMPARE(m_monitor->state(m_souring), WarningState::Reviewed);
    QCOMPARE(m_monitor->newWarnings(), fresh - 1);
    QCOMPARE(m_monitor->latestReview(m_souring)->note, w.note);
}

void TestChurnMonitor::settingsRescoreEverything()
{
    QSignalSpy scored(m_monitor.get(), &ChurnMonitor::scored);
    ChurnSettings s = m_monitor->settings();
    for (auto &[signal, rule] : s.rules)
        rule.weight = signal == ChurnSignal::NpsDrop ? 1 : 0;
    KAM_VERIFY_RESULT(m_monitor->setSettings(s));
    waitIdle();
    QCOMPARE(scored.size(), 1);
    QCOMPARE(scored[0][1].toBool(), true);
    QCOMPARE(m_monitor->score(m_souring)->score, 100); // the one weighted signal fired
    QCOMPARE(m_monitor->score(m_quiet)->score, 0);
    QVERIFY(!m_monitor->setSettings(ChurnSettings{})); // no weights: refused, nothing changes
    QCOMPARE(m_monitor->settings().rule(ChurnSignal::NpsDrop).weight, 1.0);
}

void TestChurnMonitor::deletedAccountLeaves()
{
    KAM_VERIFY_RESULT(m_store->remove<Account>(m_quiet));
    waitIdle();
    QVERIFY(!m_monitor->score(m_quiet));
    QCOMPARE(m_monitor->state(m_quiet), WarningState::None);
    KAM_VERIFY_RESULT(m_store->restore<Account>(m_quiet));
    waitIdle();
    QVERIFY(m_monitor->score(m_quiet));
}

QTEST_GUILESS_MAIN(TestChurnMonitor)
#include "tst_churn_monitor.moc"
