// SPDX-License-Identifier: GPL-3.0-or-later
// The churn warnings list, the breakdown of one score and the lifecycle history, each under
// QAbstractItemModelTester, on hand-built accounts scored on a fixed day; and the precise change
// signals the views rely on: a rename, a review or a new contact changes rows, never resets.

#include "itemmodels/churn_monitor.h"
#include "itemmodels/churn_signal_model.h"
#include "itemmodels/lifecycle_history_model.h"
#include "itemmodels/warning_list_model.h"
#include "support/health_fixture.h"
#include "support/result_check.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kam;
using namespace kam::test;
using analytics::WarningState;

namespace {
constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

/// The row of `signal` in a ChurnSignalModel.
int signalRow(const ChurnSignalModel &m, ChurnSignal signal)
{
    for (int r = 0; r < m.rowCount(); ++r)
        if (m.index(r, 0).data(ChurnSignalModel::SignalRole) == QVariant(int(signal)))
            return r;
    return -1;
}
} // namespace

class TestChurnModels : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ChurnMonitor> m_monitor;
    HealthAccounts m_ids;
    QString m_userId;

    WarningReview review(const QString &accountId, WarningReviewKind kind, const QString &note) const
    {
        const analytics::ChurnScore *score = m_monitor->score(accountId);
        WarningReview w;
        w.accountId = accountId;
        w.kind = kind;
        w.score = score ? score->score : 0;
        w.signalCodes = score ? score->firedCodes() : QString();
        if (kind == WarningReviewKind::Snoozed)
            w.snoozedUntil = kHealthToday.addDays(14);
        w.note = note;
        w.reviewedAt = m_store->now();
        w.reviewedBy = m_userId;
        return w;
    }

