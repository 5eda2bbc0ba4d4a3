// SPDX-License-Identifier: GPL-3.0-or-later
// The Value tab and the value model editor, driven through their widgets on the health
// fixture's three accounts on a fixed day: every account is scored; approving a proposal or
// setting a tier writes a tier change and the account's tier, and undo takes both back; in the
// editor a comparison moves the weights and CR, an inconsistent grid shows the comparison to
// revisit and Apply fixes it, Save writes the model and a new method rescores. With
// KAM_SCREENSHOT_DIR set, saves value-editor.png: the editor with an inconsistent comparison and
// its suggestion (in Chinese with KAM_SCREENSHOT_LANG=zh_CN).

#include "app_language.h"
#include "commands/edit_history.h"
#include "itemmodels/criteria_tree_model.h"
#include "itemmodels/pairwise_model.h"
#include "itemmodels/tier_history_model.h"
#include "itemmodels/value_score_model.h"
#include "itemmodels/value_scorer.h"
#include "support/gui_driver.h"
#include "support/health_fixture.h"
#include "support/result_check.h"
#include "tier_dialog.h"
#include "value_model_editor.h"
#include "value_view.h"
#include "widget_helpers.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

using namespace kam;
using namespace kam::analytics;
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

class TestValueView : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<EditHistory> m_history;
    std::unique_ptr<ValueScorer> m_scorer;
    std::unique_ptr<ValueView> m_view;
    HealthAccounts m_ids;

    Tier tierOf(const QString &id) const { return m_store->get<Account>(id).value().tier; }
    void waitForScores() const
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_scorer->isReady() && !m_scorer->isBusy(), 20000);
        QCoreApplication::processEvents();
    }

