// SPDX-License-Identifier: GPL-3.0-or-later
// The funnel and forecast views, the targets dialog and the stage editor, driven through their
// widgets; checked against the models and the store. With KAM_SCREENSHOT_DIR set, the views
// filled with some 40 deals are saved as PNGs there.

#include "commands/edit_history.h"
#include "forecast_view.h"
#include "funnel_view.h"
#include "itemmodels/forecast_model.h"
#include "itemmodels/funnel_model.h"
#include "itemmodels/pipeline_source.h"
#include "stage_editor_dialog.h"
#include "support/pipeline_fixture.h"
#include "targets_dialog.h"

#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace kam;

namespace {

constexpr qint64 kYuan = 100;

/// Two open deals, one won (100 000) and one lost, and one in USD.
void fillSmall(test::PipelineStore &p)
{
    const QDate close = QDate::currentDate().addMonths(2);
    p.now = QDateTime::currentDateTimeUtc().addDays(-30);
    p.deal(0, 50000 * kYuan, 10, close);
    p.deal(2, 200000 * kYuan, 40, close);
    p.deal(1, 7000 * kYuan, 20, close, QStringLiteral("USD"));
    Opportunity won = p.deal(3, 100000 * kYuan, 60, close);
    Opportunity lost = p.deal(1, 20000 * kYuan, 20, close);
    p.now = QDateTime::currentDateTimeUtc().addDays(-1);
    p.close(won, DealStatus::Won);
    p.close(lost, DealStatus::Lost);
}

/// Some 40 deals of eight accounts moved through the stages over four months, some won or
/// lost, and team targets for the coming twelve months.
void fillDemo(test::PipelineStore &p)
{
    const QStringList names
        = { "华东重工集团", "江南造船有限公司", "中联精密机械", "北方化工股份",
            "深圳云海科技", "西部矿业集团",     "长江电力设备", "华南汽车零部件" };
    QStringList accounts;
    for (int i = 0; i < names.size(); ++i)
        accounts << p.store->create(test::sampleAccount(names[i], 100 + i))->meta.id;
    QRandomGenerator rng(20261201);
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-120);
    const QDate today = QDate::currentDate();
    const std::vector<Stage> stages = builtInStages();
    for (int i = 0; i < 40; ++i) {
        p.now = start.addDays(i);
        const qint64 amount = (50 + qint64(rng.bounded(4950))) * 1000 * kYuan;
        const QDate close = today.addDays(int(rng.bounded(5, 360)));
        Opportunity deal = p.deal(0, amount, stages[0].probability, close, QStringLiteral("CNY"),
                                  accounts[i % accounts.size()]);
        const int furthest = int(rng.bounded(0, 6));
        for (int s = 1; s <= furthest; ++s) {
            p.now = p.now.addDays(int(rng.bounded(3, 12)));
            deal = p.move(deal, s, stages[size_t(s)].probability);
        }
        if (i % 6 == 0 || i % 9 == 0) {
            p.now = QDateTime::currentDateTimeUtc().addSecs(-3600);
            p.close(deal, i % 6 == 0 ? DealStatus::Won : DealStatus::Lost);
        }
    }
    const QDate month(today.year(), today.month(), 1);
    for (int m = 0; m < 12; ++m) {
        SalesTarget t;
        t.period = month.addMonths(m).toString("yyyy-MM");
        t.amountMinor = (2500000 + 250000 * (m % 4)) * kYuan;
        QVERIFY(p.store->create(t).ok());
    }
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

} // namespace

class TestPipelineViews : public QObject
{
    Q_OBJECT

private slots:
    void funnelSummaryAndChart();
    void funnelEmptyState();
    void forecastQuarters();
    void targetsDialogRefusesBadPeriod();
    void targetsDialogAddsTarget();
    void stageRenameAndUndo();
    void stageMoveAndUndo();
    void stageAddGetsAKey();
    void stageWithOpenDealsIsNotRemoved();
    void screenshots();
};

