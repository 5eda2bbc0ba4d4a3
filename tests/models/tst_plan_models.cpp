// SPDX-License-Identifier: GPL-3.0-or-later
// The key account plan models: every one under QAbstractItemModelTester, following edits made
// through the store (another path than the model) with precise signals, and showing what the
// editor and the PDF rely on (order, overdue flags, the whitespace grid's axes and colours).

#include "itemmodels/plan_list_model.h"
#include "itemmodels/plan_section_models.h"
#include "itemmodels/whitespace_colors.h"
#include "itemmodels/whitespace_grid_model.h"
#include "support/result_check.h"
#include "support/store_fixture.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kam;

namespace {
constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QStringList columnTexts(const QAbstractItemModel &m, int column)
{
    QStringList texts;
    for (int r = 0; r < m.rowCount(); ++r)
        texts << m.index(r, column).data().toString();
    return texts;
}

QStringList headers(const QAbstractItemModel &m, Qt::Orientation o)
{
    QStringList texts;
    const int n = o == Qt::Horizontal ? m.columnCount() : m.rowCount();
    for (int i = 0; i < n; ++i)
        texts << m.headerData(i, o).toString();
    return texts;
}
} // namespace

class TestPlanModels : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_group, m_branch;
    Plan m_plan;

    template<typename T>
    T made(const Result<T> &r)
    {
        if (!r)
            qWarning("%s", qPrintable(r.error().message));
        return r ? *r : T();
    }

    /// A row of the plan's section T with `title`, as `fill` completes it.
    template<typename T>
    T makeSection(const QString &title, const std::function<void(T &)> &fill)
    {
        T row;
        row.planId = m_plan.meta.id;
        row.accountId = m_group;
        row.title = title;
        fill(row);
        return made(m_store->create(row));
    }

    PlanObjective makeObjective(const QString &title, int position)
    {
        return makeSection<PlanObjective>(title, [&](PlanObjective &o) { o.position = position; });
    }

    PlanRisk makeRisk(const QString &title, int likelihood, int impact)
    {
        return makeSection<PlanRisk>(title, [&](PlanRisk &r) {
            r.likelihood = likelihood;
            r.impact = impact;
        });
    }

    WhitespaceCell makeCell(const QString &segment, const QString &line, Whitespace state,
                            const QString &competitor = {}, qint64 valueMinor = 0)
    {
        WhitespaceCell c;
        c.planId = m_plan.meta.id;
        c.accountId = m_group;
        c.segment = segment;
        c.productLine = line;
        c.state = state;
        c.competitor = competitor;
        c.valueMinor = valueMinor;
        return made(m_store->create(c));
    }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("store.sqlite")));
        m_store = test::openStore(m_dir);
        QVERIFY(m_store);
        m_group = made(m_store->create(test::sampleAccount("华东重工集团"))).meta.id;
        Account branch = test::sampleAccount("华东重工集团南京分公司");
        branch.parentId = m_group;
        m_branch = made(m_store->create(branch)).meta.id;
        for (const auto &[name, series] : {std::pair{"液压泵 A10", "液压系统"}, std::pair{"轴承 6205", "轴承"},
                                           std::pair{"液压阀 4WE", "液压系统"}}) {
            Product p;
            p.name = QString::fromUtf8(name);
            p.series = QString::fromUtf8(series);
            p.listPriceMinor = 100000;
            KAM_VERIFY_RESULT(m_store->create(p));
        }
        Plan plan;
        plan.accountId = m_group;
        plan.period = QStringLiteral("2027");
        plan.title = QStringLiteral("华东重工 2027 客户计划");
        plan.ownerId = m_store->currentUserId();
        m_plan = made(m_store->create(plan));
        QVERIFY(!m_plan.meta.id.isEmpty());
    }
    void cleanup() { m_store.reset(); }

    // Given an account with a plan, the list shows it; a plan made elsewhere is inserted, an
    // edit of one is one dataChanged of its row, a deleted plan leaves.
    void planList_followsStore()
    {
        PlanListModel model(m_store.get());
        QAbstractItemModelTester tester(&model, kFatal);
        KAM_VERIFY_RESULT(model.setAccountId(m_group));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, PlanListModel::Period).data().toString(), planPeriodLabel("2027"));
        QCOMPARE(model.index(0, PlanListModel::Status).data().toString(), enumLabel(PlanStatus::Draft));
        QCOMPARE(model.index(0, PlanListModel::Version).data().toString(), QLocale().toString(1));
        QVERIFY(!model.index(0, PlanListModel::Owner).data().toString().isEmpty());

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        Plan h1;
        h1.accountId = m_group;
        h1.period = QStringLiteral("2028-H1");
        h1.title = QStringLiteral("2028 上半年");
        const Plan next = made(m_store->create(h1));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(model.rowOf(next.meta.id), PlanListModel::Period).data(PlanListModel::SortRole).toString(),
                 QString("2028-H1"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Plan approved = m_plan;
        approved.status = PlanStatus::Approved;
        KAM_VERIFY_RESULT(m_store->update(approved));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), model.rowOf(m_plan.meta.id));
        QCOMPARE(model.index(model.rowOf(m_plan.meta.id), PlanListModel::Status).data().toString(),
                 enumLabel(PlanStatus::Approved));

        KAM_VERIFY_RESULT(m_store->remove<Plan>(next.meta.id));
        QCOMPARE(model.rowCount(), 1);
    }

    // Objectives come by position; an edit through the store is one dataChanged; an edit in the
    // model writes nothing and asks the view (editRequested).
    void objectives_orderEditsAndRequests()
    {
        const PlanObjective second = makeObjective("提高钢厂份额", 2);
        const PlanObjective first = makeObjective("续签年度框架协议", 1);
        PlanObjectiveModel model(m_store.get());
        QAbstractItemModelTester tester(&model, kFatal);
        KAM_VERIFY_RESULT(model.setPlanId(m_plan.meta.id));
        QCOMPARE(columnTexts(model, PlanObjectiveModel::Title), QStringList({"续签年度框架协议", "提高钢厂份额"}));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        PlanObjective progressed = second;
        progressed.progress = 40;
        KAM_VERIFY_RESULT(m_store->update(progressed));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.index(1, PlanObjectiveModel::Progress).data().toString(), QObject::tr("%1 %").arg(40));
        QCOMPARE(model.index(1, PlanObjectiveModel::Progress).data(Qt::EditRole).toInt(), 40);

        QSignalSpy requested(&model, &PlanSectionModelBase::editRequested);
        QVERIFY(model.setData(model.index(0, PlanObjectiveModel::Title), QStringLiteral("新标题")));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(made(m_store->get<PlanObjective>(first.meta.id)).title, first.title);
        PlanObjective edited = model.rowAt(0);
        QVERIFY(model.setField(edited, PlanObjectiveModel::Title, QStringLiteral(" 新标题 ")));
        QCOMPARE(edited.title, QString("新标题"));

        KAM_VERIFY_RESULT(m_store->remove<PlanObjective>(first.meta.id));
        QCOMPARE(columnTexts(model, PlanObjectiveModel::Title), QStringList({"提高钢厂份额"}));
    }

    // An action shows its objective's title and owner; an open action past due is flagged as of
    // the model's day, a done one is not; renaming the objective refreshes the action row.
    void actions_overdueAndDerivedColumns()
    {
        const PlanObjective objective = makeObjective("续签年度框架协议", 1);
        const PlanAction visit = makeSection<PlanAction>(QStringLiteral("安排高层互访"), [&](PlanAction &a) {
            a.objectiveId = objective.meta.id;
            a.ownerId = m_store->currentUserId();
            a.dueOn = QDate(2027, 3, 31);
        });

        PlanActionModel model(m_store.get());
        QAbstractItemModelTester tester(&model, kFatal);
        model.setToday(QDate(2027, 4, 1));
        KAM_VERIFY_RESULT(model.setPlanId(m_plan.meta.id));
        QCOMPARE(model.index(0, PlanActionModel::Objective).data().toString(), objective.title);
        QVERIFY(!model.index(0, PlanActionModel::Owner).data().toString().isEmpty());
        QVERIFY(model.index(0, 0).data(PlanSectionModelBase::OverdueRole).toBool());
        QVERIFY(model.index(0, PlanActionModel::Due).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(0, PlanActionModel::Status).data(PlanSectionModelBase::ChoicesRole).toList().size(),
                 int(enumEntries<ActionStatus>().size()));
        QCOMPARE(model.index(0, PlanActionModel::Objective).data(PlanSectionModelBase::ChoicesRole).toList().size(), 2);

        model.setToday(QDate(2027, 3, 31));
        QVERIFY(!model.index(0, 0).data(PlanSectionModelBase::OverdueRole).toBool());
        model.setToday(QDate(2027, 4, 1));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        PlanAction done = visit;
        done.status = ActionStatus::Done;
        KAM_VERIFY_RESULT(m_store->update(done));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!model.index(0, 0).data(PlanSectionModelBase::OverdueRole).toBool());

        changed.clear();
        PlanObjective renamed = objective;
        renamed.title = QStringLiteral("签订三年框架协议");
        KAM_VERIFY_RESULT(m_store->update(renamed));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, PlanActionModel::Objective).data().toString(), renamed.title);
    }

    // Risks come highest exposure first; raising one's likelihood moves it up (a move, not a reset).
    void risks_sortedByExposure()
    {
        makeRisk("竞争对手低价", 4, 4);
        const PlanRisk keyContact = makeRisk("关键联系人离职", 2, 3);
        makeRisk("付款延迟", 3, 3);
        PlanRiskModel model(m_store.get());
        QAbstractItemModelTester tester(&model, kFatal);
        KAM_VERIFY_RESULT(model.setPlanId(m_plan.meta.id));
        QCOMPARE(columnTexts(model, PlanRiskModel::Title), QStringList({"竞争对手低价", "付款延迟", "关键联系人离职"}));
        QCOMPARE(model.index(0, PlanRiskModel::Exposure).data(PlanSectionModelBase::SortRole).toInt(), 16);
        QVERIFY(!(model.flags(model.index(0, PlanRiskModel::Exposure)) & Qt::ItemIsEditable));

        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        PlanRisk worse = keyContact;
        worse.likelihood = 5;
        worse.impact = 5;
        KAM_VERIFY_RESULT(m_store->update(worse));
        QCOMPARE(columnTexts(model, PlanRiskModel::Title), QStringList({"关键联系人离职", "竞争对手低价", "付款延迟"}));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(reset.count(), 0);
    }

    // Rows are the account, its branch and the buying centres cells name; columns the
    // catalogue's series and the lines cells name. A cell shows state, competitor and value on
    // its state's colour; a new centre or line is an inserted row or column, a cell edit one
    // dataChanged of that cell.
    void whitespaceGrid_axesCellsAndSignals()
    {
        const WhitespaceCell ours = makeCell(m_group, "液压系统", Whitespace::Ours, {}, 12000000);
        WhitespaceGridModel model(m_store.get());
        QAbstractItemModelTester tester(&model, kFatal);
        KAM_VERIFY_RESULT(model.setPlanId(m_plan.meta.id));
        QCOMPARE(headers(model, Qt::Vertical), QStringList({"华东重工集团", "华东重工集团南京分公司"}));
        QCOMPARE(model.columnCount(), 2);
        QVERIFY(headers(model, Qt::Horizontal).contains("轴承"));
        const int hydraulics = model.productLines().indexOf("液压系统");
        const QModelIndex cell = model.index(0, hydraulics);
        QCOMPARE(cell.data(WhitespaceGridModel::CellIdRole).toString(), ours.meta.id);
        QCOMPARE(cell.data(Qt::BackgroundRole).value<QColor>(), whitespaceColor(Whitespace::Ours));
        QVERIFY(cell.data().toString().contains(enumLabel(Whitespace::Ours)));
        QVERIFY(cell.data().toString().contains(formatMoney(Money{12000000, "CNY"})));
        QVERIFY(!model.index(1, hydraulics).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.index(1, hydraulics).data(WhitespaceGridModel::SegmentRole).toString(), m_branch);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        makeCell(m_branch, "液压系统", Whitespace::Competitor, "恒立液压");
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), model.index(1, hydraulics));
        QCOMPARE(model.index(1, hydraulics).data(Qt::BackgroundRole).value<QColor>(),
                 whitespaceColor(Whitespace::Competitor));
        QVERIFY(model.index(1, hydraulics).data().toString().contains("恒立液压"));

        QSignalSpy rowsInserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy columnsInserted(&model, &QAbstractItemModel::columnsInserted);
        const WhitespaceCell centre = makeCell("设备部", "维保服务", Whitespace::Potential, {}, 500000);
        QCOMPARE(rowsInserted.count(), 1);
        QCOMPARE(columnsInserted.count(), 1);
        QCOMPARE(model.headerData(2, Qt::Vertical).toString(), QString("设备部"));
        QCOMPARE(model.productLines().last(), QString("维保服务"));
        QCOMPARE(model.index(2, model.columnCount() - 1).data(Qt::BackgroundRole).value<QColor>(),
                 whitespaceColor(Whitespace::Potential));

        changed.clear();
        WhitespaceCell lost = ours;
        lost.state = Whitespace::NotRelevant;
        KAM_VERIFY_RESULT(m_store->update(lost));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), cell);

        QSignalSpy rowsRemoved(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy columnsRemoved(&model, &QAbstractItemModel::columnsRemoved);
        KAM_VERIFY_RESULT(m_store->remove<WhitespaceCell>(centre.meta.id));
        QCOMPARE(rowsRemoved.count(), 1);
        QCOMPARE(columnsRemoved.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(reset.count(), 0);
    }

    // The history lists each status and version the store wrote, oldest first: approving and
    // then editing the approved plan shows version 2 as a draft.
    void history_followsStatusAndVersion()
    {
        PlanHistoryModel model(m_store.get());
        QAbstractItemModelTester tester(&model, kFatal);
        KAM_VERIFY_RESULT(model.setPlanId(m_plan.meta.id));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, PlanHistoryModel::Status).data().toString(), enumLabel(PlanStatus::Draft));

        Plan approved = m_plan;
        approved.status = PlanStatus::Approved;
        KAM_VERIFY_RESULT(m_store->update(approved));
        approved.summary = QStringLiteral("钢价下行，客户压缩采购预算");
        KAM_VERIFY_RESULT(m_store->update(approved));
        QCOMPARE(columnTexts(model, PlanHistoryModel::Status),
                 QStringList({enumLabel(PlanStatus::Draft), enumLabel(PlanStatus::Approved), enumLabel(PlanStatus::Draft)}));
        QCOMPARE(model.index(2, PlanHistoryModel::Version).data(PlanSectionModelBase::SortRole).toInt(), 2);
        QVERIFY(!model.index(2, PlanHistoryModel::Who).data().toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlanModels)
#include "tst_plan_models.moc"
