// SPDX-License-Identifier: GPL-3.0-or-later
// The value model's item models, each under QAbstractItemModelTester: the scores table fed by
// hand, the criteria tree and the pairwise grid on known matrices, the tier history on a
// temporary store; and the scorer, which scores off the UI thread and again after an edit.
//
// The 3 × 3 matrix (1 3 5 / ⅓ 1 3 / ⅕ ⅓ 1) has the principal eigenvector (0.637, 0.258, 0.105),
// λmax 3.039 and CR 0.033 with Saaty's RI 0.58 (T. L. Saaty, The Analytic Hierarchy Process,
// McGraw-Hill 1980; the figures checked here by power iteration to four decimals).

#include "itemmodels/criteria_tree_model.h"
#include "itemmodels/pairwise_model.h"
#include "itemmodels/tier_history_model.h"
#include "itemmodels/value_score_model.h"
#include "itemmodels/value_scorer.h"
#include "support/health_fixture.h"
#include "support/result_check.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kam;
using namespace kam::analytics;
using namespace kam::test;

namespace {
constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

CriterionNode leaf(ValueCriterion c)
{
    CriterionNode n;
    n.criterion = c;
    return n;
}

/// Root: Economic (Revenue, Gross margin) and Relationship (Satisfaction), compared 3 : 1;
/// Revenue 1 : 1 Gross margin.
CriterionNode smallTree()
{
    CriterionNode economic;
    economic.name = "Economic";
    economic.children = {leaf(ValueCriterion::Revenue), leaf(ValueCriterion::GrossMargin)};
    economic.comparisons = {1};
    CriterionNode relationship;
    relationship.name = "Relationship";
    relationship.children = {leaf(ValueCriterion::Satisfaction)};
    CriterionNode root;
    root.name = "Value";
    root.children = {economic, relationship};
    root.comparisons = {3};
    return root;
}

Account account(const QString &id, const QString &name, Tier tier)
{
    Account a;
    a.meta.id = id;
    a.legalName = name;
    a.tier = tier;
    return a;
}

ValueScore score(const QString &id, double value, int rank, Tier proposed)
{
    ValueScore s;
    s.accountId = id;
    s.score = value;
    s.rank = rank;
    s.proposedTier = proposed;
    s.breakdown = {CriterionScore{ValueCriterion::Revenue, 1'200'000.0, 1.0, 0.6, 60 * value / 100},
                   CriterionScore{ValueCriterion::Satisfaction, std::nullopt, 0.5, 0.4, 40 * value / 100}};
    return s;
}

const std::vector<CriterionWeight> kLeaves = {{ValueCriterion::Revenue, "Economic › Revenue", 0.6},
                                              {ValueCriterion::Satisfaction, "Relationship › Satisfaction", 0.4}};
} // namespace