private slots:
    void initTestCase()
    {
        if (const QString lang = qEnvironmentVariable("KAM_SCREENSHOT_LANG"); !lang.isEmpty())
            installTranslations(lang);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = openStore(*m_dir);
        QVERIFY(m_store);
        m_ids = makeHealthAccounts(*m_store);
        m_history = std::make_unique<EditHistory>(m_store.get());
        m_scorer = std::make_unique<ValueScorer>(*m_store);
        m_scorer->setToday(kHealthToday);
        m_view = std::make_unique<ValueView>(m_store.get(), m_history.get(), m_scorer.get());
        m_view->resize(1400, 860);
        m_view->show();
        waitForScores();
    }

    void cleanup()
    {
        m_view.reset();
        m_scorer.reset();
        m_history.reset();
        m_store.reset();
        m_dir.reset();
    }

    void scoresEveryAccount()
    {
        QCOMPARE(m_view->model()->rowCount(), 3);
        auto *table = child<QTableView>(m_view.get(), "valueScoresTable");
        QCOMPARE(table->model()->rowCount(), 3);
        // Sorted by rank: the first row has rank 1.
        QCOMPARE(table->model()->index(0, ValueScoreModel::Rank).data().toString(), "1");
        QVERIFY(child<QLabel>(m_view.get(), "valueStatus")
                    ->text()
                    .contains(QCoreApplication::translate("kam::ValueView", "%Ln account(s) scored", nullptr, 3)));
        QVERIFY(!child<QLabel>(m_view.get(), "valueModelLabel")->text().isEmpty());
        // The search narrows the table.
        typeText(child<QLineEdit>(m_view.get(), "valueSearchEdit"), "北方");
        QCOMPARE(table->model()->rowCount(), 1);
        child<QLineEdit>(m_view.get(), "valueSearchEdit")->clear();
        QCOMPARE(table->model()->rowCount(), 3);
    }

    void approvingAProposalWritesTheTierAndUndoTakesItBack()
    {
        const QString id = m_ids.watch;
        QVERIFY(m_view->selectAccount(id));
        const ValueScore *s = m_scorer->score(id);
        QVERIFY(s);
        const Tier proposed = s->proposedTier;
        const Tier before = tierOf(id);
        const size_t history = m_store->tierChanges(id).value().size();
        QTest::mouseClick(child<QPushButton>(m_view.get(), "valueApproveButton"), Qt::LeftButton);

        const std::vector<TierChange> changes = m_store->tierChanges(id).value();
        QCOMPARE(changes.size(), history + 1);
        QCOMPARE(changes.front().toTier, proposed);
        QCOMPARE(changes.front().proposed, enumCode(proposed));
        QCOMPARE(changes.front().modelName, m_scorer->scoring()->model.name);
        QCOMPARE(changes.front().reason,
                 QCoreApplication::translate("kam::ValueView", "Proposed by %1").arg(m_scorer->scoring()->model.name));
        QCOMPARE(tierOf(id), proposed);
        QCOMPARE(m_view->historyModel()->rowCount(), int(history + 1));
        // The table follows once the accounts are scored again.
        waitForScores();
        const int row = m_view->model()->rowOf(id);
        QCOMPARE(m_view->model()->currentTier(row), proposed);
        QVERIFY(!m_view->model()->index(row, 0).data(ValueScoreModel::DiffersRole).toBool());

        m_history->stack()->undo();
        QCOMPARE(tierOf(id), before);
        QCOMPARE(m_store->tierChanges(id).value().size(), history);
        m_history->stack()->redo();
        QCOMPARE(tierOf(id), proposed);
        QCOMPARE(m_store->tierChanges(id).value().front().meta.id, changes.front().meta.id); // the same row again
    }

    void approvingSeveralIsOneUndoStep()
    {
        auto *table = child<QTableView>(m_view.get(), "valueScoresTable");
        table->selectAll();
        QCOMPARE(m_view->selectedAccountIds().size(), 3);
        const int steps = m_history->stack()->count();
        QTest::mouseClick(child<QPushButton>(m_view.get(), "valueApproveButton"), Qt::LeftButton);
        QCOMPARE(m_history->stack()->count(), steps + 1);
        for (const QString &id : {m_ids.atRisk, m_ids.watch, m_ids.healthy})
            QCOMPARE(tierOf(id), m_scorer->score(id)->proposedTier);
        m_history->stack()->undo();
        QCOMPARE(tierOf(m_ids.atRisk), Tier::Core);
        QCOMPARE(tierOf(m_ids.watch), Tier::Key);
        QCOMPARE(tierOf(m_ids.healthy), Tier::Core);
    }

    void settingATierNeedsAReason()
    {
        const QString id = m_ids.healthy;
        QVERIFY(m_view->selectAccount(id));
        bool refused = false;
        whenDialogOpens<TierDialog>(this, [&refused](TierDialog *dialog) {
            setComboEnum(child<QComboBox>(dialog, "tierCombo"), Tier::Potential);
            QTest::mouseClick(child<QPushButton>(dialog, "tierOkButton"), Qt::LeftButton);
            refused = dialog->isVisible() && child<QLabel>(dialog, "tierDialogError")->isVisible();
            typeText(child<QPlainTextEdit>(dialog, "tierReasonEdit"), "Moving its business to a competitor");
            QTest::mouseClick(child<QPushButton>(dialog, "tierOkButton"), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(m_view.get(), "valueSetTierButton"), Qt::LeftButton);
        QVERIFY(refused);
        QCOMPARE(tierOf(id), Tier::Potential);
        const TierChange latest = m_store->tierChanges(id).value().front();
        QCOMPARE(latest.toTier, Tier::Potential);
        QCOMPARE(latest.reason, "Moving its business to a competitor");
        QCOMPARE(latest.proposed, enumCode(m_scorer->score(id)->proposedTier));
        m_history->stack()->undo();
        QCOMPARE(tierOf(id), Tier::Core);
    }

    void editorComparisonsMoveWeightsAndConsistency()
    {
        ValueModelEditor editor(m_store.get(), m_history.get(), m_scorer.get());
        editor.show();
        auto *grid = child<QTableView>(&editor, "pairwiseGrid");
        auto *consistency = child<QLabel>(&editor, "consistencyLabel");
        auto *apply = child<QPushButton>(&editor, "applySuggestionButton");
        CriteriaTreeModel *tree = editor.criteriaModel();
        PairwiseModel *pairwise = editor.pairwiseModel();
        // The default model's root compares its three groups.
        editor.selectGroup({});
        QCOMPARE(pairwise->rowCount(), tree->rowCount());
        QVERIFY(pairwise->rowCount() >= 3);
        QVERIFY(pairwise->result()->consistent);
        QVERIFY(consistency->text().contains("✓"));
        QVERIFY(apply->isHidden());

        // When the first group matters 9 times the second, its weight rises.
        const double weight = tree->index(0, CriteriaTreeModel::LocalWeight).data(CriteriaTreeModel::WeightRole).toDouble();
        QVERIFY(grid->model()->setData(grid->model()->index(0, 1), "9"));
        const double raised = tree->index(0, CriteriaTreeModel::LocalWeight).data(CriteriaTreeModel::WeightRole).toDouble();
        QVERIFY2(raised > weight, qPrintable(QString("%1 → %2").arg(weight).arg(raised)));
        // And when the third matters 9 times the first while the second beats the third: inconsistent.
        QVERIFY(grid->model()->setData(grid->model()->index(0, 2), "1/9"));
        QVERIFY(grid->model()->setData(grid->model()->index(1, 2), "9"));
        QVERIFY(!pairwise->result()->consistent);
        QVERIFY(consistency->text().contains("✗"));
        QVERIFY(!apply->isHidden());
        const QString suggestion = child<QLabel>(&editor, "suggestionLabel")->text();
        // It names the two groups compared (in any language).
        QVERIFY2(suggestion.contains(grid->model()->headerData(1, Qt::Vertical).toString())
                     && suggestion.contains(grid->model()->headerData(2, Qt::Vertical).toString()),
                 qPrintable(suggestion));
        screenshot(&editor, "value-editor.png");
        for (int i = 0; i < 6 && !pairwise->result()->consistent; ++i)
            QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(pairwise->result()->consistent);
        QVERIFY(consistency->text().contains("✓"));
        QVERIFY(apply->isHidden());

        // Save writes the model (the default was not stored yet) with these comparisons.
        const std::vector<double> comparisons = pairwise->comparisons();
        QTest::mouseClick(child<QPushButton>(&editor, "valueModelSaveButton"), Qt::LeftButton);
        const std::vector<ValueModel> models = m_store->valueModels().value();
        QCOMPARE(models.size(), size_t(1));
        const ValueModelDefinition saved = ValueModelDefinition::fromJson(models.front().definition).value();
        QCOMPARE(saved.root.comparisons, comparisons);
        QCOMPARE(editor.currentModelId(), models.front().meta.id);
        m_history->stack()->undo();
        QCOMPARE(m_store->valueModels().value().size(), size_t(0));
    }

    void switchingTheMethodRescores()
    {
        ValueModelEditor editor(m_store.get(), m_history.get(), m_scorer.get());
        editor.show();
        QCOMPARE(m_scorer->scoring()->definition.method, ScoringMethod::WeightedSum);
        const double before = m_scorer->score(m_ids.watch)->score;
        QSignalSpy scored(m_scorer.get(), &ValueScorer::scored);
        setComboEnum(child<QComboBox>(&editor, "methodCombo"), ScoringMethod::Grey);
        QTest::mouseClick(child<QPushButton>(&editor, "valueModelSaveButton"), Qt::LeftButton);
        QCOMPARE(m_store->valueModels().value().size(), size_t(1));
        QTRY_VERIFY_WITH_TIMEOUT(!scored.isEmpty() && !m_scorer->isBusy(), 20000);
        QCOMPARE(m_scorer->scoring()->definition.method, ScoringMethod::Grey);
        QVERIFY(m_scorer->score(m_ids.watch)->score != before);
        QVERIFY(child<QLabel>(m_view.get(), "valueModelLabel")->text().contains(enumLabel(ScoringMethod::Grey)));

        // A second model, made active, is what the view scores with.
        QTest::mouseClick(child<QPushButton>(&editor, "valueModelNewButton"), Qt::LeftButton);
        QCOMPARE(m_store->valueModels().value().size(), size_t(2));
        scored.clear();
        QTest::mouseClick(child<QPushButton>(&editor, "valueModelActivateButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!scored.isEmpty() && !m_scorer->isBusy(), 20000);
        QCOMPARE(m_scorer->scoring()->model.meta.id, editor.currentModelId());
        QCOMPARE(m_scorer->scoring()->definition.method, ScoringMethod::WeightedSum);
    }
};

QTEST_MAIN(TestValueView)
#include "tst_value_view.moc"
