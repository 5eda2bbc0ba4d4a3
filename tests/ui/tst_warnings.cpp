// SPDX-License-Identifier: GPL-3.0-or-later
// The churn warnings and the account's health, driven through the main window's widgets on a
// fixed day: reviews and lifecycle decisions are undoable commands that show in the badge, the
// list and the history, and the settings dialog shows what the store refuses.

#include "account_detail_view.h"
#include "churn_settings_dialog.h"
#include "commands/edit_history.h"
#include "itemmodels/churn_monitor.h"
#include "itemmodels/churn_signal_model.h"
#include "itemmodels/warning_list_model.h"
#include "lifecycle_dialog.h"
#include "main_window.h"
#include "portfolio_view.h"
#include "store/health_facts.h"
#include "support/gui_driver.h"
#include "support/health_fixture.h"
#include "support/result_check.h"
#include "sync/sync_controller.h"
#include "warning_review_dialog.h"
#include "warnings_view.h"
#include "widget_helpers.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

using namespace kam;
using namespace kam::test;

namespace {

/// Runs `drive` on the modal dialog of type D once it is open (exec() blocks the caller).
template<typename D>
void whenDialogOpens(QObject *context, std::function<void(D *)> drive)
{
    QTimer::singleShot(0, context, [drive = std::move(drive)] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (!dialog) {
            qWarning("no modal %s", D::staticMetaObject.className());
            if (QWidget *other = QApplication::activeModalWidget())
                other->close();
            return;
        }
        drive(dialog);
    });
}

} // namespace

