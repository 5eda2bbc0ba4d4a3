// SPDX-License-Identifier: GPL-3.0-or-later
// The account's Plans tab driven through its widgets: what the user does ends up in the store as
// one undoable command, or shows why not next to what was edited and writes nothing.

#include "commands/edit_history.h"
#include "itemmodels/plan_section_models.h"
#include "itemmodels/whitespace_colors.h"
#include "itemmodels/whitespace_grid_model.h"
#include "plan_dialog.h"
#include "plan_editor.h"
#include "support/gui_driver.h"
#include "support/result_check.h"
#include "support/store_fixture.h"
#include "whitespace_cell_dialog.h"
#include "widget_helpers.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

using namespace kam;
using namespace kam::test;

namespace {

/// The dialog opened last (closed ones are deleted later).
template<typename W>
W *openedDialog(QObject *parent)
{
    const QList<W *> dialogs = parent->findChildren<W *>();
    if (dialogs.isEmpty())
        qWarning("no dialog");
    return dialogs.isEmpty() ? nullptr : dialogs.last();
}

/// Types a row's title into a section's add field and presses Enter.
void addRow(QWidget *editor, const char *addField, const QString &title)
{
    auto *add = child<QLineEdit>(editor, addField);
    add->setFocus();
    typeText(add, title);
    QTest::keyClick(add, Qt::Key_Return);
}

} // namespace

