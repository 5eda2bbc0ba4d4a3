// SPDX-License-Identifier: GPL-3.0-or-later
// The activity dialog, the account timeline and the agenda, driven through their widgets: what
// the user does ends up in the store as one undoable command, or shows why not and writes nothing.

#include "activity_dialog.h"
#include "activity_timeline_panel.h"
#include "agenda_view.h"
#include "commands/edit_history.h"
#include "itemmodels/activity_model.h"
#include "itemmodels/agenda_model.h"
#include "itemmodels/reminder_model.h"
#include "maintenance_rules_dialog.h"
#include "store/pipeline_settings.h"
#include "support/gui_driver.h"
#include "support/result_check.h"
#include "support/store_fixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

using namespace kam;
using namespace kam::test;

class TestAgenda : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<EditHistory> m_history;
    QString m_account, m_zhang, m_li;

    /// An account whose row was created `daysAgo` days ago.
    QString makeAccount(const QString &name, Tier tier, int daysAgo, const QString &parentId = {})
    {
        const QDateTime created = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
        m_store->setClock([created] { return created; });
        Account a = test::sampleAccount(name);
        a.tier = tier;
        a.parentId = parentId;
        Result<Account> stored = m_store->create(a);
        m_store->setClock([] { return QDateTime::currentDateTimeUtc(); });
        return stored ? stored->meta.id : QString();
    }

    QString makeContact(const QString &accountId, const QString &name, const QString &title)
    {
        Contact c;
        c.accountId = accountId;
        c.name = name;
        c.title = title;
        Result<Contact> stored = m_store->create(c);
        return stored ? stored->meta.id : QString();
    }

    QString makeActivity(const QString &accountId, ActivityKind kind, int daysAgo, const QString &summary,
                         const QString &nextStep = {}, int dueInDays = 0, const QStringList &contacts = {},
                         qint64 costMinor = 0, const QString &outcome = {})
    {
        Activity a;
        a.accountId = accountId;
        a.kind = kind;
        a.occurredAt = QDateTime(QDate::currentDate().addDays(-daysAgo), QTime(10, 30)).toUTC();
        a.summary = summary;
        a.nextStep = nextStep;
        if (!nextStep.isEmpty())
            a.dueOn = QDate::currentDate().addDays(dueInDays);
        a.contactIds = contacts.join(u',');
        a.costMinor = costMinor;
        a.outcome = outcome;
        a.ownerId = m_store->currentUserId();
        Result<Activity> stored = m_store->create(a);
        if (!stored)
            qWarning("%s", qPrintable(stored.error().message));
        return stored ? stored->meta.id : QString();
    }

    /// Selects the activity `id` in the agenda tree.
    static void selectAgendaItem(AgendaView &view, const QString &id)
    {
        auto *tree = child<QTreeView>(&view, "agendaTree");
        const QModelIndexList hits = tree->model()->match(tree->model()->index(0, 0), AgendaModel::IdRole, id, 1,
                                                          Qt::MatchExactly | Qt::MatchRecursive);
        QVERIFY(!hits.isEmpty());
        tree->setCurrentIndex(hits.first());
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = test::openStore(*m_dir);
        QVERIFY(m_store);
        m_history = std::make_unique<EditHistory>(m_store.get());
        User me;
        me.name = "李明";
        const Result<User> user = m_store->create(me);
        KAM_VERIFY_RESULT(user);
        KAM_VERIFY_RESULT(m_store->setCurrentUserId(user->meta.id));
        m_account = makeAccount("华东重工集团", Tier::Core, 100);
        m_zhang = makeContact(m_account, "张伟", "采购总监");
        m_li = makeContact(m_account, "李娜", "技术经理");
    }
    void cleanup()
    {
        m_history.reset();
        m_store.reset();
        m_dir.reset();
    }

    // Given the timeline of an account, when the user logs an activity with a summary and one
    // of two contacts ticked, then one activity with that contact is stored, undoably.
    void logActivityThroughDialog()
    {
        ActivityTimelinePanel panel(m_store.get(), m_history.get());
        panel.setAccount(m_account, {});
        panel.show();
        whenModal<ActivityDialog>(this, [this](ActivityDialog *dialog) {
            typeText(child<QLineEdit>(dialog, "activitySummaryEdit"), "拜访采购总监，确认年度框架协议意向");
            auto *contacts = child<QListWidget>(dialog, "activityContactList");
            QCOMPARE(contacts->count(), 2);
            for (int i = 0; i < contacts->count(); ++i)
                if (contacts->item(i)->data(Qt::UserRole).toString() == m_zhang)
                    contacts->item(i)->setCheckState(Qt::Checked);
            child<QCheckBox>(dialog, "activityHasDueCheck")->setChecked(true);
            typeText(child<QLineEdit>(dialog, "activityNextStepEdit"), "发送报价单");
            typeText(child<QLineEdit>(dialog, "activityCostEdit"), "350");
            QTest::mouseClick(child<QPushButton>(dialog, "activityOkButton"), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&panel, "logActivityButton"), Qt::LeftButton);

        const std::vector<Activity> stored = *m_store->activities({m_account});
        QCOMPARE(stored.size(), size_t(1));
        QCOMPARE(stored[0].summary, QString("拜访采购总监，确认年度框架协议意向"));
        QCOMPARE(stored[0].contacts(), QStringList{m_zhang});
        QCOMPARE(stored[0].nextStep, QString("发送报价单"));
        QVERIFY(stored[0].dueOn.isValid());
        QCOMPARE(stored[0].costMinor, qint64(35000));
        QCOMPARE(m_history->stack()->count(), 1);
        QCOMPARE(panel.model()->rowCount(), 1);
        m_history->stack()->undo();
        QCOMPARE(panel.model()->rowCount(), 0);
    }

    // Given the dialog, when the cost is negative, then the store's message shows in the dialog,
    // which stays open, and nothing is written.
    void negativeCostIsRefusedInline()
    {
        const qint64 journalBefore = qint64(m_store->journal()->size());
        bool stayedOpen = false;
        QString message;
        ActivityTimelinePanel panel(m_store.get(), m_history.get());
        panel.setAccount(m_account, {});
        whenModal<ActivityDialog>(this, [&](ActivityDialog *dialog) {
            typeText(child<QLineEdit>(dialog, "activitySummaryEdit"), "寄送样品");
            typeText(child<QLineEdit>(dialog, "activityCostEdit"), "-120");
            QTest::mouseClick(child<QPushButton>(dialog, "activityOkButton"), Qt::LeftButton);
            auto *error = child<QLabel>(dialog, "activityDialogError");
            stayedOpen = dialog->isVisible() && !error->isHidden();
            message = error->text();
            screenshot(dialog, "activity_dialog_error.png");
            dialog->reject();
        });
        QTest::mouseClick(child<QPushButton>(&panel, "logActivityButton"), Qt::LeftButton);
        QVERIFY(stayedOpen);
        QVERIFY2(message.contains("negative"), qPrintable(message));
        QCOMPARE(*m_store->count("activities"), qint64(0));
        QCOMPARE(qint64(m_store->journal()->size()), journalBefore);
        QCOMPARE(m_history->stack()->count(), 0);
    }

    // Given an overdue next step, when it is marked done in the agenda, then it leaves the agenda
    // and the overdue count drops; undo brings it back.
    void markDoneLeavesTheAgendaUndoBringsItBack()
    {
        const QString id = makeActivity(m_account, ActivityKind::Visit, 5, "技术交流", "确认样品测试结果", -2);
        AgendaView view(m_store.get(), m_history.get());
        view.show();
        QCOMPARE(view.overdueCount(), 1);
        QSignalSpy counts(&view, &AgendaView::countsChanged);
        selectAgendaItem(view, id);
        auto *markDone = child<QPushButton>(&view, "agendaMarkDoneButton");
        QVERIFY(markDone->isEnabled());
        QTest::mouseClick(markDone, Qt::LeftButton);
        QVERIFY(m_store->get<Activity>(id)->done);
        QCOMPARE(view.overdueCount(), 0);
        QCOMPARE(counts.count(), 1);
        QVERIFY(!markDone->isEnabled());

        m_history->stack()->undo();
        QVERIFY(!m_store->get<Activity>(id)->done);
        QCOMPARE(view.overdueCount(), 1);
        QCOMPARE(counts.count(), 2);
    }

    // Given an activity logged at a time with seconds, OK in its edit dialog without a change
    // writes nothing and leaves no undo step.
    void unchangedEditWritesNothing()
    {
        const QString id = makeActivity(m_account, ActivityKind::Call, 1, "电话回访", "发送报价单", 3);
        Activity a = *m_store->get<Activity>(id);
        a.occurredAt = a.occurredAt.addMSecs(17250);
        KAM_VERIFY_RESULT(m_store->update(a));
        const qint64 journalBefore = qint64(m_store->journal()->size());
        ActivityTimelinePanel panel(m_store.get(), m_history.get());
        panel.setAccount(m_account, {});
        auto *table = child<QTableView>(&panel, "activityTable");
        table->setCurrentIndex(table->model()->index(0, 0));
        bool closed = false;
        whenModal<ActivityDialog>(this, [&closed](ActivityDialog *dialog) {
            QTest::mouseClick(child<QPushButton>(dialog, "activityOkButton"), Qt::LeftButton);
            closed = !dialog->isVisible();
        });
        QTest::mouseClick(child<QPushButton>(&panel, "editActivityButton"), Qt::LeftButton);
        QVERIFY(closed);
        QCOMPARE(qint64(m_store->journal()->size()), journalBefore);
        QCOMPARE(m_history->stack()->count(), 0);
    }

    // Given a timeline, ticking Done in the table marks the step done through an undo command.
    void tickingDoneInTheTimelineIsUndoable()
    {
        const QString id = makeActivity(m_account, ActivityKind::Call, 1, "电话回访", "发送报价单", 3);
        ActivityTimelinePanel panel(m_store.get(), m_history.get());
        panel.setAccount(m_account, {});
        auto *table = child<QTableView>(&panel, "activityTable");
        const QModelIndex done = table->model()->index(0, ActivityModel::Done);
        QVERIFY(table->model()->setData(done, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(m_store->get<Activity>(id)->done);
        QCOMPARE(done.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(m_history->stack()->count(), 1);
        m_history->stack()->undo();
        QVERIFY(!m_store->get<Activity>(id)->done);
    }

    // Given a core account not contacted for 20 days, when a contact is logged from its reminder,
    // then the reminder goes; a double-click on a reminder asks to open the account.
    void loggingAContactRemovesTheReminder()
    {
        makeActivity(m_account, ActivityKind::Visit, 0, "例行拜访");
        const QString quiet = makeAccount("宝武钢铁华南分公司", Tier::Core, 200);
        makeActivity(quiet, ActivityKind::Call, 20, "电话沟通季度需求");
        AgendaView view(m_store.get(), m_history.get());
        view.resize(1000, 700);
        view.show();
        auto *table = child<QTableView>(&view, "reminderTable");
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data(ReminderModel::AccountIdRole).toString(), quiet);

        QSignalSpy activated(&view, &AgendaView::accountActivated);
        const QRect cell = table->visualRect(table->model()->index(0, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), quiet);

        table->setCurrentIndex(table->model()->index(0, 0));
        whenModal<ActivityDialog>(this, [](ActivityDialog *dialog) {
            typeText(child<QLineEdit>(dialog, "activitySummaryEdit"), "拜访华南区采购部");
            QTest::mouseClick(child<QPushButton>(dialog, "activityOkButton"), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&view, "reminderLogContactButton"), Qt::LeftButton);
        QCOMPARE(m_store->activities({quiet})->size(), size_t(2));
        QCOMPARE(table->model()->rowCount(), 0);
    }

    // Given the intervals dialog, a value over ten years is refused inline and nothing saved;
    // a lower core interval is saved and brings in the account contacted 14 days ago.
    void maintenanceIntervals()
    {
        makeActivity(m_account, ActivityKind::Visit, 14, "例行拜访");
        AgendaView view(m_store.get(), m_history.get());
        auto *reminders = child<QTableView>(&view, "reminderTable");
        QCOMPARE(reminders->model()->rowCount(), 0);
        bool refusedInline = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<MaintenanceRulesDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *core = child<QSpinBox>(dialog, "maintenanceDays_core");
            core->setValue(5000);
            QTest::mouseClick(child<QPushButton>(dialog, "maintenanceRulesOkButton"), Qt::LeftButton);
            refusedInline = dialog->isVisible() && !child<QLabel>(dialog, "maintenanceRulesError")->isHidden();
            core->setValue(10);
            QTest::mouseClick(child<QPushButton>(dialog, "maintenanceRulesOkButton"), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&view, "maintenanceRulesButton"), Qt::LeftButton);
        QVERIFY(refusedInline);
        QCOMPARE(maintenanceRules(*m_store)->intervalFor(Tier::Core), 10);
        QCOMPARE(reminders->model()->rowCount(), 1);
    }

    // With KAM_SCREENSHOT_DIR set: the agenda and an account's timeline with realistic data.
    void screenshots()
    {
        if (qEnvironmentVariableIsEmpty("KAM_SCREENSHOT_DIR"))
            QSKIP("KAM_SCREENSHOT_DIR not set");
        const QString south = makeAccount("宝武钢铁华南分公司", Tier::Core, 300);
        const QString nanjing = makeAccount("华东重工集团南京分公司", Tier::Key, 300, m_account);
        const QString sinopec = makeAccount("中石化华北销售有限公司", Tier::Key, 400);
        makeAccount("潍柴动力股份有限公司", Tier::Core, 25);
        makeAccount("三一重工华中大区", Tier::Ordinary, 500);
        const QString wang = makeContact(nanjing, "王强", "设备部经理");
        using K = ActivityKind;
        makeActivity(m_account, K::Visit, 1, "拜访采购总监，确认年度框架协议意向", "发送框架协议草案", 2, {m_zhang}, 120000,
                     "客户原则同意，待法务审核");
        makeActivity(m_account, K::Meeting, 6, "技术交流会：液压系统升级方案", "提交技术方案书", -1, {m_li, m_zhang},
                     260000, "技术部认可方案，要求补充能耗数据");
        makeActivity(m_account, K::Call, 9, "电话沟通交货期", "确认二季度排产计划", 0, {m_zhang}, 0, "交期可提前两周");
        makeActivity(m_account, K::Email, 12, "发送产品目录与价格表");
        makeActivity(m_account, K::Sample, 18, "寄送密封件样品三套", "跟进样品测试结果", -4, {m_li}, 45000);
        makeActivity(m_account, K::ServiceCase, 25, "处理现场设备漏油投诉，已更换密封圈", "回访客户满意度", -10, {m_li}, 0,
                     "现场问题已解决");
        makeActivity(nanjing, K::Visit, 3, "拜访南京分公司设备部", "安排工厂参观", 4, {wang}, 80000, "有意向参观常州工厂");
        makeActivity(nanjing, K::Call, 15, "电话确认备件需求", {}, 0, {wang}, 0, "需要两套备用泵");
        makeActivity(south, K::Visit, 2, "拜访华南区采购部，介绍新一代耐磨钢板", "报价并约定试用", 1, {}, 150000);
        makeActivity(south, K::Meeting, 30, "年度业务回顾会议", "整理会议纪要发给客户", -20);
        makeActivity(sinopec, K::Call, 4, "电话沟通招标时间表", "准备投标资料", 3);
        makeActivity(sinopec, K::Email, 8, "发送资质文件", "确认是否入围", -3);
        makeActivity(sinopec, K::Visit, 40, "首次拜访物资部", "安排高层会面", 5);
        makeActivity(south, K::Sample, 10, "寄送耐磨钢板试样", "收集试用反馈", 0);
        const QString done = makeActivity(m_account, K::Visit, 35, "商务谈判：年度价格", "签署价格确认函", -30);
        Activity signedUp = *m_store->get<Activity>(done);
        signedUp.done = true;
        KAM_VERIFY_RESULT(m_store->update(signedUp));

        AgendaView agenda(m_store.get(), m_history.get());
        agenda.resize(1200, 800);
        agenda.show();
        screenshot(&agenda, "agenda_view.png");
        QTimer::singleShot(0, this, [] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(qobject_cast<MaintenanceRulesDialog *>(dialog));
            screenshot(dialog, "maintenance_rules_dialog.png");
            dialog->close();
        });
        QTest::mouseClick(child<QPushButton>(&agenda, "maintenanceRulesButton"), Qt::LeftButton);

        ActivityTimelinePanel panel(m_store.get(), m_history.get());
        panel.setAccount(m_account, {nanjing});
        panel.resize(1200, 800);
        panel.show();
        screenshot(&panel, "activity_timeline.png");

        whenModal<ActivityDialog>(this, [](ActivityDialog *dialog) {
            screenshot(dialog, "activity_dialog.png");
            dialog->reject();
        });
        auto *table = child<QTableView>(&panel, "activityTable");
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::mouseClick(child<QPushButton>(&panel, "editActivityButton"), Qt::LeftButton);
    }
};

QTEST_MAIN(TestAgenda)
#include "tst_agenda.moc"