private slots:
    void init()
    {
        m_store = openStore(m_dir, QStringLiteral("churn-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
        QVERIFY(m_store);
        User me;
        me.name = "李明";
        m_userId = m_store->create(me).value().meta.id;
        KAM_VERIFY_RESULT(m_store->setCurrentUserId(m_userId));
        m_ids = makeHealthAccounts(*m_store);
        m_monitor = std::make_unique<ChurnMonitor>(*m_store);
        m_monitor->setToday(kHealthToday);
        QTRY_VERIFY(!m_monitor->isBusy() && m_monitor->isReady());
    }
    void cleanup()
    {
        m_monitor.reset();
        m_store.reset();
    }

    // Given the three accounts, then the two at risk are listed, the higher score first, new and
    // bold, with the fired signals' details; the healthy one is not.
    void listsTheWarningsHighestFirst()
    {
        WarningListModel model(m_store.get(), m_monitor.get());
        QAbstractItemModelTester tester(&model, kFatal);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.accountIdAt(0), m_ids.atRisk);
        QCOMPARE(model.accountIdAt(1), m_ids.watch);
        QCOMPARE(model.rowOf(m_ids.healthy), -1);
        QCOMPARE(m_monitor->newWarnings(), 2);

        const analytics::ChurnScore *score = m_monitor->score(m_ids.atRisk);
        QVERIFY(score->score >= m_monitor->settings().warnAt);
        QVERIFY(score->score > m_monitor->score(m_ids.watch)->score);
        QCOMPARE(model.index(0, WarningListModel::AccountName).data().toString(), QString("华东重工集团"));
        QCOMPARE(model.index(0, WarningListModel::Tier).data().toString(), enumLabel(Tier::Core));
        QCOMPARE(model.index(0, WarningListModel::Score).data().toString(), QString::number(score->score));
        QCOMPARE(model.index(0, WarningListModel::State).data().toString(), QString("New"));
        QVERIFY(model.index(0, WarningListModel::State).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model.index(0, WarningListModel::Trend).data(WarningListModel::SortRole).toInt(),
                 score->score - score->previousScore);
        const QString trend = model.index(0, WarningListModel::Trend).data().toString();
        QVERIFY2(trend.startsWith(u"▲") || trend.startsWith(u"▼") || trend == u"±0", qPrintable(trend));

        QStringList details;
        for (const analytics::SignalResult &r : score->signalResults)
            if (r.fired)
                details << r.detail;
        QVERIFY(details.size() >= 4);
        QCOMPARE(model.index(0, WarningListModel::Signals).data().toString(), details.join("; "));
        QVERIFY(model.index(0, WarningListModel::Note).data().toString().isEmpty());
    }

    // Given the list, when an account is renamed, then only its row changes.
    void renameChangesOneRow()
    {
        WarningListModel model(m_store.get(), m_monitor.get());
        QAbstractItemModelTester tester(&model, kFatal);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        Account a = m_store->get<Account>(m_ids.watch).value();
        a.shortName = "北能";
        KAM_VERIFY_RESULT(m_store->update(a));
        QCOMPARE(model.index(1, WarningListModel::AccountName).data().toString(), QString("北能"));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
        QTRY_VERIFY(!m_monitor->isBusy()); // its rescoring changes nothing shown
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(model.rowCount(), 2);
    }

    // Given a new warning, when it is acknowledged with a note, then its row says so and is no
    // longer bold; when the other is snoozed, it leaves the list unless snoozed ones are shown.
    void reviewsChangeStateAndSnoozedHide()
    {
        WarningListModel model(m_store.get(), m_monitor.get());
        QAbstractItemModelTester tester(&model, kFatal);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        KAM_VERIFY_RESULT(m_store->create(review(m_ids.atRisk, WarningReviewKind::Acknowledged, "已约下周拜访")));
        QCOMPARE(m_monitor->state(m_ids.atRisk), WarningState::Reviewed);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, WarningListModel::State).data().toString(),
                 QString("Acknowledged %1").arg(QLocale().toString(kHealthToday, QLocale::ShortFormat)));
        QCOMPARE(model.index(0, WarningListModel::Note).data().toString(), QString("已约下周拜访"));
        QVERIFY(!model.index(0, WarningListModel::State).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(m_monitor->newWarnings(), 1);

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        KAM_VERIFY_RESULT(m_store->create(review(m_ids.watch, WarningReviewKind::Snoozed, {})));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(m_ids.watch), -1);
        model.setShowSnoozed(true);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(model.rowOf(m_ids.watch), WarningListModel::State).data().toString(),
                 QString("Snoozed until %1").arg(QLocale().toString(kHealthToday.addDays(14), QLocale::ShortFormat)));
        QCOMPARE(model.index(model.rowOf(m_ids.watch), WarningListModel::State).data(WarningListModel::StateRole).toInt(),
                 int(WarningState::Snoozed));
        QCOMPARE(reset.count(), 0);
    }

    // Given the account at risk, then the breakdown has a row per signal and the score; the fired
    // ones add up to it, No contact's threshold is the core tier's interval. A champion added
    // switches the key-contact signal off in place.
    void breakdownOfOneScore()
    {
        ChurnSignalModel model(m_monitor.get());
        QAbstractItemModelTester tester(&model, kFatal);
        QCOMPARE(model.rowCount(), 0);
        model.setAccount(m_ids.atRisk);
        const int signalCount = int(enumEntries<ChurnSignal>().size());
        QCOMPARE(model.rowCount(), signalCount + 1);
        const analytics::ChurnScore *score = m_monitor->score(m_ids.atRisk);
        double points = 0;
        for (const analytics::SignalResult &r : score->signalResults)
            points += r.fired ? r.contribution : 0;
        QCOMPARE(qRound(points), score->score);
        const QModelIndex total = model.index(signalCount, ChurnSignalModel::Points);
        QVERIFY(total.data(ChurnSignalModel::IsTotalRole).toBool());
        QCOMPARE(total.data().toString(), QString::number(score->score));

        const int noContact = signalRow(model, ChurnSignal::NoContact);
        QVERIFY(model.index(noContact, 0).data(ChurnSignalModel::FiredRole).toBool());
        QCOMPARE(model.index(noContact, ChurnSignalModel::Threshold).data().toString(), QString("14 days"));
        QVERIFY(model.index(noContact, 0).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model.index(noContact, ChurnSignalModel::Weight).data().toString(), QString("15"));
        QCOMPARE(model.index(noContact, ChurnSignalModel::Points).data().toString(), QString("15"));
        const int payment = signalRow(model, ChurnSignal::PaymentOverdue);
        QCOMPARE(model.index(payment, ChurnSignalModel::Threshold).data().toString(), QString("30 days overdue"));
        const int keyContact = signalRow(model, ChurnSignal::KeyContactLost);
        QVERIFY(model.index(keyContact, 0).data(ChurnSignalModel::FiredRole).toBool());

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Contact champion;
        champion.accountId = m_ids.atRisk;
        champion.name = "王强";
        champion.stance = Stance::Champion;
        KAM_VERIFY_RESULT(m_store->create(champion));
        QTRY_VERIFY(!model.index(keyContact, 0).data(ChurnSignalModel::FiredRole).toBool());
        QVERIFY(!changed.isEmpty());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.index(keyContact, ChurnSignalModel::Points).data().toString(), QString("0"));

        model.setAccount({});
        QCOMPARE(model.rowCount(), 0);
    }

    // Given an account with its creation in the history, when a stage is decided, withdrawn and
    // reinstated, then rows come and go at the top, newest first, naming who decided.
    void lifecycleHistory()
    {
        LifecycleHistoryModel model(m_store.get());
        QAbstractItemModelTester tester(&model, kFatal);
        KAM_VERIFY_RESULT(model.setAccount(m_ids.atRisk));
        QCOMPARE(model.rowCount(), 2); // created a prospect, set mature in the form
        QCOMPARE(model.index(0, LifecycleHistoryModel::Change).data().toString(), QString("Prospect → Mature"));
        QVERIFY(model.index(0, LifecycleHistoryModel::Reason).data().toString().isEmpty());
        QCOMPARE(model.index(1, LifecycleHistoryModel::Change).data().toString(), QString("Prospect (new account)"));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        setStoreDay(*m_store, kHealthToday.addDays(1));
        const LifecycleChange decided =
            m_store->decideLifecycle(m_ids.atRisk, Lifecycle::Declining, "declining", "近两个季度收入下降 70%").value();
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, LifecycleHistoryModel::Change).data().toString(), QString("Mature → Declining"));
        QCOMPARE(model.index(0, LifecycleHistoryModel::Proposed).data().toString(), enumLabel(Lifecycle::Declining));
        QCOMPARE(model.index(0, LifecycleHistoryModel::Reason).data().toString(), QString("近两个季度收入下降 70%"));
        QCOMPARE(model.index(0, LifecycleHistoryModel::Who).data().toString(), QString("李明"));
        QCOMPARE(model.index(0, 0).data(LifecycleHistoryModel::IdRole).toString(), decided.meta.id);
        QVERIFY(!model.index(0, LifecycleHistoryModel::When).data().toString().isEmpty());

        KAM_VERIFY_RESULT(m_store->withdrawLifecycleDecision(decided.meta.id));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        KAM_VERIFY_RESULT(m_store->reinstateLifecycleDecision(decided.meta.id));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(reset.count(), 0);

        // A confirmation of the stage the account is at.
        setStoreDay(*m_store, kHealthToday.addDays(2));
        KAM_VERIFY_RESULT(m_store->decideLifecycle(m_ids.atRisk, Lifecycle::Declining, {}, "复核"));
        QCOMPARE(model.index(0, LifecycleHistoryModel::Change).data().toString(), QString("Declining (confirmed)"));
        QVERIFY(model.index(0, LifecycleHistoryModel::Proposed).data().toString().isEmpty());

        KAM_VERIFY_RESULT(model.setAccount({}));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestChurnModels)
#include "tst_churn_models.moc"