class TestPlanEditor : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<EditHistory> m_history;
    std::unique_ptr<PlanEditor> m_editor;
    QString m_group, m_branch;

    qint64 count(const char *table)
    {
        Result<qint64> n = m_store->count(QLatin1String(table));
        return n ? *n : -1;
    }
    QUndoStack *stack() { return m_history->stack(); }

    /// A 2027 plan made through the New plan dialog.
    Plan makePlan()
    {
        QTest::mouseClick(child<QPushButton>(m_editor.get(), "planNew"), Qt::LeftButton);
        auto *dialog = openedDialog<NewPlanDialog>(m_editor.get());
        if (!dialog)
            return {};
        child<QSpinBox>(dialog, "newPlanYear")->setValue(2027);
        typeText(child<QLineEdit>(dialog, "newPlanTitle"), QStringLiteral("华东重工 2027 客户计划"));
        QTest::mouseClick(child<QPushButton>(dialog, "newPlanOk"), Qt::LeftButton);
        Result<Plan> plan = m_store->get<Plan>(m_editor->planId());
        return plan ? *plan : Plan();
    }

    /// Commits a cell edit the way the table's delegate does.
    static void editCell(QTableView *table, int row, int column, const QVariant &value)
    {
        QVERIFY(table->model()->setData(table->model()->index(row, column), value));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = test::openStore(*m_dir);
        QVERIFY(m_store);
        m_history = std::make_unique<EditHistory>(m_store.get());
        m_group = m_store->create(test::sampleAccount("华东重工集团"))->meta.id;
        Account branch = test::sampleAccount("华东重工集团南京分公司");
        branch.parentId = m_group;
        m_branch = m_store->create(branch)->meta.id;
        for (const auto &[name, series] : {std::pair{"液压泵 A10", "液压系统"}, std::pair{"轴承 6205", "轴承"}}) {
            Product p;
            p.name = QString::fromUtf8(name);
            p.series = QString::fromUtf8(series);
            p.listPriceMinor = 100000;
            KAM_VERIFY_RESULT(m_store->create(p));
        }
        m_editor = std::make_unique<PlanEditor>(m_store.get(), m_history.get());
        m_editor->resize(660, 720); // the width it has in the main window's detail pane
        m_editor->setAccount(m_group);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
        QApplication::setActiveWindow(m_editor.get());
    }
    void cleanup()
    {
        m_editor.reset();
        m_history.reset();
        m_store.reset();
    }

    // Given an account without plans, New plan without a title shows the store's refusal in the
    // dialog and writes nothing; with a title it makes a draft, version 1, shown in the editor;
    // a second plan for the same period is refused.
    void newPlan_refusalShownThenCreated()
    {
        QVERIFY(child<QLabel>(m_editor.get(), "planEmptyHint")->isVisible());
        QTest::mouseClick(child<QPushButton>(m_editor.get(), "planNew"), Qt::LeftButton);
        auto *dialog = openedDialog<NewPlanDialog>(m_editor.get());
        QVERIFY(dialog);
        child<QSpinBox>(dialog, "newPlanYear")->setValue(2027);
        QTest::mouseClick(child<QPushButton>(dialog, "newPlanOk"), Qt::LeftButton);
        auto *error = child<QLabel>(dialog, "newPlanError");
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains("title"));
        QCOMPARE(count("plans"), 0);
        QVERIFY(dialog->isVisible());
        dialog->reject();

        const Plan plan = makePlan();
        QCOMPARE(plan.period, QString("2027"));
        QCOMPARE(plan.status, PlanStatus::Draft);
        QCOMPARE(child<QComboBox>(m_editor.get(), "planCombo")->currentText(), planPeriodLabel("2027"));
        QCOMPARE(child<QLineEdit>(m_editor.get(), "planTitleEdit")->text(), plan.title);
        QVERIFY(child<QLabel>(m_editor.get(), "planStatusLabel")->text().contains(enumLabel(PlanStatus::Draft)));
        QVERIFY(!child<QLabel>(m_editor.get(), "planEmptyHint")->isVisible());

        QTest::mouseClick(child<QPushButton>(m_editor.get(), "planNew"), Qt::LeftButton);
        dialog = openedDialog<NewPlanDialog>(m_editor.get());
        child<QSpinBox>(dialog, "newPlanYear")->setValue(2027);
        typeText(child<QLineEdit>(dialog, "newPlanTitle"), QStringLiteral("Another"));
        QTest::mouseClick(child<QPushButton>(dialog, "newPlanOk"), Qt::LeftButton);
        QVERIFY(child<QLabel>(dialog, "newPlanError")->text().contains(plan.title));
        QCOMPARE(count("plans"), 1);
        dialog->reject();
    }

    // Objectives, actions and risks are added by typing a title, edited in their tables, and
    // undone and redone through the window's stack; an action due before the plan starts is
    // refused next to the table and writes nothing.
    void sections_addEditUndoRedo()
    {
        const Plan plan = makePlan();
        QVERIFY(!plan.meta.id.isEmpty());
        const int base = stack()->count();
        child<QTabWidget>(m_editor.get(), "planSections")->setCurrentIndex(1);
        addRow(m_editor.get(), "objectivesAdd", QStringLiteral("续签年度框架协议"));
        QCOMPARE(count("plan_objectives"), 1);
        QVERIFY(child<QLineEdit>(m_editor.get(), "objectivesAdd")->text().isEmpty());
        auto *objectives = child<QTableView>(m_editor.get(), "objectivesTable");
        editCell(objectives, 0, PlanObjectiveModel::Progress, 40);
        const QString objectiveId = m_editor->objectives()->rowAt(0).meta.id;
        QCOMPARE(m_store->get<PlanObjective>(objectiveId)->progress, 40);
        QCOMPARE(objectives->model()->index(0, PlanObjectiveModel::Progress).data(Qt::EditRole).toInt(), 40);

        addRow(m_editor.get(), "objectivesAdd", QString());
        QVERIFY(child<QLabel>(m_editor.get(), "objectivesError")->isVisible());
        QCOMPARE(count("plan_objectives"), 1);

        addRow(m_editor.get(), "actionsAdd", QStringLiteral("安排高层互访"));
        QCOMPARE(count("plan_actions"), 1);
        auto *actions = child<QTableView>(m_editor.get(), "actionsTable");
        editCell(actions, 0, PlanActionModel::Objective, objectiveId);
        editCell(actions, 0, PlanActionModel::Due, QDate(2027, 3, 31));
        const QString actionId = m_editor->actions()->rowAt(0).meta.id;
        QCOMPARE(m_store->get<PlanAction>(actionId)->objectiveId, objectiveId);
        QCOMPARE(actions->model()->index(0, PlanActionModel::Objective).data().toString(), QString("续签年度框架协议"));

        const int before = stack()->count();
        editCell(actions, 0, PlanActionModel::Due, QDate(2026, 12, 1));
        auto *actionError = child<QLabel>(m_editor.get(), "actionsError");
        QVERIFY(actionError->isVisible());
        QVERIFY(actionError->text().contains("before the plan starts"));
        QCOMPARE(m_store->get<PlanAction>(actionId)->dueOn, QDate(2027, 3, 31));
        QCOMPARE(stack()->count(), before);

        child<QTabWidget>(m_editor.get(), "planSections")->setCurrentIndex(2);
        addRow(m_editor.get(), "risksAdd", QStringLiteral("竞争对手低价"));
        addRow(m_editor.get(), "risksAdd", QStringLiteral("付款延迟"));
        // Both are 3 × 3, so by title; raising the second's likelihood puts it first.
        QCOMPARE(m_editor->risks()->rowAt(1).title, QString("竞争对手低价"));
        editCell(child<QTableView>(m_editor.get(), "risksTable"), 1, PlanRiskModel::Likelihood, 5);
        QCOMPARE(m_editor->risks()->rowAt(0).title, QString("竞争对手低价"));

        // Undo walks back every edit, redo brings them again.
        const int edits = stack()->count() - base;
        QCOMPARE(edits, 8);
        for (int i = 0; i < edits; ++i)
            stack()->undo();
        QCOMPARE(count("plan_objectives"), 0);
        QCOMPARE(count("plan_actions"), 0);
        QCOMPARE(count("plan_risks"), 0);
        for (int i = 0; i < edits; ++i)
            stack()->redo();
        QCOMPARE(m_store->get<PlanObjective>(objectiveId)->progress, 40);
        QCOMPARE(m_store->get<PlanAction>(actionId)->dueOn, QDate(2027, 3, 31));
        QCOMPARE(m_editor->risks()->rowAt(0).likelihood, 5);
        QCOMPARE(m_editor->actions()->rowCount(), 1);
        child<QTabWidget>(m_editor.get(), "planSections")->setCurrentIndex(1);
        screenshot(m_editor.get(), QStringLiteral("plan-objectives.png"));
    }

    // A grid cell is filled in through its dialog (a competitor must be named), a buying centre
    // and a product line are added the same way, and the grid shows each state's colour.
    void whitespace_cellsThroughDialog()
    {
        const Plan plan = makePlan();
        child<QTabWidget>(m_editor.get(), "planSections")->setCurrentIndex(3);
        auto *grid = child<QTableView>(m_editor.get(), "whitespaceGrid");
        QCOMPARE(grid->model()->rowCount(), 2);
        QCOMPARE(grid->model()->columnCount(), 2);
        const int hydraulics = m_editor->whitespace()->productLines().indexOf("液压系统");
        grid->setCurrentIndex(grid->model()->index(1, hydraulics));
        QTest::mouseClick(child<QPushButton>(m_editor.get(), "whitespaceEdit"), Qt::LeftButton);
        auto *dialog = openedDialog<WhitespaceCellDialog>(m_editor.get());
        QVERIFY(dialog);
        auto *state = child<QComboBox>(dialog, "whitespaceStateCombo");
        setComboEnum(state, Whitespace::Competitor);
        QTest::mouseClick(child<QPushButton>(dialog, "whitespaceCellOk"), Qt::LeftButton);
        QVERIFY(child<QLabel>(dialog, "whitespaceCellError")->isVisible());
        QCOMPARE(count("whitespace_cells"), 0);
        typeText(child<QLineEdit>(dialog, "whitespaceCompetitorEdit"), QStringLiteral("恒立液压"));
        QTest::keyClicks(child<QLineEdit>(dialog, "whitespaceValueEdit"), "1200000");
        QTest::mouseClick(child<QPushButton>(dialog, "whitespaceCellOk"), Qt::LeftButton);
        QCOMPARE(count("whitespace_cells"), 1);
        const QModelIndex cell = grid->model()->index(1, hydraulics);
        QCOMPARE(cell.data(WhitespaceGridModel::SegmentRole).toString(), m_branch);
        QCOMPARE(cell.data(Qt::BackgroundRole).value<QColor>(), whitespaceColor(Whitespace::Competitor));
        QCOMPARE(cell.data(WhitespaceGridModel::ValueMinorRole).toLongLong(), 120000000);
        QVERIFY(cell.data().toString().contains("恒立液压"));

        QTest::mouseClick(child<QPushButton>(m_editor.get(), "whitespaceAdd"), Qt::LeftButton);
        dialog = openedDialog<WhitespaceCellDialog>(m_editor.get());
        typeText(child<QComboBox>(dialog, "whitespaceSegmentCombo")->lineEdit(), QStringLiteral("设备部"));
        typeText(child<QComboBox>(dialog, "whitespaceLineCombo")->lineEdit(), QStringLiteral("维保服务"));
        setComboEnum(child<QComboBox>(dialog, "whitespaceStateCombo"), Whitespace::Potential);
        QTest::mouseClick(child<QPushButton>(dialog, "whitespaceCellOk"), Qt::LeftButton);
        QCOMPARE(count("whitespace_cells"), 2);
        QCOMPARE(grid->model()->rowCount(), 3);
        QCOMPARE(grid->model()->columnCount(), 3);
        QCOMPARE(grid->model()->headerData(2, Qt::Vertical).toString(), QString("设备部"));

        grid->setCurrentIndex(grid->model()->index(1, hydraulics));
        QTest::mouseClick(child<QPushButton>(m_editor.get(), "whitespaceClear"), Qt::LeftButton);
        QCOMPARE(count("whitespace_cells"), 1);
        stack()->undo();
        QCOMPARE(count("whitespace_cells"), 2);
        screenshot(m_editor.get(), QStringLiteral("plan-whitespace.png"));
        Q_UNUSED(plan)
    }

    // Submit, approve, then edit the summary: the text commits when the field loses focus (not
    // per keystroke), and the store makes it version 2, a draft, which the editor and its
    // history show.
    void approveThenEdit_showsVersion2()
    {
        const Plan plan = makePlan();
        QTest::mouseClick(child<QPushButton>(m_editor.get(), "planSubmit"), Qt::LeftButton);
        QCOMPARE(m_store->get<Plan>(plan.meta.id)->status, PlanStatus::InReview);
        QVERIFY(!child<QPushButton>(m_editor.get(), "planSubmit")->isEnabled());
        QTest::mouseClick(child<QPushButton>(m_editor.get(), "planApprove"), Qt::LeftButton);
        QCOMPARE(m_store->get<Plan>(plan.meta.id)->status, PlanStatus::Approved);

        const int before = stack()->count();
        auto *summary = child<QPlainTextEdit>(m_editor.get(), "planSummaryEdit");
        summary->setFocus();
        QVERIFY(summary->hasFocus());
        typeText(summary, QStringLiteral("钢价下行"));
        QCOMPARE(stack()->count(), before);
        child<QPlainTextEdit>(m_editor.get(), "planStrengthsEdit")->setFocus();
        QCOMPARE(stack()->count(), before + 1);
        const Plan edited = *m_store->get<Plan>(plan.meta.id);
        QCOMPARE(edited.summary, QString("钢价下行"));
        QCOMPARE(edited.version, 2);
        QCOMPARE(edited.status, PlanStatus::Draft);
        const QString status = child<QLabel>(m_editor.get(), "planStatusLabel")->text();
        QVERIFY2(status.contains(QLocale().toString(2)) && status.contains(enumLabel(PlanStatus::Draft)), qPrintable(status));
        QCOMPARE(m_editor->history()->rowCount(), 4);
        QVERIFY(child<QPushButton>(m_editor.get(), "planSubmit")->isEnabled());

        // Refused input shows next to its field and writes nothing.
        auto *margin = child<QDoubleSpinBox>(m_editor.get(), "planMarginTargetSpin");
        margin->setValue(35);
        emit margin->editingFinished();
        QCOMPARE(m_store->get<Plan>(plan.meta.id)->marginTarget, 35.0);
        auto *title = child<QLineEdit>(m_editor.get(), "planTitleEdit");
        title->clear();
        emit title->editingFinished();
        QVERIFY(child<QLabel>(m_editor.get(), "planSituationError")->isVisible());
        QCOMPARE(m_store->get<Plan>(plan.meta.id)->title, plan.title);
        auto *revenue = child<QLineEdit>(m_editor.get(), "planRevenueTargetEdit");
        revenue->setText(QStringLiteral("abc"));
        emit revenue->editingFinished();
        QVERIFY(child<QLabel>(m_editor.get(), "planTargetsError")->isVisible());
        QCOMPARE(m_store->get<Plan>(plan.meta.id)->revenueTargetMinor, 0);
        screenshot(m_editor.get(), QStringLiteral("plan-situation.png"));
        // Another field's commit leaves the refusals shown.
        QVERIFY(child<QLabel>(m_editor.get(), "planSituationError")->isVisible());
        revenue->setText(QStringLiteral("5,000,000"));
        emit revenue->editingFinished();
        QCOMPARE(m_store->get<Plan>(plan.meta.id)->revenueTargetMinor, 500000000);
        QVERIFY(!child<QLabel>(m_editor.get(), "planTargetsError")->isVisible());
    }

    // "Start 2028 from this plan" writes the next period's draft with the sections carried
    // over and shows it; undo removes it, redo brings the same plan back.
    void startFromLastPeriod_undoable()
    {
        const Plan plan = makePlan();
        addRow(m_editor.get(), "objectivesAdd", QStringLiteral("续签年度框架协议"));
        auto *start = child<QPushButton>(m_editor.get(), "planStartNext");
        QVERIFY(start->text().contains(planPeriodLabel("2028")));
        QTest::mouseClick(start, Qt::LeftButton);
        QCOMPARE(count("plans"), 2);
        const QString nextId = m_editor->planId();
        QVERIFY(nextId != plan.meta.id);
        const Plan next = *m_store->get<Plan>(nextId);
        QCOMPARE(next.period, QString("2028"));
        QCOMPARE(next.previousPlanId, plan.meta.id);
        QCOMPARE(child<QComboBox>(m_editor.get(), "planCombo")->currentText(), planPeriodLabel("2028"));
        QCOMPARE(m_editor->objectives()->rowCount(), 1);

        QTest::mouseClick(start, Qt::LeftButton); // 2029 from 2028
        QCOMPARE(count("plans"), 3);
        stack()->undo();
        QCOMPARE(count("plans"), 2);
        stack()->undo();
        QCOMPARE(count("plans"), 1);
        QCOMPARE(m_editor->planId(), plan.meta.id);
        stack()->redo();
        QCOMPARE(count("plans"), 2);
        QVERIFY(m_editor->showPlan(nextId));
        QCOMPARE(m_editor->objectives()->rowCount(), 1);
    }
};

QTEST_MAIN(TestPlanEditor)
#include "tst_plan_editor.moc"
