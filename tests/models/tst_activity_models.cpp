// SPDX-License-Identifier: GPL-3.0-or-later
// The activity timeline, the agenda and the contact reminders: every model under
// QAbstractItemModelTester, the agenda's buckets and the reminders' tier boundaries on a fixed
// day, and the precise change signals the views rely on.

#include "itemmodels/activity_model.h"
#include "itemmodels/agenda_model.h"
#include "itemmodels/reminder_model.h"
#include "store/pipeline_settings.h"
#include "support/result_check.h"
#include "support/store_fixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kam;
using analytics::AgendaBucket;

namespace {
constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

/// Wednesday: the week runs to Sunday 2027-03-14.
const QDate kToday(2027, 3, 10);

QDateTime localNoon(const QDate &day)
{
    return QDateTime(day, QTime(12, 0));
}

/// The texts of column `column` of the children of `parent`.
QStringList childTexts(const QAbstractItemModel &m, const QModelIndex &parent, int column)
{
    QStringList texts;
    for (int r = 0; r < m.rowCount(parent); ++r)
        texts << m.index(r, column, parent).data().toString();
    return texts;
}
} // namespace

class TestActivityModels : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_group, m_branch, m_other;
    QString m_zhang;

    /// Creates an account of `tier` whose row dates from long before kToday.
    QString makeAccount(const QString &name, Tier tier, const QDate &created = QDate(2026, 1, 5))
    {
        m_store->setClock([created] { return localNoon(created).toUTC(); });
        Account a = test::sampleAccount(name);
        a.tier = tier;
        Result<Account> stored = m_store->create(a);
        m_store->setClock([] { return QDateTime::currentDateTimeUtc(); });
        return stored ? stored->meta.id : QString();
    }

    Activity makeActivity(const QString &accountId, const QString &summary, const QDate &day)
    {
        Activity a;
        a.accountId = accountId;
        a.summary = summary;
        a.occurredAt = localNoon(day).toUTC();
        return a;
    }

    QString logNextStep(const QString &accountId, const QString &nextStep, const QDate &due)
    {
        Activity a = makeActivity(accountId, QStringLiteral("拜访采购总监"), QDate(2027, 3, 1));
        a.nextStep = nextStep;
        a.dueOn = due;
        Result<Activity> stored = m_store->create(a);
        return stored ? stored->meta.id : QString();
    }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("store.sqlite")));
        m_store = test::openStore(m_dir);
        QVERIFY(m_store);
        m_group = makeAccount("华东重工集团", Tier::Core);
        Account branch = test::sampleAccount("华东重工集团南京分公司");
        branch.parentId = m_group;
        m_branch = m_store->create(branch)->meta.id;
        m_other = makeAccount("宝武钢铁华南分公司", Tier::Key);
        Contact zhang;
        zhang.accountId = m_group;
        zhang.name = "张伟";
        m_zhang = m_store->create(zhang)->meta.id;
    }
    void cleanup() { m_store.reset(); }

    // Given activities of a group, its branch and another account, the timeline of the group
    // with its branch shows theirs only, and follows edits with row-precise signals.
    void activityModel_followsStoreWithPreciseSignals()
    {
        Activity visit = makeActivity(m_group, "拜访采购总监，确认年度框架协议意向", QDate(2027, 3, 1));
        visit.contactIds = m_zhang;
        visit.costMinor = 35000;
        const QString visitId = m_store->create(visit)->meta.id;
        KAM_VERIFY_RESULT(m_store->create(makeActivity(m_branch, "电话回访", QDate(2027, 3, 2))));
        KAM_VERIFY_RESULT(m_store->create(makeActivity(m_other, "寄送样品", QDate(2027, 3, 3))));

        ActivityModel model(m_store.get());
        QAbstractItemModelTester tester(&model, kFatal);
        KAM_VERIFY_RESULT(model.setAccounts({m_group, m_branch}));
        QCOMPARE(model.rowCount(), 2);
        const int row = model.rowOf(visitId);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, ActivityModel::ContactNames).data().toString(), QString("张伟"));
        QCOMPARE(model.index(row, ActivityModel::AccountName).data().toString(), QString("华东重工集团"));
        QCOMPARE(model.index(row, ActivityModel::Kind).data().toString(), QString("Visit"));
        QCOMPARE(model.index(row, ActivityModel::Cost).data().toString(),
                 formatMoney(Money{35000, "CNY"}));
        QCOMPARE(model.index(row, ActivityModel::Date).data(ActivityModel::SortRole).toDateTime(),
                 localNoon(QDate(2027, 3, 1)));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        // When one activity is edited, then only its row changes.
        visit = *m_store->get<Activity>(visitId);
        visit.outcome = "客户同意下周报价";
        KAM_VERIFY_RESULT(m_store->update(visit));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), row);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), row);
        QCOMPARE(model.index(row, ActivityModel::Outcome).data().toString(), QString("客户同意下周报价"));

        // When an activity is logged at the branch, one row appears; at another account, none.
        const QString callId = m_store->create(makeActivity(m_branch, "技术交流会", QDate(2027, 3, 4)))->meta.id;
        QCOMPARE(inserted.count(), 1);
        KAM_VERIFY_RESULT(m_store->create(makeActivity(m_other, "邮件跟进", QDate(2027, 3, 4))));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 3);

        // When it is deleted, its row goes.
        KAM_VERIFY_RESULT(m_store->remove<Activity>(callId));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 2);

        // When a contact is renamed, the Contacts column follows.
        changed.clear();
        Contact zhang = *m_store->get<Contact>(m_zhang);
        zhang.name = "张伟明";
        KAM_VERIFY_RESULT(m_store->update(zhang));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(model.rowOf(visitId), ActivityModel::ContactNames).data().toString(),
                 QString("张伟明"));
        QCOMPARE(reset.count(), 0);
    }

    // Given an activity with a next step, ticking Done asks the view for the command and writes
    // nothing itself; an activity without a next step has nothing to tick.
    void activityModel_doneIsRequestedNotWritten()
    {
        const QString withStep = logNextStep(m_group, "发送报价单", QDate(2027, 3, 12));
        KAM_VERIFY_RESULT(m_store->create(makeActivity(m_group, "电话回访", QDate(2027, 3, 2))));
        ActivityModel model(m_store.get());
        KAM_VERIFY_RESULT(model.setAccounts({m_group}));
        QSignalSpy requested(&model, &ActivityModel::doneToggleRequested);

        const QModelIndex done = model.index(model.rowOf(withStep), ActivityModel::Done);
        QVERIFY(model.flags(done) & Qt::ItemIsUserCheckable);
        QCOMPARE(done.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(model.setData(done, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), withStep);
        QCOMPARE(requested.at(0).at(1).toBool(), true);
        QVERIFY(!m_store->get<Activity>(withStep)->done);

        const int plain = 1 - model.rowOf(withStep);
        QVERIFY(!(model.flags(model.index(plain, ActivityModel::Done)) & Qt::ItemIsUserCheckable));
        QVERIFY(!model.index(plain, ActivityModel::Done).data(Qt::CheckStateRole).isValid());
    }

    // Given next steps due on Tuesday, Wednesday, Sunday and the Monday after, on Wednesday
    // 2027-03-10 they stand overdue, today, this week, and not at all; done ones never show.
    void agenda_bucketsOnFixedDay()
    {
        logNextStep(m_group, "确认样品测试结果", QDate(2027, 3, 9));
        logNextStep(m_group, "发送报价单", QDate(2027, 3, 10));
        logNextStep(m_other, "安排技术交流", QDate(2027, 3, 14));
        logNextStep(m_other, "年度框架协议签约", QDate(2027, 3, 15));
        const QString doneId = logNextStep(m_group, "已完成的事项", QDate(2027, 3, 9));
        Activity done = *m_store->get<Activity>(doneId);
        done.done = true;
        KAM_VERIFY_RESULT(m_store->update(done));

        AgendaModel model(m_store.get());
        QAbstractItemModelTester tester(&model, kFatal);
        model.setToday(kToday);
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex overdue = model.bucketIndex(AgendaBucket::Overdue);
        const QModelIndex today = model.bucketIndex(AgendaBucket::Today);
        const QModelIndex week = model.bucketIndex(AgendaBucket::ThisWeek);
        QCOMPARE(childTexts(model, overdue, AgendaModel::NextStep), QStringList{"确认样品测试结果"});
        QCOMPARE(childTexts(model, today, AgendaModel::NextStep), QStringList{"发送报价单"});
        QCOMPARE(childTexts(model, week, AgendaModel::NextStep), QStringList{"安排技术交流"});
        QCOMPARE(childTexts(model, week, AgendaModel::AccountName), QStringList{"宝武钢铁华南分公司"});
        QCOMPARE(overdue.data().toString(), QString("Overdue (1)"));
        QCOMPARE(model.count(AgendaBucket::Overdue), 1);

        // On Monday the week is a new one: the Sunday step is overdue and Monday's is today.
        model.setToday(QDate(2027, 3, 15));
        QCOMPARE(model.count(AgendaBucket::Overdue), 3);
        QCOMPARE(childTexts(model, today, AgendaModel::NextStep), QStringList{"年度框架协议签约"});
        QCOMPARE(model.count(AgendaBucket::ThisWeek), 0);
    }

    // Given the agenda, marking a step done, moving a due date and deleting an account change
    // rows precisely: removes, inserts and the bucket counts, no reset.
    void agenda_preciseSignals()
    {
        const QString overdueId = logNextStep(m_group, "确认样品测试结果", QDate(2027, 3, 9));
        const QString todayId = logNextStep(m_other, "发送报价单", QDate(2027, 3, 10));
        AgendaModel model(m_store.get());
        QAbstractItemModelTester tester(&model, kFatal);
        model.setToday(kToday);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy counts(&model, &AgendaModel::countsChanged);

        Activity a = *m_store->get<Activity>(overdueId);
        a.dueOn = QDate(2027, 3, 10);
        KAM_VERIFY_RESULT(m_store->update(a));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).toModelIndex(), model.bucketIndex(AgendaBucket::Overdue));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(0).toModelIndex(), model.bucketIndex(AgendaBucket::Today));
        QCOMPARE(model.count(AgendaBucket::Today), 2);
        QCOMPARE(counts.count(), 1);

        a = *m_store->get<Activity>(todayId);
        a.done = true;
        KAM_VERIFY_RESULT(m_store->update(a));
        QCOMPARE(removed.count(), 2);
        QCOMPARE(model.count(AgendaBucket::Today), 1);

        // A later due date within the week moves the row, keeping it (and its selection).
        const QString thursday = logNextStep(m_other, "安排技术交流", QDate(2027, 3, 11));
        logNextStep(m_other, "准备投标资料", QDate(2027, 3, 12));
        const QModelIndex week = model.bucketIndex(AgendaBucket::ThisWeek);
        QCOMPARE(childTexts(model, week, AgendaModel::NextStep), QStringList({"安排技术交流", "准备投标资料"}));
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        a = *m_store->get<Activity>(thursday);
        a.dueOn = QDate(2027, 3, 13);
        KAM_VERIFY_RESULT(m_store->update(a));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(childTexts(model, week, AgendaModel::NextStep), QStringList({"准备投标资料", "安排技术交流"}));

        // A deleted account's next steps leave the agenda.
        KAM_VERIFY_RESULT(m_store->remove<Account>(m_branch));
        KAM_VERIFY_RESULT(m_store->remove<Account>(m_group));
        QCOMPARE(model.count(AgendaBucket::Today), 0);
        QCOMPARE(reset.count(), 0);
    }

    void reminders_tierBoundaries_data()
    {
        QTest::addColumn<int>("tier");
        QTest::addColumn<int>("daysAgo");
        QTest::addColumn<int>("overdueBy"); // -1: no reminder

        QTest::newRow("core, 14 days: within its interval") << int(Tier::Core) << 14 << -1;
        QTest::newRow("core, 15 days: overdue by 1") << int(Tier::Core) << 15 << 1;
        QTest::newRow("key, 30 days: within") << int(Tier::Key) << 30 << -1;
        QTest::newRow("key, 31 days: overdue by 1") << int(Tier::Key) << 31 << 1;
        QTest::newRow("ordinary, 90 days: within") << int(Tier::Ordinary) << 90 << -1;
        QTest::newRow("ordinary, 91 days: overdue by 1") << int(Tier::Ordinary) << 91 << 1;
        QTest::newRow("potential, interval 0: never reminded") << int(Tier::Potential) << 400 << -1;
        QTest::newRow("unrated: never reminded") << int(Tier::Unrated) << 400 << -1;
    }

    // Given an account of a tier last contacted `daysAgo` days before Wednesday 2027-03-10, with
    // the default intervals (core 14, key 30, ordinary 90), it is reminded only past its interval.
    void reminders_tierBoundaries()
    {
        QFETCH(int, tier);
        QFETCH(int, daysAgo);
        QFETCH(int, overdueBy);
        const QString id = makeAccount("中石化华北销售公司", Tier(tier), QDate(2025, 1, 2));
        KAM_VERIFY_RESULT(m_store->create(makeActivity(id, "拜访", kToday.addDays(-daysAgo))));
        // The fixture's accounts were contacted today, so only `id` can be reminded.
        for (const QString &other : {m_group, m_branch, m_other})
            KAM_VERIFY_RESULT(m_store->create(makeActivity(other, "电话", kToday)));

        ReminderModel model(m_store.get());
        QAbstractItemModelTester tester(&model, kFatal);
        model.setToday(kToday);
        QCOMPARE(model.rowCount(), overdueBy < 0 ? 0 : 1);
        if (overdueBy < 0)
            return;
        QCOMPARE(model.index(0, 0).data(ReminderModel::AccountIdRole).toString(), id);
        QCOMPARE(model.index(0, ReminderModel::DaysSince).data().toString(), QString::number(daysAgo));
        QCOMPARE(model.index(0, ReminderModel::OverdueBy).data().toString(), QString::number(overdueBy));
        QCOMPARE(model.index(0, ReminderModel::LastContact).data().toString(),
                 QLocale().toString(kToday.addDays(-daysAgo), QLocale::ShortFormat));
    }

    // Given a core account never contacted, created 16 days ago, it counts from its creation;
    // given one contacted 14 days ago, lowering the core interval to 10 brings it in; logging a
    // contact takes a reminder away, row-precisely.
    void reminders_neverContactedAndRuleChanges()
    {
        for (const QString &other : {m_group, m_branch, m_other})
            KAM_VERIFY_RESULT(m_store->create(makeActivity(other, "电话", kToday)));
        const QString fresh = makeAccount("新客户有限公司", Tier::Core, kToday.addDays(-16));
        const QString fortnight = makeAccount("鞍钢集团", Tier::Core, QDate(2025, 1, 2));
        KAM_VERIFY_RESULT(m_store->create(makeActivity(fortnight, "拜访", kToday.addDays(-14))));

        ReminderModel model(m_store.get());
        QAbstractItemModelTester tester(&model, kFatal);
        model.setToday(kToday);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(ReminderModel::AccountIdRole).toString(), fresh);
        QCOMPARE(model.index(0, ReminderModel::LastContact).data().toString(), QString("never"));
        QCOMPARE(model.index(0, ReminderModel::DaysSince).data().toString(), QString("16"));
        QCOMPARE(model.index(0, ReminderModel::OverdueBy).data().toString(), QString("2"));

        analytics::MaintenanceRules rules = *maintenanceRules(*m_store);
        rules.days[Tier::Core] = 10;
        KAM_VERIFY_RESULT(setMaintenanceRules(*m_store, rules));
        KAM_VERIFY_RESULT(model.refresh());
        QCOMPARE(model.rowCount(), 2);
        // Longest overdue first: never contacted for 16 days (6 over), then 14 days (4 over).
        QCOMPARE(model.index(0, 0).data(ReminderModel::AccountIdRole).toString(), fresh);
        QCOMPARE(model.index(1, 0).data(ReminderModel::AccountIdRole).toString(), fortnight);
        QCOMPARE(model.index(1, ReminderModel::OverdueBy).data().toString(), QString("4"));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        KAM_VERIFY_RESULT(m_store->create(makeActivity(fresh, "首次拜访", kToday)));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(ReminderModel::AccountIdRole).toString(), fortnight);
        QCOMPARE(reset.count(), 0);
    }

    // Given an activity on 2027-03-10, its next step may be due that day but not the day before
    // (the store allowed a day's slack, so a step due "yesterday" was accepted).
    void store_nextStepNotDueBeforeTheActivity()
    {
        Activity a = makeActivity(m_group, "拜访", QDate(2027, 3, 10));
        a.nextStep = "发送报价单";
        a.dueOn = QDate(2027, 3, 9);
        Result<Activity> refused = m_store->create(a);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QVERIFY2(refused.error().message.contains("2027-03-10"), qPrintable(refused.error().message));
        a.dueOn = QDate(2027, 3, 10);
        KAM_VERIFY_RESULT(m_store->create(a));
    }
};

QTEST_GUILESS_MAIN(TestActivityModels)
#include "tst_activity_models.moc"