// Given a small store, when the funnel view shows it, then the summary has its totals and the
// count chart one bar per stage.
void TestPipelineViews::funnelSummaryAndChart()
{
    test::PipelineStore p;
    QVERIFY(p.store);
    fillSmall(p);
    PipelineSource source(p.store.get());
    FunnelView view(&source);
    view.resize(1000, 700);
    view.show();

    const QString summary = child<QLabel>(&view, "funnelSummary")->text();
    QVERIFY2(summary.contains("Open: 2 deal"), qPrintable(summary));
    QVERIFY2(summary.contains(formatMoney({ 250000 * kYuan, "CNY" })), qPrintable(summary));
    QVERIFY2(summary.contains("Won: 1 deal"), qPrintable(summary));
    QVERIFY2(summary.contains(formatMoney({ 100000 * kYuan, "CNY" })), qPrintable(summary));
    QVERIFY2(summary.contains("Lost: 1 deal"), qPrintable(summary));
    QVERIFY2(summary.contains("Win rate: 50.0%"), qPrintable(summary));
    QVERIFY2(summary.contains("1 deal"), qPrintable(summary)); // the USD deal left out

    const QList<QChartView *> charts = view.findChildren<QChartView *>();
    QCOMPARE(charts.size(), 2);
    auto *bars = qobject_cast<QHorizontalBarSeries *>(charts.front()->chart()->series().value(0));
    QVERIFY(bars);
    QCOMPARE(bars->count(), 1);
    QCOMPARE(bars->barSets().front()->count(), 8);
    QCOMPARE(bars->barSets().front()->at(0), 1.0);
    QCOMPARE(bars->barSets().front()->at(2), 1.0);
    QVERIFY(charts.front()->isVisible());
}

// Given no deals, the funnel shows the empty state instead of the charts.
void TestPipelineViews::funnelEmptyState()
{
    test::PipelineStore p;
    QVERIFY(p.store);
    PipelineSource source(p.store.get());
    FunnelView view(&source);
    view.show();
    QVERIFY(child<QLabel>(&view, "emptyState")->isVisible());
    QVERIFY(!view.findChildren<QChartView *>().front()->isVisible());
}

// Given the forecast over the next 12 months, when Quarters is chosen, then the rows are the
// quarters those months fall in.
void TestPipelineViews::forecastQuarters()
{
    test::PipelineStore p;
    QVERIFY(p.store);
    fillSmall(p);
    PipelineSource source(p.store.get());
    EditHistory history(p.store.get());
    ForecastView view(&source, &history);
    view.show();
    QCOMPARE(view.model()->rowCount(), 12);
    auto *granularity = child<QComboBox>(&view, "forecastGranularity");
    granularity->setCurrentIndex(granularity->findData(int(analytics::Granularity::Quarter)));
    const QDate today = QDate::currentDate();
    const int quarters = today.month() % 3 == 1 ? 4 : 5;
    QCOMPARE(view.model()->rowCount(), quarters);
    QVERIFY(view.model()->index(0, ForecastModel::Period).data().toString().contains("-Q"));

    // A commit threshold below the best-case one is refused inline and not saved.
    auto *commit = child<QSpinBox>(&view, "commitThreshold");
    commit->setValue(30);
    QVERIFY(child<QLabel>(&view, "forecastError")->isVisible());
    QCOMPARE(view.model()->thresholds().commit, 90);
    commit->setValue(80);
    QVERIFY(!child<QLabel>(&view, "forecastError")->isVisible());
    QCOMPARE(view.model()->thresholds().commit, 80);
}

// Given the targets dialog, when "2027-13" is added, then the store's message shows and no
// target is written.
void TestPipelineViews::targetsDialogRefusesBadPeriod()
{
    test::PipelineStore p;
    QVERIFY(p.store);
    PipelineSource source(p.store.get());
    EditHistory history(p.store.get());
    TargetsDialog dialog(&source, &history);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "targetPeriod"), "2027-13");
    QTest::keyClicks(child<QLineEdit>(&dialog, "targetAmount"), "1000000");
    QTest::mouseClick(child<QPushButton>(&dialog, "addTarget"), Qt::LeftButton);
    auto *error = child<QLabel>(&dialog, "targetError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains("2027-13"), qPrintable(error->text()));
    QCOMPARE(p.store->targets()->size(), size_t(0));
    QCOMPARE(history.stack()->count(), 0);
}