class TestValueModels : public QObject
{
    Q_OBJECT

private slots:
    void scoreModelShowsRanksTiersAndPoints()
    {
        ValueScoreModel model;
        QAbstractItemModelTester tester(&model, kFatal);
        const std::vector<Account> accounts = {account("a", "Alpha", Tier::Core), account("b", "Beta", Tier::Ordinary)};
        // Given a score of an account that is not live (c): it is left out.
        model.setScores(accounts, {score("a", 82.25, 1, Tier::Core), score("b", 55, 2, Tier::Key), score("c", 10, 3, Tier::Potential)},
                        kLeaves);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), ValueScoreModel::FirstCriterion + 2);
        QCOMPARE(model.index(0, ValueScoreModel::Score).data().toString(), "82.3"); // one decimal
        QCOMPARE(model.index(0, ValueScoreModel::AccountName).data().toString(), "Alpha");
        QCOMPARE(model.index(0, 0).data(ValueScoreModel::DiffersRole).toBool(), false);
        // Then Beta's current tier is flagged: the model proposes key.
        QCOMPARE(model.index(1, 0).data(ValueScoreModel::DiffersRole).toBool(), true);
        QVERIFY(model.index(1, ValueScoreModel::Current).data(Qt::ToolTipRole).toString().contains(enumLabel(Tier::Key)));
        QCOMPARE(model.headerData(ValueScoreModel::FirstCriterion, Qt::Horizontal).toString(), enumLabel(ValueCriterion::Revenue));
        QCOMPARE(model.index(0, ValueScoreModel::FirstCriterion).data(ValueScoreModel::SortRole).toDouble(), 60 * 82.25 / 100);
        const QString tip = model.index(0, ValueScoreModel::FirstCriterion).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains("1,200,000") && tip.contains("60.0 %") && tip.contains("1.00"), qPrintable(tip));
        QVERIFY(model.index(0, ValueScoreModel::FirstCriterion + 1).data(Qt::ToolTipRole).toString().contains("no data"));
    }

    void scoreModelRescoreChangesRowsNotTheModel()
    {
        ValueScoreModel model;
        QAbstractItemModelTester tester(&model, kFatal);
        const std::vector<Account> accounts = {account("a", "Alpha", Tier::Core), account("b", "Beta", Tier::Key),
                                               account("c", "Gamma", Tier::Key)};
        model.setScores(accounts, {score("a", 80, 1, Tier::Core), score("b", 60, 2, Tier::Key), score("c", 50, 3, Tier::Ordinary)}, kLeaves);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        // When only Beta's score changes, only its row is announced.
        model.setScores(accounts, {score("a", 80, 1, Tier::Core), score("b", 65, 2, Tier::Key), score("c", 50, 3, Tier::Ordinary)}, kLeaves);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(changes.first().at(1).toModelIndex().row(), 1);
        // When the criteria change, the columns do: a reset.
        model.setScores(accounts, {score("a", 80, 1, Tier::Core)}, {kLeaves.front()});
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), ValueScoreModel::FirstCriterion + 1);
    }

    void treeComputesLocalAndGlobalWeights()
    {
        CriteriaTreeModel model;
        QAbstractItemModelTester tester(&model, kFatal);
        model.setRoot(smallTree());
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex economic = model.index(0, 0);
        QCOMPARE(economic.data().toString(), "Economic");
        QVERIFY(model.isGroup(economic));
        QCOMPARE(model.rowCount(economic), 2);
        const QModelIndex revenue = model.index(0, 0, economic);
        QCOMPARE(revenue.data().toString(), enumLabel(ValueCriterion::Revenue)); // unnamed leaf: its label
        QCOMPARE(model.index(0, CriteriaTreeModel::Criterion, economic).data().toString(), enumLabel(ValueCriterion::Revenue));
        // Economic 3 : 1 Relationship → 0.75; revenue gets half of it.
        QCOMPARE(model.index(0, CriteriaTreeModel::LocalWeight).data(CriteriaTreeModel::WeightRole).toDouble(), 0.75);
        QCOMPARE(model.index(0, CriteriaTreeModel::GlobalWeight, economic).data(CriteriaTreeModel::WeightRole).toDouble(), 0.375);
        QCOMPARE(model.index(0, CriteriaTreeModel::GlobalWeight, economic).data().toString(), "37.5 %");

        // When the root comparison becomes 1 : 1, every weight below follows.
        QSignalSpy changed(&model, &CriteriaTreeModel::changed);
        QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setComparisons({}, {1}));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!data.isEmpty());
        QCOMPARE(model.index(0, CriteriaTreeModel::GlobalWeight, economic).data(CriteriaTreeModel::WeightRole).toDouble(), 0.25);
        QVERIFY(!model.setComparisons({}, {1, 2})); // two children have one comparison
    }

    void treeAddsRenamesAndRemoves()
    {
        CriteriaTreeModel model;
        QAbstractItemModelTester tester(&model, kFatal);
        model.setRoot(smallTree());
        QSignalSpy changed(&model, &CriteriaTreeModel::changed);
        // Given the tree uses three criteria, five remain; a used one cannot be added again.
        QCOMPARE(model.unusedCriteria().size(), size_t(kCriterionCount - 3));
        const QModelIndex relationship = model.index(1, 0);
        QVERIFY(!model.addCriterion(relationship, ValueCriterion::Revenue).isValid());
        const QModelIndex added = model.addCriterion(relationship, ValueCriterion::RelationshipStrength);
        QVERIFY(added.isValid());
        QCOMPARE(model.rowCount(relationship), 2);
        QCOMPARE(model.comparisons(relationship), std::vector<double>{1});
        // A criterion cannot hold children.
        QVERIFY(!model.addGroup(added, "Below a leaf").isValid());
        const QModelIndex group = model.addGroup({}, "Strategic");
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.comparisons({}), (std::vector<double>{3, 1, 1})); // the new sibling is compared as equal
        QVERIFY(model.setData(group, "Strategic value"));
        QCOMPARE(model.index(2, 0).data().toString(), "Strategic value");
        QVERIFY(!model.setData(group, "  ")); // a group needs a name
        QCOMPARE(changed.count(), 3);

        // Removing the middle child drops its comparisons with the others.
        QVERIFY(model.setComparisons({}, {3, 5, 2}));
        QVERIFY(model.remove(model.index(1, 0)));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.comparisons({}), std::vector<double>{5});
        QCOMPARE(model.root().children.size(), size_t(2));
        QCOMPARE(model.root().children[1].name, "Strategic value");
        QCOMPARE(model.unusedCriteria().size(), size_t(kCriterionCount - 2)); // satisfaction and strength are free again
    }

    void pairwiseGridShowsReciprocalsAndWeights()
    {
        PairwiseModel model;
        QAbstractItemModelTester tester(&model, kFatal);
        model.setComparisons({"A", "B", "C"}, {3, 5, 3});
        QCOMPARE(model.index(0, 1).data().toString(), "3");
        QCOMPARE(model.index(1, 0).data().toString(), "1/3");
        QCOMPARE(model.index(2, 0).data().toString(), "1/5");
        QCOMPARE(model.index(1, 1).data().toString(), "1");
        QVERIFY(model.flags(model.index(0, 2)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(2, 0)) & Qt::ItemIsEditable));
        QVERIFY(!(model.flags(model.index(1, 1)) & Qt::ItemIsEditable));
        QVERIFY(model.result().has_value());
        QCOMPARE(qRound(model.result()->weights[0] * 1000), 637);
        QCOMPARE(qRound(model.result()->weights[1] * 1000), 258);
        QCOMPARE(qRound(model.result()->weights[2] * 1000), 105);
        QCOMPARE(qRound(model.result()->lambdaMax * 1000), 3039);
        QCOMPARE(qRound(model.result()->cr * 1000), 33);
        QVERIFY(model.result()->consistent);
        QVERIFY(!model.index(0, 1).data(PairwiseModel::WorstRole).toBool());

        // Editing writes the triangle; the scale's bounds hold.
        QSignalSpy edited(&model, &PairwiseModel::comparisonsChanged);
        QVERIFY(model.setData(model.index(1, 2), "1/2"));
        QCOMPARE(model.comparisons(), (std::vector<double>{3, 5, 0.5}));
        QCOMPARE(model.index(2, 1).data().toString(), "2");
        QCOMPARE(edited.count(), 1);
        QVERIFY(!model.setData(model.index(1, 2), "12"));
        QVERIFY(!model.setData(model.index(1, 2), "0"));
        QVERIFY(!model.setData(model.index(1, 2), "abc"));
        QVERIFY(!model.setData(model.index(2, 1), "3")); // the lower triangle follows, it is not edited
        QCOMPARE(edited.count(), 1);

        // The revised RI table divides by 0.52 for n = 3.
        const double ci = model.result()->ci;
        model.setRandomIndexTable(RandomIndexTable::Revised);
        QCOMPARE(qRound(model.result()->ri * 100), 52);
        QVERIFY(qAbs(model.result()->cr - ci / 0.52) < 1e-9);
    }

    void pairwiseGridFlagsAndFixesTheWorstComparison()
    {
        PairwiseModel model;
        QAbstractItemModelTester tester(&model, kFatal);
        // A prefers B, B prefers C, C prefers A strongly: intransitive.
        model.setComparisons({"A", "B", "C"}, {3, 1.0 / 5, 3});
        QVERIFY(!model.result()->consistent);
        const AhpSuggestion worst = model.result()->worst;
        QVERIFY(worst.row >= 0 && worst.column >= 0 && worst.row != worst.column);
        QVERIFY(model.index(worst.row, worst.column).data(PairwiseModel::WorstRole).toBool());
        QVERIFY(model.index(worst.column, worst.row).data(PairwiseModel::WorstRole).toBool());
        QVERIFY(model.index(worst.row, worst.column).data(Qt::BackgroundRole).isValid());
        const double before = model.result()->cr;
        QVERIFY(model.applySuggestion());
        QCOMPARE(model.index(worst.row, worst.column).data(PairwiseModel::ValueRole).toDouble(), worst.suggested);
        QVERIFY(model.result()->cr < before);
        for (int i = 0; i < 5 && !model.result()->consistent; ++i)
            QVERIFY(model.applySuggestion());
        QVERIFY(model.result()->consistent);
        QVERIFY(!model.applySuggestion());
    }

    void tierHistoryFollowsDecisions()
    {
        QTemporaryDir dir;
        std::unique_ptr<Store> store = openStore(dir);
        QVERIFY(store);
        Result<Account> a = store->create(sampleAccount("华东重工集团", 11));
        KAM_VERIFY_RESULT(a);
        TierHistoryModel model(store.get());
        QAbstractItemModelTester tester(&model, kFatal);
        KAM_VERIFY_RESULT(model.setAccount(a->meta.id));
        const int initial = model.rowCount();
        Result<TierChange> decided = store->decideTier(a->meta.id, Tier::Key, "key", 64.5, "Standard", "Proposed by Standard");
        KAM_VERIFY_RESULT(decided);
        QCOMPARE(model.rowCount(), initial + 1);
        QCOMPARE(model.index(0, 0).data(TierHistoryModel::IdRole).toString(), decided->meta.id);
        QCOMPARE(model.index(0, TierHistoryModel::Proposed).data().toString(), enumLabel(Tier::Key));
        QCOMPARE(model.index(0, TierHistoryModel::Score).data().toString(), "64.5");
        QCOMPARE(model.index(0, TierHistoryModel::Model).data().toString(), "Standard");
        QCOMPARE(model.index(0, TierHistoryModel::Reason).data().toString(), "Proposed by Standard");
        QVERIFY(model.index(0, TierHistoryModel::Change).data().toString().contains(enumLabel(Tier::Key)));
        // Withdrawn (undo), the row goes.
        KAM_VERIFY_RESULT(store->withdrawTierDecision(decided->meta.id));
        QCOMPARE(model.rowCount(), initial);
        KAM_VERIFY_RESULT(model.setAccount({}));
        QCOMPARE(model.rowCount(), 0);
    }

    void scorerScoresOffTheUiThreadAndAgainAfterAnEdit()
    {
        QTemporaryDir dir;
        std::unique_ptr<Store> store = openStore(dir);
        QVERIFY(store);
        const HealthAccounts ids = makeHealthAccounts(*store);
        ValueScorer scorer(*store);
        scorer.setToday(kHealthToday);
        QSignalSpy scored(&scorer, &ValueScorer::scored);
        QVERIFY(scorer.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(scorer.isReady() && !scorer.isBusy(), 20000);
        QCOMPARE(scorer.scoring()->scores.size(), size_t(3));
        QVERIFY(scorer.score(ids.atRisk));
        QVERIFY(scorer.scoring()->model.meta.id.isEmpty()); // no model stored: the built-in default
        QCOMPARE(scorer.scoring()->sensitivity.size(), 2 * scorer.scoring()->weights.leaves.size());

        // When an account's strategic fit changes, it is scored again.
        scored.clear();
        Result<Account> a = store->get<Account>(ids.healthy);
        KAM_VERIFY_RESULT(a);
        Account edited = *a;
        edited.strategicFit = 5;
        KAM_VERIFY_RESULT(store->update(edited));
        QVERIFY(scorer.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!scored.isEmpty() && !scorer.isBusy(), 20000);
        const ValueScore *s = scorer.score(ids.healthy);
        QVERIFY(s);
        const auto fit = std::find_if(s->breakdown.begin(), s->breakdown.end(),
                                      [](const CriterionScore &c) { return c.criterion == ValueCriterion::StrategicFit; });
        QVERIFY(fit != s->breakdown.end());
        QCOMPARE(fit->value, std::optional<double>(5));
    }
};

QTEST_GUILESS_MAIN(TestValueModels)
#include "tst_value_models.moc"