class TestWarnings : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<sync::SyncController> m_sync;
    std::unique_ptr<MainWindow> m_window;
    HealthAccounts m_ids;

    QString badgeText() const
    {
        return m_window->workspace()->tabText(m_window->workspace()->indexOf(m_window->warnings()));
    }
    ChurnMonitor *monitor() const { return m_window->churnMonitor(); }
    QTableView *warningsTable() const { return child<QTableView>(m_window->warnings(), "warningsTable"); }
    void selectWarning(const QString &accountId) { QVERIFY(m_window->warnings()->selectAccount(accountId)); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("KAM Test");
        QCoreApplication::setApplicationName("tst_warnings");
    }

    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = openStore(*m_dir);
        QVERIFY(m_store);
        User me;
        me.name = "李明";
        const QString userId = m_store->create(me).value().meta.id;
        KAM_VERIFY_RESULT(m_store->setCurrentUserId(userId));
        m_ids = makeHealthAccounts(*m_store);
        m_sync = std::make_unique<sync::SyncController>(m_store.get(), nullptr);
        m_window = std::make_unique<MainWindow>(m_store.get(), m_sync.get());
        monitor()->setToday(kHealthToday);
        m_window->show();
        QTRY_VERIFY(!monitor()->isBusy() && monitor()->isReady());
    }

    void cleanup()
    {
        m_window.reset();
        m_sync.reset();
        m_store.reset();
        m_dir.reset();
    }

    // Given two accounts at risk, then the Warnings tab counts them and lists the worse first;
    // when the user acknowledges it with a note, then the badge drops and the row says so;
    // undo brings the count back, redo takes it away again.
    void acknowledgeDropsTheBadgeUndoBringsItBack()
    {
        QVERIFY(m_window->showWorkspace("warnings"));
        QCOMPARE(badgeText(), QString("Warnings (2)"));
        QCOMPARE(warningsTable()->model()->rowCount(), 2);
        QCOMPARE(warningsTable()->model()->index(0, WarningListModel::AccountName).data().toString(),
                 QString("华东重工集团"));
        selectWarning(m_ids.atRisk);
        // The breakdown follows the selection.
        QCOMPARE(m_window->warnings()->signalModel()->accountId(), m_ids.atRisk);
        QVERIFY(child<QLabel>(m_window->warnings(), "warningDetailTitle")->text().contains("华东重工集团"));
        QVERIFY(child<QProgressBar>(m_window->warnings(), "warningsBusy")->isHidden());
        screenshot(m_window.get(), "warnings.png");

        whenDialogOpens<WarningReviewDialog>(this, [](WarningReviewDialog *dialog) {
            QVERIFY(!dialog->findChild<QDateEdit *>("warningSnoozeUntilEdit"));
            typeText(child<QPlainTextEdit>(dialog, "warningNoteEdit"), "已约下周拜访设备部");
            QTest::mouseClick(child<QPushButton>(dialog, "warningReviewOkButton"), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(m_window->warnings(), "warningAcknowledgeButton"), Qt::LeftButton);

        QCOMPARE(m_store->latestWarningReviews()->value(m_ids.atRisk).note, QString("已约下周拜访设备部"));
        QCOMPARE(m_store->latestWarningReviews()->value(m_ids.atRisk).score, monitor()->score(m_ids.atRisk)->score);
        QTRY_COMPARE(badgeText(), QString("Warnings (1)"));
        const QAbstractItemModel *list = warningsTable()->model();
        const int row = m_window->warnings()->model()->rowOf(m_ids.atRisk);
        QVERIFY(m_window->warnings()->model()->index(row, WarningListModel::State).data().toString().startsWith("Acknowledged"));
        QCOMPARE(list->rowCount(), 2);

        QCOMPARE(m_window->history()->stack()->count(), 1);
        m_window->history()->stack()->undo();
        QTRY_COMPARE(badgeText(), QString("Warnings (2)"));
        QVERIFY(m_store->latestWarningReviews()->isEmpty());
        m_window->history()->stack()->redo();
        QTRY_COMPARE(badgeText(), QString("Warnings (1)"));
    }

    // Given a warning, when the user snoozes it (two weeks ahead by default), then it leaves the
    // list until "Show snoozed" is ticked.
    void snoozeHidesTheWarning()
    {
        QVERIFY(m_window->showWorkspace("warnings"));
        selectWarning(m_ids.watch);
        QDate offered;
        whenDialogOpens<WarningReviewDialog>(this, [&offered](WarningReviewDialog *dialog) {
            offered = child<QDateEdit>(dialog, "warningSnoozeUntilEdit")->date();
            typeText(child<QPlainTextEdit>(dialog, "warningNoteEdit"), "等年度框架谈完再看");
            QTest::mouseClick(child<QPushButton>(dialog, "warningReviewOkButton"), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(m_window->warnings(), "warningSnoozeButton"), Qt::LeftButton);
        QCOMPARE(offered, kHealthToday.addDays(14));
        QCOMPARE(m_store->latestWarningReviews()->value(m_ids.watch).snoozedUntil, kHealthToday.addDays(14));
        QTRY_COMPARE(warningsTable()->model()->rowCount(), 1);
        QCOMPARE(m_window->warnings()->model()->rowOf(m_ids.watch), -1);
        QCOMPARE(badgeText(), QString("Warnings (1)"));

        child<QCheckBox>(m_window->warnings(), "warningShowSnoozedCheck")->setChecked(true);
        QCOMPARE(warningsTable()->model()->rowCount(), 2);
        const int row = m_window->warnings()->model()->rowOf(m_ids.watch);
        QVERIFY(m_window->warnings()->model()->index(row, WarningListModel::State).data().toString().startsWith("Snoozed until"));

        // Open account shows it in the portfolio, on its Health tab.
        selectWarning(m_ids.watch);
        QTest::mouseClick(child<QPushButton>(m_window->warnings(), "warningOpenButton"), Qt::LeftButton);
        QCOMPARE(m_window->portfolio()->currentAccountId(), m_ids.watch);
        QCOMPARE(m_window->workspace()->currentIndex(), 0);
    }

    // Given an account set mature whose revenue fell, then its Health tab proposes declining with
    // the reason; confirming writes the decision with the proposal and the reason, undo puts the
    // stage and the history back, redo brings back the same change.
    void confirmingTheProposalIsUndoable()
    {
        m_window->portfolio()->selectAccount(m_ids.atRisk);
        QVERIFY(m_window->detail()->showTab(QStringLiteral("health")));
        auto *confirm = child<QPushButton>(m_window.get(), "lifecycleConfirmButton");
        QTRY_VERIFY(confirm->isEnabled());
        const analytics::LifecycleProposal proposal = monitor()->lifecycleProposal(m_ids.atRisk);
        QCOMPARE(proposal.stage, Lifecycle::Declining);
        const QString shown = child<QLabel>(m_window.get(), "lifecycleProposalLabel")->text();
        QCOMPARE(shown, QString("Proposed: Declining — %1").arg(proposal.reason));
        QVERIFY(child<QLabel>(m_window.get(), "healthScoreLabel")->text().contains(
            QString::number(monitor()->score(m_ids.atRisk)->score)));
        auto *history = child<QTableView>(m_window.get(), "lifecycleHistoryTable");
        QCOMPARE(history->model()->rowCount(), 2);
        screenshot(m_window.get(), "account_health.png");

        QTest::mouseClick(confirm, Qt::LeftButton);
        QCOMPARE(m_store->get<Account>(m_ids.atRisk)->lifecycle, Lifecycle::Declining);
        std::vector<LifecycleChange> changes = m_store->lifecycleChanges(m_ids.atRisk).value();
        QCOMPARE(changes.size(), size_t(3));
        QCOMPARE(changes[0].proposed, QString("declining"));
        QCOMPARE(changes[0].reason, proposal.reason);
        QCOMPARE(changes[0].fromStage, Lifecycle::Mature);
        const QString changeId = changes[0].meta.id;
        QCOMPARE(history->model()->rowCount(), 3);
        QTRY_VERIFY(!confirm->isEnabled()); // the stage is the proposed one now

        m_window->history()->stack()->undo();
        QCOMPARE(m_store->get<Account>(m_ids.atRisk)->lifecycle, Lifecycle::Mature);
        QCOMPARE(m_store->lifecycleChanges(m_ids.atRisk)->size(), size_t(2));
        QCOMPARE(history->model()->rowCount(), 2);
        QTRY_VERIFY(confirm->isEnabled());
        m_window->history()->stack()->redo();
        QCOMPARE(m_store->get<Account>(m_ids.atRisk)->lifecycle, Lifecycle::Declining);
        QCOMPARE(m_store->lifecycleChanges(m_ids.atRisk)->front().meta.id, changeId);
    }

    // Given the Change stage dialog, when OK is pressed without a reason, then the store's message
    // shows and nothing is written; with a reason the stage is set.
    void changingTheStageNeedsAReason()
    {
        m_window->portfolio()->selectAccount(m_ids.watch);
        QVERIFY(m_window->detail()->showTab(QStringLiteral("health")));
        QString refusal;
        whenDialogOpens<LifecycleDialog>(this, [&refusal](LifecycleDialog *dialog) {
            setComboEnum(child<QComboBox>(dialog, "lifecycleStageCombo"), Lifecycle::Developing);
            QTest::mouseClick(child<QPushButton>(dialog, "lifecycleOkButton"), Qt::LeftButton);
            auto *error = child<QLabel>(dialog, "lifecycleDialogError");
            refusal = error->isHidden() ? QString() : error->text();
            typeText(child<QPlainTextEdit>(dialog, "lifecycleReasonEdit"), "新签二期框架协议");
            QTest::mouseClick(child<QPushButton>(dialog, "lifecycleOkButton"), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(m_window.get(), "lifecycleChangeButton"), Qt::LeftButton);
        QVERIFY2(refusal.contains("Say why"), qPrintable(refusal));
        QCOMPARE(m_store->get<Account>(m_ids.watch)->lifecycle, Lifecycle::Developing);
        const LifecycleChange latest = m_store->lifecycleChanges(m_ids.watch)->front();
        QCOMPARE(latest.reason, QString("新签二期框架协议"));
        QCOMPARE(latest.proposed, enumCode(monitor()->lifecycleProposal(m_ids.watch).stage));
        QCOMPARE(m_window->history()->stack()->count(), 1);
    }

    // Given the settings dialog, when every weight is set to 0, then the store's refusal shows
    // in the dialog, which stays open, and nothing is saved; Restore defaults and a changed
    // threshold save and score again.
    void settingsRefuseAllZeroWeights()
    {
        QVERIFY(m_window->showWorkspace("warnings"));
        const analytics::ChurnSettings before = churnSettings(*m_store).value();
        bool stayedOpen = false;
        QString refusal;
        whenDialogOpens<ChurnSettingsDialog>(this, [&](ChurnSettingsDialog *dialog) {
            for (const EnumEntry<ChurnSignal> &e : enumEntries<ChurnSignal>())
                dialog->findChild<QDoubleSpinBox *>(QStringLiteral("churnWeight_%1").arg(enumCode(e.value)))->setValue(0);
            QCOMPARE(child<QLabel>(dialog, "churnShare_nps_drop")->text(), QString("—"));
            QVERIFY(child<QLabel>(dialog, "churnIntervals")->text().contains("14"));
            QTest::mouseClick(child<QPushButton>(dialog, "churnSettingsOkButton"), Qt::LeftButton);
            auto *error = child<QLabel>(dialog, "churnSettingsError");
            stayedOpen = dialog->isVisible();
            refusal = error->isHidden() ? QString() : error->text();
            screenshot(dialog, "churn_settings_refused.png");
            dialog->reject();
        });
        QTest::mouseClick(child<QPushButton>(m_window->warnings(), "churnSettingsButton"), Qt::LeftButton);
        QVERIFY(stayedOpen);
        QVERIFY2(refusal.contains("At least one signal"), qPrintable(refusal));
        const analytics::ChurnSettings after = churnSettings(*m_store).value();
        QCOMPARE(after.rule(ChurnSignal::NpsDrop).weight, before.rule(ChurnSignal::NpsDrop).weight);

        // A warning level above both scores empties the list once the rescoring is in.
        whenDialogOpens<ChurnSettingsDialog>(this, [](ChurnSettingsDialog *dialog) {
            QTest::mouseClick(child<QPushButton>(dialog, "churnRestoreDefaultsButton"), Qt::LeftButton);
            child<QSpinBox>(dialog, "churnWarnAt")->setValue(95);
            QTest::mouseClick(child<QPushButton>(dialog, "churnSettingsOkButton"), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(m_window->warnings(), "churnSettingsButton"), Qt::LeftButton);
        QCOMPARE(churnSettings(*m_store)->warnAt, 95);
        QTRY_COMPARE(warningsTable()->model()->rowCount(), 0);
        QTRY_COMPARE(badgeText(), QString("Warnings"));
    }
};

QTEST_MAIN(TestWarnings)
#include "tst_warnings.moc"