// Given the targets dialog, when a quarter's target is added, then the store has it, the list
// shows it, and undo takes it back.
void TestPipelineViews::targetsDialogAddsTarget()
{
    test::PipelineStore p;
    QVERIFY(p.store);
    PipelineSource source(p.store.get());
    EditHistory history(p.store.get());
    TargetsDialog dialog(&source, &history);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "targetPeriod"), "2027-Q1");
    QTest::keyClicks(child<QLineEdit>(&dialog, "targetAmount"), "1,500,000");
    QTest::mouseClick(child<QPushButton>(&dialog, "addTarget"), Qt::LeftButton);
    QVERIFY(!child<QLabel>(&dialog, "targetError")->isVisible());
    QCOMPARE(p.store->targets()->size(), size_t(1));
    QCOMPARE(p.store->targets()->front().amountMinor, 1500000 * kYuan);
    QCOMPARE(p.store->targets()->front().period, QString("2027-Q1"));
    QTRY_COMPARE(child<QTableWidget>(&dialog, "targetTable")->rowCount(), 1);
    history.stack()->undo();
    QCOMPARE(p.store->targets()->size(), size_t(0));
}

// Given the built-in process, when the first stage is renamed in the editor, then the store
// has the name, the funnel shows it, and undo brings the built-in name back.
void TestPipelineViews::stageRenameAndUndo()
{
    test::PipelineStore p;
    QVERIFY(p.store);
    PipelineSource source(p.store.get());
    FunnelModel funnel(&source);
    EditHistory history(p.store.get());
    StageEditorDialog dialog(&history);
    dialog.show();
    child<QListWidget>(&dialog, "stageList")->setCurrentRow(0);
    auto *name = child<QLineEdit>(&dialog, "stageName");
    QCOMPARE(name->text(), QString("Need identified"));
    name->setText("需求确认"); // keyClicks types Latin-1 only
    QTest::mouseClick(child<QPushButton>(&dialog, "applyStage"), Qt::LeftButton);
    QVERIFY(!child<QLabel>(&dialog, "stageError")->isVisible());
    QCOMPARE(p.store->stages()->front().name, QString("需求确认"));
    QCOMPARE(p.store->count("pipeline_stages").value(), qint64(8));
    QTRY_COMPARE(funnel.index(0, FunnelModel::StageName).data().toString(), QString("需求确认"));
    QVERIFY(child<QListWidget>(&dialog, "stageList")->item(0)->text().startsWith("需求确认"));

    history.stack()->undo();
    QCOMPARE(p.store->stages()->front().name, QString());
    QTRY_COMPARE(funnel.index(0, FunnelModel::StageName).data().toString(),
                 QString("Need identified"));
}

// Given the process, when the second stage moves up, then the two swap places in one undo step.
void TestPipelineViews::stageMoveAndUndo()
{
    test::PipelineStore p;
    QVERIFY(p.store);
    EditHistory history(p.store.get());
    StageEditorDialog dialog(&history);
    dialog.show();
    child<QListWidget>(&dialog, "stageList")->setCurrentRow(1);
    QTest::mouseClick(child<QPushButton>(&dialog, "moveStageUp"), Qt::LeftButton);
    QCOMPARE(p.store->stages()->at(0).key, QString("contact_samples"));
    QCOMPARE(p.store->stages()->at(1).key, QString("need_identified"));
    QCOMPARE(child<QListWidget>(&dialog, "stageList")->currentRow(), 0);
    QCOMPARE(history.stack()->count(), 1);
    history.stack()->undo();
    QCOMPARE(p.store->stages()->at(0).key, QString("need_identified"));
    QCOMPARE(p.store->stages()->at(1).key, QString("contact_samples"));
}

// Given the built-in process, when stages are added, then they come last, with a key made from
// an English name or a generated one for a Chinese name; one undo step each.
void TestPipelineViews::stageAddGetsAKey()
{
    test::PipelineStore p;
    QVERIFY(p.store);
    EditHistory history(p.store.get());
    StageEditorDialog dialog(&history);
    dialog.show();
    auto *name = child<QLineEdit>(&dialog, "stageName");
    name->setText("Credit check");
    child<QSpinBox>(&dialog, "stageProbability")->setValue(30);
    QTest::mouseClick(child<QPushButton>(&dialog, "addStage"), Qt::LeftButton);
    name->setText("技术评审");
    QTest::mouseClick(child<QPushButton>(&dialog, "addStage"), Qt::LeftButton);
    QVERIFY(!child<QLabel>(&dialog, "stageError")->isVisible());
    const std::vector<Stage> stages = *p.store->stages();
    QCOMPARE(stages.size(), size_t(10));
    QCOMPARE(stages[8].key, QString("credit_check"));
    QCOMPARE(stages[8].probability, 30);
    QCOMPARE(stages[8].position, 8);
    QVERIFY(stages[9].key.startsWith("stage_"));
    QCOMPARE(stages[9].name, QString("技术评审"));
    QCOMPARE(child<QListWidget>(&dialog, "stageList")->count(), 10);
    QCOMPARE(history.stack()->count(), 2);
    history.stack()->undo();
    QCOMPARE(p.store->stages()->size(), size_t(9));
}

// Given a deal in negotiation, when that stage is removed, then the editor says why not and the
// stage stays; a stage without deals goes.
void TestPipelineViews::stageWithOpenDealsIsNotRemoved()
{
    test::PipelineStore p;
    QVERIFY(p.store);
    QVERIFY(!p.deal(3, 1000 * kYuan, 60, QDate(2026, 6, 1)).meta.id.isEmpty());
    EditHistory history(p.store.get());
    StageEditorDialog dialog(&history);
    dialog.show();
    auto *list = child<QListWidget>(&dialog, "stageList");
    list->setCurrentRow(3);
    QTest::mouseClick(child<QPushButton>(&dialog, "removeStage"), Qt::LeftButton);
    auto *error = child<QLabel>(&dialog, "stageError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains("deal(s) are in the stage") || error->text().contains("deal is in the stage")
                 || error->text().contains("deals are in the stage"),
             qPrintable(error->text()));
    QCOMPARE(p.store->stages()->size(), size_t(8));
    QCOMPARE(history.stack()->count(), 0);

    list->setCurrentRow(7);
    QTest::mouseClick(child<QPushButton>(&dialog, "removeStage"), Qt::LeftButton);
    QVERIFY(!error->isVisible());
    QCOMPARE(p.store->stages()->size(), size_t(7));
    QCOMPARE(list->count(), 7);
}

// With KAM_SCREENSHOT_DIR set: the funnel and forecast of some 40 deals, as the user sees them.
void TestPipelineViews::screenshots()
{
    const QString dir = qEnvironmentVariable("KAM_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("KAM_SCREENSHOT_DIR is not set");
    QVERIFY(QDir().mkpath(dir));
    test::PipelineStore p;
    QVERIFY(p.store);
    fillDemo(p);
    PipelineSource source(p.store.get());
    EditHistory history(p.store.get());
    FunnelView funnel(&source);
    ForecastView forecast(&source, &history);
    const auto save = [&](QWidget *w, const QString &name, QSize size = QSize(1400, 800)) {
        w->resize(size);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QTest::qWait(50);
        QVERIFY(w->grab().save(QDir(dir).filePath(name)));
    };
    save(&funnel, "funnel_view.png");
    save(&forecast, "forecast_view.png");
    auto *granularity = child<QComboBox>(&forecast, "forecastGranularity");
    granularity->setCurrentIndex(granularity->findData(int(analytics::Granularity::Quarter)));
    save(&forecast, "forecast_view_quarters.png");
    // The company's own stage names in Chinese, the longest ones too, fit the axis.
    QVERIFY(p.store->storeBuiltInStages().ok());
    const QStringList chinese = { "需求识别", "接触与送样",     "意向确认", "商务谈判",
                                  "合同签订", "交付与售后服务", "回款完成", "客户关系维护" };
    for (int i = 0; i < chinese.size(); ++i) {
        Stage s = *p.store->get<Stage>(test::PipelineStore::stage(i));
        s.name = chinese[i];
        QVERIFY(p.store->update(s).ok());
    }
    source.reload();
    save(&funnel, "funnel_view_chinese_stages.png");
    TargetsDialog targets(&source, &history);
    save(&targets, "targets_dialog.png", targets.size());
    StageEditorDialog stages(&history);
    save(&stages, "stage_editor_dialog.png", stages.size());
}

QTEST_MAIN(TestPipelineViews)
#include "tst_pipeline_views.moc"
